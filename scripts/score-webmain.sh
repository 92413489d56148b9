#!/usr/bin/env bash
# Scores the clean stage's kept article text against the webmain gold bodies.
#
#   scripts/score-webmain.sh [--rev REV] [--out FILE] [score_main.py FLAGS...]
#
# Runs the kept text of the 1,417 pages of ../shared/corpora/web-news/ that
# ../shared/eval/webmain/dev.gold.jsonl lists (examples/kept_text.rs, release
# build), writes {"id", "text"} per page to target/webmain/kept.jsonl (or
# --out FILE) and prints score_main.py's per-dataset table (Zyte benchmark
# scoring: word 4-gram shingles, mean precision/recall per page).
# --rev REV scores the method of a past revision in the same run: REV's
# source is exported with `git archive` into target/webmain/rev-REV and built
# there with this example (its own target dir, kept for the next run).
# Reads ../shared (research material beside the checkout; never copied).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
gold=$shared/eval/webmain/dev.gold.jsonl
rev="" out=""
while [ $# -gt 0 ]; do
    case $1 in
        --rev) rev=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        *) break ;;
    esac
done
[ -f "$gold" ] || { echo "score-webmain: $gold: not found" >&2; exit 2; }
mkdir -p target/webmain
if [ -n "$rev" ]; then
    sha=$(git rev-parse --short "$rev")
    dir=target/webmain/rev-$sha
    if ! [ -d "$dir/src" ]; then
        mkdir -p "$dir"
        git archive "$sha" | tar -x -C "$dir"
    fi
    cp examples/kept_text.rs "$dir/examples/kept_text.rs"
    (cd "$dir" && cargo build --release -q --example kept_text)
    bin=$dir/target/release/examples/kept_text
    out=${out:-target/webmain/kept-$sha.jsonl}
else
    cargo build --release -q --example kept_text
    bin=target/release/examples/kept_text
    out=${out:-target/webmain/kept.jsonl}
fi
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        print(sys.argv[2] + "/corpora/web-news/" + json.loads(line)["id"] + ".txt")
' "$gold" "$shared" | "$bin" > "$out"
echo "webmain dev: $(wc -l < "$out") pages, kept text in $out${rev:+ (method of $rev = $sha)}"
python3 "$shared/eval/webmain/score_main.py" "$gold" "$out" "$@"
