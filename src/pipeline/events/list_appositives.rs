//! Appositives inside a list of parties: "X, a Texas valve maker, and Y
//! agreed", "buy X, the Ohio chipmaker, and Y", "X, a Malta fund, and a
//! sister fund, Y, said they bought". The comma that opens an
//! appositive otherwise ends the list, so the member before it was lost
//! (the tie was credited to the last member alone, or to none).
//!
//! An appositive here is a comma, an article (rules/articles.txt), one to
//! [`APPOSITIVE_WORDS`] words, numbers, hyphens or possessives (no clause
//! word such as "which" or "that", no predicate opener such as "agreed" or
//! "will", no speech verb), and a closing comma followed by "and" / "or".

use super::Finder;
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

/// At most this many tokens follow the determiner of a list appositive
/// ("a Lisbon-based freight leasing house" is five).
pub(super) const APPOSITIVE_WORDS: usize = 8;

/// What follows an object list member: see
/// [`Finder::object_appositive_after`].
pub(super) enum PastAppositive {
    /// No list appositive.
    None,
    /// A list appositive closed by the comma at this token, then another
    /// member.
    Close(usize),
    /// A list appositive, then a party that opens the next clause.
    ClauseNext,
}

impl Finder<'_> {
    /// Given the comma at token `open` right after a name, the comma that
    /// closes the list appositive it opens (see the module's shape), before
    /// token `ceiling`; `None` when no such appositive starts there.
    pub(super) fn list_appositive_close(&self, open: usize, ceiling: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if open + 3 >= ceiling || !toks[open].is_punct(',') {
            return None;
        }
        if !self.is_cue("articles", open + 1) {
            return None;
        }
        let last = (open + 2 + APPOSITIVE_WORDS).min(ceiling);
        for (k, tok) in toks.iter().enumerate().take(last).skip(open + 2) {
            if tok.is_punct(',') {
                let joined = k > open + 2
                    && k + 1 < ceiling
                    && matches!(self.lower(k + 1).as_str(), "and" | "or");
                return joined.then_some(k);
            }
            if !self.appositive_token(k) {
                return None;
            }
        }
        None
    }

    /// Whether token `k` may stand inside a list appositive: a word that is
    /// no clause word, predicate opener or speech verb, a number, a
    /// possessive or a hyphen.
    fn appositive_token(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        match t.kind {
            TokKind::Number | TokKind::Possessive => true,
            TokKind::Punct(c) => matches!(c, '-' | '&' | '%'),
            TokKind::Word => {
                let w = self.lower(k);
                !self.is_word(&w, ListKind::ClauseWord)
                    && !self.rules.is_cue("conjunct-predicate-openers", &w)
                    && !self.lexed.is(k, ListKind::SpeechVerb)
            }
        }
    }

    /// Where a list appositive closed by the comma at `close` opens (its
    /// opening comma), reading back no further than `floor`.
    pub(super) fn list_appositive_open(&self, close: usize, floor: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = close.saturating_sub(APPOSITIVE_WORDS + 2).max(floor);
        let open = (lo..close).rev().find(|&k| toks[k].is_punct(','))?;
        (self.list_appositive_close(open, close + 2) == Some(close)).then_some(open)
    }

    /// The party before the comma at `comma` when a list appositive stands
    /// between it and the next member, reading back no further than
    /// `floor`: "X, the Ohio chipmaker, and Y" (the comma closes X's
    /// appositive) or "X, a Malta fund, and a sister fund, Y" (a
    /// description before Y after "and", then X's appositive; or no
    /// appositive: "X and a sister fund, Y").
    pub(super) fn member_across_appositive(&self, comma: usize, floor: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if !toks[comma].is_punct(',') {
            return None;
        }
        let mut close = comma;
        if let Some(and) = self.description_after_and(comma, floor) {
            if and == floor || !toks[and - 1].is_punct(',') {
                return self.party_ending(self.skip_ticker_back(and, floor));
            }
            close = and - 1;
        }
        let open = self.list_appositive_open(close, floor)?;
        let end = self.skip_ticker_back(open, floor);
        self.party_ending(end)
            .filter(|&m| self.mentions[m].last == end)
    }

    /// "and a sister fund, Y": given the comma before Y, the "and"
    /// that opens the description before it (an article, then one to five
    /// words that are no party, clause word or predicate opener).
    fn description_after_and(&self, comma: usize, floor: usize) -> Option<usize> {
        let lo = comma.saturating_sub(7).max(floor);
        let det = (lo..comma).rev().find(|&k| self.is_cue("articles", k))?;
        let plain = det + 1 < comma
            && (det + 1..comma).all(|k| {
                self.tokens.tokens[k].kind == TokKind::Word
                    && self.party_at(k).is_none()
                    && self.appositive_token(k)
            });
        (plain && det > floor && self.lower(det - 1) == "and").then(|| det - 1)
    }

    /// Given the end `end` (exclusive) of an object list member, the comma
    /// that closes a list appositive right after it (past a ticker):
    /// "buy X, the Ohio chipmaker, and Y" gives the comma before "and".
    /// [`PastAppositive::ClauseNext`] when the party after that "and" opens
    /// the next clause instead ("bought X, the pump maker, and Y fell 5
    /// pct"): the list ends at X.
    pub(super) fn object_appositive_after(&self, end: usize, ceiling: usize) -> PastAppositive {
        let k = self.skip_ticker(end, ceiling);
        if k >= ceiling {
            return PastAppositive::None;
        }
        let Some(close) = self.list_appositive_close(k, ceiling) else {
            return PastAppositive::None;
        };
        // "and" then a party or a determiner before one: another member.
        let next = close + 2;
        if next >= ceiling {
            return PastAppositive::None;
        }
        match self.party_at(next) {
            Some(m) if !self.ends_as_list_item(self.mentions[m].last, ceiling) => {
                PastAppositive::ClauseNext
            }
            Some(_) => PastAppositive::Close(close),
            None if self.is_cue("articles", next) || self.is_cue("company-possessives", next) => {
                PastAppositive::Close(close)
            }
            None => PastAppositive::None,
        }
    }

    /// Whether a list item ending at token `end` (exclusive) ends as one:
    /// past its ticker or bracket comes the ceiling, a mark, "and" / "or",
    /// a preposition or a clause word ("and Y for 60 mln dlrs", "and Y,
    /// a ..."); not a verb or a share noun, which make the item the subject
    /// of a new clause ("and Y said", "and Y fell", "and Y shares rose").
    fn ends_as_list_item(&self, end: usize, ceiling: usize) -> bool {
        let k = self.skip_paren(self.skip_ticker(end, ceiling), ceiling);
        k >= ceiling
            || self.tokens.tokens[k].kind != TokKind::Word
            || matches!(self.lower(k).as_str(), "and" | "or")
            || self.is_word_at(k, ListKind::Preposition)
            || self.is_word_at(k, ListKind::ClauseWord)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::default_pairs as pairs;

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_subject_before_an_appositive_stays_in_the_list() {
        let got = pairs(
            "Harnock Ltd, the Leeds textile group, and Ombria Corp agreed to form a joint venture.",
        );
        assert_eq!(got, [pair("Harnock Ltd", "Ombria Corp")]);
        let got = pairs(
            "Tesserin AG, a Basel dye maker, and a sister firm, Quorra Holdings BV, said \
             they bought 5.1 pct of Lindqvist Paper Inc.",
        );
        assert!(
            got.contains(&pair("Lindqvist Paper Inc", "Tesserin AG")),
            "{got:?}"
        );
        assert!(
            got.contains(&pair("Lindqvist Paper Inc", "Quorra Holdings BV")),
            "{got:?}"
        );
    }

    #[test]
    fn an_object_before_an_appositive_stays_in_the_list() {
        let got = pairs(
            "Valmont Mills Inc agreed to buy Ostrel Corp, a Denver pump maker, and \
             Pariso Ltd, a toolmaker.",
        );
        assert!(
            got.contains(&pair("Ostrel Corp", "Valmont Mills Inc")),
            "{got:?}"
        );
        assert!(
            got.contains(&pair("Pariso Ltd", "Valmont Mills Inc")),
            "{got:?}"
        );
    }

    #[test]
    fn a_relative_or_a_verb_in_the_comma_phrase_is_no_list_appositive() {
        // "which" opens a clause; the words before the comma are no appositive.
        let got = pairs(
            "Valmont Mills Inc bought Ostrel Corp, a firm which sells pumps, and \
             Pariso Ltd said it would sue.",
        );
        assert_eq!(got, [pair("Ostrel Corp", "Valmont Mills Inc")]);
    }

    #[test]
    fn a_list_that_opens_the_article_is_read_without_underflow() {
        // The determiner of the appositive is the article's first token:
        // nothing stands before it (debug builds checked the subtraction).
        let got = pairs(
            "The Brisk unit, Halvane Inc, and Corvel Corp agreed to form a joint venture on Friday.",
        );
        assert_eq!(got, [pair("Corvel Corp", "Halvane Inc")]);
    }
}
