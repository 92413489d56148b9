//! One small invented article per fixed kind of event error (status scope,
//! extraction patterns, argument search), in the gold format: every event
//! (pair, type, status) must come out exactly, and every gold role must be
//! found. Companies and people are the names helper's to judge; only event
//! and role lines are compared here. Articles: `tests/kinds/events-*.txt`;
//! expectations: `tests/kinds/events.expected.jsonl`.

mod common;

#[test]
fn event_kind_articles_give_their_events_and_roles() {
    let (problems, scores) = common::kind_differences(
        "events",
        |l| l.starts_with("event") || l.starts_with("role"),
        |l| l.starts_with("event"),
    );
    assert!(
        problems.is_empty(),
        "differences from the expected events and roles:\n{}\n{scores}",
        problems.join("\n")
    );
}
