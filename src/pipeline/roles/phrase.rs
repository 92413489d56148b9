//! Whole title phrases: a head noun after a title word that also modifies
//! ("deputy leader", "chief mechanic", "executive producer") and "of" with
//! a field before a name ("head of purchasing Jane Roe", "deputy chief of
//! staff Jane Roe").

use super::{FUNCTION_BITS, Found, Reader, not_title, only_one};
use crate::pipeline::lexicon::TokenWords;
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
    /// of staff Jane Roe"), or Title Case ones after a capitalised title
    /// ("Secretary of Defence Jane Roe"); returns the token of "of".
    pub(super) fn of_field_before(&self, first: usize, start: usize) -> Option<usize> {
        let mut k = first;
        // "Secretary of Defence Jane Roe": a Title Case field after a
        // capitalised title.
        let mut caps = false;
        while k > start && first - k < 3 && !self.is_title_word(k - 1) {
            if self.is_field_word(k - 1, usize::MAX) {
                k -= 1;
            } else if self.is_caps_free(k - 1) {
                caps = true;
                k -= 1;
            } else {
                break;
            }
        }
        // "minister for civil aviation Jane Roe": "for" after a public
        // title or a spokesman's only ("an attorney for shareholder Jane
        // Roe": she is the shareholder).
        if k == first || k < start + 2 || !matches!(self.word(k - 1).as_str(), "of" | "for") {
            return None;
        }
        let of = k - 1;
        if self.word(of) == "for" && !self.is_public_or_spokes(of - 1) {
            return None;
        }
        let titled = self.is_title_word(of - 1) || self.title_span_ending(of).is_some();
        let cased = !caps || self.tokens.tokens[of - 1].is_cap(self.text);
        (titled && cased).then_some(of)
    }
}

impl Reader<'_> {
    /// Whether the word at `k` is a public title word ("minister",
    /// "secretary") or a spokesman's ("spokesman", "spokeswoman").
    fn is_public_or_spokes(&self, k: usize) -> bool {
        let w = self.word(k);
        self.rules.word_class(&w) & ListKind::PublicTitle.bit() != 0 || w.starts_with("spokes")
    }

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
        let function = FUNCTION_BITS | ListKind::Place.bit();
        w.chars().all(char::is_alphabetic)
            && self.rules.word_class(&w) & function == 0
            && !not_title(self.rules, &w)
            && !self.lexed.is(i, ListKind::CompanyNoun)
            && !self.lexed.is(i, ListKind::Place)
    }

    /// Before a capitalised portfolio title at `f` ("Secretary", "Minister"
    /// of rules/roles-portfolio-titles.txt): one or two Title Case portfolio
    /// words that name no place, nationality, company or person ("Home" in
    /// "said Home Secretary Jane Roe"), after an optional capitalised
    /// modifier ("Deputy Trade Minister"); returns the title's new first
    /// token (`f` when none). The word before the portfolio must be lower
    /// case, or (before one word) punctuation, the sentence start, a
    /// modifier or a known place or nationality ("British Foreign
    /// Secretary"): "Bank, Philippine Finance Minister" keeps its bare title.
    pub(super) fn portfolio_before(&self, f: usize, start: usize) -> usize {
        if !self.is_capitalised(f) || !self.is_cue("role-portfolio-titles", f) {
            return f;
        }
        let toks = &self.tokens.tokens;
        let portfolio = |k: usize| {
            let raw = toks[k].text(self.text);
            raw.chars().skip(1).all(char::is_lowercase)
                && self.is_caps_free(k)
                && !self.is_title_word(k)
                && !self.is_modifier(&self.word(k))
                && self.rules.word_class(raw) & ListKind::Nationality.bit() == 0
        };
        let whose = |k: usize| {
            self.lexed.is(k, ListKind::Place)
                || self.rules.word_class(toks[k].text(self.text)) & ListKind::Nationality.bit() != 0
        };
        // Two words after a lower-case word (or an opening "The") only
        // ("said Foreign Trade Minister"; not "Bank, Philippine Finance
        // Minister").
        let open = |k: usize, n: usize| {
            if k == start || toks[k - 1].kind != TokKind::Word {
                return n == 1;
            }
            // "The Foreign Secretary told": an opening "the" is lower case.
            !self.is_capitalised(k - 1)
                || (k - 1 == start && self.word(k - 1) == "the")
                || (n == 1 && (self.is_modifier(&self.word(k - 1)) || whose(k - 1)))
        };
        let Some(k) = [2, 1]
            .into_iter()
            .filter(|&n| f >= start + n && (f - n..f).all(&portfolio))
            .map(|n| f - n)
            .find(|&k| open(k, f - k))
        else {
            return f;
        };
        if k > start && self.is_capitalised(k - 1) && self.is_modifier(&self.word(k - 1)) {
            k - 1
        } else {
            k
        }
    }

    /// Before a capitalised title word at `f` that ends at `first`: one to
    /// three Title Case free words after a capitalised title word or
    /// modifier ("Chief Privacy Officer", "Deputy Assistant Secretary"), no
    /// nationality ("Acting Turkish Prime Minister" keeps "prime minister");
    /// returns the title's new first token (`f` when none).
    pub(super) fn caps_title_before(&self, f: usize, first: usize, start: usize) -> usize {
        if !self.is_capitalised(f) {
            return f;
        }
        (f.saturating_sub(4).max(start)..f.saturating_sub(1))
            .rev()
            .find(|&k| {
                self.is_capitalised(k)
                    && (self.is_title_word(k) || self.is_modifier(&self.word(k)))
                    && (k + 1..f).all(|m| {
                        (self.is_caps_free(m) || self.is_title_word(m))
                            && self.word_class(m) & ListKind::Nationality.bit() == 0
                    })
                    && self.title_phrase(k, first) == Some((k, first))
            })
            .unwrap_or(f)
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

/// What stands between a verb and its title: see [`Reader::owned_start`].
pub(super) struct Owned {
    /// The first token of the title.
    pub(super) k: usize,
    /// Whether "its" or "their" opens it.
    pub(super) its: bool,
    /// The company of a possessive ("Acme Corp's chief executive").
    pub(super) owner: Option<usize>,
    /// Whether "the company's" stands before the title.
    pub(super) anaphor: bool,
}

impl Reader<'_> {
    /// After a verb, at `k`: the token after a determiner and "new"
    /// ("as its new chief executive", "is the new chairman").
    pub(super) fn over_determiner(&self, mut k: usize, end: usize) -> usize {
        if k < end && (self.is_article(k) || self.is_its(k)) {
            k += 1;
        }
        self.over_passing(k, end)
    }

    /// Whether the word at `k` is an article: "the", "a", "an".
    pub(super) fn is_article(&self, k: usize) -> bool {
        matches!(self.word(k).as_str(), "the" | "a" | "an")
    }

    /// Whether the word at `k` is "its" or "their", which stand for a
    /// company named before ([`Reader::its_company`]).
    pub(super) fn is_its(&self, k: usize) -> bool {
        matches!(self.word(k).as_str(), "its" | "their")
    }

    /// After a verb (and "as", "to"), at `k`: "its"/"their" or an article,
    /// words of time or rank, a company's possessive ("Acme Corp's", "the
    /// company's") and more words of time or rank, read up to the title.
    pub(super) fn owned_start(&self, k: usize, end: usize) -> Owned {
        let its = k < end && self.is_its(k);
        let k = self.over_determiner(k, end);
        let (k, owner, anaphor) = self.owner_at(k, end);
        let k = self.over_passing(k, end);
        Owned {
            k,
            its,
            owner,
            anaphor,
        }
    }

    /// The role of the title phrase `f..l` read after [`Reader::owned_start`]:
    /// the company the title names ([`Reader::title_org`]), else the owner
    /// before it.
    pub(super) fn owned_found(&self, f: usize, l: usize, end: usize, o: &Owned) -> Found {
        let (mut found, _) = self.title_org(self.lower_text(f, l), l, end);
        found.role.org = found.role.org.or(o.owner);
        found.anaphor |= o.anaphor;
        found
    }

    /// A role with no company yet after "its"/"their" ("hired Jane Roe as
    /// its chairman"): the company "its" stands for in the sentence
    /// starting at `start`, before the verb at `i`; with none there, the
    /// one company the sentence before names ("Acme Corp makes chips. Jane
    /// Roe is its chief executive.").
    pub(super) fn its_fallback(&self, found: &mut Found, o: &Owned, start: usize, i: usize) {
        if found.role.org.is_none() && o.its {
            found.role.org = self
                .its_company(start, i)
                .or_else(|| self.one_company_before(start));
        }
    }

    /// The one company the sentence before the one starting at `start`
    /// names (none when it names two or none, or when that sentence is over
    /// `MAX_ANTECEDENT_TOKENS` long: no clear antecedent, and the scan stays
    /// bounded however many "its" titles follow one long sentence).
    pub(super) fn one_company_before(&self, start: usize) -> Option<usize> {
        const MAX_ANTECEDENT_TOKENS: usize = 120;
        let s = self
            .tokens
            .sentence_of
            .get(start)
            .copied()?
            .checked_sub(1)?;
        let sent = &self.tokens.sentences[s];
        if sent.last - sent.first > MAX_ANTECEDENT_TOKENS {
            return None;
        }
        only_one(&self.company_at[sent.first..sent.last])
    }

    /// At `k`: the token after words of time or rank that are no part of a
    /// title ("new", "current", "top": "is the new chairman", "a top
    /// official"), the last word before `end` kept.
    pub(super) fn over_passing(&self, mut k: usize, end: usize) -> usize {
        while k + 1 < end && self.is_passing(k) {
            k += 1;
        }
        k
    }

    /// At `k` after a verb or the company it names: the token after a time
    /// phrase ([`Tokens::over_time`](crate::pipeline::segment::Tokens::over_time)), else `k`.
    pub(super) fn over_time(&self, k: usize, end: usize) -> usize {
        self.tokens.over_time(self.text, self.rules, k, end)
    }

    /// Whether "the" and a company noun start at `k` and "as" follows them
    /// ("joined the company as", "joined the bank in 2019 as").
    pub(super) fn the_company_noun_before_as(&self, k: usize, end: usize) -> bool {
        k + 2 < end && self.word(k) == "the" && self.lexed.is(k + 1, ListKind::CompanyNoun) && {
            let j = self.over_time(k + 2, end);
            j < end && self.word(j) == "as"
        }
    }

    /// Whether the token at `k` is a possessive "'s".
    pub(super) fn is_possessive(&self, k: usize) -> bool {
        self.tokens
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Possessive)
    }

    /// A word of time, rank or fame (the `role-passing-words` list:
    /// "new", "current", "top", "prominent") in lower case at `k` ("New
    /// York" is a name).
    fn is_passing(&self, k: usize) -> bool {
        self.tokens.tokens[k].is_lower(self.text) && self.is_cue("role-passing-words", k)
    }

    /// Before a title starting at `f`: the first of the words of
    /// the `role-passing-words` list right before it ("X's new chief executive": "new"), else `f`.
    pub(super) fn passing_before(&self, mut f: usize, start: usize) -> usize {
        while f > start && self.is_passing(f - 1) {
            f -= 1;
        }
        f
    }

    /// At `k` after a verb or a determiner: a company's possessive ("is Acme
    /// Corp's chief executive", "as the company's president"): the token
    /// after it, the company, and whether it is "the company's" (the company
    /// it stands for is found later); else `(k, None, false)`.
    ///
    /// A company right before a title word owns it too: "is also an Acme
    /// Corp director", "will remain as Acme Corp chief executive" (not
    /// when "and" follows within four tokens).
    pub(super) fn owner_at(&self, k: usize, end: usize) -> (usize, Option<usize>, bool) {
        let toks = &self.tokens.tokens;
        if let Some(org) = self.company_at.get(k).copied().flatten()
            && (k == 0 || self.company_at[k - 1] != Some(org))
        {
            let j = self.company_end(k);
            if j + 1 < end && toks[j].kind == TokKind::Possessive {
                return (j + 1, Some(org), false);
            }
            // Not before joined titles, the next of which may name its own
            // company ("an Acme Corp director and chair of its Zeta unit"):
            // "and" and a title word within four tokens ("an Acme Corp
            // director and owns a farm" keeps Acme Corp).
            let joined = (j..end.min(j + 4)).any(|x| self.and_title(x, end));
            if j < end && self.is_title_word(j) && !joined {
                return (j, Some(org), false);
            }
        }
        if k + 2 < end && self.is_company_possessive(k) {
            return (k + 2, None, true);
        }
        (k, None, false)
    }

    /// Whether token `x` is "and" before a title word or a title modifier
    /// ("and chair", "and senior adviser"), before the sentence end `end`.
    fn and_title(&self, x: usize, end: usize) -> bool {
        x + 1 < end
            && self.word(x) == "and"
            && (self.is_title_word(x + 1)
                || self.word_class(x + 1) & ListKind::TitleModifier.bit() != 0)
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

impl Reader<'_> {
    /// "Jane Roe will succeed Jon Doe as chairman", "replacing Jon Doe as
    /// chief executive": the person right after the verb at `i` held the
    /// title after "as", and the person right before the verb takes it.
    pub(super) fn succeeding(&self, i: usize, out: &mut Vec<(usize, usize, Found)>) {
        let (start, end) = self.sentence_around(i);
        let Some(held) = self.person_at.get(i + 1).copied().flatten() else {
            return;
        };
        let Some(m) = self.mention_from(i + 1) else {
            return;
        };
        if m.last + 1 >= end || self.word(m.last) != "as" {
            return;
        }
        let o = self.owned_start(m.last + 1, end);
        let anaphor = o.anaphor;
        let Some((f, l)) = self.free_title_phrase(o.k, end) else {
            return;
        };
        // "as the president's top aide": the title is another's.
        if self.is_possessive(l) {
            return;
        }
        let mut found = self.owned_found(f, l, end, &o);
        self.its_fallback(&mut found, &o, start, i);
        // No company named: the one before the successor ("Acme Corp said
        // Jane Roe will succeed"); the sentence's one is often the
        // successor's other employer, so none is guessed.
        found.guess &= found.role.org.is_some() || anaphor;
        let successor = self.person_ending(i, false).filter(|&p| p != held);
        if found.role.org.is_none()
            && !anaphor
            && let Some(p) = successor
            && let Some(at) = (start..i).find(|&k| self.person_at[k] == Some(p))
        {
            found.role.org = (start..at).rev().find_map(|k| self.company_at[k]);
        }
        if let Some(p) = successor {
            out.push((p, i, found.clone()));
        }
        out.push((held, i + 1, found));
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
    fn a_company_s_possessive_after_the_verb_owns_the_title() {
        let got = roles("Acme Corp grew. Jon Doe is Zeta Tools Ltd's chief financial officer.");
        assert_eq!(
            got,
            [role(
                "Jon Doe",
                "chief financial officer",
                Some("Zeta Tools Ltd")
            )]
        );
        let got = roles("Acme Corp grew. Ann Bell, who is the company's new treasurer, left.");
        assert_eq!(got, [role("Ann Bell", "treasurer", Some("Acme Corp"))]);
        let got = roles("Ivy Cole will remain chairman of Acme Corp.");
        assert_eq!(got, [role("Ivy Cole", "chairman", Some("Acme Corp"))]);
    }

    #[test]
    fn succeeding_a_person_as_a_title_gives_it_to_both() {
        let got = roles("Acme Corp said Hal Brook will succeed Gil Marsh as chairman.");
        assert_eq!(
            got,
            [
                role("Hal Brook", "chairman", Some("Acme Corp")),
                role("Gil Marsh", "chairman", Some("Acme Corp"))
            ]
        );
    }

    #[test]
    fn new_or_current_before_a_title_is_passed_over() {
        let got = roles("Acme Corp's new chief executive, Jon Doe, said so.");
        assert_eq!(got, [role("Jon Doe", "chief executive", Some("Acme Corp"))]);
        let got = roles("Ann Bell, current chairman of Acme Corp, said so.");
        assert_eq!(got, [role("Ann Bell", "chairman", Some("Acme Corp"))]);
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
