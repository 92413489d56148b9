//! Stage 7, subject search: reads the subject group left of a cue ("X",
//! "X and Y", "X's", "the company"), stepping over descriptions, brackets
//! and clauses.

use super::*;

/// At most this many tokens stand between a cue in a sentence-opening
/// gerund clause and the comma that ends the clause ("By forming a venture
/// that will make brake parts for small vans, ...").
const FRONTED_CLAUSE_TOKENS: usize = 16;

/// At most this many tokens stand between a fronted clause's "-ing" word
/// and the cue, so that the gerund is the tie's own verb or a light verb
/// before its noun ("After buying X", "By setting up an alliance"), not a
/// verb of its own ("After hiring bankers to sell X").
const FRONTED_GERUND_GAP: usize = 3;

impl<'a> Finder<'a> {
    /// The subject group left of token `cue`, in text order.
    pub(super) fn left(&self, sent: &Sentence, cue: usize, mentions: &[Mention]) -> Vec<Arg> {
        match self.nearest_subject(sent, cue, mentions) {
            Seek::Found(first, start) => {
                let mut members = vec![first];
                // "at Y and X <TK>, which owns": a relative clause with a
                // singular verb is X's alone ("X, Y and Z, who have" is not).
                let relative = match first {
                    Arg::Mention(m) => self.singular_relative(mentions[m].last, cue),
                    _ => false,
                };
                if !relative {
                    self.coordinated_subjects(sent, start, mentions, &mut members);
                }
                members.reverse();
                members
            }
            Seek::Done(None) => self.fronted_clause_subject(sent, cue, mentions),
            Seek::Done(alone) => alone.into_iter().collect(),
        }
    }

    /// The subject of a cue inside a sentence-opening gerund clause is the
    /// main clause's, after the clause's comma: "By forming the venture,
    /// X and Y said ...", "After buying Z, the two companies ...". The
    /// sentence opens with a word of rules/fronted-clause-openers.txt and
    /// an "-ing" word at most [`FRONTED_GERUND_GAP`] tokens before the cue
    /// and not of rules/fronted-clause-failures.txt ("After failing to buy
    /// Z, X said ..." gives none), no comma stands before the cue, and the comma is at
    /// most [`FRONTED_CLAUSE_TOKENS`] tokens after it. Gives the companies
    /// joined by "and" or commas right after the comma, or the group or
    /// one-company anaphor there ("the firms", "the company"); else the
    /// subject of an adverbial tie ("In partnership with Y, X ...":
    /// `adverbial_tie_subject`), or none.
    pub(super) fn fronted_clause_subject(
        &self,
        sent: &Sentence,
        cue: usize,
        mentions: &[Mention],
    ) -> Vec<Arg> {
        let first = sent.first;
        let toks = &self.tokens.tokens;
        let opens = first < cue
            && self
                .rules
                .is_cue("fronted-clause-openers", &self.lower(first))
            && toks[first + 1].kind == TokKind::Word
            && self.lower(first + 1).ends_with("ing")
            && cue <= first + 1 + FRONTED_GERUND_GAP
            && !self
                .rules
                .is_cue("fronted-clause-failures", &self.lower(first + 1));
        if !opens || (first..cue).any(|k| toks[k].is_punct(',')) {
            return self.adverbial_tie_subject(sent, cue, mentions);
        }
        self.main_clause_subject(sent, cue, mentions)
    }

    /// The subject of a tie stated as an adverbial "in partnership /
    /// collaboration with Y", its cue a word of rules/tie-adverbial-nouns.txt
    /// right after "in": fronted, the main clause's after the phrase's
    /// comma ("In partnership with Y, X launched ..."); set off by a comma
    /// after the companies that open the sentence, those companies ("X, in
    /// collaboration with Y, launched ..."). Empty else: "Shares of X, in
    /// partnership with Y" has no such subject.
    fn adverbial_tie_subject(&self, sent: &Sentence, cue: usize, mentions: &[Mention]) -> Vec<Arg> {
        let adverbial = cue > sent.first
            && self.lower(cue - 1) == "in"
            && self.rules.is_cue("tie-adverbial-nouns", &self.lower(cue));
        if !adverbial {
            return Vec::new();
        }
        if cue - 1 == sent.first {
            return self.main_clause_subject(sent, cue, mentions);
        }
        let comma = cue - 2;
        if comma <= sent.first || !self.tokens.tokens[comma].is_punct(',') {
            return Vec::new();
        }
        let parties = self.joined_parties_from(sent.first, comma, mentions);
        let ends_at_comma = parties.last().is_some_and(|a| match a {
            Arg::Mention(m) => self.skip_ticker(mentions[*m].last, comma + 1) == comma,
            _ => false,
        });
        if ends_at_comma { parties } else { Vec::new() }
    }

    /// The main clause's subject after the comma that ends a fronted clause
    /// holding token `cue`: a group or one-company anaphor there, or the
    /// companies joined by "and" or commas; empty when no comma stands
    /// within [`FRONTED_CLAUSE_TOKENS`] tokens after the cue.
    fn main_clause_subject(&self, sent: &Sentence, cue: usize, mentions: &[Mention]) -> Vec<Arg> {
        let toks = &self.tokens.tokens;
        let end = sent.last.min(cue + FRONTED_CLAUSE_TOKENS);
        let Some(comma) = (cue..end).find(|&k| toks[k].is_punct(',')) else {
            return Vec::new();
        };
        let at = comma + 1;
        if let Some(span) = self
            .lexed
            .spans_at(at, self.rules, ListKind::AnaphorTwo)
            .next()
        {
            return (span.first == at)
                .then_some(Arg::AnaphorTwo(at))
                .into_iter()
                .collect();
        }
        if self
            .lexed
            .spans_at(at, self.rules, ListKind::AnaphorOne)
            .next()
            .is_some()
        {
            return vec![Arg::AnaphorOne(at)];
        }
        self.joined_parties_from(at, sent.last, mentions)
    }

    /// The party mentions from token `at` joined by "and" or commas ("X, Y
    /// and Z"), in text order, before token `ceiling`.
    fn joined_parties_from(&self, at: usize, ceiling: usize, mentions: &[Mention]) -> Vec<Arg> {
        let mut out = Vec::new();
        let mut j = at;
        while j < ceiling {
            let Some(m) = self.party_at(j).filter(|&m| mentions[m].first == j) else {
                break;
            };
            out.push(Arg::Mention(m));
            j = self.skip_ticker(mentions[m].last, ceiling);
            let joins =
                j + 1 < ceiling && (self.tokens.tokens[j].is_punct(',') || self.lower(j) == "and");
            if !joins {
                break;
            }
            j += 1;
            if j < ceiling && self.lower(j) == "and" {
                j += 1;
            }
        }
        out
    }

    /// Whether ", which" or ", who" and a singular verb ("owns", "has",
    /// "is") follow the name ending at token `end` (past a ticker), before
    /// token `cue`.
    pub(super) fn singular_relative(&self, end: usize, cue: usize) -> bool {
        let toks = &self.tokens.tokens;
        let mut k = self.skip_ticker(end, cue);
        if k < cue && toks[k].is_punct('>') {
            k += 1;
        }
        // (In a pattern the relative verb may itself be the cue's token.)
        k + 2 <= cue
            && k + 2 < toks.len()
            && toks[k].is_punct(',')
            && matches!(self.lower(k + 1).as_str(), "which" | "who")
            && {
                let verb = self.lower(k + 2);
                verb.ends_with('s') && !verb.ends_with("ss")
            }
    }

    /// Seeks the nearest subject left of token `cue`, skipping up to twelve
    /// descriptive words; stops at a clause break.
    pub(super) fn nearest_subject(
        &self,
        sent: &Sentence,
        cue: usize,
        mentions: &[Mention],
    ) -> Seek {
        let floor = sent.first;
        let mut j = cue; // exclusive end of what is still unread
        let mut skipped = 0;
        let mut pronoun = None;
        loop {
            j = self.skip_marks_back(j, floor, cue);
            if j <= floor {
                // "It bought X", "In 2003 it bought X": a pronoun subject
                // met before the sentence start.
                return Seek::Done(pronoun);
            }
            let mut step = self.subject_step(sent, j, cue, skipped, mentions);
            // "X sold its plant and agreed to supply Y", "a transfer and
            // licensing agreement with Y".
            if step.is_none() && pronoun.is_none() && skipped < 12 && self.lower(j - 1) == "and" {
                step = self.and_step(sent, j - 1, cue, mentions);
            }
            match step {
                Some(Step::Back(k, skips)) => {
                    j = k;
                    skipped += skips;
                    continue;
                }
                Some(Step::Stop(seek)) => return seek,
                None => {}
            }
            if self.breaks_subject_search(j - 1, cue) || skipped >= 12 {
                // No company before the clause starts: a pronoun subject
                // ("it", "they") met on the way stands for the last subject.
                return Seek::Done(pronoun);
            }
            let w = self.lower(j - 1);
            // "its $1 billion buyout of X": the possessive stands for the
            // sentence's subject.
            if w == "its" {
                return self.possessive_subject(sent, j - 1);
            }
            if pronoun.is_none() {
                pronoun = match w.as_str() {
                    "it" => Some(Arg::AnaphorOne(j - 1)),
                    "they" => Some(Arg::They(j - 1)),
                    _ => None,
                };
            }
            skipped += 1;
            j -= 1;
        }
    }

    /// The exclusive end of what is left to read for a subject before `j`
    /// (above `floor`), past a ticker, a bracket and, before the verb at
    /// `cue`, an abbreviation's full stop ("Barrow & Hale Inc. has agreed").
    pub(super) fn skip_marks_back(&self, j: usize, floor: usize, cue: usize) -> usize {
        let j = self.skip_ticker_back(j, floor);
        let j = self.skip_paren_back(j, floor);
        if j > floor + 1
            && j < cue
            && self.tokens.tokens[j - 1].is_punct('.')
            && self.lower_word(j)
            && self.party_ending(j - 1).is_some()
        {
            j - 1
        } else {
            j
        }
    }

    /// What ends at `j` while seeking the subject of `cue` (see
    /// [`Finder::subject_ending`]), or a parenthetical ("Acme, meanwhile,
    /// has agreed to") to step over; `skipped` descriptive words so far.
    pub(super) fn subject_step(
        &self,
        sent: &Sentence,
        j: usize,
        cue: usize,
        skipped: usize,
        mentions: &[Mention],
    ) -> Option<Step> {
        match self.subject_ending(sent, j, cue, skipped, mentions) {
            Some(Back::Bracket) => return Some(Step::Back(j - 1, 0)),
            Some(Back::Modifier(first)) => return Some(Step::Back(first, 1)),
            // "an agreement with Y to buy Z": Y is the agreement's other
            // side; the buyer stands further left.
            Some(Back::Subject(Arg::Mention(m), first))
                if self.agreement_side(first, mentions[m].last, cue) =>
            {
                return Some(Step::Back(first - 1, 1));
            }
            Some(Back::Subject(arg, first)) => return Some(Step::Stop(Seek::Found(arg, first))),
            None => {}
        }
        let floor = sent.first;
        self.parenthetical_ending(j, floor)
            .map(|open| Step::Back(open, 1))
    }

    /// At the "and" at `and` before the subject's verb `cue`: a compound to
    /// step over, or the subject the clauses share.
    pub(super) fn and_step(
        &self,
        sent: &Sentence,
        and: usize,
        cue: usize,
        mentions: &[Mention],
    ) -> Option<Step> {
        match self.and_reading(sent, and, cue) {
            conjuncts::And::Compound => Some(Step::Back(and, 1)),
            conjuncts::And::SharedSubject => match self.shared_subject(sent, and, mentions) {
                Some(Arg::Mention(m)) => {
                    Some(Step::Stop(Seek::Found(Arg::Mention(m), mentions[m].first)))
                }
                Some(a) => Some(Step::Stop(Seek::Done(Some(a)))),
                None => None,
            },
            conjuncts::And::Clause => None,
        }
    }

    /// The subject "its" at `its` stands for: "Y, which was negotiating its
    /// merger with Z" (the relative clause's antecedent), else the
    /// sentence's subject.
    pub(super) fn possessive_subject(&self, sent: &Sentence, its: usize) -> Seek {
        // "Y, which was negotiating its merger with Z": the relative
        // clause's antecedent; "..., and Y has withdrawn its proposal to
        // acquire Z": the subject of its own clause, not the sentence's.
        // The owner alone: "its" is one company's, and a name before a
        // ", and" that precedes the owner is another clause's object
        // ("X outbid Y, and Z has withdrawn its proposal").
        let owner = self
            .relative_owner(sent, its)
            .or_else(|| self.clause_owner(sent, its));
        Seek::Done(Some(owner.map_or(Arg::AnaphorOne(its), Arg::Mention)))
    }

    /// Whether the party spanning `first..last`, met while seeking the
    /// subject of the cue at `cue`, is the other side of an agreement: it
    /// follows "with" after an agreement noun (rules/agreement-nouns.txt)
    /// and only "to" (past a ticker) stands between it and the cue ("a
    /// letter of intent with Y to buy Z", "in talks with Y <YY> to acquire").
    pub(super) fn agreement_side(&self, first: usize, last: usize, cue: usize) -> bool {
        let toks = &self.tokens.tokens;
        if first < 2 || self.lower(first - 1) != "with" {
            return false;
        }
        let mut k = self.skip_ticker(last, cue);
        k = self.skip_paren(k, cue);
        // "to" right before the cue, or "to" and up to three lower-case
        // words or numbers ("to buy 50 pct of"), or the cue's own "to".
        let infinitive = k < toks.len()
            && self.lower(k) == "to"
            && (k == cue
                || (cue - k <= 4
                    && (k + 1..cue)
                        .all(|i| self.lower_word(i) && !self.is_word_at(i, ListKind::ClauseWord))));
        infinitive && self.is_cue("agreement-nouns", first - 2)
    }

    /// The antecedent of a relative clause that holds the "its" at token
    /// `at`: "Y, which was then negotiating its merger" gives Y. The
    /// words between "which"/"who" and "its" hold no party, no other clause
    /// word and no sentence punctuation; at most twelve of them.
    pub(super) fn relative_owner(&self, sent: &Sentence, at: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = at.saturating_sub(13).max(sent.first + 1);
        let mut k = at;
        while k > lo {
            k -= 1;
            if self.party_at(k).is_some() {
                return None;
            }
            match toks[k].kind {
                TokKind::Punct(',') => continue,
                TokKind::Punct(_) => return None,
                _ => {}
            }
            let w = self.lower(k);
            if matches!(w.as_str(), "which" | "who") {
                if !toks[k - 1].is_punct(',') {
                    return None;
                }
                let end = self.skip_ticker_back(k - 1, sent.first);
                let end = self.skip_paren_back(end, sent.first);
                return self.party_ending(end);
            }
            if self.is_word(&w, ListKind::ClauseWord) || self.lower(k) == "it" {
                return None;
            }
        }
        None
    }

    /// The company whose verb stands right before the "its" at token `at`:
    /// "Y has withdrawn its", "Y withdrew its" give Y (a ticker after Y
    /// skipped). One to three lower-case words between them, the first a
    /// predicate opener, or the only one after a name in a subject's place
    /// ([`Finder::subject_position`]: "X told Y shareholders its offer" is
    /// X's offer);
    /// none a number, a preposition, a clause word or a word of
    /// rules/clause-owner-stops.txt ("X agreed with Y to merge its": no).
    pub(super) fn clause_owner(&self, sent: &Sentence, at: usize) -> Option<usize> {
        let lo = at.saturating_sub(3).max(sent.first + 1);
        let mut k = at;
        while k >= lo {
            let end = self.skip_ticker_back(k, sent.first);
            if let Some(m) = self.party_ending(end) {
                // A lone word that opens no predicate ("withdrew") counts as
                // a verb only after a subject ("X told Y shareholders its
                // offer": a noun).
                let words = at - k;
                let verb = self.opens_predicate(k)
                    || (words == 1 && self.subject_position(sent, self.mentions[m].first));
                return (words > 0 && verb).then_some(m);
            }
            if k == lo {
                return None;
            }
            let w = self.lower(k - 1);
            if !self.lower_word(k - 1)
                || self.tokens.tokens[k - 1].kind == TokKind::Number
                || self.is_word(&w, ListKind::ClauseWord)
                || self.is_word(&w, ListKind::Preposition)
                || self.rules.is_cue("clause-owner-stops", &w)
            {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// Whether the name starting at token `first` stands where a clause's
    /// subject does: at the sentence's start, or after a punctuation mark,
    /// a clause word ("that", "while") or a word of
    /// rules/clause-owner-openers.txt ("and", "said": "X said Y has
    /// withdrawn its offer"), not after a verb or preposition whose object
    /// it is ("X told Y shareholders its offer").
    pub(super) fn subject_position(&self, sent: &Sentence, first: usize) -> bool {
        if first <= sent.first {
            return true;
        }
        let p = first - 1;
        let w = self.lower(p);
        matches!(self.tokens.tokens[p].kind, TokKind::Punct(_))
            || self.is_word(&w, ListKind::ClauseWord)
            || self.rules.is_cue("clause-owner-openers", &w)
    }

    /// What ends at token `j` (exclusive) while seeking a subject leftwards,
    /// `skipped` words after the cue: a subject, a modifier to step over, a
    /// newswire bracket, or nothing of note.
    pub(super) fn subject_ending(
        &self,
        sent: &Sentence,
        j: usize,
        cue: usize,
        skipped: usize,
        mentions: &[Mention],
    ) -> Option<Back> {
        let toks = &self.tokens.tokens;
        let t = toks[j - 1];
        // "<Acme Corp> said it would buy": a name in newswire brackets.
        if t.is_punct('>') && self.party_ending(j - 1).is_some() {
            return Some(Back::Bracket);
        }
        // "(Acme Corp) agreed to buy": a name in round brackets.
        if self.paren_party_closing(j - 1, mentions).is_some() {
            return Some(Back::Bracket);
        }
        // "the company's acquisition of X": a possessive anaphor.
        let end = if t.kind == TokKind::Possessive {
            j - 1
        } else {
            j
        };
        if let Some(a) = self.anaphor_ending(end) {
            let first = match a {
                Arg::AnaphorOne(f) | Arg::AnaphorTwo(f) | Arg::They(f) | Arg::Described(f) => f,
                Arg::Mention(_) | Arg::Event(_) => unreachable!(),
            };
            return Some(Back::Subject(a, first));
        }
        if let Some(m) = self.party_ending(end) {
            // A possessive company right before the cue is its subject
            // ("X's partnership with Y"); further left it is a modifier,
            // unless a verb follows ("Marlowe's has received": a name).
            if end < j && skipped > 0 && !self.verb_after_name(j) && !self.deal_noun_run(j, cue) {
                return Some(Back::Modifier(mentions[m].first));
            }
            return Some(Back::Subject(Arg::Mention(m), mentions[m].first));
        }
        let m = self.subject_before_comma(sent, j, skipped, mentions)?;
        Some(Back::Subject(Arg::Mention(m), mentions[m].first))
    }

    /// Whether tokens `j..cue` are one to three lower-case words, one a deal
    /// noun ("merger" in "Pennzoil's merger agreement with"): a possessive
    /// before them owns the deal and is the cue's subject.
    pub(super) fn deal_noun_run(&self, j: usize, cue: usize) -> bool {
        j < cue
            && cue - j <= 3
            && (j..cue).all(|k| {
                self.lower_word(k)
                    && self.tokens.tokens[k].kind == TokKind::Word
                    && !self.is_word_at(k, ListKind::ObjectStop)
                    && !self.is_word_at(k, ListKind::ClauseWord)
            })
            && (j..cue).any(|k| self.is_cue("deal-nouns", k))
    }

    /// A subject standing before a comma or a relative word that ends at
    /// token `j` (exclusive).
    pub(super) fn subject_before_comma(
        &self,
        sent: &Sentence,
        j: usize,
        skipped: usize,
        mentions: &[Mention],
    ) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let floor = sent.first;
        if toks[j - 1].is_punct(',') {
            // "Acme's low-cost carrier, Borealis Air, is to buy": a name
            // between commas right before the verb is its subject.
            if skipped <= 3
                && let Some(m) = self.party_ending(j - 1)
                && mentions[m].first > floor
                && toks[mentions[m].first - 1].is_punct(',')
            {
                return Some(m);
            }
            // "Acme Corp, which rejected a bid last year, agreed to buy": the
            // subject stands before the relative clause.
            return self
                .relative_head(sent, j - 1)
                .or_else(|| self.appositive_head(sent, j - 1, mentions));
        }
        if !matches!(self.lower(j - 1).as_str(), "which" | "who" | "that") || j < floor + 2 {
            return None;
        }
        // "Borealis, which earlier this month signed a like pact with ...", "Acme Corp -
        // which owns 46% of ...".
        if toks[j - 2].is_punct(',') || toks[j - 2].is_dash() {
            let mut end = self.skip_paren_back(self.skip_ticker_back(j - 2, floor), floor);
            // "Acme Inc., which": the abbreviation's full stop.
            if end > floor + 1
                && toks[end - 1].is_punct('.')
                && self.party_ending(end - 1).is_some()
            {
                end -= 1;
            }
            // "Acme Corp, a Dutch insurer, which owns": the appositive's head
            // ("who" after an appositive is a person's clause).
            let which = self.lower(j - 1) == "which";
            return self
                .party_ending(end)
                .or_else(|| self.employer_ending(end, mentions))
                .or_else(|| which.then(|| self.appositive_head(sent, j - 2, mentions))?);
        }
        // "Acme Corp, a Dutch shipping firm which owns ...": the party the
        // appositive before the relative word describes.
        self.appositive_before(sent, j - 1, mentions)
    }

    /// "Acme CEO Jane Doe, who rebuffed an offer": the company whose title
    /// stands right before the person whose name ends at token `end`
    /// ("Acme CEO Jane Doe", "Acme's chief executive Jane Doe").
    pub(super) fn employer_ending(&self, end: usize, mentions: &[Mention]) -> Option<usize> {
        let p = self.mention_at[end.checked_sub(1)?]?;
        let person = &mentions[p];
        if person.kind != Kind::Person || person.last != end {
            return None;
        }
        let title = self
            .lexed
            .span_ending(person.first, self.rules, ListKind::Title)?;
        let mut k = title.first;
        if k > 0 && self.tokens.tokens[k - 1].kind == TokKind::Possessive {
            k -= 1;
        }
        self.party_ending(k)
    }

    /// Whether token `j` is an auxiliary or speech verb, which a name ending
    /// in "'s" may precede ("Marlowe's has", "Sotheby's said") but a
    /// possessive may not: an object stop that is no preposition.
    pub(super) fn verb_after_name(&self, j: usize) -> bool {
        j < self.tokens.tokens.len() && self.lower_word(j) && {
            let w = self.lower(j);
            self.is_word(&w, ListKind::ObjectStop)
                && !self.is_word(&w, ListKind::Preposition)
                && !self.is_word(&w, ListKind::ClauseWord)
                && w != "and"
        }
    }

    /// ", meanwhile,", ", in turn,", ", for its part,": one to three
    /// lower-case words (no clause word) between commas that end at token
    /// `j` (exclusive) and follow a party or anaphor; the opening comma.
    pub(super) fn parenthetical_ending(&self, j: usize, floor: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if j < floor + 4 || !toks[j - 1].is_punct(',') {
            return None;
        }
        let lo = j.saturating_sub(5).max(floor + 1);
        let open = (lo..j - 1).rev().find(|&k| toks[k].kind != TokKind::Word)?;
        let words = open + 1..j - 1;
        let plain = !words.is_empty()
            && toks[open].is_punct(',')
            && words.clone().all(|k| {
                self.lower_word(k)
                    && toks[k].kind == TokKind::Word
                    && !self.is_word_at(k, ListKind::ClauseWord)
                    && self.lower(k) != "and"
            });
        let after_subject = self
            .party_ending(self.skip_ticker_back(open, floor))
            .is_some()
            || self.anaphor_ending(open).is_some();
        (plain && after_subject).then_some(open)
    }

    /// Whether token `i` ends the leftward search for the subject of the cue
    /// at `cue`: punctuation (but not "a two-year, 5 mln dlr, distribution
    /// agreement"), a clause word, or "and" (it joins two clauses).
    pub(super) fn breaks_subject_search(&self, i: usize, cue: usize) -> bool {
        match self.tokens.tokens[i].kind {
            TokKind::Punct(',') if self.comma_in_noun_phrase(i, cue) => false,
            TokKind::Punct('-') if self.number_hyphen_measure(i) => false,
            TokKind::Punct(c) => !matches!(c, '$' | '%' | '"' | '\u{201c}' | '\u{201d}'),
            _ => {
                let w = self.lower(i);
                self.is_word(&w, ListKind::ClauseWord) || w == "and"
            }
        }
    }

    /// Whether the hyphen at token `i` joins a number to a measure written as
    /// one word: "a 5.4-pct stake in", "a 50-50 venture with", "a 20-year
    /// contract with" (the tokenizer splits them; the hyphen is no clause
    /// break). Other hyphens ("Acme-Borealis", "- said") still break.
    pub(super) fn number_hyphen_measure(&self, i: usize) -> bool {
        let toks = &self.tokens.tokens;
        if i == 0 || i + 1 >= toks.len() {
            return false;
        }
        let (before, hyphen, after) = (toks[i - 1], toks[i], toks[i + 1]);
        before.kind == TokKind::Number
            && before.end == hyphen.start
            && hyphen.end == after.start
            && (after.kind == TokKind::Number
                || matches!(
                    self.lower(i + 1).as_str(),
                    "pct" | "percent" | "year" | "years"
                ))
    }

    /// Collects subjects coordinated before the one starting at token `j`:
    /// "X and Y", "X, Y and Z", "X <TK> and Sweden's Y"; pushes them onto
    /// `members` right to left.
    pub(super) fn coordinated_subjects(
        &self,
        sent: &Sentence,
        mut j: usize,
        mentions: &[Mention],
        members: &mut Vec<Arg>,
    ) {
        let toks = &self.tokens.tokens;
        let floor = sent.first;
        // Members collected before a ", and" link, if one was crossed.
        let mut comma_and = None;
        loop {
            let k = self.skip_ticker_back(j, floor);
            // A possessive modifier: "Mercedes Benz's parent company Daimler AG".
            if let Some(m) = self.possessive_modifier(k, floor) {
                j = mentions[m].first;
                continue;
            }
            let mut k = self.member_modifiers_back(k, floor);
            // Descriptors, then a connector, then another member.
            let named = k;
            k = self.skip_descriptors_back(k, floor);
            // (A mention may start before the sentence in broken text.) A
            // long description joins only after "and" ("X, the Jordanian
            // investment bank Y has" is another clause).
            let long = named - k > 3;
            if k <= floor
                || !self.is_connector(k - 1)
                || (long && !self.word(k - 1).eq_ignore_ascii_case("and"))
            {
                self.drop_clause_before_comma_and(k, floor, comma_and, members);
                return;
            }
            let mut k2 = k - 1;
            if self.word(k2).eq_ignore_ascii_case("and") && k2 > floor && toks[k2 - 1].is_punct(',')
            {
                k2 -= 1;
                comma_and.get_or_insert(members.len());
            }
            match self.party_ending(self.member_end_back(k2, floor)) {
                // "took over <A> and B bought C": A is the object of a cue.
                Some(m) if self.cue_object(mentions[m].first, floor) => return,
                Some(m) => {
                    members.push(Arg::Mention(m));
                    j = mentions[m].first;
                }
                // "X said it and Y will form": "it" is the sentence's subject.
                None if k2 > floor && self.lower(k2 - 1) == "it" => {
                    members.push(Arg::AnaphorOne(k2 - 1));
                    return;
                }
                // "X, the Ohio chipmaker, and Y agreed": past X's appositive.
                None => match self.member_across_appositive(k2, floor) {
                    Some(m) if !self.cue_object(mentions[m].first, floor) => {
                        comma_and.get_or_insert(members.len());
                        members.push(Arg::Mention(m));
                        j = mentions[m].first;
                    }
                    _ => return,
                },
            }
        }
    }

    /// Where a coordinated member starting at `k` starts with its
    /// modifiers (not before `floor`): a place's possessive ("Sweden's
    /// Electrolux AB") and a newswire bracket ("<Mardle GmbH>").
    pub(super) fn member_modifiers_back(&self, mut k: usize, floor: usize) -> usize {
        let toks = &self.tokens.tokens;
        if k >= floor + 2
            && toks[k - 1].kind == TokKind::Possessive
            && self.lexed.is(k - 2, ListKind::Place)
        {
            k -= 2;
        }
        if k > floor && toks[k - 1].is_punct('<') {
            k -= 1;
        }
        k
    }

    /// Where the member before the connector at `k2` ends (not before
    /// `floor`): past a ticker and the bracket closing a name ("<Gant Corp>
    /// and <Hale Ltd> said").
    pub(super) fn member_end_back(&self, k2: usize, floor: usize) -> usize {
        let end = self.skip_ticker_back(k2, floor);
        if end > floor + 1
            && self.tokens.tokens[end - 1].is_punct('>')
            && self.party_ending(end - 1).is_some()
        {
            end - 1
        } else {
            end
        }
    }

    /// "A is a co-owner of B, and C is a minority owner of D": when the
    /// list crossed a ", and" and its leftmost member (starting at token `j`)
    /// follows a lower-case word inside a clause (a verb or preposition, not
    /// a clause word), the members before ", and" end an earlier clause:
    /// they are dropped, keeping the `kept` members after it. Only a single
    /// member before ", and" is read so: "at A, B, and C" is a list whose
    /// serial comma comes after a preposition, and stays whole.
    pub(super) fn drop_clause_before_comma_and(
        &self,
        j: usize,
        floor: usize,
        kept: Option<usize>,
        members: &mut Vec<Arg>,
    ) {
        let Some(kept) = kept else { return };
        if members.len() != kept + 1 {
            return;
        }
        let k = self.skip_descriptors_back(j, floor);
        if k > floor && self.lower_word(k - 1) && self.tokens.tokens[k - 1].kind == TokKind::Word {
            let w = self.lower(k - 1);
            // ("a group including A, the Dutch bank, and B": rules/list-openers.txt.)
            let opens_list = self.is_word(&w, ListKind::ListOpener);
            if !self.is_word(&w, ListKind::ClauseWord) && w != "and" && !opens_list {
                members.truncate(kept);
                return;
            }
        }
        // "Tennick Corp bought Varden Inc, and Broxley Inc agreed": the words
        // stepped over before the leftmost member hold a verb (read as
        // descriptors), so that member is an object in an earlier clause.
        let first = match members.last() {
            Some(Arg::Mention(m)) => self.mentions[*m].first,
            _ => return,
        };
        if (k..first).any(|i| self.opens_predicate(i)) {
            members.truncate(kept);
        }
    }

    /// Whether a trigger cue that ends in no "with" / "between" / "among" /
    /// "of" ends right before
    /// the name starting at token `first` (past a newswire "<"): the name is
    /// that cue's object.
    pub(super) fn cue_object(&self, first: usize, floor: usize) -> bool {
        let mut k = first;
        if k > floor && self.tokens.tokens[k - 1].is_punct('<') {
            k -= 1;
        }
        // ("talks with A and B": a preposition's list goes on.)
        k > floor
            && !matches!(
                self.lower(k - 1).as_str(),
                "with" | "between" | "among" | "of"
            )
            && self
                .lexed
                .triggers
                .binary_search_by_key(&k, |s| s.last)
                .is_ok()
    }

    /// Steps left over up to three descriptors ending at `k` (six when the
    /// last is a company noun).
    pub(super) fn skip_descriptors_back(&self, mut k: usize, floor: usize) -> usize {
        // "Tokyo-based electronics group Y", "state-owned Indian power
        // equipment maker Y": a run that ends in a company noun may be long.
        let most = if k > floor && self.lexed.is(k - 1, ListKind::CompanyNoun) {
            6
        } else {
            3
        };
        let mut d = 0;
        while d < most && k > floor && self.descriptor(k - 1) {
            k -= 1;
            d += 1;
        }
        k
    }

    /// "Mercedes Benz's parent company": the possessive party whose one to
    /// three descriptors end at `k`.
    pub(super) fn possessive_modifier(&self, k: usize, floor: usize) -> Option<usize> {
        let m_k = self.skip_descriptors_back(k, floor);
        if m_k < k && m_k > floor && self.tokens.tokens[m_k - 1].kind == TokKind::Possessive {
            self.party_ending(m_k - 1)
        } else {
            None
        }
    }
}

/// Where the leftward subject search stands.
pub(super) enum Seek {
    /// A subject and its first token.
    Found(Arg, usize),
    /// The search ended; a pronoun met on the way, if any.
    Done(Option<Arg>),
}

/// One step of [`Finder::nearest_subject`]: read on leftwards from a new
/// exclusive end, counting so many more descriptive words skipped, or stop
/// with what the search found.
pub(super) enum Step {
    Back(usize, usize),
    Stop(Seek),
}

/// One step of [`Finder::first_object`]: read on rightwards from a token,
/// counting so many more descriptive words passed, or stop with the object
/// found, if any.
pub(super) enum Ahead {
    Next(usize, usize),
    Done(Option<(Arg, usize)>),
}

/// What ends at a token while seeking a subject leftwards.
pub(super) enum Back {
    /// A subject and its first token.
    Subject(Arg, usize),
    /// A possessive company modifying something nearer the cue; its first token.
    Modifier(usize),
    /// The closing bracket of "<Acme Corp>".
    Bracket,
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs;
    use super::super::tests::{names, tok, with_finder};
    use super::*;

    #[test]
    fn left_collects_coordinated_subjects_in_text_order() {
        with_finder(
            "Acme Corp, Borealis Inc and Cirrus Motors agreed to form a venture.",
            |f, sent| {
                let cue = tok(f, "agreed");
                let got = names(f, &f.left(sent, cue, f.mentions));
                assert_eq!(got, ["Acme Corp", "Borealis Inc", "Cirrus Motors"]);
            },
        );
    }

    #[test]
    fn a_cue_in_a_fronted_gerund_clause_takes_the_subject_after_its_comma() {
        with_finder(
            "By forming the alliance, Acme Corp and Borealis Inc hope to cut costs.",
            |f, sent| {
                let cue = tok(f, "alliance");
                let got = names(f, &f.left(sent, cue, f.mentions));
                assert_eq!(got, ["Acme Corp", "Borealis Inc"]);
            },
        );
        // No gerund after the opener: "By Friday" is a time, not a clause.
        with_finder(
            "By Friday, Acme Corp said it had bought Borealis Inc.",
            |f, sent| {
                let cue = tok(f, "Friday");
                assert!(f.fronted_clause_subject(sent, cue, f.mentions).is_empty());
            },
        );
    }

    #[test]
    fn an_adverbial_partnership_takes_the_clause_subject() {
        let texts = [
            "In partnership with Borealis Inc, Acme Corp launched a delivery drone.",
            "Acme Corp, in collaboration with Borealis Inc, launched a delivery drone.",
        ];
        for text in texts {
            with_finder(text, |f, sent| {
                let cue = (0..f.tokens.tokens.len())
                    .find(|&k| ["partnership", "collaboration"].contains(&f.word(k)))
                    .unwrap();
                let got = names(f, &f.left(sent, cue, f.mentions));
                assert_eq!(got, ["Acme Corp"], "{text}");
            });
        }
        // Not after the sentence's opening companies, nor another noun.
        for text in [
            "Shares of Acme Corp, in partnership with Borealis Inc, rose.",
            "In talks with Borealis Inc, Acme Corp said it was hopeful.",
        ] {
            with_finder(text, |f, sent| {
                let cue = (0..f.tokens.tokens.len())
                    .find(|&k| ["partnership", "talks"].contains(&f.word(k)))
                    .unwrap();
                assert!(
                    f.adverbial_tie_subject(sent, cue, f.mentions).is_empty(),
                    "{text}"
                );
            });
        }
    }

    #[test]
    fn the_subject_search_stops_at_a_clause_break_and_keeps_a_pronoun() {
        with_finder(
            "Acme Corp makes vans, but it agreed to buy Borealis Inc.",
            |f, sent| {
                let cue = tok(f, "agreed");
                match f.nearest_subject(sent, cue, f.mentions) {
                    Seek::Done(Some(Arg::AnaphorOne(at))) => assert_eq!(f.word(at), "it"),
                    Seek::Done(other) => panic!("{other:?}"),
                    Seek::Found(a, _) => panic!("found {a:?}"),
                }
            },
        );
    }

    #[test]
    fn a_comma_between_measures_does_not_break_the_subject_search() {
        with_finder(
            "Acme Corp signed a two-year, 5 mln dlr, distribution agreement with Borealis Inc.",
            |f, _| {
                let cue = tok(f, "agreement");
                let commas: Vec<usize> = (0..cue)
                    .filter(|&i| f.tokens.tokens[i].is_punct(','))
                    .collect();
                assert_eq!(commas.len(), 2);
                assert!(commas.iter().all(|&c| !f.breaks_subject_search(c, cue)));
                assert!(f.breaks_subject_search(commas[0], commas[0] + 9));
            },
        );
    }

    #[test]
    fn a_hyphen_after_a_number_does_not_break_the_subject_search() {
        let pairs = |text: &str| -> Vec<(String, String, String)> { typed_pairs(text) };
        let acme_borealis = |t: &str| vec![("Acme Corp".into(), "Borealis Inc".into(), t.into())];
        assert_eq!(
            pairs("Acme Corp said it bought a 5.4-pct stake in Borealis Inc."),
            acme_borealis("investment")
        );
        assert_eq!(
            pairs("Acme Corp formed a 50-50 venture with Borealis Inc to make vans."),
            acme_borealis("joint_venture")
        );
        // Any other hyphen still ends the search.
        with_finder(
            "Acme-Borealis signed a 20-year pact - and 5 - pct.",
            |f, _| {
                let hyphens: Vec<usize> = (0..f.tokens.tokens.len())
                    .filter(|&i| f.tokens.tokens[i].is_punct('-'))
                    .collect();
                let measures: Vec<bool> = hyphens
                    .iter()
                    .map(|&i| f.number_hyphen_measure(i))
                    .collect();
                assert_eq!(measures, [true, false, false]);
            },
        );
    }

    #[test]
    fn a_possessive_company_before_descriptors_is_a_modifier() {
        with_finder(
            "Acme Corp's parent company Borealis Inc agreed to buy Cirrus Motors.",
            |f, sent| {
                let parent = tok(f, "Borealis");
                let m = f.possessive_modifier(parent, sent.first).unwrap();
                assert_eq!(names(f, &[Arg::Mention(m)]), ["Acme Corp"]);
                let got = names(f, &f.left(sent, tok(f, "agreed"), f.mentions));
                assert_eq!(got, ["Borealis Inc"]);
            },
        );
    }
}
