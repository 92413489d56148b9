//! Object readings past a described object and past a noun cue's purpose
//! phrase: constructions where the rightward object search used to stop
//! before the company it was looking for.
//!
//! - "bought Peru's second biggest zinc producer - Zentrick Holdings": a run of
//!   descriptive words, then a dash or comma and the company it describes.
//! - "agreed to acquire its former parent and chip pioneer Dravik Corp": two
//!   descriptions without determiner joined by "and" describe one company.
//! - "formed a partnership to explore two blocks with Brimmet Oil": a purpose
//!   phrase between a partnership noun and its "with".

use super::{Arg, Finder, Sentence};
use crate::pipeline::lexicon::TokenWords;
use crate::pipeline::segment::TokKind;
use crate::pipeline::spot::Mention;
use crate::rules::ListKind;

/// How many tokens a partnership noun's purpose phrase may span before "with".
const PURPOSE_SPAN: usize = 10;

/// How many descriptive words may stand between "and" and the company in a
/// coordinated description ("and chip pioneer").
const AND_DESCRIPTORS: usize = 4;

/// How many tokens after "with" a service noun may stand before the first
/// company ("with bank lenders X").
const SERVICE_SPAN: usize = 6;

impl Finder<'_> {
    /// At a dash or comma `j` that ends a run of descriptive words
    /// `start..j` ("Peru's second biggest zinc producer - Y"), the company right
    /// after it that closes the phrase, and the token after it; none when
    /// the words describe no party ([`Finder::names_other`]).
    pub(super) fn named_after_descriptors(
        &self,
        start: usize,
        j: usize,
        ceiling: usize,
        mentions: &[Mention],
    ) -> Option<(Arg, usize)> {
        let toks = &self.tokens.tokens;
        let dash = toks[j].is_dash();
        if j == 0
            || !(dash || toks[j].is_punct(','))
            || !self.lower_word(j - 1)
            || self.names_other(start, j)
        {
            return None;
        }
        self.named_after_complement(j, ceiling, mentions)
    }

    /// Whether the descriptive words `start..j` describe no party of a tie:
    /// a unit ("its wholly owned subsidiary, Y": a part of the subject), a
    /// joint venture's company ("the joint venture company, Y", the word
    /// before `start` included: it may end the cue; not "its joint venture
    /// partner, Y"), or a person's thing ("her old band, Y").
    fn names_other(&self, start: usize, j: usize) -> bool {
        let partner = self.is_cue("partner-nouns", j - 1);
        self.is_cue("other-possessives", start)
            || (start.saturating_sub(1)..j).any(|k| {
                let w = self.lower(k);
                self.rules.is_cue("unit-nouns", &w)
                    || self.rules.is_cue("affiliate-nouns", &w)
                    || (w == "venture" && !partner)
            })
    }

    /// At "and" (token `j`) after descriptive words `start..j` that hold
    /// "its" or "their" and end in a lower-case word ("its former parent
    /// and"), up to four more descriptive words without a determiner and
    /// then a company ("chip pioneer Y"): that company, and the token after
    /// it. Both descriptions then describe Y.
    pub(super) fn named_after_and_description(
        &self,
        start: usize,
        j: usize,
        ceiling: usize,
        mentions: &[Mention],
    ) -> Option<(Arg, usize)> {
        // The cheap checks first: this runs at each token of a described
        // object, and the scans of `start..j` only at its "and".
        if j == 0
            || !self.word(j).eq_ignore_ascii_case("and")
            || !self.lower_word(j - 1)
            || !(start..j).any(|k| self.is_cue("company-possessives", k))
            || self.names_other(start, j)
        {
            return None;
        }
        let mut k = j + 1;
        while k < ceiling && k - j <= AND_DESCRIPTORS + 1 {
            if let Some(m) = self.party_at(k).filter(|&m| mentions[m].first == k) {
                let possessive = self
                    .tokens
                    .tokens
                    .get(mentions[m].last)
                    .is_some_and(|t| t.kind == TokKind::Possessive);
                return (k > j + 1 && !possessive).then_some((Arg::Mention(m), mentions[m].last));
            }
            let w = self.lower(k);
            if !self.lower_word(k)
                || !self.descriptor(k)
                || self.is_word(&w, ListKind::Preposition)
                || matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                )
            {
                return None;
            }
            k += 1;
        }
        None
    }

    /// After a partnership noun ending at `cue_end` ("a partnership to
    /// explore two offshore blocks with Y", "partnerships for hospital robots
    /// with A, B and C"): the token after the "with" that closes a purpose
    /// phrase opened by to/for/in/on, when the phrase holds no company,
    /// punctuation, clause word or contest word ("to compete with").
    pub(super) fn with_after_purpose(&self, sent: &Sentence, cue_end: usize) -> Option<usize> {
        let ceiling = sent.last.min(cue_end + PURPOSE_SPAN);
        if cue_end >= ceiling || !self.is_cue("purpose-openers", cue_end) {
            return None;
        }
        for k in cue_end + 1..ceiling {
            let t = self.tokens.tokens[k];
            // "partnerships for warehouse, retail and hospital robots with":
            // a comma inside the phrase before a lower-case word.
            let list_comma = t.is_punct(',') && k + 1 < ceiling && self.lower_word(k + 1);
            if !(matches!(t.kind, TokKind::Word | TokKind::Number) || list_comma)
                || self.party_at(k).is_some()
            {
                return None;
            }
            let w = self.lower(k);
            if w == "with" {
                return (k + 1 < sent.last && !self.service_before_party(k + 1, sent.last))
                    .then_some(k + 1);
            }
            if self.is_word(&w, ListKind::ClauseWord) || self.rules.is_cue("contest-words", &w) {
                return None;
            }
        }
        None
    }
}

impl Finder<'_> {
    /// Whether a service noun (rules/service-nouns.txt: "lenders X")
    /// stands among the words from `j` up to the first company.
    fn service_before_party(&self, j: usize, ceiling: usize) -> bool {
        (j..ceiling.min(j + SERVICE_SPAN))
            .take_while(|&k| self.party_at(k).is_none())
            .any(|k| self.is_cue("service-nouns", k))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{names, tok, with_finder};

    /// The object found right of the verb `verb`, as its words.
    fn object_of(text: &str, verb: &str, purpose: bool) -> Vec<String> {
        with_finder(text, |f, sent| {
            let v = tok(f, verb);
            let (got, _) = f.right(
                sent,
                v,
                v + 1,
                f.mentions,
                super::super::RightOpts {
                    purpose,
                    ..Default::default()
                },
            );
            names(f, &got)
        })
    }

    #[test]
    fn a_dash_after_descriptive_words_leads_to_the_company_they_describe() {
        let text = "Acme Corp bought Peru's second biggest zinc producer - Borealis Inc.";
        assert_eq!(object_of(text, "bought", false), ["Borealis Inc"]);
    }

    #[test]
    fn a_unit_or_a_persons_thing_before_the_comma_is_no_object() {
        let unit = "Acme Corp merged its wholly owned subsidiary, Borealis Inc, into a unit.";
        assert!(object_of(unit, "merged", false).is_empty());
        let band = "Acme Corp said its singer is working with her old band, Borealis Inc.";
        assert!(object_of(band, "with", false).is_empty());
    }

    #[test]
    fn two_descriptions_joined_by_and_describe_one_company() {
        let text = "Acme Corp agreed to acquire its former parent and chip pioneer Borealis Inc.";
        assert_eq!(object_of(text, "acquire", false), ["Borealis Inc"]);
        // Without "its" the words before "and" may be a second object.
        let text = "Acme Corp agreed to acquire former parent and chip pioneer Borealis Inc.";
        assert!(object_of(text, "acquire", false).is_empty());
    }

    #[test]
    fn a_purpose_phrase_is_passed_to_its_with_but_not_a_contest_or_a_lender() {
        let text = "Acme Corp formed a partnership to explore two blocks with Borealis Inc.";
        assert_eq!(object_of(text, "partnership", true), ["Borealis Inc"]);
        assert!(object_of(text, "partnership", false).is_empty());
        let rival = "Acme Corp formed a partnership to compete with Borealis Inc.";
        assert!(object_of(rival, "partnership", true).is_empty());
        let lender = "Acme Corp has a partnership in principle with bank lenders Borealis Inc.";
        assert!(object_of(lender, "partnership", true).is_empty());
    }
}
