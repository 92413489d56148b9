//! Rule loading under faulty rule folders (issue 13 item 6): every I/O and
//! encoding fault is reported with its place (`file:line:col`, or `file:`
//! and the reason), BOMs are dropped, locations come from the TOML parser's
//! spans, an extra file's kind is read from its parsed keys, and loading is
//! linear in the number of rules. All names are invented.

use std::path::Path;

use tieup::{Error, RuleProblem, RuleSource, Rules};

/// Writes `files` (name, bytes) into a fresh folder.
fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// The default rules plus `dir` as an extra layer, loaded.
fn load_extra(dir: &Path) -> Result<Rules, Error> {
    let mut source = RuleSource::embedded();
    source.add_dir(dir)?;
    Rules::load(&source)
}

/// The problems of loading the default rules plus `dir`.
fn problems(dir: &Path) -> Vec<RuleProblem> {
    match load_extra(dir) {
        Err(Error::Rules(p)) => p,
        Err(e) => panic!("not a rule problem: {e}"),
        Ok(_) => panic!("the rules loaded without a problem"),
    }
}

/// The one problem whose file ends with `name`.
fn problem_in<'a>(problems: &'a [RuleProblem], name: &str) -> &'a RuleProblem {
    let found: Vec<&RuleProblem> = problems.iter().filter(|p| p.file.ends_with(name)).collect();
    assert_eq!(found.len(), 1, "{problems:#?}");
    found[0]
}

const LIST_TOML: &str = "[[list]]\nid = \"team\"\ndescription = \"test list\"\nkind = \"company\"\nfile = \"team.txt\"\n";

#[test]
fn invalid_utf8_in_a_list_file_is_reported_at_its_byte() {
    let dir = folder(&[
        ("team.toml", LIST_TOML.as_bytes()),
        ("team.txt", b"Zentrix Mobility\nVex\xffo Corp\n"),
    ]);
    let all = problems(dir.path());
    let p = problem_in(&all, "team.txt");
    assert_eq!((p.line, p.column), (2, 4), "{p}");
    assert!(p.message.contains("invalid UTF-8"), "{p}");
}

#[test]
fn invalid_utf8_in_a_toml_file_is_reported_at_its_byte() {
    let mut toml = LIST_TOML.replace("test list", "test \u{1}").into_bytes();
    let at = toml.iter().position(|&b| b == 1).unwrap();
    toml[at] = 0xC3; // a lead byte without its continuation
    let dir = folder(&[("team.toml", &toml), ("team.txt", b"Zentrix Mobility\n")]);
    let all = problems(dir.path());
    let p = all
        .iter()
        .find(|p| p.message.contains("invalid UTF-8"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert!(p.file.ends_with("team.toml"), "{p}");
    assert_eq!((p.line, p.column), (3, 21), "{p}");
}

#[test]
fn an_unreadable_list_file_is_reported_with_its_reason() {
    let dir = folder(&[("team.toml", LIST_TOML.as_bytes())]);
    std::fs::create_dir(dir.path().join("team.txt")).unwrap();
    let all = problems(dir.path());
    let p = all
        .iter()
        .find(|p| p.file.ends_with("team.txt") && p.message.contains("cannot read"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    let shown = p.to_string();
    assert!(
        shown.starts_with(&format!("{}: error: cannot read rule file", p.file)),
        "{shown}"
    );
}

#[test]
fn a_bom_never_becomes_part_of_an_entry() {
    let dir = folder(&[
        ("team.toml", format!("\u{feff}{LIST_TOML}").as_bytes()),
        (
            "team.txt",
            "\u{feff}Zentrix Mobility\nKerrat Mills\n".as_bytes(),
        ),
    ]);
    let rules = load_extra(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<&str> = rules.canonicals.iter().collect();
    assert!(names.contains(&"Zentrix Mobility"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains('\u{feff}')));
}

/// A BOM after the start of a list file (files joined together) or a
/// zero-width space made an entry that never matched ("\u{FEFF}Blorpa").
#[test]
fn an_invisible_character_inside_a_list_file_is_located() {
    for (hidden, code) in [('\u{feff}', "U+FEFF"), ('\u{200b}', "U+200B")] {
        let list = format!("Zentrix Mobility\nKerrat{hidden} Mills\n");
        let dir = folder(&[
            ("team.toml", LIST_TOML.as_bytes()),
            ("team.txt", list.as_bytes()),
        ]);
        let all = problems(dir.path());
        let p = problem_in(&all, "team.txt");
        assert_eq!((p.line, p.column), (2, 7), "{p}");
        assert!(p.message.contains(code), "{p}");
    }
}

/// A trigger with a bad status on line `bad_line` of `toml`, as located.
fn located_status_problem(name: &str, toml: &str) -> (usize, usize) {
    let dir = folder(&[(name, toml.as_bytes())]);
    let all = problems(dir.path());
    let p = problem_in(&all, name);
    assert!(p.message.contains("status"), "{p}");
    (p.line, p.column)
}

fn trigger(id: &str, status: &str) -> String {
    format!(
        "id = \"{id}\"\ndescription = \"test trigger\"\ncues = [\"zentrix-ed with\"]\ntype = \"partnership\"\nstatus = \"{status}\"\n"
    )
}

#[test]
fn a_comment_after_a_header_does_not_move_later_locations() {
    let toml = format!(
        "[[trigger]]  # first\n{}\n[[trigger]] # second\n{}",
        trigger("t-one", "announced"),
        trigger("t-two", "sometime")
    );
    // The bad status is on line 13 (two headers, 2 x 5 keys, one blank).
    assert_eq!(located_status_problem("triggers.toml", &toml).0, 13);
}

#[test]
fn a_header_inside_a_multi_line_string_does_not_move_later_locations() {
    let one = trigger("t-one", "announced").replace(
        "description = \"test trigger\"",
        "description = \"\"\"a note\n[[trigger]]\nstill the note\"\"\"",
    );
    let toml = format!(
        "[[trigger]]\n{one}\n[[trigger]]\n{}",
        trigger("t-two", "sometime")
    );
    assert_eq!(located_status_problem("triggers.toml", &toml).0, 15);
}

#[test]
fn an_extra_file_accepts_any_spelling_of_its_header() {
    for header in ["[[trigger]] # c", "[[ trigger ]]", "[[\"trigger\"]]"] {
        let toml = format!("{header}\n{}", trigger("zentrix-tie", "announced"));
        let dir = folder(&[("mine.toml", toml.as_bytes())]);
        let rules = load_extra(dir.path()).unwrap_or_else(|e| panic!("{header}: {e}"));
        assert!(
            rules.triggers.iter().any(|t| t.meta.id == "zentrix-tie"),
            "{header}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported() {
    let dir = folder(&[]);
    std::os::unix::fs::symlink("b.toml", dir.path().join("a.toml")).unwrap();
    std::os::unix::fs::symlink("a.toml", dir.path().join("b.toml")).unwrap();
    let all = problems(dir.path());
    for name in ["a.toml", "b.toml"] {
        let p = problem_in(&all, name);
        assert!(p.message.contains("loops"), "{p}");
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tieup"))
        .args(["rules", "check", "--rules-extra"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "rules check exit 0 on a symlink loop"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("a.toml: error: cannot read rule file: a symbolic link that loops"),
        "{stdout}"
    );
}

/// A list entry written with other typography (a no-break space, a curly
/// apostrophe, an en dash) matches the article's plain form, as the article's
/// own typography never matters: before, "Zentrix\u{A0}Mobility" in a list
/// silently matched nothing.
#[test]
fn a_list_entry_matches_whatever_its_typography() {
    let list = "Zentrix\u{a0}Mobility\nKerrat\u{2019}s Mills\nVoss\u{2013}Lund Arcology\n";
    let dir = folder(&[
        ("team.toml", LIST_TOML.as_bytes()),
        ("team.txt", list.as_bytes()),
    ]);
    let rules = load_extra(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let extractor = tieup::Extractor::new(rules);
    let text = "Zentrix Mobility and Kerrat's Mills met Voss-Lund Arcology.\n";
    let record = extractor.extract(&tieup::Article::from_text("x", "", text));
    for mention in ["Zentrix Mobility", "Kerrat's Mills", "Voss-Lund Arcology"] {
        let found = record
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|m| m.text == mention && m.rule == "team");
        assert!(found, "{mention}: {:#?}", record.entities);
    }
}

/// A trigger cue written with a no-break space fires on the plain phrase.
#[test]
fn a_cue_matches_whatever_its_typography() {
    let toml = "[[trigger]]\nid = \"t-lot\"\ndescription = \"test trigger\"\ncues = [\"threw in its lot\u{a0}with\"]\ntype = \"partnership\"\nstatus = \"announced\"\n";
    let dir = folder(&[("lot.toml", toml.as_bytes())]);
    let rules = load_extra(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let extractor = tieup::Extractor::new(rules);
    let text = "Zentrix Corp threw in its lot with Kerrat Inc on Monday.\n";
    let record = extractor.extract(&tieup::Article::from_text("x", "", text));
    assert_eq!(record.events.len(), 1, "{:#?}", record.events);
    assert_eq!(record.events[0].evidence[0].rule, "t-lot");
}
