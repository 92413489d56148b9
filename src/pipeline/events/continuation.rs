//! Stage 7, continuation: an event that later sentences go on stating
//! without naming its company again ("Kestrel Bio has raised $40 million. The
//! round was led by Orlov Ventures. Existing investors Halberd Fund and Corvid
//! Labs also participated.").
//!
//! A pattern with an `{x:event}` slot (`rules/patterns.toml`) refers back to
//! an event of its own type stated in its sentence or in the [`MAX_EVENT_REACH`](crate::rules::pattern::MAX_EVENT_REACH)
//! sentences before (fewer when the pattern's `reach` says so); the nearest
//! one wins:
//! - for an investment, the company that got the money (unless a sentence
//!   in between has another company as its subject): role `target` of an
//!   investment match ("X raised $40 million", "a round led by A in X"); a
//!   pattern with an event slot and `pairs = []` only opens such an event
//!   (it states no tie and claims no words);
//! - for the other types, every party of the ties of that type (partnership
//!   and joint venture count as one kind) in the nearest sentence holding
//!   one ("X and Y formed an alliance. Z will also join the alliance.").
//!
//! An investment match is read in its turn (rounds come from patterns only);
//! a match of another type after every other cue of the article, in text
//! order, and its words are not claimed (a trigger cue inside is read too).
//! A match that finds no event gives nothing and claims nothing. Each one
//! that finds its event keeps that event open for the sentences after it,
//! with the parties it added. Cost: one look-up over at most
//! [`MAX_EVENT_REACH`](crate::rules::pattern::MAX_EVENT_REACH) + 1 sentences per such match, plus one pass over the article's
//! evidence when it holds one.

use super::patterns::PatternMatch;
use super::{Anaphora, Arg, DroppedCue, Finder, Sink, match_events, role_entities};
use crate::pipeline::resolve::Resolution;
use crate::rules::EventType;
use hashbrown::HashMap;

/// The events later sentences may continue, and the matches that wait for
/// them.
#[derive(Default)]
pub(super) struct Continuation {
    /// (sentence, first token, companies): the funded companies of
    /// investment matches, in text order.
    rounds: Vec<(usize, usize, Vec<usize>)>,
    /// The same for the continuing matches that found their round (kept open).
    kept: Vec<(usize, usize, Vec<usize>)>,
    /// Matches with an event slot that state ties: (sentence, match).
    waiting: Vec<(usize, PatternMatch)>,
}

impl Continuation {
    /// Reads match `m` of sentence `s`: `Some(event)` when it is to be read
    /// now, with what its event slot stands for (nothing for a match without
    /// one; an investment match notes the round it states). `None` when it
    /// continues no event (in `dropped`) or waits for the ties of the whole
    /// article ([`Continuation::finish`]): its words are not claimed.
    pub(super) fn take(
        &mut self,
        finder: &Finder<'_>,
        ana: &Anaphora<'_>,
        s: usize,
        m: &PatternMatch,
        dropped: &mut Vec<DroppedCue>,
    ) -> Option<Vec<usize>> {
        let rule = &finder.rules.pattern_rules[m.pattern];
        let investment = rule.event_type == EventType::Investment;
        let event_slot = has_event_slot(m);
        if !event_slot || rule.pairs.is_empty() {
            if investment && let Some(r) = rule.compiled.roles.iter().position(|x| x == "target") {
                let funded = role_entities(finder, ana, s, m, r, &[]);
                if !funded.is_empty() {
                    self.rounds.push((s, m.first, funded));
                }
            }
            if event_slot {
                // Opens a round only: states no tie and claims no words.
                dropped.push(dropped_cue(
                    finder,
                    s,
                    m,
                    "opens an event that later sentences may continue".into(),
                ));
                return None;
            }
            return Some(Vec::new());
        }
        if !investment {
            self.waiting.push((s, m.clone()));
            return None;
        }
        let event = self.round_before(ana, s, m.first, rule.reach);
        if event.is_empty() {
            dropped.push(no_event(finder, s, m));
            return None;
        }
        self.kept.push((s, m.first, event.clone()));
        Some(event)
    }

    /// Reads the waiting matches (other types than investment) against the
    /// ties in `sink`, in text order; their words were not claimed, so a
    /// trigger cue inside them was read too.
    pub(super) fn finish(
        self,
        finder: &Finder<'_>,
        ana: &Anaphora<'_>,
        sink: &mut Sink,
        dropped: &mut Vec<DroppedCue>,
    ) {
        if self.waiting.is_empty() {
            return;
        }
        let mut ties = ties_by_sentence(sink);
        for (s, m) in self.waiting {
            let rule = &finder.rules.pattern_rules[m.pattern];
            let t = rule.event_type;
            let event = tie_before(&ties, s, t, rule.reach);
            if event.is_empty() {
                dropped.push(no_event(finder, s, &m));
                continue;
            }
            match_events(finder, ana, sink, dropped, s, &m, &event);
            let mut parties = event;
            for r in 0..rule.compiled.roles.len() {
                parties.extend(role_entities(finder, ana, s, &m, r, &[]));
            }
            ties.entry(s).or_default().push((t, parties));
        }
    }

    /// The companies of the nearest round opened before token `first` of
    /// sentence `s`, back to `reach` sentences, unless a sentence in
    /// between has another company as its subject (the story moved on).
    fn round_before(&self, ana: &Anaphora<'_>, s: usize, first: usize, reach: usize) -> Vec<usize> {
        let (at, funded) = self.nearest_round(s, first, reach);
        let moved_on =
            (at + 1..s).any(|k| ana.subjects[k].is_some_and(|(_, e)| !funded.contains(&e)));
        if moved_on { Vec::new() } else { funded }
    }

    /// The sentence and companies of the nearest round opened before token
    /// `first` of sentence `s`, back to `reach` sentences.
    fn nearest_round(&self, s: usize, first: usize, reach: usize) -> (usize, Vec<usize>) {
        let nearest = |list: &[(usize, usize, Vec<usize>)]| {
            list.iter()
                .filter(|(s2, f2, _)| (*s2, *f2) < (s, first) && s2 + reach >= s)
                .max_by_key(|(s2, f2, _)| (*s2, *f2))
                .cloned()
        };
        match (nearest(&self.rounds), nearest(&self.kept)) {
            (Some(a), Some(b)) => {
                if (b.0, b.1) >= (a.0, a.1) {
                    (b.0, b.2)
                } else {
                    (a.0, a.2)
                }
            }
            (Some(x), None) | (None, Some(x)) => (x.0, x.2),
            (None, None) => (s, Vec::new()),
        }
    }
}

/// Whether an `{x:event}` slot of match `m` stands for an earlier event.
pub(super) fn has_event_slot(m: &PatternMatch) -> bool {
    m.slots.iter().any(|x| matches!(x.1, Arg::Event(_)))
}

/// The parties of the ties of each sentence, with their type (investments
/// left out: their funded side is not known from the pair).
fn ties_by_sentence(sink: &Sink) -> HashMap<usize, Vec<(EventType, Vec<usize>)>> {
    let mut out: HashMap<usize, Vec<(EventType, Vec<usize>)>> = HashMap::new();
    for e in &sink.events {
        for ev in &e.evidence {
            if ev.event_type != EventType::Investment {
                out.entry(ev.sentence)
                    .or_default()
                    .push((ev.event_type, vec![e.parties.0, e.parties.1]));
            }
        }
    }
    out
}

/// Whether a tie of type `had` is an event a pattern of type `t` continues.
fn continues(t: EventType, had: EventType) -> bool {
    let mutual = |x| matches!(x, EventType::Partnership | EventType::JointVenture);
    t == had || (mutual(t) && mutual(had))
}

/// Every party of the ties a pattern of type `t` continues in the nearest
/// sentence holding one, from `s` back to `reach` sentences.
fn tie_before(
    ties: &HashMap<usize, Vec<(EventType, Vec<usize>)>>,
    s: usize,
    t: EventType,
    reach: usize,
) -> Vec<usize> {
    for s2 in (s.saturating_sub(reach)..=s).rev() {
        let mut parties: Vec<usize> = ties
            .get(&s2)
            .into_iter()
            .flatten()
            .filter(|(had, _)| continues(t, *had))
            .flat_map(|(_, p)| p.iter().copied())
            .collect();
        if !parties.is_empty() {
            parties.sort_unstable();
            parties.dedup();
            return parties;
        }
    }
    Vec::new()
}

/// For `explain`: match `m` of sentence `s` found no event to continue.
fn no_event(finder: &Finder<'_>, s: usize, m: &PatternMatch) -> DroppedCue {
    let reach = finder.rules.pattern_rules[m.pattern].reach;
    let reason = match reach {
        0 => "no event of its type in this sentence to continue".to_string(),
        1 => "no event of its type in this sentence or the one before to continue".to_string(),
        n => format!("no event of its type in this sentence or the {n} before to continue"),
    };
    dropped_cue(finder, s, m, reason)
}

/// For `explain`: match `m` of sentence `s` gave no event, for `reason`.
fn dropped_cue(finder: &Finder<'_>, s: usize, m: &PatternMatch, reason: String) -> DroppedCue {
    let toks = &finder.tokens.tokens;
    DroppedCue {
        sentence: s,
        trigger: finder.text[toks[m.first].start..toks[m.last.max(m.first + 1) - 1].end]
            .to_string(),
        rule: finder.rules.pattern_rules[m.pattern].meta.id.clone(),
        reason,
    }
}

/// What an event slot stood for, for the evidence: the companies' names.
pub(super) fn describe(res: &Resolution, event: &[usize]) -> String {
    if event.is_empty() {
        return "(an earlier event)".into();
    }
    let names: Vec<&str> = event
        .iter()
        .map(|&e| res.entities[e].name.as_str())
        .collect();
    format!("{} (an earlier event)", names.join(" / "))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::typed_pairs as pairs;

    fn p(a: &str, b: &str, t: &str) -> (String, String, String) {
        (a.to_string(), b.to_string(), t.to_string())
    }

    #[test]
    fn later_sentences_name_the_investors_of_a_round() {
        assert_eq!(
            pairs(
                "Kestrel Bio Inc has raised $40 million in a Series B round. The round was led by Orlov Capital. Existing investors Halberd Fund and Corvid Ventures also participated."
            ),
            vec![
                p("Corvid Ventures", "Kestrel Bio Inc", "investment"),
                p("Halberd Fund", "Kestrel Bio Inc", "investment"),
                p("Kestrel Bio Inc", "Orlov Capital", "investment"),
            ]
        );
    }

    #[test]
    fn no_round_before_or_the_story_moved_on_gives_nothing() {
        // No round: the words stay free for the trigger cue "invested in".
        assert_eq!(
            pairs("Orlov Capital, which also invested in Kestrel Bio Inc, was founded in 1995."),
            vec![p("Kestrel Bio Inc", "Orlov Capital", "investment")]
        );
        assert_eq!(
            pairs(
                "Kestrel Bio Inc raised $40 million last year. Brightwell Foods Ltd reported higher sales. Halberd Fund and Corvid Ventures also participated."
            ),
            vec![]
        );
    }

    #[test]
    fn a_company_joining_an_alliance_pairs_with_its_parties() {
        assert_eq!(
            pairs(
                "Harlow Motors Corp announced a partnership with Kelsey Cells Inc on Monday. Renfrew Automotive Ltd will also join the alliance."
            ),
            vec![
                p("Harlow Motors Corp", "Kelsey Cells Inc", "partnership"),
                p(
                    "Harlow Motors Corp",
                    "Renfrew Automotive Ltd",
                    "partnership"
                ),
                p("Kelsey Cells Inc", "Renfrew Automotive Ltd", "partnership"),
            ]
        );
    }
}
