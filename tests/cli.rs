//! The `tieup` binary end to end.

use std::path::Path;
use std::process::Command;

fn tieup() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tieup"))
}

#[test]
fn extract_corpus_is_sorted_and_same_for_any_thread_count() {
    let run = |jobs: &str| {
        let out = tieup()
            .args(["extract", "-q", "--jobs", jobs, "corpus"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    let ids: Vec<String> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "000_470a92410662a43b",
            "001_ddfba529e304c369",
            "002_4e1c10546502efa4"
        ]
    );
}

#[test]
fn shared_corpus_sample_is_identical_for_one_and_two_threads() {
    let dir = Path::new("../shared/corpora/bbc-news");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpora is absent");
        return;
    }
    let run = |jobs: &str| {
        tieup()
            .args(["extract", "-q", "--jobs", jobs])
            .arg(dir)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(one.len() > 100_000);
    assert_eq!(one, run("2"));
}

#[test]
fn bad_files_are_reported_and_the_rest_processed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Acme Corp is in talks with Borealis Inc.",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), b"bin\0ary").unwrap();
    std::fs::write(
        dir.path().join("c.txt"),
        b"Caf\xe9 Corp said it would buy Borealis Inc.",
    )
    .unwrap();
    std::fs::write(dir.path().join("d.txt"), "").unwrap();
    std::fs::write(dir.path().join("e.md"), "ignored").unwrap();
    let out = tieup()
        .args(["extract", "-q"])
        .arg(dir.path())
        .arg(dir.path().join("missing.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert!(stderr.contains("b.txt: skipped: binary"), "{stderr}");
    let records: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = records
        .iter()
        .map(|r| r["doc"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    assert_eq!(records[0]["events"][0]["status"], "talks");
    assert_eq!(records[1]["diagnostics"][0]["code"], "binary");
    assert_eq!(records[2]["diagnostics"][0]["code"], "invalid-utf8");
    assert_eq!(records[3]["entities"].as_array().unwrap().len(), 0);
}

#[test]
fn out_file_and_out_dir() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.jsonl");
    let per = dir.path().join("per");
    let status = tieup()
        .args(["extract", "-q", "corpus", "--out"])
        .arg(&out)
        .arg("--out-dir")
        .arg(&per)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 3);
    let one: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(per.join("002_4e1c10546502efa4.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(one["events"][0]["parties"][1], "Xiaomi");
}

#[test]
fn broken_rules_exit_2_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in tieup::rules::DEFAULT_RULES {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::write(
        dir.path().join("status.toml"),
        "[[status]]\nid = \"x\"\ndescription = \"d\"\ncues = [\"maybe\"]\nstatus = \"perhaps\"\n",
    )
    .unwrap();
    let out = tieup()
        .args(["extract", "corpus", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("status.toml:5:1: error: unknown status `perhaps`"),
        "{stderr}"
    );
}

#[test]
fn every_scraped_web_page_is_extracted_without_an_internal_error() {
    let dir = Path::new("../shared/corpora/web-news");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpora is absent");
        return;
    }
    let out = tieup().args(["extract", "-q"]).arg(dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let records = out.stdout.iter().filter(|&&b| b == b'\n').count();
    assert!(records > 2000, "{records} records");
}
