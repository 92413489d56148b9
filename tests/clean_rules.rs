//! The clean stage's rule files (rules/clean/: word lists and the line
//! classifier's weights) are read from a rules folder like every other rule
//! file (issue 12): a `clean/` sub-folder of `--rules` or `--rules-extra`
//! overrides the built-in file of the same name, and a broken one is a rule
//! problem at `file:line:col`. All names and pages are invented.

mod common;

use std::path::Path;
use std::process::Command;

use tieup::pipeline::clean::clean;
use tieup::{Error, RuleSource, Rules};

/// A scraped page: a menu, a headline, an article of five paragraphs, a
/// short line "12 | Vardle talk", then four more paragraphs of prose.
fn page() -> String {
    let mut page = String::from("Home\nWorld\nBusiness\nTech\nSport\nSign in\n");
    page.push_str("Zorblax agrees to buy Quenton Freight\n");
    for i in 0..5 {
        page.push_str(&format!(
            "Zorblax Dynamics said on Tuesday that it had agreed to buy Quenton Freight, a maker of \
             trucks, for an undisclosed sum, and that the deal would close in the spring ({i}).\n"
        ));
    }
    page.push_str("12 | Vardle talk\n");
    for i in 0..4 {
        page.push_str(&format!(
            "I think that the price of the deal is too high for a company of this size, and that \
             the board of Quenton should have asked for more in the talks with the buyer ({i}).\n"
        ));
    }
    page.push_str("Privacy | Terms | Cookies\n");
    page
}

/// A folder holding `files` (name under the folder, text).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn with_extra(dir: &Path) -> Result<Rules, Error> {
    let mut source = RuleSource::embedded();
    source.add_dir(dir)?;
    Rules::load(&source)
}

fn kept(text: &str, rules: &Rules) -> String {
    clean(text, rules).kept_text(text)
}

/// The built-in text of clean file `name` with `more` lines appended.
fn extended(name: &str, more: &str) -> String {
    let (_, text) = tieup::rules::DEFAULT_RULES
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap();
    format!("{text}{more}")
}

#[test]
fn a_changed_clean_list_in_a_rules_folder_changes_the_kept_text() {
    let text = page();
    let default = kept(&text, &Rules::default_rules().unwrap());
    assert!(default.contains("Vardle talk"), "{default}");
    assert!(default.contains("I think that the price"), "{default}");
    // "vardle" and "talk" as chrome words: the short line is chrome.
    let chrome = extended("clean/chrome-words.txt", "vardle\ntalk\n");
    let dir = folder(&[("clean/chrome-words.txt", &chrome)]);
    let changed = kept(&text, &with_extra(dir.path()).unwrap());
    assert!(!changed.contains("Vardle talk"), "{changed}");
    assert!(changed.contains("I think that the price"), "{changed}");
    // And "talk" as a comment marker: what follows it is reader comments.
    let markers = extended("clean/comment-markers.txt", "talk\n");
    let dir = folder(&[
        ("clean/chrome-words.txt", &chrome),
        ("clean/comment-markers.txt", &markers),
    ]);
    let changed = kept(&text, &with_extra(dir.path()).unwrap());
    assert!(changed.contains("Zorblax Dynamics said"), "{changed}");
    assert!(!changed.contains("I think that the price"), "{changed}");
    // A folder overriding one file keeps the other built-in ones.
    let weights = extended("clean/weights.toml", "");
    let dir = folder(&[("clean/weights.toml", &weights)]);
    assert_eq!(kept(&text, &with_extra(dir.path()).unwrap()), default);
}

#[test]
fn a_broken_weights_file_is_a_problem_at_file_line_col() {
    let weights = "bias = -1.0\nthreshold = 0.5\n\n[weights]\nwordz = 1.0\n";
    let dir = folder(&[("clean/weights.toml", weights)]);
    let Err(Error::Rules(problems)) = with_extra(dir.path()) else {
        panic!("the broken weights loaded");
    };
    let shown = format!("{}/clean/weights.toml", dir.path().display());
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!((p.file.as_str(), p.line, p.column), (shown.as_str(), 5, 1));
    assert!(p.message.contains("unknown feature `wordz`"), "{p}");
    // The command line prints it as file:line:col and exits 1.
    let out = Command::new(env!("CARGO_BIN_EXE_tieup"))
        .args(["rules", "check", "--rules-extra"])
        .arg(dir.path())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains(&format!(
            "{shown}:5:1: error: clean weights: unknown feature"
        )),
        "{report}"
    );
}

#[test]
fn a_list_entry_that_can_never_match_is_a_problem() {
    let dir = folder(&[("clean/teaser-openers.txt", "read more\nsee-also\n")]);
    let Err(Error::Rules(problems)) = with_extra(dir.path()) else {
        panic!("the list loaded");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].line, problems[0].column), (2, 1));
    assert!(problems[0].file.ends_with("clean/teaser-openers.txt"));
}

#[test]
fn extract_with_a_rules_folder_uses_its_clean_lists() {
    let rules = tempfile::tempdir().unwrap();
    for (name, text) in tieup::rules::DEFAULT_RULES {
        let path = rules.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = match *name {
            "clean/chrome-words.txt" => extended(name, "vardle\ntalk\n"),
            _ => text.to_string(),
        };
        std::fs::write(path, text).unwrap();
    }
    let pages = folder(&[("page.txt", &page())]);
    let main_text = |extra: &[&std::ffi::OsStr]| {
        let out = Command::new(env!("CARGO_BIN_EXE_tieup"))
            .args(["extract", "-q", "--text"])
            .arg(pages.path().join("page.txt"))
            .args(extra)
            .output()
            .unwrap();
        common::assert_success(&out);
        let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        record["main_text"]["text"].as_str().unwrap().to_string()
    };
    assert!(main_text(&[]).contains("Vardle talk"));
    let changed = main_text(&["--rules".as_ref(), rules.path().as_os_str()]);
    assert!(!changed.contains("Vardle talk"), "{changed}");
    assert!(changed.contains("Zorblax Dynamics said"), "{changed}");
}
