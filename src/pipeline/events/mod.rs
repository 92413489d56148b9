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
//!
//! Submodules, in the order a sentence is read:
//! - `promote`: slot promotion before resolution ([`promote_slots`]).
//! - `cue`: one trigger cue, its vetoes, event type and status.
//! - `status` / `types`: the status cues and clause types of one trigger.
//! - `finder`: the argument finder's word look-ups (appositives, brackets,
//!   tickers, descriptive words).
//! - `subject` / `object`: the subject search leftwards and the object
//!   search rightwards; `conjuncts`, `appositions`, `modifier_pp`, `goods`,
//!   `owned`, `labour`, `service`, `named_as`: what those searches step over
//!   or set aside.
//! - `rating`: a rating agency is no party of the deals it reports.
//! - `anaphora` / `groups`: what "it", "the company", "the two companies" stand for.
//! - `pairs`: subjects x objects give pairs; the `Sink` and `settle`.
//! - `patterns` / `pattern_events` / `continuation`: `[[pattern]]` matches
//!   and the events they give.
//! - `fallback`: a deal sentence with no trigger argument read.
//! - `tests` / `test_support`: unit tests of whole sentences and the searches.

use hashbrown::HashSet;

use crate::pipeline::lexicon::{Lexed, Span, TokenWords};
use crate::pipeline::read::Diagnostic;
use crate::pipeline::resolve::Resolution;
use crate::pipeline::segment::{Lower, Sentence, TokKind, Tokens};
use crate::pipeline::spot::{Kind, Mention};
use crate::rules::{EventType, ListKind, Payload, Rules, Status, Trigger};

mod anaphora;
mod appositions;
mod conjuncts;
mod continuation;
mod cue;
mod fallback;
mod finder;
mod goods;
mod groups;
mod labour;
mod list_appositives;
mod modifier_pp;
mod named_as;
mod object;
mod owned;
mod pairs;
mod pattern_events;
mod patterns;
mod promote;
mod rating;
mod service;
mod status;
mod subject;
#[cfg(test)]
mod test_support;
mod types;

use anaphora::*;
use cue::*;
use object::*;
use pairs::*;
use pattern_events::*;
use subject::*;

pub use pairs::MAX_PAIRS_PER_SENTENCE;
pub use promote::promote_slots;

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
    drop_non_parties(&finder, res, &mut events, &mut dropped);
    settle(
        &mut events,
        |id| rules.reopens(id),
        |x| status::told_as_past(text, tokens, rules, x.sentence),
    );
    drop_place_tails(text, tokens, rules, res, &is_party, &mut events);
    (events, dropped, diagnostics)
}

/// Drops the ties of companies that are no parties of them: service
/// providers, rating agencies (recorded in `dropped`), a unit with its
/// owner, and makers of goods.
fn drop_non_parties(
    finder: &Finder<'_>,
    res: &Resolution,
    events: &mut Vec<Event>,
    dropped: &mut Vec<DroppedCue>,
) {
    service::drop_service_ties(finder, res, events);
    rating::drop_rater_ties(finder, res, events, dropped);
    owned::drop_owner_unit_pairs(finder, res, events);
    goods::drop_goods_makers(finder, res, events);
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

#[cfg(test)]
mod tests;
