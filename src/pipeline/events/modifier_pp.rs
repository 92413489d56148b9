//! A company inside a prepositional phrase that modifies another noun is no
//! party of the tie the slot stands for: "40 pct owned by the staff *of Y*",
//! "a merger with a rival *of Y*", "cut ties with suppliers *of Y*", "the
//! purchase by X of aircraft *made by Y*", "moving its staff to an office
//! *near Y*", "bought machines *from Y*" (goods bought: no acquisition).
//!
//! Takes: the finder, the token where a slot's search started and a token
//! met on the way (an object search stepping over describing words, or a
//! pattern's gap before a slot). Gives: whether that token opens such a
//! phrase, so that the search ends with no company. The phrase's noun
//! (its head) still lets the company through when it is something a
//! company owns or a share of it, which the tie is about: "a unit of Y",
//! "the assets of Y", "the Ohio plant of Y" (an asset bought is part of Y
//! bought, as the assets-of-seller patterns read it), "20 pct of Y", "the
//! rest of Y", "the board of Y" (a company organ acts for it):
//! rules/owned-nouns.txt and the share, stake, unit and organ lists. A
//! place phrase ("near", "outside") never names what is owned.

use super::Finder;
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

/// How the preposition at a token links its phrase to the noun before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// "of": the noun's owner, or what it is a part of.
    Of,
    /// "<participle> by": the noun's maker or owner ("made by", "owned by").
    By,
    /// "from" after a buying verb: the seller of the noun.
    From,
    /// A place preposition: where the noun stands.
    Place,
}

impl Finder<'_> {
    /// Whether token `j`, met while seeking a slot's company from token
    /// `from` (`from <= j`), opens a phrase that modifies a noun at or after
    /// `from` whose head is no owned thing (see the module's doc), so the
    /// company after it fills no slot. `seller_from`: "from" names the
    /// seller of what is bought ("bought the unit from Y").
    pub(super) fn opens_modifier_pp(&self, from: usize, j: usize, seller_from: bool) -> bool {
        let Some(link) = self.link_at(j, seller_from) else {
            return false;
        };
        let head = match link {
            // "a consortium led by Y" (rules/led-verbs.txt): Y acts for it.
            Link::By if j > from && self.is_cue("led-verbs", j - 1) => None,
            Link::By => (j > from && self.participle(j - 1))
                .then(|| self.before_adverb(j - 1, from))
                .flatten(),
            _ => (j > from).then(|| j - 1),
        };
        head.is_some_and(|k| {
            self.common_noun(k) && !self.owned_head(k, link) && !self.names_the_tie(k, from)
        })
    }

    /// Whether "from" after the noun at `head` (at or after `from`, a place
    /// phrase between them: "oil in Rotterdam from Y") would open a phrase
    /// that modifies that noun rather than name the seller of a part.
    pub(super) fn seller_pp_blocked(&self, from: usize, head: usize) -> bool {
        head >= from
            && self.common_noun(head)
            && !self.owned_head(head, Link::From)
            && !self.names_the_tie(head, from)
    }

    /// The token before participle `p` (at or after `from`), past one
    /// adverb ("assets once owned by Y", "gas previously supplied by Y").
    fn before_adverb(&self, p: usize, from: usize) -> Option<usize> {
        let k = p.checked_sub(1).filter(|&k| k >= from)?;
        let w = self.lower(k);
        let adverb = w.ends_with("ly") || matches!(w.as_str(), "once" | "now" | "still");
        if adverb {
            k.checked_sub(1).filter(|&k| k >= from)
        } else {
            Some(k)
        }
    }

    /// Whether the noun at `k` is, or goes on, the tie's own noun right at
    /// `from` ("merger offers from Y", "a takeover target of Y", "the
    /// buyout proposal of Y", a "50-50 joint" cue's "venture of A and B":
    /// rules/deal-nouns.txt, rules/status-but-nouns.txt)
    /// or dates it ("its acquisition this week of Y": rules/time-nouns.txt): the phrase after it
    /// is the tie's.
    fn names_the_tie(&self, k: usize, from: usize) -> bool {
        let w = self.lower(k);
        let tie_noun = |i: usize| {
            let w = self.lower(i);
            self.rules.is_cue("deal-nouns", &w) || self.rules.is_cue("status-but-nouns", &w)
        };
        let next_to_cue = k == from && (tie_noun(k) || (from > 0 && tie_noun(from - 1)));
        next_to_cue || self.rules.is_cue("time-nouns", &w)
    }

    /// Whether the company starting at token `first` stands in a phrase
    /// that modifies a noun at or after `floor` ([`Self::opens_modifier_pp`]):
    /// its preposition right before it or before at most three lower-case
    /// words ("a rival of the Ohio group Y", "suppliers of <Y>").
    pub(super) fn in_modifier_pp(&self, first: usize, floor: usize) -> bool {
        let mut j = first;
        if j > floor && self.tokens.tokens[j - 1].is_punct('<') {
            j -= 1;
        }
        for _ in 0..4 {
            if j <= floor {
                return false;
            }
            j -= 1;
            if self.link_at(j, false).is_some() {
                return self.opens_modifier_pp(floor, j, false);
            }
            if !self.lower_word(j) || self.party_at(j).is_some() {
                return false;
            }
        }
        false
    }

    /// The kind of link the word at `j` makes, if it is a preposition that
    /// opens a phrase modifying the noun before it.
    fn link_at(&self, j: usize, seller_from: bool) -> Option<Link> {
        if self.tokens.tokens[j].kind != TokKind::Word {
            return None;
        }
        let w = self.lower(j);
        match w.as_str() {
            "of" => Some(Link::Of),
            "by" => Some(Link::By),
            "from" if seller_from => Some(Link::From),
            w if self.rules.is_cue("place-links", w) => Some(Link::Place),
            _ => None,
        }
    }

    /// Whether token `k` is a past participle ("made", "owned", "built").
    fn participle(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.tokens.tokens[k].kind == TokKind::Word
            && self.lower_word(k)
            && ((w.len() > 3 && w.ends_with("ed"))
                || self.rules.is_cue("irregular-participles", &w))
    }

    /// Whether token `k` may be a common noun heading a phrase: a word in
    /// lower case (any word of a headline), no company, no function word.
    fn common_noun(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        let headline = self.tokens.sentences[self.tokens.sentence_of[k]].headline_case;
        let w = self.lower(k);
        // ("consisting of", "forming": a verb's -ing form heads no phrase;
        // "time corp": a legal form ends a name.)
        t.kind == TokKind::Word
            && (headline || self.lower_word(k))
            && self.party_at(k).is_none()
            && !w.ends_with("ing")
            && !self.lexed.is(k, ListKind::LegalSuffix)
            && !self.is_word(&w, ListKind::Preposition)
            && !self.is_word(&w, ListKind::ObjectStop)
            && !self.is_word(&w, ListKind::ClauseWord)
    }

    /// Whether the noun at `k` names something a company owns, or a share
    /// of it, for a phrase of `link`; a company named after "from" sells
    /// a company too ("bought the airline from Y").
    fn owned_head(&self, k: usize, link: Link) -> bool {
        let w = self.lower(k);
        let w = w.as_str();
        let cue = |list: &str| self.rules.is_cue(list, w);
        match link {
            Link::Place => false,
            Link::Of | Link::By | Link::From => {
                cue("quantity-heads")
                    || self
                        .rules
                        .is_cue("fraction-heads", w.rsplit('-').next().unwrap_or(w))
                    || [
                        "owned-nouns",
                        "goods-count-stops",
                        "stake-nouns",
                        "company-stock-nouns",
                        "unit-nouns",
                        "affiliate-nouns",
                        "merged-unit-nouns",
                        "possessed-organ-nouns",
                    ]
                    .into_iter()
                    .any(cue)
                    || (link == Link::From
                        && (self.lexed.is(k, ListKind::CompanyNoun) || cue("business-head-nouns")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::assert_pairs;

    /// The pair these tests expect, or no pair.
    const QH: (&str, &str) = ("Hartwick Corp", "Quillon Labs");

    #[test]
    fn a_company_modifying_another_noun_fills_no_slot() {
        assert_pairs(
            QH,
            &[],
            &[
                "Quillon Labs is 30 pct owned by the staff of Hartwick Corp, it said.",
                "Analysts liked Quillon Labs' planned merger with a rival of Hartwick Corp.",
                "Quillon Labs severed ties with two suppliers of Hartwick Corp in May.",
                "Regulators cleared the purchase by Quillon Labs of jets made by Hartwick Corp.",
                "Quillon Labs is transferring its staff to an office near Hartwick Corp.",
                "Quillon Labs bought cutting machines from Hartwick Corp last spring.",
                "Quillon Labs eventually fell into the hands of a customer of Hartwick Corp.",
            ],
        );
    }

    #[test]
    fn an_owned_head_noun_lets_its_company_through() {
        assert_pairs(
            QH,
            &[
                "Quillon Labs made an offer for the Texas plant of Hartwick Corp.",
                "Quillon Labs agreed to buy the rest of Hartwick Corp for cash.",
                "Analysts liked Quillon Labs' planned merger with a unit of Hartwick Corp.",
                "Quillon Labs bought the fertiliser unit from Hartwick Corp last spring.",
            ],
            &[],
        );
    }
}
