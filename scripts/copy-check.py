#!/usr/bin/env python3
"""Check that the project holds no text copied from ../shared (corpus articles or gold).

Every test article, rule example and unit-test sentence of tieup is written in the
project's own words with invented names. This script finds N-word windows of project
text that also occur in a ../shared corpus article or gold record, and fails on the
ones that look copied.

    scripts/copy-check.py [N] [--shared DIR] [--min-docs K] [--all] [PATH ...]

  N           window size in words (default 8). Words are runs of [a-z0-9] in the
              lower-cased text; windows never cross a line of a project file.
  PATH ...    project files or folders to check, relative to the project root
              (default: tests/ src/ rules/ docs/ examples/ README.md).
  --shared    the research material (default ../shared beside the project root).
  --min-docs  a window found in K or more distinct corpus/gold documents is formulaic
              news wording ("said it signed a letter of intent") and is allowed
              (default 3); one found in 1..K-1 documents is reported as copied.
  --all       also list the allowed formulaic windows (marked "ok"), for rewording work.

Output, one line per project line with a match (its window found in the fewest documents):
    FILE:LINE <tab> D docs (FIRST DOC) <tab> WINDOW
Documents are corpus files (`reuters21578/reut-1.txt`) and gold records (`dev:DOC`).
Exit status: 0 when nothing is reported, 1 when a copied window is found, 2 on usage
errors or when ../shared/corpora is missing.

Allowed exceptions (checked neither here nor in tests/no_copied_text.rs):
  - rules/**/*.txt: lexicon lists, one name or term a line (companies.txt holds real
    company names by design); they are names, not sentences.
  - tests/fixtures/seeds.gold.jsonl: gold of the project's own corpus/ articles, which
    are byte-identical copies of ../shared/seeds; for the same reason ../shared/eval/
    seeds.gold.jsonl is not scanned (README.md and unit tests may quote those articles).
  - tests/snapshots/: snapshots of the output on those corpus/ articles.
  - src/review/report/vendor/: vendored third-party code and its LICENSE.
  - In *.jsonl files (gold format) windows are taken inside each JSON string value only,
    so field names and the structure of the gold format never count as copied text.
  - EXEMPT_WINDOWS below: citations (the paper title in src/pipeline/clean/features.rs).
  - rules/boilerplate.toml phrases that are standard site chrome found on 3+ pages pass
    through --min-docs like any formulaic wording; its examples must be reworded.
"""
import argparse
import fnmatch
import json
import os
import re
import sys

WORD = re.compile(r"[a-z0-9]+")
DEFAULT_PATHS = ["tests", "src", "rules", "docs", "examples", "README.md"]
SKIP_SUFFIXES = (".js", ".css", ".html", ".lock", ".proptest-regressions", ".png")
EXEMPT_FILES = [
    "rules/*.txt",
    "rules/*/*.txt",
    "tests/fixtures/seeds.gold.jsonl",
    "tests/snapshots/*",
    "src/review/report/vendor/*",
]
EXEMPT_WINDOWS = {
    # Kohlschütter et al., "Boilerplate detection using shallow text features", WSDM 2010.
    "src/pipeline/clean/features.rs": ["boilerplate detection using shallow text features"],
    # The same title, as tests/no_copied_text.rs lists it among its exceptions.
    "tests/no_copied_text.rs": ["boilerplate detection using shallow text features"],
}
GOLD_FILES = ["dev", "dev2"]


def words(text):
    """Lower-cased [a-z0-9]+ runs of `text`, in order."""
    return WORD.findall(text.lower())


def json_strings(value):
    """Every string inside a parsed JSON value (keys excluded), depth first."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from json_strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from json_strings(v)


def line_pieces(path, line):
    """The pieces of one project line whose windows are checked."""
    if not path.endswith(".jsonl"):
        return [line]
    try:
        return list(json_strings(json.loads(line)))
    except ValueError:
        return [line]


def project_files(root, paths):
    """Project files under `paths` (relative to `root`), minus the exempt ones."""
    for rel in paths:
        top = os.path.join(root, rel)
        found = [top] if os.path.isfile(top) else [
            os.path.join(d, f) for d, _, fs in os.walk(top) for f in fs]
        for path in sorted(found):
            name = os.path.relpath(path, root)
            if name.endswith(SKIP_SUFFIXES) or any(fnmatch.fnmatch(name, p) for p in EXEMPT_FILES):
                continue
            yield name, path


def project_windows(root, paths, n):
    """{window tuple: [(file, line)]} for every N-word window of the project text."""
    windows = {}
    for name, path in project_files(root, paths):
        try:
            text = open(path, encoding="utf-8").read()
        except (UnicodeDecodeError, OSError):
            continue
        exempt = EXEMPT_WINDOWS.get(name, [])
        for ln, line in enumerate(text.split("\n"), 1):
            for piece in line_pieces(name, line):
                t = words(piece)
                for i in range(len(t) - n + 1):
                    w = tuple(t[i:i + n])
                    if not any(" ".join(w) in e or e in " ".join(w) for e in exempt):
                        windows.setdefault(w, []).append((name, ln))
    return windows


def shared_documents(shared):
    """(document name, text) for every corpus file and gold record under `shared`."""
    corpora = os.path.join(shared, "corpora")
    for d, _, fs in sorted(os.walk(corpora)):
        for f in sorted(fs):
            path = os.path.join(d, f)
            with open(path, encoding="utf-8", errors="replace") as fh:
                yield os.path.relpath(path, corpora), fh.read()
    for g in GOLD_FILES:
        path = os.path.join(shared, "eval", f"{g}.gold.jsonl")
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    yield f"{g}:{json.loads(line).get('doc', '?')}", line


def find_matches(windows, shared, n):
    """{window: [document names]} for the project windows found in `shared`."""
    docs = {}
    for name, text in shared_documents(shared):
        t = words(text)
        for i in range(len(t) - n + 1):
            w = tuple(t[i:i + n])
            if w in windows:
                seen = docs.setdefault(w, [])
                if not seen or seen[-1] != name:
                    seen.append(name)
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=8, help="window size in words")
    ap.add_argument("paths", nargs="*", help="project files or folders (relative to the root)")
    ap.add_argument("--shared", default=None, help="research material (default ../shared)")
    ap.add_argument("--min-docs", type=int, default=3, help="documents that make wording formulaic")
    ap.add_argument("--all", action="store_true", help="also list the allowed formulaic windows")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = args.shared or os.path.join(root, "..", "shared")
    if args.n < 1 or not os.path.isdir(os.path.join(shared, "corpora")):
        print(f"copy-check: needs N >= 1 and {shared}/corpora", file=sys.stderr)
        return 2
    windows = project_windows(root, args.paths or DEFAULT_PATHS, args.n)
    matches = find_matches(windows, shared, args.n)
    by_line = {}
    for w, names in matches.items():
        for place in set(windows[w]):
            by_line.setdefault(place, []).append((len(names) >= args.min_docs, w, names))
    copied = 0
    for (name, ln), found in sorted(by_line.items()):
        found.sort(key=lambda f: (f[0], len(f[2])))
        ok, w, names = found[0]
        copied += not ok
        if not ok or args.all:
            mark = "ok " if ok else ""
            print(f"{name}:{ln}\t{mark}{len(names)} docs ({names[0]})\t{' '.join(w)}")
    print(f"copy-check: {len(windows)} project windows of {args.n} words, "
          f"{copied} lines with copied text", file=sys.stderr)
    return 1 if copied else 0


if __name__ == "__main__":
    sys.exit(main())
