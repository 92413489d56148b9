//! Fuzzing the batch side with generated hostile inputs (a bounded proptest,
//! so it runs in CI): folders of files with odd names and bytes (invalid
//! UTF-8, BOMs, NULs, CR/CRLF/U+2028 line ends, names differing only in bad
//! bytes, the same name in two sub-folders) and `--stdin` streams of odd
//! lines. Checks: every input gives exactly one record or one fault, ids are
//! unique, every line is a record whose offsets slice its text, and the
//! output is the same for 1 and 3 threads.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::BufReader;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use proptest::prelude::*;
use tieup::batch::{self, Options};
use tieup::{Extractor, Record, Rules};

fn extractor() -> &'static Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(|| Extractor::new(Rules::default_rules().unwrap()))
}

/// Hostile article bytes: pieces of news text, odd characters and bytes.
fn article() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"Acme Corp is in talks with Borealis Inc. ".to_vec()),
        Just(b"Zeta Ltd said it would acquire Omega Corp.".to_vec()),
        Just(b"Chief executive Jane Roe of Acme Corp said so. ".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just("\u{2028}".as_bytes().to_vec()),
        Just(b"\xff\xfe\xc3".to_vec()),
        Just(b"\x00".to_vec()),
        Just("Ünïcödé GmbH und Ελληνικά ΑΕ, ".as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 0..40),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|ps| ps.concat())
}

/// A file name (bytes) for the folder: plain, odd bytes, or a sub-folder.
fn name() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        "[a-c]{1,2}".prop_map(|s| format!("{s}.txt").into_bytes()),
        "[a-c]{1,2}".prop_map(|s| format!("sub/{s}.txt").into_bytes()),
        prop::sample::select(vec![
            b"x\xff.txt".to_vec(),
            b"x\xfe.txt".to_vec(),
            b"n\xc3.txt".to_vec(),
            b"sp ace.txt".to_vec(),
            b".txt".to_vec(),
            b"a.md".to_vec(),
        ]),
    ]
}

fn run_folder(dir: &std::path::Path, threads: usize) -> (Vec<u8>, usize, batch::Summary) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let mut out = Vec::new();
    let mut faults = 0;
    let paths = [dir.to_path_buf()];
    let options = Options {
        max_bytes: 300,
        ..Options::default()
    };
    let summary = pool
        .install(|| {
            batch::run(
                extractor(),
                batch::walk(&paths, "*.txt"),
                &options,
                &mut out,
                |_| Ok(()),
                |_, _| faults += 1,
                |_, _| {},
            )
        })
        .unwrap();
    (out, faults, summary)
}

fn check_record(r: &Record, text_of: impl Fn(&Record) -> Option<String>) {
    let Some(text) = text_of(r) else { return };
    for e in &r.entities {
        for m in &e.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()), "{m:?}");
        }
    }
    for ev in &r.events {
        for x in &ev.evidence {
            assert_eq!(text.get(x.start..x.end), Some(x.text.as_str()));
        }
    }
}

/// The text a record's offsets refer to (after the BOM), read back.
fn file_text(path: &str) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    Some(String::from_utf8_lossy(bytes).into_owned())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn hostile_folders(files in prop::collection::vec((name(), article()), 1..10)) {
        let dir = tempfile::tempdir().unwrap();
        let mut written = HashSet::new();
        for (name, bytes) in &files {
            let path: PathBuf = dir.path().join(OsStr::from_bytes(name));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, bytes).unwrap();
            if name.ends_with(b".txt") {
                written.insert(name.clone());
            }
        }
        let (out, faults, summary) = run_folder(dir.path(), 1);
        let text = String::from_utf8(out.clone()).unwrap();
        let records: Vec<Record> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        prop_assert_eq!(records.len() + summary.failed, written.len());
        prop_assert_eq!(summary.articles, records.len());
        prop_assert!(faults >= summary.failed + summary.skipped);
        let ids: HashSet<&str> = records.iter().map(|r| r.doc.id.as_str()).collect();
        prop_assert_eq!(ids.len(), records.len(), "ids unique: {:?}", ids);
        for r in &records {
            let skipped = r.diagnostics.iter().any(|d| d.level == "error");
            check_record(r, |r| (!skipped).then(|| file_text(&r.doc.path)).flatten());
        }
        let (three, _, _) = run_folder(dir.path(), 3);
        prop_assert!(three == out, "same output for 1 and 3 threads");
    }

    #[test]
    fn hostile_stdin(lines in prop::collection::vec(
        prop_oneof![
            article().prop_map(|t| serde_json::json!({"id": "a", "text": String::from_utf8_lossy(&t)}).to_string().into_bytes()),
            article(),
            Just(b"{\"id\": 123456789012345678901234567890, \"text\": \"x\"}".to_vec()),
            Just(b"{\"id\": \"b\", \"text\": \"Caf\xe9 Corp\"}".to_vec()),
            Just(b"   ".to_vec()),
        ],
        0..12,
    )) {
        let mut input = b"\xEF\xBB\xBF".to_vec();
        for l in &lines {
            // A raw line must stay one line.
            input.extend(l.iter().map(|&b| if b == b'\n' { b' ' } else { b }));
            input.push(b'\n');
        }
        let expected = input
            .split(|&b| b == b'\n')
            .enumerate()
            .filter(|(i, l)| {
                let l = if *i == 0 { l.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(l) } else { l };
                !l.iter().all(u8::is_ascii_whitespace)
            })
            .count();
        let mut out = Vec::new();
        let summary = batch::run_jsonl(
            extractor(),
            &mut BufReader::new(&input[..]),
            &Options::default(),
            &mut out,
            |_, _| {},
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let records: Vec<Record> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        prop_assert_eq!(records.len(), expected);
        prop_assert_eq!(summary.articles, expected);
        for r in &records {
            prop_assert!(!r.doc.id.contains("e+"), "{}", r.doc.id);
        }
    }
}
