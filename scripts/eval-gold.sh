#!/usr/bin/env bash
# Extracts the articles a gold file names and scores them with `tieup eval`.
#
#   scripts/eval-gold.sh GOLD.jsonl [EXTRA eval FLAGS...]
#
# GOLD is in the format of ../shared/eval/*.gold.jsonl; each line's `source` is a path
# under ../shared (seeds/…, trials/…) or under ../shared/corpora (<corpus>/<file>).
# Uses target/release/tieup (build it first: cargo build --release).
# Reads ../shared (research material beside the checkout; never copied into the project).
set -euo pipefail
cd "$(dirname "$0")/.."
gold=$1; shift
bin=${TIEUP:-target/release/tieup}
shared=${SHARED:-../shared}
out=$(mktemp); trap 'rm -f "$out"' EXIT
mapfile -t files < <(python3 - "$gold" "$shared" <<'PY'
import json, os, sys
gold, shared = sys.argv[1], sys.argv[2]
for line in open(gold, encoding="utf-8"):
    if not line.strip():
        continue
    src = json.loads(line)["source"]
    for base in (shared, os.path.join(shared, "corpora")):
        p = os.path.join(base, src)
        if os.path.exists(p):
            print(p); break
    else:
        sys.exit(f"{src}: not found under {shared}")
PY
)
"$bin" extract -q "${files[@]}" > "$out"
"$bin" eval --gold "$gold" "$out" "$@"
