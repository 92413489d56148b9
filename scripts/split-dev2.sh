#!/usr/bin/env bash
# Splits ../shared/eval/dev2.gold.jsonl into a tuning part and a set-aside part:
# every third line (3rd, 6th, …) is set aside and is not read while tuning rules.
#
#   scripts/split-dev2.sh [OUTDIR]   (default: target/eval; writes dev2.tune.jsonl, dev2.held.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/eval}
mkdir -p "$dir"
src=${SHARED:-../shared}/eval/dev2.gold.jsonl
awk 'NR % 3 != 0' "$src" > "$dir/dev2.tune.jsonl"
awk 'NR % 3 == 0' "$src" > "$dir/dev2.held.jsonl"
cat ${SHARED:-../shared}/eval/dev.gold.jsonl "$dir/dev2.tune.jsonl" > "$dir/tune.jsonl"
echo "$dir: $(wc -l < "$dir/dev2.tune.jsonl") to tune on, $(wc -l < "$dir/dev2.held.jsonl") set aside"
