//! A plural title before names joined by "and" or commas: "Acme Corp
//! economists Jane Roe and Jon Doe", "former Ruritania midfielders Jane Roe,
//! Jon Doe and Ann Poe": each name holds the title in the singular.

use super::{Found, Reader, Role, TITLE_BITS};
use crate::pipeline::segment::TokKind;
use crate::rules::Rules;

/// The singular of a plural noun: "economists" -> "economist", "chairmen"
/// -> "chairman", "deputies" -> "deputy", "actresses" -> "actress"; each
/// candidate is tried in turn by the caller.
pub(crate) fn singulars(w: &str) -> impl Iterator<Item = String> + '_ {
    let men = w.strip_suffix("men").map(|s| format!("{s}man"));
    let ies = w.strip_suffix("ies").map(|s| format!("{s}y"));
    let es = w.strip_suffix("es").map(String::from);
    let s = w.strip_suffix('s').map(String::from);
    [men, ies, es, s].into_iter().flatten()
}

/// The head a byline or title line ends in: `w` (lower case) itself when
/// it is a title word or a `role-byline-heads` word ("writer",
/// "correspondent"), else its first [`singulars`] candidate that is
/// ("correspondents" -> "correspondent"); `None` for any other word.
pub(crate) fn title_or_byline_head(rules: &Rules, w: &str) -> Option<String> {
    let is_head =
        |s: &str| rules.word_class(s) & TITLE_BITS != 0 || rules.is_cue("role-byline-heads", s);
    if is_head(w) {
        return Some(w.to_string());
    }
    singulars(w).find(|s| is_head(s))
}

impl Reader<'_> {
    /// The singular of the plural title word at `i`, lower case, if it is
    /// one: in lower case, or capitalised when it opens the sentence
    /// ("Actors Jane Roe and Jon Doe star").
    pub(super) fn plural_title_at(&self, i: usize) -> Option<String> {
        let t = self.tokens.tokens[i];
        let opens = self.tokens.sentences[self.tokens.sentence_of[i]].first == i;
        if t.kind != TokKind::Word || !(t.is_lower(self.text) || opens) {
            return None;
        }
        let w = self.word(i);
        // "stars" (the `role-not-plural-titles` list) is mostly the verb.
        if self.rules.is_cue("role-not-plural-titles", &w)
            || self.rules.word_class(&w) & TITLE_BITS != 0
        {
            return None;
        }
        singulars(&w).find(|s| self.rules.word_class(s) & TITLE_BITS != 0)
    }

    /// A word in "-s" other than a field's name ("sales", "news": the
    /// `role-field-plurals` list): mostly a verb before a plural ("includes
    /// members", "features actors").
    fn is_verb_s(&self, k: usize) -> bool {
        let w = self.word(k);
        w.ends_with('s') && !self.rules.is_cue("role-field-plurals", &w)
    }

    /// A lower-case word other than a determiner at `k`.
    fn is_open_word(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        t.kind == TokKind::Word
            && t.is_lower(self.text)
            && !matches!(
                self.word(k).as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "two" | "three"
            )
    }

    /// The first token of the person mention ending at `last` (exclusive).
    pub(super) fn mention_ending(&self, last: usize) -> Option<usize> {
        let p = self
            .person_at
            .get(last.checked_sub(1)?)
            .copied()
            .flatten()?;
        let m = self.mention_to(last)?;
        (self.person_at[m.first] == Some(p)).then_some(m.first)
    }

    /// Whether a joining word ("and", "&", a comma) at `k` is followed by a
    /// person mention.
    pub(super) fn joins_person(&self, k: usize, end: usize) -> bool {
        k + 1 < end
            && (self.tokens.tokens[k].is_punct(',') || matches!(self.word(k).as_str(), "and" | "&"))
            && self.person_at[k + 1].is_some()
    }

    /// The role a plural title before the names joined with the person
    /// mention at `first..last` gives it: the first name of the list must
    /// follow the title, and a name must follow the first.
    pub(super) fn plural_title(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
    ) -> Option<Found> {
        // Walk back to the list's first name.
        let mut h = first;
        for _ in 0..6 {
            let Some(k) = h.checked_sub(1).filter(|&k| k >= start) else {
                break;
            };
            let joined =
                self.tokens.tokens[k].is_punct(',') || matches!(self.word(k).as_str(), "and" | "&");
            match self.mention_ending(k).filter(|_| joined) {
                Some(f) => h = f,
                None => break,
            }
        }
        if h == first && !self.joins_person(last, end) {
            return None;
        }
        let p = h.checked_sub(1).filter(|&p| p >= start)?;
        let singular = self.plural_title_at(p)?;
        // Title words, modifiers and up to two free words before it:
        // "senior shadow cabinet members", "Acme Corp economists".
        let mut f = p;
        while f > start && (self.is_title_word(f - 1) || self.is_modifier(&self.word(f - 1))) {
            f -= 1;
        }
        let (f0, lo) = (f, f.saturating_sub(2).max(start));
        while f > lo && self.is_free_word(f - 1, start) && !self.is_verb_s(f - 1) {
            f -= 1;
        }
        // A lower-case word before the free words makes them a verb's
        // ("includes members", "lined up actors"): they stay out.
        if f < f0 && f > start && self.is_open_word(f - 1) {
            f = f0;
        }
        let mut title = self.lower_text(f, p);
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(&singular);
        let (org, guess) = self.premodifier_org(f, start);
        Some(Found {
            role: Role { title, org },
            guess,
            anaphor: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_plural_title_before_joined_names_is_each_one_s() {
        let got = roles("Acme Corp economists Jane Roe and Jon Doe said rates would rise.");
        assert_eq!(
            got,
            [
                role("Jane Roe", "economist", Some("Acme Corp")),
                role("Jon Doe", "economist", Some("Acme Corp"))
            ]
        );
        let got = roles("The team doctors Ann Poe, Jim Bell and Sue Hart agreed.");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|r| r.1 == "team doctor"), "{got:?}");
        // A verb before the plural is no part of the title.
        let got = roles("The band includes members Ann Poe and Jim Bell.");
        assert!(got.iter().all(|r| r.1 == "member"), "{got:?}");
    }

    #[test]
    fn no_plural_title_for_one_name_or_a_verb() {
        let got = roles("The economists Jane Roe cited were wrong.");
        assert!(got.is_empty(), "{got:?}");
        let got = roles("The film stars Jane Roe and Jon Doe.");
        assert!(got.is_empty(), "{got:?}");
    }
}

#[cfg(test)]
mod opener_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_plural_title_opening_the_sentence_is_each_listed_name_s() {
        let got = roles("The play opens today. Actors Jane Roe and Jon Doe take the leads.");
        assert_eq!(
            got,
            [
                role("Jane Roe", "actor", None),
                role("Jon Doe", "actor", None)
            ]
        );
    }

    #[test]
    fn a_capitalised_plural_inside_the_sentence_gives_no_title() {
        let got = roles("He thanked the Lawyers Jane Roe and Jon Doe had hired.");
        assert!(got.iter().all(|r| r.1 != "lawyer"), "{got:?}");
    }
}
