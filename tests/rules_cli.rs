//! Rule authoring end to end: `rules check`, `rules test`, `rules list`,
//! `rules show`, `explain`, and new rules in a folder without a recompile.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tieup() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tieup"))
}

fn run(args: &[&str]) -> Output {
    tieup().args(args).output().expect("run tieup")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A temp folder holding a copy of the default rules (the files of rules/
/// and of its clean/ sub-folder).
fn copy_of_default_rules() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["", "clean"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for entry in std::fs::read_dir(Path::new("rules").join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                continue;
            }
            std::fs::copy(&path, dir.path().join(sub).join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn append(path: &Path, text: &str) {
    let mut old = std::fs::read_to_string(path).unwrap();
    old.push_str(text);
    std::fs::write(path, old).unwrap();
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn rules_test_passes_on_the_default_rules() {
    let out = run(&["rules", "test"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    let last = text.lines().last().unwrap();
    assert!(last.ends_with(" passed, 0 failed"), "{last}");
    let passed: usize = last.split(' ').next().unwrap().parse().unwrap();
    assert!(passed > 40, "{last}");
}

/// `rules test` counts the rules without examples in one short line, and
/// `--list-unexampled` names each (id and file:line) on a line of its own;
/// README quotes the count line as it is.
#[test]
fn rules_test_counts_the_rules_without_examples_and_lists_them_when_asked() {
    let short = stdout(&run(&["rules", "test"]));
    let line = short
        .lines()
        .find(|l| l.starts_with("no examples: "))
        .expect("a no examples line");
    assert!(line.len() < 120, "{line}");
    assert!(line.ends_with("; --list-unexampled names them"), "{line}");
    assert!(!line.contains("surnames-census"), "{line}");
    let count: usize = line["no examples: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let long = stdout(&run(&["rules", "test", "--list-unexampled"]));
    let named: Vec<&str> = long
        .lines()
        .skip_while(|l| !l.starts_with("no examples: "))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(named.len(), count, "{long}");
    assert!(
        named
            .iter()
            .any(|l| l.starts_with("  surnames-census  (rules/lexicons.toml:")),
        "{long}"
    );
    let readme = std::fs::read_to_string("README.md").unwrap();
    let quoted = readme
        .lines()
        .skip_while(|l| *l != "$ tieup rules test | grep '^no examples'")
        .nth(1)
        .expect("README quotes the no examples line");
    assert_eq!(
        quoted, line,
        "README is stale: paste the line `rules test` prints"
    );
}

#[test]
fn rules_test_fails_naming_the_rule_of_a_broken_example() {
    let dir = copy_of_default_rules();
    let triggers = dir.path().join("triggers.toml");
    let text = std::fs::read_to_string(&triggers).unwrap();
    // The first example of in-talks-with now expects the wrong parties, and
    // a counterexample of `stake` is one it fires on.
    let text = text
        .replacen(
            r#"parties = ["Acme Corp", "Borealis Inc"], type = "partnership", status = "talks""#,
            r#"parties = ["Acme Corp", "Zephyr Ltd"], type = "partnership", status = "talks""#,
            1,
        )
        .replace(
            r#"counterexamples = ["Acme Corp invested in new plants to make parts for Cirrus Motors."]"#,
            r#"counterexamples = ["Acme Corp invested in Borealis Inc last year."]"#,
        );
    std::fs::write(&triggers, text).unwrap();
    let out = run(&["rules", "test", "--rules", arg(dir.path())]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let shown = format!("{}/triggers.toml", dir.path().display());
    assert!(
        report.contains(&format!(
            "{shown}:17: FAIL in-talks-with: example \"Acme Corp is in talks with Borealis Inc about a supply deal.\""
        )),
        "{report}"
    );
    assert!(
        report.contains("parties Acme Corp + Zephyr Ltd"),
        "{report}"
    );
    assert!(
        report.contains(
            "FAIL stake: counterexample \"Acme Corp invested in Borealis Inc last year.\""
        ),
        "{report}"
    );
    assert!(report.contains("FAIL in-talks-with "), "{report}");
    assert!(report.trim_end().ends_with(" passed, 2 failed"), "{report}");

    // --filter runs only the matching rules.
    let out = run(&[
        "rules",
        "test",
        "--rules",
        arg(dir.path()),
        "--filter",
        "teamed-up",
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).trim_end().ends_with("5 passed, 0 failed"));
}

#[test]
fn a_new_company_and_trigger_in_a_rules_folder_give_a_new_event() {
    let dir = copy_of_default_rules();
    append(
        &dir.path().join("companies.txt"),
        "\n## Added by a test\nZorblax Dynamics | Zorblax\nQuuxly\n",
    );
    append(
        &dir.path().join("triggers.toml"),
        r#"
[[trigger]]
id = "courting"
description = "X is courting Y (a suitor approach)"
cues = ["courting", "is wooing"]
type = "acquisition"
status = "talks"
examples = [{ text = "Acme Corp is courting Borealis Inc, people close to the matter said.", parties = ["Acme Corp", "Borealis Inc"], type = "acquisition", status = "talks" }]
counterexamples = ["Acme Corp is courting new customers in the region, Cirrus Motors said."]
"#,
    );
    let article = dir.path().join("article.txt");
    std::fs::write(
        &article,
        "Robot makers eye a deal\n\nZorblax is courting Quuxly, a maker of warehouse robots, people close to the matter said on Tuesday.\n",
    )
    .unwrap();
    let events = |rules: Option<&Path>| {
        let mut cmd = tieup();
        cmd.args(["extract", "-q"]);
        if let Some(r) = rules {
            cmd.arg("--rules").arg(r);
        }
        let out = cmd.arg(&article).output().unwrap();
        common::assert_success(&out);
        let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        record["events"].as_array().unwrap().clone()
    };
    assert!(events(None).is_empty(), "the defaults know neither company");
    let got = events(Some(dir.path()));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0]["parties"],
        serde_json::json!(["Quuxly", "Zorblax Dynamics"])
    );
    assert_eq!(got[0]["type"], "acquisition");
    assert_eq!(got[0]["status"], "talks");
    assert_eq!(got[0]["evidence"][0]["rule"], "courting");

    // The new rule's own examples pass, and check is happy.
    let out = run(&[
        "rules",
        "test",
        "--rules",
        arg(dir.path()),
        "--filter",
        "courting",
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    let out = run(&["rules", "check", "--rules", arg(dir.path())]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).starts_with("ok: "), "{}", stdout(&out));
}

/// Runs `rules check` on the defaults plus the given files, expects exit 1
/// and every `(file, line, fragment)` in one message line.
fn check_broken(files: &[(&str, &str)], expected: &[(&str, usize, &str)]) {
    let dir = copy_of_default_rules();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let out = run(&["rules", "check", "--rules", arg(dir.path())]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "panic"
    );
    for (file, line, fragment) in expected {
        let at = format!("{}/{file}:{line}:", dir.path().display());
        assert!(
            report
                .lines()
                .any(|l| l.starts_with(&at) && l.contains(": error: ") && l.contains(fragment)),
            "no `{at}... {fragment}` in:\n{report}"
        );
    }
}

#[test]
fn check_reports_a_cue_list_beyond_the_limit() {
    // The defaults hold over 128 cue lists; 400 more overrun the limit of 512.
    let mut toml = String::new();
    let mut files = Vec::new();
    for k in 0..400 {
        toml.push_str(&format!(
            "[[list]]\nid = \"team-cues-{k}\"\ndescription = \"Team cues\"\nkind = \"cue\"\nfile = \"team-cues-{k}.txt\"\n\n"
        ));
        files.push((format!("team-cues-{k}.txt"), format!("word{k}\n")));
    }
    let mut all: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    all.push(("team.toml", &toml));
    // The 400th list of team.toml (line 399 * 6 + 1) is past the limit.
    check_broken(&all, &[("team.toml", 399 * 6 + 1, "is one too many")]);
}

/// A lexicons.toml that does not parse gives `extract` one line, the
/// error at its place, and no warning for each list file it would name.
#[test]
fn extract_with_a_broken_lexicons_toml_prints_one_line() {
    let dir = copy_of_default_rules();
    let path = dir.path().join("lexicons.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("[[list]]\n", "[[list]\n", 1);
    let line = text[..text.find("[[list]]\n").unwrap()].lines().count() + 1;
    std::fs::write(&path, broken).unwrap();
    let out = common::output_with_stdin(
        tieup().args(["extract", "--stdin", "--rules", arg(dir.path())]),
        br#"{"id":"a1","text":"Harlow Tessix Corp hopes to fold Morvane Ltd into its grain unit."}"#,
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let at = format!("{}:{line}:", path.display());
    assert!(
        err.starts_with(&at) && err.contains("error: TOML syntax"),
        "{err}"
    );
}

const TRIGGER_HEAD: &str = "[[trigger]]\nid = \"team-pact\"\ndescription = \"A team trigger\"\n";

#[test]
fn check_reports_a_toml_syntax_error() {
    check_broken(
        &[(
            "team.toml",
            "[[trigger]]\nid = \"team-pact\"\ndescription = \"no end\ncues = [\"pact\"]\n",
        )],
        &[("team.toml", 3, "TOML syntax")],
    );
}

#[test]
fn check_reports_an_unknown_key() {
    check_broken(
        &[(
            "team.toml",
            &format!(
                "{TRIGGER_HEAD}cues = [\"pact\"]\ntype = \"partnership\"\nstatus = \"talks\"\npriority = 3\n"
            ),
        )],
        &[("team.toml", 7, "unknown field `priority`")],
    );
}

#[test]
fn check_reports_a_duplicate_id() {
    check_broken(
        &[(
            "team.toml",
            "[[trigger]]\ndescription = \"again\"\nid = \"in-talks-with\"\ncues = [\"pact\"]\ntype = \"partnership\"\nstatus = \"talks\"\n",
        )],
        &[(
            "team.toml",
            3,
            "duplicate id `in-talks-with` (first defined at",
        )],
    );
}

#[test]
fn check_reports_an_alias_given_to_two_companies() {
    check_broken(
        &[
            (
                "team.toml",
                "[[list]]\nid = \"team-companies\"\ndescription = \"Our companies\"\nkind = \"company\"\nfile = \"team-companies.txt\"\n",
            ),
            (
                "team-companies.txt",
                "# ours\nAcme Widgets | Acme\nToyota Tsusho | Toyota\n",
            ),
        ],
        &[(
            "team-companies.txt",
            3,
            "alias `Toyota` is given to two companies: `Toyota Motor Corp`",
        )],
    );
}

#[test]
fn check_reports_a_regex_that_does_not_compile_with_the_regex_error() {
    check_broken(
        &[(
            "team.toml",
            "[[boilerplate]]\nid = \"team-footer\"\ndescription = \"Our footer\"\npattern = '(?i)^(read more'\n",
        )],
        &[
            (
                "team.toml",
                4,
                "rule `team-footer`: pattern does not compile: regex parse error",
            ),
            ("team.toml", 4, "unclosed group"),
        ],
    );
}

#[test]
fn check_reports_empty_patterns_and_cues() {
    check_broken(
        &[
            (
                "team-chrome.toml",
                "[[boilerplate]]\nid = \"team-footer\"\ndescription = \"Our footer\"\npattern = ''\n",
            ),
            (
                "team.toml",
                &format!(
                    "{TRIGGER_HEAD}cues = [\"pact\", \"\"]\ntype = \"partnership\"\nstatus = \"talks\"\n"
                ),
            ),
        ],
        &[
            (
                "team-chrome.toml",
                4,
                "rule `team-footer` has an empty pattern",
            ),
            ("team.toml", 4, "rule `team-pact` has an empty cue"),
        ],
    );
}

#[test]
fn check_reports_an_unknown_type_and_status() {
    check_broken(
        &[(
            "team.toml",
            &format!("{TRIGGER_HEAD}cues = [\"pact\"]\ntype = \"merger\"\nstatus = \"maybe\"\n"),
        )],
        &[
            (
                "team.toml",
                5,
                "unknown type `merger` (expected one of: partnership",
            ),
            ("team.toml", 6, "unknown status `maybe`"),
        ],
    );
}

#[test]
fn check_reports_examples_that_are_not_strings() {
    check_broken(
        &[(
            "team.toml",
            &format!(
                "{TRIGGER_HEAD}cues = [\"pact\"]\ntype = \"partnership\"\nstatus = \"talks\"\nexamples = [42]\ncounterexamples = [{{ text = \"x\" }}]\n"
            ),
        )],
        &[
            (
                "team.toml",
                7,
                "an example must be a string or a table with `text`, found integer",
            ),
            (
                "team.toml",
                8,
                "a counterexample must be a string, found table",
            ),
        ],
    );
}

#[test]
fn check_reports_bad_example_tables() {
    check_broken(
        &[(
            "team.toml",
            &format!(
                "{TRIGGER_HEAD}cues = [\"pact\"]\ntype = \"partnership\"\nstatus = \"talks\"\nexamples = [\n  {{ text = \"A pact.\", partys = [\"A\"] }},\n  {{ parties = [\"A\", \"B\"] }},\n]\n"
            ),
        )],
        &[
            ("team.toml", 7, "example key `partys`"),
            ("team.toml", 7, "example without `text`"),
        ],
    );
}

#[test]
fn check_reports_a_missing_list_file() {
    check_broken(
        &[(
            "team.toml",
            "[[list]]\nid = \"team-places\"\ndescription = \"Our places\"\nkind = \"place\"\nfile = \"team-places.txt\"\n",
        )],
        &[(
            "team.toml",
            5,
            "list file `team-places.txt` not found beside this file",
        )],
    );
}

#[test]
fn check_reports_list_entry_problems() {
    check_broken(
        &[
            (
                "team.toml",
                "[[list]]\nid = \"team-companies\"\ndescription = \"Our companies\"\nkind = \"company\"\nfile = \"team-companies.txt\"\n\n[[list]]\nid = \"team-titles\"\ndescription = \"Our titles\"\nkind = \"title\"\nfile = \"team-titles.txt\"\n",
            ),
            (
                "team-companies.txt",
                "Acme Widgets | | Acme\nZorblax\nZorblax\n---\n",
            ),
            ("team-titles.txt", "chief wrangler | head wrangler\n"),
        ],
        &[
            ("team-companies.txt", 1, "empty name in entry (field 2)"),
            (
                "team-companies.txt",
                3,
                "`Zorblax` is listed twice in this file",
            ),
            (
                "team-companies.txt",
                4,
                "a name needs at least one letter or digit",
            ),
            (
                "team-titles.txt",
                1,
                "aliases (`|`) are only allowed in company and outlet lists",
            ),
        ],
    );
}

#[test]
fn check_reports_a_missing_field_and_a_bad_id() {
    check_broken(
        &[(
            "team.toml",
            "[[status]]\nid = \"Team_Hedge\"\ndescription = \"Our hedges\"\nstatus = \"rumored\"\ncues = [\"perhaps\"]\n\n[[status]]\nid = \"team-other\"\ncues = [\"maybe\"]\nstatus = \"rumored\"\n",
        )],
        &[
            ("team.toml", 2, "id `Team_Hedge` must be kebab-case"),
            ("team.toml", 7, "missing field `description`"),
        ],
    );
}

#[test]
fn check_reports_an_unknown_table_and_a_stray_file() {
    check_broken(
        &[
            (
                "team.toml",
                &format!(
                    "version = 2\n\n{TRIGGER_HEAD}cues = [\"pact\"]\ntype = \"partnership\"\nstatus = \"talks\"\n"
                ),
            ),
            ("notes.toml", "[[rule]]\nid = \"x\"\n"),
        ],
        &[
            ("team.toml", 1, "unknown key `version`"),
            ("notes.toml", 1, "holds none of [[list]], [[trigger]]"),
        ],
    );
}

#[test]
fn check_reports_every_problem_of_a_rule_set_and_never_panics() {
    // A folder missing its mandatory files, and one that does not exist.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("status.toml"), "[[status]]\nid = 1\n").unwrap();
    let out = run(&["rules", "check", "--rules", arg(dir.path())]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains("lexicons.toml:1:1: error: missing rule file"),
        "{report}"
    );
    assert!(
        report.contains("triggers.toml:1:1: error: missing rule file"),
        "{report}"
    );
    assert!(
        report.contains("status.toml:2:6: error: invalid type: integer `1`, expected a string"),
        "{report}"
    );

    let missing: PathBuf = dir.path().join("nope");
    let out = run(&["rules", "check", "--rules", arg(&missing)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("nope"), "{}", stdout(&out));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn check_accepts_the_default_rules() {
    let out = run(&["rules", "check"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).starts_with("ok: "), "{}", stdout(&out));
}

#[test]
fn list_shows_every_rule_with_its_file_and_json() {
    let out = run(&["rules", "list"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.starts_with("in-talks-with "))
        .expect("in-talks-with listed");
    assert!(
        line.contains("trigger") && line.contains("rules/triggers.toml:17"),
        "{line}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("company-legal-suffix ") && l.contains("built-in"))
    );

    let out = run(&["rules", "list", "--json"]);
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let row = rows.iter().find(|r| r["id"] == "company-names").unwrap();
    assert_eq!(row["file"], "rules/lexicons.toml");
    assert_eq!(row["category"], "list");
    assert!(row["description"].as_str().unwrap().len() > 10);
    assert!(
        rows.iter()
            .any(|r| r["id"] == "person-apposition" && r["file"] == "built-in")
    );
}

#[test]
fn show_prints_the_rule_as_written_with_file_and_line() {
    let out = run(&["rules", "show", "in-talks-with"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.starts_with("in-talks-with  (trigger, rules/triggers.toml:17)"),
        "{text}"
    );
    assert!(text.contains("   17 | [[trigger]]"), "{text}");
    assert!(text.contains("| type = \"partnership\""), "{text}");
    assert!(!text.contains("teamed-up-with"), "{text}");

    let out = run(&["rules", "show", "company-names"]);
    assert!(stdout(&out).contains("entries in rules/companies.txt"));
    let out = run(&["rules", "show", "talks"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("did you mean: in-talks-with"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn explain_names_the_rule_behind_each_event() {
    let out = run(&["explain", "corpus/000_470a92410662a43b.txt"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    let events = &text[text.find("\nEvents\n").expect("events section")..];
    for want in [
        "E1 partnership talks: LeEco (c1) + Daimler AG (c2)",
        "sentence 0 [0..87]: trigger \"in talks\" rule in-talks-with -> partnership talks (status rule talks-cue)",
        "E2 partnership announced: LeEco (c1) + Aston Martin (c6)",
        "E3 partnership announced: LeEco (c1) + Beijing Automotive (c8)",
        "E4 partnership announced: LeEco (c1) + Faraday Future (c7)",
        "trigger \"teamed up with\" rule teamed-up-with",
    ] {
        assert!(events.contains(want), "no `{want}` in:\n{events}");
    }
    // Dropped candidates and merged aliases, with reasons.
    assert!(text.contains("dropped \"SEE Plan\": capitalised, no company or person evidence"));
    assert!(text.contains(
        "company \"Dailmer AG\" -> c2 \"Daimler AG\", rule company-legal-suffix (alias of c2)"
    ));
    assert!(text.contains("dropped trigger \"partnership\" (rule partnership-noun): no party"));

    let out = run(&[
        "explain",
        "corpus/000_470a92410662a43b.txt",
        "--sentence",
        "10",
    ]);
    let one = stdout(&out);
    assert!(one.contains("Sentence 10 [1437..1633]"), "{one}");
    assert!(!one.contains("Sentence 0 "), "{one}");
    assert!(one.contains("E2 "), "{one}");
    let out = run(&[
        "explain",
        "corpus/000_470a92410662a43b.txt",
        "--sentence",
        "99",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_shows_boilerplate_lines_with_their_rule() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "Acme Corp buys Borealis Inc\n\nAcme Corp said on Monday it had agreed to buy Borealis Inc for $2 billion in cash.\n\nLeave a Reply\nVia: example.com\n",
    )
    .unwrap();
    let out = run(&["explain", arg(&file)]);
    let text = stdout(&out);
    assert!(
        text.contains("boilerplate, rule share-and-comment-links: \"Leave a Reply\""),
        "{text}"
    );
    assert!(text.contains("boilerplate, rule via-source"), "{text}");
    assert!(
        text.contains("rule acquisition -> acquisition announced"),
        "{text}"
    );
}

/// `tieup rules list | head -c 1` panicked ("failed printing to stdout:
/// Broken pipe") when the reader had gone. Here the reading end is closed
/// before the child starts, so every write meets a closed pipe.
#[test]
fn rules_output_into_a_closed_pipe_ends_quietly() {
    for args in [
        &["rules", "list"][..],
        &["rules", "list", "--json"],
        &["rules", "test"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = tieup()
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

/// A trigger added in a folder whose cue a built-in trigger already lists
/// never fires for it: `rules check` says so (a warning, exit 0), naming
/// both rules and where they are defined.
#[test]
fn check_warns_of_a_cue_an_earlier_trigger_takes() {
    let dir = tempfile::tempdir().unwrap();
    let toml = "[[trigger]]\nid = \"co-venture\"\ndescription = \"test\"\ncues = [\"Joint\u{a0}Venture\", \"co-venture with\"]\ntype = \"partnership\"\nstatus = \"announced\"\n";
    std::fs::write(dir.path().join("mine.toml"), toml).unwrap();
    let out = run(&["rules", "check", "--rules-extra", arg(dir.path())]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{text}");
    assert!(warnings[0].contains("mine.toml:1:1: warning: cue `Joint\u{a0}Venture` of trigger `co-venture` never fires: trigger `joint-venture` (rules/triggers.toml:"), "{text}");
    let default = stdout(&run(&["rules", "check"]));
    assert!(!default.contains("warning"), "{default}");
}

/// `dir`'s lexicons.toml without the `[[list]]` items of `ids`, and their
/// files removed: a rules folder copied before those lists were added.
fn drop_lists(dir: &Path, ids: &[&str]) {
    let path = dir.join("lexicons.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut items = text.split("[[list]]\n");
    let mut kept = items.next().unwrap().to_string();
    for item in items {
        let id = item
            .lines()
            .find_map(|l| l.strip_prefix("id = \""))
            .unwrap();
        match ids.iter().find(|&&d| id == format!("{d}\"")) {
            Some(d) => std::fs::remove_file(dir.join(format!("{d}.txt"))).unwrap(),
            None => kept.push_str(&format!("[[list]]\n{item}")),
        }
    }
    std::fs::write(&path, kept).unwrap();
}

#[test]
fn a_rules_folder_missing_a_code_cue_list_borrows_the_built_in_one_with_a_warning() {
    let dir = copy_of_default_rules();
    let lacking = ["month-names", "complementisers", "subject-auxiliaries"];
    drop_lists(dir.path(), &lacking);
    let article = r#"{"id":"a1","text":"Dana Velk, who joined Harlow Tessix Corp in May as chief financial officer, will retire next year. Orlen Pike will step down April 21 as chief executive of Morvane Ltd."}"#;
    let extract = |extra: &[&str]| {
        common::output_with_stdin(
            tieup().args(["extract", "--stdin"]).args(extra),
            article.as_bytes(),
        )
    };
    let (built_in, folder) = (extract(&[]), extract(&["--rules", arg(dir.path())]));
    assert!(
        stdout(&built_in).contains("chief financial officer"),
        "{}",
        stdout(&built_in)
    );
    assert_eq!(stdout(&folder), stdout(&built_in));
    let check = run(&["rules", "check", "--rules", arg(dir.path())]);
    assert!(check.status.success());
    for (out, text) in [
        (
            &folder,
            String::from_utf8_lossy(&folder.stderr).into_owned(),
        ),
        (&check, stdout(&check)),
    ] {
        for id in lacking {
            let line = format!(
                "warning: cue list `{id}` is read by the code but not declared in the rules folder: the built-in copy is used"
            );
            assert_eq!(text.matches(&line).count(), 1, "{id}: {text}");
        }
        assert!(out.status.success());
    }
}
