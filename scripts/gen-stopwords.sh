#!/usr/bin/env bash
# Writes jusText's English stoplist (Pomikálek 2011; PyPI package `justext`,
# BSD-2-Clause, file justext/stoplists/English.txt), one lower-case word a
# line, sorted, to OUT.
#
#   scripts/gen-stopwords.sh OUT        (needs `pip install justext` in $PYTHON)
set -euo pipefail
out=$1
"${PYTHON:-python3}" - "$out" <<'PY'
import importlib.util, os, sys
# Located without importing justext (its import needs lxml's html_clean extra).
pkg = importlib.util.find_spec("justext").submodule_search_locations[0]
data = open(os.path.join(pkg, "stoplists", "English.txt"), encoding="utf-8").read()
words = sorted({w.strip().lower() for w in data.splitlines() if w.strip()})
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    fh.write("\n".join(words) + "\n")
print(f"{sys.argv[1]}: {len(words)} stopwords from justext's English stoplist", file=sys.stderr)
PY
