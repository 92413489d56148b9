//! [`TokenWords`]: the by-token-index word look-ups ("which lists is token
//! `i` in?", "is token `i` a cue of list `id`?") that the spotting, roles
//! and events stages share, answered from what the look-up noted.

use super::Lexed;
use crate::rules::{ListKind, Rules};

/// A stage's reader of one article that can answer word questions by token
/// index: it gives the look-up results, the rules and each token's text;
/// the default methods give [`Rules::word_class`] / [`Rules::is_cue`] of a
/// token as [`Lexed`] noted them (hashing the word only when it did not).
pub trait TokenWords {
    /// The article's look-up results.
    fn lexed(&self) -> &Lexed;
    /// The rules the look-up used.
    fn rules(&self) -> &Rules;
    /// Token `i`'s text, as written (`i` < the number of tokens).
    fn token_text(&self, i: usize) -> &str;

    /// [`Rules::word_class`] of token `i`: bits of [`ListKind`]s.
    #[inline]
    fn word_class(&self, i: usize) -> u32 {
        self.lexed().word_class(i, self.rules(), self.token_text(i))
    }

    /// [`Rules::is_cue`] of token `i` for the cue list `id`.
    #[inline(always)]
    fn is_cue(&self, id: &str, i: usize) -> bool {
        self.lexed().is_cue(i, self.rules(), id, self.token_text(i))
    }

    /// Whether token `i` is a word of a function-word list of `kind`.
    #[inline]
    fn is_word_at(&self, i: usize, kind: ListKind) -> bool {
        self.word_class(i) & kind.bit() != 0
    }

    /// Whether token `i` is a word that says where a job title applies: a
    /// one-word place the look-up matched, a nationality, or a word of
    /// rules/roles-title-scopes.txt ("UK", "Canadian", "European" in
    /// "European marketing manager").
    fn is_title_scope(&self, i: usize) -> bool {
        self.lexed().is(i, ListKind::Place)
            || self.is_word_at(i, ListKind::Nationality)
            || self.is_cue("role-title-scopes", i)
    }
}

/// The article's text, tokens, look-up and rules, for the functions that
/// take them apart and ask [`TokenWords`] questions by token index.
pub struct ArticleWords<'a> {
    /// The article's text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a crate::pipeline::segment::Tokens,
    /// Its look-up results.
    pub lexed: &'a Lexed,
    /// The rules the look-up used.
    pub rules: &'a Rules,
}

/// Implements [`TokenWords`] for stage readers that hold the article as
/// the fields `text: &str`, `tokens: &Tokens`, `lexed: &Lexed` and
/// `rules: &Rules` (spot's `Cx`, roles' `Reader`, events' `Finder`): one
/// body for all of them.
macro_rules! token_words_from_fields {
    ($($reader:ident),+ $(,)?) => {$(
        impl $crate::pipeline::lexicon::TokenWords for $reader<'_> {
            fn lexed(&self) -> &$crate::pipeline::lexicon::Lexed {
                self.lexed
            }
            fn rules(&self) -> &$crate::rules::Rules {
                self.rules
            }
            fn token_text(&self, i: usize) -> &str {
                self.tokens.tokens[i].text(self.text)
            }
        }
    )+};
}
pub(crate) use token_words_from_fields;

token_words_from_fields!(ArticleWords);

#[cfg(test)]
mod tests {
    use super::TokenWords;
    use crate::Rules;
    use crate::pipeline::lexicon::{Lexed, lookup};
    use crate::pipeline::segment::{Tokens, words_as_tokens};
    use crate::rules::ListKind;

    /// The least reader: the text, its tokens, the look-up and the rules.
    struct Plain<'a>(&'a str, &'a Tokens, &'a Lexed, &'a Rules);

    impl TokenWords for Plain<'_> {
        fn lexed(&self) -> &Lexed {
            self.2
        }
        fn rules(&self) -> &Rules {
            self.3
        }
        fn token_text(&self, i: usize) -> &str {
            self.1.tokens[i].text(self.0)
        }
    }

    #[test]
    fn the_defaults_answer_as_the_rules_do_by_token() {
        let rules = Rules::default_rules().unwrap();
        let text = "The Quorvane board of Telmic Ltd. met, and \u{e9}t\u{e9} THE end";
        let tokens = words_as_tokens(text);
        let lexed = lookup(text, &tokens, &rules);
        let plain = Plain(text, &tokens, &lexed, &rules);
        for (i, t) in tokens.tokens.iter().enumerate() {
            let word = t.text(text);
            assert_eq!(plain.word_class(i), rules.word_class(word), "{word}");
            let kind = ListKind::ObjectStop;
            let bit = rules.word_class(word) & kind.bit() != 0;
            assert_eq!(plain.is_word_at(i, kind), bit, "{word}");
            for id in crate::rules::CODE_CUE_LISTS {
                assert_eq!(plain.is_cue(id, i), rules.is_cue(id, word), "{word} {id}");
            }
        }
    }
}
