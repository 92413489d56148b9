//! The `tieup` binary end to end.

use std::process::Command;

mod common;

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
        common::assert_success(&out);
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("0"), "0 asks for one thread per core");
    assert_eq!(one, run("256"));
    // Thousands of threads would only thrash the machine: refused up front.
    let out = tieup()
        .args(["extract", "-q", "--jobs", "99999", "corpus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("99999 is not in 0..=256"), "{stderr}");
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
    let Some(dir) = common::shared_or_skip(
        "corpora/bbc-news",
        "shared_corpus_sample_is_identical_for_one_and_two_threads",
    ) else {
        return;
    };
    let run = |jobs: &str| {
        tieup()
            .args(["extract", "-q", "--jobs", jobs])
            .arg(&dir)
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
    common::write_default_rules(dir.path());
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
    let Some(dir) = common::shared_or_skip(
        "corpora/web-news",
        "every_scraped_web_page_is_extracted_without_an_internal_error",
    ) else {
        return;
    };
    let out = tieup().args(["extract", "-q"]).arg(&dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let records = out.stdout.iter().filter(|&&b| b == b'\n').count();
    assert!(records > 2000, "{records} records");
}

#[test]
fn out_in_a_missing_directory_names_the_directory() {
    let out = tieup()
        .args([
            "extract",
            "-q",
            "corpus",
            "--out",
            "no-such-dir-here/x.jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("directory no-such-dir-here does not exist"),
        "{stderr}"
    );
    assert!(!stderr.contains(".tmp"), "{stderr}");
}

#[test]
fn an_empty_folder_or_one_without_txt_files_warns_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (empty, md) = (dir.path().join("empty"), dir.path().join("md"));
    std::fs::create_dir(&empty).unwrap();
    std::fs::create_dir(&md).unwrap();
    std::fs::write(md.join("a.md"), "Acme Corp is in talks with Borealis Inc.").unwrap();
    for (folder, held) in [(&empty, "holds no file"), (&md, "1 file of other names")] {
        let out = tieup()
            .args(["extract", "-q"])
            .arg(folder)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "warning: {}: no file matches --glob '*.txt'",
                folder.display()
            )) && stderr.contains(held),
            "{stderr}"
        );
    }
    // One empty folder beside a full one: the warning, but the run is fine.
    let out = tieup()
        .args(["extract", "-q", "corpus"])
        .arg(&empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning:"));
}

#[test]
fn summary_line_counts_in_words_and_units() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Acme Corp is in talks with Borealis Inc.",
    )
    .unwrap();
    let out = tieup().arg("extract").arg(dir.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tieup: 1 article, 40 bytes, 1 event, 0 skipped, 0 failed"),
        "{stderr}"
    );
    let out = tieup().args(["extract", "corpus"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tieup: 3 articles, ") && stderr.contains(" kB, "),
        "{stderr}"
    );
}

/// The figures README quotes from runs over `corpus/` (the summary line,
/// the offsets and sizes of the output example) are those of a real run.
/// When this fails, README is stale: `scripts/readme-figures.sh` prints the
/// current figures.
#[test]
fn readme_figures_match_a_real_run() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let stale = "README is stale (scripts/readme-figures.sh prints the current figures)";
    // The summary line, all but the seconds.
    let quoted = readme
        .lines()
        .skip_while(|l| *l != "$ tieup extract corpus/ > /dev/null")
        .nth(1)
        .expect("README quotes `$ tieup extract corpus/ > /dev/null` and its summary line");
    let out = tieup().args(["extract", "corpus/"]).output().unwrap();
    let real = String::from_utf8_lossy(&out.stderr);
    let real = real.lines().last().unwrap_or_default();
    let cut = |l: &str| {
        l.rsplit_once(", ")
            .map(|(a, _)| a.to_string())
            .unwrap_or_default()
    };
    assert_eq!(cut(quoted), cut(real), "{stale}");
    // The output example: offsets of mentions and evidence, and doc.bytes.
    let example = readme
        .split("## Output (schema v1)")
        .nth(1)
        .and_then(|s| s.split("```json").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("README has an output example");
    let out = tieup()
        .args(["extract", "-q", "corpus/000_470a92410662a43b.txt"])
        .output()
        .unwrap();
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut spans = Vec::new();
    for e in record["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            spans.push((
                m["text"].as_str().unwrap().to_string(),
                m["start"].as_u64().unwrap(),
                m["end"].as_u64().unwrap(),
            ));
        }
    }
    for ev in record["events"].as_array().unwrap() {
        for x in ev["evidence"].as_array().unwrap() {
            spans.push((
                x["text"].as_str().unwrap().to_string(),
                x["start"].as_u64().unwrap(),
                x["end"].as_u64().unwrap(),
            ));
        }
    }
    let mention = regex::Regex::new(r#""text": "([^"]*)", "start": (\d+), "end": (\d+)"#).unwrap();
    let evidence = regex::Regex::new(r#""start": (\d+), "end": (\d+), "text": "([^"]*)""#).unwrap();
    let quoted = mention
        .captures_iter(example)
        .map(|c| {
            (
                c[1].to_string(),
                c[2].parse().unwrap(),
                c[3].parse().unwrap(),
            )
        })
        .chain(evidence.captures_iter(example).map(|c| {
            (
                c[3].to_string(),
                c[1].parse().unwrap(),
                c[2].parse().unwrap(),
            )
        }))
        .collect::<Vec<(String, u64, u64)>>();
    assert!(quoted.len() >= 2, "{example}");
    for (text, start, end) in quoted {
        let prefix = text.trim_end_matches("...").trim_end();
        let found = spans
            .iter()
            .any(|(t, s, e)| (*s, *e) == (start, end) && t.starts_with(prefix));
        assert!(
            found,
            "{stale}: no span {text:?} at {start}..{end} in {spans:?}"
        );
    }
    let bytes = regex::Regex::new(r#""bytes": (\d+)"#).unwrap();
    let quoted_bytes: u64 = bytes.captures(example).unwrap()[1].parse().unwrap();
    assert_eq!(
        quoted_bytes,
        record["doc"]["bytes"].as_u64().unwrap(),
        "{stale}"
    );
}

/// `eval` with the two files swapped, or with no article in common, says so
/// in one line, prints no scores and fails.
#[test]
fn eval_refuses_swapped_files_and_warns_when_nothing_is_in_common() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let gold = dir.path().join("gold.jsonl");
    let run = tieup()
        .args(["extract", "-q", "corpus", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success());
    std::fs::write(
        &gold,
        "{\"doc\":\"nowhere\",\"companies\":[],\"people\":[],\"events\":[]}\n",
    )
    .unwrap();
    let swapped = tieup()
        .args(["eval", "--gold"])
        .arg(&out)
        .arg(&gold)
        .output()
        .unwrap();
    assert_eq!(swapped.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&swapped.stderr).contains("looks like extract output"));
    let disjoint = tieup()
        .args(["eval", "--gold"])
        .arg(&gold)
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(disjoint.status.code(), Some(1));
    let err = String::from_utf8_lossy(&disjoint.stderr);
    assert!(err.starts_with("tieup: error: no article of"), "{err}");
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(disjoint.stdout.is_empty(), "no scores printed");
    let first_id = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .next()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["doc"]["id"].as_str().unwrap().to_string()
        });
    let one = format!(
        "{{\"doc\":\"{}\",\"companies\":[],\"people\":[],\"events\":[]}}\n",
        first_id.unwrap()
    );
    let missing = std::fs::read_to_string(&gold).unwrap();
    std::fs::write(&gold, one + &missing).unwrap();
    let partial = tieup()
        .args(["eval", "--gold"])
        .arg(&gold)
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(partial.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&partial.stderr);
    assert!(
        stderr.contains("1 of 2 gold articles have no record"),
        "{stderr}"
    );
}

/// `eval --kinds` counts each error by kind, in text and in JSON.
#[test]
fn eval_kinds_counts_errors_by_kind() {
    let dir = tempfile::tempdir().unwrap();
    let (gold, out) = (dir.path().join("gold.jsonl"), dir.path().join("out.jsonl"));
    let mut child = tieup()
        .args(["extract", "--stdin", "--out"])
        .arg(&out)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let line = r#"{"id":"a1","text":"Acme Corp agreed to buy Borealis Inc."}"#;
    writeln!(child.stdin.take().unwrap(), "{line}").unwrap();
    assert!(child.wait().unwrap().success());
    std::fs::write(
        &gold,
        r#"{"doc":"a1","companies":[{"name":"Acme Corp","aliases":[]},{"name":"Zeta Ltd","aliases":[]}],"people":[],"events":[{"parties":["Acme Corp","Zeta Ltd"],"type":"investment","status":"announced"}]}"#,
    )
    .unwrap();
    let text = tieup()
        .args(["eval", "--kinds", "--gold"])
        .arg(&gold)
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("errors by kind"), "{stdout}");
    assert!(
        stdout.contains("    1  company missed: several words"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    1  pair missed: a party missed"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    1  pair missed, gold type: investment"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    1  company spurious: not in gold"),
        "{stdout}"
    );
    let json = tieup()
        .args(["eval", "--kinds", "--json", "--gold"])
        .arg(&gold)
        .arg(&out)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["kinds"]["pair spurious: a party not a gold company"], 1);
}

/// `explain` reads `-` and `--text`, prints JSON with `--json`, and refuses input past `--max-bytes`.
#[test]
fn explain_reads_stdin_and_text_and_prints_json() {
    let text = "Acme Corp agreed to buy Borealis Inc.";
    let out = common::output_with_stdin(tieup().args(["explain", "-"]), text.as_bytes());
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Borealis Inc"));
    let json = tieup()
        .args(["explain", "--json", "--text", text])
        .output()
        .unwrap();
    assert!(json.status.success());
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["record"]["events"].as_array().unwrap().len(), 1);
    assert!(v["dropped_cues"].is_array());
    let big = tieup()
        .args(["explain", "--max-bytes", "10", "--text", text])
        .output()
        .unwrap();
    assert_eq!(big.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&big.stderr).contains("--max-bytes"));
}
