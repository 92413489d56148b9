#!/usr/bin/env bash
# A recall and false-event proxy from labels nobody here tuned on: the
# Reuters-21578 topic labels of ../shared/corpora/reuters21578/MANIFEST.tsv.
#
#   scripts/reuters-topics.sh [OUTPUT.jsonl]
#
# Without an argument runs target/release/tieup (build it first: cargo build
# --release) over ../shared/corpora/reuters21578; with one, reads that earlier
# `tieup extract` output (any folder; only records whose path lies in a
# reuters21578/ folder count). Prints one row per group of articles: labelled
# `acq` (an acquisition, merger or stake: nearly always two named companies),
# labelled only with other topics, and with no topic; per group the number of
# articles and the share with at least one event, with an acquisition event,
# with two or more companies, and events per article. The `acq` row's event
# share is a recall proxy (not every acq article names both parties); the
# other-topics row's is a false-event proxy (some of those articles do report
# a deal). Reads ../shared (research material beside the checkout; never
# copied); exits 0 with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
bin=${TIEUP:-target/release/tieup}
manifest=$shared/corpora/reuters21578/MANIFEST.tsv
if [[ ! -f $manifest ]]; then
    echo "skipped: $manifest not found (../shared is research material beside the checkout)"
    exit 0
fi
if [[ $# -ge 1 ]]; then
    out=$1
else
    out=$(mktemp); trap 'rm -f "$out"' EXIT
    "$bin" extract -q "$shared/corpora/reuters21578" > "$out"
fi
python3 - "$manifest" "$out" <<'PY'
import csv, json, sys
from collections import Counter
manifest, out_path = sys.argv[1:3]
topics = {}
with open(manifest, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        topics[row["id"]] = [t for t in row["topics"].split(";") if t]
n = Counter()
for line in open(out_path, encoding="utf-8"):
    r = json.loads(line)
    # The id is relative to the folder given to `extract` ("reut-1" when the
    # Reuters folder itself was given, "reuters21578/reut-1" for the whole
    # corpora); the path names the corpus either way.
    path = r["doc"].get("path", "").replace("\\", "/")
    if "reuters21578/" not in path:
        continue
    t = topics.get(r["doc"]["id"].rsplit("/", 1)[-1])
    if t is None:
        continue
    group = "acq" if "acq" in t else ("other topics" if t else "no topic")
    events = r.get("events", [])
    companies = sum(1 for e in r["entities"] if e["type"] == "company")
    n[group, "articles"] += 1
    n[group, "event"] += bool(events)
    n[group, "acquisition"] += any(e["type"] == "acquisition" for e in events)
    n[group, "companies2"] += companies >= 2
    n[group, "events"] += len(events)
print(f"{'group':<13} {'articles':>8} {'w/ event':>9} {'w/ acq.':>8} {'2+ cos':>7} {'events/art':>10}")
for g in ("acq", "other topics", "no topic"):
    a = n[g, "articles"]
    if a == 0:
        continue
    print(f"{g:<13} {a:>8} {n[g, 'event'] / a:>9.3f} {n[g, 'acquisition'] / a:>8.3f} "
          f"{n[g, 'companies2'] / a:>7.3f} {n[g, 'events'] / a:>10.3f}")
PY
