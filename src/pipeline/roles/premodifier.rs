//! Stage 6, pre-modifiers: titles and companies before a name ("GM's chief
//! executive Rick Wagoner", "CEO Lei Jun", "Xiaomi VP Li Wanqiang").

use super::*;

impl Reader<'_> {
    /// Roles before the name: "[ORG['s]] [free words] TITLES Name"; returns
    /// the title's first token.
    pub(super) fn premodifier(
        &self,
        name: usize,
        start: usize,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        // "head of purchasing Jane Roe": the title ends at "of".
        self.of_field_before(name, start)
            .and_then(|of| self.premodifier_to(of, name, start, out))
            .or_else(|| self.premodifier_to(name, name, start, out))
    }

    /// Roles before the name at `name` whose title phrase ends at `first`
    /// (`name`, or the "of" of "head of purchasing").
    pub(super) fn premodifier_to(
        &self,
        first: usize,
        name: usize,
        start: usize,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        let j = self.title_phrase_start(first, start);
        // Trim modifiers and "and" that do not lead to a title.
        let (mut f, _) =
            (j..first).find_map(|k| self.title_phrase(k, first).filter(|&(_, l)| l == first))?;
        // "auto analyst Jane Roe", "Acme Corp equity strategist Jane Roe".
        if f == j {
            f = self.free_words_before(f, start);
            // "singer and animal welfare campaigner Jane Roe"; the first
            // title keeps its own free words ("vineyard owner and ...").
            let g = self.joined_title_before(f, start);
            if g < f {
                f = self.free_words_before(g, start);
            }
        }
        if first > start && !self.position_shape(first - 1, start) {
            return None;
        }
        // "said Home Secretary Jane Roe", "Shadow Trade Minister Jon Doe".
        if f == j {
            f = self.portfolio_before(f, start);
        }
        // "Chief Privacy Officer Jane Roe": Title Case free words after a
        // capitalised title word or modifier.
        if f == j {
            f = self.caps_title_before(f, first, start);
        }
        // "former High Commissioner Jane Roe": a past one.
        if f < j && f > start && self.is_cue("role-former-words", f - 1) {
            f -= 1;
        }
        // "Acme's European sales chief Jane Roe": the title's scope.
        f = self.scope_before(f, start);
        let (org, mut guess) = self.premodifier_org(f, start);
        // "Cardiff manager Jon Doe": the title is the named body's.
        guess &= !(f.saturating_sub(1).max(start)..name).any(|k| self.names_body(k, start, name));
        // "the company's research director Jane Roe", "the company's new
        // research director".
        let g = self.passing_before(f, start);
        let anaphor = g >= 2 && self.is_company_possessive(g - 2);
        out.push(Found {
            role: Role {
                title: self.lower_text(f, name),
                org,
            },
            guess,
            anaphor,
        });
        Some(f)
    }

    /// Before a title starting at `f`: the first of one or two scope words
    /// ([`Reader::over_scope`]: "European", "UK") right before it when a
    /// company's possessive stands before them ("Acme's European sales
    /// chief"), else `f` ("Real Madrid general manager", "Spanish coach").
    pub(super) fn scope_before(&self, f: usize, start: usize) -> usize {
        let owned = |k: usize| {
            k > start + 1
                && self.tokens.tokens[k - 1].kind == TokKind::Possessive
                && self.company_at[k - 2].is_some()
        };
        (1..=2)
            .filter(|&n| f >= start + n && self.over_scope(f - n, f + 1) == f)
            .find(|&n| owned(f - n))
            .map_or(f, |n| f - n)
    }

    /// The first token of the title phrase ending at `first`, walking left
    /// (not before `start`) over title spans, title words, modifiers, "and"
    /// inside the phrase and a head noun right before `first`; it stops at
    /// the end of a company's name ("Acme Media Group chief executive":
    /// the company is the title's org, never part of it) and at a team
    /// position that is not right before the name ("right wing prime
    /// minister Jon Doe").
    pub(super) fn title_phrase_start(&self, first: usize, start: usize) -> usize {
        let mut j = first;
        while j > start {
            let prev = j - 1;
            if self.ends_longer_company(prev, start) || (j < first && self.is_position(prev)) {
                break;
            }
            let ends_span = self
                .title_span_ending(j)
                .filter(|s| !(s.first..j).any(|k| self.ends_longer_company(k, start)));
            if let Some(s) = ends_span {
                j = s.first;
                continue;
            }
            let w = self.word(prev);
            if self.is_title_word(prev)
                || self.is_modifier(&w)
                || ((w == "and" || w == "&") && j < first)
                || (j == first && self.is_head_noun(prev, first))
            {
                j = prev;
                continue;
            }
            break;
        }
        j
    }

    /// The first token of a title joined by "and" to the title phrase that
    /// opens at token `f` with free words ("singer and animal welfare
    /// campaigner Jane Roe": the token of "singer"), not before `start`;
    /// `f` itself when the word before its "and" is no lower-case title
    /// word ("Billy the Singer and pop star Jane Roe": a stage name).
    pub(super) fn joined_title_before(&self, f: usize, start: usize) -> usize {
        let lower_title =
            |k: usize| self.tokens.tokens[k].is_lower(self.text) && self.is_title_word(k);
        if f < start + 2 || !self.is_lower_and(f - 1) || !lower_title(f - 2) {
            return f;
        }
        self.title_phrase_start(f - 1, start)
    }

    /// The first of up to two free words right before token `f` (not
    /// before `start`, no team position) that open its title phrase:
    /// "auto analyst", "vineyard owner"; `f` when there is none, or when
    /// lower-case free words before a Title Case title look like the verb
    /// before it (see [`Reader::verb_before_caps_title`]).
    pub(super) fn free_words_before(&self, f: usize, start: usize) -> usize {
        let lo = f.saturating_sub(2).max(start);
        let mut g = f;
        while g > lo
            && self.is_free_word(g - 1, start)
            && !self.is_position(g - 1)
            && self.ing_field_placed(g - 1, start)
        {
            g -= 1;
        }
        if self.verb_before_caps_title(g, f, start) {
            return f;
        }
        g
    }

    /// Whether token `i` may open a title walking back from it: any word
    /// but one in "-ing", which must open the sentence at `start` or follow
    /// an opener, or a free word after one ("the casting director", "an
    /// investment banking analyst"; not "months lobbying minister", "for
    /// hitting coach", "are recruiting director"). See
    /// [`Reader::ing_opener`].
    pub(super) fn ing_field_placed(&self, i: usize, start: usize) -> bool {
        if !self.word(i).ends_with("ing") || i <= start {
            return true;
        }
        let free_after_opener = i - 1 > start
            && self.tokens.tokens[i - 1].is_lower(self.text)
            && !self.word(i - 1).ends_with("ing")
            && self.is_free_word(i - 1, start)
            && self.ing_opener(i - 2);
        self.ing_opener(i - 1) || free_after_opener
    }

    /// Whether token `k` lets an "-ing" field word after it open a title:
    /// a possessive mark, punctuation, a company, a capitalised word, a
    /// title modifier ("former"), a speech verb ("said housing minister")
    /// or a word of `role-ing-field-openers` ("the", "her", "as").
    fn ing_opener(&self, k: usize) -> bool {
        let t = self.tokens.tokens[k];
        let w = self.word(k);
        match t.kind {
            TokKind::Word => {
                !t.is_lower(self.text)
                    || self.company_at[k].is_some()
                    || self.rules.word_class(&w)
                        & (ListKind::TitleModifier.bit() | ListKind::SpeechVerb.bit())
                        != 0
                    || self.rules.is_cue("role-ing-field-openers", &w)
            }
            _ => true,
        }
    }

    /// Whether the lower-case free words `g..f` before the Title Case title
    /// word at `f` are rather the verb or clause before it ("could weaken
    /// President Jon Doe", "to greet Pope Leo", "diplomats say President"):
    /// true unless one is "ex-..." or names a body (`role-body-words`: "state
    /// Attorney General", "committee Chairman"), the last is a department
    /// or portfolio (`role-departments`, `role-portfolio-words`: "finance
    /// Minister", "foreign Secretary"; not "trade sanctions President") or a
    /// title modifier, or a determiner or
    /// possessive stands before them ("his shadow Chancellor", "India's
    /// federal commerce Minister"). An acronym ("tech CEO") takes free words.
    pub(super) fn verb_before_caps_title(&self, g: usize, f: usize, start: usize) -> bool {
        let toks = &self.tokens.tokens;
        let raw = toks[f].text(self.text);
        let title_case = raw.chars().next().is_some_and(char::is_uppercase)
            && raw.chars().skip(1).any(char::is_lowercase);
        if g == f || !title_case || !(g..f).all(|k| toks[k].is_lower(self.text)) {
            return false;
        }
        let body = |k: usize| {
            let w = self.word(k);
            w.starts_with("ex-") || self.rules.is_cue("role-body-words", &w)
        };
        // A portfolio right before the title: "finance Minister" (not
        // "trade sanctions President").
        let w = self.word(f - 1);
        let portfolio = self.rules.word_class(&w) & ListKind::TitleModifier.bit() != 0
            || self.rules.is_cue("role-departments", &w)
            || self.rules.is_cue("role-portfolio-words", &w);
        let determined = g > start
            && (toks[g - 1].kind == TokKind::Possessive
                || matches!(
                    self.word(g - 1).as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
                ));
        !(g..f).any(body) && !portfolio && !determined
    }

    /// Whether token `k` is a team position that is also a common word
    /// ("lock", "forward", "wing", "centre": rules/roles-position-words.txt).
    pub(super) fn is_position(&self, k: usize) -> bool {
        self.tokens.tokens[k].kind == TokKind::Word && self.is_cue("role-position-words", k)
    }

    /// Whether a title ending at token `p` right before a name is no team
    /// position, or one in the position shape: lower case or opening the
    /// sentence ("Keeper Jon Doe"; not "the Policy Centre Mr Doe"), after
    /// no stop word ("looking forward Jon Doe said").
    pub(super) fn position_shape(&self, p: usize, start: usize) -> bool {
        if !self.is_position(p) {
            return true;
        }
        let lower = self.tokens.tokens[p].is_lower(self.text) || p == start;
        lower && (p == start || !self.is_cue("role-position-stops", p - 1))
    }

    /// Whether the title `f..l` after a copula ends in a team position that
    /// is no title: after a stop word ("is looking forward to") or before
    /// "of" ("was a strong defender of").
    pub(super) fn position_misread(&self, f: usize, l: usize, end: usize) -> bool {
        l > f
            && self.is_position(l - 1)
            && ((l - 1 > f && self.is_cue("role-position-stops", l - 2))
                || (l < end && self.word(l) == "of"))
    }

    /// Whether "the" and a company noun ("firm", "company", "group") start
    /// at token `i` and close the phrase (punctuation or `end` after them).
    pub(super) fn the_company_noun_at(&self, i: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        i + 1 < end
            && self.word(i) == "the"
            && self.lexed.is(i + 1, ListKind::CompanyNoun)
            && (i + 2 >= end || matches!(toks[i + 2].kind, TokKind::Punct(_)))
    }

    /// "company's" of "the company's" (or another company noun: "the
    /// carmaker's") at `i`.
    pub(super) fn is_company_possessive(&self, i: usize) -> bool {
        let toks = &self.tokens.tokens;
        i > 0
            && i + 1 < toks.len()
            && self.word(i - 1) == "the"
            && self.lexed.is(i, ListKind::CompanyNoun)
            && toks[i + 1].kind == TokKind::Possessive
    }

    /// The company before a title starting at `f` ("X's", "X", "its" for
    /// the sentence's subject, the company of a person joined by "and"), and
    /// whether a company may be guessed (not after a capitalised name that is
    /// no company: "NASA scientist").
    pub(super) fn premodifier_org(&self, f: usize, start: usize) -> (Option<usize>, bool) {
        let toks = &self.tokens.tokens;
        // "Acme Corp's new chief executive": past "new".
        let mut k = self.passing_before(f, start);
        let owned = k > start && toks[k - 1].kind == TokKind::Possessive;
        if owned {
            k -= 1;
        }
        if k <= start {
            return (None, true);
        }
        if let Some(org) = self.company_at[k - 1] {
            return (Some(org), true);
        }
        if let Some(org) = self.bracketed_company_before(k, start) {
            return (Some(org), true);
        }
        // "X's Brandt Oil Co said its chairman Henry Orwin": the nearest
        // company before "its" that is not itself a possessive.
        // "X reported a loss. Its chief executive, Jane Roe, said": with no
        // company before "its" in its sentence, the one of the sentence before.
        if self.is_its(k - 1) {
            let org = self.its_company(start, k - 1).or_else(|| {
                self.business_title_at(f)
                    .then(|| self.one_company_before(start))
                    .flatten()
            });
            return (org, true);
        }
        // "Brandt Oil, whose chairman Henry Orwin": the company the relative
        // clause is about; after anything else ("Jane Roe, whose lawyer")
        // the title is no company's.
        if self.word(k - 1) == "whose" {
            let org = self.company_before_whose(k - 1, start);
            return (org, org.is_some());
        }
        // "its chairman Henry Orwin and chief executive officer Ruth
        // Orwin": a title joined to the previous person's shares its company.
        if let Some(org) = self.joined_persons_company(k, start) {
            return (org, true);
        }
        // "the band's manager Jon Doe", "his lawyer Jane Roe": the title is
        // a person's or a body's that the text names by a noun, no company's.
        if self.is_cue("other-possessives", k - 1)
            || (owned
                && toks[k - 1].is_lower(self.text)
                && !self.lexed.is(k - 1, ListKind::CompanyNoun))
        {
            return (None, false);
        }
        // A capitalised word opening the sentence is a name when a
        // possessive follows it or it is an acronym ("IOC president").
        let t = toks[k - 1];
        let named = t.kind == TokKind::Word
            && !t.is_lower(self.text)
            && (k - 1 > start || owned || self.is_acronym(k - 1))
            && self.person_at[k - 1].is_none();
        (None, !named)
    }

    /// "Acme Corp <ACM> analyst Jane Roe", "Acme Corp (ACM) analyst",
    /// "<Acme Corp> analyst Jane Roe": the company of a ticker or of angle
    /// brackets ending right before token `k`.
    fn bracketed_company_before(&self, k: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let bracketed = (k >= start + 2 && toks[k - 1].is_punct('>'))
            .then(|| self.company_at[k - 2])
            .flatten();
        bracketed.or_else(|| {
            self.ticker_before(k, start)
                .and_then(|b| self.company_at[b - 1])
        })
    }

    /// The company named right before "whose" at `w` (past a comma):
    /// "Brandt Oil, whose chairman".
    fn company_before_whose(&self, w: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let c = if w > start && toks[w - 1].is_punct(',') {
            w - 1
        } else {
            w
        };
        (c > start).then(|| self.company_at[c - 1]).flatten()
    }

    /// After "and" right before token `k` that ends a person's mention:
    /// the company of that person's title before the name (`Some(None)`
    /// when it has none); `None` when no person ends there.
    fn joined_persons_company(&self, k: usize, start: usize) -> Option<Option<usize>> {
        if self.word(k - 1) != "and" {
            return None;
        }
        let p = self
            .res
            .mentions
            .iter()
            .find(|m| m.kind == Kind::Person && m.last == k - 1)?;
        let mut before = Vec::new();
        self.premodifier(p.first, start, &mut before);
        Some(before.last().and_then(|r| r.role.org))
    }

    /// A ticker or short form in brackets ending right before token `k`
    /// ("<ACM>", "(ACM)", "<ACM.N>"): one to three capitalised words or
    /// dots between "<" and ">" or "(" and ")", not before `start + 1`;
    /// returns the opening bracket's token.
    pub(super) fn ticker_before(&self, k: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let close = toks[k.checked_sub(1)?];
        let open = if close.is_punct('>') {
            '<'
        } else if close.is_punct(')') {
            '('
        } else {
            return None;
        };
        let inner = |j: usize| {
            toks[j].is_punct('.') || (toks[j].kind == TokKind::Word && !toks[j].is_lower(self.text))
        };
        let mut j = k - 1;
        while j > start + 1 && k - 1 - j < 4 && inner(j - 1) {
            j -= 1;
        }
        (j < k - 1 && j > start + 1 && toks[j - 1].is_punct(open)).then(|| j - 1)
    }

    /// Whether the word at `k`, in or right before a title ending at `name`
    /// (a sentence from `start`), names a body that is no company the title
    /// could be guessed to belong to: a place ("Cardiff manager") or an
    /// outlet, or, not opening the sentence, a capitalised word that is no
    /// title word or modifier before a lower-case title ("said Ruritel
    /// spokesman Jon Doe").
    pub(super) fn names_body(&self, k: usize, start: usize, name: usize) -> bool {
        let t = self.tokens.tokens[k];
        if t.kind != TokKind::Word || t.is_lower(self.text) || k + 1 >= name {
            return false;
        }
        if self.company_at[k].is_some() || self.person_at[k].is_some() {
            return false;
        }
        let outlet = |m: &Mention| m.kind == Kind::Outlet;
        self.lexed.is(k, ListKind::Place)
            || self.mention_from(k).is_some_and(outlet)
            || (k > start
                && self.tokens.tokens[name - 1].is_lower(self.text)
                && !self.is_title_word(k)
                && !self.is_modifier(&self.word(k)))
    }

    /// Whether the lower-case title words from token `f` (at most four) hold
    /// no public title ("governor", "mayor") and no occupation of the
    /// roles-only lists ("coach"): only such a title takes its "its" from
    /// the sentence before ("Acme Corp sued the state. Its governor, ..."
    /// gives the governor no company).
    pub(super) fn business_title_at(&self, f: usize) -> bool {
        let toks = &self.tokens.tokens;
        (f..toks.len().min(f + 4))
            .take_while(|&j| toks[j].kind == TokKind::Word && toks[j].is_lower(self.text))
            .all(|j| {
                let class = self.word_class(j);
                let public = class & ListKind::PublicTitle.bit() != 0;
                let general =
                    class & ListKind::RoleTitle.bit() != 0 && class & ListKind::Title.bit() == 0;
                !public && !general
            })
    }

    /// Whether the word at `i` is written in capitals, two letters or more.
    pub(super) fn is_acronym(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        let w = &self.text[t.start..t.end];
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    }

    /// The company "its" at `k` stands for: the nearest company of
    /// `start..k` that is not itself a possessive ("X's Brandt Oil Co said
    /// its chairman").
    pub(super) fn its_company(&self, start: usize, k: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        (start..k).rev().find_map(|i| {
            let possessive = toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Possessive);
            self.company_at[i].filter(|_| !possessive)
        })
    }
}

#[cfg(test)]
mod title_span_tests {
    use super::super::tests::{role, roles};

    #[test]
    fn a_title_after_whose_is_the_company_before_it() {
        assert_eq!(
            roles(
                "Halvern Corp agreed to buy Dostrel Inc, whose chief executive Jane Roe will join the board."
            ),
            [role("Jane Roe", "chief executive", Some("Dostrel Inc"))]
        );
        assert_eq!(
            roles("Halvern Corp hired Tim Orr, whose lawyer Jane Roe said nothing."),
            [role("Jane Roe", "lawyer", None)]
        );
    }

    #[test]
    fn a_verb_before_a_title_case_title_stays_out_of_it() {
        let got = roles("Floods could weaken Governor Jon Doe before the vote.");
        assert_eq!(got, [role("Jon Doe", "governor", None)]);
        let got = roles("Crowds came to greet Pope Simon Roe in the square.");
        assert_eq!(got, [role("Simon Roe", "pope", None)]);
    }

    #[test]
    fn a_body_word_or_a_determiner_keeps_free_words_before_a_title_case_title() {
        let got = roles("The bill was backed by state Attorney General Jane Roe.");
        assert_eq!(got, [role("Jane Roe", "state attorney general", None)]);
        let got = roles("He and his shadow Chancellor Jon Doe spoke.");
        assert_eq!(got, [role("Jon Doe", "shadow chancellor", None)]);
        let got = roles("Acme Corp said tech CEO Jane Roe would speak.");
        assert_eq!(got, [role("Jane Roe", "tech ceo", Some("Acme Corp"))]);
    }

    #[test]
    fn a_field_in_ing_opens_a_title_but_another_ing_word_does_not() {
        let got = roles("Talks stalled when mining minister Jon Doe left.");
        assert_eq!(got, [role("Jon Doe", "mining minister", None)]);
        let got = roles("He was fined after criticising chancellor Jon Doe.");
        assert_eq!(got, [role("Jon Doe", "chancellor", None)]);
    }

    #[test]
    fn a_listed_ing_word_after_a_verb_or_for_is_the_verb_before_a_title() {
        for (text, name, title) in [
            (
                "Vorlan Corp spent weeks lobbying minister Jon Doe on tariffs.",
                "Jon Doe",
                "minister",
            ),
            (
                "The striker was sent off for hitting coach Ann Poe at half time.",
                "Ann Poe",
                "coach",
            ),
            (
                "Two studios are recruiting director Jane Roe for a sequel.",
                "Jane Roe",
                "director",
            ),
        ] {
            let got = roles(text);
            assert!(
                got.iter().any(|r| r.0 == name && r.1 == title),
                "{text}: {got:?}"
            );
            assert!(!got.iter().any(|r| r.1.contains("ing ")), "{text}: {got:?}");
        }
        let got = roles("More funds will go to towns, said housing minister Jon Doe.");
        assert_eq!(got, [role("Jon Doe", "housing minister", None)]);
        let got = roles("Fans cheered as the batting coach Ann Poe walked out.");
        assert_eq!(got, [role("Ann Poe", "batting coach", None)]);
        let got = roles("Zeta Tools Inc named an investment banking analyst, Jon Doe, to lead it.");
        assert!(
            got.iter().any(|r| r.1 == "investment banking analyst"),
            "{got:?}"
        );
    }

    #[test]
    fn a_portfolio_or_department_word_keeps_a_title_case_title_after_it() {
        let got = roles("The pact was signed by finance Minister Jon Doe on Monday.");
        assert_eq!(got, [role("Jon Doe", "finance minister", None)]);
        let got = roles("Talks were led by foreign Secretary Jane Roe in May.");
        assert_eq!(got, [role("Jane Roe", "foreign secretary", None)]);
        let got = roles("The harsh trade curbs Governor Jon Doe imposed will hurt.");
        assert_eq!(got, [role("Jon Doe", "governor", None)]);
    }
}
