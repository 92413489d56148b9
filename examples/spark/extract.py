r"""Run tieup on Apache Spark: one JSON record per article, for corpora too big for one machine.

The job reads articles from INPUT, either

* a folder (or Hadoop glob) of article files, read with ``SparkContext.wholeTextFiles``
  (recursive; only names matching ``--glob``, ``*.txt`` by default, like ``tieup extract``);
  the id of each article is its path relative to INPUT without a final ``.txt``
  (``INPUT/a/x.txt`` → ``a/x``), and its ``doc.path`` the file's URI, as with
  ``tieup extract``; or
* a JSON Lines dataset of ``{"id": ..., "text": ...}`` objects, read with
  ``SparkContext.textFile``; the lines go to tieup unchanged,

ships the ``tieup`` binary (and an optional rules folder) to the executors with
``SparkContext.addFile``, pipes every partition through ``tieup extract --stdin`` with
``RDD.pipe``, and writes the records as JSON Lines to ``OUTPUT/jsonl/part-*`` (and, with
``--parquet``, as Parquet to ``OUTPUT/parquet/``).

Failure behaviour:

* A malformed input line (JSON Lines mode) is diagnosed by tieup itself: it yields a record
  whose ``diagnostics`` hold an error (id ``stdin:LINE``, LINE counted within the Spark
  partition). The task does not fail; the job summary counts such records.
* tieup exits 1 when some articles carry error diagnostics; that is not a task failure. Any
  other non-zero exit (bad rules, crash, binary missing), an output line that is not a
  record, or a record count other than the article count fails the job.

Exit codes: 0 the job ran and every article has a record (``--strict``: and none carries
an error diagnostic); 1 the job failed or records are missing (or ``--strict`` found
errors); 2 bad usage (binary or rules folder not found, or OUTPUT exists without
``--overwrite``: checked before Spark starts for a local OUTPUT).

Local mode (a laptop)::

    spark-submit --master 'local[2]' examples/spark/extract.py corpus/ out/ \
        --tieup target/release/tieup

A cluster: see "Running on a cluster" in README.md.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import posixpath
import re
import shlex
import shutil
import sys
import time
from urllib.parse import urlparse

# Spark columns for the records (schema v1, docs/schema.json), used for --parquet.
RECORD_SCHEMA = (
    "`doc` STRUCT<`id`: STRING, `path`: STRING, `title`: STRING, `bytes`: BIGINT>, "
    "`entities` ARRAY<STRUCT<`id`: STRING, `type`: STRING, `name`: STRING, "
    "`roles`: ARRAY<STRUCT<`title`: STRING, `org`: STRING>>, "
    "`mentions`: ARRAY<STRUCT<`text`: STRING, `start`: BIGINT, `end`: BIGINT, `rule`: STRING>>>>, "
    "`events` ARRAY<STRUCT<`type`: STRING, `status`: STRING, `parties`: ARRAY<STRING>, "
    "`evidence`: ARRAY<STRUCT<`start`: BIGINT, `end`: BIGINT, `text`: STRING, "
    "`trigger`: STRING, `rule`: STRING, `status_rule`: STRING>>>>, "
    "`diagnostics` ARRAY<STRUCT<`level`: STRING, `code`: STRING, `message`: STRING>>"
)

# Run on the executors by RDD.pipe, as `sh -c SCRIPT sh ROOT BINARY RULES JOBS`. Looks for
# the shipped files in ROOT (the driver's SparkFiles folder: right in local mode), then in
# the working directory (where the executors of a cluster keep them). tieup's exit code 1
# only says that some records carry error diagnostics, so it becomes 0; any other code
# fails the task. Kept on one line: Spark quotes it in every task failure.
EXECUTOR_SCRIPT = (
    'for d in "$1" "$PWD"; do [ -x "$d/$2" ] || continue; b="$d/$2"; '
    'if [ -n "$3" ]; then set -- --jobs "$4" --rules "$d/$3"; else set -- --jobs "$4"; fi; '
    '"$b" extract --stdin --quiet "$@"; rc=$?; [ $rc -le 1 ] && exit 0; '
    'echo "tieup extract --stdin exited with code $rc" >&2; exit $rc; done; '
    'echo "tieup: binary $2 not found in $1 or $PWD" >&2; exit 127'
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parses the command line."""
    parser = argparse.ArgumentParser(
        prog="extract.py",
        description=(
            "Extract companies, people and partnership events from news articles on Apache "
            "Spark, by piping each partition through `tieup extract --stdin`."
        ),
        epilog=(
            "example: spark-submit --master 'local[2]' examples/spark/extract.py corpus/ out/ "
            "--tieup target/release/tieup --partitions 4. Exit codes: 0 all articles have a "
            "record; 1 the job failed or records are missing (--strict: or some record has an "
            "error diagnostic); 2 bad usage."
        ),
    )
    parser.add_argument(
        "input",
        help="a folder or Hadoop glob of article files (file://, hdfs://, s3a://, ...), or a "
        'JSON Lines file or folder of {"id", "text"} objects',
    )
    parser.add_argument(
        "output",
        help="output folder (must not exist unless --overwrite): records go to OUTPUT/jsonl/, "
        "with --parquet also to OUTPUT/parquet/",
    )
    parser.add_argument(
        "-n",
        "--partitions",
        type=int,
        default=None,
        metavar="N",
        help="number of partitions, i.e. tieup processes (default: Spark's default parallelism)",
    )
    parser.add_argument(
        "--rules",
        metavar="DIR",
        help="a rules folder to use instead of the rules built into the binary (shipped to the "
        "executors with the job)",
    )
    parser.add_argument(
        "--tieup",
        metavar="BIN",
        help="the tieup binary to ship, a local path or a URL Spark can fetch (hdfs://, s3a://); "
        "default: $TIEUP_BIN, else `tieup` on PATH, else target/release/tieup of this checkout. "
        "It must run on the executors (build it for their OS and CPU)",
    )
    parser.add_argument(
        "--input-format",
        choices=["auto", "files", "jsonl"],
        default="auto",
        help="how to read INPUT; auto: jsonl when INPUT ends in .jsonl, .jsonl.gz or .ndjson, "
        "else files (default: auto)",
    )
    parser.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="in files mode, read only files whose name matches PATTERN (default: *.txt)",
    )
    parser.add_argument("--parquet", action="store_true", help="also write the records as Parquet")
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when any record carries an error diagnostic (malformed line, skipped file)",
    )
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    return args


def has_scheme(path: str) -> bool:
    """True for a URL such as hdfs://... (not a local path or a Windows drive)."""
    return len(urlparse(path).scheme) > 1


def find_binary(given: str | None) -> str | None:
    """The tieup binary to ship: --tieup, $TIEUP_BIN, PATH, or this checkout's release build."""
    if given:
        return given
    if os.environ.get("TIEUP_BIN"):
        return os.environ["TIEUP_BIN"]
    on_path = shutil.which("tieup")
    if on_path:
        return on_path
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "..", "target", "release", "tieup")
    return os.path.normpath(built) if os.path.exists(built) else None


def input_root(given: str) -> str:
    """The folder ids are relative to: INPUT's path (up to its first glob component), absolute."""
    parts = urlparse(given).path if has_scheme(given) else os.path.abspath(given)
    kept = []
    for part in parts.split("/"):
        if any(c in part for c in "*?[{"):
            break
        kept.append(part)
    return posixpath.normpath("/".join(kept) or "/")


def article_id(root: str, uri: str) -> str:
    """The id `tieup extract ROOT` gives the file at `uri`: its path relative to ROOT, without a
    final `.txt` (the file name alone when it is not under ROOT)."""
    path = urlparse(uri).path if has_scheme(uri) or uri.startswith("file:") else uri
    path = posixpath.normpath(path)
    prefix = root.rstrip("/") + "/"
    rel = path[len(prefix):] if path.startswith(prefix) else posixpath.basename(path)
    return rel[:-4] if rel.endswith(".txt") and len(rel) > 4 and not rel.endswith("/.txt") else rel


def article_line(root: str, item: tuple[str, str]) -> str:
    """A (path, content) pair from wholeTextFiles as one `--stdin` JSON line.

    The id is the path relative to `root` without `.txt`, as `tieup extract` names files in a
    folder, and the path is kept as the record's `doc.path`; a UTF-8 byte order mark is
    dropped, as `tieup extract` drops it.
    """
    path, text = item
    if text.startswith("\ufeff"):
        text = text[1:]
    return json.dumps({"id": article_id(root, path), "text": text, "path": path})


def output_exists_locally(output: str) -> bool:
    """True when OUTPUT is a local path (or file: URI) that exists."""
    if has_scheme(output) and urlparse(output).scheme != "file":
        return False
    local = urlparse(output).path if has_scheme(output) else output
    return os.path.lexists(local)


def failure_reason(message: str) -> str:
    """The line of a Spark failure that says why: tieup's exit code, or the first cause."""
    code = re.search(r"PIPE_FUNCTION_EXITED\].*?exited with error code (-?\d+)", message, re.S)
    if code:
        return (
            f"tieup exited with code {code.group(1)} on an executor "
            "(2: bad rules or usage; its messages are in the executor's stderr)"
        )
    lines = [line.strip().lstrip(": ") for line in message.splitlines()]
    causes = [line for line in lines if line.startswith("Caused by:")]
    errors = [line for line in lines if re.match(r"[\w.$]+(Exception|Error)\b", line)]
    return (causes[-1:] or errors[:1] or [lines[0] if lines else "unknown error"])[0][:500]


def main(argv: list[str] | None = None) -> int:
    """Runs the job; returns the exit code."""
    args = parse_args(argv)
    started = time.monotonic()

    binary = find_binary(args.tieup)
    if binary is None:
        print(
            "extract.py: no tieup binary: pass --tieup, set TIEUP_BIN, or `cargo build --release`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not has_scheme(binary):
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            print(f"extract.py: {binary}: not an executable file", file=sys.stderr)
            return EXIT_USAGE
        binary = os.path.abspath(binary)
    rules = args.rules
    if rules is not None and not has_scheme(rules):
        if not os.path.isdir(rules):
            print(f"extract.py: {rules}: not a folder", file=sys.stderr)
            return EXIT_USAGE
        rules = os.path.abspath(rules)
    if not args.overwrite and output_exists_locally(args.output):
        print(
            f"extract.py: {args.output} exists: pass --overwrite to replace it",
            file=sys.stderr,
        )
        return EXIT_USAGE
    input_format = args.input_format
    if input_format == "auto":
        jsonl = args.input.rstrip("/").endswith((".jsonl", ".jsonl.gz", ".ndjson"))
        input_format = "jsonl" if jsonl else "files"

    # Imported here so that --help works without pyspark.
    from pyspark import SparkFiles
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.appName("tieup-extract")
        .config("spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive", "true")
        .getOrCreate()
    )
    sc = spark.sparkContext
    try:
        return run(args, spark, sc, SparkFiles, binary, rules, input_format, started)
    finally:
        spark.stop()


def run(args, spark, sc, spark_files, binary, rules, input_format, started) -> int:
    """Ships the binary and rules, then runs the job; returns the exit code."""
    from py4j.protocol import Py4JError

    try:
        sc.addFile(binary)
        rules_name = ""
        if rules is not None:
            sc.addFile(rules, recursive=True)
            rules_name = posixpath.basename(rules.rstrip("/"))
        task_cpus = sc.getConf().get("spark.task.cpus", "1")
        bin_name = posixpath.basename(binary.rstrip("/"))
        root = spark_files.getRootDirectory()
        command = shlex.join(
            ["sh", "-c", EXECUTOR_SCRIPT, "sh", root, bin_name, rules_name, task_cpus]
        )
        return build_and_run(args, spark, sc, command, input_format, started)
    except Py4JError as exc:
        print(f"extract.py: the job failed: {failure_reason(str(exc))}", file=sys.stderr)
        return EXIT_FAILED


def build_and_run(args, spark, sc, command, input_format, started) -> int:
    """Reads the input, pipes it through tieup, writes the records; returns the exit code."""
    from pyspark import StorageLevel

    articles_in = sc.accumulator(0)
    records_out = sc.accumulator(0)
    with_errors = sc.accumulator(0)

    partitions = args.partitions or sc.defaultParallelism
    if input_format == "files":
        pattern = args.glob
        files = sc.wholeTextFiles(args.input, minPartitions=partitions)
        files = files.filter(lambda kv: fnmatch.fnmatchcase(posixpath.basename(kv[0]), pattern))
        root = input_root(args.input)
        lines = files.map(lambda item: article_line(root, item))
    else:
        lines = sc.textFile(args.input, minPartitions=partitions).filter(lambda s: s.strip())
    if lines.getNumPartitions() > partitions:
        lines = lines.coalesce(partitions)

    def count_in(line: str) -> str:
        articles_in.add(1)
        return line

    def check_record(line: str) -> str:
        """Counts one output line; a line that is not a record fails the task."""
        try:
            record = json.loads(line)
            doc_id = record["doc"]["id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise RuntimeError(f"tieup wrote a line that is not a record: {line[:200]!r}") from exc
        records_out.add(1)
        if any(d.get("level") == "error" for d in record.get("diagnostics", [])):
            with_errors.add(1)
            print(f"extract.py: record {doc_id!r} carries an error diagnostic", file=sys.stderr)
        return line

    records = lines.map(count_in).pipe(command, checkCode=True).map(check_record)
    if args.parquet:
        records = records.persist(StorageLevel.MEMORY_AND_DISK)

    out = args.output.rstrip("/")
    path = sc._jvm.org.apache.hadoop.fs.Path(out)
    fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
    if args.overwrite:
        fs.delete(path, True)
    elif fs.exists(path):
        print(f"extract.py: {out} exists: pass --overwrite to replace it", file=sys.stderr)
        return EXIT_USAGE

    records.saveAsTextFile(out + "/jsonl")
    if args.parquet:
        frame = spark.read.schema(RECORD_SCHEMA).json(records)
        frame.write.parquet(out + "/parquet")

    seconds = time.monotonic() - started
    print(
        f"extract.py: {articles_in.value} articles in, {records_out.value} records out "
        f"({with_errors.value} with an error diagnostic) in {seconds:.1f}s -> {out}",
        file=sys.stderr,
    )
    if records_out.value != articles_in.value:
        print("extract.py: not one record per article: the job failed", file=sys.stderr)
        return EXIT_FAILED
    if args.strict and with_errors.value:
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
