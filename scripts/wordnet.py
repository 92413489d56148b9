"""Shared WordNet 3.0 helpers of scripts/athletes.py, scripts/occupations.py
and scripts/verb_forms.py: the licence block every generated list carries,
index lemmas, noun links, the person test, the list writer and the
check of the pinned wordfreq release.

WordNet 3.0 comes from the Debian package wordnet-base (Princeton
University's WordNet licence, a permissive BSD-style licence).
"""

import os
import sys

import titles

# The wordfreq release the frequency-filtered lists are generated with.
WORDFREQ_VERSION = "3.1.1"

LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
# Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database.
# Licence: https://wordnet.princeton.edu/license-and-commercial-use
"""


def lemmas_of(index):
    """The lemmas of a WordNet index file (index.adj, index.verb, ...)."""
    return {line.split()[0] for line in open(index, encoding="latin-1") if not line.startswith(" ")}


def links(syn, off, kinds):
    """Noun synsets linked from synset `off` by pointer symbols `kinds`
    ("@" hypernym, "~" hyponym, "@i"/"~i" instance); `syn` maps an offset to
    (words, pointers, ...) with pointers as (symbol, offset, pos)."""
    return [q for s, q, pos in syn[off][1] if s in kinds and pos == "n"]


def is_person(syn, off):
    """Whether noun synset `off` is a "person" by hypernym or instance links."""
    seen, stack = set(), [off]
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        if syn[x][0][0] == "person":
            return True
        stack += links(syn, x, ("@", "@i"))
    return False


def write_list(name, header, words):
    """Writes rules/`name`: `header` (comment lines, the licence block
    appended), then one word a line in the order given."""
    out = os.path.join(titles.RULES, name)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(header + LICENCE)
        for w in words:
            fh.write(w + "\n")
    print(f"{out}: {len(words)} words", file=sys.stderr)


def check_wordfreq():
    """Stops unless the installed wordfreq is the pinned WORDFREQ_VERSION
    (its Zipf values decide which words a list keeps)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        found = version("wordfreq")
    except PackageNotFoundError:
        sys.exit(f"wordfreq {WORDFREQ_VERSION} is needed: pip install wordfreq=={WORDFREQ_VERSION}")
    if found != WORDFREQ_VERSION:
        sys.exit(f"wordfreq {found} found, {WORDFREQ_VERSION} needed")
