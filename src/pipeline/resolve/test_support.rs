//! Helpers for the resolve steps' unit tests.

use crate::pipeline::segment::{Sentence, TokKind, Token, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::{Article, Extractor, Rules};

/// Space-separated words as word tokens, all in one sentence.
pub fn words_as_tokens(text: &str) -> Tokens {
    let mut tokens = Tokens::default();
    let mut at = 0;
    for w in text.split(' ') {
        tokens.tokens.push(Token {
            start: at,
            end: at + w.len(),
            kind: TokKind::Word,
            line: 0,
        });
        at += w.len() + 1;
    }
    tokens.sentences.push(Sentence {
        first: 0,
        last: tokens.tokens.len(),
        start: 0,
        end: text.len(),
        title: false,
        headline_case: false,
        byline: false,
    });
    tokens.sentence_of = vec![0; tokens.tokens.len()];
    tokens
}

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
