//! The type of one trigger when its clause says more than the trigger word.
//!
//! Takes: the finder and a token position. Gives:
//! - whether a buying verb takes something owned, not goods ("an agreement
//!   with Y *to acquire its chip unit*", "to buy *it*"; not "to buy *20
//!   aircraft*"), so that a generic tie ("talks with", "an agreement with")
//!   takes the verb's type;
//! - whether the object of a buying verb is a company's shares ("bought
//!   Borealis Inc *common stock*", "purchase additional Borealis *shares*")
//!   or a share below half of it ("acquired *25 pct of* Borealis"): a
//!   stake, so an investment;
//! - whether a merger's clause names a venture the parties will own
//!   together ("merge their units *into a new company owned equally*"):
//!   a joint venture.

use super::Finder;
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

impl Finder<'_> {
    /// Whether the buying verb ending at token `at` takes a company, "it",
    /// "them" or a noun phrase of something owned ("its chip unit", "the
    /// rest of Y": rules/owned-nouns.txt), at most four words on.
    pub(super) fn owned_object(&self, at: usize, ceiling: usize) -> bool {
        if at >= ceiling {
            return false;
        }
        if self.party_at(at).is_some() || matches!(self.lower(at).as_str(), "it" | "them") {
            return true;
        }
        if !self.is_cue("owned-leads", at) {
            return false;
        }
        (at + 1..ceiling.min(at + 5))
            .take_while(|&k| self.tokens.tokens[k].kind == TokKind::Word)
            .any(|k| {
                self.is_cue("owned-nouns", k)
                    || self.lexed.is(k, ListKind::CompanyNoun)
                    || self.party_at(k).is_some()
            })
    }

    /// Whether a share or stake noun follows the object mention `first..end`
    /// ("Borealis Inc shares", "Borealis common stock", "its Borealis
    /// stake"), and no control is
    /// bought ("100 pct of the Borealis shares", "all Borealis shares").
    pub(super) fn shares_of_object(&self, first: usize, end: usize, ceiling: usize) -> bool {
        if self.control_before(first) {
            return false;
        }
        // A share or stake noun: rules/company-stock-nouns.txt, rules/stake-nouns.txt.
        let share = |k: usize| {
            k < ceiling && {
                let w = self.lower(k);
                self.rules.is_cue("company-stock-nouns", &w) || self.rules.is_cue("stake-nouns", &w)
            }
        };
        share(end)
            || (end < ceiling
                && matches!(
                    self.lower(end).as_str(),
                    "common" | "ordinary" | "preferred"
                )
                && share(end + 1))
    }
}

impl Finder<'_> {
    /// "25 pct of", "a 49 % of the": a share below half stated right before
    /// the object mention at `first`, so a stake.
    pub(super) fn minority_share_before(&self, first: usize) -> bool {
        let floor = self.tokens.sentences[self.tokens.sentence_of[first]].first;
        let toks = &self.tokens.tokens;
        let mut k = first;
        if k > floor && self.lower(k - 1) == "the" {
            k -= 1;
        }
        if k < floor + 3 || self.lower(k - 1) != "of" {
            return false;
        }
        // "the 45 pct of Y that it does not already own": the rest of Y.
        let the_rest = k >= floor + 4 && self.lower(k - 4) == "the";
        let unit = self.lower(k - 2);
        !the_rest
            && matches!(unit.as_str(), "pct" | "percent" | "%")
            && toks[k - 3].kind == TokKind::Number
            && toks[k - 3]
                .text(self.text)
                .parse::<f64>()
                .is_ok_and(|n| n < 50.0)
    }

    /// "51 pct of the", "all the", "all outstanding", "the remaining": a
    /// majority or all of the shares, within five tokens before `first`.
    fn control_before(&self, first: usize) -> bool {
        let floor = self.tokens.sentences[self.tokens.sentence_of[first]].first;
        let toks = &self.tokens.tokens;
        (first.saturating_sub(5).max(floor)..first).any(|k| {
            let w = self.lower(k);
            let pct = matches!(w.as_str(), "pct" | "percent" | "%");
            let big = pct
                && k > floor
                && toks[k - 1].kind == TokKind::Number
                && toks[k - 1]
                    .text(self.text)
                    .parse::<f64>()
                    .is_ok_and(|n| n >= 50.0);
            big || matches!(w.as_str(), "all" | "remaining" | "majority" | "rest")
        })
    }
}

/// "into a new company", "a new jointly owned company", "owned equally":
/// the words after a merger that make it a joint venture (lower-case).
const VENTURE_AFTER_MERGER: &[&[&str]] = &[
    &["into", "a", "new", "company"],
    &["into", "a", "new", "joint"],
    &["into", "a", "new", "jointly"],
    &["into", "a", "joint"],
    &["into", "a", "jointly"],
    &["into", "a", "50-50"],
    &["in", "a", "new", "company"],
    &["under", "a", "new", "company"],
    &["owned", "equally"],
    &["equally", "owned"],
];

impl Finder<'_> {
    /// Whether a merger cue ending at `last` merges the parties' units into
    /// a venture they own together (in its clause, at most 12 words on).
    pub(super) fn merged_into_venture(&self, last: usize, ceiling: usize) -> bool {
        let hi = ceiling.min(last + 12);
        // What is merged: units, not the companies ("merge with Y into a
        // new company" is a merger): rules/merged-unit-nouns.txt.
        let units = |k: usize| (last..k).any(|i| self.is_cue("merged-unit-nouns", i));
        (last..hi).any(|k| {
            units(k)
                && VENTURE_AFTER_MERGER.iter().any(|seq| {
                    k + seq.len() <= hi
                        && seq
                            .iter()
                            .enumerate()
                            .all(|(i, w)| self.lower(k + i).as_str() == *w)
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{assert_types, one};
    use crate::{Article, Extractor, Rules};

    #[test]
    fn a_generic_tie_takes_the_type_of_a_buying_verb_with_an_owned_object() {
        assert_types(&[
            (
                "Acme Corp is in talks with Borealis Inc to acquire its chip unit.",
                "acquisition",
            ),
            (
                "Acme Corp reached an agreement with Borealis Inc to acquire it.",
                "acquisition",
            ),
            (
                "Acme Corp signed an agreement with Borealis Inc to merge the two companies.",
                "acquisition",
            ),
            (
                "Acme Corp signed a deal with Borealis Inc to buy 20 aircraft.",
                "partnership",
            ),
        ]);
    }

    #[test]
    fn shares_bought_are_a_stake_unless_control_is_bought() {
        assert_types(&[
            (
                "Acme Corp said it bought Borealis Inc common stock last week.",
                "investment",
            ),
            (
                "Acme Corp will purchase additional Borealis Inc shares.",
                "investment",
            ),
            (
                "Acme Corp plans to buy 100 pct of the Borealis Inc shares.",
                "acquisition",
            ),
            (
                "Acme Corp agreed to acquire Borealis Inc for stock.",
                "acquisition",
            ),
        ]);
    }

    #[test]
    fn a_merger_of_units_into_a_new_company_is_a_joint_venture() {
        let x = Extractor::new(Rules::default_rules().unwrap());
        let units = "Acme Corp and Borealis Inc agreed to merge their chip units into a new company owned equally by the two.";
        assert_eq!(one(&x, units).0, "joint_venture");
        let whole =
            "Acme Corp agreed to merge with Borealis Inc into a new company to be called Zeta.";
        assert_eq!(one(&x, whole).0, "acquisition");
        let jointly = "Acme Corp and Borealis Inc jointly announced record sales on Monday.";
        let r = x.extract(&Article::from_text("t", "", jointly));
        assert!(r.events.is_empty(), "{:?}", r.events);
    }
}
