#!/usr/bin/env bash
# Throughput benchmark of `tieup extract`, against ripgrep and a floor
# measured in the same run. A benchmark command, not a test: it asserts
# nothing, it prints figures.
#
#   scripts/bench.sh [--stages] [--instructions] [CORPORA] [RUNS]
#                    (default ../shared/corpora, 3 runs)
#
# Builds release, then over the *.txt files of CORPORA (page cache warm;
# every figure the median of RUNS runs, the commands interleaved so that
# the machine's load falls on all of them alike):
#   - rg:      `rg -L -c -F -f <names> -g '*.txt' CORPORA`, the rules' 3,000-odd
#              names as fixed strings (ripgrep: apt-get install ripgrep);
#   - floor:   examples/floor.rs, the same walk and reads as extract running
#              only the rules' name automaton (overlapping Aho-Corasick);
#   - extract: `tieup extract -q` with the default rules, JSON Lines to a
#              file, with --jobs 1 and with --jobs 2.
# CPU time is user + sys (GNU time); it is what the ratios compare, since
# wall times swing with other jobs on a shared machine. Then:
#   - two threads against one: both wall times, the speed-up, and the load
#     average (/proc/loadavg) before and after, which says how idle the
#     machine was;
#   - start-up: `tieup extract --stdin` on empty input (process start, rules
#     load and compile, exit), median wall and mean CPU of 21 runs, in ms;
#     and the first record: the same with one 2 KB article (corpus/), which
#     adds what is compiled on first use (the boilerplate gate);
#   - peak RSS on the corpora and on ten copies of them (symlinks in a
#     temporary folder; nothing is copied): memory stays flat.
# Options:
#   --stages        also the time per stage over CORPORA, one thread, wall clock
#                   (examples/stages.rs);
#   --instructions  also instruction counts under valgrind's callgrind, which
#                   other jobs do not disturb: start-up, and extract --jobs 1
#                   against rg -j1 (slow: about a minute per 5 MB).
# Needs GNU time for CPU and peak RSS (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
STAGES=0
INSTRUCTIONS=0
while [ $# -gt 0 ]; do
    case $1 in
    --stages) STAGES=1; shift ;;
    --instructions) INSTRUCTIONS=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
    esac
done
CORPORA=${1:-../shared/corpora}
RUNS=${2:-3}
TIME=/usr/bin/time
if ! [ -x "$TIME" ]; then
    echo "bench: GNU time is needed for CPU time and peak RSS: apt-get install time" >&2
    exit 2
fi
[ -d "$CORPORA" ] || { echo "bench: $CORPORA: no such folder" >&2; exit 2; }
CORPORA=$(cd "$CORPORA" && pwd)
TMP=$(mktemp -d /tmp/tieup-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

echo "building (release) ..."
cargo build --release -q --bin tieup --example floor --example stages
TIEUP=target/release/tieup
FLOOR=target/release/examples/floor
RG=$(command -v rg || true)
if [ -z "$RG" ]; then
    echo "bench: ripgrep is not installed (apt-get install ripgrep): no rg figures" >&2
fi

# Page cache warm-up; also the corpus size and the names for rg.
read -r ARTICLES BYTES _ < <("$FLOOR" "$CORPORA")
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
"$FLOOR" --names "$TMP/names.txt"
NAMES=$(wc -l < "$TMP/names.txt")

# `measure NAME CMD...`: appends "wall_seconds peak_kb cpu_seconds" to $TMP/NAME.
measure() {
    local name=$1; shift
    "$TIME" -f "%e %M %U %S" -o "$TMP/time" "$@" > /dev/null || true  # rg exits 1 on no match
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$TMP/time" >> "$TMP/$name"
}
# The median of column COL (1 wall, 2 peak KB, 3 CPU) of $TMP/NAME.
median() {
    awk -v c="$2" '{ print $c }' "$TMP/$1" | sort -g |
        awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

LOAD_BEFORE=$(load)
for _ in $(seq "$RUNS"); do
    measure floor "$FLOOR" "$CORPORA"
    if [ -n "$RG" ]; then measure rg "$RG" -L -c -F -f "$TMP/names.txt" -g '*.txt' "$CORPORA"; fi
    measure jobs1 "$TIEUP" extract -q --jobs 1 "$CORPORA" --out "$TMP/out.jsonl"
    measure jobs2 "$TIEUP" extract -q --jobs 2 "$CORPORA" --out "$TMP/out.jsonl"
done
LOAD_AFTER=$(load)

report() { # label name
    awk -v n="$1" -v s="$(median "$2" 1)" -v k="$(median "$2" 2)" -v c="$(median "$2" 3)" \
        -v a="$ARTICLES" -v b="$BYTES" 'BEGIN {
        printf "%-18s CPU %6.2f s  wall %6.2f s %7.1f MB/s  peak RSS %5.1f MB\n",
            n, c, s, b / 1e6 / s, k / 1024 }'
}
echo
echo "corpora: $CORPORA: $ARTICLES articles, $MB MB of text; $(nproc) cores; median of $RUNS runs"
report "extract --jobs 2" jobs2
report "extract --jobs 1" jobs1
report "floor" floor
if [ -n "$RG" ]; then
    report "rg ($NAMES names)" rg
else
    echo "rg                 (not installed: apt-get install ripgrep)"
fi
EC=$(median jobs2 3)
FC=$(median floor 3)
if [ -n "$RG" ]; then
    awk -v e="$EC" -v r="$(median rg 3)" 'BEGIN {
        printf "CPU ratio extract/rg:    %.2fx  (target <= 3x)\n", e / r }'
fi
awk -v e="$EC" -v f="$FC" 'BEGIN { printf "CPU ratio extract/floor: %.2fx\n", e / f }'
awk -v w1="$(median jobs1 1)" -v w2="$(median jobs2 1)" -v lb="$LOAD_BEFORE" -v la="$LOAD_AFTER" \
    'BEGIN { printf "two threads: %.2f s with --jobs 1, %.2f s with --jobs 2: %.2fx speed-up" \
        " (load average %s before, %s after, on %d cores)\n", w1, w2, w1 / w2, lb, la, '"$(nproc)"' }'
echo "summary: $("$TIEUP" extract --jobs 2 "$CORPORA" --out "$TMP/out.jsonl" 2>&1 | tail -1)"

# Start-up: process start, rules load and compile, empty input, exit.
: > "$TMP/startup"
for _ in $(seq 21); do
    t0=$(date +%s%N)
    "$TIEUP" extract --stdin -q < /dev/null > /dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >> "$TMP/startup"
done
CPU_MS=$( (for _ in $(seq 21); do "$TIEUP" extract --stdin -q < /dev/null > /dev/null; done; times) |
    awk 'END { split($1, u, /[ms]/); split($2, s, /[ms]/);
               printf "%.1f", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 / 21 }')
sort -n "$TMP/startup" | awk -v cpu="$CPU_MS" '{ v[NR] = $1 } END {
    printf "start-up (extract --stdin, empty input): median %.1f ms wall, %s ms CPU (mean), %d runs (target < 30 ms)\n",
        v[int((NR + 1) / 2)] / 1000, cpu, NR }'
# The first record: start-up plus one short article (corpus/000_*.txt as a
# JSON line), which also builds what the rules compile on first use (the
# boilerplate gate, the lazily built regexes): what a one-article run pays.
python3 -c 'import json, sys; print(json.dumps({"id": "a", "text": open(sys.argv[1], encoding="utf-8").read()}))' \
    corpus/000_470a92410662a43b.txt > "$TMP/one.jsonl"
: > "$TMP/first"
for _ in $(seq 21); do
    t0=$(date +%s%N)
    "$TIEUP" extract --stdin -q < "$TMP/one.jsonl" > /dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >> "$TMP/first"
done
CPU1_MS=$( (for _ in $(seq 21); do "$TIEUP" extract --stdin -q < "$TMP/one.jsonl" > /dev/null; done; times) |
    awk 'END { split($1, u, /[ms]/); split($2, s, /[ms]/);
               printf "%.1f", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 / 21 }')
sort -n "$TMP/first" | awk -v cpu="$CPU1_MS" '{ v[NR] = $1 } END {
    printf "first record (extract --stdin, one 2 KB article): median %.1f ms wall, %s ms CPU (mean), %d runs\n",
        v[int((NR + 1) / 2)] / 1000, cpu, NR }'

# Memory: the corpora, then ten copies of them (symlinks, followed by the walk).
mkdir "$TMP/ten"
for i in 0 1 2 3 4 5 6 7 8 9; do ln -s "$CORPORA" "$TMP/ten/copy$i"; done
"$TIME" -f "%e %M %U %S" -o "$TMP/time" "$TIEUP" extract -q --jobs 2 "$TMP/ten" > /dev/null
read -r TS TK TU TSY < "$TMP/time"
awk -v k1="$(median jobs2 2)" -v k10="$TK" -v s="$TS" -v c="$(awk -v u="$TU" -v y="$TSY" 'BEGIN { print u + y }')" \
    -v b="$BYTES" 'BEGIN {
    printf "peak RSS: %.1f MB on the corpora, %.1f MB on ten copies (%.0f MB in %.1f s wall, %.1f s CPU; target < 100 MB, flat)\n",
        k1 / 1024, k10 / 1024, 10 * b / 1e6, s, c }'

if [ "$STAGES" = 1 ]; then
    echo
    echo "per stage (examples/stages.rs: one thread, wall clock per stage, over the corpora):"
    target/release/examples/stages "$CORPORA"
fi

if [ "$INSTRUCTIONS" = 1 ]; then
    if ! command -v valgrind > /dev/null; then
        echo "bench: --instructions needs valgrind: apt-get install valgrind" >&2
        exit 2
    fi
    # `instructions CMD...`: the instructions callgrind counted.
    instructions() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2> "$TMP/cg" > /dev/null < /dev/null || true
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$TMP/cg"
    }
    echo
    echo "instructions (callgrind):"
    SI=$(instructions "$TIEUP" extract --stdin -q)
    echo "start-up: $SI"
    FI=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$TIEUP" extract --stdin -q \
        < "$TMP/one.jsonl" 2>&1 > /dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    echo "first record (one 2 KB article): $FI"
    EI=$(instructions "$TIEUP" extract -q --jobs 1 "$CORPORA" --out "$TMP/out.jsonl")
    echo "extract --jobs 1: $EI"
    if [ -n "$RG" ]; then
        RI=$(instructions "$RG" -j1 -L -c -F -f "$TMP/names.txt" -g '*.txt' "$CORPORA")
        echo "rg -j1:           $RI"
        awk -v e="$EI" -v r="$RI" 'BEGIN { printf "instruction ratio extract/rg: %.2fx\n", e / r }'
    fi
fi
