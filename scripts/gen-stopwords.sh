#!/usr/bin/env bash
# Writes jusText's English stoplist (Pomikálek 2011; PyPI package `justext`,
# BSD-2-Clause, file justext/stoplists/English.txt), one lower-case word a
# line, sorted, to OUT.
#
#   scripts/gen-stopwords.sh [OUT]      (default rules/clean/stopwords-en.txt;
#                                        needs `pip install justext` in $PYTHON)
# Entries that are not one word (e.g. "(the") are left out: the clean stage
# counts stopwords among the words of a line.
set -euo pipefail
out=${1:-rules/clean/stopwords-en.txt}
"${PYTHON:-python3}" - "$out" <<'PY'
import importlib.util, os, sys
# Located without importing justext (its import needs lxml's html_clean extra).
pkg = importlib.util.find_spec("justext").submodule_search_locations[0]
data = open(os.path.join(pkg, "stoplists", "English.txt"), encoding="utf-8").read()
words = sorted({w.strip().lower() for w in data.splitlines()
                if w.strip() and all(c.isalnum() or c in "'’" for c in w.strip())})
head = """# English stopwords: jusText's English stoplist (Pomikalek 2011), file
# justext/stoplists/English.txt of the PyPI package `justext`.
# Licence: BSD-2-Clause (Copyright (c) 2011 Jan Pomikalek, (c) 2013 Michal Belica).
# Regenerate: scripts/gen-stopwords.sh (one-word entries only, lower case,
# sorted). The clean stage's feature `stopword density` counts these words.
"""
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    fh.write(head + "\n".join(words) + "\n")
print(f"{sys.argv[1]}: {len(words)} stopwords from justext's English stoplist", file=sys.stderr)
PY
