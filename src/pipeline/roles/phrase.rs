//! Whole title phrases: a head noun after a title word that also modifies
//! ("deputy leader", "chief mechanic", "executive producer") and "of" with
//! a field before a name ("head of purchasing Jane Roe", "deputy chief of
//! staff Jane Roe").

use super::{Found, NOT_TITLE, Reader};
use crate::pipeline::segment::TokKind;
use crate::rules::ListKind;

impl Reader<'_> {
    /// A title word that may also modify the next one: "chief", "deputy",
    /// "executive".
    fn is_modifying_title(&self, i: usize) -> bool {
        self.is_title_word(i) && self.is_modifier(&self.word(i))
    }

    /// A free word at `j` that ends a title as its head noun: right after
    /// a modifying title word ("deputy leader", "chief mechanic") and not
    /// itself followed by a free word ("the chief reason sales fell").
    pub(super) fn is_head_noun(&self, j: usize, end: usize) -> bool {
        j > 0
            && j < end
            && self.is_modifying_title(j - 1)
            && self.is_free_word(j, usize::MAX)
            && !(j + 1 < end && self.is_free_word(j + 1, usize::MAX))
    }

    /// Before a name at `first`: "TITLE of FIELD" with one to three
    /// lower-case field words ("head of purchasing Jane Roe", "deputy chief
    /// of staff Jane Roe"); returns the token of "of".
    pub(super) fn of_field_before(&self, first: usize, start: usize) -> Option<usize> {
        let mut k = first;
        while k > start
            && first - k < 3
            && self.is_field_word(k - 1, usize::MAX)
            && !self.is_title_word(k - 1)
        {
            k -= 1;
        }
        if k == first || k < start + 2 || self.word(k - 1) != "of" {
            return None;
        }
        let of = k - 1;
        let titled = self.is_title_word(of - 1) || self.title_span_ending(of).is_some();
        titled.then_some(of)
    }
}

impl Reader<'_> {
    /// A capitalised word of a Title Case title ("Digital", "Marketing" in
    /// "Senior Digital Marketing Manager"): first letter upper, the rest
    /// lower (or an all-capitals word of two to four letters: "IT", "EMEA"),
    /// no company or person of the spotter, no function word.
    pub(super) fn is_caps_free(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        if t.kind != TokKind::Word || self.company_at[i].is_some() || self.person_at[i].is_some() {
            return false;
        }
        let raw = t.text(self.text);
        let mut cs = raw.chars();
        let capital = cs.next().is_some_and(char::is_uppercase);
        let rest_lower = cs.clone().all(char::is_lowercase);
        let acronym = (2..=4).contains(&raw.len()) && cs.all(char::is_uppercase);
        if !(capital && (rest_lower || acronym)) {
            return false;
        }
        let w = self.word(i);
        let function = ListKind::ClauseWord.bit()
            | ListKind::ObjectStop.bit()
            | ListKind::Preposition.bit()
            | ListKind::SpeechVerb.bit()
            | ListKind::AnaphorOne.bit()
            | ListKind::Place.bit();
        w.chars().all(char::is_alphabetic)
            && self.rules.word_class(&w) & function == 0
            && !NOT_TITLE.contains(&w.as_str())
            && !self.lexed.is(i, ListKind::CompanyNoun)
            && !self.lexed.is(i, ListKind::Place)
    }

    /// Whether token `i` starts with a capital letter.
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        t.kind == TokKind::Word && !t.is_lower(self.text)
    }

    /// In a Title Case title read from `i`, at `j` (after capitalised
    /// modifiers or title words only): one to three capitalised free words
    /// before a capitalised title word ("Senior Digital Marketing Manager",
    /// "Head of Global Sales" not included). Returns how many.
    pub(super) fn caps_free_run(&self, i: usize, j: usize, end: usize) -> Option<usize> {
        if j == i || !(i..j).all(|k| self.is_capitalised(k)) {
            return None;
        }
        (1..=3).find(|&n| {
            j + n < end
                && (j..j + n).all(|k| self.is_caps_free(k))
                && self.title_at(j + n) > 0
                && self.is_capitalised(j + n)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_head_noun_after_a_modifying_title_word_ends_the_title() {
        let got = roles("Zeta Racing Ltd chief mechanic Bob Lane agreed.");
        assert_eq!(
            got,
            [role("Bob Lane", "chief mechanic", Some("Zeta Racing Ltd"))]
        );
        let got = roles("Ann Bell, deputy leader of the party, said so.");
        assert_eq!(got, [role("Ann Bell", "deputy leader", None)]);
        // Not when another free word follows: no head noun.
        let got = roles("Gil Marsh, chief reason sales fell, said so.");
        assert!(got.iter().all(|r| r.1 != "chief reason"), "{got:?}");
    }

    #[test]
    fn of_and_a_field_before_the_name_join_the_title() {
        let got = roles("Acme Corp head of purchasing Tom Hale said so.");
        assert_eq!(
            got,
            [role("Tom Hale", "head of purchasing", Some("Acme Corp"))]
        );
        let got = roles("Acme Corp said deputy chief of staff Jane Roe resigned.");
        assert_eq!(
            got,
            [role("Jane Roe", "deputy chief of staff", Some("Acme Corp"))]
        );
        let got = roles("Fay Gross, Acme Corp's head of purchasing, said so.");
        assert_eq!(
            got,
            [role("Fay Gross", "head of purchasing", Some("Acme Corp"))]
        );
        // A title after "of" is a title of its own, no field.
        let got = roles("Fans called for the head of chairman Jon Doe.");
        assert_eq!(got, [role("Jon Doe", "chairman", None)]);
    }

    #[test]
    fn title_case_titles_keep_their_free_words() {
        let got = roles("Jane Roe is a Senior Digital Marketing Manager at Acme Corp.");
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "senior digital marketing manager",
                Some("Acme Corp")
            )]
        );
        let got = roles("Jon Doe, Marketing Director at Zeta Holdings Inc, said so.");
        assert_eq!(
            got,
            [role(
                "Jon Doe",
                "marketing director",
                Some("Zeta Holdings Inc")
            )]
        );
    }
}

impl Reader<'_> {
    /// After a verb, at `k`: the token after a determiner and "new"
    /// ("as its new chief executive", "is the new chairman").
    pub(super) fn over_determiner(&self, mut k: usize, end: usize) -> usize {
        if k < end && matches!(self.word(k).as_str(), "the" | "a" | "an" | "its" | "their") {
            k += 1;
        }
        if k + 1 < end && self.word(k) == "new" {
            k += 1;
        }
        k
    }

    /// "Jane Roe, who heads Acme Corp", "Jane Roe runs Acme Corp", "who
    /// chairs the Acme Corp board": the person before the verb at `i` is
    /// its head (its chair).
    pub(super) fn heading(&self, i: usize) -> Option<(usize, Found)> {
        let (_, end) = self.sentence_around(i);
        let mut k = i + 1;
        if k < end && self.word(k) == "the" {
            k += 1;
        }
        let mut org = self.company_at.get(k).copied().flatten()?;
        // "who heads Acme Corp's Zeta Ltd unit": the unit.
        let j = self.company_end(k);
        if self
            .tokens
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Possessive)
            && let Some(unit) = self.company_at.get(j + 1).copied().flatten()
        {
            org = unit;
        }
        let person = self.person_ending(i, false)?;
        let title = if self.word(i).starts_with("chair") {
            "chair"
        } else {
            "head"
        };
        Some((person, Found::new(title.into(), Some(org))))
    }
}

#[cfg(test)]
mod verb_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn who_heads_or_chairs_a_company_holds_its_head() {
        let got = roles("Gil Marsh, who heads Acme Corp, said so.");
        assert_eq!(got, [role("Gil Marsh", "head", Some("Acme Corp"))]);
        let got = roles("Ann Bell, who chairs Zeta Tools Ltd, said so.");
        assert_eq!(got, [role("Ann Bell", "chair", Some("Zeta Tools Ltd"))]);
        // No company after the verb: no role.
        let got = roles("Jon Doe, who runs a bakery, said Acme Corp grew.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn promoted_to_and_its_new_give_the_title() {
        let got = roles("Acme Corp promoted Hal Brook to president.");
        assert_eq!(got, [role("Hal Brook", "president", Some("Acme Corp"))]);
        let got = roles("Zeta Tools Ltd hired Ivy Cole as its new sales chief.");
        assert_eq!(
            got,
            [role("Ivy Cole", "sales chief", Some("Zeta Tools Ltd"))]
        );
    }
}

impl Reader<'_> {
    /// Whether a person mention of two words or more starts at `l` ("actor
    /// Hugh Grant"; a lone capitalised word is often no name: "deputy Energy
    /// Secretary"), on the same line as the token before it (a headline's
    /// last word is no title of the body's first name).
    pub(super) fn before_person(&self, l: usize) -> bool {
        let toks = &self.tokens.tokens;
        self.person_at.get(l).copied().flatten().is_some()
            && self.person_at.get(l + 1) == self.person_at.get(l)
            && l > 0
            && !self.text[toks[l - 1].end..toks[l].start].contains('\n')
    }
}
