//! One small invented article per fixed kind of name error (companies known
//! only from context, given names in organisation names, storms and
//! buildings, bylines and "ORG's TITLE, NAME,", a name after "stockbroker",
//! a web page's "DATE Name" author line, no name from the word opening
//! the line under a byline's title line: "Reporter ⏎ Accident records"),
//! in the gold format: every
//! company and person must come out exactly (no miss, no extra). Articles:
//! `tests/kinds/names-*.txt`; expectations: `tests/kinds/names.expected.jsonl`.
//! Events and roles are the events stage's to judge (tests/kinds_events.rs).

mod common;

#[test]
fn name_kind_articles_give_their_companies_and_people() {
    let (problems, scores) = common::kind_differences(
        "names",
        |l| l.starts_with("company") || l.starts_with("person"),
        |l| l.starts_with("company") || l.starts_with("person"),
    );
    assert!(
        problems.is_empty(),
        "differences from the expected companies and people:\n{}\n{scores}",
        problems.join("\n")
    );
}
