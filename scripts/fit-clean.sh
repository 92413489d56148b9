#!/usr/bin/env bash
# Fits and scores the prototype line classifier (scripts/fit-clean.py) on the
# webmain dev gold: fit on the even pages, score the odd ones.
#
#   scripts/fit-clean.sh
#
# Sets up a Python venv in target/webmain/venv (PyPI: justext for its English
# stoplist, BSD-2-Clause; numpy; scikit-learn) and writes the stoplist to
# target/webmain/stopwords-en.txt (scripts/gen-stopwords.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/webmain/venv
if ! [ -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q justext numpy scikit-learn
fi
PYTHON=$venv/bin/python scripts/gen-stopwords.sh target/webmain/stopwords-en.txt
"$venv/bin/python" scripts/fit-clean.py target/webmain/stopwords-en.txt
