//! Stage 6, titles after "as" that no verb gives: "As chairman of Acme
//! Corp, Jane Roe ..." (a fronted phrase) and "the exit of Jane Roe as
//! chief executive", "Jane Roe, whose appointment as chairman ...", "Jane
//! Roe's tenure as president" (a noun of holding a post, the
//! `role-holding-nouns` list).

use super::*;

impl Reader<'_> {
    /// The titles after "as" read without a verb: (person, token, role).
    pub(super) fn as_title_roles(&self) -> Vec<(usize, usize, Found)> {
        let mut out: Vec<(usize, usize, Found)> = (0..self.tokens.sentences.len())
            .filter_map(|s| self.fronted_as(s))
            .collect();
        for m in &self.res.mentions {
            if m.kind != Kind::Person {
                continue;
            }
            let Some(p) = self.person_at[m.first] else {
                continue;
            };
            if let Some(f) = self.holding_as(m.first, m.last) {
                out.push((p, m.first, f));
            }
        }
        out
    }

    /// "As chairman of Acme Corp, Jane Roe approved the pay", "As its chief
    /// executive, Jane Roe ...": sentence `s` opens with "As" and a title
    /// phrase, and the first comma within twelve tokens after the title is
    /// followed by a person mention, who takes the title.
    fn fronted_as(&self, s: usize) -> Option<(usize, usize, Found)> {
        let sent = &self.tokens.sentences[s];
        let (start, end) = (sent.first, sent.last);
        if self.tokens.tokens[start].text(self.text) != "As" {
            return None;
        }
        let o = self.owned_start(start + 1, end);
        let (f, l, named) = self.appositive_title(o.k, end)?;
        // "As the president's aide, ...": the title is another's.
        if self.is_possessive(l) || self.person_at[start..l].iter().any(Option::is_some) {
            return None;
        }
        let toks = &self.tokens.tokens;
        let comma = (l..end.min(l + 12)).find(|&k| toks[k].is_punct(','))?;
        if self.person_at[l..comma].iter().any(Option::is_some) {
            return None;
        }
        let p = self.person_at.get(comma + 1).copied().flatten()?;
        self.mention_from(comma + 1)?;
        let mut found = self.owned_found(f, l, end, &o);
        found.guess &= !named;
        self.its_fallback(&mut found, &o, start, start);
        Some((p, comma + 1, found))
    }

    /// The title after "as" of a person mention `first..last` held through
    /// a noun of holding a post (`role-holding-nouns`): "the exit of Jane
    /// Roe as chief executive", "Jane Roe's tenure as president", "Jane
    /// Roe, whose appointment as chairman won praise".
    fn holding_as(&self, first: usize, last: usize) -> Option<Found> {
        let (start, end) = self.sentence_around(first);
        let holding = |k: usize| self.is_cue("role-holding-nouns", k);
        let toks = &self.tokens.tokens;
        let as_at = if first >= start + 2 && self.word(first - 1) == "of" && holding(first - 2) {
            // "the exit of Jane Roe as".
            last
        } else if self.is_possessive(last) && last + 1 < end && holding(last + 1) {
            // "Jane Roe's tenure as".
            last + 2
        } else if last + 2 < end
            && toks[last].is_punct(',')
            && self.word(last + 1) == "whose"
            && holding(last + 2)
        {
            // "Jane Roe, whose appointment as".
            last + 3
        } else {
            return None;
        };
        if as_at + 1 >= end || self.word(as_at) != "as" {
            return None;
        }
        // "as Brenton Port chief of staff": capitalised words may lead.
        let o = self.owned_start(as_at + 1, end);
        let (f, l, named) = self.appositive_title(o.k, end)?;
        if self.is_possessive(l) {
            return None;
        }
        let mut found = self.owned_found(f, l, end, &o);
        found.guess &= !named;
        self.its_fallback(&mut found, &o, start, first);
        Some(found)
    }

    /// "Jane Roe runs a small firm. She is the chief executive of Acme
    /// Corp.", "He's head of ...": the person a sentence-opening pronoun of
    /// `role-copula-pronouns` ("he", "she") right before the copula at
    /// `verb` stands for, when the text from the start of the sentence two
    /// before up to the pronoun names exactly one person, names them as a
    /// subject there ([`Reader::subject_mention`]; "Jon Doe hopes to sign
    /// him. He is a winger": none) and holds no pronoun of the other gender
    /// from that person on ("Jon Doe said his firm grew. She is ...": none).
    pub(super) fn pronoun_subject(&self, verb: usize) -> Option<usize> {
        let (start, _) = self.sentence_around(verb);
        let pronoun = self.word(start);
        if verb != start + 1 || !self.rules.is_cue("role-copula-pronouns", &pronoun) {
            return None;
        }
        let s = self.tokens.sentence_of[start];
        let lo = self.tokens.sentences[s.saturating_sub(2)].first;
        let p = only_one(&self.person_at[lo..start])?;
        let other = if self.rules.is_cue("role-feminine-pronouns", &pronoun) {
            "role-masculine-pronouns"
        } else {
            "role-feminine-pronouns"
        };
        let named = (lo..start).find(|&k| self.person_at[k] == Some(p))?;
        if (named..start).any(|k| self.is_cue(other, k)) {
            return None;
        }
        (lo..start)
            .any(|k| self.person_at[k] == Some(p) && self.subject_mention(k))
            .then_some(p)
    }

    /// Whether a person mention starting at `k` is said as a subject: it
    /// opens its sentence, or stands right after the speech verb of an
    /// inverted tag, a comma or quotation mark before the verb ("'...,'
    /// says Jane Roe."; "Acme Corp said Jane Roe will retire": not).
    fn subject_mention(&self, k: usize) -> bool {
        let (start, _) = self.sentence_around(k);
        if k == start {
            return true;
        }
        if self.person_at[k - 1] == self.person_at[k] {
            return false;
        }
        let toks = &self.tokens.tokens;
        let before = self.text[..toks[k - 1].start].trim_end();
        before.ends_with([',', '"', '\u{201d}'])
            && toks[k - 1].is_lower(self.text)
            && self.word_class(k - 1) & ListKind::SpeechVerb.bit() != 0
    }

    /// Whether the token at `i` is the "'s" of a sentence-opening "he's"
    /// or "she's" (`role-copula-pronouns`), a copula ("She's treasurer of
    /// Acme Corp"). Cheap tests first: it runs on every token.
    pub(super) fn is_pronoun_copula(&self, i: usize) -> bool {
        if !self.is_possessive(i) || i == 0 {
            return false;
        }
        let (start, _) = self.sentence_around(i);
        i == start + 1 && self.is_cue("role-copula-pronouns", start)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_fronted_as_title_goes_to_the_name_after_the_comma() {
        let got =
            roles("Acme Corp grew. As chairman of Zeta Tools Ltd, Jane Roe approved the pay.");
        assert_eq!(got, [role("Jane Roe", "chairman", Some("Zeta Tools Ltd"))]);
        let got = roles("Acme Corp grew. As its chief executive, Jon Doe cut costs.");
        assert_eq!(got, [role("Jon Doe", "chief executive", Some("Acme Corp"))]);
        // No title, or no name after the comma: nothing.
        for text in [
            "As a result, Jane Roe left Acme Corp.",
            "As chairman, he approved the pay. Jane Roe left.",
            "As analysts expected, Jane Roe left.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_holding_noun_gives_the_title_after_as() {
        let got = roles("Acme Corp staff were shocked by the exit of Jane Roe as chief of staff.");
        assert_eq!(got, [role("Jane Roe", "chief of staff", Some("Acme Corp"))]);
        let got = roles("Jon Doe, whose appointment as chairman won praise, spoke.");
        assert_eq!(got, [role("Jon Doe", "chairman", None)]);
        let got = roles("Ann Bell's tenure as president of Zeta Tools Ltd ended.");
        assert_eq!(got, [role("Ann Bell", "president", Some("Zeta Tools Ltd"))]);
        // A noun of no post: nothing ("her role as" is often a part played).
        let got =
            roles("Jane Roe won praise for her role as a nurse. The film of Jon Doe as a boy won.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_pronoun_copula_gives_the_title_to_the_one_person_before() {
        let got = roles(
            "Jane Roe has an office in Brenton. It is small. \
             She is the former chief executive of Zeta Tools Ltd.",
        );
        assert_eq!(
            got,
            [role(
                "Jane Roe",
                "former chief executive",
                Some("Zeta Tools Ltd")
            )]
        );
        let got = roles("Jon Doe rarely talks. He's head of Acme Corp.");
        assert_eq!(got, [role("Jon Doe", "head", Some("Acme Corp"))]);
        // Two people before the pronoun, or one named as an object, or a
        // verb before "to be": nothing.
        for text in [
            "Jon Doe met Ann Bell. She is the chief executive of Acme Corp.",
            "Acme Corp hopes to sign Jon Doe. He is a winger.",
            "Jon Doe left Acme Corp. He hoped to be a judge.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        let got = roles("\"It works,\" says Ann Bell. She's the director of Acme Corp.");
        assert_eq!(got, [role("Ann Bell", "director", Some("Acme Corp"))]);
        // The person is the subject of a clause a company reports, or the
        // sentence before speaks of them with the other gender: nothing.
        for text in [
            "Zeta Tools Ltd said Jon Doe will step down. She is the new chairman of Zeta Tools Ltd.",
            "Jon Doe said his plant would close. She is the head of Acme Corp.",
        ] {
            let got = roles(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}
