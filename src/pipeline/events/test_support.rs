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

/// The sorted party pairs of every event the default rules find in `text`.
pub(super) fn default_pairs(text: &str) -> Vec<(String, String)> {
    typed_pairs(text)
        .into_iter()
        .map(|(a, b, _)| (a, b))
        .collect()
}

/// The (party, party, type) row of an acquisition, as [`typed_pairs`]
/// gives it.
pub(super) fn acq(a: &str, b: &str) -> (String, String, String) {
    (a.to_string(), b.to_string(), "acquisition".to_string())
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

/// (type, status) of the one event the default rules (through `extractor`)
/// find in `text`; panics unless there is exactly one.
pub(super) fn one(extractor: &Extractor, text: &str) -> (String, String) {
    let r = extractor.extract(&Article::from_text("t", "", text));
    assert_eq!(r.events.len(), 1, "{text}: {:?}", r.events);
    let e = &r.events[0];
    (e.event_type.clone(), e.status.clone())
}

/// Asserts that each `(text, status)` case gives one event with that status.
pub(super) fn assert_statuses(cases: &[(&str, &str)]) {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    for &(text, status) in cases {
        assert_eq!(one(&extractor, text).1, status, "{text}");
    }
}

/// Asserts that each `(text, type)` case gives one event of that type.
pub(super) fn assert_types(cases: &[(&str, &str)]) {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    for &(text, ty) in cases {
        assert_eq!(one(&extractor, text).0, ty, "{text}");
    }
}

/// Asserts that each text of `yes` gives the one party pair `pair` and each
/// text of `no` no pair at all (default rules).
pub(super) fn assert_pairs(pair: (&str, &str), yes: &[&str], no: &[&str]) {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let want = vec![(pair.0.to_string(), pair.1.to_string())];
    for &text in yes {
        assert_eq!(pairs(&extractor, text), want, "{text}");
    }
    for &text in no {
        assert!(pairs(&extractor, text).is_empty(), "{text}");
    }
}
