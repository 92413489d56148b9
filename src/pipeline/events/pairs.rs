//! Stage 7, pair building: subjects x objects give the company pairs; the
//! [`Sink`] collects them per sentence (capped) and `settle` merges the
//! evidence of each pair across sentences.

use super::*;

/// The entity pairs a cue ties, from its subjects (`left`) and objects
/// (`right`); `within`: the parties are the object list ("a joint venture
/// of X and Y", "owned 60 pct by X and 40 pct by Y"); `self_pairing`: a
/// named group of subjects may pair within itself. Errs with why no pair.
pub(super) fn party_pairs(
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
pub(super) fn add_pairs(
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
pub(super) fn subject_args(finder: &Finder<'_>, cue: &Cue<'_>) -> (Vec<Arg>, Option<Arg>) {
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
/// None when a bare plural group anaphor is no subject of the cue
/// ([`bare_group_subject`]).
pub(super) fn subjects(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    cue: &Cue<'_>,
    args: &[Arg],
) -> Vec<usize> {
    let bare_group_aside = args.iter().any(|a| {
        matches!(*a, Arg::AnaphorTwo(at)
            if stated_size(finder, at).is_none()
                && !bare_group_subject(finder, cue.sent, at, cue.first))
    });
    if bare_group_aside {
        return Vec::new();
    }
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
pub(super) fn object_args(
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
pub(super) fn settle(
    events: &mut [Event],
    reopens: impl Fn(&str) -> bool,
    dated: impl Fn(&Evidence) -> bool,
) {
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

/// At most this many company pairs a sentence: a sentence listing thousands
/// of names ("in talks with A, B, C, ...") would otherwise copy itself once
/// per pair into the output. The pairs found first are kept, and the record
/// gets a `pair-cap` warning.
pub const MAX_PAIRS_PER_SENTENCE: usize = 64;

/// Collects evidence into events: one event per pair, one evidence per
/// sentence, at most [`MAX_PAIRS_PER_SENTENCE`] pairs a sentence.
#[derive(Default)]
pub(super) struct Sink {
    pub(super) events: Vec<Event>,
    pub(super) index: hashbrown::HashMap<(usize, usize), usize>,
    /// (parties, sentence) -> where that sentence's evidence stands in the
    /// pair's event (a pair named in every sentence of a long article
    /// would otherwise be searched evidence by evidence: quadratic).
    pub(super) evidence_at: hashbrown::HashMap<((usize, usize), usize), usize>,
    /// (sentence, pairs it gave) of the sentence being read.
    pub(super) current: (usize, usize),
    /// Sentences that hit the cap.
    pub(super) capped: Vec<usize>,
}

impl Sink {
    pub(super) fn add(&mut self, parties: (usize, usize), ev: Evidence) {
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

    pub(super) fn finish(self) -> (Vec<Event>, Vec<Diagnostic>) {
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
pub(super) fn deal_noun_type(
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

pub(super) fn all_pairs(group: &[usize], out: &mut Vec<(usize, usize)>) {
    for (i, &a) in group.iter().enumerate() {
        for &b in &group[i + 1..] {
            out.push((a, b));
        }
    }
}

/// Specificity of a type: an acquisition or joint venture says more than a partnership.
pub(super) fn type_rank(t: EventType) -> u8 {
    match t {
        EventType::Partnership => 0,
        EventType::Investment => 1,
        EventType::JointVenture => 2,
        EventType::Acquisition => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
