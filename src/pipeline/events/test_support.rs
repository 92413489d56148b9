//! Helpers shared by the events stage's unit tests.

use crate::{Article, Extractor, Rules};

/// (party, party, type) of every event the default rules find in `text`,
/// sorted.
pub(super) fn typed_pairs(text: &str) -> Vec<(String, String, String)> {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let r = extractor.extract(&Article::from_text("t", "t.txt", text));
    let mut got: Vec<_> = r
        .events
        .into_iter()
        .map(|e| {
            let [a, b] = e.parties;
            (a, b, e.event_type)
        })
        .collect();
    got.sort();
    got
}
