//! The corpus articles against their gold annotation: exactly the gold's
//! companies, people, roles and events (with type and status), nothing more.

use tieup::review::eval::{Gold, parse_jsonl, score};
use tieup::{Article, Extractor, Rules};

#[test]
fn corpus_matches_seed_gold_exactly() {
    let gold: Vec<Gold> = parse_jsonl(
        include_str!("fixtures/seeds.gold.jsonl"),
        "seeds.gold.jsonl",
    )
    .unwrap();
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let records: Vec<_> = gold
        .iter()
        .map(|g| {
            let path = format!("{}/corpus/{}.txt", env!("CARGO_MANIFEST_DIR"), g.doc);
            let bytes = std::fs::read(&path).unwrap();
            extractor.extract(&Article::from_bytes(g.doc.clone(), path, &bytes).unwrap())
        })
        .collect();
    let (scores, reports) = score(&gold, &records);
    let problems: Vec<String> = reports
        .iter()
        .flat_map(|r| {
            r.missed
                .iter()
                .map(move |m| format!("{}: missed {m}", r.doc))
                .chain(
                    r.spurious
                        .iter()
                        .map(move |s| format!("{}: spurious {s}", r.doc)),
                )
        })
        .collect();
    assert!(
        problems.is_empty(),
        "differences from gold:\n{}\n{scores}",
        problems.join("\n")
    );
    for (name, c) in scores.rows() {
        assert!(c.tp > 0, "{name}: nothing matched");
    }
}
