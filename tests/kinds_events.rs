//! One small invented article per fixed kind of event error (status scope,
//! extraction patterns, argument search), in the gold format: every event
//! (pair, type, status) must come out exactly, and every gold role must be
//! found. Companies and people are the names helper's to judge; only event
//! and role lines are compared here. Articles: `tests/kinds/events-*.txt`;
//! expectations: `tests/kinds/events.expected.jsonl`.

use tieup::review::eval::{Gold, parse_jsonl, score};
use tieup::{Article, Extractor, Rules};

#[test]
fn event_kind_articles_give_their_events_and_roles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/kinds");
    let gold: Vec<Gold> = parse_jsonl(
        &std::fs::read_to_string(format!("{dir}/events.expected.jsonl")).unwrap(),
        "events.expected.jsonl",
    )
    .unwrap();
    assert!(gold.len() >= 3, "one article per kind");
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let records: Vec<_> = gold
        .iter()
        .map(|g| {
            let path = format!("{dir}/{}.txt", g.doc);
            let bytes = std::fs::read(&path).unwrap();
            extractor.extract(&Article::from_bytes(g.doc.clone(), path, &bytes).unwrap())
        })
        .collect();
    let (scores, reports) = score(&gold, &records);
    let mut problems: Vec<String> = Vec::new();
    for r in &reports {
        for m in r
            .missed
            .iter()
            .filter(|m| m.starts_with("event") || m.starts_with("role"))
        {
            problems.push(format!("{}: missed {m}", r.doc));
        }
        for s in r.spurious.iter().filter(|s| s.starts_with("event")) {
            problems.push(format!("{}: spurious {s}", r.doc));
        }
    }
    assert!(
        problems.is_empty(),
        "differences from the expected events and roles:\n{}\n{scores}",
        problems.join("\n")
    );
}
