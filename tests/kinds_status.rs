//! One small invented article per fixed kind of status or type error: a
//! cue that governs another verb ("had not changed its offer for", "would
//! not oppose the purchase of", "no intention of making a full bid" after a
//! stake), a generic tie typed by the buying verb of its clause ("in talks
//! with Y to acquire its unit"), a share purchase (investment), a merger of
//! units into a jointly owned company (joint venture), and talks with
//! labour unions (no tie). Every event (pair, type, status) must come out
//! exactly. Articles: `tests/kinds/status-*.txt`; expectations:
//! `tests/kinds/status.expected.jsonl`.

mod common;

#[test]
fn status_kind_articles_give_their_events() {
    let (problems, scores) = common::kind_differences(
        "status",
        |l| l.starts_with("event"),
        |l| l.starts_with("event"),
    );
    assert!(
        problems.is_empty(),
        "differences from the expected events:\n{}\n{scores}",
        problems.join("\n")
    );
}
