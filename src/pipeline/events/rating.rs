//! Rating agencies: a company that rates another's debt in the article
//! ("Acme Ratings Corp said it may downgrade Borealis Inc's debt because of
//! its bid for Cirrus Ltd") reports the deals it names. It acts for no
//! party and is no party of them (a service tie, like an adviser's), though
//! it is the speaker the subject search meets first.
//!
//! A rater is a party mention followed, past a ticker and at most
//! [`RATING_GAP`] words of `rating-leads` ("said it may"), by a verb of
//! `rating-verbs` ("downgrade"), or by one of
//! `rating-change-verbs` ("raised", "affirmed", "placed") in a sentence that holds a
//! word of `rating-nouns` ("ratings", "CreditWatch", a grade such as "Aa"
//! or "BBB").

use hashbrown::HashSet;

use super::{Event, Finder};
use crate::pipeline::resolve::Resolution;
use crate::rules::ListKind;

/// At most this many lower-case words stand between a rater's name and its
/// rating verb ("said it may downgrade").
const RATING_GAP: usize = 4;

/// Drops the events of which a rater of the article is a party.
pub(super) fn drop_rater_ties(finder: &Finder<'_>, res: &Resolution, events: &mut Vec<Event>) {
    let raters: HashSet<usize> = finder
        .mentions
        .iter()
        .enumerate()
        .filter(|&(i, m)| finder.is_party[i] && finder.rates_after(m.last))
        .filter_map(|(i, _)| res.entity_of[i])
        .collect();
    if !raters.is_empty() {
        events.retain(|e| !raters.contains(&e.parties.0) && !raters.contains(&e.parties.1));
    }
}

impl Finder<'_> {
    /// Whether a rating verb follows the name ending at token `end` (see the
    /// module): "Acme Ratings said it raised <Borealis's ratings>".
    fn rates_after(&self, end: usize) -> bool {
        let Some(&s) = self.tokens.sentence_of.get(end.saturating_sub(1)) else {
            return false;
        };
        let sent = &self.tokens.sentences[s];
        let mut k = self.skip_ticker(end, sent.last);
        let mut gap = 0;
        // "Acme Investors Service Inc said": a legal form the name left out.
        while k < sent.last && self.lexed.is(k, ListKind::LegalSuffix) {
            k += 1;
        }
        while k < sent.last && gap <= RATING_GAP && self.lower_word(k) {
            let w = self.lower(k);
            if self.rules.is_cue("rating-verbs", &w) {
                return true;
            }
            if self.rules.is_cue("rating-change-verbs", &w) {
                return (sent.first..sent.last).any(|i| self.rating_word(i));
            }
            if !self.rules.is_cue("rating-leads", &w) {
                return false;
            }
            gap += 1;
            k += 1;
        }
        false
    }
}

impl Finder<'_> {
    /// Whether token `i`, or a part of it between hyphens ("Aa-2",
    /// "A-1-plus", "B-minus"), is a word of `rating-nouns`.
    fn rating_word(&self, i: usize) -> bool {
        let w = self.lower(i);
        w.split('-')
            .any(|part| self.rules.is_cue("rating-nouns", part))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs;

    #[test]
    fn a_company_that_rates_debt_is_no_party_of_the_deals_it_reports() {
        let text = "Tarrant Ratings Corp has said it could downgrade Borealis Inc paper. \
                    Tarrant Ratings cited Borealis Inc's offer for Cirrus Motors Ltd and said \
                    the merger would raise debt.";
        let acq = |a: &str, b: &str| (a.to_string(), b.to_string(), "acquisition".to_string());
        assert_eq!(
            typed_pairs(text),
            vec![acq("Borealis Inc", "Cirrus Motors Ltd")]
        );
    }

    #[test]
    fn a_grade_inside_a_hyphenated_word_is_a_rating_word() {
        let text = "Tarrant Ratings Corp said it raised Borealis Inc notes a grade to Aa-1, \
                    it noted. Tarrant Ratings said the merger with Cirrus Motors Ltd helps.";
        assert_eq!(typed_pairs(text), vec![]);
    }

    #[test]
    fn a_rated_company_is_no_rater() {
        let text =
            "Dalby Steel Corp debt was downgraded to BB after it agreed to buy Ebton Wire Inc.";
        let acq = |a: &str, b: &str| (a.to_string(), b.to_string(), "acquisition".to_string());
        assert_eq!(
            typed_pairs(text),
            vec![acq("Dalby Steel Corp", "Ebton Wire Inc")]
        );
    }

    #[test]
    fn a_rating_verb_without_a_rating_word_makes_no_rater() {
        let text = "Dalby Steel Corp said it cut costs and agreed to buy Ebton Wire Inc.";
        let acq = |a: &str, b: &str| (a.to_string(), b.to_string(), "acquisition".to_string());
        assert_eq!(
            typed_pairs(text),
            vec![acq("Dalby Steel Corp", "Ebton Wire Inc")]
        );
    }
}
