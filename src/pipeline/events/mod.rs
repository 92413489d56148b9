//! Stage 7: events. Finds ties between companies from trigger cues.
//!
//! Takes: the tokens, the look-up results and the resolved entities. Gives:
//! [`Event`]s, one per unordered pair of companies, each with every sentence
//! that supports it. Also, before resolution, [`promote_slots`] turns
//! capitalised chunks that stand in a trigger's argument slot next to a known
//! company into companies ("teamed up with Aston Martin").
//!
//! Around each cue the finder reads a subject group to the left ("X", "X and
//! Y", "X's", "the company", "the two companies") and an object list to the
//! right ("with A, B and C", "between A and B", "by A"), skipping a few
//! descriptive words ("renowned luxury car brand"), but not into a phrase
//! that modifies another noun ("a rival of Y", modifier_pp.rs). Subject x
//! object gives the pairs; a subject group alone, or an object list
//! introduced by "between", "of" or "by", gives its own pairs (not one
//! buyer's targets: "its acquisition of A and B"). The status of a sentence
//! comes from the strongest status cue before the trigger (or after it, for
//! denials and endings), else from the trigger. Across sentences the
//! strongest status wins (ended > denied > announced > talks > rumored);
//! weak triggers (bare nouns) count only when nothing else supports the
//! pair.

use hashbrown::HashSet;

use crate::pipeline::lexicon::{Lexed, Span};
use crate::pipeline::read::Diagnostic;
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::{Lower, Sentence, TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::{EventType, ListKind, Payload, Rules, Status, Trigger};

mod appositions;
mod conjuncts;
mod continuation;
mod fallback;
mod goods;
mod groups;
mod labour;
mod modifier_pp;
mod named_as;
mod owned;
mod patterns;
mod service;
mod status;
#[cfg(test)]
mod test_support;
mod types;

/// One sentence supporting an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Sentence index.
    pub sentence: usize,
    /// Byte range of the sentence.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// The cue as written.
    pub trigger: String,
    /// The trigger rule id.
    pub rule: String,
    /// The status cue rule id that set the status, if any.
    pub status_rule: Option<String>,
    /// Type this sentence supports.
    pub event_type: EventType,
    /// Status this sentence supports.
    pub status: Status,
    /// False for weak triggers with no status cue.
    pub strong: bool,
    /// A weak cue's partnership (a bare agreement or partnership noun, "X
    /// and Y reached an agreement"): the tie is stated but not its kind, so
    /// a typed tie of the pair with the same status ("for X to acquire Y",
    /// "the merger") decides the event's type.
    pub untyped: bool,
    /// For a pattern: (role, words) of every filled slot, in pattern order.
    pub slots: Vec<(String, String)>,
}

/// A tie between two companies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The two entities (indices), smaller first.
    pub parties: (usize, usize),
    /// Resolved type.
    pub event_type: EventType,
    /// Resolved status.
    pub status: Status,
    /// Supporting sentences, in text order.
    pub evidence: Vec<Evidence>,
}

/// A candidate dropped by the finder, with the reason (for `explain`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedCue {
    /// Sentence index.
    pub sentence: usize,
    /// The cue as written.
    pub trigger: String,
    /// The trigger rule id.
    pub rule: String,
    /// Why no event came of it.
    pub reason: String,
}

/// An argument of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arg {
    Mention(usize),
    AnaphorOne(usize),
    AnaphorTwo(usize),
    /// "they" as a last-resort subject: two companies, but not a group
    /// that may pair within itself for one-sided ties.
    They(usize),
    /// "the Italian car maker" as an object: the last company named that is
    /// not a subject of the tie.
    Described(usize),
    /// A pattern's `{x:event}` slot (at its anchor): the event an earlier
    /// sentence stated, found by `continuation`.
    Event(usize),
}

struct Finder<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    lexed: &'a Lexed,
    rules: &'a Rules,
    mentions: &'a [Mention],
    mention_at: Vec<Option<usize>>,
    is_party: Vec<bool>,
    /// Per mention: a lone capitalised word of unknown type (an adjective
    /// such as "Belgian" may describe a party).
    unknown_word: Vec<bool>,
}

impl<'a> Finder<'a> {
    fn new(
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

    fn word(&self, i: usize) -> &str {
        self.tokens.tokens[i].text(self.text)
    }

    /// Whether word `w` is in a function-word list of `kind`.
    fn is_word(&self, w: &str, kind: ListKind) -> bool {
        self.rules.word_class(w) & kind.bit() != 0
    }

    fn lower_word(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        (t.kind == TokKind::Word && t.is_lower(self.text)) || t.kind == TokKind::Number
    }

    /// Lower-cased word `i`.
    fn lower(&self, i: usize) -> Lower<'a> {
        self.tokens.lower(i, self.text)
    }

    fn party_at(&self, i: usize) -> Option<usize> {
        self.mention_at[i].filter(|&m| self.is_party[m])
    }

    /// How many party mentions stand in tokens `a..b`: a generic tie and a
    /// buying verb with a second company between them belong to two clauses
    /// ("an agreement with Y Corp. Z Ltd agreed to buy ...").
    fn parties_between(&self, a: usize, b: usize) -> usize {
        let mut seen = None;
        (a..b)
            .filter_map(|k| self.party_at(k))
            .filter(|&m| seen.replace(m) != Some(m))
            .count()
    }

    /// "the [up to three words] maker" ending at `end` (exclusive): the
    /// position of its "the".
    fn description_ending(&self, end: usize, floor: usize) -> Option<usize> {
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
    fn description_starting(&self, start: usize, ceiling: usize) -> Option<usize> {
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

    fn anaphor_ending(&self, end: usize) -> Option<Arg> {
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
    fn latter_ending(&self, end: usize) -> Option<usize> {
        let at = end.checked_sub(2)?;
        (self.tokens.tokens[at].kind == TokKind::Word
            && self.word(at).eq_ignore_ascii_case("the")
            && self.word(at + 1).eq_ignore_ascii_case("latter"))
        .then_some(at)
    }

    /// The mention ending at token `end` (exclusive), if a party.
    fn party_ending(&self, end: usize) -> Option<usize> {
        end.checked_sub(1).and_then(|j| self.party_at(j))
    }

    /// "X, the world's top maker, has partnered with": given the comma before
    /// the cue's verb, the party X (or "<X>", "X <TK>") before an appositive
    /// that opens with a determiner.
    fn appositive_head(
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
    fn appositive_holder(&self, sent: &Sentence, cue: usize) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let lo = cue.saturating_sub(7).max(sent.first);
        let comma = (lo..cue).rev().find(|&k| {
            !matches!(toks[k].kind, TokKind::Word | TokKind::Number) && !toks[k].is_punct('%')
        })?;
        if !toks[comma].is_punct(',')
            || comma + 1 >= cue
            || !matches!(self.lower(comma + 1).as_str(), "a" | "an" | "the")
            || (comma + 2..cue)
                .any(|k| self.rules.is_cue("holder-appositive-stops", &self.lower(k)))
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
    fn relative_head(&self, sent: &Sentence, comma: usize) -> Option<usize> {
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
    fn appositive_before(&self, sent: &Sentence, at: usize, mentions: &[Mention]) -> Option<usize> {
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
    /// describes ("Acme Capital SpA, a Turin merchant bank in which").
    fn relative_antecedent(
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
        if !matches!(det.as_str(), "a" | "an" | "the")
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
    fn skip_ticker_back(&self, end: usize, floor: usize) -> usize {
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
    fn bracketed_name_ends(&self, close: usize, floor: usize) -> bool {
        close > floor + 1
            && self.party_at(close - 1).is_some_and(|m| {
                let first = self.mentions[m].first;
                first > floor && self.tokens.tokens[first - 1].is_punct('<')
            })
    }

    /// Skips backwards over a parenthesised ticker or exchange code ending at
    /// `end` ("(NYSE: ACM)", "(ACM.N)"): up to six tokens, no party inside.
    fn skip_paren_back(&self, end: usize, floor: usize) -> usize {
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
    fn is_short_form(&self, open: usize, close: usize) -> bool {
        let w = self.word(open + 1);
        close == open + 2
            && self.party_ending(open).is_some()
            && w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
    }

    /// Skips forwards over a parenthesised ticker starting at `start`.
    fn skip_paren(&self, start: usize, ceiling: usize) -> usize {
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
    fn is_code(&self, from: usize, to: usize) -> bool {
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
    fn comma_in_noun_phrase(&self, comma: usize, cue: usize) -> bool {
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
                    || (self.lower_word(k) && !self.is_word(&self.lower(k), ListKind::ClauseWord))
            })
    }

    /// "Acme cloud security firm Borealis": given the end of a company used
    /// as a modifier, the start of the described company after one to four
    /// lower-case words ending in a company noun.
    fn described_after(&self, end: usize, ceiling: usize) -> Option<usize> {
        let mut k = end;
        while k < ceiling
            && k < end + 4
            && self.lower_word(k)
            && !self.is_word(&self.lower(k), ListKind::ObjectStop)
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
    fn is_goods(&self, first: usize, end: usize) -> bool {
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
    fn skip_ticker(&self, start: usize, ceiling: usize) -> usize {
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
    fn is_ticker(&self, from: usize, to: usize) -> bool {
        let one_symbol = to == from + 1 && !self.word(from).chars().any(char::is_lowercase);
        one_symbol || (from..to).all(|k| self.party_at(k).is_none())
    }

    /// A word that may describe a party ("renowned luxury car brand",
    /// "Belgian group"): lower case, a number, a lone capitalised adjective,
    /// or any word of a headline-case sentence.
    fn descriptor(&self, i: usize) -> bool {
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

    fn is_connector(&self, i: usize) -> bool {
        let t = self.tokens.tokens[i];
        t.is_punct(',') || t.is_punct('&') || self.word(i).eq_ignore_ascii_case("and")
    }

    /// The subject group left of token `cue`, in text order.
    fn left(&self, sent: &Sentence, cue: usize, mentions: &[Mention]) -> Vec<Arg> {
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
            Seek::Done(alone) => alone.into_iter().collect(),
        }
    }

    /// Whether ", which" or ", who" and a singular verb ("owns", "has",
    /// "is") follow the name ending at token `end` (past a ticker), before
    /// token `cue`.
    fn singular_relative(&self, end: usize, cue: usize) -> bool {
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
    fn nearest_subject(&self, sent: &Sentence, cue: usize, mentions: &[Mention]) -> Seek {
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
    fn skip_marks_back(&self, j: usize, floor: usize, cue: usize) -> usize {
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
    fn subject_step(
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
    fn and_step(
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
    fn possessive_subject(&self, sent: &Sentence, its: usize) -> Seek {
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
    fn agreement_side(&self, first: usize, last: usize, cue: usize) -> bool {
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
                    && (k + 1..cue).all(|i| {
                        self.lower_word(i) && !self.is_word(&self.lower(i), ListKind::ClauseWord)
                    })));
        infinitive && self.rules.is_cue("agreement-nouns", &self.lower(first - 2))
    }

    /// The antecedent of a relative clause that holds the "its" at token
    /// `at`: "Y, which was then negotiating its merger" gives Y. The
    /// words between "which"/"who" and "its" hold no party, no other clause
    /// word and no sentence punctuation; at most twelve of them.
    fn relative_owner(&self, sent: &Sentence, at: usize) -> Option<usize> {
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
    fn clause_owner(&self, sent: &Sentence, at: usize) -> Option<usize> {
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
    fn subject_position(&self, sent: &Sentence, first: usize) -> bool {
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
    fn subject_ending(
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
    fn deal_noun_run(&self, j: usize, cue: usize) -> bool {
        j < cue
            && cue - j <= 3
            && (j..cue).all(|k| {
                self.lower_word(k)
                    && self.tokens.tokens[k].kind == TokKind::Word
                    && !self.is_word(&self.lower(k), ListKind::ObjectStop)
                    && !self.is_word(&self.lower(k), ListKind::ClauseWord)
            })
            && (j..cue).any(|k| self.rules.is_cue("deal-nouns", &self.lower(k)))
    }

    /// A subject standing before a comma or a relative word that ends at
    /// token `j` (exclusive).
    fn subject_before_comma(
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
        if toks[j - 2].is_punct(',') || is_dash(&toks[j - 2]) {
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
    fn employer_ending(&self, end: usize, mentions: &[Mention]) -> Option<usize> {
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
    fn verb_after_name(&self, j: usize) -> bool {
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
    fn parenthetical_ending(&self, j: usize, floor: usize) -> Option<usize> {
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
                    && !self.is_word(&self.lower(k), ListKind::ClauseWord)
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
    fn breaks_subject_search(&self, i: usize, cue: usize) -> bool {
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
    fn number_hyphen_measure(&self, i: usize) -> bool {
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
    fn coordinated_subjects(
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
                None => return,
            }
        }
    }

    /// Where a coordinated member starting at `k` starts with its
    /// modifiers (not before `floor`): a place's possessive ("Sweden's
    /// Electrolux AB") and a newswire bracket ("<Mardle GmbH>").
    fn member_modifiers_back(&self, mut k: usize, floor: usize) -> usize {
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
    fn member_end_back(&self, k2: usize, floor: usize) -> usize {
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
    fn drop_clause_before_comma_and(
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
            if !self.is_word(&w, ListKind::ClauseWord) && w != "and" {
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
    fn cue_object(&self, first: usize, floor: usize) -> bool {
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
    fn skip_descriptors_back(&self, mut k: usize, floor: usize) -> usize {
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
    fn possessive_modifier(&self, k: usize, floor: usize) -> Option<usize> {
        let m_k = self.skip_descriptors_back(k, floor);
        if m_k < k && m_k > floor && self.tokens.tokens[m_k - 1].kind == TokKind::Possessive {
            self.party_ending(m_k - 1)
        } else {
            None
        }
    }

    /// The object list right of the cue ending at token `cue_end`, and
    /// whether it may pair within itself ("between A and B").
    fn right(
        &self,
        sent: &Sentence,
        cue_first: usize,
        cue_end: usize,
        mentions: &[Mention],
        opts: RightOpts,
    ) -> (Vec<Arg>, bool) {
        let RightOpts {
            seller_from,
            purpose,
        } = opts;
        let mut within = cue_end > cue_first && pairs_within(&self.lower(cue_end - 1));
        // "A and B agreed to merge into a new company called C": C is what
        // the merger makes, no party; A and B pair with each other.
        if cue_end > cue_first
            && self.lower(cue_end - 1) == "into"
            && self.newco_named(sent, cue_end)
        {
            return (Vec::new(), within);
        }
        // "regulators cleared the merger, between A and B, after a review": an
        // aside after a comma that names the parties.
        let cue_end = self.comma_before_between(sent, cue_end);
        let mut found = self.first_object(sent, cue_end, mentions, seller_from, &mut within);
        // "a partnership to explore two blocks with Y": past a purpose phrase.
        if found.is_none()
            && purpose
            && let Some(k) = self.with_after_purpose(sent, cue_end)
        {
            found = self.first_object(sent, k, mentions, seller_from, &mut within);
        }
        let Some((first, j)) = found else {
            return (Vec::new(), within);
        };
        let mut members = vec![first];
        self.more_objects(sent, j, mentions, &mut members, &mut within);
        (members, within)
    }

    /// Token `j`, or the token after it when `j` is a comma followed by
    /// "between" or "among" (", between A and B"): where the object list
    /// of a cue ending at `j` starts.
    fn comma_before_between(&self, sent: &Sentence, j: usize) -> usize {
        let aside = j + 1 < sent.last
            && self.tokens.tokens[j].is_punct(',')
            && matches!(self.lower(j + 1).as_str(), "between" | "among");
        if aside { j + 1 } else { j }
    }

    /// Whether tokens from `j` are up to five lower-case words, one a word
    /// of rules/newco-modifiers.txt ("new", "combined"), then a word of
    /// rules/newco-namers.txt ("called", "named") or a comma right before a
    /// company ("into a new company, C"): "into a new holding company called
    /// C" names the company a merger makes.
    fn newco_named(&self, sent: &Sentence, j: usize) -> bool {
        let mut new = false;
        for k in j..sent.last.min(j + 6) {
            if self.tokens.tokens[k].is_punct(',') {
                return new && k > j && k + 1 < sent.last && self.party_at(k + 1).is_some();
            }
            if !self.lower_word(k) || self.party_at(k).is_some() {
                return false;
            }
            let w = self.lower(k);
            if self.rules.is_cue("newco-namers", &w) {
                return new;
            }
            new |= self.rules.is_cue("newco-modifiers", &w);
        }
        false
    }

    /// Seeks the first object from token `j`, over up to six descriptive
    /// words but not into a phrase that modifies one of them ("a rival of
    /// Y": modifier_pp.rs); returns it with the token after it. Sets
    /// `within` when a word passed lets the list pair within itself.
    fn first_object(
        &self,
        sent: &Sentence,
        mut j: usize,
        mentions: &[Mention],
        seller_from: bool,
        within: &mut bool,
    ) -> Option<(Arg, usize)> {
        let ceiling = sent.last;
        let start = j;
        let mut desc = 0;
        while j < ceiling {
            j = self.skip_ticker(j, ceiling);
            if j >= ceiling {
                return None;
            }
            let mut step = self.object_at(sent, j, mentions);
            // "Peru's second biggest zinc producer - Y", "its former parent
            // and chip pioneer Y": the company the descriptive words describe.
            if step.is_none() && desc > 0 {
                let named = self
                    .named_after_descriptors(start, j, ceiling, mentions)
                    .or_else(|| self.named_after_and_description(start, j, ceiling, mentions));
                step = named.map(|named| Ahead::Done(Some(named)));
            }
            match step.or_else(|| self.object_modifier(j, ceiling)) {
                Some(Ahead::Next(k, descs)) => {
                    j = k;
                    desc += descs;
                    continue;
                }
                Some(Ahead::Done(found)) => return found,
                None => {}
            }
            // "a merger with a rival of Y", "aircraft made by Y": Y
            // modifies another noun (modifier_pp.rs).
            if self.opens_modifier_pp(start, j, seller_from) {
                return None;
            }
            // "acquired last year along with Y": Y was acquired too.
            if !self.object_lead_in(j, seller_from) || desc >= 6 || self.co_object(j) {
                return None;
            }
            // "buy 10 A320 aircraft from X": goods bought from a maker.
            if seller_from && self.counted_goods(j) {
                return None;
            }
            *within |= pairs_within(&self.lower(j));
            desc += 1;
            j += 1;
        }
        None
    }

    /// What starts at token `j` while seeking an object in `sent`: a
    /// bracket to step into ("<Automobili Lamborghini SpA>", "(Borealis
    /// Inc)"), the two companies, a described company, a party (or a
    /// party's name modifying the object, or goods: no object).
    fn object_at(&self, sent: &Sentence, j: usize, mentions: &[Mention]) -> Option<Ahead> {
        let ceiling = sent.last;
        if self.tokens.tokens[j].is_punct('<') || self.paren_party_opening(j, mentions) {
            return Some(Ahead::Next(j + 1, 0));
        }
        if let Some(end) = self.anaphor_two_starting(sent, j, ceiling) {
            return Some(Ahead::Done(Some((Arg::AnaphorTwo(j), end))));
        }
        if let Some(end) = self.description_starting(j, ceiling) {
            let named = self.named_after_description(j, end, ceiling, mentions);
            return Some(Ahead::Done(Some(named)));
        }
        if j + 2 <= ceiling && self.latter_ending(j + 2) == Some(j) {
            return Some(Ahead::Done(Some((Arg::Described(j), j + 2))));
        }
        let m = self.party_at(j)?;
        Some(match self.object_reading(m, ceiling, mentions) {
            Object::Modifier(k) => Ahead::Next(k, 1),
            Object::Goods => Ahead::Done(None),
            Object::Party => Ahead::Done(Some((Arg::Mention(m), mentions[m].last))),
        })
    }

    /// A comma at token `j` (before `ceiling`) ends the search for an
    /// object unless a list opener follows it; a place or a possessive
    /// modifies the object ("with Japan's Kirana Steel Corp", "small New
    /// York software firm Y").
    fn object_modifier(&self, j: usize, ceiling: usize) -> Option<Ahead> {
        let toks = &self.tokens.tokens;
        if toks[j].is_punct(',') {
            let opener = j + 1 < ceiling && self.is_word(self.word(j + 1), ListKind::ListOpener);
            return Some(if opener {
                Ahead::Next(j + 1, 0)
            } else {
                Ahead::Done(None)
            });
        }
        if self.lexed.is(j, ListKind::Place) || toks[j].kind == TokKind::Possessive {
            return Some(Ahead::Next(j + 1, 1));
        }
        let place = self.lexed.spans_at(j, self.rules, ListKind::Place).next()?;
        Some(Ahead::Next(place.last.min(ceiling), 1))
    }

    /// "the two companies", "both firms" (rules/anaphors-two.txt) starting
    /// at token `j` as an object ("a merger of the two companies", "an
    /// agreement between the companies"), when the sentence names two
    /// companies before it, or names none before it and the sentence before
    /// names exactly two ("X and Y reported losses. Analysts expect a merger
    /// of the two companies."; an antecedent further back is often another
    /// pair): its end. The parties are counted only once the words match,
    /// so the search stays linear in the sentence.
    fn anaphor_two_starting(&self, sent: &Sentence, j: usize, ceiling: usize) -> Option<usize> {
        let end = (j + 1..=(j + 4).min(ceiling)).rev().find(|&end| {
            self.lexed
                .span_ending(end, self.rules, ListKind::AnaphorTwo)
                .is_some_and(|s| s.first == j)
        })?;
        match self.parties_between(sent.first, j) {
            0 => (self.names_before(sent) == 2).then_some(end),
            n => (n >= 2).then_some(end),
        }
    }

    /// How many companies the sentence before `sent` names (distinct
    /// names, case ignored; three or more count as 3); 0 for the first.
    fn names_before(&self, sent: &Sentence) -> usize {
        let s = self.tokens.sentence_of[sent.first];
        let Some(prev) = s.checked_sub(1).map(|p| &self.tokens.sentences[p]) else {
            return 0;
        };
        let mut names: Vec<String> = Vec::new();
        let mut k = prev.first;
        while k < prev.last {
            match self.party_at(k) {
                Some(m) => {
                    let m = &self.mentions[m];
                    let name: Vec<String> = (m.first..m.last)
                        .map(|t| self.lower(t).to_string())
                        .collect();
                    let name = name.join(" ");
                    if !names.contains(&name) {
                        if names.len() == 2 {
                            return 3;
                        }
                        names.push(name);
                    }
                    k = m.last.max(k + 1);
                }
                None => k += 1,
            }
        }
        names.len()
    }

    /// A description starting at `j` and ending at `end` ("the French group"):
    /// the company named right after it ("the French group <Borealis SA>"),
    /// else the description itself (it stands for a company named before).
    fn named_after_description(
        &self,
        j: usize,
        end: usize,
        ceiling: usize,
        mentions: &[Mention],
    ) -> (Arg, usize) {
        let toks = &self.tokens.tokens;
        let k = if toks.get(end).is_some_and(|t| t.is_punct('<')) {
            end + 1
        } else {
            end
        };
        let named = (k < ceiling).then(|| self.party_at(k)).flatten();
        match named.filter(|&m| mentions[m].first == k) {
            Some(m) => (Arg::Mention(m), mentions[m].last),
            None => self
                .named_after_complement(end, ceiling, mentions)
                .unwrap_or((Arg::Described(j), end)),
        }
    }

    /// "the maker of industrial pumps, Tressel Pumps Corp, for ...": after a
    /// description ending at `end`, up to eight lower-case words (no clause
    /// word), a comma or dash and a company that closes the phrase (a comma,
    /// dash, full stop or preposition after it, or the sentence end) name
    /// the thing described: that company and the token after it.
    fn named_after_complement(
        &self,
        end: usize,
        ceiling: usize,
        mentions: &[Mention],
    ) -> Option<(Arg, usize)> {
        let toks = &self.tokens.tokens;
        let stop = (end + 8).min(ceiling);
        let k = (end..stop)
            .find(|&k| !self.lower_word(k) || self.is_word(self.word(k), ListKind::ClauseWord))
            .unwrap_or(stop);
        let dash = |t: &crate::pipeline::segment::Token| {
            t.is_punct(',') || t.is_punct('-') || t.is_punct('\u{2013}') || t.is_punct('\u{2014}')
        };
        if k + 1 >= ceiling || !dash(&toks[k]) {
            return None;
        }
        let m = self
            .party_at(k + 1)
            .filter(|&m| mentions[m].first == k + 1)?;
        let after = mentions[m].last;
        let closes = after >= ceiling
            || dash(&toks[after])
            || toks[after].is_punct('.')
            || self.is_word(self.word(after), ListKind::Preposition);
        closes.then_some((Arg::Mention(m), after))
    }

    /// How the party mention `m` met while seeking an object reads: a
    /// modifier of the object ("with Xiaomi's rival Huawei", "buy Acme cloud
    /// security firm Borealis"), goods ("ordered 20 Acme jets"), or the object.
    fn object_reading(&self, m: usize, ceiling: usize, mentions: &[Mention]) -> Object {
        let m_end = mentions[m].last;
        if self
            .tokens
            .tokens
            .get(m_end)
            .is_some_and(|t| t.kind == TokKind::Possessive)
        {
            // "40 pct of Borealis's 8.4 mln outstanding shares": the owner
            // of the shares is the object.
            if self.shares_after(m_end + 1, ceiling) {
                return Object::Party;
            }
            return Object::Modifier(m_end + 1);
        }
        if let Some(k) = self.described_after(m_end, ceiling) {
            return Object::Modifier(k);
        }
        if self.is_goods(mentions[m].first, m_end) {
            return Object::Goods;
        }
        Object::Party
    }

    /// Whether token `j` is a count of goods: a number (not an amount after
    /// "$") followed by a word that is no measure, share or stake noun
    /// (rules/goods-count-stops.txt) ("10 A320 aircraft", "20 trucks"; not
    /// "20 pct", "1.3 mln shares").
    fn counted_goods(&self, j: usize) -> bool {
        let toks = &self.tokens.tokens;
        if toks[j].kind != TokKind::Number || (j > 0 && toks[j - 1].is_punct('$')) {
            return false;
        }
        toks.get(j + 1).is_some_and(|t| {
            t.kind == TokKind::Word
                && self.party_at(j + 1).is_none()
                && !self.rules.is_cue("goods-count-stops", &self.lower(j + 1))
        })
    }

    /// Whether a share noun ("shares", "stock", "common", "capital") ends up
    /// to five lower-case words or numbers from token `k`.
    fn shares_after(&self, k: usize, ceiling: usize) -> bool {
        (k..(k + 6).min(ceiling))
            .take_while(|&i| self.lower_word(i) || self.tokens.tokens[i].is_punct('.'))
            .any(|i| {
                matches!(
                    self.lower(i).as_str(),
                    "shares" | "stock" | "common" | "capital" | "equity"
                )
            })
    }

    /// Whether token `j` may stand between a cue and its object: "between",
    /// "by", a descriptor, a number, "$", "%"; "from" for a seller.
    fn object_lead_in(&self, j: usize, seller_from: bool) -> bool {
        let w = self.lower(j);
        match self.tokens.tokens[j].kind {
            TokKind::Word => {
                pairs_within(&w)
                    || (seller_from && w == "from")
                    || (self.descriptor(j) && !self.is_word(&w, ListKind::ObjectStop))
            }
            TokKind::Number => true,
            TokKind::Punct(c) => c == '%' || c == '$',
            TokKind::Possessive => false,
        }
    }

    /// Collects the rest of an object list after token `j`: "A, B and C",
    /// "A as well as B", "60 pct by A and 40 pct by B".
    fn more_objects(
        &self,
        sent: &Sentence,
        mut j: usize,
        mentions: &[Mention],
        members: &mut Vec<Arg>,
        within: &mut bool,
    ) {
        let toks = &self.tokens.tokens;
        let ceiling = sent.last;
        loop {
            let Some((mut k, by)) = self.list_joiner(j, ceiling) else {
                return;
            };
            if self.joins_no_item(k, ceiling) {
                return;
            }
            let bare_comma = toks[k - 1].is_punct(',');
            // "merge with Y, forming Z", "..., known as Z"
            // (rules/newco-namers.txt): Z is the company the tie makes (or
            // another name), no further party.
            if bare_comma && k < ceiling && self.rules.is_cue("newco-namers", &self.lower(k)) {
                return;
            }
            *within |= by;
            let mut d = 0;
            while d < 4
                && k < ceiling
                && (self.descriptor(k) || toks[k].is_punct('%') || toks[k].is_punct('<'))
                && !self.is_word(self.word(k), ListKind::ObjectStop)
                // "Acme, maker of the Borealis brand": an appositive, not
                // a list item.
                && (self.lower(k) == "by" || !self.is_word(self.word(k), ListKind::Preposition))
                // "A, the airline owned by B": "by" after other words than a
                // share ("40 pct by B") opens an appositive, not a list item.
                && (self.lower(k) != "by" || d == 0 || self.share_before_by(k - d, k))
            {
                k += 1;
                d += 1;
            }
            match (k < ceiling).then(|| self.party_at(k)).flatten() {
                // ", Reuters quoted sources": a speaker starts a new clause.
                Some(m) if self.lexed.is(mentions[m].last, ListKind::SpeechVerb) => return,
                // "bought A, and B agreed to buy C": after one object, a name
                // behind ", and" that a verb follows opens a new clause.
                Some(m) if self.comma_and_clause(j, &mentions[m], members.len(), *within) => {
                    return;
                }
                // "allied with A, B, which is linked with C": an item after a
                // bare comma that opens a relative clause heads that clause.
                Some(m) if bare_comma && self.comma_relative_after(mentions[m].last, ceiling) => {
                    return;
                }
                Some(m)
                    if !toks
                        .get(mentions[m].last)
                        .is_some_and(|t| t.kind == TokKind::Possessive) =>
                {
                    members.push(Arg::Mention(m));
                    j = mentions[m].last;
                }
                _ => return,
            }
        }
    }

    /// Whether what follows a list joiner ending at token `k` is no further
    /// item: an appositive after a bare comma ("Cirex, a Philips wax
    /// moulding unit": the unit's owner is no object), or a verb after "and"
    /// ("a pact to buy Borealis and sued Cirrus": a second predicate).
    fn joins_no_item(&self, k: usize, ceiling: usize) -> bool {
        if k == 0 || k >= ceiling {
            return false;
        }
        let toks = &self.tokens.tokens;
        if toks[k - 1].is_punct(',') {
            return match self.lower(k).as_str() {
                "a" | "an" => true,
                "the" => self.party_at(k + 1).is_none(),
                _ => false,
            };
        }
        matches!(self.lower(k - 1).as_str(), "and" | "or") && self.opens_predicate(k)
    }

    /// Whether ", which" / ", who" / ", whose" follows the name ending at
    /// `end` (past its ticker).
    fn comma_relative_after(&self, end: usize, ceiling: usize) -> bool {
        let k = self.skip_ticker(end, ceiling);
        k + 1 < ceiling
            && self.tokens.tokens[k].is_punct(',')
            && matches!(self.lower(k + 1).as_str(), "which" | "who" | "whose")
    }

    /// Whether a share stands among tokens `from..k` before the "by" at
    /// token `k` ("40 pct by", "30 pct each by", "46 pct owned by", "half
    /// by").
    fn share_before_by(&self, from: usize, k: usize) -> bool {
        (from..k).any(|i| {
            let t = self.tokens.tokens[i];
            t.kind == TokKind::Number
                || t.is_punct('%')
                || matches!(
                    self.lower(i).as_str(),
                    "pct" | "percent" | "cent" | "half" | "rest" | "remainder" | "each"
                )
        })
    }

    /// Whether the list item after the one ending at `j` (the name `name`)
    /// is rather the subject of a new clause: one item read so far, no
    /// "between" list, and either the joiner is ", and" and a verb follows
    /// the name ("Tennick Corp bought Varden Inc, and Broxley Inc agreed to
    /// buy ...") or a lower-case trigger follows it ("and B bought C").
    fn comma_and_clause(&self, j: usize, name: &Mention, read: usize, within: bool) -> bool {
        let toks = &self.tokens.tokens;
        if read != 1 || within {
            return false;
        }
        let joined = (j..name.first).find(|&k| self.word(k).eq_ignore_ascii_case("and"));
        let comma_and = joined.is_some_and(|a| a > j && toks[a - 1].is_punct(','));
        let mut k = self.skip_ticker(name.last, toks.len());
        k = self.skip_paren(k, toks.len());
        if k < toks.len() && toks[k].is_punct('>') {
            k += 1;
        }
        // "took over A and B bought C": a lower-case trigger right after the
        // name opens B's own clause, with or without a comma.
        let cue_next = self.lower_word(k.min(toks.len() - 1))
            && self
                .lexed
                .triggers
                .binary_search_by_key(&k, |s| s.first)
                .is_ok();
        (comma_and && self.opens_predicate(k)) || (joined.is_some() && cue_next)
    }

    /// What joins the list item ending at `j` to the next: tickers, a stock
    /// code, a bracket, a comma, "and", "&", "plus", "or", "by", "as well
    /// as". Returns the token after it and whether the joiner was "by"; none
    /// when nothing joins.
    fn list_joiner(&self, j: usize, ceiling: usize) -> Option<(usize, bool)> {
        let toks = &self.tokens.tokens;
        let mut k = self.skip_ticker(j, ceiling);
        k = self.skip_paren(k, ceiling);
        if k < ceiling && (toks[k].is_punct('>') || toks[k].is_punct(')')) {
            k += 1;
        }
        if k < ceiling && toks[k].is_punct(',') {
            k += 1;
        }
        let w = if k < ceiling {
            self.lower(k)
        } else {
            Lower::Borrowed("")
        };
        match w.as_str() {
            "and" | "&" | "plus" | "or" | "by" => k += 1,
            "as" if k + 2 < ceiling && self.lower(k + 1) == "well" && self.lower(k + 2) == "as" => {
                k += 3
            }
            _ if k > j => {}
            _ => return None,
        }
        Some((k, w == "by"))
    }
}

/// How `Finder::right` reads the object list.
#[derive(Clone, Copy, Default)]
pub(super) struct RightOpts {
    /// An acquisition cue: "from" may lead to the object (the seller:
    /// "bought from Y"), and counted goods before it are no object ("buy 10
    /// aircraft from Y").
    pub(super) seller_from: bool,
    /// Past a purpose phrase: "a partnership to explore two blocks with Y".
    pub(super) purpose: bool,
}

/// Words after which an object list pairs within itself ("between A and B").
fn pairs_within(w: &str) -> bool {
    matches!(w, "between" | "by" | "of" | "among")
}

/// Where the leftward subject search stands.
enum Seek {
    /// A subject and its first token.
    Found(Arg, usize),
    /// The search ended; a pronoun met on the way, if any.
    Done(Option<Arg>),
}

/// One step of [`Finder::nearest_subject`]: read on leftwards from a new
/// exclusive end, counting so many more descriptive words skipped, or stop
/// with what the search found.
enum Step {
    Back(usize, usize),
    Stop(Seek),
}

/// One step of [`Finder::first_object`]: read on rightwards from a token,
/// counting so many more descriptive words passed, or stop with the object
/// found, if any.
enum Ahead {
    Next(usize, usize),
    Done(Option<(Arg, usize)>),
}

/// What ends at a token while seeking a subject leftwards.
enum Back {
    /// A subject and its first token.
    Subject(Arg, usize),
    /// A possessive company modifying something nearer the cue; its first token.
    Modifier(usize),
    /// The closing bracket of "<Acme Corp>".
    Bracket,
}

/// How a party met while seeking an object reads.
enum Object {
    /// A modifier of the object; where the search goes on.
    Modifier(usize),
    /// Goods after a count: no object.
    Goods,
    /// The object.
    Party,
}

/// Capitalised chunks and outlets in a trigger slot beside a company become
/// companies (rule `company-trigger-slot`).
pub fn promote_slots(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mentions: &mut [Mention],
) {
    // A name promoted in one sentence ("a stake in United") is known in the
    // next ("Millennium Alcobev will be merged with United"): a second round.
    let mut words = ArticleWords::default();
    for _ in 0..2 {
        if !promote_round(text, tokens, lexed, rules, mentions, &mut words) {
            break;
        }
    }
}

/// The word sets of one article that [`drop_common_words`] asks about,
/// built on first need and once per article (not once per round): the
/// words it writes in lower case, and the lower-cased first words of its
/// companies, which [`promote_round`] keeps up to date as it promotes.
#[derive(Default)]
struct ArticleWords<'t> {
    lower: Option<HashSet<&'t str>>,
    company_first: Option<HashSet<String>>,
}

impl<'t> ArticleWords<'t> {
    /// The lower-cased first words of the companies, then the words
    /// written in lower case; each built on its first call.
    fn sets(
        &mut self,
        text: &'t str,
        tokens: &Tokens,
        mentions: &[Mention],
    ) -> (&HashSet<String>, &HashSet<&'t str>) {
        let word = |k: usize| tokens.tokens[k].text(text);
        let company_first = self.company_first.get_or_insert_with(|| {
            mentions
                .iter()
                .filter(|m| m.kind == Kind::Company)
                .map(|m| word(m.first).to_lowercase())
                .collect()
        });
        let lower = self.lower.get_or_insert_with(|| {
            tokens
                .tokens
                .iter()
                .filter(|t| t.kind == TokKind::Word)
                .map(|t| t.text(text))
                .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                .collect()
        });
        (company_first, lower)
    }

    /// Mention `m` has become a company: its first word joins the
    /// companies' first words, if they are built yet.
    fn promoted(&mut self, text: &str, tokens: &Tokens, m: &Mention) {
        if let Some(set) = &mut self.company_first {
            set.insert(tokens.tokens[m.first].text(text).to_lowercase());
        }
    }
}

/// One round of [`promote_slots`]; whether it promoted anything.
fn promote_round<'t>(
    text: &'t str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    mentions: &mut [Mention],
    words: &mut ArticleWords<'t>,
) -> bool {
    let is_party: Vec<bool> = mentions
        .iter()
        .map(|m| matches!(m.kind, Kind::Company | Kind::Unknown | Kind::Outlet))
        .collect();
    let finder = Finder::new(text, tokens, lexed, rules, mentions, is_party);
    let mut promote = Vec::new();
    // Built on first need: most articles never ask.
    let inner = std::cell::OnceCell::new();
    for cue in &lexed.triggers {
        let sent = &tokens.sentences[tokens.sentence_of[cue.first]];
        let (left, right, within) = cue_slots(&finder, sent, cue, mentions);
        if let ([Arg::Mention(a)], [Arg::Mention(b)]) = (&left[..], &right[..])
            && strong_takeover(text, tokens, rules, mentions, *a, cue.first, cue.last, *b)
        {
            promote.extend([*a, *b]);
            continue;
        }
        let Some(args) = slot_args(left, right, within) else {
            continue;
        };
        let at = SlotCue {
            at: cue.first,
            subject: subject_slot(&finder, sent, cue, &inner),
        };
        promotable(text, tokens, rules, mentions, &args, Some(at), &mut promote);
    }
    pattern_slots(&finder, mentions, &mut promote);
    // The inner-capitals map borrows for the finder's lifetime (hashbrown's
    // map has a Drop impl): end both before the mentions are changed.
    drop(inner);
    drop(finder);
    drop_surnames(text, tokens, mentions, &mut promote);
    drop_common_words(text, tokens, mentions, words, &mut promote);
    let promoted = !promote.is_empty();
    for m in promote {
        mentions[m].kind = Kind::Company;
        mentions[m].rule = "company-trigger-slot".into();
        mentions[m].entry = None;
        words.promoted(text, tokens, &mentions[m]);
    }
    promoted
}

/// The subjects and objects of a trigger cue for [`promote_round`], and
/// whether the objects are the parties among themselves; an "it" with no
/// object takes the appositive before it as its object.
fn cue_slots(
    finder: &Finder<'_>,
    sent: &Sentence,
    cue: &Span,
    mentions: &[Mention],
) -> (Vec<Arg>, Vec<Arg>, bool) {
    let rules = finder.rules;
    let left = finder.left(sent, cue.first, mentions);
    let seller_from = matches!(cue.payload, Payload::Trigger(t) if rules.triggers[t as usize].event_type == EventType::Acquisition);
    let (mut right, within) = finder.right(
        sent,
        cue.first,
        cue.last,
        mentions,
        RightOpts {
            seller_from,
            ..RightOpts::default()
        },
    );
    if right.is_empty()
        && let [Arg::AnaphorOne(at)] = left[..]
        && finder.lower(at) == "it"
        && let Some(o) = finder.appositive_before(sent, at, mentions)
    {
        right.push(Arg::Mention(o));
    }
    (left, right, within)
}

/// The slots of a cue whose chunks may be promoted: the objects when they
/// are the parties among themselves, else subjects and objects, else two or
/// more subjects; none otherwise.
fn slot_args(left: Vec<Arg>, right: Vec<Arg>, within: bool) -> Option<Vec<Arg>> {
    if right.len() >= 2 && within {
        Some(right)
    } else if !left.is_empty() && !right.is_empty() {
        Some(left.iter().chain(&right).copied().collect())
    } else if left.len() >= 2 {
        Some(left)
    } else {
        None
    }
}

/// Whether a cue's subject slot may promote a chunk just before the cue:
/// only a verb cue ("Heavy buying", "Its Indian joint venture": a noun's
/// modifier), not in a headline ("Buyers snap up"), no given name in the
/// two words before it, three past two of [`SUBJECT_AUX`] (a person's: "Tom
/// teamed up with"), and one of those
/// words recurs capitalised inside a sentence ("Heavy buying", "Further
/// negotiations with" do not). `inner` is built on first need.
fn subject_slot<'t>(
    finder: &Finder<'t>,
    sent: &Sentence,
    cue: &Span,
    inner: &std::cell::OnceCell<hashbrown::HashMap<&'t str, usize>>,
) -> bool {
    let (text, tokens, rules) = (finder.text, finder.tokens, finder.rules);
    let given = |k: usize| finder.lexed.is(k, ListKind::GivenName);
    let verb = matches!(cue.payload, Payload::Trigger(t) if {
        let t = &rules.triggers[t as usize];
        !t.weak && !t.noun
    });
    let recurs = |k: usize| {
        let mid = k > tokens.sentences[tokens.sentence_of[k]].first;
        let (t, w) = (&tokens.tokens[k], tokens.tokens[k].text(text));
        w.len() > 1
            && t.is_cap(text)
            && inner
                .get_or_init(|| inner_capitals(text, tokens))
                .get(w)
                .copied()
                .unwrap_or(0)
                > usize::from(mid)
    };
    // Three words back past two of [`SUBJECT_AUX`]: "Glenvik agreed to buy".
    let aux = |k: usize| {
        let t = &tokens.tokens[k];
        t.is_lower(text) && SUBJECT_AUX.contains(&t.text(text))
    };
    let reach = if cue.first >= 3 && aux(cue.first - 1) && aux(cue.first - 2) {
        3
    } else {
        2
    };
    let near = |f: &dyn Fn(usize) -> bool| (1..=reach).any(|d| cue.first >= d && f(cue.first - d));
    verb && !sent.headline_case && !near(&given) && near(&recurs)
}

/// Adds the chunks in a pattern's slots ("a stake in X is held by Y") that
/// may be promoted to `promote`; an event slot's event is not known yet.
fn pattern_slots(finder: &Finder<'_>, mentions: &[Mention], promote: &mut Vec<usize>) {
    let (text, tokens, rules) = (finder.text, finder.tokens, finder.rules);
    let set = rules.pattern_set();
    if set.patterns.is_empty() {
        return;
    }
    for sent in &tokens.sentences {
        for m in patterns::find(set, finder, sent) {
            if continuation::has_event_slot(&m) {
                continue;
            }
            let args: Vec<Arg> = m.slots.iter().map(|x| x.1).collect();
            promotable(text, tokens, rules, mentions, &args, None, promote);
        }
    }
}

/// "Selvane agreed to buy Tarrow", "Selvane has acquired Tarrow", "Selvane
/// merged with Tarrow": two unknown names right around a takeover verb
/// (acquire, merge with; buy or purchase only after "agreed to"), the subject at most three lower-case words before it ("has",
/// "agreed to", "will") and the object right after it, are both companies
/// though neither is known (a person's surname is dropped after). Not
/// "bought", "bid for" or a noun cue: people and states buy and bid too;
/// not "take over" ("Fever takes over Hanover"); not an object that
/// modifies a noun nor a nationality's or a place's name.
#[allow(clippy::too_many_arguments)]
fn strong_takeover(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    mentions: &[Mention],
    a: usize,
    first: usize,
    last: usize,
    b: usize,
) -> bool {
    let toks = &tokens.tokens;
    let (ma, mb) = (&mentions[a], &mentions[b]);
    if ma.kind != Kind::Unknown || mb.kind != Kind::Unknown || ma.last > first || mb.first != last {
        return false;
    }
    let word = |k: usize| toks[k].text(text);
    // "acquire A-300-600 aircraft", "acquiring Japanese equity": the object
    // modifies a noun; "Canadians acquiring": a nationality's people.
    let modifies = modifies_noun(text, tokens, rules, mb);
    let nation = ListKind::Nationality.bit() | ListKind::Place.bit();
    let national = |m: &Mention| {
        (m.first..m.last).any(|k| {
            let w = word(k);
            rules.word_class(w) & nation != 0
                || rules.word_class(w.strip_suffix('s').unwrap_or(w)) & nation != 0
        })
    };
    // "Investors acquired Tarrow": a lone word ending in "s" that opens the
    // sentence may be a plural noun ("Selvane agreed to buy" stays);
    // "Yesterday Kessler merged with": a word that is never a name by
    // itself opens no company.
    let sentence_first = tokens.sentences[tokens.sentence_of[ma.first]].first;
    let lone_opener =
        ma.first == sentence_first && ma.last - ma.first == 1 && word(ma.first).ends_with('s');
    let not_name = |m: &Mention| rules.word_class(word(m.first)) & ListKind::NotName.bit() != 0;
    if modifies || national(ma) || national(mb) || lone_opener || not_name(ma) || not_name(mb) {
        return false;
    }
    let between = ma.last..first;
    if between.len() > 3
        || !between
            .clone()
            .all(|k| toks[k].kind == TokKind::Word && toks[k].is_lower(text))
    {
        return false;
    }
    let cue: Vec<String> = (first..last).map(|k| word(k).to_lowercase()).collect();
    let cue: Vec<&str> = cue.iter().map(String::as_str).collect();
    // "agreed to" with "to" at `to`.
    let agreed = |to: usize| {
        to >= 1
            && word(to) == "to"
            && matches!(word(to - 1), "agreed" | "agree" | "agrees" | "agreement")
    };
    match cue[..] {
        ["acquire" | "acquires" | "acquired" | "acquiring"] => true,
        ["merge" | "merged" | "merges" | "merging", "with"] => true,
        ["buy" | "purchase"] => first >= 1 && agreed(first - 1),
        ["to", "purchase"] => agreed(first),
        _ => false,
    }
}

/// Keeps out of `promote` a lone word that is the surname of a person named
/// in the article ("Carl Vance ... rejected Vance's offer"): a tie with a
/// person is no event. A company name that opens with the word ("Vance
/// Broadcasting Co", "Vances Group") keeps it a company.
fn drop_surnames(text: &str, tokens: &Tokens, mentions: &[Mention], promote: &mut Vec<usize>) {
    let word = |k: usize| tokens.tokens[k].text(text);
    let surnames: hashbrown::HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Person && m.last - m.first >= 2)
        .map(|m| word(m.last - 1))
        .collect();
    if surnames.is_empty() {
        return;
    }
    let company_first: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Company)
        .map(|m| word(m.first).to_lowercase())
        .collect();
    promote.retain(|&m| {
        let mm = &mentions[m];
        let w = word(mm.first);
        let lower = w.to_lowercase();
        mm.last - mm.first != 1
            || !surnames.contains(w)
            || company_first.iter().any(|c| c.starts_with(&lower))
    });
}

/// Keeps out of `promote` a lone capitalised word that the article also
/// writes in lower case: a common word ("Results have been restated to
/// reflect its investment in Y", "to buy Treasuries"), not a name. Known
/// companies, words in capitals ("PC") or with other signs ("Souq.com") and
/// the first word of a company's name ("Cable" of "Cable and Wireless PLC")
/// stay. The word sets come from `words`, built once per article.
fn drop_common_words<'t>(
    text: &'t str,
    tokens: &Tokens,
    mentions: &[Mention],
    words: &mut ArticleWords<'t>,
    promote: &mut Vec<usize>,
) {
    let word = |k: usize| tokens.tokens[k].text(text);
    let lone = |m: &Mention| {
        let mut rest = word(m.first).chars().skip(1);
        m.kind != Kind::Company
            && m.last - m.first == 1
            && rest.all(|c| c.is_alphabetic() && c.is_lowercase())
    };
    if !promote.iter().any(|&m| lone(&mentions[m])) {
        return;
    }
    let (company_first, lower) = words.sets(text, tokens, mentions);
    promote.retain(|&m| {
        let mm = &mentions[m];
        let w = word(mm.first).to_lowercase();
        !lone(mm) || company_first.contains(&w) || !lower.contains(w.as_str())
    });
}

/// Whether a lower-case word that is no object stop follows mention `m`:
/// the name modifies a noun ("Splindra shares"); a time phrase is no such
/// noun ("takeover of Splindra last month").
fn modifies_noun(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let end = tokens.sentences[tokens.sentence_of[m.first]].last;
    tokens.tokens.get(m.last).is_some_and(|t| {
        t.is_lower(text)
            && rules.word_class(t.text(text)) & ListKind::ObjectStop.bit() == 0
            && tokens.over_time(text, m.last, end) == m.last
    })
}

/// The trigger cue whose slots [`promotable`] reads: its first token, and
/// whether its subject slot may promote a chunk just before it
/// ([`subject_slot`]).
#[derive(Clone, Copy)]
struct SlotCue {
    at: usize,
    subject: bool,
}

/// Pushes onto `promote` the non-company mentions among a tie's `args`,
/// if one of them is a known company (two unknown names around a cue are
/// as often places or people: "Kenya signed an agreement with British
/// interests"); a lone capitalised word that opens a sentence, or that
/// modifies the next word ("Italian car maker"), is no name.
fn promotable(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    mentions: &[Mention],
    args: &[Arg],
    cue: Option<SlotCue>,
    promote: &mut Vec<usize>,
) {
    let cue_at = cue.filter(|c| c.subject).map(|c| c.at);
    let known = args.iter().any(|a| match a {
        Arg::Mention(m) => mentions[*m].kind == Kind::Company,
        Arg::Event(_) => false,
        _ => true,
    });
    if !known {
        return;
    }
    let lone_opener = |m: usize| {
        let mm = &mentions[m];
        let opens = tokens.sentences[tokens.sentence_of[mm.first]].first == mm.first;
        let modifies = modifies_noun(text, tokens, rules, mm);
        mm.kind == Kind::Unknown
            && !subject_of_cue(text, tokens, rules, mm, cue_at)
            && !opener_subject(text, tokens, rules, mm, cue.map(|c| c.at))
            && ((mm.last - mm.first == 1 && opens) || modifies)
    };
    for a in args {
        if let Arg::Mention(m) = *a
            && mentions[m].kind != Kind::Company
            && !lone_opener(m)
            && !no_name_alone(text, tokens, rules, &mentions[m])
        {
            promote.push(m);
        }
    }
}

/// A chunk that names no company by itself, however it stands in a slot: a
/// legal form cut from its name ("NV" of "NV Philips"), dotted initials
/// ("J.P." cut by a sentence end, "S.C." of a place), a nationality's plural
/// ("the Saudis") or a time zone after a time ("at 2400 EDT").
fn no_name_alone(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let toks = &tokens.tokens;
    let w = &text[toks[m.first].start..toks[m.last - 1].end];
    let b = w.as_bytes();
    let initials = b.len() >= 4
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.');
    let class = |w: &str| rules.word_class(w);
    let legal = m.last - m.first == 1 && class(w) & ListKind::LegalSuffix.bit() != 0;
    let people = w.len() > 3
        && w.ends_with('s')
        && !w.contains(' ')
        && class(&w[..w.len() - 1]) & ListKind::Nationality.bit() != 0;
    let after_time = m.first > 0 && {
        let p = &toks[m.first - 1];
        let pw = p.text(text).to_ascii_lowercase();
        p.kind == TokKind::Number
            || ["am", "pm", "a.m.", "p.m.", "noon", "midnight"].contains(&pw.as_str())
    };
    let zone = after_time && rules.is_cue("time-zone-abbrevs", w);
    initials || legal || people || zone
}

/// How often each capitalised word stands inside a sentence (not first,
/// not in a headline): a name recurs so, a sentence opener does not.
fn inner_capitals<'t>(text: &'t str, tokens: &Tokens) -> hashbrown::HashMap<&'t str, usize> {
    let mut out = hashbrown::HashMap::new();
    for sent in &tokens.sentences {
        if sent.headline_case {
            continue;
        }
        for t in &tokens.tokens[(sent.first + 1).min(sent.last)..sent.last] {
            if t.kind == TokKind::Word && t.is_cap(text) {
                *out.entry(t.text(text)).or_insert(0) += 1;
            }
        }
    }
    out
}

/// "Zorvex partnered with Y", "Zorvex has teamed up with Y", "Glenvik
/// agreed to buy Y", "Glenvik will acquire Y": a lone capitalised word right
/// before the cue (past at most two lower-case words of [`SUBJECT_AUX`])
/// that is no given name (the caller's check) is the cue's subject, not a
/// sentence opener or modifier.
fn subject_of_cue(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    m: &Mention,
    cue_at: Option<usize>,
) -> bool {
    let Some(cue) = cue_at.filter(|&c| c >= m.last && c <= m.last + 2) else {
        return false;
    };
    let toks = &tokens.tokens;
    let aux =
        (m.last..cue).all(|k| toks[k].is_lower(text) && SUBJECT_AUX.contains(&toks[k].text(text)));
    // Not "Japanese", "I've", "We're".
    let w = toks[m.first].text(text);
    let plain = !w.contains(['\'', '\u{2019}'])
        && rules.word_class(w) & (ListKind::Nationality.bit() | ListKind::ClauseWord.bit()) == 0;
    aux && plain && m.last - m.first == 1
}

/// The words [`subject_of_cue`] passes over between a subject and its cue:
/// "has teamed up", "agreed to buy", "will acquire", "plans to buy".
const SUBJECT_AUX: &[&str] = &[
    "agreed", "agrees", "had", "has", "have", "plans", "to", "will", "would",
];

/// "Banco Nacional de Mexico agreed to buy Y", "Banque Tessard signed a
/// partnership with Y": a name of two or more words opening with a company
/// word of another language (rules/company-openers.txt; never a person)
/// that at most three lower-case words, no speech verb nor regulator's
/// verb (rules/regulator-verbs.txt: "approved", "blocked") among them, part
/// from the cue at token `cue` is the cue's subject, not a noun's
/// modifier, though the names stage left it unknown (a bank named by its
/// country may be a central or a commercial bank: its deals tell).
fn opener_subject(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    m: &Mention,
    cue: Option<usize>,
) -> bool {
    let Some(cue) = cue.filter(|&c| c >= m.last && c <= m.last + 3) else {
        return false;
    };
    let toks = &tokens.tokens;
    let between = |k: usize| {
        toks[k].is_lower(text)
            && rules.word_class(toks[k].text(text)) & ListKind::SpeechVerb.bit() == 0
            && !rules.is_cue("regulator-verbs", toks[k].text(text))
    };
    m.last - m.first >= 2
        && rules.is_cue("company-openers", toks[m.first].text(text))
        && (m.last..cue).all(between)
}

/// Finds the events of one article; also returns the cues that gave none.
pub fn find_events(
    text: &str,
    tokens: &Tokens,
    lexed: &Lexed,
    rules: &Rules,
    res: &Resolution,
) -> (Vec<Event>, Vec<DroppedCue>, Vec<Diagnostic>) {
    let is_party = party_flags(res);
    let finder = Finder::new(text, tokens, lexed, rules, &res.mentions, is_party.clone());
    let ana = Anaphora::new(text, tokens, rules, res, &is_party);
    let mut sink = Sink::default();
    let mut dropped = Vec::new();
    let mut cont = continuation::Continuation::default();
    let claimed = pattern_events(&finder, &ana, &mut sink, &mut dropped, &mut cont);
    let mut next_claim = 0;
    for span in &lexed.triggers {
        let Payload::Trigger(t) = span.payload else {
            continue;
        };
        let s = tokens.sentence_of[span.first];
        let cue = Cue {
            first: span.first,
            last: span.last,
            s,
            sent: &tokens.sentences[s],
            text: text[tokens.tokens[span.first].start..tokens.tokens[span.last - 1].end]
                .to_string(),
            trigger: &rules.triggers[t as usize],
        };
        // A cue inside the words a pattern matched: the pattern said it.
        while next_claim < claimed.len() && claimed[next_claim].1 <= cue.first {
            next_claim += 1;
        }
        let outcome = match claimed.get(next_claim) {
            Some(&(first, _, rule)) if first < cue.last => Err(format!(
                "read by pattern {}",
                rules.pattern_rules[rule].meta.id
            )),
            _ => read_cue(&finder, &ana, &cue, &mut sink),
        };
        if let Err(reason) = outcome {
            dropped.push(DroppedCue {
                sentence: s,
                trigger: cue.text,
                rule: cue.trigger.meta.id.clone(),
                reason,
            });
        }
    }
    cont.finish(&finder, &ana, &mut sink, &mut dropped);
    fallback::sentence_ties(&finder, res, &claimed, &mut sink);
    let (mut events, diagnostics) = sink.finish();
    service::drop_service_ties(&finder, res, &mut events);
    owned::drop_owner_unit_pairs(&finder, res, &mut events);
    goods::drop_goods_makers(&finder, res, &mut events);
    settle(
        &mut events,
        |id| rules.reopens(id),
        |x| status::told_as_past(text, tokens, rules, x.sentence),
    );
    drop_place_tails(text, tokens, rules, res, &is_party, &mut events);
    (events, dropped, diagnostics)
}

/// Per mention: whether it may be a party (a company with an entity).
fn party_flags(res: &Resolution) -> Vec<bool> {
    res.mentions
        .iter()
        .enumerate()
        .map(|(i, m)| m.kind == Kind::Company && res.entity_of[i].is_some())
        .collect()
}

/// Drops the events with a party named only as the tail of a longer name
/// ("United Banks of <Colorado Inc>"): its every party mention is a [`place_tail`].
/// (The mention stays an antecedent, so that a later "it" does not pass it by.)
fn drop_place_tails(
    text: &str,
    tokens: &Tokens,
    rules: &Rules,
    res: &Resolution,
    is_party: &[bool],
    events: &mut Vec<Event>,
) {
    let mut tail = hashbrown::HashMap::new();
    for (i, m) in res.mentions.iter().enumerate() {
        if let Some(e) = res.entity_of[i].filter(|_| is_party[i]) {
            let t = place_tail(text, tokens, rules, m);
            *tail.entry(e).or_insert(true) &= t;
        }
    }
    let is_tail = |e: &usize| tail.get(e).copied().unwrap_or(false);
    events.retain(|ev| !is_tail(&ev.parties.0) && !is_tail(&ev.parties.1));
}

/// Whether a mention opening with a place follows a capitalised word and
/// "of": the tail of a longer name ("United Banks of <Colorado Inc>",
/// "First of <America Bank Corp>"), not a party by itself. A title before
/// "of" ("President of Texas Oil Corp") or a headline in capitals keeps it.
fn place_tail(text: &str, tokens: &Tokens, rules: &Rules, m: &Mention) -> bool {
    let word = |k: usize| tokens.tokens[k].text(text);
    let class = |k: usize| rules.word_class(word(k));
    if m.first < 2 || class(m.first) & ListKind::Place.bit() == 0 || word(m.first - 1) != "of" {
        return false;
    }
    let before = word(m.first - 2);
    let title = ListKind::Title.bit() | ListKind::PublicTitle.bit();
    before.starts_with(char::is_uppercase)
        && before.chars().any(char::is_lowercase)
        && class(m.first - 2) & title == 0
}

/// One trigger cue of a sentence.
struct Cue<'c> {
    /// Its first token.
    first: usize,
    /// Its end token (exclusive).
    last: usize,
    /// Its sentence index.
    s: usize,
    sent: &'c Sentence,
    /// The cue as written.
    text: String,
    trigger: &'c Trigger,
}

/// Reads the parties and status of one cue into `sink`; else why it gave no event.
fn read_cue(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    cue: &Cue<'_>,
    sink: &mut Sink,
) -> Result<(), String> {
    let res = ana.res;
    let trigger = cue.trigger;
    cue_vetoed(finder, res, cue)?;
    let (left_args, noun_object) = subject_args(finder, cue);
    let left = subjects(finder, ana, cue, &left_args);
    // A group may pair within itself when it was named ("X and Y", "the
    // two companies"), or, for "they", when the tie is mutual.
    let mutual = matches!(
        trigger.event_type,
        EventType::Partnership | EventType::JointVenture
    );
    let (status, strong, status_rule) = cue_status(finder, cue);
    // A bare noun with no status cue ("companies like X, Y and Z ... the
    // partner you want") does not make a listed group partners.
    // (A sentence-opening "they" after a named group is that group.)
    let left_groups = (strong || premodifying_group(finder, cue, &left_args))
        && (mutual
            || !left_args.iter().any(
                |a| matches!(*a, Arg::They(at) if ana.they_group(finder, cue.s, at).is_none()),
            ));
    let (right_args, within) = object_args(finder, cue, &left_args, noun_object);
    let right = ana.resolve(finder, cue.s, &right_args, &left);
    // "The company has partnerships with A, B and C" where the company the
    // pronoun was taken for is one of a list of three or more objects: that
    // antecedent is wrong. (With one or two objects, the other may be the
    // subject named again: "Lane said its board backed a merger with
    // Interco, after a Lane board meeting".)
    if matches!(left_args[..], [Arg::AnaphorOne(_)])
        && right.len() >= 3
        && left.iter().any(|e| right.contains(e))
    {
        return Err("the anaphor's antecedent is one of its objects".into());
    }
    let self_pairing =
        left_groups && (mutual || is_merger(&cue.text)) && !labour_only(finder, cue, &right);
    if trigger.members && right.len() < 2 {
        return Err("a group's members are its listed objects; fewer than two".into());
    }
    let within = (within && !targets_only(finder, cue, &right_args)) || trigger.members;
    let pairs = party_pairs(&left, &right, within, self_pairing)?;
    let event_type = cue_event_type(finder, cue, &right_args);
    let evidence = Evidence {
        sentence: cue.s,
        start: cue.sent.start,
        end: cue.sent.end,
        trigger: cue.text.clone(),
        rule: trigger.meta.id.clone(),
        status_rule,
        event_type,
        status,
        strong,
        untyped: trigger.weak && event_type == EventType::Partnership,
        slots: Vec::new(),
    };
    add_pairs(res, pairs, &evidence, sink)
}

/// Whether the subjects of a noun cue (a `noun` or `weak` trigger: weak
/// ones are bare nouns) are a listed group of two or more company mentions
/// that premodify it: joined by commas and a last "and" (or "&") with no
/// other word between them, the last ending right before the noun or its
/// possessive ("the Acme and Borealis partnership", "an existing Acme and
/// Borealis alliance", "Acme and Borealis's tie-up"; not "Acme and his
/// Borealis partnership", nor an appositive "A and B, C's partner"; nor a
/// cue that premodifies a longer compound: "the A and B partnership
/// models", see [`compound_head_after`]). Such a group names the partners
/// even with no status cue.
fn premodifying_group(finder: &Finder<'_>, cue: &Cue<'_>, left_args: &[Arg]) -> bool {
    if !(cue.trigger.noun || cue.trigger.weak) || compound_head_after(finder, cue) {
        return false;
    }
    let toks = &finder.tokens.tokens;
    let ms: Vec<&Mention> = left_args
        .iter()
        .filter_map(|a| match *a {
            Arg::Mention(m) => Some(&finder.mentions[m]),
            _ => None,
        })
        .collect();
    let (Some(last), true) = (ms.last(), ms.len() >= 2 && ms.len() == left_args.len()) else {
        return false;
    };
    let at_noun = last.last == cue.first
        || (last.last + 1 == cue.first && toks[last.last].kind == TokKind::Possessive);
    let is_and = |k: usize| matches!(finder.lower(k).as_str(), "and" | "&");
    let joined = ms.windows(2).enumerate().all(|(i, w)| {
        let gap = w[0].last..w[1].first;
        let plain = gap.clone().all(|k| toks[k].is_punct(',') || is_and(k));
        let and = gap.clone().any(is_and);
        !gap.is_empty() && plain && (and || i + 2 < ms.len())
    });
    at_noun && joined
}

/// Whether the word right after the cue is a noun the cue premodifies
/// (rules/tie-compound-heads.txt): "the A and B partnership models", "A
/// and B alliance partners"; the cue then heads no noun phrase of its own.
fn compound_head_after(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    let k = cue.last;
    k < cue.sent.last
        && finder.tokens.tokens[k].is_lower(finder.text)
        && finder.rules.is_cue("tie-compound-heads", &finder.lower(k))
}

/// Errs when a cue is no cue at all: it is part of a name ("Best Buy",
/// "Deal Maker Inc") or a promise of secrecy ("a confidentiality agreement
/// between X and Y").
fn cue_vetoed(finder: &Finder<'_>, res: &Resolution, cue: &Cue<'_>) -> Result<(), String> {
    if finder.mention_at[cue.first].is_some_and(|m| {
        let mm = &res.mentions[m];
        matches!(mm.kind, Kind::Company | Kind::Person) && mm.last >= cue.last
    }) {
        return Err("the cue is part of a name".into());
    }
    if cue.first > cue.sent.first
        && finder
            .rules
            .is_cue("secrecy-agreement-modifiers", &finder.lower(cue.first - 1))
    {
        return Err("a promise of secrecy is no tie".into());
    }
    Ok(())
}

/// Whether a cue has no object company and its object is a union or work
/// force ("talks with unions"): then a named group of subjects does not
/// pair within itself.
fn labour_only(finder: &Finder<'_>, cue: &Cue<'_>, right: &[usize]) -> bool {
    right.is_empty()
        && labour::labour_object(
            finder.rules,
            finder.text,
            finder.tokens,
            cue.last,
            cue.sent.last,
        )
}

/// The event type of a cue: the trigger's, as its deal noun refines it; an
/// acquisition whose first object is shares ("bought Borealis Inc common
/// stock", a minority stake) is an investment: a stake, not the company.
fn cue_event_type(finder: &Finder<'_>, cue: &Cue<'_>, right_args: &[Arg]) -> EventType {
    let trigger = cue.trigger;
    let event_type = deal_noun_type(
        finder,
        finder.lexed,
        finder.rules,
        trigger.event_type,
        trigger.weak,
        cue.first,
        cue.last,
    );
    match right_args.first() {
        Some(&Arg::Mention(m))
            if event_type == EventType::Acquisition
                && (finder.shares_of_object(
                    finder.mentions[m].first,
                    finder.mentions[m].last,
                    cue.sent.last,
                ) || finder.minority_share_before(finder.mentions[m].first)) =>
        {
            EventType::Investment
        }
        _ => event_type,
    }
}

/// The entity pairs a cue ties, from its subjects (`left`) and objects
/// (`right`); `within`: the parties are the object list ("a joint venture
/// of X and Y", "owned 60 pct by X and 40 pct by Y"); `self_pairing`: a
/// named group of subjects may pair within itself. Errs with why no pair.
fn party_pairs(
    left: &[usize],
    right: &[usize],
    within: bool,
    self_pairing: bool,
) -> Result<Vec<(usize, usize)>, String> {
    let mut pairs = Vec::new();
    if right.len() >= 2 && within {
        all_pairs(right, &mut pairs);
    } else if !left.is_empty() && !right.is_empty() {
        for &a in left {
            pairs.extend(right.iter().map(|&b| (a, b)));
        }
    } else if left.len() >= 2 && self_pairing {
        all_pairs(left, &mut pairs);
    } else if left.is_empty() && right.is_empty() {
        return Err("no party".into());
    } else {
        return Err("no second party".into());
    }
    Ok(pairs)
}

/// Adds each pair of two distinct companies (not one the division of the
/// other) to `sink` with `evidence`; errs when no pair was left.
fn add_pairs(
    res: &Resolution,
    pairs: Vec<(usize, usize)>,
    evidence: &Evidence,
    sink: &mut Sink,
) -> Result<(), String> {
    let mut any = false;
    for (a, b) in pairs {
        let (x, y) = (&res.entities[a].name, &res.entities[b].name);
        if a == b || is_division(x, y) || labour::is_union(x) || labour::is_union(y) {
            continue;
        }
        any = true;
        sink.add((a.min(b), a.max(b)), evidence.clone());
    }
    if any {
        Ok(())
    } else {
        Err("parties are one company, a company and its division, or a labour union".into())
    }
}

/// The subject arguments of a cue, and the object a noun cue takes from
/// right before it ("Acme pays $2bn to escape Borealis buyout": Borealis is the object,
/// the subject stands further left).
fn subject_args(finder: &Finder<'_>, cue: &Cue<'_>) -> (Vec<Arg>, Option<Arg>) {
    let mentions = finder.mentions;
    let left = finder.left(cue.sent, cue.first, mentions);
    if cue.trigger.noun
        && let [Arg::Mention(m)] = left[..]
        && mentions[m].last == cue.first
    {
        let further = finder.left(cue.sent, mentions[m].first, mentions);
        if !further.is_empty() {
            return (further, Some(Arg::Mention(m)));
        }
    }
    (left, None)
}

/// The subject entities of a cue; for a passive with no agent before it
/// ("... are being sold to Cirrus Corp"), the company the article is about.
fn subjects(finder: &Finder<'_>, ana: &Anaphora<'_>, cue: &Cue<'_>, args: &[Arg]) -> Vec<usize> {
    let mut left = ana.resolve(finder, cue.s, args, &[]);
    // "Borealis Corp, a 30 pct shareholder in Corvana, said": a holding
    // described in an appositive is held by the party it describes.
    if left.is_empty()
        && cue.trigger.event_type == EventType::Investment
        && let Some(m) = finder.appositive_holder(cue.sent, cue.first)
    {
        left.extend(ana.res.entity_of[m]);
    }
    if left.is_empty()
        && cue.trigger.event_type == EventType::Acquisition
        && cue.first > cue.sent.first
        && matches!(
            finder.lower(cue.first - 1).as_str(),
            "being" | "been" | "be"
        )
        && finder.lower(cue.last - 1) == "to"
    {
        left.extend(subject_before(
            &ana.subjects,
            &ana.by_sentence,
            cue.s,
            cue.first,
        ));
    }
    left
}

/// The object arguments of a cue and whether they may pair within
/// themselves; falls back on an object standing before the subject.
fn object_args(
    finder: &Finder<'_>,
    cue: &Cue<'_>,
    left_args: &[Arg],
    noun_object: Option<Arg>,
) -> (Vec<Arg>, bool) {
    let mentions = finder.mentions;
    // "buy X from Y": for acquisitions the seller is a party.
    let seller_from = cue.trigger.event_type == EventType::Acquisition;
    // "a partnership to explore two blocks with Y": a partnership noun may
    // take its partner after a purpose phrase.
    let purpose = cue.trigger.weak
        && matches!(
            cue.trigger.event_type,
            EventType::Partnership | EventType::JointVenture
        );
    let (mut right, within) = finder.right(
        cue.sent,
        cue.first,
        cue.last,
        mentions,
        RightOpts {
            seller_from,
            purpose,
        },
    );
    right.splice(0..0, noun_object);
    // "Callbox, a video chat app it bought": the object stands
    // before the pronoun subject, described by an appositive.
    if right.is_empty()
        && let [Arg::AnaphorOne(at)] = left_args[..]
        && finder.lower(at) == "it"
        && let Some(o) = finder.appositive_before(cue.sent, at, mentions)
    {
        right.push(Arg::Mention(o));
    }
    // "Y said X's takeover offer was too low": the speaker is the target.
    if right.is_empty()
        && cue.trigger.event_type == EventType::Acquisition
        && let [Arg::Mention(m)] = left_args[..]
        && let Some(o) = finder.speaker_before(cue.sent, m, mentions)
    {
        right.push(Arg::Mention(o));
    }
    // "Borealis SA, in which Cirrus Bank has a 52 pct stake".
    if right.is_empty()
        && let [Arg::Mention(m)] = left_args[..]
        && let Some(o) = finder.relative_antecedent(cue.sent, mentions[m].first, mentions)
    {
        right.push(Arg::Mention(o));
    }
    (right, within)
}

/// Each event's status and type from its evidence: the strongest status of
/// its strong evidence (of all, when none is strong); the type most of those
/// sentences support. Evidence whose status rule `reopens` a tie ("resumed
/// talks", "renewed its offer") sets aside the pair's ended evidence told
/// before the last reopening, and after it only when `dated` (the sentence
/// tells of a past time: "talks broke off in March"); an ending told after
/// the reopening stands ("resumed talks ... ended them on Friday").
fn settle(events: &mut [Event], reopens: impl Fn(&str) -> bool, dated: impl Fn(&Evidence) -> bool) {
    for e in events.iter_mut() {
        e.evidence.sort_by_key(|x| x.start);
        let strong: Vec<&Evidence> = e.evidence.iter().filter(|x| x.strong).collect();
        let pool: Vec<&Evidence> = if strong.is_empty() {
            e.evidence.iter().collect()
        } else {
            strong
        };
        // Evidence is sorted by start: the last reopening's sentence start.
        let reopened = pool
            .iter()
            .rev()
            .find(|x| x.status_rule.as_deref().is_some_and(&reopens))
            .map(|x| x.start);
        let pool: Vec<&Evidence> = pool
            .into_iter()
            .filter(|x| {
                let set_aside = |r: usize| x.start <= r || dated(x);
                !(x.status == Status::Ended && reopened.is_some_and(set_aside))
            })
            .collect();
        let statuses: Vec<(Status, EventType)> =
            pool.iter().map(|x| (x.status, x.event_type)).collect();
        e.status = status::settle_status(&statuses);
        // The type most sentences with that status support; on a tie, the
        // earliest (a lead states the main tie), then the most specific.
        // (type, count, first position) of each type among the winners:
        // one pass (counting per winner was quadratic in the evidence).
        let mut tally: Vec<(EventType, usize, usize)> = Vec::new();
        // An untyped agreement gives way to a typed tie of the same status.
        let typed = pool
            .iter()
            .any(|x| x.status == e.status && !x.untyped && x.event_type != EventType::Partnership);
        let winners = pool
            .iter()
            .filter(|x| x.status == e.status && !(typed && x.untyped));
        for (at, x) in winners.enumerate() {
            match tally.iter_mut().find(|(t, _, _)| *t == x.event_type) {
                Some((_, count, _)) => *count += 1,
                None => tally.push((x.event_type, 1, at)),
            }
        }
        // A bid says more than the shares the bidder holds ("X, which holds
        // 9 pct of Y, offered to buy Y"): a stake is an investment only when
        // no sentence of that status says one buys the other.
        if tally.iter().any(|x| x.0 == EventType::Acquisition) {
            tally.retain(|x| x.0 != EventType::Investment);
        }
        e.event_type = tally
            .into_iter()
            .max_by_key(|&(t, count, first)| (count, std::cmp::Reverse(first), type_rank(t)))
            .map_or(EventType::Partnership, |(t, _, _)| t);
    }
}

/// The status of the tie a cue states: the strongest status cue governing
/// it, else the trigger's own; `strong` when a cue governs it or the
/// trigger is not weak, with the status rule's id. "considering the sale of
/// its 25 pct holding in X": a hedge or plan governs the sale, not the
/// holding the company has.
fn cue_status(finder: &Finder<'_>, cue: &Cue<'_>) -> (Status, bool, Option<String>) {
    let governing = status::governing(
        finder.text,
        finder.tokens,
        finder.lexed,
        finder.rules,
        (cue.first, cue.last),
        &|k| finder.party_at(k).is_some(),
    )
    .filter(|st| {
        !(matches!(st.status, Status::Talks | Status::Rumored) && held_stake(finder, cue))
    });
    match governing {
        Some(st) => (st.status, true, Some(st.meta.id.clone())),
        None => (cue.trigger.status, !cue.trigger.weak, None),
    }
}

/// Whether an investment cue names a stake its subject already holds: a
/// possessive before it, past a share ("its stake in", "their 25 pct holding
/// in", "its 8% interest in").
fn held_stake(finder: &Finder<'_>, cue: &Cue<'_>) -> bool {
    if cue.trigger.event_type != EventType::Investment {
        return false;
    }
    let toks = &finder.tokens.tokens;
    let mut k = cue.first;
    while k > cue.sent.first && cue.first - k < 4 {
        let t = toks[k - 1];
        let share = t.kind == TokKind::Number
            || t.is_punct('%')
            || matches!(
                finder.lower(k - 1).as_str(),
                "pct" | "percent" | "per" | "cent"
            );
        if !share {
            break;
        }
        k -= 1;
    }
    k > cue.sent.first
        && matches!(
            finder.lower(k - 1).as_str(),
            "its" | "their" | "his" | "her"
        )
}

/// "Paris-based", "Texas-based", "London-listed": a place turned adjective.
fn is_place_adjective(w: &str) -> bool {
    ["-based", "-listed", "-headquartered"]
        .iter()
        .any(|suffix| w.len() > suffix.len() && w.ends_with(suffix))
}

/// "merge", "merger of", "to merge": a tie the parties enter as equals.
/// Whether the object list of an acquisition cue ending in "of" (not a
/// merger) names only the targets of one buyer: "its acquisition of A and
/// B", "the takeover of A, B and C" tie no target to another. A list that
/// holds the buyer after "by" ("the acquisition of A by B") still pairs
/// within itself.
fn targets_only(finder: &Finder<'_>, cue: &Cue<'_>, right_args: &[Arg]) -> bool {
    let ends_in_of = cue
        .text
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"));
    if cue.trigger.event_type != EventType::Acquisition
        || right_args.len() < 2
        || !ends_in_of
        || is_merger(&cue.text)
    {
        return false;
    }
    let end = right_args
        .iter()
        .filter_map(|&a| match a {
            Arg::Mention(m) => Some(finder.mentions[m].last),
            Arg::AnaphorOne(t) | Arg::AnaphorTwo(t) | Arg::They(t) | Arg::Described(t) => Some(t),
            Arg::Event(_) => None,
        })
        .max()
        .unwrap_or(cue.last);
    !(cue.last + 1..end).any(|i| finder.lower(i) == "by")
}

fn is_merger(cue: &str) -> bool {
    cue.split_whitespace()
        .any(|w| w.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("merg")))
}

/// At most this many company pairs a sentence: a sentence listing thousands
/// of names ("in talks with A, B, C, ...") would otherwise copy itself once
/// per pair into the output. The pairs found first are kept, and the record
/// gets a `pair-cap` warning.
pub const MAX_PAIRS_PER_SENTENCE: usize = 64;

/// Collects evidence into events: one event per pair, one evidence per
/// sentence, at most [`MAX_PAIRS_PER_SENTENCE`] pairs a sentence.
#[derive(Default)]
struct Sink {
    events: Vec<Event>,
    index: hashbrown::HashMap<(usize, usize), usize>,
    /// (parties, sentence) -> where that sentence's evidence stands in the
    /// pair's event (a pair named in every sentence of a long article
    /// would otherwise be searched evidence by evidence: quadratic).
    evidence_at: hashbrown::HashMap<((usize, usize), usize), usize>,
    /// (sentence, pairs it gave) of the sentence being read.
    current: (usize, usize),
    /// Sentences that hit the cap.
    capped: Vec<usize>,
}

impl Sink {
    fn add(&mut self, parties: (usize, usize), ev: Evidence) {
        let s = ev.sentence;
        if self.current.0 != s {
            self.current = (s, 0);
        }
        let slot = self.index.get(&parties).copied();
        if let Some(i) = slot
            && let Some(&at) = self.evidence_at.get(&(parties, s))
        {
            let x = &mut self.events[i].evidence[at];
            // One evidence a sentence: keep the stronger reading.
            if (ev.strong, type_rank(ev.event_type)) > (x.strong, type_rank(x.event_type)) {
                *x = ev;
            }
            return;
        }
        if self.current.1 >= MAX_PAIRS_PER_SENTENCE {
            if self.capped.last() != Some(&s) {
                self.capped.push(s);
            }
            return;
        }
        self.current.1 += 1;
        match slot {
            Some(i) => {
                let evidence = &mut self.events[i].evidence;
                self.evidence_at.insert((parties, s), evidence.len());
                evidence.push(ev);
            }
            None => {
                self.evidence_at.insert((parties, s), 0);
                self.index.insert(parties, self.events.len());
                self.events.push(Event {
                    parties,
                    event_type: ev.event_type,
                    status: ev.status,
                    evidence: vec![ev],
                });
            }
        }
    }

    fn finish(self) -> (Vec<Event>, Vec<Diagnostic>) {
        let diagnostics = self
            .capped
            .iter()
            .map(|s| {
                Diagnostic::warning(
                    "pair-cap",
                    format!(
                        "sentence {s}: more than {MAX_PAIRS_PER_SENTENCE} company pairs; the first {MAX_PAIRS_PER_SENTENCE} were kept"
                    ),
                )
            })
            .collect();
        (self.events, diagnostics)
    }
}

/// The type of a generic tie ("talks with", "an agreement with") taken from
/// the deal noun of its clause: "in talks with Y about a merger" is an
/// acquisition, "merger talks with Y" too, "an agreement with Y to form a
/// joint venture" a joint venture, "an agreement with Y to acquire its
/// unit" an acquisition (not "to buy 20 aircraft"). A merger of units
/// "into a new company" is a joint venture. Else `own`.
fn deal_noun_type(
    finder: &Finder<'_>,
    lexed: &Lexed,
    rules: &Rules,
    own: EventType,
    weak: bool,
    first: usize,
    last: usize,
) -> EventType {
    let sent = &finder.tokens.sentences[finder.tokens.sentence_of[first]];
    if own == EventType::Acquisition && finder.merged_into_venture(last, sent.last) {
        return EventType::JointVenture;
    }
    if own != EventType::Partnership || weak {
        return own;
    }
    let toks = &finder.tokens.tokens;
    let lo = first.saturating_sub(3).max(sent.first);
    let hi = (last + 10).min(sent.last);
    let from = lexed.triggers.partition_point(|sp| sp.first < lo);
    lexed.triggers[from..]
        .iter()
        .take_while(|sp| sp.first < hi)
        .filter(|sp| sp.last <= first || sp.first >= last)
        .filter_map(|sp| match sp.payload {
            Payload::Trigger(t) => Some((sp, &rules.triggers[t as usize])),
            _ => None,
        })
        .filter(|(sp, t)| {
            t.noun
                || t.event_type == EventType::JointVenture
                || (sp.first >= last
                    && t.event_type != EventType::Partnership
                    && (finder.owned_object(sp.last, sent.last)
                        || is_merger(&finder.text[toks[sp.first].start..toks[sp.last - 1].end])))
        })
        .filter(|(sp, _)| {
            let (a, b) = if sp.first >= last {
                (last, sp.first)
            } else {
                (sp.last, first)
            };
            !status::clause_break(finder.text, finder.tokens, rules, a, b)
                && !finder.tokens.tokens[a..b].iter().any(|t| t.is_punct(','))
                && finder.parties_between(a, b) <= 1
        })
        .map(|(_, t)| t.event_type)
        .max_by_key(|&t| type_rank(t))
        .unwrap_or(own)
}

fn all_pairs(group: &[usize], out: &mut Vec<(usize, usize)>) {
    for (i, &a) in group.iter().enumerate() {
        for &b in &group[i + 1..] {
            out.push((a, b));
        }
    }
}

/// Specificity of a type: an acquisition or joint venture says more than a partnership.
fn type_rank(t: EventType) -> u8 {
    match t {
        EventType::Partnership => 0,
        EventType::Investment => 1,
        EventType::JointVenture => 2,
        EventType::Acquisition => 3,
    }
}

/// How many sentences before its own an anaphor ("it", "the company", "the
/// two companies") may find its antecedent in. A news paragraph holds one
/// to three sentences, and a pronoun stands for a company of its own or the
/// last paragraph or two; further back another company has most often been
/// the topic since, and the paragraph breaks of hard-wrapped text are not
/// reliably known, so the limit counts sentences.
const ANTECEDENT_SENTENCES: usize = 6;

/// What anaphors resolve against: the companies of each sentence and each
/// sentence's subject.
struct Anaphora<'r> {
    res: &'r Resolution,
    /// Companies of each sentence, in order: (token, entity).
    by_sentence: Vec<Vec<(usize, usize)>>,
    /// The subject of each sentence: its first company, unless a preposition
    /// stands just before it ("an order of 30 Boeing jets").
    subjects: Vec<Option<(usize, usize)>>,
    /// The named groups ("X and Y") of each sentence.
    groups: Vec<Vec<groups::Group>>,
}

impl<'r> Anaphora<'r> {
    fn new(
        text: &str,
        tokens: &Tokens,
        rules: &Rules,
        res: &'r Resolution,
        is_party: &[bool],
    ) -> Self {
        let mut by_sentence: Vec<Vec<(usize, usize)>> = vec![Vec::new(); tokens.sentences.len()];
        let mut subjects: Vec<Option<(usize, usize)>> = vec![None; tokens.sentences.len()];
        for (i, m) in res.mentions.iter().enumerate() {
            if is_party[i]
                && let Some(e) = res.entity_of[i]
            {
                let s = tokens.sentence_of[m.first];
                if by_sentence[s].is_empty() {
                    let first = tokens.sentences[s].first;
                    let lo = m.first.saturating_sub(3).max(first);
                    // ("Shares of X jumped on talk that it ...": the shares'
                    // company is what a later "it" stands for.)
                    let governed = (lo..m.first).any(|k| {
                        rules.word_class(tokens.tokens[k].text(text)) & ListKind::Preposition.bit()
                            != 0
                            && !shares_of(text, tokens, k, first)
                            && !group_led_by(text, tokens, rules, k, first)
                    });
                    // "In 2003 it bought X": the subject is the pronoun's,
                    // from an earlier sentence.
                    let pronoun = (first..m.first.min(first + 5))
                        .any(|k| tokens.tokens[k].text(text).eq_ignore_ascii_case("it"));
                    if !governed && !pronoun {
                        subjects[s] = Some((m.first, e));
                    }
                }
                by_sentence[s].push((m.first, e));
            }
        }
        Anaphora {
            res,
            by_sentence,
            subjects,
            groups: groups::named_groups(text, tokens, res, is_party),
        }
    }

    /// The named group a sentence-opening "they" at token `at` of sentence
    /// `s` stands for: the last one of the sentence before ("X and Y held
    /// talks. They agreed to merge"). A "they" inside a sentence is as often
    /// analysts or officials, or sits in a condition ("if they merge").
    fn they_group(&self, finder: &Finder<'_>, s: usize, at: usize) -> Option<&[usize]> {
        let first = finder.tokens.sentences[s].first;
        let opens = (first..at).all(|k| {
            matches!(
                finder.tokens.tokens[k].kind,
                TokKind::Punct('"' | '\u{201c}')
            )
        });
        if !opens || s == 0 {
            return None;
        }
        self.groups[s - 1].last().map(|g| &g.entities[..])
    }

    /// The company "the company" / "it" at token `at` of sentence `s` stands
    /// for: the subject before it ([`subject_before`]), unless that is the
    /// tie's other side (`not`): then the subject of an earlier sentence
    /// that is not ("Y's shares rose. X owns 12.4% of the company's shares":
    /// a tie of X's own is none). Not when a speech verb follows it ("sell
    /// shares to Z, the company said": the attribution's subject).
    fn other_subject(
        &self,
        finder: &Finder<'_>,
        s: usize,
        at: usize,
        not: &[usize],
    ) -> Option<usize> {
        let by = &self.by_sentence;
        let e = subject_before(&self.subjects, by, s, at)?;
        let last = finder.tokens.sentences[s].last;
        let speaks = (at + 1..last.min(at + 4))
            .any(|k| finder.is_word(&finder.lower(k), ListKind::SpeechVerb));
        if !not.contains(&e) || speaks {
            return Some(e);
        }
        (0..s).rev().take(ANTECEDENT_SENTENCES).find_map(|p| {
            self.subjects[p]
                .map(|(_, e)| e)
                .filter(|e| !not.contains(e))
        })
    }

    /// The entities arguments of sentence `s` stand for; `not`: entities a
    /// description must not resolve to (the other side's).
    fn resolve(&self, finder: &Finder<'_>, s: usize, args: &[Arg], not: &[usize]) -> Vec<usize> {
        let by = &self.by_sentence;
        let mut out = Vec::new();
        for a in args {
            match *a {
                Arg::Mention(m) => out.extend(self.res.entity_of[m]),
                Arg::AnaphorOne(at) => out.extend(
                    owner_before(finder, by, s, at)
                        .or_else(|| self.other_subject(finder, s, at, not)),
                ),
                Arg::AnaphorTwo(at) => {
                    let n = group_size(finder, at);
                    match groups::group_before(&self.groups, s, at) {
                        Some(g) if g.entities.len() == n => out.extend(&g.entities),
                        _ => out.extend(two_before(by, &self.groups, s, at, n)),
                    }
                }
                Arg::They(at) => match self.they_group(finder, s, at) {
                    Some(g) => out.extend(g),
                    None => out.extend(two_before(by, &self.groups, s, at, 2)),
                },
                Arg::Described(at) => out.extend(last_other(by, s, at, not)),
                Arg::Event(_) => {}
            }
        }
        out.dedup();
        out
    }
}

/// Adds the events of every pattern match to `sink`; a match of a pattern
/// that states no tie (`pairs = []`) goes to `dropped`; a match that
/// continues an earlier sentence's event is read with it, or waits in
/// `cont` for the ties of the whole article. Returns the token ranges
/// `(first, last, pattern)` of the matches read, in text order (trigger
/// cues inside them are not read again).
fn pattern_events(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    sink: &mut Sink,
    dropped: &mut Vec<DroppedCue>,
    cont: &mut continuation::Continuation,
) -> Vec<(usize, usize, usize)> {
    let set = finder.rules.pattern_set();
    let mut claimed = Vec::new();
    if set.patterns.is_empty() {
        return claimed;
    }
    for (s, sent) in finder.tokens.sentences.iter().enumerate() {
        for m in patterns::find(set, finder, sent) {
            if let Some(event) = cont.take(finder, ana, s, &m, dropped) {
                claimed.push((m.first, m.last, m.pattern));
                match_events(finder, ana, sink, dropped, s, &m, &event);
            }
        }
    }
    claimed
}

/// The entities of role `r` of match `m` in sentence `s`; `event`: what an
/// `{x:event}` slot stands for. A description ("the latter") stands for a
/// company that fills no other role of the match.
fn role_entities(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    s: usize,
    m: &patterns::PatternMatch,
    r: usize,
    event: &[usize],
) -> Vec<usize> {
    let args: Vec<Arg> = m.slots.iter().filter(|x| x.0 == r).map(|x| x.1).collect();
    let named: Vec<Arg> = m
        .slots
        .iter()
        .filter(|x| x.0 != r && !matches!(x.1, Arg::Described(_)))
        .map(|x| x.1)
        .collect();
    let not = ana.resolve(finder, s, &named, &[]);
    let mut out = ana.resolve(finder, s, &args, &not);
    if args.iter().any(|a| matches!(a, Arg::Event(_))) {
        out.extend(event);
    }
    out
}

/// Adds the events of pattern match `m` in sentence `s` to `sink` (to
/// `dropped` when its pattern states no tie); `event`: the entities its
/// `{x:event}` slot stands for.
fn match_events(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    sink: &mut Sink,
    dropped: &mut Vec<DroppedCue>,
    s: usize,
    m: &patterns::PatternMatch,
    event: &[usize],
) {
    let rules = finder.rules;
    let toks = &finder.tokens.tokens;
    let sent = &finder.tokens.sentences[s];
    let rule = &rules.pattern_rules[m.pattern];
    let governing = status::governing(
        finder.text,
        finder.tokens,
        finder.lexed,
        rules,
        (m.anchor, m.anchor + 1),
        &|k| finder.party_at(k).is_some(),
    );
    let (status, status_rule) = match governing {
        Some(st) => (st.status, Some(st.meta.id.clone())),
        None => (rule.status, None),
    };
    let slots: Vec<(String, String)> = m
        .slots
        .iter()
        .map(|&(r, arg, first, last)| {
            let text = match arg {
                Arg::Event(_) => continuation::describe(ana.res, event),
                _ => arg_text(finder, arg, first, last),
            };
            (rule.compiled.roles[r].clone(), text)
        })
        .collect();
    let words = finder.text[toks[m.first].start..toks[m.last.max(m.first + 1) - 1].end].to_string();
    if rule.pairs.is_empty() {
        dropped.push(DroppedCue {
            sentence: s,
            trigger: words.clone(),
            rule: rule.meta.id.clone(),
            reason: "the pattern states no tie".into(),
        });
    }
    for &(x, y) in &rule.pairs {
        for a in role_entities(finder, ana, s, m, x, event) {
            for b in role_entities(finder, ana, s, m, y, event) {
                let (x, y) = (&ana.res.entities[a].name, &ana.res.entities[b].name);
                if a == b || is_division(x, y) || labour::is_union(x) || labour::is_union(y) {
                    continue;
                }
                sink.add(
                    (a.min(b), a.max(b)),
                    Evidence {
                        sentence: s,
                        start: sent.start,
                        end: sent.end,
                        trigger: words.clone(),
                        rule: rule.meta.id.clone(),
                        status_rule: status_rule.clone(),
                        event_type: rule.event_type,
                        status,
                        strong: true,
                        untyped: false,
                        slots: slots.clone(),
                    },
                );
            }
        }
    }
}

/// The words that filled a slot: the mention, else the slot's tokens, else
/// the anaphor's first word.
fn arg_text(finder: &Finder<'_>, arg: Arg, first: usize, last: usize) -> String {
    let toks = &finder.tokens.tokens;
    let (f, l) = match arg {
        Arg::Mention(m) => (finder.mentions[m].first, finder.mentions[m].last),
        _ if last > first => (first, last),
        Arg::AnaphorOne(at) | Arg::AnaphorTwo(at) | Arg::They(at) | Arg::Described(at) => {
            (at, at + 1)
        }
        Arg::Event(_) => return "(the event before)".into(),
    };
    finder.text[toks[f].start..toks[l - 1].end].to_string()
}

/// The company in subject position before token `at` of sentence `s`: this
/// sentence's subject if it comes before, else the subject of the nearest
/// earlier sentence that has one, else the nearest earlier first company,
/// both at most [`ANTECEDENT_SENTENCES`] sentences back.
fn subject_before(
    subjects: &[Option<(usize, usize)>],
    by_sentence: &[Vec<(usize, usize)>],
    s: usize,
    at: usize,
) -> Option<usize> {
    if let Some((tok, e)) = subjects[s]
        && tok < at
    {
        return Some(e);
    }
    let before = || (0..s).rev().take(ANTECEDENT_SENTENCES);
    before()
        .find_map(|p| subjects[p].map(|(_, e)| e))
        .or_else(|| before().find_map(|p| by_sentence[p].first().map(|&(_, e)| e)))
}

/// "X, the founder of Y, said his firm bought Z": a person's "his / her /
/// their firm" at token `at` stands for the company named last before it
/// in its sentence (the person's employer), if any.
fn owner_before(
    finder: &Finder<'_>,
    by_sentence: &[Vec<(usize, usize)>],
    s: usize,
    at: usize,
) -> Option<usize> {
    if !matches!(finder.lower(at).as_str(), "his" | "her" | "their") {
        return None;
    }
    by_sentence[s]
        .iter()
        .rev()
        .find(|&&(tok, _)| tok < at)
        .map(|&(_, e)| e)
}

/// Whether token `k` is the "of" of "Shares of" / "Stock of" opening the
/// sentence that starts at token `first` (not "bought 5 pct of the shares of").
fn shares_of(text: &str, tokens: &Tokens, k: usize, first: usize) -> bool {
    k == first + 1
        && tokens.tokens[k].text(text).eq_ignore_ascii_case("of")
        && matches!(
            Lower::new(tokens.tokens[k - 1].text(text)).as_str(),
            "shares" | "stock"
        )
}

/// Whether token `k` is the "by" of "led by" / "headed by" (rules/led-verbs.txt)
/// after a group noun (rules/group-nouns.txt) near the start of the sentence
/// (from token `first`): "A group of firms led by X said it raised its
/// stake": the group's leader is the subject a later "it" stands for.
fn group_led_by(text: &str, tokens: &Tokens, rules: &Rules, k: usize, first: usize) -> bool {
    let word = |i: usize| tokens.tokens[i].text(text);
    if k < first + 2
        || Lower::new(word(k)).as_str() != "by"
        || !rules.is_cue("led-verbs", word(k - 1))
    {
        return false;
    }
    (k.saturating_sub(7).max(first)..k - 1).any(|i| rules.is_cue("group-nouns", word(i)))
}

/// The company named last before token `at` of sentence `s` (or earlier
/// sentences) that is none of `not`.
fn last_other(
    by_sentence: &[Vec<(usize, usize)>],
    s: usize,
    at: usize,
    not: &[usize],
) -> Option<usize> {
    (0..=s).rev().take(8).find_map(|p| {
        by_sentence[p]
            .iter()
            .rev()
            .filter(|&&(tok, e)| (p < s || tok < at) && !not.contains(&e))
            .map(|&(_, e)| e)
            .next()
    })
}

/// The `n` companies a group anaphor at token `at` of sentence `s` stands
/// for: the last `n` its sentence names before it ("X said Y and Z agreed
/// to a merger of the two companies": Y and Z), else those of the nearest
/// sentence before (at most [`ANTECEDENT_SENTENCES`] back) that names `n` or
/// more. That sentence must name exactly
/// `n`, or hold a named group of `n` (its first, most often the subject:
/// "X and Y said they agreed to buy a hotel from Z"): "X, Y and Z fly to
/// Dublin. The two airlines ..." does not say which two, so it stands for
/// none.
fn two_before(
    by_sentence: &[Vec<(usize, usize)>],
    groups: &[Vec<groups::Group>],
    s: usize,
    at: usize,
    n: usize,
) -> Vec<usize> {
    let mut sentences = std::iter::once((s, true))
        .chain((0..s).rev().take(ANTECEDENT_SENTENCES).map(|p| (p, false)));
    sentences
        .find_map(|(p, current)| {
            let mut distinct: Vec<usize> = Vec::new();
            for &(tok, e) in &by_sentence[p] {
                if (!current || tok < at) && !distinct.contains(&e) {
                    distinct.push(e);
                }
            }
            match distinct.len() {
                k if k < n => None,
                k if k > n && !current => Some(
                    groups[p]
                        .iter()
                        .find(|g| g.entities.len() == n)
                        .map(|g| g.entities.clone())
                        .unwrap_or_default(),
                ),
                k if k > n => Some(
                    // Its own sentence: a named group of `n` before the
                    // anaphor ("X and Y, parent of Z, said they ..."), else
                    // the last `n` named.
                    groups[p]
                        .iter()
                        .rev()
                        .find(|g| g.end <= at && g.entities.len() == n)
                        .map_or_else(|| distinct[k - n..].to_vec(), |g| g.entities.clone()),
                ),
                _ => Some(distinct),
            }
        })
        .unwrap_or_default()
}

/// How many companies a group anaphor starting at token `at` stands for:
/// "all three", "the three companies" are three; "the two firms", "the
/// companies" two.
fn group_size(finder: &Finder<'_>, at: usize) -> usize {
    let end = (at + 3).min(finder.tokens.tokens.len());
    (at..end)
        .find_map(|k| match finder.lower(k).as_str() {
            "three" => Some(3),
            "four" => Some(4),
            _ => None,
        })
        .unwrap_or(2)
}

/// "LeEco" and "LeEco Super Car": a company and its own division.
fn is_division(a: &str, b: &str) -> bool {
    let starts = |long: &str, short: &str| {
        long.len() > short.len() && long.starts_with(short) && long[short.len()..].starts_with(' ')
    };
    starts(a, b) || starts(b, a)
}

/// A dash token ("-", "–", "—") that sets off a clause ("Acme Corp - which owns").
fn is_dash(t: &crate::pipeline::segment::Token) -> bool {
    t.is_punct('-') || t.is_punct('\u{2013}') || t.is_punct('\u{2014}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn party_pairs_cross_subjects_with_objects_or_pair_a_group() {
        assert_eq!(
            party_pairs(&[1], &[2, 3], false, false),
            Ok(vec![(1, 2), (1, 3)])
        );
        // "a joint venture of X and Y": the objects pair with each other.
        assert_eq!(party_pairs(&[1], &[2, 3], true, false), Ok(vec![(2, 3)]));
        assert_eq!(party_pairs(&[1, 2], &[], false, true), Ok(vec![(1, 2)]));
        assert_eq!(
            party_pairs(&[1, 2], &[], false, false),
            Err("no second party".to_string())
        );
        assert_eq!(
            party_pairs(&[], &[], false, true),
            Err("no party".to_string())
        );
    }

    use super::test_support::{events, typed_pairs};
    use super::*;
    use crate::{Article, Extractor};

    /// The (party, party, type) row of an acquisition, as `typed_pairs` gives it.
    fn p(a: &str, b: &str) -> (String, String, String) {
        (a.to_string(), b.to_string(), "acquisition".to_string())
    }

    #[test]
    fn a_lone_subject_past_agreed_to_or_will_is_the_buyer() {
        // The name recurs inside a sentence: a name, no sentence opener.
        let text = "Deals\n\nGlenvik agreed to buy Acme Corp. Tarnow will acquire Borealis Inc. \
                    Analysts said Glenvik and Tarnow gain most.";
        assert_eq!(
            typed_pairs(text),
            [p("Acme Corp", "Glenvik"), p("Borealis Inc", "Tarnow")]
        );
    }

    #[test]
    fn an_acquisition_of_a_list_ties_the_buyer_to_each_target_not_the_targets() {
        let its = "Cirrus Motors Inc said it completed its acquisition of Borealis Inc and Dalton Foods Corp.";
        assert_eq!(
            typed_pairs(its),
            vec![
                p("Borealis Inc", "Cirrus Motors Inc"),
                p("Cirrus Motors Inc", "Dalton Foods Corp")
            ]
        );
        // No buyer named: no pair between the targets.
        let none = "The takeover of Borealis Inc and Dalton Foods Corp is unlikely this year.";
        assert_eq!(typed_pairs(none), vec![]);
        // The buyer after "by" is in the list; a merger pairs its members.
        let by = "The acquisition of Borealis Inc by Cirrus Motors Inc was completed.";
        assert_eq!(
            typed_pairs(by),
            vec![p("Borealis Inc", "Cirrus Motors Inc")]
        );
        let merger = "The merger of Borealis Inc and Dalton Foods Corp was completed.";
        assert_eq!(
            typed_pairs(merger),
            vec![p("Borealis Inc", "Dalton Foods Corp")]
        );
    }

    #[test]
    fn a_list_item_after_a_bare_comma_that_opens_a_relative_is_no_object() {
        let pt = |a: &str, b: &str| (a.to_string(), b.to_string(), "partnership".to_string());
        let relative = "The market is led by Acme Corp, which has teamed up with Borealis Inc, Cirrus Motors Inc, which works alone, and others.";
        assert_eq!(typed_pairs(relative), vec![pt("Acme Corp", "Borealis Inc")]);
        // After "and" the item stays in the list, relative or not.
        let and =
            "Acme Corp has teamed up with Borealis Inc and Cirrus Motors Inc, which makes engines.";
        assert_eq!(
            typed_pairs(and),
            vec![
                pt("Acme Corp", "Borealis Inc"),
                pt("Acme Corp", "Cirrus Motors Inc")
            ]
        );
    }

    #[test]
    fn a_short_form_in_brackets_after_a_subject_is_stepped_over() {
        let pt = |a: &str, b: &str| (a.to_string(), b.to_string(), "partnership".to_string());
        let text = "Acme Corp and the Borealis Oil Company (BOC) reached a preliminary deal to develop two fields.";
        assert_eq!(
            typed_pairs(text),
            vec![pt("Acme Corp", "Borealis Oil Company")]
        );
    }

    #[test]
    fn a_bank_named_by_its_country_is_a_party_as_a_deal_verbs_subject() {
        // "Banco Nacional de <country>" may be a commercial bank: as the
        // subject of a deal verb it is a party, though spot left it unknown.
        let bought = "Banca Nazionale di Norvegia agreed to buy Tessel Mills Inc.";
        assert_eq!(
            typed_pairs(bought),
            vec![p("Banca Nazionale di Norvegia", "Tessel Mills Inc")]
        );
        // Not through a speech verb ("said it approved the takeover of").
        let said =
            "Banco de Islandia said it approved the takeover of Tessel Mills Inc by Orvane Corp.";
        assert_eq!(
            typed_pairs(said),
            vec![p("Orvane Corp", "Tessel Mills Inc")]
        );
        // Nor through a regulator's verb: the bank approves, it does not buy.
        let approved = "Banco de Islandia approved the purchase of Tessel Mills Inc on Monday.";
        assert!(typed_pairs(approved).is_empty());
        let blocked = "Banque Vardane blocked the sale of Tessel Mills Inc.";
        assert!(typed_pairs(blocked).is_empty());
    }

    #[test]
    fn its_stands_for_the_company_whose_verb_comes_right_before_it() {
        let raised =
            "Cirrus Motors Inc said Borealis Inc has raised its offer to buy Dalton Foods Corp.";
        assert_eq!(
            typed_pairs(raised),
            vec![p("Borealis Inc", "Dalton Foods Corp")]
        );
        // "Borealis Inc shareholders approved": no verb right after the name.
        let owners = "Cirrus Motors Inc said Borealis Inc shareholders approved its offer to buy Dalton Foods Corp.";
        assert_eq!(
            typed_pairs(owners),
            vec![p("Cirrus Motors Inc", "Dalton Foods Corp")]
        );
        // One word after an object is a noun, not Y's verb.
        let told = "Cirrus Motors Inc told Borealis Inc shareholders its offer to buy Dalton Foods Corp was final.";
        assert_eq!(
            typed_pairs(told),
            vec![p("Cirrus Motors Inc", "Dalton Foods Corp")]
        );
        // The owner alone: no name before ", and" joins it.
        let outbid = "Cirrus Motors Inc outbid Borealis Inc, and Ellis Corp has withdrawn its proposal to acquire Dalton Foods Corp.";
        assert_eq!(
            typed_pairs(outbid),
            vec![p("Dalton Foods Corp", "Ellis Corp")]
        );
    }

    #[test]
    fn a_merger_into_a_named_new_company_pairs_the_merging_companies() {
        let newco = "Cirrus Motors Inc and Borealis Inc agreed to merge into a new company called Dalton Corp.";
        assert_eq!(
            typed_pairs(newco),
            vec![p("Borealis Inc", "Cirrus Motors Inc")]
        );
        let comma =
            "Cirrus Motors Inc and Borealis Inc will merge into a new company, Dalton Corp.";
        assert_eq!(
            typed_pairs(comma),
            vec![p("Borealis Inc", "Cirrus Motors Inc")]
        );
        let named = "Cirrus Motors Inc agreed to merge into Dalton Corp, the company said.";
        assert_eq!(
            typed_pairs(named),
            vec![p("Cirrus Motors Inc", "Dalton Corp")]
        );
    }

    /// Evidence of sentence `s` with `event_type`, announced and strong.
    fn typed(s: usize, event_type: EventType) -> Evidence {
        Evidence {
            sentence: s,
            start: s * 10,
            end: s * 10 + 9,
            trigger: String::new(),
            rule: String::new(),
            status_rule: None,
            event_type,
            status: Status::Announced,
            strong: true,
            untyped: false,
            slots: Vec::new(),
        }
    }

    #[test]
    fn a_bid_outweighs_the_stake_sentences_of_its_pair() {
        use EventType::{Acquisition, Investment, Partnership};
        let event = |types: &[EventType]| Event {
            parties: (0, 1),
            event_type: Partnership,
            status: Status::Announced,
            evidence: types
                .iter()
                .enumerate()
                .map(|(s, &t)| typed(s, t))
                .collect(),
        };
        let mut events = vec![
            event(&[Investment, Investment, Acquisition]),
            event(&[Investment, Partnership, Partnership]),
            event(&[Investment, Investment]),
        ];
        settle(&mut events, |_| false, |_| false);
        let types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
        assert_eq!(types, [Acquisition, Partnership, Investment]);
    }

    #[test]
    fn the_company_as_the_other_side_of_its_own_subject_is_the_one_before() {
        let p = |a: &str, b: &str| (a.to_string(), b.to_string(), "investment".to_string());
        // "the company" would be the holder itself: the subject before it.
        assert_eq!(
            typed_pairs(
                "Borealis Stores Inc shares rose 6% on Thursday.\n\nAcme Capital Corp owns 12.4% of the company's shares, a filing showed."
            ),
            [p("Acme Capital Corp", "Borealis Stores Inc")]
        );
        // As the subject it stays the sentence's own company.
        assert_eq!(
            typed_pairs(
                "Acme Capital Corp said the company would buy a stake in Borealis Stores Inc."
            ),
            [p("Acme Capital Corp", "Borealis Stores Inc")]
        );
    }

    #[test]
    fn settle_sets_aside_an_ending_when_the_tie_was_reopened() {
        let with = |s, status, rule: Option<&str>| Evidence {
            status,
            status_rule: rule.map(str::to_string),
            ..typed(s, EventType::Acquisition)
        };
        let event = |evidence| Event {
            parties: (0, 1),
            event_type: EventType::Acquisition,
            status: Status::Announced,
            evidence,
        };
        let mut events = vec![
            // "X resumed talks with Y. Talks broke off last autumn ...": talks.
            event(vec![
                with(0, Status::Talks, Some("reopens")),
                with(3, Status::Ended, Some("ended")),
            ]),
            // "X resumed talks with Y. X ended the talks on Friday": ended.
            event(vec![
                with(0, Status::Talks, Some("reopens")),
                with(1, Status::Ended, Some("ended")),
            ]),
            // A plain talks sentence does not reopen: the ending stands.
            event(vec![
                with(0, Status::Talks, Some("talks")),
                with(1, Status::Ended, Some("ended")),
            ]),
            // A reopened offer after the ending: announced.
            event(vec![
                with(0, Status::Ended, Some("ended")),
                with(1, Status::Announced, Some("reopens")),
            ]),
        ];
        // Sentence 3 is told as past ("last autumn"), sentence 1 is not.
        settle(&mut events, |id| id == "reopens", |x| x.sentence == 3);
        let statuses: Vec<Status> = events.iter().map(|e| e.status).collect();
        let expected = [
            Status::Talks,
            Status::Ended,
            Status::Ended,
            Status::Announced,
        ];
        assert_eq!(statuses, expected);
    }

    #[test]
    fn settle_lets_an_untyped_agreement_give_way_to_a_typed_tie() {
        use EventType::{Acquisition, Partnership};
        let untyped = |s| Evidence {
            untyped: true,
            ..typed(s, Partnership)
        };
        let mut events = vec![
            // "X and Y reached an agreement ..." then "the merger": acquisition.
            Event {
                parties: (0, 1),
                event_type: Partnership,
                status: Status::Announced,
                evidence: vec![untyped(0), typed(1, Acquisition)],
            },
            // A typed partnership ("teamed up with") is no untyped agreement.
            Event {
                parties: (0, 1),
                event_type: Partnership,
                status: Status::Announced,
                evidence: vec![typed(0, Partnership), typed(1, Acquisition)],
            },
        ];
        settle(&mut events, |_| false, |_| false);
        let types: Vec<EventType> = events.iter().map(|e| e.event_type).collect();
        assert_eq!(types, [Acquisition, Partnership]);
    }

    /// One blocker each: (what it shows, sentence, the events it must give).
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str, &'static str, &'static str)],
    );

    const AC: &str = "Acme Corp";
    const BI: &str = "Borealis Inc";
    const CM: &str = "Cirrus Motors";
    const DG: &str = "Delta Group";

    const CASES: &[Case] = &[
        (
            "a pronoun opening the sentence is the subject, after a fronted phrase too",
            "Acme Corp makes cars in Ohio and sells them abroad. In 2003 it bought Borealis Inc. It then bought Cirrus Motors.",
            &[
                (AC, BI, "acquisition", "announced"),
                (AC, CM, "acquisition", "announced"),
            ],
        ),
        (
            "a parenthetical between commas does not hide the subject",
            "Acme Corp, meanwhile, has agreed to merge with Borealis Inc, the two companies said.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "the full stop of an abbreviated suffix does not hide the subject",
            "Delta Group Inc. has agreed to acquire Borealis Inc for $40 million in cash.",
            &[(BI, "Delta Group Inc", "acquisition", "announced")],
        ),
        (
            "a name ending in 's before a verb is a subject, not a possessive",
            "Separately, furniture chain Delta's has received a buyout offer from Acme Corp, people familiar with the matter said.",
            &[(AC, "Delta", "acquisition", "announced")],
        ),
        (
            "a singular relative clause belongs to the last conjunct only",
            "Directors sit at Borealis Inc and Acme Corp <ACM>, which owns 40 pct of Cirrus Motors's outstanding shares.",
            &[(AC, CM, "investment", "announced")],
        ),
        (
            "a place made an adjective describes the object",
            "Acme Corp bought New York-based software firm Borealis Inc for $40 million in cash.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a coordinated object list gives one event per pair",
            "Acme Corp has teamed up with Borealis Inc, Cirrus Motors and Delta Group.",
            &[
                (AC, BI, "partnership", "announced"),
                (AC, CM, "partnership", "announced"),
                (AC, DG, "partnership", "announced"),
            ],
        ),
        (
            "a sentence that only lists companies gives no event",
            "Acme Corp, Borealis Inc and Cirrus Motors reported higher profits on Monday.",
            &[],
        ),
        (
            "a venture owned by two companies pairs its owners",
            "The plant belongs to a joint venture owned 60 pct by Acme Corp and 40 pct by Borealis Inc.",
            &[(AC, BI, "joint_venture", "announced")],
        ),
        (
            "a relative clause names the object of a stake",
            "Borealis Inc, in which Acme Corp holds a 20 pct stake, makes trucks.",
            &[(AC, BI, "investment", "announced")],
        ),
        (
            "a company before a noun cue is its object",
            "Acme Corp paid $2 billion to evade a Borealis Inc buyout.",
            &[(AC, BI, "acquisition", "ended")],
        ),
        (
            "denial outweighs talks",
            "Acme Corp denied it was in talks with Borealis Inc.",
            &[(AC, BI, "partnership", "denied")],
        ),
        (
            "the company refers to the last subject",
            "Acme Corp makes trucks. The company has teamed up with Borealis Inc.",
            &[(AC, BI, "partnership", "announced")],
        ),
        (
            "a described object is the other company named last",
            "Borealis Inc makes trucks in Ohio. Acme Corp agreed to buy the Ohio truck maker.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a bare noun does not make a listed group partners",
            "Trusted by companies like Acme Corp, Borealis Inc and Cirrus Motors, we are the partner you want.",
            &[],
        ),
        (
            "a company and its division are no pair",
            "Acme Corp and Acme Corp Europe agreed to form a joint venture.",
            &[],
        ),
        (
            "a place adjective before the object is skipped",
            "Acme Corp has teamed up with Paris-based Borealis Inc to build vans.",
            &[(AC, BI, "partnership", "announced")],
        ),
        (
            "a name in newswire brackets is a subject",
            "<Acme Corp> said it agreed to buy Borealis Inc for 20 mln dlrs.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a stock code in parentheses after the subject is skipped",
            "Acme Corp (NYSE: ACM) agreed to buy Borealis Inc for $20 million.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a stock code in parentheses inside the object list is skipped",
            "Acme Corp is in talks with Borealis Inc (Nasdaq: BRL) and Cirrus Motors.",
            &[
                (AC, BI, "partnership", "talks"),
                (AC, CM, "partnership", "talks"),
            ],
        ),
        (
            "commas between the modifiers of a deal noun do not end the subject",
            "Acme Corp signed a two-year, 5 mln dlr, distribution agreement with Borealis Inc.",
            &[(AC, BI, "partnership", "announced")],
        ),
        (
            "a group anaphor stands for the two companies named before",
            "Acme Corp makes vans and Borealis Inc makes engines. The companies agreed to form a joint venture.",
            &[(AC, BI, "joint_venture", "announced")],
        ),
        (
            "\"all three\" stands for the three companies named before",
            "Acme Corp, Borealis Inc and Cirrus Motors make trucks. All three have teamed up to build a plant.",
            &[
                (AC, BI, "partnership", "announced"),
                (AC, CM, "partnership", "announced"),
                (BI, CM, "partnership", "announced"),
            ],
        ),
        (
            "a company modifying the object is not the object",
            "Zeta Ltd agreed to buy Acme Corp cloud security firm Borealis Inc for $1 billion.",
            &[(BI, "Zeta Ltd", "acquisition", "announced")],
        ),
        (
            "the type comes from a merger after talks",
            "Acme Corp is in talks with Borealis Inc about a merger, people familiar with the matter said.",
            &[(AC, BI, "acquisition", "talks")],
        ),
        (
            "the type comes from a joint venture after an agreement",
            "Acme Corp signed an agreement with Borealis Inc to form a joint venture in Ohio.",
            &[(AC, BI, "joint_venture", "announced")],
        ),
        (
            "a list of stocks near takeover is not paired",
            "Takeover stocks Acme Corp, Borealis Inc and Cirrus Motors rose sharply in active trading.",
            &[],
        ),
        (
            "an order of goods is no tie",
            "Acme Corp bought 20 Borealis jets for its regional routes, the airline said.",
            &[],
        ),
        (
            "a cue inside a company name does not fire",
            "Shares of Best Buy Co Inc and Acme Corp rose on Monday in active trading.",
            &[],
        ),
        (
            "\"would not\" right before the trigger denies it",
            "Acme Corp said on Monday that it would not bid for Borealis Inc at any price.",
            &[(AC, BI, "acquisition", "denied")],
        ),
        (
            "\"no intention of\" right before the trigger denies it",
            "Acme Corp said it had no intention of buying Borealis Inc.",
            &[(AC, BI, "acquisition", "denied")],
        ),
        (
            "a status cue in a later clause does not count",
            "Acme Corp agreed to buy Borealis Inc after talks with Cirrus Motors collapsed.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a status cue in a relative clause does not count",
            "Acme Corp, which rejected a bid last year, agreed to buy Borealis Inc on Monday.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a withdrawn offer is ended",
            "Acme Corp withdrew its offer for Borealis Inc on Friday.",
            &[(AC, BI, "acquisition", "ended")],
        ),
        (
            "talks that broke down are ended",
            "The talks between Acme Corp and Borealis Inc broke down in May.",
            &[(AC, BI, "partnership", "ended")],
        ),
        (
            "a conditional is not announced",
            "Analysts said that if Acme Corp were to buy Borealis Inc, prices would rise.",
            &[(AC, BI, "acquisition", "rumored")],
        ),
        (
            "a month is no hedge",
            "Acme Corp signed a research agreement with Borealis Inc on 14 May 2025.",
            &[(AC, BI, "partnership", "announced")],
        ),
        (
            "a month after 'in' is no hedge",
            "In May, Acme Corp bought Borealis Inc.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a lower-case 'may' stays a hedge beside a month",
            "Acme Corp may buy Borealis Inc in May.",
            &[(AC, BI, "acquisition", "rumored")],
        ),
        (
            "'the latter' is the company named last before it, as subject and as object",
            "Acme Corp and Borealis Inc make brakes; the latter bought Cirrus Motors. Acme Corp reported higher sales in May. Delta Group later made an offer for the latter.",
            &[
                (AC, DG, "acquisition", "announced"),
                (BI, CM, "acquisition", "announced"),
            ],
        ),
        (
            "a pattern's description slot leads to the name after it, and is no other slot's company",
            "Borealis Inc, which is 40 pct owned by the carmaker Cirrus Motors, had sales of $2 billion. Acme Corp reported higher sales. Delta Group made an offer for the company.",
            &[
                (BI, CM, "investment", "announced"),
                (AC, DG, "acquisition", "announced"),
            ],
        ),
        (
            "a group of subjects pairs within itself before 'to merge', 'it' included",
            "Acme Corp and Borealis Inc agreed to merge. Cirrus Motors said it and Delta Group plan to merge.",
            &[
                (AC, BI, "acquisition", "announced"),
                (CM, DG, "acquisition", "talks"),
            ],
        ),
        (
            "a clause opened by 'allowing' is not governed by the ending before it",
            "Acme Corp dropped its bid for Borealis Inc, allowing the latter to merge with Cirrus Motors.",
            &[
                (AC, BI, "acquisition", "ended"),
                (BI, CM, "acquisition", "announced"),
            ],
        ),
        (
            "a possessive bidder with words between it and the bid noun",
            "Analysts doubted Acme Corp's 2 bln dlr cash bid for Borealis Inc. Cirrus Motors's planned merger with Delta Group stalled.",
            &[
                (AC, BI, "acquisition", "announced"),
                (CM, DG, "acquisition", "talks"),
            ],
        ),
        (
            "the target of a possessive offer is the subject of 'rejected'",
            "Borealis Inc rejected Acme Corp's 30 dlr per share offer on Monday.",
            &[(AC, BI, "acquisition", "ended")],
        ),
        (
            "an object relative clause: Y, which X bought / in which X holds a stake",
            "Borealis Inc, which Acme Corp bought in 2019, is bigger than Delta Group, in which Cirrus Motors holds a 20 pct stake.",
            &[
                (AC, BI, "acquisition", "announced"),
                (CM, DG, "investment", "announced"),
            ],
        ),
        (
            "a relative clause after an appositive, and after an abbreviated suffix",
            "Acme Corp, a Dutch shipping firm which owns 60 pct of Borealis Inc, reported a loss. Cirrus Motors Inc., which holds 20 pct of Delta Group, grew.",
            &[
                (AC, BI, "investment", "announced"),
                ("Cirrus Motors Inc", DG, "investment", "announced"),
            ],
        ),
        (
            "a company sold to another: the deal is between seller and buyer",
            "Acme Corp sold Borealis Inc to Cirrus Motors for 40 mln dlrs on Monday.",
            &[(AC, CM, "acquisition", "announced")],
        ),
        (
            "partly or N pct owned by is a stake; 100 pct owned is a parent",
            "Borealis Inc is 46 pct owned by Acme Corp. Delta Group is 100 pct owned by Cirrus Motors.",
            &[(AC, BI, "investment", "announced")],
        ),
        (
            "a company owned in two shares is its owners' joint venture, no party",
            "The joint venture, Delta Group, will be 60 pct owned by Acme Corp and 40 pct owned by Borealis Inc.",
            &[(AC, BI, "joint_venture", "announced")],
        ),
        (
            "an appositive description before 'bought by'",
            "Borealis Inc, the storied ski maker bought by Acme Corp in 1999, will close a plant.",
            &[(AC, BI, "acquisition", "announced")],
        ),
        (
            "a name after 'the' fills a pattern slot",
            "Regulators cleared Acme Corp's proposed 40 dlr per share cash acquisition of the Borealis Exchange on Monday.",
            &[(AC, "Borealis Exchange", "acquisition", "announced")],
        ),
        (
            "a conjunct with no subject shares the first conjunct's, not its object",
            "Acme Corp bought Delta Group last year and was sold to Borealis Inc in May.",
            &[
                (AC, BI, "acquisition", "announced"),
                (AC, DG, "acquisition", "announced"),
            ],
        ),
        (
            "'and' between modifiers of a noun cue; names in round brackets",
            "Acme Corp signed a technology transfer and licensing agreement with Borealis Inc. (Cirrus Motors Inc) said it acquired (Delta Group Ltd) for cash.",
            &[
                (AC, BI, "partnership", "announced"),
                (
                    "Cirrus Motors Inc",
                    "Delta Group Ltd",
                    "acquisition",
                    "announced",
                ),
            ],
        ),
        (
            "a speaker before a bidder's offer is its target; 'Shares of Y ... it'",
            "Acme Corp said Borealis Inc's takeover offer was too low. Trading was thin. Shares of Cirrus Motors jumped on market speculation that it would be bought by Delta Group.",
            &[
                (AC, BI, "acquisition", "announced"),
                (CM, DG, "acquisition", "rumored"),
            ],
        ),
        (
            "what follows 'along with' is no object",
            "Acme Corp holds deposits of 30 mln dlrs and was acquired in 2018 along with Borealis Inc.",
            &[],
        ),
        (
            "a share of another company's stock, and a stake named before its noun",
            "Acme Corp, which owns 6.7% of Borealis Inc's shares, raised its Cirrus Motors stake to 9 pct.",
            &[
                (AC, BI, "investment", "announced"),
                (AC, CM, "investment", "announced"),
            ],
        ),
        (
            "the leader of a group named as the subject is what a later 'it' stands for",
            "A group of investment firms led by Acme Corp, a New York partnership, said it raised its stake in Borealis Inc to 9 pct.",
            &[(AC, BI, "investment", "announced")],
        ),
        (
            "a group led by a company does not make it the subject after another verb",
            "Borealis Inc said an offering of shares is under way through a group led by Acme Corp.",
            &[],
        ),
        (
            "two companies that signed an agreement, no partner after it",
            "Acme Corp and Borealis Inc said they signed an agreement to build engines.",
            &[(AC, BI, "partnership", "announced")],
        ),
        (
            "a signed agreement for one to buy the other is the purchase",
            "Acme Corp and Borealis Inc said they reached an agreement for Acme Corp to acquire Borealis Inc.",
            &[(AC, BI, "acquisition", "announced")],
        ),
    ];

    #[test]
    fn each_blocker_gives_the_events_it_should() {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let mut failures = Vec::new();
        for &(what, text, want) in CASES {
            let got = events(&extractor, text);
            let mut want: Vec<(String, String, String, String)> = want
                .iter()
                .map(|&(a, b, t, s)| (a.into(), b.into(), t.into(), s.into()))
                .collect();
            want.sort();
            if got != want {
                failures.push(format!(
                    "{what}:\n  text: {text}\n  want: {want:?}\n  got:  {got:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn pairs_per_sentence_are_capped_with_a_warning() {
        let words = [
            "Alder", "Birch", "Cedar", "Dover", "Ember", "Fulton", "Garnet", "Harbor", "Ivory",
            "Juniper",
        ];
        let names: Vec<String> = (0..100)
            .map(|i| format!("{} {} Inc", words[i % 10], words[i / 10]))
            .collect();
        let text = format!("Acme Corp is in talks with {}.", names.join(", "));
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let r = extractor.extract(&Article::from_text("t", "", &text));
        assert_eq!(r.events.len(), super::MAX_PAIRS_PER_SENTENCE);
        assert!(
            r.diagnostics.iter().any(|d| d.code == "pair-cap"),
            "{:?}",
            r.diagnostics
        );
    }

    /// Runs `f` on a finder over the resolved mentions of `text` and its
    /// first sentence.
    pub(super) fn with_finder<R>(text: &str, f: impl FnOnce(&Finder<'_>, &Sentence) -> R) -> R {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let article = Article::from_text("t", "", text);
        let a = extractor.analyze(&article);
        let res = &a.resolution;
        let finder = Finder::new(
            a.view.text(),
            &a.tokens,
            &a.lexed,
            extractor.rules(),
            &res.mentions,
            party_flags(res),
        );
        f(&finder, &a.tokens.sentences[0])
    }

    /// The first token written `w`.
    pub(super) fn tok(finder: &Finder<'_>, w: &str) -> usize {
        (0..finder.tokens.tokens.len())
            .find(|&i| finder.word(i) == w)
            .unwrap_or_else(|| panic!("no token {w:?}"))
    }

    /// The words of mention arguments; "*word" for anaphors.
    pub(super) fn names(finder: &Finder<'_>, args: &[Arg]) -> Vec<String> {
        args.iter()
            .map(|&a| match a {
                Arg::Mention(m) => arg_text(finder, a, finder.mentions[m].first, 0),
                Arg::AnaphorOne(at)
                | Arg::AnaphorTwo(at)
                | Arg::They(at)
                | Arg::Described(at)
                | Arg::Event(at) => {
                    format!("*{}", finder.word(at))
                }
            })
            .collect()
    }

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

    #[test]
    fn a_party_met_while_seeking_an_object_may_be_goods_or_a_modifier() {
        with_finder(
            "Zeta Ltd ordered 20 Acme Corp jets and talked with Borealis Inc's rival Cirrus Motors.",
            |f, sent| {
                let acme = f.party_at(tok(f, "Acme")).unwrap();
                assert!(matches!(
                    f.object_reading(acme, sent.last, f.mentions),
                    Object::Goods
                ));
                let borealis = f.party_at(tok(f, "Borealis")).unwrap();
                assert!(matches!(
                    f.object_reading(borealis, sent.last, f.mentions),
                    Object::Modifier(_)
                ));
                let cirrus = f.party_at(tok(f, "Cirrus")).unwrap();
                assert!(matches!(
                    f.object_reading(cirrus, sent.last, f.mentions),
                    Object::Party
                ));
            },
        );
    }

    #[test]
    fn an_object_list_is_joined_by_and_commas_and_as_well_as() {
        with_finder(
            "Acme Corp is in talks with Borealis Inc, Cirrus Motors as well as Delta Group.",
            |f, sent| {
                let with = tok(f, "with");
                let (got, within) = f.right(sent, with, with + 1, f.mentions, RightOpts::default());
                assert_eq!(
                    names(f, &got),
                    ["Borealis Inc", "Cirrus Motors", "Delta Group"]
                );
                assert!(!within);
                let (k, by) = f.list_joiner(tok(f, "Motors") + 1, sent.last).unwrap();
                assert_eq!((f.word(k), by), ("Delta", false));
                assert!(f.list_joiner(tok(f, "talks"), sent.last).is_none());
            },
        );
    }

    #[test]
    fn between_lets_an_object_list_pair_within_itself() {
        with_finder(
            "The venture was set up between Acme Corp and Borealis Inc.",
            |f, sent| {
                let up = tok(f, "up");
                let (got, within) = f.right(sent, up, up + 1, f.mentions, RightOpts::default());
                assert_eq!(names(f, &got), ["Acme Corp", "Borealis Inc"]);
                assert!(within);
            },
        );
    }

    #[test]
    fn a_word_may_lead_to_an_object_only_if_it_can_describe_one() {
        with_finder(
            "Acme Corp bought 5 pct of rival Borealis Inc from them.",
            |f, _| {
                assert!(f.object_lead_in(tok(f, "5"), false));
                assert!(f.object_lead_in(tok(f, "rival"), false));
                assert!(f.object_lead_in(tok(f, "from"), true));
                assert!(!f.object_lead_in(tok(f, "from"), false));
            },
        );
    }

    #[test]
    fn a_description_before_a_name_is_that_name() {
        let x = Extractor::new(crate::Rules::default_rules().unwrap());
        let pair = |text: &str| -> Vec<(String, String)> {
            events(&x, text)
                .into_iter()
                .map(|(a, b, _, _)| (a, b))
                .collect()
        };
        let acme_borealis = vec![("Acme Corp".to_string(), "Borealis SA".to_string())];
        // "the Belgian group Borealis SA" is Borealis SA, not a company named before.
        assert_eq!(
            pair(
                "Cirrus Inc made a bid. Acme Corp has teamed up with the Belgian group Borealis SA."
            ),
            acme_borealis
        );
        assert_eq!(
            pair("Acme Corp will double its stake in the Perth firm <Borealis SA> to 100 pct."),
            acme_borealis
        );
        // A description alone still stands for the company named before it.
        assert_eq!(
            pair("Borealis SA makes trucks. Acme Corp has teamed up with the Belgian group."),
            acme_borealis
        );
    }

    #[test]
    fn a_two_company_anaphor_object_pairs_the_companies_named_before_it() {
        let pairs = |text: &str| -> Vec<(String, String, String)> { typed_pairs(text) };
        assert_eq!(
            pairs("Acme Corp said holders of Borealis Inc approved a merger of the two companies."),
            vec![(
                "Acme Corp".into(),
                "Borealis Inc".into(),
                "acquisition".into()
            )]
        );
        assert_eq!(
            pairs(
                "Acme Corp said Borealis Inc will pay it royalties under a licensing agreement between the companies."
            ),
            vec![(
                "Acme Corp".into(),
                "Borealis Inc".into(),
                "partnership".into()
            )]
        );
        // The pair named in the sentence before, when none is named before
        // the anaphor in its own.
        assert_eq!(
            pairs(
                "Acme Corp and Borealis Inc reported higher profits. Holders approved a merger of the two companies."
            ),
            vec![(
                "Acme Corp".into(),
                "Borealis Inc".into(),
                "acquisition".into()
            )]
        );
        // One company, or three, named in the sentence before: no pair.
        assert_eq!(
            pairs(
                "Acme Corp reported higher profits. Holders approved a merger of the two companies."
            ),
            vec![]
        );
        assert_eq!(
            pairs(
                "Acme Corp, Borealis Inc and Cirrus Ltd reported higher profits. Holders approved a merger of the two companies."
            ),
            vec![]
        );
    }

    #[test]
    fn a_group_anaphor_subject_stands_for_a_pair_named_before_but_not_two_of_three() {
        let pairs = |text: &str| -> Vec<(String, String, String)> { typed_pairs(text) };
        let acme_borealis = |ty: &str| vec![("Acme Corp".into(), "Borealis Inc".into(), ty.into())];
        assert_eq!(
            pairs(
                "Acme Corp makes vans and Borealis Inc makes buses. The two rivals agreed to merge."
            ),
            acme_borealis("acquisition")
        );
        assert_eq!(
            pairs(
                "Acme Corp makes vans and Borealis Inc makes buses. The partners signed a supply agreement."
            ),
            acme_borealis("partnership")
        );
        // Four named before "they", in two groups: the first (the subject).
        assert_eq!(
            pairs(
                "Acme Corp and Borealis Inc repaid loans from Cirrus Ltd and Dunmore Inc on Monday. Analysts said they would form a joint venture."
            ),
            acme_borealis("joint_venture")
        );
        // Three named before "the two airlines": which two is not said.
        assert_eq!(
            pairs(
                "Acme Corp, Borealis Inc and Cirrus Ltd fly to Dublin. The two airlines formed a joint venture."
            ),
            vec![]
        );
        // Its own sentence: the named group before "they", not the last
        // two names (Cirrus Ltd stands in an apposition).
        assert_eq!(
            pairs(
                "Acme Corp and Borealis Inc, parent of Cirrus Ltd, said they agreed to form a joint venture."
            ),
            acme_borealis("joint_venture")
        );
    }
}
