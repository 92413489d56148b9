#!/usr/bin/env bash
# Deterministic cost of two tieup binaries on the same articles, for
# machines where CPU time swings between identical runs: valgrind's
# callgrind with its cache simulation, one run each (`extract -q --jobs 1`),
# printing instructions, L1 and last-level cache misses and the estimated
# cycles (Ir + 10 x L1 misses + 100 x LL misses, kcachegrind's formula),
# total and inside batch::process (the per-article work), and the ratio.
# A benchmark command, not a test.
#
#   scripts/cycles-pair.sh OLD_BIN NEW_BIN [FOLDER]
#
# FOLDER defaults to every 40th *.txt of ../shared/corpora (592 files,
# about 3 MB; symlinked into a temporary folder). About two minutes a
# binary. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2; }
OLD=$(realpath "$1"); NEW=$(realpath "$2")
TMP=$(mktemp -d /tmp/tieup-cycles.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
FOLDER=${3:-}
if [ -z "$FOLDER" ]; then
    FOLDER=$TMP/sample
    (cd ../shared/corpora && find . -name '*.txt' | sort | awk 'NR % 40 == 0') |
        while read -r f; do
            mkdir -p "$FOLDER/$(dirname "$f")"
            ln -s "$(realpath "../shared/corpora/$f")" "$FOLDER/$f"
        done
fi
for which in old new; do
    bin=$OLD; [ $which = new ] && bin=$NEW
    valgrind --tool=callgrind --cache-sim=yes --callgrind-out-file="$TMP/$which.out" \
        "$bin" extract -q --jobs 1 "$FOLDER" >/dev/null 2>"$TMP/$which.err"
    callgrind_annotate --inclusive=yes "$TMP/$which.out" >"$TMP/$which.txt" 2>/dev/null
done
python3 - "$TMP" "$OLD" "$NEW" <<'PY'
import re, sys
tmp, names = sys.argv[1], {"old": sys.argv[2], "new": sys.argv[3]}
def costs(line):
    n = [int(x.replace(",", "")) for x in re.findall(r"([\d,]+) \(", line)]
    ir, l1, ll = n[0], n[3] + n[4] + n[5], n[6] + n[7] + n[8]
    return ir, l1, ll, ir + 10 * l1 + 100 * ll
est = {}
for which in ("old", "new"):
    lines = open(f"{tmp}/{which}.txt").read().splitlines()
    total = costs(next(l for l in lines if "PROGRAM TOTALS" in l))
    per = costs(next(l for l in lines if "tieup::batch::process" in l))
    est[which] = (total[3], per[3])
    print(f"{which}: {names[which]}")
    print(f"  total Ir {total[0]/1e6:.1f}M, L1 misses {total[1]/1e6:.2f}M, LL misses "
          f"{total[2]/1e6:.3f}M, est. cycles {total[3]/1e6:.1f}M; batch::process est. {per[3]/1e6:.1f}M")
print(f"new/old est. cycles: total {est['new'][0]/est['old'][0]:.3f}, per article {est['new'][1]/est['old'][1]:.3f}")
PY
