//! Helpers shared by the integration tests.

use std::io::Write;
use std::path::PathBuf;

/// `../shared/REL` (research material beside the checkout), or `None` after
/// printing a skip line that `cargo test` shows even for a passing test
/// (written to stderr directly, past the test harness's capture).
#[allow(dead_code)]
pub fn shared_or_skip(rel: &str, test: &str) -> Option<PathBuf> {
    let path = PathBuf::from("../shared").join(rel);
    if path.exists() {
        return Some(path);
    }
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: needs ../shared/{rel} (research material beside the checkout)"
    );
    None
}

/// Extracts every article of `tests/kinds/<set>.expected.jsonl` (gold
/// format; the article of doc `D` is `tests/kinds/D.txt`) with the default
/// rules and scores it against its gold: one line per missed gold line that
/// `missed` keeps and per spurious output line that `spurious` keeps
/// (`"DOC: missed LINE"`), then the score table. Panics when the set has
/// fewer than three articles or a file cannot be read.
#[allow(dead_code)]
pub fn kind_differences(
    set: &str,
    missed: fn(&str) -> bool,
    spurious: fn(&str) -> bool,
) -> (Vec<String>, String) {
    use tieup::review::eval::{Gold, parse_jsonl, score};
    use tieup::{Article, Extractor, Rules};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/kinds");
    let name = format!("{set}.expected.jsonl");
    let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
    let gold: Vec<Gold> = parse_jsonl(&text, &name).unwrap();
    assert!(gold.len() >= 3, "one article per kind");
    // The defaults with the test layer tests/kinds/rules (invented listed
    // companies) on top.
    let layer = format!("{dir}/rules");
    let source = tieup::rules::RuleSource::layered(None, &[layer]).unwrap();
    let extractor = Extractor::new(Rules::load(&source).unwrap());
    let records: Vec<_> = gold
        .iter()
        .map(|g| {
            let path = format!("{dir}/{}.txt", g.doc);
            let bytes = std::fs::read(&path).unwrap();
            extractor.extract(&Article::from_bytes(g.doc.clone(), path, &bytes).unwrap())
        })
        .collect();
    let (scores, reports) = score(&gold, &records);
    let mut problems = Vec::new();
    for r in &reports {
        let missed_lines = r.missed.iter().filter(|m| missed(m));
        problems.extend(missed_lines.map(|m| format!("{}: missed {m}", r.doc)));
        let spurious_lines = r.spurious.iter().filter(|s| spurious(s));
        problems.extend(spurious_lines.map(|s| format!("{}: spurious {s}", r.doc)));
    }
    (problems, scores.to_string())
}

/// Panics with the command's stderr unless it exited with status 0.
#[allow(dead_code)]
pub fn assert_success(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `cmd` with `input` on its standard input (stdout and stderr
/// captured) and waits for it.
#[allow(dead_code)]
pub fn output_with_stdin(cmd: &mut std::process::Command, input: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Writes the default rules (every file of `tieup::rules::DEFAULT_RULES`,
/// with its subfolders) into `dir`, for a test to edit one of them.
#[allow(dead_code)]
pub fn write_default_rules(dir: &std::path::Path) {
    for (name, text) in tieup::rules::DEFAULT_RULES {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}
