//! `tieup report` and the `tieup graph` filters end to end, on the output
//! for corpus/ and on crafted records (invented names).

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tieup"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The JSON embedded in a report page.
fn data(html: &str) -> serde_json::Value {
    let start = html.find("id=\"report-data\">").unwrap() + 17;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn report_of_corpus_has_summary_events_network_and_texts() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("out.jsonl");
    let page = dir.path().join("report.html");
    let out = run(
        root(),
        &[
            "extract",
            "-q",
            "corpus/",
            "--out",
            records.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let out = run(
        root(),
        &[
            "report",
            records.to_str().unwrap(),
            "-o",
            page.to_str().unwrap(),
        ],
    );
    common::assert_success(&out);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("<script src") && !html.contains("<link"),
        "self-contained"
    );
    let d = data(&html);
    assert_eq!(d["summary"]["articles"], 3);
    assert_eq!(d["summary"]["events"], 8);
    assert_eq!(d["events"].as_array().unwrap().len(), 8);
    assert_eq!(d["edges"].as_array().unwrap().len(), 8);
    let articles = d["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 3);
    for a in articles {
        assert_eq!(a["note"], "", "{}", a["id"]);
        let kinds: Vec<&str> = a["segments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s[1].as_str().unwrap())
            .collect();
        assert!(kinds.contains(&"company") && kinds.contains(&"trigger"));
    }

    // --corpus finds the texts by file name from another folder; limits cut.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = run(
        elsewhere.path(),
        &[
            "report",
            records.to_str().unwrap(),
            "--corpus",
            root().join("corpus").to_str().unwrap(),
            "--max-articles",
            "1",
            "--max-events",
            "2",
            "-o",
            "r.html",
        ],
    );
    common::assert_success(&out);
    let d = data(&std::fs::read_to_string(elsewhere.path().join("r.html")).unwrap());
    assert_eq!(d["articles"].as_array().unwrap().len(), 1);
    assert_eq!(d["articles"][0]["note"], "");
    assert_eq!(d["events"].as_array().unwrap().len(), 2);
    assert_eq!(d["summary"]["events"], 8);
}

#[test]
fn report_says_when_texts_are_missing_and_rejects_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let rec = r#"{"doc":{"id":"z1","path":"gone/z1.txt","title":"","bytes":5},"entities":[],"events":[],"diagnostics":[]}"#;
    std::fs::write(dir.path().join("in.jsonl"), format!("{rec}\n")).unwrap();
    let out = run(dir.path(), &["report", "in.jsonl", "-o", "r.html"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("was not found"), "{err}");
    std::fs::write(dir.path().join("bad.jsonl"), "{\"doc\": 1}\n").unwrap();
    let out = run(dir.path(), &["report", "bad.jsonl", "-o", "r2.html"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.jsonl:1:"));
    assert!(!dir.path().join("r2.html").exists());
}

#[test]
fn graph_filters_by_company_type_status_and_top() {
    let dir = tempfile::tempdir().unwrap();
    let ev = |id: &str, t: &str, s: &str, a: &str, b: &str| {
        format!(
            r#"{{"doc":{{"id":"{id}"}},"entities":[],"events":[{{"type":"{t}","status":"{s}","parties":["{a}","{b}"]}}]}}"#
        )
    };
    let lines = [
        ev("a", "partnership", "talks", "Orvane", "Pellix"),
        ev("b", "partnership", "talks", "Orvane", "Pellix"),
        ev("c", "acquisition", "announced", "Quenta", "Rusko"),
        ev("d", "investment", "rumored", "Pellix", "Rusko"),
    ];
    std::fs::write(dir.path().join("g.jsonl"), lines.join("\n")).unwrap();
    let edges = |args: &[&str]| {
        let mut all = vec!["graph", "g.jsonl", "-f", "csv"];
        all.extend(args);
        let out = run(dir.path(), &all);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).lines().count() - 1,
        )
    };
    assert_eq!(edges(&[]), (Some(0), 3));
    assert_eq!(edges(&["--top", "1"]), (Some(0), 1));
    assert_eq!(edges(&["--company", "rusko"]), (Some(0), 2));
    let two = ["--company", "quenta", "--company", "orvane"];
    assert_eq!(edges(&two), (Some(0), 2), "edges of either company");
    assert_eq!(
        edges(&["--type", "acquisition", "--type", "investment"]),
        (Some(0), 2)
    );
    assert_eq!(edges(&["--status", "talks"]), (Some(0), 1));
    let out = run(dir.path(), &["graph", "g.jsonl", "--company", "Nobody"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no company of the graph matches"));
    let out = run(dir.path(), &["graph", "g.jsonl", "--type", "merger"]);
    assert_eq!(out.status.code(), Some(2), "unknown types are refused");
}
