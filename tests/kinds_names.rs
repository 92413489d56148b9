//! One small invented article per fixed kind of name error (companies known
//! only from context, given names in organisation names, storms and
//! buildings, bylines and "ORG's TITLE, NAME,"), in the gold format: every
//! company and person must come out exactly (no miss, no extra). Articles:
//! `tests/kinds/names-*.txt`; expectations: `tests/kinds/names.expected.jsonl`.
//! Events and roles are the events stage's to judge (tests/kinds_events.rs).

use tieup::review::eval::{Gold, parse_jsonl, score};
use tieup::{Article, Extractor, Rules};

#[test]
fn name_kind_articles_give_their_companies_and_people() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/kinds");
    let gold: Vec<Gold> = parse_jsonl(
        &std::fs::read_to_string(format!("{dir}/names.expected.jsonl")).unwrap(),
        "names.expected.jsonl",
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
    let names = |s: &&String| s.starts_with("company") || s.starts_with("person");
    let mut problems: Vec<String> = Vec::new();
    for r in &reports {
        for m in r.missed.iter().filter(names) {
            problems.push(format!("{}: missed {m}", r.doc));
        }
        for s in r.spurious.iter().filter(names) {
            problems.push(format!("{}: spurious {s}", r.doc));
        }
    }
    assert!(
        problems.is_empty(),
        "differences from the expected companies and people:\n{}\n{scores}",
        problems.join("\n")
    );
}
