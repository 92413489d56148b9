//! Stage 6, appositions: "Name, 45, president of X", "Name, X's chief
//! executive", "one of X's directors": the title and company set beside a name.

use super::*;

/// What opens an apposition's title ([`Reader::appositive_opening`]).
struct AppositiveOpening {
    /// The token where the title starts.
    title: usize,
    /// Whether "its" opens it.
    its: bool,
    /// Whether a determiner ("the", "a", "its") opens it.
    det: bool,
    /// The token after an owner that is no company, if one owns the title.
    owner: Option<usize>,
    /// Whether "the company's" owns the title.
    anaphor: bool,
}

impl Reader<'_> {
    /// Roles in apposition after a comma at `i`: "[45 ,] [the] TITLES [of ORG] [and TITLES of ORG]".
    pub(super) fn apposition(&self, i: usize, end: usize, out: &mut Vec<Found>) {
        let (mut i, former) = self.apposition_start(i, end);
        if self.company_at.get(i).copied().flatten().is_some() {
            self.company_apposition(i, i, end, out);
            return;
        }
        // "Name, a former Acme Corp finance director,": modifiers, then a company.
        if i < end && self.is_article(i) {
            let mut c = i + 1;
            while c < end && self.is_modifier(&self.word(c)) {
                c += 1;
            }
            if c < end && self.company_at[c].is_some() {
                self.company_apposition(i + 1, c, end, out);
                return;
            }
        }
        // "... and Global VP of LeEco": another role.
        while let Some(j) = self.appositive_role(i, end, former, out) {
            i = j;
        }
    }

    /// After the comma at `i` of an apposition: the token after an age
    /// ("45,"), a party and state ("R-Texas") and words of time
    /// ("formerly", "now"), and whether "formerly" or "previously" made the
    /// title a former one.
    pub(super) fn apposition_start(&self, mut i: usize, end: usize) -> (usize, bool) {
        let toks = &self.tokens.tokens;
        if i < end
            && toks[i].kind == TokKind::Number
            && toks.get(i + 1).is_some_and(|t| t.is_punct(','))
        {
            i += 2;
        }
        i = self.over_party_state(i, end);
        // "Name, formerly chief executive of X": a former title.
        let mut former = false;
        while i < end
            && matches!(
                self.word(i).as_str(),
                "formerly" | "previously" | "now" | "currently" | "presently" | "also"
            )
        {
            former |= matches!(self.word(i).as_str(), "formerly" | "previously");
            i += 1;
        }
        (i, former)
    }

    /// One role of an apposition at `i` ("the company's chief strategy
    /// officer of X"), pushed on `out`; the token after "and" when another
    /// title follows its company ("chief executive of X and chairman of Y").
    pub(super) fn appositive_role(
        &self,
        i: usize,
        end: usize,
        former: bool,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        // "Jane Roe, one of the founders of X".
        if let Some(j) = self.one_of_plural(i, end, out) {
            return j;
        }
        let open = self.appositive_opening(i, end);
        let i = open.title;
        let (f, l, named) = self
            .company_noun_title(i, end)
            .or_else(|| self.appositive_title(i, end))
            .or_else(|| open.det.then(|| self.fellow_title(i, end)).flatten())?;
        let mut title = self.lower_text(f, l);
        let first = title.split([' ', '-']).next().unwrap_or_default();
        if former && !self.rules.is_cue("role-former-words", first) {
            title.insert_str(0, "former ");
        }
        let (mut found, j) = self.title_org(title, l, end);
        found.guess &= open.owner.is_none() && !named;
        found.anaphor |= open.anaphor;
        if open.its {
            self.its_owner(&mut found, i);
        }
        let org = found.role.org;
        out.push(found);
        self.next_title_after_and(org, j, end)
    }

    /// What opens an apposition's title at `i`: a determiner ("the", "a",
    /// "its"), an age, "current", an owner that is no company ("the
    /// Ruritania Institute's", "the government's") or "the company's", and
    /// the token where the title itself starts.
    fn appositive_opening(&self, mut i: usize, end: usize) -> AppositiveOpening {
        let the = i < end && self.word(i) == "the";
        let its = i < end && self.is_its(i);
        let det = i < end && (self.is_article(i) || its);
        if det {
            i += 1;
        }
        // "Jane Roe, a 58-year-old business owner": past the age.
        i = self.over_age(i, end);
        // "Jane Roe, current chairman", "a top official": past "current".
        i = self.over_passing(i, end);
        // "Jane Roe, the Ruritania Institute's legislative director", "the
        // government's communications minister": a name that is no company
        // (or a lower-case noun after "the") owns the title; none is guessed.
        let owner = self
            .name_possessive(i, end)
            .or_else(|| self.noun_possessive(the, i, end));
        i = owner.unwrap_or(i);
        // "Jane Roe, the company's chief strategy officer".
        let anaphor = self.is_company_possessive(i);
        if anaphor {
            i += 2;
        }
        // "the company's new chief executive", "the band's new drummer".
        if anaphor || owner.is_some() {
            i = self.over_passing(i, end);
        }
        AppositiveOpening {
            title: i,
            its,
            det,
            owner,
            anaphor,
        }
    }

    /// After a title with company `org` ending at `j`: the token after
    /// "and" when another title follows ("chief executive of X and chairman
    /// of Y"), not the next person ("chief executive of X and Bishop Kent").
    fn next_title_after_and(&self, org: Option<usize>, j: usize, end: usize) -> Option<usize> {
        (org.is_some()
            && j + 1 < end
            && self.word(j) == "and"
            && self
                .title_phrase(j + 1, end)
                .is_some_and(|(f, l)| !self.list_meets_person(f, l, end)))
        .then_some(j + 1)
    }

    /// "Acme Corp grew. Jane Roe, its chief executive, said Zeta Ltd
    /// would pay": with no company named in the apposition at `i`, "its"
    /// stands for the company named before it in the sentence, else for the
    /// one company of the sentence before; none is guessed from the words
    /// after. With neither, the usual guess stands.
    pub(super) fn its_owner(&self, found: &mut Found, i: usize) {
        if found.role.org.is_some() {
            return;
        }
        let (start, _) = self.sentence_around(i);
        if let Some(c) = self
            .its_company(start, i)
            .or_else(|| self.one_company_before(start))
        {
            found.role.org = Some(c);
            found.guess = false;
        }
    }

    /// "Jane Roe, an airline analyst at X", "Jane Roe, company spokesman":
    /// at `i` in an apposition, a lower-case company noun
    /// (rules/company-nouns.txt) right before a title phrase opens it (a
    /// company noun is no free word elsewhere: "the company chief").
    pub(super) fn company_noun_title(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        let t = self.tokens.tokens.get(i).filter(|_| i + 1 < end)?;
        if t.kind != TokKind::Word
            || !t.is_lower(self.text)
            || !self.lexed.is(i, ListKind::CompanyNoun)
        {
            return None;
        }
        let (_, l) = self.free_title_phrase(i + 1, end)?;
        Some((i, l, false))
    }

    /// At `i` after "a" or "the" in an apposition: "[senior research]
    /// fellow" before "at", "of" or "with" ("Jane Roe, a senior fellow at
    /// the Acme Institute"). "fellow" is on no title list: before a name it
    /// is mostly an adjective ("fellow Ruritanian Jon Doe").
    pub(super) fn fellow_title(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        let mut k = i;
        while k < end.min(i + 3)
            && self.word(k) != "fellow"
            && (self.is_modifier(&self.word(k)) || self.is_free_word(k, usize::MAX))
        {
            k += 1;
        }
        let lower = k < end && self.tokens.tokens[k].is_lower(self.text);
        (lower
            && self.word(k) == "fellow"
            && k + 1 < end
            && matches!(self.word(k + 1).as_str(), "at" | "of" | "with"))
        .then_some((i, k + 1, false))
    }

    /// At `i` after "a": past an age ("69-year-old": a number, "-" and a
    /// word in "-old"), else `i`.
    pub(super) fn over_age(&self, i: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let aged = i + 2 < end
            && toks[i].kind == TokKind::Number
            && toks[i + 1].is_punct('-')
            && self.word(i + 2).ends_with("-old");
        if aged { i + 3 } else { i }
    }

    /// After "the" (`the`), at `i`: a lower-case noun and its possessive
    /// that are no company noun ("the government's", "the team's"): the
    /// token after it.
    pub(super) fn noun_possessive(&self, the: bool, i: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        (the && i + 2 < end
            && toks[i].kind == TokKind::Word
            && toks[i].is_lower(self.text)
            && !self.lexed.is(i, ListKind::CompanyNoun)
            && toks[i + 1].kind == TokKind::Possessive)
            .then_some(i + 2)
    }

    /// "Jane Roe, one of the founders of X", "one of his editors at X": at
    /// `i`, "one of", a determiner, passing words, up to two free words and
    /// a plural title: its singular (with the company after it) is pushed
    /// on `out`. Returns `Some(None)` then (no further role).
    pub(super) fn one_of_plural(
        &self,
        i: usize,
        end: usize,
        out: &mut Vec<Found>,
    ) -> Option<Option<usize>> {
        if !(i + 3 < end && self.word(i) == "one" && self.word(i + 1) == "of") {
            return None;
        }
        let mut k = i + 2;
        if matches!(
            self.word(k).as_str(),
            "the" | "his" | "her" | "its" | "their"
        ) {
            k += 1;
        }
        // "one of Acme's founders", "one of the company's founders".
        let owner = self.possessive_owner(k, end);
        k = owner.map_or(k, |(_, j)| j);
        k = self.over_passing(k, end);
        // "one of the most famous American painters": a superlative
        // (rules/roles-superlatives.txt) and
        // nationality words are no part of the title.
        // "one of the best lawyers": a plural right after it is the title.
        if k + 2 < end && self.is_cue("role-superlatives", k) {
            k += 1;
            if self.plural_title_at(k).is_none() {
                k += 1;
            }
        }
        // "one of the best-known", "one of the famous", "one of five".
        while k + 1 < end && {
            let w = self.word(k);
            w.ends_with("-known")
                || self.rules.is_cue("role-field-stops", &w)
                || (not_title(self.rules, &w) && self.is_open_adjective(k))
        } {
            k += 1;
        }
        while k + 1 < end
            && self.is_capitalised(k)
            && self.word_class(k) & ListKind::Nationality.bit() != 0
        {
            k += 1;
        }
        let f = k;
        let lim = end.min(k + 3);
        while k < lim && self.plural_title_at(k).is_none() && self.is_free_word(k, usize::MAX) {
            k += 1;
        }
        let singular = self.plural_title_at(k.min(end - 1))?;
        // "one of the world's landscape photographers": free words join.
        let title = if f < k {
            format!("{} {singular}", self.lower_text(f, k))
        } else {
            singular
        };
        let (mut found, _) = self.title_org(title, k + 1, end);
        if let Some((org, _)) = owner.filter(|_| found.role.org.is_none()) {
            found.role.org = org;
            found.anaphor = org.is_none();
        }
        out.push(found);
        Some(None)
    }

    /// At `k`, a company's possessive ("Acme's") or "company's" of "the
    /// company's": the company (none for the noun, an anaphor) and the
    /// token after the possessive.
    pub(super) fn possessive_owner(&self, k: usize, end: usize) -> Option<(Option<usize>, usize)> {
        let toks = &self.tokens.tokens;
        if self.is_company_possessive(k) {
            return Some((None, k + 2));
        }
        let org = self.company_at.get(k).copied().flatten()?;
        let j = self.company_end(k);
        (j + 1 < end && toks[j].kind == TokKind::Possessive).then_some((Some(org), j + 1))
    }

    /// A lower-case word at `k` that is no determiner or function word
    /// ("famous", "prominent" of rules/roles-not-title.txt).
    pub(super) fn is_open_adjective(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        t.kind == TokKind::Word
            && t.is_lower(self.text)
            && self.word(k).len() > 4
            && !matches!(self.word(k).as_str(), "would" | "their")
    }

    /// A title phrase at `i` ([`Reader::free_title_phrase`]), else one after
    /// one to three capitalised words that name no company or person ("a
    /// Houston lawyer", "the Swiss investor", "Canadian secretary of
    /// state"), or after a place's words before a Title Case title ("U.S.
    /// Trade Representative"): (first, last, whether such words stand
    /// before it; then no company may be guessed).
    pub(super) fn appositive_title(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        if let Some((f, l)) = self.free_title_phrase(i, end) {
            return Some((f, l, false));
        }
        let toks = &self.tokens.tokens;
        let function = ListKind::ClauseWord.bit()
            | ListKind::ObjectStop.bit()
            | ListKind::Preposition.bit()
            | ListKind::SpeechVerb.bit()
            | ListKind::AnaphorOne.bit();
        let named = |k: usize| {
            toks[k].kind == TokKind::Word
                && toks[k].text(self.text).starts_with(char::is_uppercase)
                && self.company_at[k].is_none()
                && self.person_at[k].is_none()
                && self.word_class(k) & function == 0
        };
        // "a former Chicago banker": modifiers before the names.
        let mut m = i;
        while m < end && toks[m].is_lower(self.text) && self.is_modifier(&self.word(m)) {
            m += 1;
        }
        // "Jane Roe, U.S. Trade Representative,", "Jon Doe, U.K. Economist
        // at X": a place's words before a Title Case title; other names
        // before a lower-case one ("a Chicago banker").
        // The title opens right after the place ("Texas Rangers Manager",
        // "Boston Globe Columnist" are a team's and a paper's).
        let place = |n: usize| {
            (m..m + n).all(|k| self.lexed.is(k, ListKind::Place))
                && (self.is_title_word(m + n) || self.is_cue("role-portfolio-words", m + n))
        };
        let n = (1..=3).take_while(|&n| m + n < end && named(m + n - 1));
        n.filter(|&n| toks[m + n].is_lower(self.text) || place(n))
            .find_map(|n| self.free_title_phrase(m + n, end))
            .map(|(_, l)| (i, l, true))
    }

    /// After "Jane Roe," at `i`: past a party and state ("R-Ohio,",
    /// "D-N.Y.,"), else `i`.
    pub(super) fn over_party_state(&self, i: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let party = i < end
            && toks[i].kind == TokKind::Word
            && matches!(toks[i].text(self.text).as_bytes(),
                [b'R' | b'D' | b'I', b'-', c, ..] if c.is_ascii_uppercase());
        if !party {
            return i;
        }
        let mut k = i + 1;
        if k < end && toks[k].is_punct('.') {
            k += 1;
        }
        if k + 1 < end && toks[k].is_punct(',') {
            k + 1
        } else {
            i
        }
    }

    /// After capitalised words at `i` that are no company, their possessive
    /// ("the Ruritania Institute's", "Bush's"): the token after it.
    pub(super) fn name_possessive(&self, i: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let mut k = i;
        while k < end.min(i + 5)
            && toks[k].kind == TokKind::Word
            && !toks[k].is_lower(self.text)
            && self.company_at[k].is_none()
        {
            k += 1;
        }
        (k > i && k < end && toks[k].kind == TokKind::Possessive).then_some(k + 1)
    }

    /// "Name, X's chief executive" / "Name, X spokesman": the company at `i`
    /// and the title after it; modifiers at `m0..i` ("former") open the title.
    pub(super) fn company_apposition(&self, m0: usize, i: usize, end: usize, out: &mut Vec<Found>) {
        let toks = &self.tokens.tokens;
        let org = self.company_at[i];
        let Some(m) = self.mention_from(i) else {
            return;
        };
        let mut j = m.last;
        if toks.get(j).is_some_and(|t| t.kind == TokKind::Possessive) {
            j += 1;
        }
        // "Name, Acme Corp's new chief executive".
        j = self.over_passing(j, end);
        // "Name, Acme Corp's European marketing manager": the title's scope.
        let scoped = || {
            let k = self.over_scope(j, end);
            (k > j)
                .then(|| self.free_title_phrase(k, end))
                .flatten()
                .map(|(_, l)| (j, l))
        };
        if let Some((f, l)) = self.free_title_phrase(j, end).or_else(scoped) {
            let mut title = self.lower_text(m0, i);
            if !title.is_empty() {
                title.push(' ');
            }
            title.push_str(&self.lower_text(f, l));
            // "X's head of purchasing": the field joins the title (not a
            // company after "of": "X's vice president for Y Communications").
            if l + 1 < end && self.company_at[l + 1].is_none() {
                title = self.title_org(title, l, end).0.role.title;
            }
            out.push(Found::new(title, org));
        }
    }

    /// At `k`: the token after one or two capitalised places, nationalities
    /// or words of rules/roles-title-scopes.txt that name no company or
    /// person ("European", "UK", "Canadian") when a word in lower case follows them (the scope
    /// of a title: "European marketing manager"); else `k`.
    pub(super) fn over_scope(&self, k: usize, end: usize) -> usize {
        let scope = |i: usize| {
            i < end
                && self.is_capitalised(i)
                && self.company_at[i].is_none()
                && self.person_at[i].is_none()
                && self.is_title_scope(i)
        };
        let n = (0..2).take_while(|&n| scope(k + n)).count();
        let lower = k + n < end && self.tokens.tokens[k + n].is_lower(self.text);
        if n > 0 && lower { k + n } else { k }
    }

    /// The end token (exclusive) of the company mention starting at `i`.
    pub(super) fn company_end(&self, i: usize) -> usize {
        self.res
            .mentions
            .iter()
            .find(|m| m.first == i)
            .map_or(i + 1, |m| m.last)
    }
}

#[cfg(test)]
mod place_title_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_place_before_a_title_case_title_in_apposition_is_its_scope() {
        let got = roles(
            "Report\n\nRates may fall, said Ruth Holloway, U.K. Economist at Pellam Securities Ltd.",
        );
        assert_eq!(
            got,
            [role(
                "Ruth Holloway",
                "u.k. economist",
                Some("Pellam Securities Ltd")
            )]
        );
        let got = roles("Report\n\nRuth Holloway, U.S. Trade Representative, said talks ended.");
        assert_eq!(
            got,
            [role("Ruth Holloway", "u.s. trade representative", None)]
        );
    }

    #[test]
    fn a_place_before_a_title_case_word_that_is_no_title_gives_none() {
        let got = roles("Report\n\nRuth Holloway, the US Open Winner, said so.");
        assert!(got.is_empty(), "{got:?}");
        for text in [
            "Report\n\nTom Orr, Texas Rangers Manager, said the team would rebuild.",
            "Report\n\nTom Orr, Boston Globe Columnist, wrote about it.",
        ] {
            let got = roles(text);
            assert!(
                got.iter()
                    .all(|r| !r.1.contains("rangers") && !r.1.contains("globe")),
                "{got:?}"
            );
        }
    }
}
