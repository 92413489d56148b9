//! Helpers shared by the events stage's unit tests.

use crate::{Article, Extractor, Rules};

/// (party, party, type) of every event the default rules find in `text`,
/// sorted.
pub(super) fn typed_pairs(text: &str) -> Vec<(String, String, String)> {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    events(&extractor, text)
        .into_iter()
        .map(|(a, b, t, _)| (a, b, t))
        .collect()
}

/// (party, party, type, status) of every event `extractor` finds in
/// `text`, sorted.
pub(super) fn events(extractor: &Extractor, text: &str) -> Vec<(String, String, String, String)> {
    let r = extractor.extract(&Article::from_text("t", "t.txt", text));
    let mut got: Vec<_> = r
        .events
        .into_iter()
        .map(|e| {
            let [a, b] = e.parties;
            (a, b, e.event_type, e.status)
        })
        .collect();
    got.sort();
    got
}

/// The sorted party pairs of every event `x` finds in `text`.
pub(super) fn pairs(x: &Extractor, text: &str) -> Vec<(String, String)> {
    events(x, text)
        .into_iter()
        .map(|(a, b, _, _)| (a, b))
        .collect()
}
