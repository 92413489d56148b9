#!/usr/bin/env bash
# Rule loading on large synthetic rule sets (issue 13): must stay linear in
# the number of triggers and list entries.
#
# Generates, under target/bench-rules/, --rules-extra folders of invented
# rules: 2k, 4k, 8k and 16k triggers (one [[trigger]] each, two cues), and a
# company list of 200,000 entries (a third with an alias). Then, for each,
# times `tieup rules check --rules-extra DIR` (the default rules plus the
# folder) and prints wall and user seconds and peak RSS (/usr/bin/time -v).
#
# Usage: scripts/bench-rules.sh [--entries N] [SET...]   (SET: triggers-2000,
# ..., list-200000; default all)
# Uses target/release/tieup (build it first: cargo build --release), or
# $TIEUP. Names are made of invented syllables; no real name is used.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${TIEUP:-target/release/tieup}
entries=200000
if [[ ${1:-} == --entries ]]; then entries=$2; shift 2; fi
sets=("$@")
out=target/bench-rules
[[ -x $bin ]] || { echo "bench-rules: $bin not found (cargo build --release)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench-rules: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

python3 - "$out" "$entries" <<'EOF'
import os, sys
out, entries = sys.argv[1], int(sys.argv[2])
syl = ["ka", "lo", "vex", "dra", "mun", "tis", "orb", "zen", "pul", "qua",
       "rin", "sor", "bel", "tav", "mok", "fen", "gri", "hal", "jun", "wex"]
def word(i, n=3):
    s = ""
    for _ in range(n):
        s += syl[i % len(syl)]
        i //= len(syl)
    return s.capitalize()
for n in (2000, 4000, 8000, 16000):
    d = f"{out}/triggers-{n}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/triggers.toml", "w") as f:
        for i in range(n):
            w = word(i, 4).lower()
            f.write(f'[[trigger]]\nid = "bench-{i}"\ndescription = "invented cue {i}"\n'
                    f'cues = ["{w} with", "{w}s with"]\ntype = "partnership"\n'
                    f'status = "announced"\n\n')
d = f"{out}/list-{entries}"
os.makedirs(d, exist_ok=True)
with open(f"{d}/lexicons.toml", "w") as f:
    f.write('[[list]]\nid = "bench-companies"\ndescription = "invented names"\n'
            'kind = "company"\nfile = "bench-companies.txt"\n')
with open(f"{d}/bench-companies.txt", "w") as f:
    for i in range(entries):
        short = f"{word(i, 3)} {word(i // 8000 + 11, 2)}"
        name = short + " Holdings"
        f.write(f"{name} | {short}\n" if i % 3 == 0 else name + "\n")
EOF

printf '%-22s %8s %8s %10s  %s\n' "rules" "wall s" "user s" "peak RSS" "result"
if [[ ${#sets[@]} -eq 0 ]]; then
  sets=(triggers-2000 triggers-4000 triggers-8000 triggers-16000 "list-$entries")
fi
for set in "${sets[@]}"; do
  d=$out/$set
  log=$(mktemp)
  /usr/bin/time -v "$bin" rules check --rules-extra "$d" >"$log.out" 2>"$log" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$log" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(awk -F': ' '/User time/{print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident/{printf "%.0f MB", $2/1024}' "$log")
  printf '%-22s %8s %8s %10s  %s\n' "$(basename "$d")" "$wall" "$user" "$rss" "$(head -c 60 "$log.out" | head -1)"
  rm -f "$log" "$log.out"
done
