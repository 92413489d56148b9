#!/usr/bin/env bash
# Runs examples/spark/extract.py in Spark local mode (local[2]) and checks that its records
# are the records `tieup extract` writes for the same articles (doc.id, title, bytes,
# entities and events; in any order): on corpus/, on 300 articles of ../shared/corpora
# (the first 100 *.txt by name of each corpus, read in place through symlinks), and on the
# same articles as a JSON Lines dataset, and on odd files (BOM, invalid UTF-8, NUL). Also
# checks the failure behaviour: a malformed line gives a diagnostic record and exit 0 (1 with
# --strict); a broken rules folder fails the job (exit 1); --rules and --parquet work.
#
# pyspark (pinned in tests/spark/requirements.txt) is installed into a virtual environment
# in ${XDG_CACHE_HOME:-$HOME/.cache}/tieup-ci/venv (or $TIEUP_SPARK_VENV) and reused while
# the pin stays the same. Skips (exit 0) when Java is missing. The binary is $TIEUP_BIN, or
# target/release/tieup built here. Ends with "N passed, N failed"; exit 1 if any failed.
set -uo pipefail
cd "${0%/*}/../.."
ROOT=$PWD

if ! java -version >/dev/null 2>&1; then
  echo "SKIP tests/spark: Java is missing; pyspark needs Java 17 (e.g. apt-get install openjdk-17-jre-headless)"
  exit 0
fi

# --- pyspark in a cached virtual environment -------------------------------------------
VENV=${TIEUP_SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/tieup-ci/venv}
REQ=tests/spark/requirements.txt
mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
flock 9 2>/dev/null || true # another run may be installing: wait for it
if ! cmp -s "$REQ" "$VENV/.tieup-requirements" 2>/dev/null; then
  echo "tests/spark: installing $(grep -v '^#' "$REQ" | tr '\n' ' ')into $VENV"
  t0=$(date +%s)
  rm -rf "$VENV"
  if ! python3 -m venv "$VENV" ||
    ! "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQ"; then
    echo "tests/spark: could not install pyspark into $VENV" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  cp "$REQ" "$VENV/.tieup-requirements" # written last: marks a complete install
  echo "tests/spark: installed in $(($(date +%s) - t0))s"
else
  echo "tests/spark: reusing $VENV"
fi
exec 9>&-
export PATH="$VENV/bin:$PATH" PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

# --- the binary --------------------------------------------------------------------------
if [ -z "${TIEUP_BIN:-}" ]; then
  cargo build --release --quiet || { echo "0 passed, 1 failed"; exit 1; }
  TIEUP_BIN=$ROOT/target/release/tieup
fi
export TIEUP_BIN

T=$(mktemp -d "${TMPDIR:-/tmp}/tieup-spark.XXXXXX")
trap 'rm -rf "$T"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
# expect NAME COMMAND...: a check that passes when COMMAND exits 0.
expect() {
  local name=$1
  shift
  if "$@" >"$T/check.log" 2>&1; then ok "$name"; else fail "$name"; sed 's/^/     /' "$T/check.log" | head -20; fi
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# spark NAME ARGS...: runs the job with local[2]; its log goes to $T/NAME.log; returns its exit code.
spark() {
  local name=$1
  shift
  spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
    examples/spark/extract.py "$@" >"$T/$name.log" 2>&1
}
show_log() { grep -E 'extract.py|Error|error|Exception' "$T/$1.log" | head -15 | sed 's/^/     /'; }

# --- 1. corpus/ --------------------------------------------------------------------------
"$TIEUP_BIN" extract corpus/ -q >"$T/corpus.expected.jsonl"
if spark corpus corpus/ "$T/corpus.out" --partitions 2; then
  ok "corpus/: job exits 0"
  expect "corpus/: same records as tieup extract" python3 tests/spark/compare.py "$T/corpus.expected.jsonl" "$T/corpus.out/jsonl"
else
  fail "corpus/: job exits 0"; show_log corpus
fi

# --- 1b. a rerun into the same output: usage error before Spark starts, naming --overwrite --
# (run with python directly: spark-submit itself is a JVM; the script checks before it
# starts a Spark session, hence before python starts a JVM)
t0=$(now)
python examples/spark/extract.py corpus/ "$T/corpus.out" --partitions 2 >"$T/rerun.log" 2>&1
code=$?
if [ "$code" -eq 2 ] && grep -q -- "--overwrite" "$T/rerun.log" && ! grep -q "SparkContext" "$T/rerun.log"; then
  ok "rerun into an existing output: exit 2 naming --overwrite, before Spark ($(elapsed "$t0" "$(now)")s)"
else
  fail "rerun into an existing output: exit 2 naming --overwrite (got $code)"; show_log rerun
fi
expect "corpus/: records keep the input path" python3 - "$T/corpus.out/jsonl" <<'EOF'
import glob, json, sys
recs = [json.loads(l) for f in sorted(glob.glob(sys.argv[1] + "/part-*")) for l in open(f)]
paths = [r["doc"]["path"] for r in recs]
print(paths)
sys.exit(0 if len(recs) == 3 and all(p.endswith(r["doc"]["id"] + ".txt") for p, r in zip(paths, recs)) else 1)
EOF

# --- 2. 300 articles of ../shared/corpora, read in place ---------------------------------
CORPORA=../shared/corpora
mkdir -p "$T/sample"
for corpus in bbc-news reuters21578 web-news; do
  [ -d "$CORPORA/$corpus" ] || continue
  mkdir -p "$T/sample/$corpus"
  find "$(cd "$CORPORA/$corpus" && pwd)" -maxdepth 1 -name '*.txt' | LC_ALL=C sort | head -100 |
    while read -r f; do ln -s "$f" "$T/sample/$corpus/"; done
done
n_sample=$(find "$T/sample" -name '*.txt' | wc -l)
if [ "$n_sample" -ne 300 ]; then
  fail "sample: 300 articles in $CORPORA (found $n_sample)"
else
  t0=$(now)
  "$TIEUP_BIN" extract "$T/sample" -q >"$T/sample.expected.jsonl"
  t1=$(now)
  if spark sample "$T/sample" "$T/sample.out" --partitions 2; then
    t2=$(now)
    ok "sample: job exits 0 on $n_sample articles"
    expect "sample: same records as tieup extract" python3 tests/spark/compare.py "$T/sample.expected.jsonl" "$T/sample.out/jsonl"
    echo "     wall time, $n_sample articles: tieup extract $(elapsed "$t0" "$t1")s; spark-submit local[2] $(elapsed "$t1" "$t2")s"
  else
    fail "sample: job exits 0 on $n_sample articles"; show_log sample
  fi

  # --- 3. the same articles as a JSON Lines dataset, with one malformed line -----------
  python3 - "$T/sample" "$T/sample.jsonl" <<'EOF'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(src) for f in fs if f.endswith(".txt"))
with open(out, "w", encoding="utf-8") as o:
    for i, p in enumerate(paths):
        text = open(p, encoding="utf-8").read().removeprefix("\ufeff")
        o.write(json.dumps({"id": os.path.relpath(p, src)[:-4], "text": text}) + "\n")
        if i == 150:
            o.write('{"id": "broken", "text": "no closing quote}\n')
EOF
  t0=$(now)
  "$TIEUP_BIN" extract --stdin -q <"$T/sample.jsonl" >/dev/null 2>&1
  t1=$(now)
  if spark jsonl "$T/sample.jsonl" "$T/jsonl.out" --partitions 2; then
    t2=$(now)
    ok "jsonl with a malformed line: job exits 0"
    echo "     wall time, the same as JSON Lines: tieup extract --stdin $(elapsed "$t0" "$t1")s; spark-submit local[2] $(elapsed "$t1" "$t2")s"
    expect "jsonl: $n_sample + 1 records, one with an error diagnostic" python3 - "$T/jsonl.out/jsonl" "$n_sample" <<'EOF'
import glob, json, sys
recs = [json.loads(l) for f in sorted(glob.glob(sys.argv[1] + "/part-*")) for l in open(f)]
bad = [r for r in recs if any(d["level"] == "error" for d in r["diagnostics"])]
print(len(recs), "records;", [r["doc"]["id"] for r in bad], "with errors")
sys.exit(0 if len(recs) == int(sys.argv[2]) + 1 and len(bad) == 1 else 1)
EOF
    expect "jsonl: the other records as tieup extract" python3 tests/spark/compare.py --skip-errors "$T/sample.expected.jsonl" "$T/jsonl.out/jsonl"
  else
    fail "jsonl with a malformed line: job exits 0"; show_log jsonl
  fi
fi

# --- 4. a rules folder shipped with the job; Parquet ------------------------------------
"$TIEUP_BIN" extract corpus/ -q --rules rules/ >"$T/rules.expected.jsonl"
if spark rules corpus/ "$T/rules.out" --rules rules/ --parquet; then
  ok "--rules rules/ --parquet: job exits 0"
  expect "--rules: same records as tieup extract --rules" python3 tests/spark/compare.py "$T/rules.expected.jsonl" "$T/rules.out/jsonl"
  expect "--parquet: the records read back" python3 - "$T/rules.out/parquet" "$T/rules.expected.jsonl" <<'EOF'
import json, sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
rows = spark.read.parquet(sys.argv[1]).select("doc.id", "events").collect()
expected = {json.loads(l)["doc"]["id"]: len(json.loads(l)["events"]) for l in open(sys.argv[2])}
got = {r["id"]: len(r["events"]) for r in rows}
print("parquet", got, "expected", expected)
sys.exit(0 if got == expected else 1)
EOF
else
  fail "--rules rules/ --parquet: job exits 0"; show_log rules
fi

# --- 5. odd files: BOM, invalid UTF-8, NUL (skipped: an error record), a subfolder, a .md --
E=$T/edge
mkdir -p "$E/sub"
printf '\357\273\277' >"$E/bom.txt" && cat corpus/000_470a92410662a43b.txt >>"$E/bom.txt"
{ head -c 200 corpus/001_ddfba529e304c369.txt; printf ' Caf\351 \377\376. '; tail -c +201 corpus/001_ddfba529e304c369.txt; } >"$E/latin1.txt"
printf 'abc\000def' >"$E/binary.txt"
cp corpus/002_4e1c10546502efa4.txt "$E/sub/deep.txt"
echo "not an article" >"$E/notes.md"
"$TIEUP_BIN" extract "$E" -q >"$T/edge.expected.jsonl" 2>/dev/null
spark edge "$E" "$T/edge.out" --strict
code=$?
if [ "$code" -eq 1 ]; then ok "odd files, --strict: job exits 1 (an error record)"; else fail "odd files, --strict: job exits 1 (got $code)"; show_log edge; fi
expect "odd files: same records as tieup extract" python3 tests/spark/compare.py "$T/edge.expected.jsonl" "$T/edge.out/jsonl"

# --- 6. a real failure: broken rules stop tieup, so the job fails ------------------------
cp -r rules "$T/broken-rules"
printf '\n[[trigger]]\nthis is not toml\n' >>"$T/broken-rules/triggers.toml"
spark broken corpus/ "$T/broken.out" --rules "$T/broken-rules"
code=$?
if [ "$code" -eq 1 ]; then ok "broken rules: job exits 1"; else fail "broken rules: job exits 1 (got $code)"; show_log broken; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
