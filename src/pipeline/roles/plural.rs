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
        k + 1 < end && self.is_joiner(k) && self.person_at[k + 1].is_some()
    }

    /// Whether token `k` joins two names: "and", "&" or a comma.
    fn is_joiner(&self, k: usize) -> bool {
        self.tokens.tokens[k].is_punct(',') || matches!(self.word(k).as_str(), "and" | "&")
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
        let (f, title) = self.plural_title_text(p, start, &singular);
        let (org, guess) = self.premodifier_org(f, start);
        Some(Found {
            role: Role { title, org },
            guess,
            anaphor: false,
        })
    }

    /// The title ending in the plural word at `p` (`singular` its
    /// singular), read back to `start` at most: title words, modifiers and
    /// up to two free words before it ("senior shadow cabinet members",
    /// "Acme Corp economists"). Returns its first token and its text in
    /// the singular.
    fn plural_title_text(&self, p: usize, start: usize, singular: &str) -> (usize, String) {
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
        title.push_str(singular);
        (f, title)
    }

    /// "Jane Roe and Jon Doe are landscape photographers", "Ann Poe & Jim
    /// Bell were the co-founders of Acme Corp": names joined by "and", "&"
    /// or commas that open the sentence, "are" or "were" at `i`, then a
    /// plural title within [`COPULA_TITLE_REACH`] words (over "both",
    /// "also", "the", ...): each name holds the title in the singular, with
    /// the company it names after ([`Reader::title_org`]). Not "are
    /// analysts' favourites", "are not lawyers", "are sons of".
    pub(super) fn plural_copula(&self, i: usize) -> Vec<(usize, Found)> {
        let (start, end) = self.sentence_around(i);
        let people = self.people_opening(i, start);
        if people.len() < 2 {
            return Vec::new();
        }
        let k = self.skip_words(i + 1, end, PLURAL_COPULA_FILLERS);
        let lim = end.min(k + COPULA_TITLE_REACH);
        let Some((p, singular)) = (k..lim).find_map(|j| self.plural_title_at(j).map(|s| (j, s)))
        else {
            return Vec::new();
        };
        let leads = (k..p).all(|j| {
            let w = self.word(j);
            self.tokens.tokens[j].is_lower(self.text)
                && (self.is_title_word(j) || self.is_modifier(&w) || self.is_free_word(j, start))
        });
        let possessive = self
            .tokens
            .tokens
            .get(p + 1)
            .is_some_and(|t| t.kind == TokKind::Possessive);
        if !leads || possessive {
            return Vec::new();
        }
        let (_, title) = self.plural_title_text(p, k, &singular);
        // Only a company the title names ("the co-founders of X"): none is
        // guessed from the sentence ("were both directors when X bought Y").
        let (mut found, _) = self.title_org(title, p + 1, end);
        found.guess = false;
        people.into_iter().map(|x| (x, found.clone())).collect()
    }

    /// The people of the names joined by "and", "&" or commas that end
    /// right before token `i` and open the sentence at `start` (none
    /// otherwise), in text order.
    fn people_opening(&self, i: usize, start: usize) -> Vec<usize> {
        let mut people = Vec::new();
        let mut h = i;
        while let Some(f) = self.mention_ending(h) {
            let Some(person) = self.person_at[f] else {
                break;
            };
            people.push(person);
            h = f;
            let joined = h > start && self.is_joiner(h - 1);
            if !joined || people.len() > MAX_JOINED {
                break;
            }
            h -= 1;
        }
        if h != start {
            return Vec::new();
        }
        people.reverse();
        people.dedup();
        people
    }
}

/// Words between a plural copula and its plural title, at most
/// ([`Reader::plural_copula`]): "are full-time landscape photographers".
const COPULA_TITLE_REACH: usize = 4;

/// Words a plural copula may have before its title ("are both
/// directors", "were the co-founders").
const PLURAL_COPULA_FILLERS: &[&str] = &["both", "all", "currently", "now", "also", "still", "the"];

/// Names joined before a plural copula, at most.
const MAX_JOINED: usize = 6;

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
mod copula_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn joined_names_before_a_plural_copula_each_hold_the_title() {
        let got = roles("Jane Roe and Jon Doe are landscape photographers based in Lakeport.");
        assert_eq!(
            got,
            [
                role("Jane Roe", "landscape photographer", None),
                role("Jon Doe", "landscape photographer", None)
            ]
        );
        let got = roles("Ann Poe and Jim Bell were the co-founders of Acme Corp.");
        assert_eq!(
            got,
            [
                role("Ann Poe", "co-founder", Some("Acme Corp")),
                role("Jim Bell", "co-founder", Some("Acme Corp"))
            ]
        );
        // No company guessed from the rest of the sentence.
        let got =
            roles("Ann Poe and Jim Bell were both directors when Acme Corp bought Borealis Inc.");
        assert_eq!(
            got,
            [
                role("Ann Poe", "director", None),
                role("Jim Bell", "director", None)
            ]
        );
    }

    #[test]
    fn no_plural_copula_title_for_near_misses() {
        for text in [
            "Jane Roe and Jon Doe are analysts' favourites this year.",
            "Jane Roe and Jon Doe are not lawyers, the court heard.",
            "Jane Roe and Jon Doe are the sons of the chairman of Acme Corp.",
            "Jane Roe and Jon Doe were among the buyers who queued.",
            "Jane Roe and Jon Doe are expected to meet directors of Acme Corp.",
            "Jane Roe and Jon Doe are hiring engineers for Acme Corp.",
            "She said Jane Roe and Jon Doe are analysts at Acme Corp.",
            "Jane Roe is right, and Jon Doe and Ann Poe are friends.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
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
