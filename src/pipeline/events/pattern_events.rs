//! Stage 7, pattern events: the events of `[[pattern]]` rule matches.

use super::*;

/// Adds the events of every pattern match to `sink`; a match of a pattern
/// that states no tie (`pairs = []`) goes to `dropped`; a match that
/// continues an earlier sentence's event is read with it, or waits in
/// `cont` for the ties of the whole article. Returns the token ranges
/// `(first, last, pattern)` of the matches read, in text order (trigger
/// cues inside them are not read again).
pub(super) fn pattern_events(
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
pub(super) fn role_entities(
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
pub(super) fn match_events(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    sink: &mut Sink,
    dropped: &mut Vec<DroppedCue>,
    s: usize,
    m: &patterns::PatternMatch,
    event: &[usize],
) {
    let toks = &finder.tokens.tokens;
    let sent = &finder.tokens.sentences[s];
    let rule = &finder.rules.pattern_rules[m.pattern];
    let (status, status_rule) = match_status(finder, m);
    let slots = slot_texts(finder, ana, m, event);
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

/// The status of the match `m`: the status cue that governs its anchor
/// (and that cue's id), else its rule's status.
fn match_status(finder: &Finder<'_>, m: &patterns::PatternMatch) -> (Status, Option<String>) {
    let rule = &finder.rules.pattern_rules[m.pattern];
    let governing = status::governing(
        finder.text,
        finder.tokens,
        finder.lexed,
        finder.rules,
        (m.anchor, m.anchor + 1),
        &|k| finder.party_at(k).is_some(),
    );
    match governing {
        Some(st) => (st.status, Some(st.meta.id.clone())),
        None => (rule.status, None),
    }
}

/// (role, words) of every filled slot of the match `m`, in pattern order;
/// an `{x:event}` slot gives the names of `event`'s companies.
fn slot_texts(
    finder: &Finder<'_>,
    ana: &Anaphora<'_>,
    m: &patterns::PatternMatch,
    event: &[usize],
) -> Vec<(String, String)> {
    let rule = &finder.rules.pattern_rules[m.pattern];
    m.slots
        .iter()
        .map(|&(r, arg, first, last)| {
            let text = match arg {
                Arg::Event(_) => continuation::describe(ana.res, event),
                _ => arg_text(finder, arg, first, last),
            };
            (rule.compiled.roles[r].clone(), text)
        })
        .collect()
}

/// The words that filled a slot: the mention, else the slot's tokens, else
/// the anaphor's first word.
pub(super) fn arg_text(finder: &Finder<'_>, arg: Arg, first: usize, last: usize) -> String {
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

/// "LeEco" and "LeEco Super Car": a company and its own division.
pub(super) fn is_division(a: &str, b: &str) -> bool {
    let starts = |long: &str, short: &str| {
        long.len() > short.len() && long.starts_with(short) && long[short.len()..].starts_with(' ')
    };
    starts(a, b) || starts(b, a)
}
