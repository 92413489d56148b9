//! Rating agencies: a company that rates another's debt in the article
//! ("Acme Ratings Corp said it may downgrade Borealis Inc's debt. Acme
//! Ratings cited Borealis Inc's bid for Cirrus Ltd") reports the deals it
//! names. It acts for no party and is no party of them (a service tie, like
//! an adviser's), though it is the speaker the subject search meets first.
//!
//! A rater is a party named in a rating statement: its name followed, past
//! a ticker and at most [`RATING_GAP`] words of `rating-leads` ("said it
//! may"), by a rating verb whose object, within [`OBJECT_SPAN`] words, holds
//! what a rating acts on:
//! - a verb of `rating-verbs` ("downgrade") needs a word of `rating-nouns`
//!   ("ratings", "CreditWatch", a grade such as "Aa" or "A-1-plus"), of
//!   `rating-objects` ("debt", "notes", "paper") or a company named right
//!   after it ("downgraded Borealis Inc"), unless it is a noun after a
//!   word of `owner-determiners` ("said its downgrade of Borealis");
//! - a verb of `rating-change-verbs` ("raised", "affirmed", "placed") needs
//!   a word of `rating-nouns` ("raised Borealis's ratings", "placed
//!   Borealis on CreditWatch").
//!
//! A tie of a rater is dropped from the sentences in which the rater speaks
//! (its name followed by a word of `rating-leads`: "Acme Ratings cited ...")
//! or is not named at all (an anaphor stood for it: "The agency said its
//! ..."); a deal that names the rater otherwise ("Cirrus Ltd agreed to buy
//! Acme Ratings") stays.

use crate::pipeline::lexicon::TokenWords;
use hashbrown::{HashMap, HashSet};

use super::{DroppedCue, Event, Finder};
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

/// (entity, sentence) pairs of the article.
type Pairs = HashSet<(usize, usize)>;

/// At most this many lower-case words stand between a rater's name and its
/// rating verb ("said it may downgrade").
const RATING_GAP: usize = 4;

/// At most this many words after a rating verb make up what it acts on; a
/// company's name counts as one word, numbers and possessive marks as none
/// ("placed 2.5 mln dlrs of Borealis Inc notes on CreditWatch").
const OBJECT_SPAN: usize = 7;

/// Drops a rater's ties from the sentences where it speaks or is not named
/// (see the module), and the events left with no evidence; records each
/// dropped sentence of evidence in `dropped` for `explain`.
pub(super) fn drop_rater_ties(
    finder: &Finder<'_>,
    res: &Resolution,
    events: &mut Vec<Event>,
    dropped: &mut Vec<DroppedCue>,
) {
    let statements = finder.rating_statements(res);
    if statements.is_empty() {
        return;
    }
    let (named, speaks) = finder.rater_sentences(res, &statements);
    let drops = |e: usize, s: usize| {
        statements.contains_key(&e) && (speaks.contains(&(e, s)) || !named.contains(&(e, s)))
    };
    events.retain_mut(|ev| {
        let (a, b) = ev.parties;
        ev.evidence.retain(|x| {
            let Some(r) = [a, b].into_iter().find(|&e| drops(e, x.sentence)) else {
                return true;
            };
            dropped.push(DroppedCue {
                sentence: x.sentence,
                trigger: x.trigger.clone(),
                rule: x.rule.clone(),
                reason: format!(
                    "tie dropped: {} is a rating agency here (rating statement in sentence {}, \
                     src/pipeline/events/rating.rs)",
                    res.entities[r].name, statements[&r]
                ),
            });
            false
        });
        !ev.evidence.is_empty()
    });
}

impl Finder<'_> {
    /// Per rater entity: the sentence of its first rating statement.
    fn rating_statements(&self, res: &Resolution) -> HashMap<usize, usize> {
        let mut raters = HashMap::new();
        for (i, m) in self.mentions.iter().enumerate() {
            if self.is_party[i]
                && let Some(e) = res.entity_of[i]
                && !raters.contains_key(&e)
                && self.rates_after(m.last)
            {
                raters.insert(e, self.tokens.sentence_of[m.first]);
            }
        }
        raters
    }

    /// The (rater, sentence) pairs in which the rater is named, and those in
    /// which it speaks (its name followed by a word of `rating-leads`).
    fn rater_sentences(&self, res: &Resolution, raters: &HashMap<usize, usize>) -> (Pairs, Pairs) {
        let mut named = HashSet::new();
        let mut speaks = HashSet::new();
        for (i, m) in self.mentions.iter().enumerate() {
            let Some(e) = res.entity_of[i].filter(|e| self.is_party[i] && raters.contains_key(e))
            else {
                continue;
            };
            let s = self.tokens.sentence_of[m.first];
            named.insert((e, s));
            let k = self.past_name(m.last);
            if k < self.tokens.sentences[s].last
                && self.lower_word(k)
                && self.is_cue("rating-leads", k)
            {
                speaks.insert((e, s));
            }
        }
        (named, speaks)
    }

    /// The first token after the name ending at token `end` (exclusive),
    /// past a ticker and a legal form the name left out ("Acme Investors
    /// Service Inc <ACM> said").
    fn past_name(&self, end: usize) -> usize {
        let last = self.tokens.sentences[self.tokens.sentence_of[end - 1]].last;
        let mut k = self.skip_ticker(end, last);
        while k < last && self.lexed.is(k, ListKind::LegalSuffix) {
            k += 1;
        }
        k
    }

    /// Whether a rating verb that acts on a rating follows the name ending
    /// at token `end` (exclusive; see the module): "Acme Ratings said it
    /// raised <Borealis's ratings>".
    fn rates_after(&self, end: usize) -> bool {
        let last = self.tokens.sentences[self.tokens.sentence_of[end - 1]].last;
        let start = self.past_name(end);
        for k in start..=start + RATING_GAP {
            if k >= last || !self.lower_word(k) {
                return false;
            }
            let w = self.lower(k);
            if self.rules.is_cue("rating-verbs", &w) {
                // "said its downgrade of ...": the noun names a rating act.
                let noun = k > start && self.is_cue("owner-determiners", k - 1);
                return noun || self.rated_object(k + 1, last, true);
            }
            if self.rules.is_cue("rating-change-verbs", &w) {
                return self.rated_object(k + 1, last, false);
            }
            if !self.rules.is_cue("rating-leads", &w) {
                return false;
            }
        }
        false
    }

    /// Whether the words from token `k` (up to [`OBJECT_SPAN`], before a
    /// clause stop or another rating verb) hold a rating word, or, when
    /// `debt` (after "downgrade"), a debt word or a company named first
    /// ("downgrade Borealis Inc", "downgrade of Borealis Inc").
    fn rated_object(&self, mut k: usize, last: usize, debt: bool) -> bool {
        if debt && k < last && self.lower(k) == "of" {
            k += 1;
        }
        if debt && k < last && self.party_at(k).is_some() {
            return true;
        }
        let mut words = 0;
        while k < last && words < OBJECT_SPAN {
            if let Some(m) = self.party_at(k) {
                (k, words) = (self.mentions[m].last, words + 1);
                continue;
            }
            let t = self.tokens.tokens[k];
            match t.kind {
                TokKind::Number | TokKind::Possessive => {}
                TokKind::Punct(c) if c == '$' || c == '%' => {}
                TokKind::Punct(_) => return false,
                TokKind::Word => {
                    let w = self.lower(k);
                    if self.rating_word(&w) || (debt && self.rules.is_cue("rating-objects", &w)) {
                        return true;
                    }
                    if self.is_word(&w, ListKind::ClauseWord) || self.rating_verb(&w) {
                        return false;
                    }
                    words += 1;
                }
            }
            k += 1;
        }
        false
    }

    /// Whether `w` is a verb of `rating-verbs` or `rating-change-verbs`.
    fn rating_verb(&self, w: &str) -> bool {
        self.rules.is_cue("rating-verbs", w) || self.rules.is_cue("rating-change-verbs", w)
    }

    /// Whether lower-case word `w` is a rating word: a word of
    /// `rating-nouns` ("ratings", "baa"), or a grade written with hyphens
    /// whose parts are all rating nouns, grade parts of `rating-grade-parts`
    /// ("a", "plus", "minus") or digits, with one part no digit ("Aa-2",
    /// "A-1-plus", "B-minus"; not "plus" or "minus" alone).
    fn rating_word(&self, w: &str) -> bool {
        if self.rules.is_cue("rating-nouns", w) {
            return true;
        }
        let grade_part = |p: &str| {
            self.rules.is_cue("rating-nouns", p) || self.rules.is_cue("rating-grade-parts", p)
        };
        w.contains('-')
            && w.split('-')
                .all(|p| (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) || grade_part(p))
            && w.split('-').any(grade_part)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{acq, typed_pairs};

    #[test]
    fn a_company_that_rates_debt_is_no_party_of_the_deals_it_reports() {
        let text = "Tarrant Ratings Corp has said it could downgrade Borealis Inc paper. \
                    Tarrant Ratings cited Borealis Inc's offer for Cirrus Motors Ltd and said \
                    the merger would raise debt.";
        assert_eq!(
            typed_pairs(text),
            vec![acq("Borealis Inc", "Cirrus Motors Ltd")]
        );
    }

    #[test]
    fn a_grade_inside_a_hyphenated_word_is_a_rating_word() {
        let text = "Tarrant Ratings Corp said it raised Borealis Inc notes to Aa-1, \
                    it noted. Tarrant Ratings said the merger with Cirrus Motors Ltd helps.";
        assert_eq!(typed_pairs(text), vec![]);
    }

    #[test]
    fn a_rated_company_is_no_rater() {
        let text =
            "Dalby Steel Corp debt was downgraded to BB after it agreed to buy Ebton Wire Inc.";
        assert_eq!(
            typed_pairs(text),
            vec![acq("Dalby Steel Corp", "Ebton Wire Inc")]
        );
    }

    #[test]
    fn a_rater_named_as_no_speaker_keeps_its_deal() {
        let text = "Notes\n\nTarrant Ratings Corp said it downgraded Borealis Inc on Monday. \
                    Cirrus Motors Ltd agreed to buy Tarrant Ratings Corp for 90 mln dlrs.";
        assert_eq!(
            typed_pairs(text),
            vec![acq("Cirrus Motors Ltd", "Tarrant Ratings Corp")]
        );
    }

    /// Ordinary deal wording with a rating verb or word nearby makes no
    /// rater: the verb acts on no rating, plus and minus stand alone, or
    /// the rating word belongs to another clause.
    #[test]
    fn a_verb_that_acts_on_no_rating_makes_no_rater() {
        let texts = [
            "Dalby Steel Corp said it cut costs and agreed to buy Ebton Wire Inc.",
            "Dalby Steel Corp said it could downgrade its profit forecast after it agreed \
             to buy Ebton Wire Inc for 40 mln dlrs.",
            "Dalby Steel Corp said it cut prices by 5 pct plus freight. Dalby Steel Corp \
             agreed to buy Ebton Wire Inc for 40 mln dlrs.",
            "Dalby Steel Corp said on Monday it raised its stake in Ebton Wire Inc to 20 pct, after \
             Ebton was placed on CreditWatch.",
            "Dalby Steel Corp has placed a bid for Ebton Wire Inc, whose bonds are rated BBB.",
            "Dalby Steel Corp said it lowered its offer for Ebton Wire Inc to 40 mln dlrs, \
             a price it called a plus for holders.",
            "Dalby Steel Corp said it raised its offer for Ebton Wire Inc to 12 dlrs a share \
             plus one warrant for each share held.",
            "Dalby Steel Corp has raised its stake in Ebton Wire Inc to 20 pct, a move that \
             lifted Ebton shares to a rating of buy at several brokers.",
            "Dalby Steel Corp said it raised 500 mln dlrs in bonds rated BBB to fund its \
             acquisition of Ebton Wire Inc.",
        ];
        for text in texts {
            assert!(
                typed_pairs(text)
                    .iter()
                    .any(|(a, b, _)| a == "Dalby Steel Corp" && b == "Ebton Wire Inc"),
                "{text}: {:?}",
                typed_pairs(text)
            );
        }
    }
}
