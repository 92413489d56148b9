#!/usr/bin/env bash
# Counts companies and people that tieup finds only on page lines the gold
# article body does not contain (chrome entities), over the web-news pages of
# ../shared/eval/webmain/dev.gold.jsonl.
#
#   scripts/chrome-entities.sh [--examples N]
#
# Runs target/release/tieup (build it first: cargo build --release) on those
# pages; an entity counts as chrome when none of its mentions stands on a line
# whose word sequence (\w+ tokens) occurs in the page's gold body or title.
# Prints per dataset: entities, chrome entities (companies, people), and of
# the chrome people those whose every mention stands on a byline-shaped line
# (a line of at most 12 words that opens with "By", "Written by", "Posted
# by", "Author", "Reporting by" or names the person next to a date, a "|",
# or a staff word such as "Editor", "Reporter", "Correspondent", "Writer"):
# page authors, whom the guidelines count as people and the gold bodies
# leave out. The shape test is a plain regex here, not tieup's byline reader.
# Reads ../shared (research material beside the checkout; never copied).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
bin=${TIEUP:-target/release/tieup}
gold=$shared/eval/webmain/dev.gold.jsonl
out=$(mktemp); trap 'rm -f "$out"' EXIT
mapfile -t files < <(python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    if l.strip():
        print(sys.argv[2] + "/corpora/web-news/" + json.loads(l)["id"] + ".txt")
' "$gold" "$shared")
"$bin" extract -q "${files[@]}" > "$out"
python3 - "$gold" "$out" "$shared" "$@" <<'PY'
import json, os, re, sys
from collections import Counter
gold_path, out_path, shared = sys.argv[1:4]
examples = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--examples" else 0
tok = re.compile(r"\w+")
gold = {}
for l in open(gold_path, encoding="utf-8"):
    if l.strip():
        g = json.loads(l)
        gold[g["id"]] = g
def joined(s):
    return " " + " ".join(tok.findall(s)) + " "
counts = Counter()
shown = 0
byline_open = re.compile(r"^\W*(by|written by|posted by|words by|reporting by|author|authors|story by)\b", re.I)
byline_near = re.compile(r"\||\b(19|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d+ (min|hours?|days?) ago|\b(editor|reporter|correspondent|writer|contributor|columnist|staff)\b", re.I)
def byline_shaped(line):
    words = tok.findall(line)
    if not words or len(words) > 12:
        return False
    return bool(byline_open.search(line) or byline_near.search(line))
for l in open(out_path, encoding="utf-8"):
    r = json.loads(l)
    pid = os.path.basename(r["doc"]["path"])[:-4]
    g = gold.get(pid)
    if g is None:
        continue
    ds = g["dataset"]
    body = joined(g["body"]) + " | " + joined(g["title"] or "")
    raw = open(r["doc"]["path"], "rb").read()
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    b = text.encode("utf-8")
    for e in r["entities"]:
        kind = e["type"]
        counts[(ds, kind, "all")] += 1
        def line_of(m):
            s = b.rfind(b"\n", 0, m["start"]) + 1
            t = b.find(b"\n", m["end"])
            return b[s:t if t >= 0 else len(b)].decode("utf-8", errors="replace")
        if not any(joined(line_of(m)) in body for m in e["mentions"]):
            counts[(ds, kind, "chrome")] += 1
            if kind == "person" and all(byline_shaped(line_of(m)) for m in e["mentions"]):
                counts[(ds, kind, "byline")] += 1
            if shown < examples:
                shown += 1
                print("chrome %s %s %r" % (pid, kind, line_of(e["mentions"][0])[:120]))
dss = sorted({k[0] for k in counts})
print("%-12s %9s %7s %9s %7s %7s" % ("", "companies", "chrome", "people", "chrome", "byline"))
tot = Counter()
for ds in dss + ["overall"]:
    if ds == "overall":
        row = tot
        c = lambda k, w: row[(k, w)]
    else:
        c = lambda k, w: counts[(ds, k, w)]
        for k in ("company", "person"):
            for w in ("all", "chrome", "byline"):
                tot[(k, w)] += counts[(ds, k, w)]
    print("%-12s %9d %7d %9d %7d %7d" % (ds, c("company", "all"), c("company", "chrome"),
                                         c("person", "all"), c("person", "chrome"),
                                         c("person", "byline")))
PY
