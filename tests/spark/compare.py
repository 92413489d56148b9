"""Compare two sets of tieup records, ignoring their order.

Each side is a JSON Lines file or a folder of Spark part files (``part-*``). Records are
matched by ``doc.id`` and compared on ``doc.id``, ``doc.title``, ``doc.bytes``, ``entities``
and ``events``; ``doc.path`` differs between `tieup extract FILES` and `--stdin` and is
ignored, as are ``diagnostics``. Prints the differences (at most ``--show``) and exits 0
when the sets are the same, 1 otherwise.

Usage: python3 tests/spark/compare.py EXPECTED ACTUAL [--show N] [--skip-errors]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter


def read_records(path: str) -> list[dict]:
    """The records of a JSON Lines file, or of every part-* file in a folder."""
    if os.path.isdir(path):
        files = sorted(
            os.path.join(path, name) for name in os.listdir(path) if name.startswith("part-")
        )
    else:
        files = [path]
    records = []
    for name in files:
        with open(name, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except ValueError as exc:
                    raise SystemExit(f"{name}:{number}: not JSON: {exc}") from exc
    return records


def key(record: dict) -> str:
    """What is compared of one record, as canonical JSON."""
    doc = record["doc"]
    kept = {
        "id": doc["id"],
        "title": doc.get("title"),
        "bytes": doc.get("bytes"),
        "entities": record.get("entities"),
        "events": record.get("events"),
    }
    return json.dumps(kept, sort_keys=True, ensure_ascii=False)


def main() -> int:
    """Compares EXPECTED with ACTUAL; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("expected", help="JSON Lines file or folder of part-* files")
    parser.add_argument("actual", help="JSON Lines file or folder of part-* files")
    parser.add_argument("--show", type=int, default=5, help="differences to print (default 5)")
    parser.add_argument(
        "--skip-errors",
        action="store_true",
        help="leave out records that carry an error diagnostic (e.g. malformed input lines)",
    )
    args = parser.parse_args()

    def wanted(record: dict) -> bool:
        errors = [d for d in record.get("diagnostics", []) if d.get("level") == "error"]
        return not (args.skip_errors and errors)

    expected = Counter(key(r) for r in read_records(args.expected) if wanted(r))
    actual = Counter(key(r) for r in read_records(args.actual) if wanted(r))
    missing = expected - actual
    extra = actual - expected
    total_e, total_a = sum(expected.values()), sum(actual.values())
    if not missing and not extra:
        print(f"same {total_e} records")
        return 0
    print(
        f"records differ: {total_e} expected, {total_a} actual; "
        f"{sum(missing.values())} expected not found, {sum(extra.values())} unexpected"
    )
    ids_e = {json.loads(k)["id"]: k for k in missing}
    ids_a = {json.loads(k)["id"]: k for k in extra}
    for doc_id in sorted(set(ids_e) | set(ids_a))[: args.show]:
        print(f"  {doc_id}:")
        print(f"    expected: {ids_e.get(doc_id, '(none)')[:300]}")
        print(f"    actual:   {ids_a.get(doc_id, '(none)')[:300]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
