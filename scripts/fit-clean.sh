#!/usr/bin/env bash
# Fits the clean stage's line classifier on the webmain dev gold and writes
# rules/clean/weights.toml: features dumped by tieup itself
# (examples/clean_features.rs, release), weights fitted on the EVEN pages by
# scripts/fit-clean.py; the odd pages are held out.
#
#   scripts/fit-clean.sh [C]        (C: inverse L2 strength, default 1)
#
# Then: scripts/score-webmain.sh                                  (all pages)
#       scripts/score-webmain.sh --ids target/webmain/odd.ids     (held out)
# Sets up a Python venv in target/webmain/venv (PyPI: numpy, scikit-learn;
# justext for scripts/gen-stopwords.sh). Dev tool only: tieup does not need
# Python at run time. Reads ../shared (never copied).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
gold=$shared/eval/webmain/dev.gold.jsonl
venv=target/webmain/venv
if ! [ -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q justext numpy scikit-learn
fi
mkdir -p target/webmain
python3 -c '
import json, sys
for i, l in enumerate(open(sys.argv[1], encoding="utf-8")):
    if l.strip() and i % 2:
        print(json.loads(l)["id"])
' "$gold" > target/webmain/odd.ids
sed -n '/^pub const NAMES/,/^];/p' src/pipeline/clean/features.rs | grep -o '"[a-z0-9_]*"' | tr -d '"' > target/webmain/names.txt
cargo build --release -q --example clean_features
target/release/examples/clean_features "$gold" "$shared/corpora/web-news" > target/webmain/lines.jsonl
"$venv/bin/python" scripts/fit-clean.py target/webmain/lines.jsonl rules/clean/weights.toml "${1:-1}" target/webmain/names.txt
