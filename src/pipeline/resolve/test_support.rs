//! Helpers for the resolve steps' unit tests.

use crate::pipeline::spot::{Kind, Mention};
use crate::{Article, Extractor, Rules};

pub(crate) use crate::pipeline::segment::words_as_tokens;

/// A mention of tokens `first..last` by the rule "test".
pub fn mention(first: usize, last: usize, kind: Kind) -> Mention {
    Mention {
        first,
        last,
        kind,
        rule: "test".into(),
        possessive: false,
        entry: None,
    }
}

/// (type, name, mention texts) of every entity the default rules find in
/// `text`.
pub fn entities(text: &str) -> Vec<(String, String, Vec<String>)> {
    let extractor = Extractor::new(Rules::default_rules().unwrap());
    let r = extractor.extract(&Article::from_text("t", "", text));
    r.entities
        .into_iter()
        .map(|e| {
            let texts = e.mentions.into_iter().map(|m| m.text).collect();
            (e.kind, e.name, texts)
        })
        .collect()
}
