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
/// Starts a one-thread `extract --out target` over `input` in the
/// background, `target` holding "old\n" before.
fn spawn_over_old_file(target: &Path, input: &Path) -> std::process::Child {
    std::fs::write(target, "old\n").unwrap();
    tieup()
        .args(["extract", "-q", "--jobs", "1", "--out"])
        .arg(target)
        .arg(input)
        .spawn()
        .unwrap()
}

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
fn invalid_utf8_inside_a_sentence_keeps_its_event() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, b"Acme Corp \xff\xfe agreed to buy Borealis Inc.\n").unwrap();
    let out = extract(&["-q"], &[&file]);
    let r = &records(&out)[0];
    assert_eq!(r["diagnostics"][0]["code"], "invalid-utf8");
    assert_eq!(r["events"][0]["type"], "acquisition", "{r}");
    assert_eq!(r["events"][0]["parties"][1], "Borealis Inc", "{r}");
    let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
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
    assert!(stderr(&out).contains("tieup: 1 article, 0 bytes, 0 events, 0 skipped, 0 failed"));
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
    assert_eq!(
        ids,
        ["a", "sub/z"],
        "ids are paths relative to the folder given"
    );
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
    // Ids drop a final `.txt` only, so `x.txt` and `x.md` never share one.
    assert_eq!(ids(&["-q", "--glob", "*.md"]), ["b.md"]);
    assert_eq!(ids(&["-q", "--glob", "*"]), ["a", "b.md", "c.html"]);
    // A file named on the command line is read whatever its name.
    let out = extract(&["-q"], &[&dir.path().join("c.html")]);
    assert_eq!(records(&out)[0]["doc"]["id"], "c");
}

#[test]
fn out_file_is_never_left_partial() {
    let input = many_articles(3000);
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("all.jsonl");
    let mut child = spawn_over_old_file(&target, input.path());
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

fn ids(out: &Output) -> Vec<String> {
    records(out)
        .iter()
        .map(|r| r["doc"]["id"].as_str().unwrap().to_string())
        .collect()
}

/// `.tieup-*.tmp` files left in `dir`.
fn temps_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tieup-"))
        .collect()
}

#[test]
fn same_names_in_sub_folders_get_unique_ids_and_out_dir_files() {
    let dir = tempfile::tempdir().unwrap();
    let dup = dir.path().join("dup");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dup.join(sub)).unwrap();
        std::fs::write(dup.join(sub).join("same.txt"), TALKS).unwrap();
    }
    std::fs::write(dup.join("top.txt"), TALKS).unwrap();
    let per = dir.path().join("per");
    let out = extract(&["-q", "--out-dir", per.to_str().unwrap()], &[&dup]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(ids(&out), ["a/same", "b/same", "top"]);
    for f in ["a/same.json", "b/same.json", "top.json"] {
        let r: Value =
            serde_json::from_str(&std::fs::read_to_string(per.join(f)).unwrap()).unwrap();
        assert_eq!(r["events"].as_array().unwrap().len(), 1, "{f}");
    }
    // The same file named twice: the second id gets a suffix, with a warning.
    let a = dup.join("a/same.txt");
    let out = extract(&["-q"], &[&a, &dup.join("b/same.txt")]);
    assert_eq!(ids(&out), ["same", "same~2"]);
    assert!(
        stderr(&out).contains("id `same` is taken"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn names_differing_only_in_invalid_utf8_do_not_collide() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for name in [&b"x\xff.txt"[..], b"x\xfe.txt"] {
        std::fs::write(input.join(OsStr::from_bytes(name)), TALKS).unwrap();
    }
    let per = dir.path().join("per");
    let out = extract(&["-q", "--out-dir", per.to_str().unwrap()], &[&input]);
    let got = ids(&out);
    assert_eq!(got.len(), 2);
    assert_ne!(got[0], got[1], "ids must differ");
    assert_eq!(
        std::fs::read_dir(&per).unwrap().count(),
        2,
        "two out-dir files"
    );
}

#[test]
fn special_files_inside_folders_are_reported_and_named_ones_do_not_block() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TALKS).unwrap();
    let fifo = dir.path().join("x.txt");
    make_fifo(&fifo);
    // Inside a folder: one line on stderr, never opened (this would block).
    let out = extract(&["-q"], &[dir.path()]);
    assert_eq!(ids(&out), ["a"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("x.txt: a FIFO, not read inside a folder"),
        "{}",
        stderr(&out)
    );
    // Named, with no writer: given up after the timeout, the rest goes on.
    let started = std::time::Instant::now();
    let out = extract(
        &["-q", "--fifo-timeout", "0.5"],
        &[&fifo, &dir.path().join("a.txt")],
    );
    assert!(started.elapsed().as_secs() < 20);
    assert_eq!(ids(&out), ["a"]);
    assert!(
        stderr(&out).contains("silent for 0.5 s"),
        "{}",
        stderr(&out)
    );
    // Named, with a writer: read like a file.
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, TALKS).unwrap())
    };
    let out = extract(&["-q"], &[&fifo]);
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(records(&out)[0]["events"].as_array().unwrap().len(), 1);
}

#[test]
fn stdin_bom_invalid_utf8_and_exact_numeric_ids() {
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(br#"{"id": 123456789012345678901234567890, "text": "Acme Corp is in talks with Borealis Inc."}"#);
    input.extend_from_slice(
        b"\n{\"id\": 123456789012345678901234567891, \"text\": \"Caf\xe9 Corp\"}\n",
    );
    input.extend_from_slice(b"{\"id\": -0, \"text\": \"\"}\n");
    let out = run_stdin(&input, &["-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        ids(&out),
        [
            "123456789012345678901234567890",
            "123456789012345678901234567891",
            "-0"
        ]
    );
    let rs = records(&out);
    assert_eq!(rs[0]["events"].as_array().unwrap().len(), 1);
    assert_eq!(rs[1]["diagnostics"][0]["code"], "invalid-utf8");
    assert_eq!(rs[1]["diagnostics"][0]["level"], "warning");
    assert!(rs[1]["doc"]["title"].as_str().unwrap().contains('\u{FFFD}'));
}

#[test]
fn sigterm_and_sigint_remove_the_temporary_file() {
    let input = many_articles(4000);
    for signal in ["TERM", "INT"] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("all.jsonl");
        let mut child = spawn_over_old_file(&target, input.path());
        // Wait until the temporary file exists (the handler is installed
        // before it is made), then signal.
        for _ in 0..6000 {
            if !temps_in(dir.path()).is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let kill = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
        let status = child.wait().unwrap();
        if status.success() {
            continue; // finished before the signal: nothing to check
        }
        let code = if signal == "TERM" { 143 } else { 130 };
        assert_eq!(status.code(), Some(code), "SIG{signal}");
        assert_eq!(temps_in(dir.path()), Vec::<String>::new(), "SIG{signal}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
    }
}

#[test]
fn a_failed_run_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("all.jsonl");
    // --out-dir cannot write `000_….json`: a folder of that name is in the way.
    let per = dir.path().join("per");
    std::fs::create_dir_all(per.join("000_470a92410662a43b.json/x")).unwrap();
    let out = tieup()
        .args(["extract", "-q", "corpus", "--out"])
        .arg(&target)
        .arg("--out-dir")
        .arg(&per)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("writing output"), "{}", stderr(&out));
    assert_eq!(temps_in(dir.path()), Vec::<String>::new());
    assert_eq!(temps_in(&per), Vec::<String>::new());
    assert!(!target.exists());
}

#[test]
fn binary_file_message_says_skipped_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.txt"), b"bin\0ary").unwrap();
    let out = extract(&["-q"], &[dir.path()]);
    let err = stderr(&out);
    assert_eq!(err.matches("skipped").count(), 1, "{err}");
    assert!(
        err.contains("b.txt: skipped: binary file (NUL byte at offset 3)\n"),
        "{err}"
    );
}

#[test]
fn temporary_files_of_killed_runs_are_removed_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    // No process has id 999999999 (Linux allows at most 2^22); ours is alive.
    let stale = dir.path().join(".tieup-999999999-abcdef.tmp");
    let alive = dir
        .path()
        .join(format!(".tieup-{}-abcdef.tmp", std::process::id()));
    let other = dir.path().join(".tieup-notes.tmp");
    for f in [&stale, &alive, &other] {
        std::fs::write(f, "partial").unwrap();
    }
    let out = tieup()
        .args(["extract", "-q", "corpus", "--out"])
        .arg(dir.path().join("all.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    if !Path::new("/proc/self").exists() {
        return; // only where /proc tells which processes live
    }
    assert!(!stale.exists());
    assert!(
        alive.exists() && other.exists(),
        "only files of dead runs go"
    );
    assert!(stderr(&out).contains("left by an earlier run that was killed"));
}

#[test]
fn a_file_input_made_outside_the_crate_is_checked_for_its_type() {
    use tieup::batch::{Input, Options, Outcome, process};
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("y.txt");
    make_fifo(&fifo);
    let extractor = tieup::Extractor::new(tieup::Rules::default_rules().unwrap());
    let options = Options {
        special_timeout: std::time::Duration::from_millis(300),
        ..Options::default()
    };
    // No writer: a FIFO opened as a regular file would block for ever.
    let input = Input::file(&fifo, "y");
    match process(&extractor, &input, &options) {
        Outcome::Failed(_, msg) => assert!(msg.contains("silent"), "{msg}"),
        _ => panic!("a FIFO with no writer must be given up on"),
    }
    let plain = dir.path().join("z.txt");
    std::fs::write(&plain, TALKS).unwrap();
    let Outcome::Record(r) = process(&extractor, &Input::file(&plain, "z"), &options) else {
        panic!("a plain file gives a record");
    };
    assert_eq!(r.events.len(), 1);
}

/// Makes a named pipe (FIFO) at `path` with `mkfifo`; panics if that fails.
fn make_fifo(path: &std::path::Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}
