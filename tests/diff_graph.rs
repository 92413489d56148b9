//! `tieup diff` and `tieup graph` end to end, on crafted outputs and on the
//! output for corpus/.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn tieup() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tieup"))
}

fn run(args: &[&str]) -> Output {
    tieup().args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The output of `tieup extract corpus/`, as JSON values.
fn corpus_records() -> Vec<Value> {
    let out = run(&["extract", "-q", "corpus"]);
    assert!(out.status.success());
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn write_jsonl(dir: &Path, name: &str, records: &[Value]) -> PathBuf {
    let path = dir.join(name);
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(&path, text).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn graph_of_corpus_merges_companies_across_articles() {
    let dir = tempfile::tempdir().unwrap();
    let input = write_jsonl(dir.path(), "corpus.jsonl", &corpus_records());
    let out = run(&["graph", s(&input)]);
    common::assert_success(&out);
    let graph: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let nodes = graph["nodes"].as_array().unwrap();
    let edges = graph["edges"].as_array().unwrap();
    let xiaomi: Vec<&Value> = nodes.iter().filter(|n| n["label"] == "Xiaomi").collect();
    assert_eq!(xiaomi.len(), 1, "Xiaomi is one node");
    let xiaomi_id = xiaomi[0]["id"].as_str().unwrap();
    assert_eq!(xiaomi[0]["articles"], 2);
    let partners: BTreeSet<&str> = edges
        .iter()
        .filter_map(|e| {
            if e["source"] == xiaomi_id {
                e["target_label"].as_str()
            } else if e["target"] == xiaomi_id {
                e["source_label"].as_str()
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        partners,
        BTreeSet::from([
            "Beijing Automotive Group",
            "Brilliance Auto",
            "Chery",
            "Tesla"
        ])
    );
    // "Beijing Automotive" (article 000) and "Beijing Automotive Group"
    // (article 001) are one node, tied to both LeEco and Xiaomi.
    let baic: Vec<&Value> = nodes
        .iter()
        .filter(|n| n["label"].as_str().unwrap().starts_with("Beijing"))
        .collect();
    assert_eq!(baic.len(), 1, "{baic:#?}");
    assert_eq!(baic[0]["label"], "Beijing Automotive Group");
    assert_eq!(baic[0]["names"]["Beijing Automotive"], 1);
    assert_eq!(baic[0]["names"]["Beijing Automotive Group"], 1);
    assert_eq!(baic[0]["articles"], 2);
    assert_eq!(baic[0]["degree"], 2);
    let tesla = edges
        .iter()
        .find(|e| e["source_label"] == "Tesla" || e["target_label"] == "Tesla")
        .unwrap();
    assert_eq!(tesla["statuses"]["rumored"], 1);
    assert_eq!(tesla["first"], "002_4e1c10546502efa4");
    assert_eq!(tesla["article_ids"], json!(["002_4e1c10546502efa4"]));
}

#[test]
fn graph_formats_are_deterministic_and_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = corpus_records();
    records.reverse();
    let reversed = write_jsonl(dir.path(), "reversed.jsonl", &records);
    records.reverse();
    let input = write_jsonl(dir.path(), "corpus.jsonl", &records);
    for format in ["json", "csv", "dot", "graphml"] {
        let a = run(&["graph", s(&input), "--format", format]);
        let b = run(&["graph", s(&reversed), "--format", format]);
        assert!(a.status.success());
        assert_eq!(a.stdout, b.stdout, "{format}: input order must not matter");
    }
    let csv = stdout(&run(&["graph", s(&input), "-f", "csv"]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 9, "header + 8 edges:\n{csv}");
    assert!(lines[0].starts_with("source,target,weight,articles,partnership,"));
    assert!(lines.contains(
        &"Tesla,Xiaomi,1,1,1,0,0,0,0,0,1,0,0,002_4e1c10546502efa4,002_4e1c10546502efa4,002_4e1c10546502efa4"
    ));
    let dot = stdout(&run(&["graph", s(&input), "-f", "dot"]));
    assert!(dot.starts_with("graph tieup {"));
    assert!(dot.contains("\"beijing automotive\" [label=\"Beijing Automotive Group\""));
    assert_eq!(dot.matches(" -- ").count(), 8);
    let gml = stdout(&run(&["graph", s(&input), "-f", "graphml"]));
    assert!(gml.contains("edgedefault=\"undirected\""));
    assert_eq!(gml.matches("<node ").count(), 9);
    assert_eq!(gml.matches("<edge ").count(), 8);
    assert!(gml.trim_end().ends_with("</graphml>"));
}

#[test]
fn graph_of_crafted_output_merges_aliases_and_filters_by_weight() {
    let dir = tempfile::tempdir().unwrap();
    let rec = |id: &str, a: &str, b: &str, status: &str| {
        json!({"doc": {"id": id, "path": "", "title": "", "bytes": 0},
               "entities": [{"id": "c1", "type": "company", "name": a, "mentions": []},
                            {"id": "c2", "type": "company", "name": b, "mentions": []}],
               "events": [{"type": "partnership", "status": status, "parties": [a, b], "evidence": []}],
               "diagnostics": []})
    };
    let input = write_jsonl(
        dir.path(),
        "crafted.jsonl",
        &[
            rec("n-10", "Tesla Motors", "Xiaomi", "talks"),
            rec("n-9", "Tesla", "Xiaomi Inc.", "announced"),
            rec("n-11", "Acme Corp", "Tesla Inc", "announced"),
        ],
    );
    let graph: Value = serde_json::from_str(&stdout(&run(&["graph", s(&input)]))).unwrap();
    assert_eq!(graph["nodes"].as_array().unwrap().len(), 3);
    let heaviest = &graph["edges"][0];
    assert_eq!(heaviest["weight"], 2);
    assert_eq!(heaviest["type_status"]["partnership/talks"], 1);
    assert_eq!(
        (&heaviest["first"], &heaviest["last"]),
        (&json!("n-9"), &json!("n-10"))
    );
    let filtered: Value =
        serde_json::from_str(&stdout(&run(&["graph", s(&input), "--min-weight", "2"]))).unwrap();
    assert_eq!(filtered["edges"].as_array().unwrap().len(), 1);
    assert_eq!(filtered["nodes"].as_array().unwrap().len(), 2);
}

#[test]
fn diff_of_identical_outputs_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let records = corpus_records();
    let a = write_jsonl(dir.path(), "a.jsonl", &records);
    let b = write_jsonl(dir.path(), "b.jsonl", &records);
    let out = run(&["diff", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "no changes (3 articles compared)\n");
    let out = run(&["diff", "--json", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["changed"], false);
    assert_eq!(v["groups"], json!([]));
}

/// The corpus output with one status changed (001), one event added (002)
/// and one entity removed (000).
fn changed_corpus() -> (Vec<Value>, Vec<Value>) {
    let old = corpus_records();
    let mut new = old.clone();
    let ev = new[1]["events"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["parties"] == json!(["Chery", "Xiaomi"]))
        .unwrap();
    ev["status"] = json!("announced");
    let mut added = new[2]["events"][0].clone();
    added["parties"] = json!(["Lei Jun Motors", "Xiaomi"]);
    added["evidence"][0]["start"] = json!(5000);
    new[2]["events"].as_array_mut().unwrap().push(added);
    new[0]["entities"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["name"] != "Le Holdings");
    (old, new)
}

#[test]
fn diff_reports_changes_with_counts_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = changed_corpus();
    let a = write_jsonl(dir.path(), "old.jsonl", &old);
    let b = write_jsonl(dir.path(), "new.jsonl", &new);
    let out = run(&["diff", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with("3 of 3 articles changed: +1 event, 1 status change, -1 entity\n"),
        "{text}"
    );
    assert!(text.contains(
        "  001_ddfba529e304c369  partnership Chery + Xiaomi: talks -> announced\n      \"According to the recent reports"
    ));
    assert!(text.contains("  002_4e1c10546502efa4  partnership/rumored Lei Jun Motors + Xiaomi\n"));
    assert!(text.contains("  000_470a92410662a43b  company Le Holdings\n"));
    assert!(!text.contains('\x1b'), "no colour when piped");
    let coloured = stdout(&run(&["diff", "--color", "always", s(&a), s(&b)]));
    assert!(coloured.contains("\x1b[32m"));
    // Swapped: the same changes, mirrored.
    let back = stdout(&run(&["diff", s(&b), s(&a)]));
    assert!(back.starts_with("3 of 3 articles changed: -1 event, 1 status change, +1 entity\n"));
}

#[test]
fn diff_json_has_totals_counts_and_groups() {
    let dir = tempfile::tempdir().unwrap();
    let (old, mut new) = changed_corpus();
    new.pop(); // 002 only in OLD now
    let a = write_jsonl(dir.path(), "old.jsonl", &old);
    let b = write_jsonl(dir.path(), "new.jsonl", &new);
    let out = run(&["diff", "--json", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["changed"], true);
    assert_eq!(v["compared"], 2);
    assert_eq!(v["only_old"], 1);
    assert_eq!(v["only_new"], 0);
    assert_eq!(v["changed_articles"], 3);
    let kinds: Vec<&str> = v["counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["status_changed", "entity_removed", "article_removed"]
    );
    let status = &v["groups"][0];
    assert_eq!(status["kind"], "status_changed");
    assert_eq!(status["label"], "1 status change");
    assert_eq!(status["count"], 1);
    let change = &status["changes"][0];
    assert_eq!(change["doc"], "001_ddfba529e304c369");
    assert_eq!(change["old"]["status"], "talks");
    assert_eq!(change["new"]["status"], "announced");
    assert_eq!(change["new"]["parties"], json!(["Chery", "Xiaomi"]));
    assert!(
        change["evidence"]
            .as_str()
            .unwrap()
            .starts_with("According to the recent reports")
    );
    let removed = &v["groups"][2]["changes"][0];
    assert_eq!(removed["doc"], "002_4e1c10546502efa4");
    assert_eq!(removed["new"], Value::Null);
    assert_eq!(removed["old"]["events"], 1);
}

#[test]
fn diff_rejects_bad_input_with_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_jsonl(dir.path(), "a.jsonl", &corpus_records());
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"doc\": 1}\n").unwrap();
    let out = run(&["diff", s(&a), s(&bad)]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:1:"), "{err}");
    let out = run(&["diff", s(&a), "/nonexistent/x.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["graph", s(&bad)]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_shows_examples() {
    for cmd in ["diff", "graph"] {
        let out = run(&[cmd, "--help"]);
        assert!(out.status.success());
        assert!(stdout(&out).contains("Example: tieup"), "{cmd}");
    }
}
