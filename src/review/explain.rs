//! The trace behind `tieup explain`: one article's [`Analysis`] as text for
//! a person (per sentence the spans found and the rule behind each, the
//! candidates dropped with the reason, the events with every piece of
//! evidence), optionally coloured with ANSI codes.
//!
//! Takes an analysis and the rules it was made with; gives a `String`.
//! Guarantees: linear in the article (everything is grouped by sentence
//! once), and the text is the same whatever the colour setting apart from
//! the escape codes.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::Analysis;
use crate::pipeline::spot::Kind;
use crate::rules::{ListKind, Payload, Rules};

pub use super::ansi::Style;
use super::ansi::{BLUE, BOLD, DIM, YELLOW};

const COMPANY: &str = "1;32";
const PERSON: &str = "1;36";
const TITLE: &str = YELLOW;
const TRIGGER: &str = "1;35";
const STATUS: &str = BLUE;

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// One highlighted stretch of a sentence.
struct Mark {
    start: usize,
    end: usize,
    style: &'static str,
    line: String,
}

/// What the printers share: the analysis, entity ids and event numbers as
/// in the output record, and per sentence the indexes of everything that
/// falls in it (so that printing is linear in the article).
struct Report<'r, 'a> {
    a: &'r Analysis<'a>,
    rules: &'r Rules,
    st: &'r Style,
    /// Entity ids (`c1`, `p1`, ...), indexed like the resolution.
    ids: Vec<String>,
    /// Events in output order: by first evidence, then parties.
    event_order: Vec<usize>,
    /// Per event: its number in the output (1-based).
    event_no: Vec<usize>,
    /// Per resolved-mention token: the first resolved mention covering it.
    cover: Vec<usize>,
    /// Resolved mentions as token ranges.
    kept: HashSet<(usize, usize)>,
    by_sentence: Buckets,
}

/// Per sentence, indexes into the analysis' lists.
struct Buckets {
    mentions: Grouped<usize>,
    spotted: Grouped<usize>,
    names: Grouped<usize>,
    triggers: Grouped<usize>,
    statuses: Grouped<usize>,
    dropped_cues: Grouped<usize>,
    /// (event, evidence) in output event order.
    evidence: Grouped<(usize, usize)>,
}

/// Items grouped by sentence, each group in the order given (two flat
/// vectors: a counting sort).
struct Grouped<T> {
    /// Group `s` is `items[starts[s]..starts[s + 1]]`.
    starts: Vec<usize>,
    items: Vec<T>,
}

impl<T: Copy + Default> Grouped<T> {
    /// Groups `(sentence, item)` pairs into `n` sentences (others dropped).
    fn new(n: usize, pairs: impl Iterator<Item = (usize, T)> + Clone) -> Self {
        let mut starts = vec![0; n + 1];
        for (s, _) in pairs.clone().filter(|&(s, _)| s < n) {
            starts[s + 1] += 1;
        }
        for s in 0..n {
            starts[s + 1] += starts[s];
        }
        let mut next = starts.clone();
        let mut items = vec![T::default(); starts[n]];
        for (s, item) in pairs.filter(|&(s, _)| s < n) {
            items[next[s]] = item;
            next[s] += 1;
        }
        Grouped { starts, items }
    }

    fn of(&self, s: usize) -> &[T] {
        &self.items[self.starts[s]..self.starts[s + 1]]
    }
}

/// Item indexes grouped by the sentence of their first token.
fn bucket(a: &Analysis<'_>, firsts: impl Iterator<Item = usize> + Clone) -> Grouped<usize> {
    let of = &a.tokens.sentence_of;
    let pairs = firsts
        .enumerate()
        .map(|(i, first)| (of.get(first).copied().unwrap_or(usize::MAX), i));
    Grouped::new(a.tokens.sentences.len(), pairs)
}

impl<'r, 'a> Report<'r, 'a> {
    fn new(a: &'r Analysis<'a>, rules: &'r Rules, st: &'r Style) -> Self {
        let res = &a.resolution;
        let (_, ids) = crate::pipeline::record::entity_order(a);
        let event_order = event_order(a);
        let mut event_no = vec![0; a.events.len()];
        for (n, &e) in event_order.iter().enumerate() {
            event_no[e] = n + 1;
        }
        let mut cover = vec![usize::MAX; a.tokens.tokens.len()];
        for (mi, m) in res.mentions.iter().enumerate() {
            for c in &mut cover[m.first..m.last] {
                if *c == usize::MAX {
                    *c = mi;
                }
            }
        }
        let kept = res.mentions.iter().map(|m| (m.first, m.last)).collect();
        let lexed = &a.lexed;
        let n = a.tokens.sentences.len();
        let evidence = event_order.iter().flat_map(|&ei| {
            let evidence = &a.events[ei].evidence;
            evidence
                .iter()
                .enumerate()
                .map(move |(xi, x)| (x.sentence, (ei, xi)))
        });
        let dropped_cues = a
            .dropped_cues
            .iter()
            .enumerate()
            .map(|(i, d)| (d.sentence, i));
        let by_sentence = Buckets {
            mentions: bucket(a, res.mentions.iter().map(|m| m.first)),
            spotted: bucket(a, a.spotted.iter().map(|m| m.first)),
            names: bucket(a, lexed.names.iter().map(|s| s.first)),
            triggers: bucket(a, lexed.triggers.iter().map(|s| s.first)),
            statuses: bucket(a, lexed.statuses.iter().map(|s| s.first)),
            dropped_cues: Grouped::new(n, dropped_cues),
            evidence: Grouped::new(n, evidence),
        };
        Report {
            a,
            rules,
            st,
            ids,
            event_order,
            event_no,
            cover,
            kept,
            by_sentence,
        }
    }

    /// The text every offset indexes (the analysis' view).
    fn text(&self) -> &'r str {
        self.a.view.text()
    }

    /// The first `chars` characters of `text()[start..end]`, quoted and
    /// escaped (`{:?}`), painted in `style`; "…" after the quote when cut.
    fn excerpt(&self, start: usize, end: usize, chars: usize, style: &str) -> String {
        let full = &self.text()[start..end];
        let shown: String = full.chars().take(chars).collect();
        let cut = if shown.len() < full.len() { "…" } else { "" };
        self.st.paint(style, &format!("{shown:?}{cut}"))
    }

    /// Byte range of tokens `first..last`.
    fn range(&self, first: usize, last: usize) -> (usize, usize) {
        let toks = &self.a.tokens.tokens;
        (toks[first].start, toks[last - 1].end)
    }

    fn quote(&self, s: usize, e: usize) -> String {
        format!("{:?}", &self.text()[s..e])
    }
}

/// Events in output order: by first evidence, then by sorted party names.
fn event_order(a: &Analysis<'_>) -> Vec<usize> {
    let res = &a.resolution;
    let mut event_order: Vec<usize> = (0..a.events.len()).collect();
    let sorted_parties = |e: usize| {
        let (p, q) = a.events[e].parties;
        let mut names = [&res.entities[p].name, &res.entities[q].name];
        names.sort();
        names
    };
    event_order.sort_by_key(|&e| {
        (
            a.events[e].evidence.first().map_or(usize::MAX, |x| x.start),
            sorted_parties(e),
        )
    });
    event_order
}

/// The whole trace: header (naming the article as `shown`), dropped text,
/// each sentence (only sentence `only` if given), events.
pub fn explain(
    a: &Analysis<'_>,
    rules: &Rules,
    shown: &str,
    only: Option<usize>,
    st: &Style,
) -> String {
    let r = Report::new(a, rules, st);
    let mut out = String::new();
    print_header(&mut out, &r, shown);
    if only.is_none() {
        print_line_decisions(&mut out, &r);
        print_dropped_text(&mut out, &r);
    }
    for si in 0..a.tokens.sentences.len() {
        if only.is_none_or(|o| o == si) {
            print_sentence(&mut out, &r, si);
        }
    }
    print_events(&mut out, &r, only);
    out
}

/// Path, sizes and counts, then the reader's diagnostics.
fn print_header(out: &mut String, r: &Report<'_, '_>, shown: &str) {
    let a = r.a;
    let _ = writeln!(
        out,
        "{}: {} bytes, {}, {}, {}",
        r.st.paint(BOLD, shown),
        r.text().len(),
        super::counted(a.tokens.sentences.len(), "sentence", "sentences"),
        super::counted(a.resolution.entities.len(), "entity", "entities"),
        super::counted(a.events.len(), "event", "events")
    );
    for d in &a.article.diagnostics {
        let _ = writeln!(out, "  {}: {} ({})", d.level, d.message, d.code);
    }
}

/// Boilerplate and chrome the cleaner masked, with the rule.
fn print_dropped_text(out: &mut String, r: &Report<'_, '_>) {
    let dropped = &r.a.layout.dropped;
    if dropped.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", r.st.paint(BOLD, "Dropped text"));
    for d in dropped.iter().filter(|d| d.reason != "line-classifier") {
        let why = match &*d.reason {
            "chrome" => "chrome line (short line outside the prose, no rule)".to_string(),
            "outside-article" => {
                "outside the article (a paragraph away from its main block, no rule)".to_string()
            }
            rule => format!("boilerplate, rule {rule}"),
        };
        let shown = r.excerpt(d.start, d.end, 70, DIM);
        let _ = writeln!(out, "  [{}..{}] {}: {}", d.start, d.end, why, shown);
    }
}

/// The clean stage's line decisions: every line with words, kept or
/// dropped, with the classifier's probability and what decided (the
/// feature that pushed hardest toward the decision, or a smoothing rule).
/// Hard-wrapped newswire says which method ran instead.
fn print_line_decisions(out: &mut String, r: &Report<'_, '_>) {
    let _ = writeln!(out, "\n{}", r.st.paint(BOLD, "Kept and dropped lines"));
    let decisions = &r.a.layout.decisions;
    if decisions.is_empty() {
        let _ = writeln!(
            out,
            "  plain article (few lines or hard-wrapped): the prose-line heuristic decided (dropped lines below)"
        );
        return;
    }
    let title = r.a.layout.title();
    for d in decisions {
        let verdict = match (d.kept, title == Some((d.start, d.end))) {
            (true, true) => "title",
            (true, false) => "kept ",
            (false, _) => "drop ",
        };
        let shown = r.excerpt(d.start, d.end, 60, if d.kept { "0" } else { DIM });
        let _ = writeln!(
            out,
            "  {verdict} p={:.2} by {}: {shown}",
            d.probability, d.reason
        );
    }
}

/// One sentence: its text highlighted, a line per mark, the dropped
/// candidates, and the evidence it gives to events.
fn print_sentence(out: &mut String, r: &Report<'_, '_>, si: usize) {
    let st = r.st;
    let sent = &r.a.tokens.sentences[si];
    let mut marks = Vec::new();
    let mut dropped = Vec::new();
    mention_marks(r, si, &mut marks, &mut dropped);
    replaced_spotted(r, si, &mut dropped);
    unspotted_capitals(r, si, &mut dropped);
    list_marks(r, si, &mut marks);
    cue_marks(r, si, &mut marks);
    for &d in r.by_sentence.dropped_cues.of(si) {
        let d = &r.a.dropped_cues[d];
        dropped.push(format!(
            "trigger {:?} (rule {}): {}",
            d.trigger, d.rule, d.reason
        ));
    }
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let _ = writeln!(
        out,
        "\n{} [{}..{}]{}",
        st.paint(BOLD, &format!("Sentence {si}")),
        sent.start,
        sent.end,
        if sent.title { " (headline)" } else { "" }
    );
    let _ = writeln!(
        out,
        "  {}",
        highlight(r.text(), sent.start, sent.end, &marks, st)
    );
    for m in &marks {
        let _ = writeln!(out, "    {}", st.paint(m.style, &m.line));
    }
    for d in &dropped {
        let _ = writeln!(out, "    {}", st.paint(DIM, &format!("dropped {d}")));
    }
    print_sentence_evidence(out, r, si);
}

/// The evidence lines of one sentence, in event output order.
fn print_sentence_evidence(out: &mut String, r: &Report<'_, '_>, si: usize) {
    let res = &r.a.resolution;
    for &(ei, xi) in r.by_sentence.evidence.of(si) {
        let ev = &r.a.events[ei];
        let x = &ev.evidence[xi];
        let _ = writeln!(
            out,
            "    event E{} {} + {}: trigger {:?} rule {}{}",
            r.event_no[ei],
            res.entities[ev.parties.0].name,
            res.entities[ev.parties.1].name,
            x.trigger,
            x.rule,
            x.status_rule
                .as_deref()
                .map(|r| format!(", status rule {r}"))
                .unwrap_or_default()
        );
    }
}

/// Resolved mentions of sentence `si`: kept (entity or alias) as marks,
/// the others as dropped, with the reason.
fn mention_marks(r: &Report<'_, '_>, si: usize, marks: &mut Vec<Mark>, dropped: &mut Vec<String>) {
    let (res, text) = (&r.a.resolution, r.text());
    for &mi in r.by_sentence.mentions.of(si) {
        let m = &res.mentions[mi];
        let (s, e) = r.range(m.first, m.last);
        let Some(ent) = res.entity_of[mi] else {
            let why = match m.kind {
                Kind::Unknown => "capitalised, no company or person evidence".to_string(),
                Kind::Outlet => format!(
                    "news outlet (rule {}): a company only when it acts in an event",
                    m.rule
                ),
                Kind::Surname => {
                    format!("surname (rule {}) with no full name in the article", m.rule)
                }
                Kind::Company | Kind::Person => format!("rule {} gave no entity", m.rule),
            };
            dropped.push(format!("{}: {why}", r.quote(s, e)));
            continue;
        };
        let entity = &res.entities[ent];
        let (kind, style) = if entity.kind == Kind::Person {
            ("person ", PERSON)
        } else {
            ("company", COMPANY)
        };
        let mut line = format!(
            "{kind} {} -> {} {:?}, rule {}",
            r.quote(s, e),
            r.ids[ent],
            entity.name,
            m.rule
        );
        if !text[s..e].eq_ignore_ascii_case(&entity.name) {
            let _ = write!(line, " (alias of {})", r.ids[ent]);
        }
        marks.push(Mark {
            start: s,
            end: e,
            style,
            line,
        });
    }
}

/// Spotted mentions of sentence `si` that the resolver replaced: what they
/// became (the first resolved mention overlapping them), or that they went.
fn replaced_spotted(r: &Report<'_, '_>, si: usize, dropped: &mut Vec<String>) {
    let res = &r.a.resolution;
    for &i in r.by_sentence.spotted.of(si) {
        let m = &r.a.spotted[i];
        if r.kept.contains(&(m.first, m.last)) {
            continue;
        }
        let (s, e) = r.range(m.first, m.last);
        let over = r.cover[m.first..m.last]
            .iter()
            .copied()
            .min()
            .filter(|&ri| ri != usize::MAX);
        let why = match over {
            Some(ri) => {
                let rm = &res.mentions[ri];
                let (rs, re) = r.range(rm.first, rm.last);
                match res.entity_of[ri] {
                    Some(ent) => format!(
                        "became {} ({} of {})",
                        r.quote(rs, re),
                        if m.kind == Kind::Company && rm.kind == Kind::Company {
                            "alias"
                        } else {
                            "part"
                        },
                        r.ids[ent]
                    ),
                    None => format!("became {}", r.quote(rs, re)),
                }
            }
            None => format!("dropped by the resolver (rule {})", m.rule),
        };
        dropped.push(format!("{}: {why}", r.quote(s, e)));
    }
}

/// Capitalised words of sentence `si` that are in no mention (nor a title,
/// an honorific or a sentence-opening common word), in runs, each with why
/// no name was taken there: a headline-case line, a place, a public body or
/// other non-business, a common word, or no name evidence.
fn unspotted_capitals(r: &Report<'_, '_>, si: usize, dropped: &mut Vec<String>) {
    let (a, toks) = (r.a, &r.a.tokens.tokens);
    let sent = &a.tokens.sentences[si];
    let quiet = |i: usize| {
        a.lexed.is(i, ListKind::Title)
            || a.lexed.is(i, ListKind::Honorific)
            || (i == sent.first && a.lexed.is(i, ListKind::NotName))
    };
    let open = |i: usize| r.cover[i] == usize::MAX && toks[i].is_cap(r.text()) && !quiet(i);
    let mut i = sent.first;
    while i < sent.last {
        if !open(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < sent.last && open(i) {
            i += 1;
        }
        let (s, e) = r.range(start, i);
        let why = unspotted_reason(r, sent.headline_case, start, i);
        dropped.push(format!("{}: {why}", r.quote(s, e)));
    }
}

/// Why the capitalised run `start..end` gave no mention (first reason that
/// holds), naming the list that decided it.
fn unspotted_reason(r: &Report<'_, '_>, headline_case: bool, start: usize, end: usize) -> String {
    let lexed = &r.a.lexed;
    let list_of = |kind: ListKind| {
        (start..end)
            .flat_map(|i| lexed.spans_at(i, r.rules, kind))
            .find(|sp| sp.last <= end)
            .and_then(|sp| match sp.payload {
                Payload::Entry { entry, .. } => r.rules.entries.get(entry as usize),
                _ => None,
            })
            .map(|entry| r.rules.lists[entry.list].meta.id.clone())
    };
    let has = |kind: ListKind| (start..end).any(|i| lexed.is(i, kind)) || list_of(kind).is_some();
    let named = |what: &str, kind: ListKind| match list_of(kind) {
        Some(id) => format!("{what} (list {id})"),
        None => what.to_string(),
    };
    let (s, e) = r.range(start, end);
    if headline_case {
        "headline-case line: only list entries are read there".to_string()
    } else if r
        .rules
        .is_cue_phrase("seats-of-government", &r.text()[s..e])
    {
        "seat of government named alone (list seats-of-government)".to_string()
    } else if has(ListKind::PublicBody) {
        named("public body or other non-business", ListKind::PublicBody)
    } else if has(ListKind::CompanyCue) {
        named("company cue, not part of the name", ListKind::CompanyCue)
    } else if has(ListKind::Place) {
        named("place", ListKind::Place)
    } else if (start..end).all(|i| lexed.is(i, ListKind::NotName)) {
        named("common word, never a name alone", ListKind::NotName)
    } else {
        "capitalised, but not name material (an adjective or a lone sentence opener)".to_string()
    }
}

/// Titles and anaphors of sentence `si` (only the longest span at a place).
fn list_marks(r: &Report<'_, '_>, si: usize, marks: &mut Vec<Mark>) {
    let rules = r.rules;
    // Name spans come by start, longest first: a span lies inside an earlier
    // one exactly when it ends no later than the furthest end so far.
    let mut furthest = None;
    for &i in r.by_sentence.names.of(si) {
        let span = &r.a.lexed.names[i];
        let Payload::Entry { entry, .. } = span.payload else {
            continue;
        };
        let label = match rules.entry_kind(entry) {
            ListKind::Title => "title  ",
            ListKind::AnaphorOne | ListKind::AnaphorTwo => "anaphor",
            _ => continue,
        };
        let (s, e) = r.range(span.first, span.last);
        if furthest.is_some_and(|f| e <= f) {
            continue;
        }
        furthest = furthest.max(Some(e));
        let list = &rules.lists[rules.entries[entry as usize].list];
        marks.push(Mark {
            start: s,
            end: e,
            style: TITLE,
            line: format!("{label} {}, rule {}", r.quote(s, e), list.meta.id),
        });
    }
}

/// Trigger and status cues of sentence `si`.
fn cue_marks(r: &Report<'_, '_>, si: usize, marks: &mut Vec<Mark>) {
    let (rules, lexed) = (r.rules, &r.a.lexed);
    for &i in r.by_sentence.triggers.of(si) {
        if let Payload::Trigger(t) = lexed.triggers[i].payload {
            let tr = &rules.triggers[t as usize];
            let weak = if tr.weak { ", weak" } else { "" };
            let what = format!(
                "rule {} ({}, {}{weak})",
                tr.meta.id,
                snake(&tr.event_type),
                snake(&tr.status)
            );
            marks.push(cue_mark(r, &lexed.triggers[i], TRIGGER, "trigger", what));
        }
    }
    for &i in r.by_sentence.statuses.of(si) {
        if let Payload::Status(c) = lexed.statuses[i].payload {
            let sc = &rules.statuses[c as usize];
            let what = format!("rule {} ({})", sc.meta.id, snake(&sc.status));
            marks.push(cue_mark(r, &lexed.statuses[i], STATUS, "status ", what));
        }
    }
}

/// The mark of a cue span: `<label> "<text>", <what>`.
fn cue_mark(
    r: &Report<'_, '_>,
    span: &crate::pipeline::lexicon::Span,
    style: &'static str,
    label: &str,
    what: String,
) -> Mark {
    let (start, end) = r.range(span.first, span.last);
    Mark {
        start,
        end,
        style,
        line: format!("{label} {}, {what}", r.quote(start, end)),
    }
}

/// Events (those with evidence in sentence `only`, if given), each with
/// every piece of evidence.
fn print_events(out: &mut String, r: &Report<'_, '_>, only: Option<usize>) {
    let (a, st, res) = (r.a, r.st, &r.a.resolution);
    let events: Vec<(usize, &crate::pipeline::events::Event)> = r
        .event_order
        .iter()
        .map(|&e| (e, &a.events[e]))
        .filter(|(_, ev)| only.is_none_or(|o| ev.evidence.iter().any(|x| x.sentence == o)))
        .collect();
    let _ = writeln!(out, "\n{}", st.paint(BOLD, "Events"));
    if events.is_empty() {
        let _ = writeln!(out, "  (none)");
    }
    for (ei, ev) in events {
        let (p, q) = ev.parties;
        let _ = writeln!(
            out,
            "  E{} {} {}: {} ({}) + {} ({})",
            r.event_no[ei],
            snake(&ev.event_type),
            snake(&ev.status),
            st.paint(COMPANY, &res.entities[p].name),
            r.ids[p],
            st.paint(COMPANY, &res.entities[q].name),
            r.ids[q]
        );
        for x in &ev.evidence {
            let _ = writeln!(
                out,
                "     sentence {} [{}..{}]: trigger {} rule {} -> {} {}{}{}",
                x.sentence,
                x.start,
                x.end,
                st.paint(TRIGGER, &format!("{:?}", x.trigger)),
                x.rule,
                snake(&x.event_type),
                snake(&x.status),
                x.status_rule
                    .as_deref()
                    .map(|r| format!(" (status rule {r})"))
                    .unwrap_or_default(),
                if x.strong { "" } else { " (weak)" }
            );
            print_slots(out, x, st);
        }
    }
}

/// The slot fillers of a pattern's evidence, one line per filled slot in
/// pattern order: `slot buyer: "Acme Corp"`. Cue rules fill no slots.
fn print_slots(out: &mut String, x: &crate::pipeline::events::Evidence, st: &Style) {
    for (role, words) in &x.slots {
        let _ = writeln!(
            out,
            "       slot {role}: {}",
            st.paint(COMPANY, &format!("{words:?}"))
        );
    }
}

/// The sentence text with the marked spans coloured (outermost wins).
fn highlight(text: &str, start: usize, end: usize, marks: &[Mark], st: &Style) -> String {
    let plain = |s: &str| s.replace('\n', " ");
    if !st.on {
        return plain(&text[start..end]);
    }
    let mut out = String::new();
    let mut pos = start;
    for m in marks {
        if m.start < pos || m.end > end {
            continue;
        }
        out.push_str(&plain(&text[pos..m.start]));
        out.push_str(&st.paint(m.style, &plain(&text[m.start..m.end])));
        pos = m.end;
    }
    out.push_str(&plain(&text[pos..end]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor, Rules};

    /// What `explain` prints, uncoloured, for an article of `text`
    /// analysed with the default rules.
    fn explain_plain(text: &str) -> String {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let article = Article::from_text("t", "", text);
        let analysis = extractor.analyze(&article);
        explain(
            &analysis,
            extractor.rules(),
            "t",
            None,
            &Style { on: false },
        )
    }

    #[test]
    fn a_title_inside_a_longer_one_is_not_repeated() {
        let out = explain_plain("The chief executive officer spoke.");
        let titles = out
            .lines()
            .filter(|l| l.trim_start().starts_with("title"))
            .count();
        assert_eq!(titles, 1, "{out}");
    }

    #[test]
    fn a_pattern_event_names_the_words_of_each_slot() {
        let out =
            explain_plain("Analysts welcomed Acme Corp's acquisition of Borealis Inc on Monday.");
        let slots: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("slot "))
            .collect();
        assert_eq!(
            slots,
            ["slot buyer: \"Acme Corp\"", "slot target: \"Borealis Inc\""],
            "{out}"
        );
    }

    /// Capitalised words that became no mention get a line saying why.
    #[test]
    fn capitalised_words_without_a_mention_say_why() {
        let text = "The White House said aid would reach Florida after Hurricane Marisol. \
                    Chipmaker Quellon agreed to supply chips to Tessaro on Tuesday.";
        let out = explain_plain(text);
        for line in [
            "dropped \"White House\": seat of government named alone (list seats-of-government)",
            "dropped \"Florida\": place (list places-geonames)",
            "dropped \"Hurricane Marisol\": public body or other non-business",
            "dropped \"Chipmaker\": company cue, not part of the name (list company-cues)",
            "dropped \"Tuesday\": common word, never a name alone (list not-names)",
        ] {
            assert!(out.contains(line), "{line}\n{out}");
        }
    }
}
