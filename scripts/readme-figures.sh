#!/usr/bin/env bash
# Prints the figures README.md quotes from real runs, to paste in when they change
# (tests/cli.rs `readme_figures_match_a_real_run` fails while README is stale):
#   - the summary line of `tieup extract corpus/` (Usage);
#   - the `no examples:` line of `tieup rules test` (tests/rules_cli.rs checks it);
#   - the output example's mention and evidence offsets of corpus/000_470a92410662a43b.txt;
#   - with ../shared present, the summary line over ../shared/corpora (Performance).
# Uses target/release/tieup (built here).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/tieup
echo "## summary line over corpus/ (README: Usage)"
echo '$ tieup extract corpus/ > /dev/null'
"$bin" extract corpus/ 2>&1 >/dev/null | tail -1
echo
echo "## rules without examples (README: Rules)"
echo "\$ tieup rules test | grep '^no examples'"
"$bin" rules test | grep '^no examples'
echo
echo "## output example (README: Output): doc, first mentions and evidence of corpus/000_470a92410662a43b.txt"
"$bin" extract -q corpus/000_470a92410662a43b.txt | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(json.dumps(r["doc"]))
for e in r["entities"]:
    for m in e["mentions"]:
        print(e["id"], e["name"], json.dumps(m))
for ev in r["events"]:
    x = ev["evidence"][0]
    print(ev["type"], ev["status"], ev["parties"], json.dumps({"start": x["start"], "end": x["end"], "trigger": x["trigger"]}))
'
if [ -d ../shared/corpora ]; then
  echo
  echo "## summary line over ../shared/corpora (README: Performance)"
  "$bin" extract ../shared/corpora 2>&1 >/dev/null | tail -1
fi
