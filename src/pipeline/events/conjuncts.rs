//! Argument search across "and", round brackets and speech verbs: the
//! finder's readings of a few constructions that hide a party from the plain
//! leftward and rightward searches.
//!
//! - "X sold its plant and agreed to supply Y": the second conjunct has no
//!   subject of its own, so it shares the sentence's ([`And::SharedSubject`]).
//! - "a technology transfer and licensing agreement with Y": "and" joins two
//!   modifiers of the cue's noun, not two clauses ([`And::Compound`]).
//! - "(Acme Inc) said it acquired (Borealis Inc)": a name in round brackets,
//!   as some newswires write unlisted companies.
//! - "Y said X's takeover offer was too low": the speaker is the target.

use super::{Finder, Sentence};
use crate::pipeline::segment::TokKind;
use crate::pipeline::spot::Mention;
use crate::rules::{ListKind, Rules};

/// How an "and" met while seeking a cue's subject leftwards reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum And {
    /// It joins two clauses; the search stops.
    Clause,
    /// The cue's clause starts right after it with a verb: its subject is
    /// the sentence's ("... and was sold to Y").
    SharedSubject,
    /// It joins two modifiers of a noun cue ("research and development
    /// agreement"); the search goes on.
    Compound,
}

/// A cue word shaped like a finite or bare verb ("acquired", "bought",
/// "sells": rules/conjunct-cue-verbs.txt), not a noun ("agreement",
/// "licensing").
fn verb_shaped(rules: &Rules, w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4) || rules.is_cue("conjunct-cue-verbs", w)
}

impl Finder<'_> {
    /// Whether the word at token `k` opens a predicate: an auxiliary, a verb
    /// of agreeing or a verb-shaped word ("agreed", "will", "bought"), or a
    /// speech verb. A name right before it is a clause's subject ("..., and
    /// Broxley Inc agreed to buy").
    pub(super) fn opens_predicate(&self, k: usize) -> bool {
        if k >= self.tokens.tokens.len() || !self.lower_word(k) {
            return false;
        }
        let w = self.lower(k);
        self.rules.is_cue("conjunct-predicate-openers", &w)
            || verb_shaped(self.rules, &w)
            || self.lexed.is(k, ListKind::SpeechVerb)
    }

    /// How the "and" at token `i` reads for the subject search of the cue
    /// starting at token `cue`.
    pub(super) fn and_reading(&self, sent: &Sentence, i: usize, cue: usize) -> And {
        let toks = &self.tokens.tokens;
        if i <= sent.first + 1 || i + 1 > cue || toks[i - 1].kind == TokKind::Possessive {
            return And::Clause;
        }
        let next = self.lower(i + 1);
        let before = self.lower(i - 1);
        // "X bought A and acquired B": a verb cue right after "and" opens a
        // second predicate of the sentence's subject, whatever ends the first.
        if i + 1 == cue && verb_shaped(self.rules, &next) && self.party_at(i - 1).is_some() {
            return And::SharedSubject;
        }
        // "A and B agreed": a company before "and" is a list, read elsewhere.
        if self.party_at(i - 1).is_some() || !self.lower_word(i - 1) {
            return And::Clause;
        }
        // A predicate opener (rules/conjunct-predicate-openers.txt).
        if self.rules.is_cue("conjunct-predicate-openers", &next)
            || (i + 1 == cue && verb_shaped(self.rules, &next))
        {
            return And::SharedSubject;
        }
        let plain = |w: &str| {
            !self.is_word(w, ListKind::ClauseWord)
                && !self.is_word(w, ListKind::ObjectStop)
                && !matches!(w, "it" | "its" | "they" | "their" | "them")
        };
        if i + 1 == cue && self.lower_word(i + 1) && plain(&before) && plain(&next) {
            return And::Compound;
        }
        // "a distribution and technology exchange pact with Y", "a
        // distribution and share-purchase agreement with Y": a short run of
        // noun modifiers between "and" and a noun cue.
        if plain(&before) && self.modifier_run(i + 1, cue, &plain) {
            return And::Compound;
        }
        And::Clause
    }

    /// Whether tokens `from..cue` are one to three lower-case words, none
    /// shaped like a verb nor a determiner ("computer and a joint venture":
    /// two noun phrases), joined by nothing or a hyphen, and the cue word
    /// at `cue` is no verb either ("technology exchange" before "pact").
    fn modifier_run(&self, from: usize, cue: usize, plain: &dyn Fn(&str) -> bool) -> bool {
        let toks = &self.tokens.tokens;
        if cue <= from || cue - from > 5 || verb_shaped(self.rules, &self.lower(cue)) {
            return false;
        }
        let mut words = 0;
        for (k, tok) in toks.iter().enumerate().take(cue).skip(from) {
            if tok.is_punct('-') && k > from && k + 1 < cue {
                continue;
            }
            let w = self.lower(k);
            let determiner = matches!(w.as_str(), "a" | "an" | "the" | "this" | "that" | "any");
            if !self.lower_word(k) || !plain(&w) || determiner || verb_shaped(self.rules, &w) {
                return false;
            }
            words += 1;
        }
        (1..=3).contains(&words)
    }

    /// The subject a conjunct with none of its own shares, seeking left from
    /// its "and" at token `and`: the nearest party that stands as a subject
    /// (at the clause start: after the sentence start, a dateline dash, a
    /// comma or "that"), or a pronoun "it"; parties after a lower-case word
    /// are the first conjunct's objects ("X bought Pardo Inc and acquired
    /// Y"). None past a clause word or a speech verb ("the group said that
    /// talks with Y were called off and ...": not Y).
    pub(super) fn shared_subject(
        &self,
        sent: &Sentence,
        and: usize,
        mentions: &[Mention],
    ) -> Option<super::Arg> {
        let toks = &self.tokens.tokens;
        let floor = sent.first.max(and.saturating_sub(40));
        let mut k = and;
        while k > floor {
            let w = self.lower(k - 1);
            if let Some(m) = self.party_ending(k) {
                let first = mentions[m].first;
                if self.opens_clause(sent, first) {
                    return Some(super::Arg::Mention(m));
                }
                k = first;
                continue;
            }
            match toks[k - 1].kind {
                TokKind::Word if w == "it" => return Some(super::Arg::AnaphorOne(k - 1)),
                TokKind::Word
                    if self.is_word(&w, ListKind::ClauseWord)
                        || self.lexed.is(k - 1, ListKind::SpeechVerb) =>
                {
                    return None;
                }
                TokKind::Punct('.' | ';' | ':' | '?' | '!') => return None,
                _ => {}
            }
            k -= 1;
        }
        None
    }

    /// Whether a name starting at token `first` opens a clause: the sentence
    /// start, a dateline dash, "that", or a comma after no party (brackets
    /// around the name stepped over).
    fn opens_clause(&self, sent: &Sentence, mut first: usize) -> bool {
        let toks = &self.tokens.tokens;
        while first > sent.first && (toks[first - 1].is_punct('<') || toks[first - 1].is_punct('('))
        {
            first -= 1;
        }
        if first == sent.first {
            return true;
        }
        let t = toks[first - 1];
        match t.kind {
            TokKind::Punct('-') | TokKind::Punct('"') => true,
            TokKind::Punct(',') => {
                first >= sent.first + 2
                    && self.party_ending(first - 1).is_none()
                    && !toks[first - 2].is_punct('>')
                    && !toks[first - 2].is_punct(')')
            }
            TokKind::Word => self.lower(first - 1) == "that",
            _ => false,
        }
    }

    /// The party in round brackets whose closing bracket is token `close`:
    /// "(Borealis Inc)".
    pub(super) fn paren_party_closing(&self, close: usize, mentions: &[Mention]) -> Option<usize> {
        let toks = &self.tokens.tokens;
        if !toks.get(close)?.is_punct(')') {
            return None;
        }
        let m = self.party_ending(close)?;
        let first = mentions[m].first;
        // Two words at least: "(ITJ)", "(SaaS)" abbreviate what stands before.
        (first > 0 && toks[first - 1].is_punct('(') && close >= first + 2).then_some(m)
    }

    /// Whether the round bracket at `open` holds just a party of two words
    /// or more: "(Borealis Inc)".
    pub(super) fn paren_party_opening(&self, open: usize, mentions: &[Mention]) -> bool {
        let toks = &self.tokens.tokens;
        toks.get(open).is_some_and(|t| t.is_punct('('))
            && self.party_at(open + 1).is_some_and(|m| {
                let mm = &mentions[m];
                mm.first == open + 1
                    && mm.last >= mm.first + 2
                    && toks.get(mm.last).is_some_and(|t| t.is_punct(')'))
            })
    }

    /// Whether token `j` opens "along with" or "together with": what follows
    /// shares the cue's object role, it is not the object.
    pub(super) fn co_object(&self, j: usize) -> bool {
        matches!(self.lower(j).as_str(), "along" | "together")
            && j + 1 < self.tokens.tokens.len()
            && self.lower(j + 1) == "with"
    }

    /// "Y said X's takeover offer was too low": the party that speaks right
    /// before the possessive subject `subject` of a bid (through "that").
    pub(super) fn speaker_before(
        &self,
        sent: &Sentence,
        subject: usize,
        mentions: &[Mention],
    ) -> Option<usize> {
        let toks = &self.tokens.tokens;
        let m = &mentions[subject];
        if toks
            .get(m.last)
            .is_none_or(|t| t.kind != TokKind::Possessive)
        {
            return None;
        }
        let mut k = m.first;
        if k > sent.first && self.lower(k - 1) == "that" {
            k -= 1;
        }
        if k <= sent.first + 1 || !self.lexed.is(k - 1, ListKind::SpeechVerb) {
            return None;
        }
        let end = self.skip_ticker_back(k - 1, sent.first);
        self.party_ending(end).filter(|&o| o != subject)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{tok, with_finder};
    use super::*;

    /// The cue's token and the nearest "and" before it.
    fn and_before(f: &Finder<'_>, sent: &Sentence, cue: &str) -> (usize, usize) {
        let c = tok(f, cue);
        let i = (sent.first..c)
            .rev()
            .find(|&k| f.lower(k) == "and")
            .unwrap();
        (i, c)
    }

    fn reading(text: &str, cue: &str) -> And {
        with_finder(text, |f, sent| {
            let (i, c) = and_before(f, sent, cue);
            f.and_reading(sent, i, c)
        })
    }

    #[test]
    fn and_before_a_verb_shares_the_subject_and_between_modifiers_goes_on() {
        let shared = "Orlov Dynamics Inc sold its plant and agreed to supply Kestrel Bio Inc.";
        assert_eq!(reading(shared, "supply"), And::SharedSubject);
        let passive = "Zentrix Corp filed for bankruptcy and was sold to Kestrel Bio Inc.";
        assert_eq!(reading(passive, "sold"), And::SharedSubject);
        let compound =
            "Orlov Inc signed a technology transfer and licensing agreement with Kestrel Inc.";
        assert_eq!(reading(compound, "licensing"), And::Compound);
        let list = "Orlov Inc and Kestrel Inc agreed to merge.";
        assert_eq!(reading(list, "merge"), And::Clause);
    }

    #[test]
    fn and_before_a_short_modifier_run_of_a_noun_cue_goes_on() {
        let run = "Orlov Inc signed a distribution and technology exchange pact with Kestrel Inc.";
        assert_eq!(reading(run, "pact"), And::Compound);
        let hyphen = "Orlov Inc signed a distribution and share-purchase pact with Kestrel Inc.";
        assert_eq!(reading(hyphen, "pact"), And::Compound);
        // "a computer and a joint venture": two noun phrases.
        let phrases = "Orlov Inc built a computer and a joint venture with Kestrel Inc.";
        assert_eq!(reading(phrases, "joint"), And::Clause);
        let verb = "Orlov Inc cut costs and quickly signed a pact with Kestrel Inc.";
        assert_ne!(reading(verb, "pact"), And::Compound);
    }

    fn shared(text: &str, cue: &str) -> Option<String> {
        with_finder(text, |f, sent| {
            let (i, _) = and_before(f, sent, cue);
            f.shared_subject(sent, i, f.mentions).map(|a| match a {
                super::super::Arg::Mention(m) => f.word(f.mentions[m].first).to_string(),
                _ => "*".to_string(),
            })
        })
    }

    #[test]
    fn the_shared_subject_is_the_first_conjuncts_not_its_object() {
        let objects = "Orlov Dynamics Inc bought Pardo Inc last year and acquired Kestrel Bio Inc.";
        assert_eq!(shared(objects, "acquired").as_deref(), Some("Orlov"));
        let pronoun = "Orlov Inc said it sold its plant and agreed to supply Kestrel Inc.";
        assert_eq!(shared(pronoun, "supply").as_deref(), Some("*"));
        let reported = "The group said that talks with Pardo Inc were called off and agreed to buy Kestrel Inc.";
        assert_eq!(shared(reported, "buy"), None);
    }

    #[test]
    fn a_name_in_round_brackets_and_a_speaker_before_a_possessive_bidder() {
        with_finder(
            "(Orlov Inc) said it acquired (Kestrel Inc) of (KBI).",
            |f, _| {
                let open = tok(f, "Kestrel") - 1;
                assert!(f.paren_party_opening(open, f.mentions));
                assert!(!f.paren_party_opening(open + 1, f.mentions));
                assert!(!f.paren_party_opening(tok(f, "KBI") - 1, f.mentions));
            },
        );
        with_finder(
            "Kestrel Inc said Orlov Inc's takeover offer was too low.",
            |f, sent| {
                let bidder = f.party_at(tok(f, "Orlov")).unwrap();
                let target = f.speaker_before(sent, bidder, f.mentions).unwrap();
                assert_eq!(f.mentions[target].first, tok(f, "Kestrel"));
            },
        );
    }
}
