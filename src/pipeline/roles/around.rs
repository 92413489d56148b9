//! Stage 6, titles around a person mention: before it, after a comma or
//! dash, and the company each takes.

use super::*;

/// Whether `title` names its own employer, a body that is no company: a
/// word of `role-non-company-bodies` right before another word of the
/// title, before any "of" ("police spokesman", "deputy union leader"; not
/// "chief of police", read by the "of" rules). Such a title takes no
/// company by guess.
pub(super) fn names_a_body(rules: &Rules, title: &str) -> bool {
    let head = title.split(" of ").next().unwrap_or(title);
    let mut words = head.split([' ', '-']).peekable();
    while let Some(w) = words.next() {
        if words.peek().is_some() && rules.is_cue("role-non-company-bodies", w) {
            return true;
        }
    }
    false
}

impl Reader<'_> {
    /// The role of `f` found at token `at`, its company guessed when the
    /// text names none: for "the company's", the company named before;
    /// else the sentence's, else the main (or dominant) company.
    pub(super) fn with_org(
        &self,
        at: usize,
        f: Found,
        main_company: Option<usize>,
        dominant: Option<usize>,
    ) -> Role {
        let mut r = f.role;
        // "the company's leader": the text names the company, none is guessed.
        let no_guess = self.is_public(&r.title)
            || self.is_general(&r.title)
            || self.is_observer(&r.title)
            || names_a_body(self.rules, &r.title);
        if r.org.is_none() && f.guess && (f.anaphor || !no_guess) {
            let sent = &self.tokens.sentences[self.tokens.sentence_of[at]];
            let by_sentence =
                || org_by_context(&self.companies_in(sent.first, sent.last), main_company);
            r.org = if f.anaphor {
                // "the company's": the company named last before it.
                self.company_before(at)
                    .or_else(by_sentence)
                    .or_else(|| self.company_of_sentence_before(at))
                    .or(main_company)
            } else {
                self.org_by_guess(at, &r.title, main_company, dominant)
            };
        }
        // A place is no employer ("president of Quebec").
        r.org = r.org.filter(|&e| !self.is_place(e));
        r
    }

    /// The company an org-less title at token `at` takes (not "the
    /// company's"): the sentence's one company, or the main one it names;
    /// with no company in the sentence, a company-head title ("chairman",
    /// "chief executive") takes the dominant company, else the main company
    /// when the sentence before is about it ("Acme Corp cut jobs. As
    /// chairman, Jane Roe said"); a former title ("former chairman",
    /// "ex-chief") only the dominant one (it may be another firm's), and
    /// the main company of the sentences before only a bare title (see
    /// [`Reader::may_take_company_before`]).
    fn org_by_guess(
        &self,
        at: usize,
        title: &str,
        main_company: Option<usize>,
        dominant: Option<usize>,
    ) -> Option<usize> {
        let sent = &self.tokens.sentences[self.tokens.sentence_of[at]];
        let companies = self.companies_in(sent.first, sent.last);
        if let Some(org) = org_by_context(&companies, main_company) {
            return Some(org);
        }
        let head = |w: &str| self.rules.is_cue("role-company-heads", w);
        if !companies.is_empty() || !title.split([' ', '-']).any(head) {
            return None;
        }
        dominant.or_else(|| {
            self.may_take_company_before(at, title)
                .then(|| self.company_of_sentences_before(at))?
                .filter(|&c| Some(c) == main_company)
        })
    }

    /// Whether an org-less `title` of the person at token `at` may take
    /// the main company of the sentences before: only a bare title, whose
    /// first word is a title word, a title modifier, a company-head or a
    /// department word ("chief executive", "finance director", "president
    /// and chief executive"; not "police spokesman", "club chairman",
    /// "former chairman"), in a
    /// sentence that ties no title or person to another body by
    /// "of"/"for"/"at" and an article or a capitalised word ("a spokesman
    /// for the fire service", "Chairman Jim Hart of the council").
    fn may_take_company_before(&self, at: usize, title: &str) -> bool {
        let w = title.split([' ', '-']).next().unwrap_or(title);
        let titled =
            ListKind::TitleModifier.bit() | ListKind::Title.bit() | ListKind::RoleTitle.bit();
        let bare = !self.rules.is_cue("role-former-words", w)
            && (self.rules.word_class(w) & titled != 0
                || self.rules.is_cue("role-company-heads", w)
                || self.rules.is_cue("role-departments", w));
        let sent = &self.tokens.sentences[self.tokens.sentence_of[at]];
        bare && !(sent.first + 1..sent.last.saturating_sub(1)).any(|k| self.ties_to_body(k))
    }

    /// Whether token `k` is "of"/"for"/"at" right after a title word or a
    /// person and before an article or a capitalised word: "spokesman for
    /// the fire service", "Jim Hart of the council", "chairman of Leeds";
    /// not before a company noun ("president of the pump company").
    fn ties_to_body(&self, k: usize) -> bool {
        let end = self.tokens.sentences[self.tokens.sentence_of[k]].last;
        let company_noun = (k + 1..end.min(k + 7))
            .take_while(|&j| self.tokens.tokens[j].kind == TokKind::Word)
            .any(|j| self.lexed.is(j, ListKind::CompanyNoun));
        matches!(self.word(k).as_str(), "of" | "for" | "at")
            && (self.is_title_word(k - 1) || self.person_at[k - 1].is_some())
            && (self.is_cue("articles", k + 1) || self.is_capitalised(k + 1))
            && !company_noun
    }

    /// The subject company of the nearer of the two sentences before
    /// the one holding token `at` that names a company (see
    /// [`Reader::company_of_sentence_before`]); the farther only on the
    /// same line ("Acme Corp said sales rose. It is
    /// full. Jane Roe, spokeswoman, said": Acme Corp).
    fn company_of_sentences_before(&self, at: usize) -> Option<usize> {
        let sents = &self.tokens.sentences;
        let s = self.tokens.sentence_of[at];
        for p in (s.saturating_sub(2)..s).rev() {
            let sent = &sents[p];
            if self.company_at[sent.first..sent.last]
                .iter()
                .any(Option::is_some)
            {
                return self.company_of_sentence_before(sents[p + 1].first);
            }
            let gap = self.text.get(sents[p.checked_sub(1)?].end..sent.start)?;
            if gap.contains('\n') {
                return None;
            }
        }
        None
    }

    /// The roles written around the person mention at tokens `first..last`
    /// of the sentence `start..end`.
    pub(super) fn roles_at(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
    ) -> Vec<Found> {
        let toks = &self.tokens.tokens;
        let first = self.before_honorific(first, start);
        // "Jane Roe Jr., chairman of X": the name's stop is no sentence end.
        let last = self.over_suffix_stop(last, end);
        let mut found = self.titles_before(first, start);
        let before = found.len();
        self.employer_after(last, end, &mut found);
        // "lock Jon Doe up", "prop Jon Doe up": a verb, no team position.
        if last < end
            && self
                .rules
                .is_cue("role-position-particles", &self.word(last))
        {
            found.retain(|f| {
                let w = f.role.title.rsplit(' ').next().unwrap_or("");
                !self.rules.is_cue("role-position-words", w)
            });
        }
        // "Acme Corp economists Jane Roe and Jon Doe".
        if found.is_empty() {
            found.extend(self.plural_title(first, last, start, end));
        }
        if found.is_empty() && first > start && toks[first - 1].is_punct(',') {
            self.title_before_comma(first, last, start, end, &mut found);
        }
        self.appositions_after(first, last, start, end, before, &mut found);
        // "By JANE ROE AP Sports Writer", "By Jane Roe - Staff Writer".
        if found.is_empty() {
            found.extend(self.byline_title(first, last, start, end));
        }
        found
    }

    /// The titles set beside the person mention at `first..last` (of the
    /// sentence `start..end`) after it: an apposition after a comma, one
    /// between dashes (when none was found after the name's `before`
    /// titles before it), a title before a name between dashes, and a
    /// bracket's.
    fn appositions_after(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
        before: usize,
        found: &mut Vec<Found>,
    ) {
        let toks = &self.tokens.tokens;
        // "Jane Roe (R-Ohio), chairman of X", "Jane Roe of Utah – the
        // chairman of X –": the apposition after a name's tail.
        let after = self.over_name_tail(last, end);
        if toks.get(after).is_some_and(|t| t.is_punct(',')) {
            self.apposition(after + 1, end, found);
            // "Jane Roe, MD, a sports medicine physician at X".
            let comma = self.over_post_nominals(after, end);
            if found.is_empty() && comma > after {
                self.apposition(comma + 1, end, found);
            }
        }
        // "Jane Roe -- chief executive of Acme Corp -- said": an
        // apposition between dashes (after a title before the name too:
        // "Sen. Jane Roe – the chair of X –").
        if found.len() == before
            && let Some((open, close)) = self.dash_pair(after, end)
        {
            self.apposition(open, close, found);
        }
        // "Acme Corp's chief executive – Jane Roe – said": the title before
        // a name between dashes, read as before a name between commas.
        if found.is_empty() && first > start && self.is_dash(first - 1) && self.is_dash(last) {
            self.title_before_comma(first, last, start, end, found);
        }
        // "Jane Roe (chief executive, Acme Corp)": the bracket names the
        // company or none; none is guessed ("Roe (Fed chairman) said").
        if toks.get(last).is_some_and(|t| t.is_punct('(')) {
            let mut bracket = Vec::new();
            self.apposition(last + 1, end, &mut bracket);
            found.extend(bracket.into_iter().map(|mut f| {
                f.guess = false;
                f.anaphor = false;
                f
            }));
        }
    }

    /// After a name ending at `last`: a dash ("-", "--", en or em dash)
    /// and a second one before `end`; returns the token after the first and
    /// the second dash.
    pub(super) fn dash_pair(&self, last: usize, end: usize) -> Option<(usize, usize)> {
        let is_dash = |k: usize| self.is_dash(k);
        let mut open = last;
        while open < end && is_dash(open) {
            open += 1;
        }
        if open == last {
            return None;
        }
        let close = (open..end).find(|&k| is_dash(k))?;
        (close > open).then_some((open, close))
    }

    /// Whether token `k` is a dash ("-", one of "--", an en or em dash).
    pub(super) fn is_dash(&self, k: usize) -> bool {
        self.tokens.tokens.get(k).is_some_and(|t| t.is_dash())
    }

    /// The titles right before the name at `first` (after its honorific),
    /// in the sentence from `start`: an abbreviated title ("Sen. Jane Roe",
    /// "Lt. Gov. Jane Roe") and a title before that or before the name
    /// ("police spokesman Sgt. Jane Roe", "analyst Jane Roe").
    pub(super) fn titles_before(&self, first: usize, start: usize) -> Vec<Found> {
        let toks = &self.tokens.tokens;
        let mut found = Vec::new();
        if let Some(a) = self.abbreviated_title(first, start) {
            found.push(Found {
                role: Role {
                    title: singular_abbreviation(
                        &self.text[toks[a].start..toks[first - 1].end].to_lowercase(),
                    ),
                    org: None,
                },
                guess: false,
                anaphor: false,
            });
            self.premodifier(a, start, &mut found);
        } else {
            self.premodifier(first, start, &mut found);
        }
        found
    }

    /// "said analyst Jane Roe of Acme Corp": the company right after the
    /// name ending at `last` ("of", "at") is the employer of every role in
    /// `found` with none, none is guessed ("analyst Jane Roe of Acme's sale"
    /// is about the sale; "with" is company kept).
    pub(super) fn employer_after(&self, last: usize, end: usize, found: &mut [Found]) {
        let toks = &self.tokens.tokens;
        if last + 1 < end
            && matches!(self.word(last).as_str(), "of" | "at")
            && let Some(c) = self.company_at[last + 1]
            && toks
                .get(self.mention_from(last + 1).map_or(last + 2, |m| m.last))
                .is_none_or(|t| t.kind != TokKind::Possessive)
        {
            for f in found.iter_mut().filter(|f| f.role.org.is_none()) {
                f.role.org = Some(c);
                f.guess = false;
                f.anaphor = false;
            }
        }
    }

    /// "Acme's chief executive, Jane Roe, said": a title before the comma
    /// before the name at `first..last` counts when the text ties it to a
    /// company ("Acme's") or to a name by a possessive ("Ruritania's
    /// finance minister, Jane Roe,": no company), to a determiner or to the
    /// sentence's opening when the name closes an apposition; else a title
    /// "of" a company or body before the comma.
    pub(super) fn title_before_comma(
        &self,
        first: usize,
        last: usize,
        start: usize,
        end: usize,
        found: &mut Vec<Found>,
    ) {
        let toks = &self.tokens.tokens;
        let mut before = Vec::new();
        let f = self.premodifier(first - 1, start, &mut before);
        // "Acme's new chief executive, Jane Roe": past "new".
        let f = f.map(|f| self.passing_before(f, start));
        let owned = f.is_some_and(|f| f > start && toks[f - 1].kind == TokKind::Possessive);
        // "the Turkish economics minister, Jane Roe,": a determiner
        // opens the title when the name closes an apposition.
        let det = f
            .filter(|_| self.closes_apposition(last, end))
            .and_then(|f| self.determiner_before(f, start));
        // "Acme Planning Association chief executive, Jane Roe,": a
        // title opening the sentence, after capitalised words only.
        let opens =
            f.is_some_and(|f| self.caps_open(f, start)) && self.closes_apposition(last, end);
        for mut r in before {
            if r.role.org.is_some() || owned || det.is_some() || opens {
                // "his lawyer, Jane Roe": a person's, no company's.
                r.guess &=
                    !det.is_some_and(|d| d == "their" || self.rules.is_cue("other-possessives", d));
                found.push(r);
            }
        }
        if found.is_empty() && self.closes_apposition(last, end) {
            found.extend(
                self.title_of_org_before(first - 1, start)
                    .or_else(|| self.title_of_body_before(first - 1, start)),
            );
        }
    }

    /// The first token of an abbreviated title right before the name at
    /// `first`: one or two listed abbreviations, each with its full stop
    /// ("Sen.", "Lt. Gov.", "Maj. Gen."), after an optional modifier ("Vice
    /// Adm.", "Staff Sgt.", "former Sen.").
    pub(super) fn abbreviated_title(&self, first: usize, start: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let abbrev = |k: usize| {
            let (w, dot) = (toks[k - 2], toks[k - 1]);
            dot.is_punct('.')
                && w.kind == TokKind::Word
                && w.end == dot.start
                && !w.is_lower(self.text)
                && self.rules.word_class(w.text(self.text)) & ListKind::TitleAbbrev.bit() != 0
        };
        let mut k = first;
        while k >= start + 2 && first - k < 4 && abbrev(k) {
            k -= 2;
        }
        if k == first {
            return None;
        }
        if k > start
            && toks[k - 1].kind == TokKind::Word
            && (self.is_modifier(&self.word(k - 1))
                || matches!(self.word(k - 1).as_str(), "rear" | "staff" | "master"))
        {
            k -= 1;
        }
        Some(k)
    }

    /// Whether only one to four capitalised words that name no person
    /// stand between the sentence start `start` and a title at `f` (or none).
    pub(super) fn caps_open(&self, f: usize, start: usize) -> bool {
        let toks = &self.tokens.tokens;
        let mut k = f;
        while k > start
            && f - k < 4
            && self.is_capitalised(k - 1)
            && self.person_at[k - 1].is_none()
        {
            k -= 1;
        }
        // "But last week, Argentine Economy Minister, Jane Roe,": after a
        // comma that follows no name.
        k == start
            || (k > start + 1
                && toks[k - 1].is_punct(',')
                && self.person_at[k - 2].is_none()
                && self.company_at[k - 2].is_none())
    }

    /// After a name ending at `k`: the token after the full stop of a
    /// closing "Jr." or "Sr." ("Jane Roe Jr., chairman of X", "Jane Roe
    /// Sr., who founded X"), else `k`. Not after a lone "Jr" (a name cut
    /// before it: "James T. McAfee Jr.").
    pub(super) fn over_suffix_stop(&self, k: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let stop = k > 1
            && k + 1 < end
            && toks[k].is_punct('.')
            && toks[k - 1].end == toks[k].start
            && matches!(self.word(k - 1).as_str(), "jr" | "sr")
            && self.person_at[k - 1].is_some()
            && self.person_at[k - 2] == self.person_at[k - 1];
        k + usize::from(stop)
    }

    /// After a name ending at `last` (exclusive), the token after its tail
    /// when a comma or a dash follows that: a bracketed party and state
    /// ("(R-Ohio)", "(D-N.Y.)") or "of" and one or two listed place words
    /// ("of Utah", "of New Mexico"); else `last`.
    pub(super) fn over_name_tail(&self, last: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let word = |k: usize| toks.get(k).filter(|t| k < end && t.kind == TokKind::Word);
        let party = |k: usize| {
            word(k).is_some_and(|t| {
                matches!(t.text(self.text).as_bytes(),
                    [b'R' | b'D' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
            })
        };
        let mut k = last;
        if toks.get(k).is_some_and(|t| t.is_punct('(')) && party(k + 1) {
            k += 2;
            k += usize::from(toks.get(k).is_some_and(|t| t.is_punct('.')));
            if !toks.get(k).is_some_and(|t| t.is_punct(')')) {
                return last;
            }
            k += 1;
        } else if word(k).is_some_and(|t| t.text(self.text) == "of") {
            let place = |j: usize| {
                word(j).is_some_and(|t| t.is_cap(self.text)) && self.lexed.is(j, ListKind::Place)
            };
            let n = (1..=2).take_while(|&n| place(k + n)).count();
            if n == 0 {
                return last;
            }
            k += 1 + n;
        }
        let next = toks.get(k).filter(|_| k < end);
        if k > last && next.is_some_and(|t| t.is_punct(',') || t.is_dash()) {
            k
        } else {
            last
        }
    }

    /// After a name and its comma at `comma`: the comma closing a run of
    /// post-nominal letters, each capitalised and followed by a comma
    /// ("Jane Roe, MD, FACS, chief of surgery": the comma after "FACS"),
    /// else `comma`.
    pub(super) fn over_post_nominals(&self, comma: usize, end: usize) -> usize {
        let toks = &self.tokens.tokens;
        let mut c = comma;
        while let Some(k) = self.post_nominal_end(c + 1, end) {
            if !toks[k].is_punct(',') {
                break;
            }
            c = k;
        }
        c
    }

    /// The token after post-nominal letters written from `i` ("MD", "M.D.",
    /// "R.N."): a capitalised word and the words and full stops touching
    /// it, whose letters are on the `role-post-nominals` list.
    pub(super) fn post_nominal_end(&self, i: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if i >= end || toks[i].kind != TokKind::Word || !toks[i].is_cap(self.text) {
            return None;
        }
        let mut k = i + 1;
        while k < end
            && toks[k].start == toks[k - 1].end
            && (toks[k].kind == TokKind::Word || toks[k].is_punct('.'))
        {
            k += 1;
        }
        let letters = &self.text[toks[i].start..toks[k - 1].end];
        (k < end && self.rules.is_cue_undotted("role-post-nominals", letters)).then_some(k)
    }

    /// The person whose mention ends right before token `k` (past the stop
    /// of "Jr." as [`Reader::over_suffix_stop`] reads it).
    pub(super) fn person_closing(&self, k: usize) -> Option<usize> {
        let k = if k >= 2 && self.over_suffix_stop(k - 1, k + 1) == k {
            k - 1
        } else {
            k
        };
        self.person_at[k - 1]
    }

    /// Whether the name ending at `last` closes an apposition: a comma, full
    /// stop, closing bracket or dash follows, or the sentence ends.
    pub(super) fn closes_apposition(&self, last: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        last >= end
            || toks[last].is_punct(',')
            || toks[last].is_punct('.')
            || toks[last].is_punct(')')
            || self.is_dash(last)
    }

    /// The determiner before a title starting at `f`, past up to three
    /// capitalised words that are no name ("the Turkish economics
    /// minister", "A US record executive").
    pub(super) fn determiner_before(&self, f: usize, start: usize) -> Option<&'static str> {
        let toks = &self.tokens.tokens;
        let mut k = f;
        while k > start
            && f - k < 3
            && toks[k - 1].kind == TokKind::Word
            && !toks[k - 1].is_lower(self.text)
            && self.person_at[k - 1].is_none()
            && self.company_at[k - 1].is_none()
            && !matches!(
                self.word(k - 1).as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )
        {
            k -= 1;
        }
        let k = k.checked_sub(1).filter(|&k| k >= start)?;
        ["the", "a", "an", "his", "her", "its", "their"]
            .into_iter()
            .find(|d| self.word(k) == *d)
    }

    /// "The chief executive of Acme Corp, Jane Roe,": a title of a company
    /// written before the comma at `comma`, after a determiner or at the
    /// sentence start.
    pub(super) fn title_of_org_before(&self, comma: usize, start: usize) -> Option<Found> {
        let Some(org) = self.company_at[comma.checked_sub(1)?] else {
            return self.title_of_body_before(comma, start);
        };
        let mut m = comma - 1;
        while m > start && self.company_at[m - 1] == Some(org) {
            m -= 1;
        }
        let mut of = m.checked_sub(1).filter(|&k| k > start)?;
        if self.word(of) == "the" {
            of = of.checked_sub(1).filter(|&k| k > start)?;
        }
        if !matches!(self.word(of).as_str(), "of" | "at" | "for") {
            return None;
        }
        let mut before = Vec::new();
        let f = self.premodifier_to(of, of, start, &mut before)?;
        if !self.opens_title_of(f, start) {
            return None;
        }
        let mut found = before.pop()?;
        found.role.org = Some(org);
        Some(found)
    }

    /// Whether a title of a body starting at `f` opens its phrase: after a
    /// determiner, past "new" ("the new chairman of Acme Corp, Jane Roe,"),
    /// or after capitalised words opening the sentence ("Mexican minister of
    /// energy, Jane Roe,").
    pub(super) fn opens_title_of(&self, f: usize, start: usize) -> bool {
        f == start
            || self
                .determiner_before(self.passing_before(f, start), start)
                .is_some()
            || self.caps_open(f, start)
    }

    /// "The chairman of the Ruritania Monetary Board, Jane Roe,", "the head
    /// of Acme Corp's debt division, Jane Roe,": a title after a determiner
    /// and before "of"/"at"/"for" and a phrase that closes at the comma at
    /// `comma` (at most ten tokens, no clause word). The org is the phrase's
    /// last company; with none, no company is guessed.
    pub(super) fn title_of_body_before(&self, comma: usize, start: usize) -> Option<Found> {
        let toks = &self.tokens.tokens;
        // "the head of fixed income sales at Acme Corp, Jane Roe,": the "of"
        // nearest the comma that has a title before it.
        let mut before = Vec::new();
        let (of, f) = (comma.saturating_sub(11).max(start + 1)..comma.saturating_sub(1))
            .rev()
            .take_while(|&k| {
                !toks[k].is_punct(',')
                    && self.person_at[k].is_none()
                    && self.word_class(k) & ListKind::ClauseWord.bit() == 0
            })
            .filter(|&k| matches!(self.word(k).as_str(), "of" | "at" | "for"))
            .find_map(|k| Some((k, self.premodifier_to(k, k, start, &mut before)?)))?;
        if !self.opens_title_of(f, start) {
            return None;
        }
        let mut found = before.pop()?;
        let org = (of + 1..comma).rev().find_map(|k| self.company_at[k]);
        found.role.org = org.or(found.role.org);
        found.guess = false;
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{role, roles};

    /// The main company twice, a second company once: no dominant company.
    const NEWS: &str = "Harlow Gears Inc said sales rose, helped by Osk Metal Co. \
                        Harlow Gears Inc opened a plant.";

    #[test]
    fn a_company_head_title_takes_the_main_company_of_the_sentences_before() {
        let got = roles(&format!("{NEWS} As chairman, Jane Roe said it was full."));
        assert_eq!(
            got,
            [role("Jane Roe", "chairman", Some("Harlow Gears Inc"))]
        );
        // Two sentences back, over one that names no company.
        let got = roles(&format!("{NEWS} It was full. Jon Doe, spokesman, said so."));
        assert_eq!(
            got,
            [role("Jon Doe", "spokesman", Some("Harlow Gears Inc"))]
        );
    }

    #[test]
    fn no_main_company_guessed_from_another_firm_or_for_a_former_title() {
        let other = format!("{NEWS} Osk Metal Co cut prices. Jon Doe, spokesman, said so.");
        assert_eq!(roles(&other), [role("Jon Doe", "spokesman", None)]);
        let company = format!("{NEWS} Jon Doe, chairman of the gear company, said so.");
        let main = Some("Harlow Gears Inc".to_string());
        assert_eq!(
            roles(&company),
            [("Jon Doe".into(), "chairman".into(), main)]
        );
        let former = format!("{NEWS} Former chairman Jon Doe said so.");
        assert_eq!(roles(&former), [role("Jon Doe", "former chairman", None)]);
        // An occupation takes no company by guess.
        let singer = format!("{NEWS} Singer Jon Doe said so.");
        assert_eq!(roles(&singer), [role("Jon Doe", "singer", None)]);
        // Officers of other bodies: a modifier before the title, or "of",
        // "for", "at" and an article or a name after the title or person.
        for other in [
            "Jon Doe, a spokesman for the lifeboat crew, said no one drowned.",
            "Harbour spokesman Jon Doe said no one drowned.",
            "Chairman Jon Doe of the parish board said it was good.",
            "As chairman of the tenants league, Jon Doe said it was wrong.",
            "Choir chairman Jon Doe said the gift was welcome.",
            "Jon Doe, vice chairman at Wexbury, said so.",
        ] {
            let got = roles(&format!("{NEWS} {other}"));
            let main = Some("Harlow Gears Inc");
            assert!(
                got.iter().all(|r| r.2.as_deref() != main),
                "{other}: {got:?}"
            );
        }
    }

    #[test]
    fn a_body_word_before_the_title_takes_no_company_by_guess() {
        // The sentence's one company and the main company are not the
        // police's, the council's or the ministry's.
        for (sentence, title) in [
            (
                "Harlow Gears Inc shut the plant, police spokesman Jon Doe said.",
                "police spokesman",
            ),
            (
                "Council spokeswoman Jon Doe said Harlow Gears Inc had filed.",
                "council spokeswoman",
            ),
            (
                "Deputy police chief Jon Doe said so.",
                "deputy police chief",
            ),
            ("Ministry spokesman Jon Doe said so.", "ministry spokesman"),
        ] {
            let got = roles(&format!("{NEWS} {sentence}"));
            assert_eq!(got, [role("Jon Doe", title, None)], "{sentence}");
        }
        // A company the text ties the title to still holds; a company
        // officer's title still takes the sentence's company.
        let at = roles("Jon Doe, a union representative at Harlow Gears Inc, said so.");
        assert_eq!(
            at,
            [role(
                "Jon Doe",
                "union representative",
                Some("Harlow Gears Inc")
            )]
        );
        let board = roles("Harlow Gears Inc board member Jon Doe said so.");
        assert_eq!(
            board,
            [role("Jon Doe", "board member", Some("Harlow Gears Inc"))]
        );
    }

    #[test]
    fn names_a_body_reads_a_body_word_before_another_title_word() {
        let rules = crate::Rules::default_rules().unwrap();
        assert!(super::names_a_body(&rules, "police spokesman"));
        assert!(super::names_a_body(&rules, "deputy union leader"));
        assert!(!super::names_a_body(&rules, "chief of police"));
        assert!(!super::names_a_body(&rules, "board member"));
        assert!(!super::names_a_body(&rules, "spokesman"));
        // Advertising, travel and news agencies are businesses.
        assert!(!super::names_a_body(&rules, "agency president"));
    }

    #[test]
    fn an_agency_title_keeps_its_business() {
        let got =
            roles("Zentrix Advertising Agency Inc won the account, agency president Jon Doe said.");
        assert_eq!(
            got,
            [role(
                "Jon Doe",
                "agency president",
                Some("Zentrix Advertising Agency Inc")
            )]
        );
    }
}
