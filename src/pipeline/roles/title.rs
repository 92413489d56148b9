//! Stage 6, title spans: where a job title starts and ends (listed titles,
//! free title phrases with their field words, lower-case runs).

use super::*;

/// Whether the lower-case word `w` is a title written as one hyphenated
/// word: a one-word title after a prefix of `role-title-affixes` ("vice-",
/// "co-", "ex-", "deputy-": "vice-president", "co-chairman",
/// "ex-chairman"); two titles joined by
/// a hyphen ("actor-director", "player-coach"); or a title with an affix of
/// `role-title-affixes` ("president-elect", "chairman-designate",
/// "then-president", "vice-president-elect").
pub(crate) fn is_affixed_title(rules: &Rules, w: &str) -> bool {
    let title = |w: &str| rules.word_class(w) & TITLE_BITS != 0;
    let prefixed = |w: &str| {
        w.find('-').is_some_and(|d| {
            let prefixed = rules.is_cue("role-title-affixes", &w[..=d]);
            (prefixed || title(&w[..d])) && title(&w[d + 1..])
        })
    };
    let affix = |a: &str| rules.is_cue("role-title-affixes", a);
    let suffixed = w.rfind('-').is_some_and(|d| {
        let head = &w[..d];
        affix(&w[d..]) && (title(head) || prefixed(head))
    });
    let then = w
        .find('-')
        .is_some_and(|d| affix(&w[..=d]) && title(&w[d + 1..]));
    prefixed(w) || suffixed || then
}

impl Reader<'_> {
    pub(super) fn word(&self, i: usize) -> Lower<'_> {
        self.tokens.lower(i, self.text)
    }

    /// The first mention whose first token is `i`.
    pub(super) fn mention_from(&self, i: usize) -> Option<&Mention> {
        let m = (*self.starting_at.get(i)?)?;
        Some(&self.res.mentions[m as usize])
    }

    /// The first mention whose end (exclusive) is `last`.
    pub(super) fn mention_to(&self, last: usize) -> Option<&Mention> {
        let m = (*self.ending_at.get(last)?)?;
        Some(&self.res.mentions[m as usize])
    }

    /// A word that may stand before or inside a title ("Global", "senior").
    pub(super) fn is_modifier(&self, w: &str) -> bool {
        self.rules.word_class(w) & ListKind::TitleModifier.bit() != 0
    }

    pub(super) fn is_title_word(&self, i: usize) -> bool {
        self.lexed.is(i, ListKind::Title)
            || self.lexed.is(i, ListKind::RoleTitle)
            || self.is_prefixed_title(i)
    }

    /// The longest title span (of either title kind) ending just before
    /// token `end`.
    pub(super) fn title_span_ending(&self, end: usize) -> Option<Span> {
        TITLE_KINDS
            .iter()
            .filter_map(|&k| self.lexed.span_ending(end, self.rules, k))
            .max_by_key(|s| s.last - s.first)
    }

    /// A title written as one hyphenated word ([`is_affixed_title`]).
    pub(super) fn is_prefixed_title(&self, i: usize) -> bool {
        self.tokens.tokens[i].kind == TokKind::Word && is_affixed_title(self.rules, &self.word(i))
    }

    /// Length of a title span starting at `i` (multi-word list entries included).
    pub(super) fn title_at(&self, i: usize) -> usize {
        let span = TITLE_KINDS
            .iter()
            .flat_map(|&k| self.lexed.spans_at(i, self.rules, k))
            .map(|s| s.last - s.first)
            .max()
            .unwrap_or(0);
        if span > 0 {
            span
        } else {
            usize::from(self.is_title_word(i))
        }
    }

    /// Reads `title [and title]*` from `i`; returns (first, last) tokens.
    /// A title listed after a comma that is part of a person's name or
    /// opens the next person's ("Jane Roe, chairman, and chief executive
    /// Jon Doe", "chairman, and Bishop Kent") is no part of it: the phrase
    /// ends before that comma. After a bare "and", only a title inside a
    /// name ends it ("chairman and chief executive Jon Doe" is all his).
    pub(super) fn title_phrase(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        let mut j = i;
        let mut has_title = false;
        let mut last = i;
        // The phrase's end before the latest listing comma or "and", and
        // whether it was a comma.
        let mut joint = None;
        let mut meets_name = false;
        while j < end {
            let n = self.title_at(j);
            // "Jane Roe, director Dean Poe said": "Dean" opens the next name.
            if n > 0 && j > i && self.opens_name(j) {
                meets_name = true;
                break;
            }
            if n > 0 {
                j += n;
                last = j;
                has_title = true;
                continue;
            }
            let w = self.word(j);
            if self.is_modifier(&w) {
                j += 1;
                continue;
            }
            // "chief strategy officer", "chief marketing officer": free
            // words (or "-ing" fields) between title words.
            if has_title
                && let Some(n) = (1..=2).find(|&n| {
                    j + n < end
                        && (j..j + n).all(|k| {
                            self.is_free_word(k, usize::MAX)
                                || self.word(k).ends_with("ing")
                                    && self.is_field_word(k, usize::MAX)
                        })
                        && self.title_at(j + n) > 0
                })
            {
                j += n;
                continue;
            }
            // "Senior Digital Marketing Manager": Title Case free words.
            if let Some(n) = self.caps_free_run(i, j, end) {
                j += n;
                continue;
            }
            // "president, chief executive and chairman": a list of titles
            // closed by "and".
            if has_title
                && self.tokens.tokens[j].is_punct(',')
                && let Some(l) = self.listed_titles_end(j, end)
            {
                joint = Some((last, true));
                j = l;
                last = l;
                continue;
            }
            if has_title
                && (w == "and" || w == "&")
                && j + 1 < end
                && (self.title_at(j + 1) > 0 || self.is_modifier(&self.word(j + 1)))
            {
                joint = Some((last, false));
                j += 1;
                continue;
            }
            break;
        }
        if let Some((before, comma)) = joint {
            let meets = if comma {
                self.list_meets_person(before, last, end)
            } else {
                (before..last).any(|k| self.person_at[k].is_some())
            };
            if meets {
                return Some((i, before));
            }
        }
        // "deputy leader", "chief mechanic": a head noun ends the title.
        if has_title && !meets_name && last == j && self.is_head_noun(j, end) {
            last = j + 1;
        }
        has_title.then_some((i, last))
    }

    /// Whether the token `k` opens a person's name: a person mention starts
    /// there, or it is a capitalised word followed by a capitalised word no
    /// list knows and no mention ("Dean Poe", "Bishop Kent"; not "Chief
    /// Executive Jane Roe").
    fn opens_name(&self, k: usize) -> bool {
        let p = self.person_at[k];
        let starts = p.is_some() && (k == 0 || self.person_at[k - 1] != p);
        let bare = self.is_capitalised(k)
            && k + 1 < self.tokens.tokens.len()
            && self.person_at[k + 1].is_none()
            && self.is_bare_name_word(k + 1);
        starts || bare
    }

    /// Whether the titles listed at `from..to` (before `end`) hold a
    /// person's name or end right before one, spotted or not ("and Bishop
    /// Kent"): the list has run into the next person.
    pub(super) fn list_meets_person(&self, from: usize, to: usize, end: usize) -> bool {
        (from..to).any(|k| self.person_at[k].is_some())
            || (to < end && (self.before_person(to) || self.is_bare_name_word(to)))
    }

    /// A capitalised word at `k` that no list knows as a title, company,
    /// place or nationality: after a title, mostly a name ("Bishop Kent").
    pub(super) fn is_bare_name_word(&self, k: usize) -> bool {
        let raw = self.tokens.tokens[k].text(self.text);
        self.is_capitalised(k)
            && !self.is_title_word(k)
            && self.company_at[k].is_none()
            && !self.lexed.is(k, ListKind::Place)
            && self.rules.word_class(raw) & ListKind::Nationality.bit() == 0
    }

    /// After a title, at the comma `j`: the end of the titles listed after
    /// it when "and" closes the list (", chief executive and chairman",
    /// ", chief executive, and chairman").
    pub(super) fn listed_titles_end(&self, j: usize, end: usize) -> Option<usize> {
        let k = if j + 1 < end && self.is_lower_and(j + 1) {
            j + 2
        } else {
            j + 1
        };
        let (_, l) = self.title_phrase(k, end)?;
        (k > j + 1 || (k..l).any(|x| self.is_lower_and(x))).then_some(l)
    }

    pub(super) fn lower_text(&self, first: usize, last: usize) -> String {
        let toks = &self.tokens.tokens;
        let mut s = String::new();
        for t in &toks[first..last] {
            let w = t.text(self.text).to_lowercase();
            if !s.is_empty() && !matches!(t.kind, TokKind::Possessive | TokKind::Punct(',')) {
                s.push(' ');
            }
            s.push_str(&w);
        }
        s
    }

    /// A word that may open a title though in no list: "equity" in "equity
    /// strategist", "auto" in "auto analyst". Lower case (or the first word
    /// of the sentence at `start`), letters only, no function word, verb
    /// form or speech verb, no age ("18-year-old actress"); an "-ing" word
    /// only when it names a field (`role-ing-fields`: "mining minister";
    /// not "criticising chancellor").
    pub(super) fn is_free_word(&self, i: usize, start: usize) -> bool {
        let w = self.word(i);
        self.is_field_word(i, start)
            && (!w.ends_with("ing") || self.rules.is_cue("role-ing-fields", &w))
            && !w.ends_with("-old")
    }

    /// An "-ing" field word opening a title right before a title word, after
    /// a comma or determiner ("a banking analyst", "X's marketing director";
    /// not before a name, where it is mostly a verb: "criticising chancellor").
    pub(super) fn is_ing_field(&self, i: usize) -> bool {
        self.word(i).ends_with("ing")
            && self.is_field_word(i, usize::MAX)
            && i + 1 < self.tokens.tokens.len()
            && self.is_title_word(i + 1)
            && self.word_class(i) & ListKind::ListOpener.bit() == 0
    }

    /// A word that may name a field after "of" in a title ("purchasing" in
    /// "head of purchasing"): as [`Reader::is_free_word`], "-ing" allowed.
    pub(super) fn is_field_word(&self, i: usize, start: usize) -> bool {
        let t = self.tokens.tokens[i];
        if t.kind != TokKind::Word || self.company_at[i].is_some() || self.person_at[i].is_some() {
            return false;
        }
        let raw = t.text(self.text);
        let title_case = raw.chars().skip(1).all(char::is_lowercase);
        // "Wales hooker Jon Doe", "Welsh First Minister": a place or
        // nationality opening the sentence says whose, and is no title word.
        let place = || {
            self.lexed.is(i, ListKind::Place)
                || self.word_class(i) & ListKind::Nationality.bit() != 0
        };
        // "Neither President Jane Roe nor ...", "Do President Jane Roe's
        // remarks ...": a paired conjunction (`role-paired-openers`) or a
        // question's verb opening the sentence is no field ("One member",
        // "First team coach" stay).
        let opener = || self.is_cue("question-openers", i) || self.is_cue("role-paired-openers", i);
        if !(t.is_lower(self.text) || (i == start && title_case && !place() && !opener())) {
            return false;
        }
        let w = self.word(i);
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && self.word_class(i) & FUNCTION_BITS == 0
            && (!w.ends_with("ed") || self.is_cue("role-participles", i))
            && !w.ends_with("ly")
            // `not_title` of the token.
            && !self.is_cue("role-not-title-words", i)
            && !self.lexed.is(i, ListKind::CompanyNoun)
            && !self.is_cue("role-appointing-verbs", i)
            // "Acme warns former programmer Jon Doe": a verb, no field.
            && !self.is_cue("role-verb-forms", i)
    }

    /// A title phrase at `i`, or one after one or two free words ("equity
    /// strategist"): returns (first, last) with the free words included.
    pub(super) fn free_title_phrase(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        // "Jane Roe, Finance Minister Jon Doe": the next person's title.
        self.free_title_phrase_any(i, end)
            .filter(|&(_, l)| !self.before_person(l))
    }

    /// [`Reader::free_title_phrase`] before any word.
    pub(super) fn free_title_phrase_any(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        if let Some(p) = self.title_phrase(i, end) {
            return Some(p);
        }
        // "a freelance design and branding consultant", "a breaking news
        // reporter", "a board-certified child sleep therapist".
        let lower = (1..=4)
            .take_while(|&n| i + n < end && self.is_lower_run_word(i, i + n - 1))
            .filter(|&n| n <= 2 || !self.is_lower_and(i + n - 1))
            .find_map(|n| self.title_phrase(i + n, end));
        // "Marketing Director at X": Title Case free words, a Title Case
        // title; "Commerce and Industry Minister": joined by "and".
        let caps = || {
            (1..=4)
                .take_while(|&n| {
                    i + n < end
                        && (self.is_caps_free(i + n - 1) || (n > 1 && self.is_lower_and(i + n - 1)))
                })
                .filter(|&n| self.is_capitalised(i + n))
                .find_map(|n| self.title_phrase(i + n, end))
        };
        lower.or_else(caps).map(|(_, l)| (i, l))
    }

    /// A word of a lower-case run opening a title at `i`, at `k`: a free
    /// word; an "-ing" field word first before a title word or a free
    /// word ("banking analyst", "breaking news reporter"); a hyphenated
    /// "-ed" word ("board-certified"); "and" between free words past the
    /// first ("content and messaging strategist").
    pub(super) fn is_lower_run_word(&self, i: usize, k: usize) -> bool {
        if self.is_free_word(k, usize::MAX) {
            return true;
        }
        let w = self.word(k);
        let next_free = k + 1 < self.tokens.tokens.len()
            && (self.is_free_word(k + 1, usize::MAX) || self.is_field_word(k + 1, usize::MAX));
        let ing = w.ends_with("ing")
            && (k == i || self.is_lower_and(k - 1))
            && self.is_field_word(k, usize::MAX)
            && self.rules.word_class(&w) & ListKind::ListOpener.bit() == 0;
        (k == i && self.is_ing_field(k))
            || (ing && next_free)
            || (ing && k > i && self.is_title_word(k + 1))
            || self.is_compound_adjective(k)
            || (k > i && self.is_lower_and(k) && next_free)
    }

    /// A lower-case hyphenated "-ed" word at `k` ("board-certified",
    /// "award-winning" is an "-ing" one) that is no name.
    pub(super) fn is_compound_adjective(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        let w = self.word(k);
        t.kind == TokKind::Word
            && t.is_lower(self.text)
            && self.company_at[k].is_none()
            && w.contains('-')
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    }

    /// Whether the token at `i` is "and" in lower case.
    pub(super) fn is_lower_and(&self, i: usize) -> bool {
        self.tokens.tokens[i].is_lower(self.text) && self.word(i) == "and"
    }
}

crate::pipeline::lexicon::token_words_from_fields!(Reader);

#[cfg(test)]
mod affix_tests {
    use super::super::tests::{role, roles};
    use super::is_affixed_title;
    use crate::Rules;

    #[test]
    fn a_title_with_a_hyphened_affix_is_one_title() {
        let rules = Rules::default_rules().unwrap();
        for w in [
            "president-elect",
            "chairman-designate",
            "then-president",
            "vice-president-elect",
            "vice-president",
            "ex-chairman",
        ] {
            assert!(is_affixed_title(&rules, w), "{w}");
        }
        for w in ["then-capital", "office-elect", "elect", "-elect", "then-"] {
            assert!(!is_affixed_title(&rules, w), "{w}");
        }
    }

    #[test]
    fn an_affixed_title_before_a_name_or_in_apposition_is_the_person_s() {
        let got = roles("Report\n\nPresident-elect Maria Keller met the senators on Monday.");
        assert_eq!(got, [role("Maria Keller", "president-elect", None)]);
        let got = roles("Report\n\nThe deal was signed by then-president Maria Keller in 1979.");
        assert_eq!(got, [role("Maria Keller", "then-president", None)]);
        let got = roles(
            "Report\n\nMaria Keller, the chairman-designate of Brenhall Corp, said sales rose.",
        );
        assert_eq!(
            got,
            [role(
                "Maria Keller",
                "chairman-designate",
                Some("Brenhall Corp")
            )]
        );
    }
}

#[cfg(test)]
mod opener_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_paired_conjunction_or_question_verb_opening_the_sentence_is_no_field() {
        let got = roles("Report\n\nNeither President Maria Keller nor the senators spoke.");
        assert_eq!(got, [role("Maria Keller", "president", None)]);
        let got = roles("Report\n\nDo President Maria Keller's remarks break the rules?");
        assert_eq!(got, [role("Maria Keller", "president", None)]);
        let got = roles("Report\n\nMarketing director Maria Keller said sales rose.");
        assert_eq!(got, [role("Maria Keller", "marketing director", None)]);
    }
}
