//! The JSON Lines inputs of `eval`, `diff`, `graph` and `report` (issue 13,
//! item 10): a file that starts with a UTF-8 byte-order mark is read like
//! one without, and a bad record line is reported in one line as
//! `file:line: what was wrong`. Invented records only.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BOM: &str = "\u{feff}";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tieup"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An invented record: two companies and one partnership between them.
fn record(id: &str) -> String {
    serde_json::json!({
        "doc": {"id": id, "path": format!("{id}.txt"), "title": "", "bytes": 60},
        "entities": [
            {"id": "c1", "type": "company", "name": "Quarnel Systems",
             "mentions": [{"text": "Quarnel Systems", "start": 0, "end": 15, "rule": "r"}]},
            {"id": "c2", "type": "company", "name": "Vostrick Labs",
             "mentions": [{"text": "Vostrick Labs", "start": 30, "end": 43, "rule": "r"}]}
        ],
        "events": [{"type": "partnership", "status": "announced",
                    "parties": ["Quarnel Systems", "Vostrick Labs"],
                    "evidence": [{"start": 0, "end": 44, "text": "x", "trigger": "x", "rule": "r"}]}],
        "diagnostics": []
    })
    .to_string()
}

fn gold(id: &str) -> String {
    serde_json::json!({
        "doc": id,
        "companies": [{"name": "Quarnel Systems"}, {"name": "Vostrick Labs"}],
        "events": [{"parties": ["Quarnel Systems", "Vostrick Labs"],
                    "type": "partnership", "status": "announced"}]
    })
    .to_string()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Output with a BOM, and the same without.
fn outputs(dir: &Path) -> (PathBuf, PathBuf) {
    let body = format!("{}\n{}\n", record("q1"), record("q2"));
    (
        write(dir, "bom.jsonl", &format!("{BOM}{body}")),
        write(dir, "plain.jsonl", &body),
    )
}

#[test]
fn eval_reads_output_and_gold_that_start_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let (bom, _) = outputs(dir.path());
    let g = write(
        dir.path(),
        "g.jsonl",
        &format!("{BOM}{}\n{}\n", gold("q1"), gold("q2")),
    );
    let out = run(&["eval", "--gold", s(&g), s(&bom)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("(2 gold articles, 2 records)"), "{text}");
}

#[test]
fn diff_and_graph_read_output_that_starts_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let (bom, plain) = outputs(dir.path());
    let out = run(&["diff", s(&plain), s(&bom)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let with = run(&["graph", s(&bom)]);
    assert!(with.status.success(), "{}", stderr(&with));
    let without = run(&["graph", s(&plain)]);
    assert_eq!(with.stdout, without.stdout);
    let out = run(&["report", s(&bom), "--out", s(&dir.path().join("r.html"))]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Two records run together on line 2 (a lost newline), as a cut-and-joined
/// file has them.
fn joined(dir: &Path) -> PathBuf {
    let text = format!("{}\n{}{}\n", record("q1"), record("q2"), record("q3"));
    write(dir, "joined.jsonl", &text)
}

fn assert_one_clear_line(out: &Output, file: &Path) {
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(out);
    let column = record("q2").len() + 1;
    let want = format!(
        "tieup: {}:2: more text after the end of the JSON value, at column {column} (two values on one line?)\n",
        file.display()
    );
    assert_eq!(err, want);
}

#[test]
fn a_joined_record_line_is_named_by_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let (_, plain) = outputs(dir.path());
    let bad = joined(dir.path());
    assert_one_clear_line(&run(&["graph", s(&bad)]), &bad);
    assert_one_clear_line(&run(&["diff", s(&plain), s(&bad)]), &bad);
    let g = write(dir.path(), "g.jsonl", &format!("{}\n", gold("q1")));
    assert_one_clear_line(&run(&["eval", "--gold", s(&g), s(&bad)]), &bad);
    let html = dir.path().join("r.html");
    assert_one_clear_line(&run(&["report", s(&bad), "--out", s(&html)]), &bad);
}

#[test]
fn a_record_of_the_wrong_shape_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "shape.jsonl",
        &format!("{}\n{{\"doc\": {{\"path\": \"x\"}}}}\n", record("q1")),
    );
    let out = run(&["graph", s(&bad)]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "tieup: {}:2: not the expected shape at column 21: missing field `id`\n",
            bad.display()
        )
    );
}
