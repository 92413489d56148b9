#!/usr/bin/env bash
# The Accuracy table of README.md: F1 per category on each gold set, from `tieup eval --json`.
#
#   scripts/accuracy.sh        (needs target/release/tieup and ../shared; prints a Markdown table)
#
# Sets: dev (41 articles the rules were tuned on), dev2 tune part (two thirds, read while tuning),
# dev2 set-aside part (every third line, never read: see scripts/split-dev2.sh), dev + dev2
# (175), its scraped web pages alone (the clean stage's effect downstream), and ../shared/trials
# (12 failure classes).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
scripts/split-dev2.sh >/dev/null
cat "$shared/eval/dev.gold.jsonl" "$shared/eval/dev2.gold.jsonl" > target/eval/all.jsonl
grep '"source": *"web-news/' target/eval/all.jsonl > target/eval/web.jsonl
echo "| gold set | articles | companies | people | roles | event pairs | events strict |"
echo "|---|---|---|---|---|---|---|"
row() {
    local name=$1 gold=$2
    scripts/eval-gold.sh "$gold" --json | python3 -c '
import json, sys
name, n = sys.argv[1], sys.argv[2]
f1 = {r["category"]: r["f1"] for r in json.load(sys.stdin)["scores"]}
cats = ["companies", "people", "roles", "event pairs", "events strict"]
print("| %s | %s | %s |" % (name, n, " | ".join("%.3f" % f1[c] for c in cats)))' "$name" "$(grep -c . "$gold")"
}
row "dev (tuned on)" "$shared/eval/dev.gold.jsonl"
row "dev2, tune part" target/eval/dev2.tune.jsonl
row "dev2, set-aside part" target/eval/dev2.held.jsonl
row "dev + dev2" target/eval/all.jsonl
row "web pages of dev + dev2" target/eval/web.jsonl
row "trials" "$shared/trials/expected.jsonl"
