//! Stage 7, finder: the argument finder's word look-ups shared by the
//! subject and object searches: words and parties at a token, descriptions,
//! appositives and relative clauses, brackets, tickers and descriptive words.

use super::*;

impl<'a> Finder<'a> {
    pub(super) fn new(
        text: &'a str,
        tokens: &'a Tokens,
        lexed: &'a Lexed,
        rules: &'a Rules,
        mentions: &'a [Mention],
        is_party: Vec<bool>,
    ) -> Self {
        let mut mention_at = vec![None; tokens.tokens.len()];
        for (i, m) in mentions.iter().enumerate() {
            mention_at[m.first..m.last].fill(Some(i));
        }
        let unknown_word = mentions
            .iter()
            .map(|m| m.kind == Kind::Unknown && m.last - m.first == 1)
            .collect();
        Finder {
            text,
            tokens,
            lexed,
            rules,
            mentions,
            mention_at,
            is_party,
            unknown_word,
        }
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens.tokens[i].text(self.text)
    }

    /// Whether word `w` is in a function-word list of `kind`.
    pub(super) fn is_word(&self, w: &str, kind: ListKind) -> bool {
        self.rules.word_class(w) & kind.bit() != 0
    }

    pub(super) fn lower_word(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        (t.kind == TokKind::Word && t.is_lower(self.text)) || t.kind == TokKind::Number
    }

    /// Lower-cased word `i`.
    pub(super) fn lower(&self, i: usize) -> Lower<'a> {
        self.tokens.lower(i, self.text)
    }

    pub(super) fn party_at(&self, i: usize) -> Option<usize> {
        self.mention_at[i].filter(|&m| self.is_party[m])
    }

    /// How many party mentions stand in tokens `a..b`: a generic tie and a
    /// buying verb with a second company between them belong to two clauses
    /// ("an agreement with Y Corp. Z Ltd agreed to buy ...").
    pub(super) fn parties_between(&self, a: usize, b: usize) -> usize {
        let mut seen = None;
        (a..b)
            .filter_map(|k| self.party_at(k))
            .filter(|&m| seen.replace(m) != Some(m))
            .count()
    }

    /// "the [up to three words] maker" ending at `end` (exclusive): the
    /// position of its "the".
    pub(super) fn description_ending(&self, end: usize, floor: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if end == floor || !self.lexed.is(end - 1, ListKind::CompanyNoun) {
            return None;
        }
        let lo = end.saturating_sub(5).max(floor);
        let the = (lo..end - 1).rev().find(|&k| self.lower(k) == "the")?;
        let plain =
            (the + 1..end).all(|k| toks[k].kind == TokKind::Word && self.party_at(k).is_none());
        plain.then_some(the)
    }

    /// "the [up to three words] maker" starting at `start`: its end.
    pub(super) fn description_starting(&self, start: usize, ceiling: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        // Only "the"/"The"/"THE" lower-case to "the" (no other char lower-
        // cases to t, h or e): compared in place.
        if !self.word(start).eq_ignore_ascii_case("the") {
            return None;
        }
        (start + 1..(start + 5).min(ceiling))
            .take_while(|&k| toks[k].kind == TokKind::Word && self.party_at(k).is_none())
            .find(|&k| self.lexed.is(k, ListKind::CompanyNoun))
            .map(|k| k + 1)
    }

    pub(super) fn anaphor_ending(&self, end: usize) -> Option<Arg> {
        if let Some(at) = self.latter_ending(end) {
            return Some(Arg::Described(at));
        }
        if let Some(s) = self
            .lexed
            .span_ending(end, self.rules, ListKind::AnaphorTwo)
        {
            return Some(Arg::AnaphorTwo(s.first));
        }
        self.lexed
            .span_ending(end, self.rules, ListKind::AnaphorOne)
            .map(|s| Arg::AnaphorOne(s.first))
            .or_else(|| {
                let floor =
                    self.tokens.sentences[self.tokens.sentence_of[end.saturating_sub(1)]].first;
                self.description_ending(end, floor).map(Arg::AnaphorOne)
            })
    }

    /// "the latter" ending at token `end` (exclusive): its first token. It
    /// stands for the company named last before it (an [`Arg::Described`]).
    pub(super) fn latter_ending(&self, end: usize) -> Option<usize> {
        let at = end.checked_sub(2)?;
        (self.tokens.tokens[at].kind == TokKind::Word
            && self.word(at).eq_ignore_ascii_case("the")
            && self.word(at + 1).eq_ignore_ascii_case("latter"))
        .then_some(at)
    }

    /// The mention ending at token `end` (exclusive), if a party.
    pub(super) fn party_ending(&self, end: usize) -> Option<usize> {
        end.checked_sub(1).and_then(|j| self.party_at(j))
    }

    /// "X, the world's top maker, has partnered with": given the comma before
    /// the cue's verb, the party X (or "<X>", "X <TK>") before an appositive
    /// that opens with a determiner.
    pub(super) fn appositive_head(
        &self,
        sent: &Sentence,
        comma: usize,
        mentions: &[Mention],
    ) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = comma.saturating_sub(14).max(sent.first);
        let open = (lo..comma).rev().find(|&k| toks[k].is_punct(','))?;
        let det = toks.get(open + 1).map(|t| t.text(self.text).to_lowercase());
        if !matches!(det.as_deref(), Some("the" | "a" | "an")) {
            return None;
        }
        // "X <TK>, the ...", "<X Inc>, the ...": the name before a ticker or bracket.
        let end = self.skip_ticker_back(open, sent.first);
        let m = self.party_ending(end)?;
        (mentions[m].last == end).then_some(m)
    }

    /// "Borealis Corp, a 30 pct shareholder in", "X <TK>, the largest
    /// investor in": the party right before the comma that opens an
    /// appositive (a determiner, then up to five more words or numbers, no
    /// pronoun or relative word: rules/holder-appositive-stops.txt) running
    /// up to the cue at token `cue`.
    pub(super) fn appositive_holder(&self, sent: &Sentence, cue: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = cue.saturating_sub(7).max(sent.first);
        let comma = (lo..cue).rev().find(|&k| {
            !matches!(toks[k].kind, TokKind::Word | TokKind::Number) && !toks[k].is_punct('%')
        })?;
        if !toks[comma].is_punct(',')
            || comma + 1 >= cue
            || !matches!(self.lower(comma + 1).as_str(), "a" | "an" | "the")
            || (comma + 2..cue).any(|k| self.is_cue("holder-appositive-stops", k))
        {
            return None;
        }
        let end = self.skip_ticker_back(comma, sent.first);
        self.party_ending(end)
            .filter(|&m| self.mentions[m].last == end)
    }

    /// "X, which rejected a bid, agreed", "X, in which Y holds a stake,
    /// agreed": given the comma that closes the relative clause, the party X
    /// before it.
    pub(super) fn relative_head(&self, sent: &Sentence, comma: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = comma.saturating_sub(16).max(sent.first);
        let open = (lo..comma).rev().find(|&k| toks[k].is_punct(','))?;
        // "X, in which it holds a stake, will ...", "X, whose shares rose,".
        // "X, having completed its merger with Y, now plans": a participial
        // or time clause between the subject and its verb.
        let second = (open + 2 < comma).then(|| self.lower(open + 2));
        if !status::opens_comma_clause(&self.lower(open + 1), second.as_deref()) {
            return None;
        }
        self.party_ending(self.skip_ticker_back(open, sent.first))
    }

    /// "X, a video chat app it bought": the party X whose appositive
    /// runs up to the pronoun at token `at`.
    pub(super) fn appositive_before(
        &self,
        sent: &Sentence,
        at: usize,
        mentions: &[Mention],
    ) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = at.saturating_sub(8).max(sent.first);
        let comma = (lo..at).rev().find(|&k| toks[k].kind != TokKind::Word)?;
        if !toks[comma].is_punct(',')
            || !matches!(self.lower(comma + 1).as_str(), "a" | "an" | "the")
        {
            return None;
        }
        self.party_ending(comma)
            .filter(|&m| mentions[m].last == comma)
    }

    /// The company that "in which" / "of which" before token `at` refers to:
    /// the party right before it, or the party an appositive before it
    /// describes ("Acme Capital SpA, a Turin merchant bank in which"; a
    /// description holding a preposition, "a bidder for the mill in
    /// which", is the last noun's, none).
    pub(super) fn relative_antecedent(
        &self,
        sent: &Sentence,
        at: usize,
        mentions: &[Mention],
    ) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if at < sent.first + 3
            || self.lower(at - 1) != "which"
            || !matches!(self.lower(at - 2).as_str(), "in" | "of")
        {
            return None;
        }
        let mut end = self.skip_ticker_back(at - 2, sent.first);
        if let Some(m) = self.party_ending(end) {
            return Some(m);
        }
        // "Borealis Inc, in which ...".
        if end > sent.first && toks[end - 1].is_punct(',') {
            end = self.skip_ticker_back(end - 1, sent.first);
            if let Some(m) = self.party_ending(end) {
                return Some(m);
            }
        }
        let lo = end.saturating_sub(8).max(sent.first);
        let comma = (lo..end).rev().find(|&k| toks[k].is_punct(','))?;
        let det = self.lower(comma + 1);
        // One noun phrase: "a bidder for the mill in which" is the mill's.
        let prepositional = (comma + 2..end).any(|k| self.is_word_at(k, ListKind::Preposition));
        if !matches!(det.as_str(), "a" | "an" | "the")
            || prepositional
            || (comma + 1..end).any(|k| toks[k].kind == TokKind::Punct(','))
        {
            return None;
        }
        self.party_ending(self.skip_ticker_back(comma, sent.first))
            .filter(|&m| mentions[m].last <= comma)
    }

    /// Skips backwards over a newswire ticker ("<ELUX.ST>") ending at `end`,
    /// or over the closing bracket of a company named in brackets ("<Acme
    /// Inc>, which owns"): then the name's own end.
    pub(super) fn skip_ticker_back(&self, end: usize, floor: usize) -> usize {
        let toks = &self.tokens.tokens;
        if end > floor && toks[end - 1].is_punct('>') {
            let lo = end.saturating_sub(5).max(floor);
            if let Some(k) = (lo..end - 1).rev().find(|&k| toks[k].is_punct('<'))
                && self.is_ticker(k + 1, end - 1)
            {
                return k;
            }
            if self.bracketed_name_ends(end - 1, floor) {
                return end - 1;
            }
        }
        end
    }

    /// Whether a party named in brackets ends right before the `>` at token
    /// `close` ("<Acme Inc>").
    pub(super) fn bracketed_name_ends(&self, close: usize, floor: usize) -> bool {
        close > floor + 1
            && self.party_at(close - 1).is_some_and(|m| {
                let first = self.mentions[m].first;
                first > floor && self.tokens.tokens[first - 1].is_punct('<')
            })
    }

    /// Skips backwards over a parenthesised ticker or exchange code ending at
    /// `end` ("(NYSE: ACM)", "(ACM.N)"): up to six tokens, no party inside.
    pub(super) fn skip_paren_back(&self, end: usize, floor: usize) -> usize {
        let toks = &self.tokens.tokens;
        if end <= floor || !toks[end - 1].is_punct(')') {
            return end;
        }
        let lo = end.saturating_sub(8).max(floor);
        match (lo..end - 1).rev().find(|&k| toks[k].is_punct('(')) {
            Some(k) if self.is_code(k + 1, end - 1) || self.is_short_form(k, end - 1) => k,
            _ => end,
        }
    }

    /// "the National Oil Company (NOC)": one upper-case word in brackets
    /// (tokens `open..=close`) right after a party, its short form.
    pub(super) fn is_short_form(&self, open: usize, close: usize) -> bool {
        let w = self.word(open + 1);
        close == open + 2
            && self.party_ending(open).is_some()
            && w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
    }

    /// Skips forwards over a parenthesised ticker starting at `start`.
    pub(super) fn skip_paren(&self, start: usize, ceiling: usize) -> usize {
        let toks = &self.tokens.tokens;
        if start >= ceiling || !toks[start].is_punct('(') {
            return start;
        }
        let hi = (start + 8).min(ceiling);
        match (start + 1..hi).find(|&k| toks[k].is_punct(')')) {
            Some(k) if self.is_code(start + 1, k) => k + 1,
            _ => start,
        }
    }

    /// Whether tokens `from..to` are a stock code: no party, no lower-case
    /// word, no comma ("NYSE: ACM", "ACM.N", "Nasdaq: BRLS").
    pub(super) fn is_code(&self, from: usize, to: usize) -> bool {
        let toks = &self.tokens.tokens;
        from < to
            && (from..to).all(|k| {
                let t = toks[k];
                self.party_at(k).is_none()
                    && match t.kind {
                        TokKind::Word => !self.word(k).chars().all(char::is_lowercase),
                        TokKind::Punct(c) => matches!(c, ':' | '.' | '-'),
                        _ => true,
                    }
            })
    }

    /// Whether the comma at `comma` separates modifiers of a noun cue that
    /// starts at `cue` ("a two-year, 5 mln dlr, distribution agreement").
    pub(super) fn comma_in_noun_phrase(&self, comma: usize, cue: usize) -> bool {
        let toks = &self.tokens.tokens;
        if comma == 0 || cue - comma > 6 {
            return false;
        }
        let measure = |k: usize| {
            toks[k].kind == TokKind::Number
                || (self.lower_word(k)
                    && (self.word(k).contains('-')
                        || matches!(
                            self.lower(k).as_str(),
                            "dlr" | "dlrs" | "mln" | "billion" | "million"
                        )))
        };
        (measure(comma - 1)
            || toks
                .get(comma + 1)
                .is_some_and(|t| t.kind == TokKind::Number))
            && (comma + 1..cue).all(|k| {
                toks[k].is_punct(',')
                    || toks[k].is_punct('$')
                    || (self.lower_word(k) && !self.is_word_at(k, ListKind::ClauseWord))
            })
    }

    /// "Acme cloud security firm Borealis": given the end of a company used
    /// as a modifier, the start of the described company after one to four
    /// lower-case words ending in a company noun.
    pub(super) fn described_after(&self, end: usize, ceiling: usize) -> Option<usize> {
        let mut k = end;
        while k < ceiling
            && k < end + 4
            && self.lower_word(k)
            && !self.is_word_at(k, ListKind::ObjectStop)
        {
            k += 1;
        }
        (k > end
            && k < ceiling
            && self.lexed.is(k - 1, ListKind::CompanyNoun)
            && self.party_at(k).is_some())
        .then_some(k)
    }

    /// "20 Acme jets", "two Acme A320s": a company naming goods after a count.
    pub(super) fn is_goods(&self, first: usize, end: usize) -> bool {
        let toks = &self.tokens.tokens;
        let counted = first > 0
            && toks[first - 1].kind == TokKind::Number
            && !(first > 1 && toks[first - 2].is_punct('$'));
        let counted = counted
            || (first > 0
                && matches!(
                    self.lower(first - 1).as_str(),
                    "two" | "three" | "four" | "five" | "six" | "ten" | "dozen" | "more"
                ));
        counted
            && toks.get(end).is_some_and(|t| {
                t.kind == TokKind::Number
                    || (t.is_lower(self.text)
                        && !self.is_word(t.text(self.text), ListKind::ObjectStop))
            })
    }

    /// Skips forwards over a ticker starting at `start`.
    pub(super) fn skip_ticker(&self, start: usize, ceiling: usize) -> usize {
        let toks = &self.tokens.tokens;
        if start < ceiling && toks[start].is_punct('<') {
            let hi = (start + 5).min(ceiling);
            if let Some(k) = (start + 1..hi).find(|&k| toks[k].is_punct('>'))
                && self.is_ticker(start + 1, k)
            {
                return k + 1;
            }
        }
        start
    }

    /// Whether the bracketed tokens `from..to` are a ticker ("<BP>",
    /// "<GS.N>"), not a company named in brackets ("<Mitsubishi Corp>").
    pub(super) fn is_ticker(&self, from: usize, to: usize) -> bool {
        let one_symbol = to == from + 1 && !self.word(from).chars().any(char::is_lowercase);
        one_symbol || (from..to).all(|k| self.party_at(k).is_none())
    }

    /// A word that may describe a party ("renowned luxury car brand",
    /// "Belgian group"): lower case, a number, a lone capitalised adjective,
    /// or any word of a headline-case sentence.
    pub(super) fn descriptor(&self, i: usize) -> bool {
        if self.party_at(i).is_some() || self.is_connector(i) {
            return false;
        }
        let w = self.lower(i);
        if self.is_word(&w, ListKind::ClauseWord) || self.is_word(&w, ListKind::ObjectStop) {
            return false;
        }
        if self.lower_word(i) || is_place_adjective(&w) {
            return true;
        }
        // "Paris-based", "New York-based": a place made an adjective.
        let hyphen_adjective = |k: usize| {
            self.tokens
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Word)
                && self.party_at(k).is_none()
                && self.word(k).rsplit_once('-').is_some_and(|(head, tail)| {
                    !head.is_empty() && tail.chars().all(char::is_lowercase) && !tail.is_empty()
                })
        };
        if hyphen_adjective(i)
            || (hyphen_adjective(i + 1) && !self.word(i + 1).starts_with(char::is_lowercase))
        {
            return true;
        }
        let t = self.tokens.tokens[i];
        t.kind == TokKind::Word
            && (self.tokens.sentences[self.tokens.sentence_of[i]].headline_case
                || self.mention_at[i].is_some_and(|m| self.unknown_word[m]))
    }

    pub(super) fn is_connector(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        t.is_punct(',') || t.is_punct('&') || self.word(i).eq_ignore_ascii_case("and")
    }
}

/// "Paris-based", "Texas-based", "London-listed": a place turned adjective.
pub(super) fn is_place_adjective(w: &str) -> bool {
    ["-based", "-listed", "-headquartered"]
        .iter()
        .any(|suffix| w.len() > suffix.len() && w.ends_with(suffix))
}

crate::pipeline::lexicon::token_words_from_fields!(Finder);
