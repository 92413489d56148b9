//! One small invented article per fixed kind of role error (free words
//! before a title, titles given by verbs, founders, "X's chief executive,
//! NAME,", titles cut at "of", a public body as the org), in the gold format:
//! every gold role must be found and no other role given. Companies, people
//! and events are judged elsewhere. Articles: `tests/kinds/roles-*.txt`;
//! expectations: `tests/kinds/roles.expected.jsonl`.

use tieup::review::eval::{Gold, parse_jsonl, score};
use tieup::{Article, Extractor, Rules};

#[test]
fn role_kind_articles_give_their_roles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/kinds");
    let gold: Vec<Gold> = parse_jsonl(
        &std::fs::read_to_string(format!("{dir}/roles.expected.jsonl")).unwrap(),
        "roles.expected.jsonl",
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
        for m in r.missed.iter().filter(|m| m.starts_with("role")) {
            problems.push(format!("{}: missed {m}", r.doc));
        }
        for s in r.spurious.iter().filter(|s| s.starts_with("role")) {
            problems.push(format!("{}: spurious {s}", r.doc));
        }
    }
    assert!(
        problems.is_empty(),
        "differences from the expected roles:\n{}\n{scores}",
        problems.join("\n")
    );
}
