#!/usr/bin/env bash
# Benchmark of `tieup extract` against a floor measured in the same run.
#
#   scripts/bench.sh [CORPORA] [RUNS]     (default ../shared/corpora, 3 runs)
#
# Builds release, then over the *.txt files of CORPORA (median of RUNS runs,
# interleaved, page cache warm):
#   - extract: `tieup extract` with the default rules, JSON Lines to a file;
#   - floor:   examples/floor.rs, the same walk and reads running only the
#              rules' compiled name automaton (overlapping Aho-Corasick);
#   - rg:      `rg -c -F -f <names> CORPORA` when ripgrep is installed;
# prints articles/s, MB/s, peak RSS and the ratio extract/floor, then peak
# RSS on ten copies of the corpora (symlinks in a temporary folder; nothing
# is copied) to show memory stays flat. Needs GNU time (/usr/bin/time) for
# peak RSS: `apt-get install time`.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA=${1:-../shared/corpora}
RUNS=${2:-3}
JOBS=${JOBS:-$(nproc)}
TIME=/usr/bin/time
if ! [ -x "$TIME" ]; then
    echo "bench: GNU time is needed for peak RSS: apt-get install time" >&2
    exit 2
fi
[ -d "$CORPORA" ] || { echo "bench: $CORPORA: no such folder" >&2; exit 2; }
CORPORA=$(cd "$CORPORA" && pwd)
TMP=$(mktemp -d /tmp/tieup-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

echo "building (release) ..."
cargo build --release -q --bin tieup --example floor
TIEUP=target/release/tieup
FLOOR=target/release/examples/floor

# Page cache warm-up; also the corpus size.
read -r ARTICLES BYTES MATCHES _ < <("$FLOOR" "$CORPORA")
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')

# `measure NAME CMD...`: appends "seconds peak_kb cpu_seconds" to $TMP/NAME.
measure() {
    local name=$1; shift
    "$TIME" -f "%e %M %U %S" -o "$TMP/time" "$@" > /dev/null
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$TMP/time" > "$TMP/time2"
    mv "$TMP/time2" "$TMP/time"
    cat "$TMP/time" >> "$TMP/$name"
}

# The median line (by seconds) of $TMP/NAME.
median() { sort -n "$TMP/$1" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }'; }

RG=$(command -v rg || true)
if [ -n "$RG" ]; then "$FLOOR" --names "$TMP/names.txt"; fi
for _ in $(seq "$RUNS"); do
    measure floor "$FLOOR" "$CORPORA"
    measure extract "$TIEUP" extract -q --jobs "$JOBS" "$CORPORA" --out "$TMP/out.jsonl"
    if [ -n "$RG" ]; then measure rg "$RG" -c -F -f "$TMP/names.txt" "$CORPORA"; fi
done

report() { # name seconds peak_kb cpu_seconds
    awk -v n="$1" -v s="$2" -v k="$3" -v c="$4" -v a="$ARTICLES" -v b="$BYTES" 'BEGIN {
        printf "%-8s %6.2f s %8.0f articles/s %6.1f MB/s  peak RSS %5.1f MB  (CPU %.2f s)\n",
            n, s, a / s, b / 1e6 / s, k / 1024, c }'
}
echo
echo "corpora: $CORPORA: $ARTICLES articles, $MB MB of text; $JOBS threads; median of $RUNS runs"
read -r FS FK FC < <(median floor)
read -r ES EK EC < <(median extract)
report extract "$ES" "$EK" "$EC"
report floor "$FS" "$FK" "$FC"
if [ -n "$RG" ]; then
    read -r RS RK RC < <(median rg)
    report rg "$RS" "$RK" "$RC"
else
    echo "rg       (not installed: apt-get install ripgrep)"
fi
awk -v e="$ES" -v f="$FS" -v ec="$EC" -v fc="$FC" 'BEGIN {
    printf "ratio extract/floor: %.2fx wall clock, %.2fx CPU time\n", e / f, ec / fc }'
echo "summary: $("$TIEUP" extract --jobs "$JOBS" "$CORPORA" --out "$TMP/out.jsonl" 2>&1 | tail -1)"

# Memory: the corpora, then ten copies of them (symlinks, followed by the walk).
mkdir "$TMP/ten"
for i in 0 1 2 3 4 5 6 7 8 9; do ln -s "$CORPORA" "$TMP/ten/copy$i"; done
"$TIME" -f "%e %M" -o "$TMP/time" "$TIEUP" extract -q --jobs "$JOBS" "$TMP/ten" > /dev/null
read -r TS TK < "$TMP/time"
awk -v k1="$EK" -v k10="$TK" -v s="$TS" -v b="$BYTES" 'BEGIN {
    printf "peak RSS: %.1f MB on the corpora, %.1f MB on ten copies (%.0f MB in %.1f s, %.1f MB/s)\n",
        k1 / 1024, k10 / 1024, 10 * b / 1e6, s, 10 * b / 1e6 / s }'
