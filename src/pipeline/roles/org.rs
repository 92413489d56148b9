//! Stage 6, org attachment: the company a title names after it ("of X",
//! "at X's unit", a department of X, a company in words).

use super::*;

impl Reader<'_> {
    /// The company a title ending at `l` names after "of", "at", "for" or
    /// "with" (rules/employer-prepositions.txt), and the title grown by what
    /// it governs: returns the role and the token after the phrase.
    pub(super) fn title_org(&self, title: String, l: usize, end: usize) -> (Found, usize) {
        // "Jane Roe (chief executive, Acme Corp)": the company closing the
        // bracket after a comma.
        let toks = &self.tokens.tokens;
        if l + 2 < end
            && toks[l].is_punct(',')
            && let Some(org) = self.company_at[l + 1]
            && (l == 0 || self.company_at[l - 1] != Some(org))
        {
            let j = self.company_end(l + 1);
            if toks.get(j).is_some_and(|t| t.is_punct(')')) {
                return (Found::new(title, Some(org)), j);
            }
        }
        if l + 1 >= end
            || !self
                .rules
                .is_cue("employer-prepositions", toks[l].text(self.text))
        {
            return (Found::new(title, None), l);
        }
        // "chair of the firm,": the company named last before (an anaphor).
        if self.the_company_noun_at(l + 1, end) {
            let mut found = Found::new(title, None);
            found.anaphor = true;
            return (found, l + 3);
        }
        let Some(org) = self.company_at[l + 1] else {
            return self.department_of(title, l, end);
        };
        let j = self.company_end(l + 1);
        // "head of Daimler's Chinese R&D facilities".
        if toks.get(j).is_some_and(|t| t.kind == TokKind::Possessive) {
            // "president of X's Y Corp": the unit Y is the employer.
            if let Some(unit) = self.company_at.get(j + 1).copied().flatten() {
                return (Found::new(title, Some(unit)), self.company_end(j + 1));
            }
            let c0 = j + 1;
            let mut c = c0;
            while c < end
                && toks[c].kind == TokKind::Word
                && self.company_at[c].is_none()
                && !matches!(self.word(c).as_str(), "and" | "said" | "says")
            {
                c += 1;
            }
            if c > c0 {
                let title = format!("{title} of {}", self.lower_text(c0, c));
                return (Found::new(title, Some(org)), c);
            }
        }
        (Found::new(title, Some(org)), j)
    }

    /// After a title ending at `l` and "of"/"at" not followed by a company:
    /// "general manager of research and planning department of Acme" (the
    /// department joins the title), "head of purchasing," (kept whole, no
    /// company), "a scientist at the Ohio Space Agency" (tied to a name that
    /// is no company: no company may be guessed).
    pub(super) fn department_of(&self, title: String, l: usize, end: usize) -> (Found, usize) {
        let c0 = l + 1;
        if let Some(c) = self.department_before_company(c0, end) {
            let title = format!("{title} of {}", self.lower_text(c0, c));
            return (
                Found::new(title, self.company_at[c + 1]),
                self.company_end(c + 1),
            );
        }
        // "head of purchasing,", "head of sales in 2019", "Head of
        // Marketing,": one to three field words closed by a stop, a
        // preposition or a clause word.
        let f = self.field_run(c0, end);
        if self.described_business(c0, f, end) {
            return (
                Found {
                    role: Role { title, org: None },
                    guess: false,
                    anaphor: false,
                },
                l,
            );
        }
        if self.word(l) == "of" && f > c0 && f - c0 <= 3 && self.closes_field(f, end) {
            return (
                Found::new(format!("{title} of {}", self.lower_text(c0, f)), None),
                f,
            );
        }
        self.company_in_words(title, l, end)
    }

    /// "research and planning department of Acme": up to six words from
    /// `c0` that hold no company, then "of"/"at" and a company; the token
    /// of that "of"/"at".
    pub(super) fn department_before_company(&self, c0: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let mut c = c0;
        while c < end
            && c - c0 < 6
            && toks[c].kind == TokKind::Word
            && self.company_at[c].is_none()
            && !matches!(self.word(c).as_str(), "of" | "at")
        {
            c += 1;
        }
        (c + 1 < end
            && c > c0
            && matches!(self.word(c).as_str(), "of" | "at")
            && self.company_at[c + 1].is_some())
        .then_some(c)
    }

    /// "chief executive of Global Music, a record label": capitalised
    /// field words `c0..f` that a following apposition describes name a
    /// business, not a department; no company is guessed.
    pub(super) fn described_business(&self, c0: usize, f: usize, end: usize) -> bool {
        f > c0
            && self.is_capitalised(c0)
            && f + 1 < end
            && self.tokens.tokens[f].is_punct(',')
            && self.is_article(f + 1)
    }

    /// Whether an article at `k` opens a description of the title's
    /// employer as another body than a company of the text: "a"/"an" ("head
    /// of a group lobbying", "founder of a clinic") or a new company ("of
    /// the new company", "of the combined group": rules/newco-modifiers.txt)
    /// in the lower-case words after it. "of the company", "of the board",
    /// "of the holding company" keep their guess.
    pub(super) fn described_employer(&self, k: usize, end: usize) -> bool {
        if k >= end || !self.is_article(k) {
            return false;
        }
        if self.word(k) != "the" {
            return true;
        }
        let toks = &self.tokens.tokens;
        (k + 1..end.min(k + 4))
            .take_while(|&j| toks[j].kind == TokKind::Word && toks[j].is_lower(self.text))
            .any(|j| self.is_cue("newco-modifiers", j))
    }

    /// After a title ending at `l` and "of"/"at": "chairman of The Hallwood
    /// Group Inc" (a company named with "The"); "at brokerage Aton", "of
    /// bankrupt US phone company WorldCom" (the first company of the words
    /// up to a comma or a preposition); "of the old Ruritania Bank", "of
    /// <Valhi Inc>" (a name, no company, none guessed); else no company, a
    /// guess.
    pub(super) fn company_in_words(&self, title: String, l: usize, end: usize) -> (Found, usize) {
        let toks = &self.tokens.tokens;
        let mut name = l + 1;
        if self.word(name) == "the" && name + 1 < end {
            name += 1;
        }
        if let Some(org) = self.company_at[name] {
            return (Found::new(title, Some(org)), self.company_end(name));
        }
        let function = ListKind::Preposition.bit() | ListKind::ClauseWord.bit();
        let words = (name..end.min(name + 6)).take_while(|&k| {
            k == name
                || toks[k].kind == TokKind::Word && self.word_class(k) & function == 0
                || toks[k].is_punct('<')
        });
        let mut named = false;
        for k in words {
            if let Some(org) = self.company_at[k] {
                return (Found::new(title, Some(org)), self.company_end(k));
            }
            named |= toks[k].kind == TokKind::Word
                && !toks[k].is_lower(self.text)
                && self.word(k) != "the";
        }
        let described = self.described_employer(l + 1, end);
        (
            Found {
                role: Role { title, org: None },
                guess: !named && !described,
                anaphor: false,
            },
            l,
        )
    }

    /// After "of" at `c0 - 1`: the token after a run of field words
    /// ("purchasing", "sales and marketing"; capitalised, listed departments
    /// and title modifiers: "Global Sales"), at most four tokens; no
    /// quantifier or number word (`role-field-stops`: "member of two").
    pub(super) fn field_run(&self, c0: usize, end: usize) -> usize {
        let field = |k: usize| {
            (self.is_field_word(k, usize::MAX) || self.is_caps_department(k))
                && !self.is_cue("role-field-stops", k)
        };
        let mut c = c0;
        while c < end && c - c0 < 4 {
            if field(c) && !(self.word(c) == "and" && c == c0) {
                c += 1;
            } else if self.word(c) == "and" && c > c0 && c + 1 < end && field(c + 1) {
                c += 2;
            } else {
                break;
            }
        }
        c
    }

    /// A capitalised word of a department after "of" ("Marketing", "Global"
    /// before "Sales"): a listed department (`role-departments`), or a title
    /// modifier before one; no company or person of the spotter.
    pub(super) fn is_caps_department(&self, k: usize) -> bool {
        let department = |k: usize| {
            self.is_capitalised(k)
                && self.company_at[k].is_none()
                && self.person_at[k].is_none()
                && self.is_cue("role-departments", k)
        };
        department(k)
            || (self.is_capitalised(k)
                && self.company_at[k].is_none()
                && self.is_modifier(&self.word(k))
                && k + 1 < self.tokens.tokens.len()
                && department(k + 1))
    }

    /// Whether a field run closes at `c`: the sentence's end, a stop, a
    /// preposition, a clause word or a speech verb ("head of sales said").
    pub(super) fn closes_field(&self, c: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        if c >= end || matches!(toks[c].kind, TokKind::Punct(_)) {
            return true;
        }
        let stop =
            ListKind::Preposition.bit() | ListKind::ClauseWord.bit() | ListKind::SpeechVerb.bit();
        toks[c].kind == TokKind::Word
            && toks[c].is_lower(self.text)
            && self.word_class(c) & stop != 0
    }

    /// The first token of an honorific right before the name at `first`
    /// ("chairman Sir Jon Doe", "research director Dr. Jane Roe"), else `first`.
    pub(super) fn before_honorific(&self, first: usize, start: usize) -> usize {
        match self
            .lexed
            .span_ending(first, self.rules, ListKind::Honorific)
        {
            Some(s) if s.first >= start && s.first < first => s.first,
            _ => first,
        }
    }

    /// Whether token `k` is inside a company mention of two or more words
    /// (not its first), within the sentence from `start`. A one-word company
    /// form ("Vice" of "Vice Governor", "Group") does not count: it is more
    /// often a title word taken for a name.
    pub(super) fn ends_longer_company(&self, k: usize, start: usize) -> bool {
        k > start && self.company_at[k].is_some() && self.company_at[k - 1] == self.company_at[k]
    }
}
