//! Batch behaviour end to end: bad input of every kind, atomic output,
//! closed pipes and `--stdin`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const TALKS: &str = "Acme Corp is in talks with Borealis Inc.";

fn tieup() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tieup"))
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn extract(args: &[&str], paths: &[&Path]) -> Output {
    tieup()
        .arg("extract")
        .args(args)
        .args(paths)
        .output()
        .unwrap()
}

/// Every mention and evidence `start..end` slices `text` to its `text`.
fn assert_offsets(text: &str, record: &Value) {
    for e in record["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let (s, t) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert_eq!(text.get(s as usize..t as usize), m["text"].as_str(), "{m}");
        }
    }
    for ev in record["events"].as_array().unwrap() {
        for x in ev["evidence"].as_array().unwrap() {
            let (s, t) = (x["start"].as_u64().unwrap(), x["end"].as_u64().unwrap());
            assert_eq!(text.get(s as usize..t as usize), x["text"].as_str(), "{x}");
        }
    }
}

/// A folder of `n` articles: symlinks to the files of `corpus/`.
fn many_articles(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sources: Vec<_> = std::fs::read_dir("corpus")
        .unwrap()
        .map(|e| std::fs::canonicalize(e.unwrap().path()).unwrap())
        .collect();
    for i in 0..n {
        std::os::unix::fs::symlink(
            &sources[i % sources.len()],
            dir.path().join(format!("{i:05}.txt")),
        )
        .unwrap();
    }
    dir
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_noted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, b"Caf\xe9 Corp said it would buy Borealis Inc.\n").unwrap();
    let out = extract(&["-q"], &[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = &records(&out)[0];
    assert_eq!(r["diagnostics"][0]["code"], "invalid-utf8");
    assert_eq!(r["diagnostics"][0]["level"], "warning");
    let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
    assert!(!r["entities"].as_array().unwrap().is_empty());
    assert_offsets(&text, r);
}

#[test]
fn bom_crlf_and_control_chars_keep_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Acme Corp and Borealis Inc team up\r\n\r\nAcme Corp is in talks \x07with \
                Borealis Inc.\x1b[0m\r\nChief executive John Smith of Acme Corp said so.\x0c\r\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    std::fs::write(dir.path().join("bom.txt"), &bytes).unwrap();
    let out = extract(&["-q"], &[dir.path()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = &records(&out)[0];
    assert_eq!(r["doc"]["bytes"], text.len(), "the BOM is dropped");
    assert_eq!(r["doc"]["title"], "Acme Corp and Borealis Inc team up");
    assert!(r["diagnostics"].as_array().unwrap().is_empty());
    assert!(!r["events"].as_array().unwrap().is_empty(), "{r}");
    assert_offsets(text, r);
}

#[test]
fn binary_and_too_large_files_get_a_skipped_record() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TALKS).unwrap();
    std::fs::write(dir.path().join("b.txt"), b"GIF89a\0\0\x01binary").unwrap();
    std::fs::write(dir.path().join("c.txt"), TALKS.repeat(10)).unwrap();
    let out = extract(&["-q", "--max-bytes", "100"], &[dir.path()]);
    assert_eq!(out.status.code(), Some(1));
    let rs = records(&out);
    let ids: Vec<_> = rs
        .iter()
        .map(|r| r["doc"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(rs[0]["events"].as_array().unwrap().len(), 1);
    assert_eq!(rs[1]["diagnostics"][0]["code"], "binary");
    assert_eq!(rs[1]["diagnostics"][0]["level"], "error");
    assert_eq!(rs[2]["diagnostics"][0]["code"], "too-large");
    assert_eq!(rs[2]["doc"]["bytes"], TALKS.len() * 10);
    let err = stderr(&out);
    assert!(err.contains("b.txt: skipped: binary"), "{err}");
    assert!(
        err.contains("c.txt: skipped:") && err.contains("--max-bytes 100"),
        "{err}"
    );
}

#[test]
fn empty_file_gives_a_record_without_entities() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = extract(&[], &[dir.path()]);
    assert_eq!(out.status.code(), Some(0));
    let rs = records(&out);
    assert_eq!(rs.len(), 1);
    assert_eq!(rs[0]["doc"]["id"], "empty");
    assert_eq!(rs[0]["doc"]["bytes"], 0);
    assert!(rs[0]["entities"].as_array().unwrap().is_empty());
    assert!(stderr(&out).contains("tieup: 1 articles, 0.0 MB, 0 events, 0 skipped, 0 failed"));
}

#[test]
fn unreadable_file_is_reported_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TALKS).unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, TALKS).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&locked).is_ok() {
        eprintln!("skipped: chmod 000 does not block reads here (running as root?)");
        return;
    }
    let out = extract(&["-q"], &[dir.path()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("locked.txt: Permission denied"),
        "{}",
        stderr(&out)
    );
    let ids: Vec<_> = records(&out)
        .iter()
        .map(|r| r["doc"]["id"].clone())
        .collect();
    assert_eq!(ids, ["a"]);
}

#[test]
fn broken_symlinks_loops_and_missing_paths_are_reported() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), TALKS).unwrap();
    symlink(d.join("nowhere.txt"), d.join("broken.txt")).unwrap();
    symlink(d.join("loop2.txt"), d.join("loop1.txt")).unwrap();
    symlink(d.join("loop1.txt"), d.join("loop2.txt")).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/z.txt"), TALKS).unwrap();
    symlink(d, d.join("sub/up")).unwrap(); // a folder loop
    let missing = d.join("missing.txt");
    let out = extract(&["-q"], &[d, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for name in [
        "broken.txt",
        "loop1.txt",
        "loop2.txt",
        "sub/up",
        "missing.txt",
    ] {
        assert!(err.contains(name), "{name} not reported: {err}");
    }
    let ids: Vec<_> = records(&out)
        .iter()
        .map(|r| r["doc"]["id"].clone())
        .collect();
    assert_eq!(ids, ["a", "z"]);
}

#[test]
fn non_txt_files_are_ignored_unless_globbed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TALKS).unwrap();
    std::fs::write(dir.path().join("b.md"), TALKS).unwrap();
    std::fs::write(dir.path().join("c.html"), TALKS).unwrap();
    let ids = |args: &[&str]| -> Vec<Value> {
        let out = extract(args, &[dir.path()]);
        assert_eq!(out.status.code(), Some(0));
        records(&out)
            .iter()
            .map(|r| r["doc"]["id"].clone())
            .collect()
    };
    assert_eq!(ids(&["-q"]), ["a"]);
    assert_eq!(ids(&["-q", "--glob", "*.md"]), ["b"]);
    assert_eq!(ids(&["-q", "--glob", "*"]), ["a", "b", "c"]);
    // A file named on the command line is read whatever its name.
    let out = extract(&["-q"], &[&dir.path().join("c.html")]);
    assert_eq!(records(&out)[0]["doc"]["id"], "c");
}

#[test]
fn out_file_is_never_left_partial() {
    let input = many_articles(3000);
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("all.jsonl");
    std::fs::write(&target, "old\n").unwrap();
    let mut child = tieup()
        .args(["extract", "-q", "--jobs", "1", "--out"])
        .arg(&target)
        .arg(input.path())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = child.kill(); // SIGKILL: no chance to clean up
    let status = child.wait().unwrap();
    let written = std::fs::read_to_string(&target).unwrap();
    if status.success() {
        assert_eq!(written.lines().count(), 3000, "finished before the kill");
    } else {
        assert_eq!(
            written, "old\n",
            "a killed run must leave the old file alone"
        );
    }
    // A run that fails before writing (bad rules) leaves it alone too.
    let out = tieup()
        .args(["extract", "-q", "--rules", "/nonexistent", "--out"])
        .arg(&target)
        .arg(input.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), written);
    // And a complete run replaces it whole.
    let small = many_articles(5);
    let status = tieup()
        .args(["extract", "-q", "--out"])
        .arg(&target)
        .arg(small.path())
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read_to_string(&target).unwrap().lines().count(), 5);
}

#[test]
fn closed_pipe_ends_quietly() {
    let input = many_articles(2000);
    let mut child = tieup()
        .arg("extract")
        .arg(input.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"doc\""));
    // The reader (like `head -1`) is gone now.
    let out = child.wait_with_output().unwrap();
    assert_eq!(stderr(&out), "", "no error message on a closed pipe");
    assert_eq!(out.status.code(), Some(0));
}

fn run_stdin(input: &[u8], args: &[&str]) -> Output {
    let mut child = tieup()
        .args(["extract", "--stdin"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn stdin_records_come_out_in_input_order() {
    let mut input = String::new();
    for i in 0..600 {
        let text = match i % 3 {
            0 => TALKS.to_string(),
            1 => format!("Report {i}\n\nNothing to see here, said the analyst on day {i}."),
            _ => "Zeta Ltd said it would acquire Omega Corp.\r\nThe deal closes soon.".to_string(),
        };
        input.push_str(&serde_json::json!({"id": format!("doc-{i}"), "text": text}).to_string());
        input.push('\n');
    }
    let out = run_stdin(input.as_bytes(), &["-q", "--jobs", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rs = records(&out);
    assert_eq!(rs.len(), 600);
    for (i, r) in rs.iter().enumerate() {
        assert_eq!(r["doc"]["id"], format!("doc-{i}"));
        assert_eq!(r["doc"]["path"], "");
    }
    assert_eq!(rs[0]["events"][0]["status"], "talks");
    assert_eq!(rs[2]["events"][0]["type"], "acquisition");
    assert_eq!(stderr(&out), "");
}

#[test]
fn stdin_bad_lines_are_reported_with_their_line_number() {
    let input = format!(
        "{}\n{{\"id\": \"b\", \"text\": \n\n[1, 2]\n{{\"id\": 3, \"text\": \"{}\"}}\n{{\"id\": \"nul\", \"text\": \"a\\u0000b\"}}\n",
        serde_json::json!({"id": "a", "text": TALKS}),
        "Omega Corp teamed up with Zeta Ltd."
    );
    let out = run_stdin(input.as_bytes(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let rs = records(&out);
    let ids: Vec<_> = rs
        .iter()
        .map(|r| r["doc"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "stdin:2", "stdin:4", "3", "nul"]);
    assert_eq!(rs[1]["diagnostics"][0]["code"], "bad-json");
    assert_eq!(rs[2]["diagnostics"][0]["code"], "bad-json");
    assert_eq!(rs[3]["events"].as_array().unwrap().len(), 1);
    assert_eq!(rs[4]["diagnostics"][0]["code"], "binary");
    let err = stderr(&out);
    assert!(err.contains("stdin line 2: bad-json"), "{err}");
    assert!(err.contains("stdin line 4: bad-json"), "{err}");
    assert!(err.contains("stdin line 6: binary"), "{err}");
    assert!(err.contains("tieup: 5 articles"), "{err}");
}

#[test]
fn stdin_empty_input_gives_no_output() {
    let out = run_stdin(b"", &["-q"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(stderr(&out), "");
    let out = run_stdin(b"\n  \n", &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn stdin_and_paths_do_not_mix() {
    let out = extract(&["--stdin"], &[Path::new("corpus")]);
    assert_eq!(out.status.code(), Some(2));
}
