#!/usr/bin/env python3
"""Regenerates rules/titles-jobtitles.txt and rules/titles-occupations.txt, job
titles from public data packages.

    pip download --no-deps find-job-titles==0.7.0 -d /tmp/jt   # MIT licence
    python3 scripts/titles.py /tmp/jt/find_job_titles-0.7.0-py2.py3-none-any.whl \
        --words ../shared/corpora

Source: the 74,392 job titles of `find_job_titles` 0.7.0 (PyPI, MIT licence,
data/titles_combined.txt.gz). Kept, so that ordinary words never become
titles (a one-word title stops a name: "General" would cut "General
Motors"):
  - titles of one to three words of letters and hyphens, lower-cased, whose
    last word is a one-word title of the package or of rules/titles.txt
    ("oil analyst", not "long term"), and with no designator, company noun
    or company cue in it ("tour operator X" names a company, not a person);
  - not already in a hand-kept list of rules/ (titles, designators,
    not-names, company nouns, public bodies, honorifics);
  - with --words FOLDER (English news text; only counts are read, no text is
    kept): written in lower case right before a capitalised two-word name at
    least MIN_BEFORE times ("spokeswoman Ines Darrow"), and, for a one-word
    title, in lower case in at least 95% of its uses (so "general", "major",
    "principal" stay out).

With --nameparser WHEEL (nameparser 2.6.0, PyPI, LGPL-2.1-or-later; its
config/_compiled.py TITLES, words only are taken): its one-word titles of
letters and hyphens join too, when written in lower case right before a
capitalised two-word name at least once and in lower case in at least half
of their uses ("actor", "sheriff", "lecturer"), opening a company name in at most 1%
of them ("Singer Co" keeps "singer" out), and not in NOT_OCCUPATIONS
(the set's adjectives, fields, kin and honorific parts, and nouns that stand
before company names: "broadcaster ITV", "market leader Nokia"). They also
serve as heads of the first package's titles ("landscape photographer").
Those that end no title of rules/titles.txt are occupations and go to
rules/titles-occupations.txt, whose titles take no company by guess ("Acme
said ... actor Jon Doe" is no Acme actor); "officer" stays a job title.

    pip download --no-deps nameparser==2.6.0 -d /tmp/np
    python3 scripts/titles.py /tmp/jt/find_job_titles-0.7.0-py2.py3-none-any.whl \
        --words ../shared/corpora --nameparser /tmp/np/nameparser-2.6.0-py3-none-any.whl

With --faker WHEEL as well (Faker 40.54.0, PyPI, MIT licence; the head nouns of
the job titles of faker/providers/job/__init__.py: "Academic librarian" gives
"librarian", "Accountant, chartered" gives "accountant"), it writes
rules/titles-roles.txt: titles that the roles stage alone reads (kind
role-title), so general occupation words ("coach", "producer", "leader",
"broker") can be titles without cutting or making names. Its words are the
one-word titles of the three packages (nameparser's without the filter
above) in no other title list or hand-kept list, not in NOT_ROLES (words of
the sets that are no person: adjectives, fields, kin, plurals), written in
lower case in at least half of their uses and right before a capitalised
two-word name at least once.

    pip download --no-deps faker==40.54.0 -d /tmp/fk
    python3 scripts/titles.py /tmp/jt/find_job_titles-0.7.0-py2.py3-none-any.whl \
        --words ../shared/corpora --nameparser /tmp/np/nameparser-2.6.0-py3-none-any.whl \
        --faker /tmp/fk/faker-40.54.0-py3-none-any.whl

With --ranks (and --nameparser, --words) instead, it writes
rules/titles-ranks.txt: ranks and styles written capitalised before a name
("Bishop Jon Doe", "Colonel Ann Poe") that the roles stage
reads as titles and the name spotters keep out of a name opening with them
(kind role-title). Its words are nameparser's one-word titles in no other
title list or hand-kept list, not in NOT_ROLES or NOT_RANKS (honorifics and
kin), written capitalised right before a listed given name and a capitalised
word at least MIN_RANK times, that open a company name in at most 3% of their
uses ("Burger King Corp") and are no given name themselves.

    python3 scripts/titles.py /tmp/jt/find_job_titles-0.7.0-py2.py3-none-any.whl \
        --words ../shared/corpora --nameparser /tmp/np/nameparser-2.6.0-py3-none-any.whl --ranks
"""

import argparse
import ast
import collections
import gzip
import io
import itertools
import os
import re
import sys
import zipfile

MIN_BEFORE = 3
RULES = os.path.join(os.path.dirname(__file__), "..", "rules")
HAND_LISTS = ["titles.txt", "designators.txt", "not-names.txt", "company-nouns.txt",
              "public-bodies.txt", "honorifics.txt"]
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


MIN_BEFORE_NAMEPARSER = 1
NOT_OCCUPATIONS = set("""
us me prior first academic information film senior right model host law met strategy field tax
private high charge father mother sister brother aunt uncle family revenue risk mystery
knowledge excellent resident television voice military discovery operating principal
award-winning bench warrant technical count designated criminal political personality
flying misses business credit state states security marketing staff capt analytics
assistant wing special miss computer intelligence associate comic legal social flag gov
rear vice foreign chairs ballet customs corporate superior blessed bearer presiding servant
maid exec collector member leader player banker broadcaster controller investigator
developer publisher consultant administrator solicitor merchant pilot
""".split())


# Words of the packages' sets that name no person or are no title by
# themselves (adjectives, fields, kin, honorific parts, plurals, parts of
# phrasal titles): kept out of rules/titles-roles.txt.
NOT_ROLES = set("""
prior business first information me film senior credit right state model security family
marketing staff law met make strategy field capt tax analytics high private wing gov father
charge special revenue miss risk computer person intelligence sister mother mystery knowledge
charger excellent land television boy professional resident comic voice opener military
operating discovery legal uncle award-winning principal warrant processor bench copy social
flag count runner technical visitor criminal personality aunt misses flying designated rear
vice crew collector maid presiding blessed servant ballet foreign customs corporate cleaners
bearer chairs superior academic legislators exec us political
""".split())


# Words of nameparser's set that are no rank of a person: honorifics and
# styles ("Lady Jane Roe", "Rev. Jon Doe"), parts of place names ("St",
# "Saint"), kin ("Brother"), adjectives and nouns of other uses ("English",
# "States", "Rock", "Radio") and occupations news writes in lower case;
# royal styles, which open names of places and firms ("Prince Edward Island",
# "King Arthur Flour") and are epithets in lower case ("comeback king", "pop
# princess"), and "speaker", a device too ("bluetooth speaker").
NOT_RANKS = set("""
baroness brother dame english guru instructor king lady lord madam madame master miss mister
mrs ms opera prince princess pro queen radio ranger rev reverend rock saint sir speaker st
states uk
""".split())
MIN_RANK = 3
ROLE_LISTS = ["titles-jobtitles.txt", "titles-occupations.txt", "titles-roles.txt",
              "titles-roles-extra.txt", "titles-athletes.txt", "titles-wordnet.txt", "title-modifiers.txt",
              "titles-abbrev.txt", "public-titles.txt"]
GIVEN_LISTS = ["given-names.txt", "given-names-census.txt", "given-names-intl.txt"]


def rank_counts(folder, ranks, given):
    """Per rank word: capitalised uses right before a listed given name and a
    capitalised word; all uses; uses opening a company name."""
    before = collections.Counter()
    total = collections.Counter()
    opens = collections.Counter()
    ends = list_words("designators.txt", "legal-suffixes.txt")
    for root, _, files in os.walk(folder):
        for f in (f for f in files if f.endswith(".txt")):
            text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
            words = WORD.findall(text)
            for i, w in enumerate(words):
                lw = w.lower()
                if lw not in ranks:
                    continue
                total[lw] += 1
                nxt = words[i + 1:i + 4]
                if w[0].isupper() and len(nxt) >= 2 and nxt[0].lower() in given \
                        and nxt[0][0].isupper() and nxt[1][0].isupper():
                    before[lw] += 1
                caps = [n for n in itertools.takewhile(lambda n: n[0].isupper(), nxt)]
                if w[0].isupper() and any(n.lower().rstrip(".") in ends for n in caps):
                    opens[lw] += 1
    return before, total, opens


def rank_titles(args):
    """The words of rules/titles-ranks.txt (see the module's doc)."""
    given = list_words(*GIVEN_LISTS)
    ranks = nameparser_words(args.nameparser) - NOT_ROLES - NOT_RANKS - given
    ranks -= hand_entries() | list_words(*ROLE_LISTS)
    before, total, opens = rank_counts(args.words, ranks, given)
    return {w for w in ranks if before[w] >= MIN_RANK and opens[w] <= 0.03 * total[w]}


def nameparser_words(wheel):
    """Every one-word title of nameparser's TITLES set (letters and hyphens)."""
    with zipfile.ZipFile(wheel) as z:
        src = z.read("nameparser/config/_compiled.py").decode("utf-8")
    for node in ast.parse(src).body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "TITLES":
            words = ast.literal_eval(node.value.args[0])
            return {w for w in words if re.fullmatch(r"[a-z][a-z-]+", w)}
    sys.exit(f"{wheel}: no TITLES in nameparser/config/_compiled.py")


def faker_heads(wheel):
    """Head nouns of Faker's job titles: the last word before any comma."""
    with zipfile.ZipFile(wheel) as z:
        src = z.read("faker/providers/job/__init__.py").decode("utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "jobs":
            jobs = ast.literal_eval(node.value)
            heads = {j.split(",")[0].strip().lower().split()[-1] for j in jobs}
            return {w for w in heads if re.fullmatch(r"[a-z][a-z-]+", w)}
    sys.exit(f"{wheel}: no jobs in faker/providers/job/__init__.py")


def role_titles(args, package):
    """The words of rules/titles-roles.txt (see the module's doc)."""
    words = {t for t in package if " " not in t} | nameparser_words(args.nameparser)
    words |= faker_heads(args.faker)
    taken = hand_entries() | list_words("titles-jobtitles.txt", "titles-occupations.txt")
    words -= taken | NOT_ROLES
    before, lower, total, _ = corpus_counts(args.words, words)
    return {w for w in words if before[w] >= 1 and lower[w] >= 0.5 * total[w]}


def nameparser_titles(wheel):
    """One-word titles of nameparser's TITLES set (letters and hyphens), less NOT_OCCUPATIONS."""
    return nameparser_words(wheel) - NOT_OCCUPATIONS


def hand_entries():
    out = set()
    for f in HAND_LISTS:
        for line in open(os.path.join(RULES, f), encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                out.add(line.split("|")[0].strip().lower())
    return out


def package_titles(wheel):
    with zipfile.ZipFile(wheel) as z:
        raw = z.read("find_job_titles/data/titles_combined.txt.gz")
    text = gzip.GzipFile(fileobj=io.BytesIO(raw)).read().decode("utf-8")
    out = set()
    for t in text.splitlines():
        t = t.strip().lower()
        if re.fullmatch(r"[a-z][a-z-]*( [a-z][a-z-]*){0,2}", t):
            out.add(t)
    return out


def list_words(*files):
    out = set()
    for f in files:
        for line in open(os.path.join(RULES, f), encoding="utf-8"):
            line = line.split("#")[0].strip().lower()
            if line:
                out.add(line.split("|")[0].strip())
    return out


def corpus_counts(folder, titles):
    """Per title: uses right before a capitalised pair; per one-word title:
    lower-case and all uses, and uses opening a company name (capitalised,
    a legal suffix or designator among the next three capitalised words:
    "Singer Co", "Diplomat Electronics Corp")."""
    before = collections.Counter()
    lower = collections.Counter()
    total = collections.Counter()
    ends = list_words("designators.txt", "legal-suffixes.txt")
    opens = collections.Counter()
    singles = {t for t in titles if " " not in t}
    for root, _, files in os.walk(folder):
        for f in files:
            if not f.endswith(".txt"):
                continue
            words = WORD.findall(open(os.path.join(root, f), encoding="utf-8", errors="replace").read())
            for i, w in enumerate(words):
                lw = w.lower()
                if lw in singles:
                    total[lw] += 1
                    lower[lw] += w == lw
                    if w[0].isupper():
                        for nxt in words[i + 1:i + 4]:
                            if not nxt[0].isupper():
                                break
                            if nxt.lower().rstrip(".") in ends:
                                opens[lw] += 1
                                break
                if i + 2 < len(words) and w.islower() and words[i + 1][0].isupper() \
                        and words[i + 2][0].isupper():
                    for k in (1, 2, 3):
                        if i - k + 1 >= 0:
                            gram = " ".join(words[i - k + 1:i + 1])
                            if gram.islower() and gram in titles:
                                before[gram] += 1
    return before, lower, total, opens


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wheel")
    ap.add_argument("--words")
    ap.add_argument("--nameparser")
    ap.add_argument("--faker")
    ap.add_argument("--ranks", action="store_true")
    args = ap.parse_args()
    if args.ranks:
        if not (args.nameparser and args.words):
            sys.exit("--ranks needs --nameparser and --words")
        write("titles-ranks.txt", [
            "# Ranks and styles written capitalised before a name (\"Colonel Jane Roe\",",
            "# \"Bishop Jon Doe\"): one-word titles of nameparser 2.6.0 (PyPI;",
            "# LGPL-2.1-or-later licence; config TITLES) in no other title list, no",
            "# honorific, kin word or given name, written capitalised before a given name",
            "# in news text. The roles stage reads them (kind role-title); the name",
            "# spotters keep them out of a name. Generated by scripts/titles.py --ranks:",
            "# do not edit.",
        ], rank_titles(args))
        return
    package = package_titles(args.wheel)
    if args.faker:
        if not (args.nameparser and args.words):
            sys.exit("--faker needs --nameparser and --words")
        write("titles-roles.txt", [
            "# Titles the roles stage alone reads (kind role-title): one-word titles of",
            "# find_job_titles 0.7.0 (PyPI; MIT licence), nameparser 2.6.0 (PyPI;",
            "# LGPL-2.1-or-later licence; config TITLES) and the head nouns of the job titles",
            "# of Faker 40.54.0 (PyPI; MIT licence), those in no other title list, written in",
            "# lower case before a capitalised name in news text. Generated by",
            "# scripts/titles.py: do not edit.",
        ], role_titles(args, package))
    hand = hand_entries()
    extra = nameparser_titles(args.nameparser) - hand if args.nameparser else set()
    package |= extra
    # A title's last word is a title by itself in the package or in the hand
    # list ("oil analyst", not "long term").
    heads = {t for t in package | hand if " " not in t}
    company_words = set()
    for f in ("designators.txt", "company-nouns.txt", "company-cues.txt"):
        for line in open(os.path.join(RULES, f), encoding="utf-8"):
            line = line.split("#")[0].strip().lower()
            if line:
                company_words.add(line)
    titles = {t for t in package - hand if t.split(" ")[-1] in heads
              and not company_words & set(t.split(" "))}
    if args.words:
        before, lower, total, opens = corpus_counts(args.words, titles)
        titles = {t for t in titles if (t in extra and before[t] >= MIN_BEFORE_NAMEPARSER
                                        and lower[t] >= 0.5 * total[t] and opens[t] <= 0.01 * total[t])
                  or (before[t] >= MIN_BEFORE and (" " in t or lower[t] >= 0.95 * total[t]))}
    # nameparser's words are occupations ("actor", "sheriff"): they take no
    # company by guess, unless one ends a hand-kept title ("officer" of
    # "chief executive officer").
    hand_heads = {t.split(" ")[-1] for t in list_words("titles.txt")}
    occupations = {t for t in titles & extra if t not in hand_heads}
    header = [
        "# Job titles from find_job_titles 0.7.0 (PyPI; MIT licence; data/titles_combined.txt.gz),",
        "# one to three words, those written in lower case before a capitalised name in news",
        "# text; hand-kept list entries left out. Generated by scripts/titles.py: do not edit.",
    ]
    if extra:
        header[2:] = [
            "# text; hand-kept list entries left out; and one-word titles of nameparser 2.6.0",
            "# (PyPI; LGPL-2.1-or-later licence; config TITLES) that end a title of titles.txt",
            "# (the others are in titles-occupations.txt). Generated by scripts/titles.py: do not edit.",
        ]
    write("titles-jobtitles.txt", header, titles - occupations)
    if extra:
        write("titles-occupations.txt", [
            "# Occupations: one-word titles of nameparser 2.6.0 (PyPI; LGPL-2.1-or-later licence;",
            "# config TITLES), those written in lower case before a capitalised name in news",
            "# text, no hand-kept list entry and none ending a title of titles.txt. No company",
            "# is guessed for them. Generated by scripts/titles.py: do not edit.",
        ], occupations)


def write(name, header, titles):
    body = sorted(titles)
    with open(os.path.join(RULES, name), "w", encoding="utf-8") as out:
        out.write("\n".join(header + body) + "\n")
    print(f"{name}: {len(body)} titles", file=sys.stderr)


if __name__ == "__main__":
    main()
