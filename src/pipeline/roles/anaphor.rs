//! "the company's TITLE, NAME": which company "the company" stands for.

use super::Reader;
use crate::pipeline::segment::TokKind;

impl Reader<'_> {
    /// The company of tokens `a..b` a sentence is about: its first company
    /// that is not a possessive ("X's Y Corp said": Y Corp), else its first.
    fn subject_company(&self, a: usize, b: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        // A mention starting at `i` whose last token takes "'s".
        let possessive = |i: usize| {
            toks.get(self.company_end(i))
                .is_some_and(|t| t.kind == TokKind::Possessive)
        };
        let starts = |i: usize| i == a || self.company_at[i - 1] != self.company_at[i];
        (a..b)
            .filter(|&i| starts(i))
            .find_map(|i| self.company_at[i].filter(|_| !possessive(i)))
            .or_else(|| (a..b).find_map(|i| self.company_at[i]))
    }

    /// The company "the company's" at a person mention at `at` means,
    /// when the text gives one: the subject company before it in its
    /// sentence (`None` when its sentence names none before it).
    pub(super) fn company_before(&self, at: usize) -> Option<usize> {
        let (start, _) = self.sentence_around(at);
        self.subject_company(start, at)
    }

    /// The subject company of the sentence before the one holding `at`
    /// ("Acme Corp's Zeta Ltd unit cut jobs. The company's chief executive,
    /// Jane Roe, said": the unit), named among its first eight tokens.
    pub(super) fn company_of_sentence_before(&self, at: usize) -> Option<usize> {
        let s = self.tokens.sentence_of[at];
        let prev = self.tokens.sentences.get(s.checked_sub(1)?)?;
        // Its subject: a company among its first words ("Analysts at Zeta
        // Securities said" is about no company of Zeta's).
        self.subject_company(prev.first, prev.last.min(prev.first + 8))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    #[test]
    fn the_company_s_title_goes_to_the_unit_named_just_before() {
        let got = roles(
            "Acme Corp grew. Acme Corp's Zeta Tools Inc unit cut jobs. \
             The company's chief executive, Jane Roe, said so. Acme Corp agreed.",
        );
        assert!(
            got.contains(&role("Jane Roe", "chief executive", Some("Zeta Tools Inc"))),
            "{got:?}"
        );
    }

    #[test]
    fn the_company_s_title_takes_the_company_before_it_in_its_sentence() {
        let got = roles(
            "Acme Corp grew. Acme Corp sold goods. Zeta Tools Inc's bid failed, \
             the company's chief executive Jane Roe said.",
        );
        assert_eq!(
            got,
            [role("Jane Roe", "chief executive", Some("Zeta Tools Inc"))]
        );
    }
}

impl Reader<'_> {
    /// Whether every mention of the company entity `e` is a place name
    /// ("Quebec", "Ruritania"): a place is no employer.
    pub(super) fn is_place(&self, e: usize) -> bool {
        let place = crate::rules::ListKind::Place;
        self.res.entities[e].mentions.iter().all(|&m| {
            let m = &self.res.mentions[m];
            (m.last == m.first + 1 && self.lexed.is(m.first, place))
                || self
                    .lexed
                    .spans_at(m.first, self.rules, place)
                    .any(|s| s.last == m.last)
        })
    }
}

#[cfg(test)]
mod place_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_place_is_no_employer() {
        let got = roles("Jane Roe, president of France, said Acme Corp grew.");
        assert_eq!(got, [role("Jane Roe", "president", None)]);
    }
}
