//! Rule-change review: what changed between two extraction outputs
//! (`tieup diff OLD.jsonl NEW.jsonl`).
//!
//! Takes: two JSON Lines streams of [`Record`]s, e.g. the output of the same
//! folder before and after a rule change. Gives: a [`Report`] of
//! [`Change`]s at the level a reviewer cares about: events added, removed,
//! or changed in status, type or parties; entities added, removed, renamed
//! or retyped; roles changed; articles present on one side only. Each change
//! carries the article id and the evidence sentence.
//!
//! Streaming: records are paired by `doc.id` as they are read, both files in
//! step ([`diff_readers`]). A record waits in memory only until its partner
//! turns up, so two outputs of `tieup extract` over the same inputs (same
//! order) hold one record per side at a time, whatever their size; a record
//! whose partner never comes is reported at the end. Inputs sorted by id, or
//! in any other common order, pair up the same way.
//!
//! Within an article, events pair up first when equal, then by parties (a
//! status or type change), then by a shared evidence sentence and a shared
//! party (a parties change); entities pair up by type and name, then by
//! overlapping mentions (a rename, or a type change).
//!
//! ```
//! use tieup::review::diff::{diff_readers, ChangeKind};
//! let old = r#"{"doc":{"id":"a","path":"a.txt","title":"","bytes":9},"entities":[],"events":[{"type":"partnership","status":"talks","parties":["A","B"],"evidence":[{"start":0,"end":9,"text":"A talks B","trigger":"talks","rule":"r"}]}]}"#;
//! let new = old.replace("\"talks\",\"parties\"", "\"announced\",\"parties\"");
//! let report = diff_readers(old.as_bytes(), new.as_bytes()).unwrap();
//! assert_eq!(report.counts(), [(ChangeKind::StatusChanged, 1)]);
//! assert_eq!(report.summary_line(), "1 status change");
//! ```

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use serde::Serialize;

use super::ansi::{BOLD, DIM, GREEN, RED, Style, YELLOW};
use super::input::{JsonLines, ReadError};
use crate::pipeline::record::{EntityOut, EventOut, Record, RoleOut};

/// The kinds of change, in the order ties between equal counts are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// An event only in NEW.
    EventAdded,
    /// An event only in OLD.
    EventRemoved,
    /// Same parties and type, another status.
    StatusChanged,
    /// Same parties, another type (the status may change too).
    TypeChanged,
    /// Same evidence and one shared party, another partner.
    PartiesChanged,
    /// An entity only in NEW.
    EntityAdded,
    /// An entity only in OLD.
    EntityRemoved,
    /// Same mentions, another name.
    EntityRenamed,
    /// Same mentions, company <-> person.
    EntityRetyped,
    /// A person's (title, org) pairs differ.
    RolesChanged,
    /// An article only in NEW.
    ArticleAdded,
    /// An article only in OLD.
    ArticleRemoved,
}

/// Whether a change adds, removes or modifies (for colours and signs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Only in NEW.
    Added,
    /// Only in OLD.
    Removed,
    /// In both, different.
    Changed,
}

impl ChangeKind {
    /// Added, removed or changed.
    pub fn direction(self) -> Direction {
        use ChangeKind::*;
        match self {
            EventAdded | EntityAdded | ArticleAdded => Direction::Added,
            EventRemoved | EntityRemoved | ArticleRemoved => Direction::Removed,
            _ => Direction::Changed,
        }
    }

    /// "+12 events", "-1 entity", "5 status changes".
    pub fn label(self, n: usize) -> String {
        use ChangeKind::*;
        let sign = match self.direction() {
            Direction::Added => "+",
            Direction::Removed => "-",
            Direction::Changed => "",
        };
        let (one, many) = match self {
            EventAdded | EventRemoved => ("event", "events"),
            EntityAdded | EntityRemoved => ("entity", "entities"),
            ArticleAdded => ("article (only in NEW)", "articles (only in NEW)"),
            ArticleRemoved => ("article (only in OLD)", "articles (only in OLD)"),
            StatusChanged => ("status change", "status changes"),
            TypeChanged => ("type change", "type changes"),
            PartiesChanged => ("parties change", "parties changes"),
            EntityRenamed => ("rename", "renames"),
            EntityRetyped => ("entity type change", "entity type changes"),
            RolesChanged => ("role change", "role changes"),
        };
        format!("{sign}{n} {}", if n == 1 { one } else { many })
    }
}

/// What a change is about, as it is on one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Item {
    /// An event.
    Event {
        /// Event type.
        #[serde(rename = "type")]
        event_type: String,
        /// Status.
        status: String,
        /// Sorted party names.
        parties: [String; 2],
    },
    /// An entity.
    Entity {
        /// `company` or `person`.
        #[serde(rename = "type")]
        kind: String,
        /// Name.
        name: String,
        /// A person's roles.
        #[serde(skip_serializing_if = "Option::is_none")]
        roles: Option<Vec<RoleOut>>,
    },
    /// An article.
    Article {
        /// Headline.
        title: String,
        /// Path.
        path: String,
        /// Number of events.
        events: usize,
        /// Number of entities.
        entities: usize,
    },
}

impl Item {
    fn event(e: &EventOut) -> Self {
        Item::Event {
            event_type: e.event_type.clone(),
            status: e.status.clone(),
            parties: e.parties.clone(),
        }
    }

    fn entity(e: &EntityOut) -> Self {
        Item::Entity {
            kind: e.kind.clone(),
            name: e.name.clone(),
            roles: e.roles.clone(),
        }
    }

    fn article(r: &Record) -> Self {
        Item::Article {
            title: r.doc.title.clone(),
            path: r.doc.path.clone(),
            events: r.events.len(),
            entities: r.entities.len(),
        }
    }
}

/// One change in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What kind.
    pub kind: ChangeKind,
    /// Article id.
    pub doc: String,
    /// The item in OLD (none when added).
    pub old: Option<Item>,
    /// The item in NEW (none when removed).
    pub new: Option<Item>,
    /// The evidence sentence (NEW's, or OLD's for removals); for an entity
    /// that no event sentence contains, its first mention and offset.
    pub evidence: Option<String>,
}

fn parties(p: &[String; 2]) -> String {
    format!("{} + {}", p[0], p[1])
}

fn roles_text(roles: &Option<Vec<RoleOut>>) -> String {
    let roles = roles.as_deref().unwrap_or_default();
    if roles.is_empty() {
        return "(none)".into();
    }
    roles
        .iter()
        .map(|r| match &r.org {
            Some(o) => format!("{} @ {o}", r.title),
            None => r.title.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl Change {
    /// One line saying what changed (without the article id).
    pub fn describe(&self) -> String {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => describe_pair(self.kind, old, new),
            (Some(one), None) | (None, Some(one)) => describe_one(one),
            (None, None) => String::new(),
        }
    }
}

/// An item added or removed: `type/status A + B`, `kind name`, or an
/// article's title and counts.
fn describe_one(item: &Item) -> String {
    match item {
        Item::Event {
            event_type,
            status,
            parties: p,
        } => format!("{event_type}/{status} {}", parties(p)),
        Item::Entity { kind, name, .. } => format!("{kind} {name}"),
        Item::Article {
            title,
            events,
            entities,
            ..
        } => {
            let ev = if *events == 1 { "event" } else { "events" };
            let en = if *entities == 1 { "entity" } else { "entities" };
            format!("{title:?} ({events} {ev}, {entities} {en})")
        }
    }
}

/// An item on both sides, changed as `kind` says ("" for two items of
/// different sorts, or two articles).
fn describe_pair(kind: ChangeKind, old: &Item, new: &Item) -> String {
    match (old, new) {
        (
            Item::Event {
                event_type: t0,
                status: s0,
                parties: p0,
            },
            Item::Event {
                event_type: t1,
                status: s1,
                parties: p1,
            },
        ) => match kind {
            ChangeKind::StatusChanged => format!("{t1} {}: {s0} -> {s1}", parties(p1)),
            ChangeKind::TypeChanged => format!("{}: {t0}/{s0} -> {t1}/{s1}", parties(p1)),
            _ => {
                let was = if (t0, s0) != (t1, s1) {
                    format!(" (was {t0}/{s0})")
                } else {
                    String::new()
                };
                format!("{t1}/{s1}: {} -> {}{was}", parties(p0), parties(p1))
            }
        },
        (
            Item::Entity {
                kind: k0,
                name: n0,
                roles: r0,
            },
            Item::Entity {
                kind: k1,
                name: n1,
                roles: r1,
            },
        ) => match kind {
            ChangeKind::RolesChanged => format!("{n1}: {} -> {}", roles_text(r0), roles_text(r1)),
            ChangeKind::EntityRetyped => format!("{k0} {n0} -> {k1} {n1}"),
            _ => format!("{k1} {n0} -> {n1}"),
        },
        _ => String::new(),
    }
}

/// Every change between two outputs, with counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Articles found on both sides.
    pub compared: usize,
    /// Articles only in OLD.
    pub only_old: usize,
    /// Articles only in NEW.
    pub only_new: usize,
    /// Articles with at least one change.
    pub changed_articles: usize,
    /// The changes, in input order.
    pub changes: Vec<Change>,
}

/// How [`Report::write_text`] renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// ANSI colours.
    pub colour: bool,
    /// Changes shown per kind (0: all).
    pub limit: usize,
}

impl Report {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Changes per kind, most frequent first (ties: [`ChangeKind`] order).
    pub fn counts(&self) -> Vec<(ChangeKind, usize)> {
        let mut counts: HashMap<ChangeKind, usize> = HashMap::new();
        for c in &self.changes {
            *counts.entry(c.kind).or_default() += 1;
        }
        let mut counts: Vec<(ChangeKind, usize)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }

    /// `+12 events, -3 events, 5 status changes` (or `no changes`).
    pub fn summary_line(&self) -> String {
        let counts = self.counts();
        if counts.is_empty() {
            return "no changes".into();
        }
        counts
            .iter()
            .map(|&(k, n)| k.label(n))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The report as JSON: totals, `counts` and `groups` (one per kind, most
    /// frequent first, each with every change).
    pub fn to_json(&self) -> serde_json::Value {
        let counts = self.counts();
        let groups: Vec<serde_json::Value> = counts
            .iter()
            .map(|&(kind, n)| {
                let changes: Vec<serde_json::Value> = self
                    .changes
                    .iter()
                    .filter(|c| c.kind == kind)
                    .map(|c| {
                        serde_json::json!({
                            "doc": c.doc,
                            "description": c.describe(),
                            "old": c.old,
                            "new": c.new,
                            "evidence": c.evidence,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "kind": kind, "label": kind.label(n), "count": n, "changes": changes,
                })
            })
            .collect();
        serde_json::json!({
            "changed": !self.is_empty(),
            "summary": self.summary_line(),
            "compared": self.compared,
            "only_old": self.only_old,
            "only_new": self.only_new,
            "changed_articles": self.changed_articles,
            "counts": counts.iter().map(|&(k, n)| serde_json::json!({"kind": k, "count": n})).collect::<Vec<_>>(),
            "groups": groups,
        })
    }

    /// The report for people: a summary line, then one block per kind (most
    /// frequent first) listing article id, what changed and the evidence.
    pub fn write_text<W: Write>(&self, mut w: W, style: TextStyle) -> io::Result<()> {
        let st = Style { on: style.colour };
        let total = self.compared + self.only_old + self.only_new;
        if self.is_empty() {
            return writeln!(w, "no changes ({total} articles compared)");
        }
        writeln!(
            w,
            "{} of {total} articles changed: {}",
            self.changed_articles,
            st.paint(BOLD, &self.summary_line())
        )?;
        for (kind, n) in self.counts() {
            let colour = match kind.direction() {
                Direction::Added => GREEN,
                Direction::Removed => RED,
                Direction::Changed => YELLOW,
            };
            writeln!(w)?;
            writeln!(w, "{}", st.paint_bold(colour, &kind.label(n)))?;
            let shown = if style.limit == 0 { n } else { style.limit };
            for c in self.changes.iter().filter(|c| c.kind == kind).take(shown) {
                writeln!(
                    w,
                    "  {}  {}",
                    st.paint(DIM, &c.doc),
                    st.paint(colour, &c.describe())
                )?;
                if let Some(e) = &c.evidence {
                    writeln!(w, "      {}", quote(e, 300))?;
                }
            }
            if n > shown {
                writeln!(
                    w,
                    "  {}",
                    st.paint(
                        DIM,
                        &format!("... and {} more (--limit 0 shows all)", n - shown)
                    )
                )?;
            }
        }
        Ok(())
    }
}

/// The text on one line, quoted, cut to about `max` characters.
fn quote(s: &str, max: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::from("\"");
    if one.chars().count() > max {
        let cut: String = one.chars().take(max).collect();
        let _ = write!(out, "{cut}...");
    } else {
        out.push_str(&one);
    }
    out.push('"');
    out
}

/// The changes between the records of one article.
pub fn diff_records(old: &Record, new: &Record) -> Vec<Change> {
    let doc = &new.doc.id;
    let mut out = Vec::new();
    diff_entities(doc, old, new, &mut out);
    diff_events(doc, old, new, &mut out);
    out
}

/// A matching pass: the change it reports (none for "unchanged") and when
/// an old and a new item count as the same.
type MatchPass<'a, T> = (Option<ChangeKind>, &'a dyn Fn(&T, &T) -> bool);

/// Pairs old and new items pass by pass, each item at most once, in pass
/// order then new-item order: (old index, new index, the pass's change), and
/// which old and new items were paired.
#[allow(clippy::type_complexity)]
fn pair_in_passes<T>(
    o: &[T],
    n: &[T],
    passes: &[MatchPass<'_, T>],
) -> (
    Vec<(usize, usize, Option<ChangeKind>)>,
    Vec<bool>,
    Vec<bool>,
) {
    let mut used_o = vec![false; o.len()];
    let mut used_n = vec![false; n.len()];
    let mut pairs = Vec::new();
    for &(kind, same) in passes {
        for (j, b) in n.iter().enumerate() {
            if used_n[j] {
                continue;
            }
            if let Some(i) = (0..o.len()).find(|&i| !used_o[i] && same(&o[i], b)) {
                used_o[i] = true;
                used_n[j] = true;
                pairs.push((i, j, kind));
            }
        }
    }
    (pairs, used_o, used_n)
}

fn diff_events(doc: &str, old: &Record, new: &Record, out: &mut Vec<Change>) {
    let (o, n) = (&old.events, &new.events);
    let shares_sentence = |a: &EventOut, b: &EventOut| {
        a.evidence
            .iter()
            .any(|x| b.evidence.iter().any(|y| x.start == y.start))
    };
    let shares_party = |a: &EventOut, b: &EventOut| a.parties.iter().any(|p| b.parties.contains(p));
    type Pass<'a> = (Option<ChangeKind>, &'a dyn Fn(&EventOut, &EventOut) -> bool);
    let passes: [Pass; 4] = [
        (None, &|a, b| {
            a.parties == b.parties && a.event_type == b.event_type && a.status == b.status
        }),
        (Some(ChangeKind::StatusChanged), &|a, b| {
            a.parties == b.parties && a.event_type == b.event_type
        }),
        (Some(ChangeKind::TypeChanged), &|a, b| {
            a.parties == b.parties
        }),
        (Some(ChangeKind::PartiesChanged), &|a, b| {
            a.event_type == b.event_type && shares_sentence(a, b) && shares_party(a, b)
        }),
    ];
    let (pairs, used_o, used_n) = pair_in_passes(o, n, &passes);
    for (i, j, kind) in pairs {
        if let Some(kind) = kind {
            out.push(event_change(kind, doc, Some(&o[i]), Some(&n[j])));
        }
    }
    for (b, _) in n.iter().zip(&used_n).filter(|(_, used)| !**used) {
        out.push(event_change(ChangeKind::EventAdded, doc, None, Some(b)));
    }
    for (a, _) in o.iter().zip(&used_o).filter(|(_, used)| !**used) {
        out.push(event_change(ChangeKind::EventRemoved, doc, Some(a), None));
    }
}

/// A change to an event (`None` on the side where it is missing), with the
/// first evidence sentence of NEW's event, or of OLD's when removed.
fn event_change(
    kind: ChangeKind,
    doc: &str,
    old: Option<&EventOut>,
    new: Option<&EventOut>,
) -> Change {
    let evidence = new.or(old).and_then(|e| e.evidence.first());
    Change {
        kind,
        doc: doc.to_string(),
        old: old.map(Item::event),
        new: new.map(Item::event),
        evidence: evidence.map(|x| x.text.clone()),
    }
}

/// A change to an entity (`None` on the side where it is missing), with
/// the [`entity_evidence`] of NEW's entity in the NEW record, or of OLD's
/// in the OLD record when removed.
fn entity_change(
    kind: ChangeKind,
    doc: &str,
    old: Option<&EntityOut>,
    new: Option<&EntityOut>,
    (old_record, new_record): (&Record, &Record),
) -> Change {
    let evidence = match (old, new) {
        (_, Some(b)) => entity_evidence(b, new_record),
        (Some(a), None) => entity_evidence(a, old_record),
        (None, None) => None,
    };
    Change {
        kind,
        doc: doc.to_string(),
        old: old.map(Item::entity),
        new: new.map(Item::entity),
        evidence,
    }
}

/// The evidence sentence of the record holding the entity's first mention,
/// or the mention itself.
fn entity_evidence(e: &EntityOut, record: &Record) -> Option<String> {
    let m = e.mentions.first()?;
    let sentence = record
        .events
        .iter()
        .flat_map(|ev| &ev.evidence)
        .find(|x| x.start <= m.start && m.end <= x.end);
    Some(match sentence {
        Some(x) => x.text.clone(),
        None => format!("{} (at byte {})", m.text, m.start),
    })
}

fn overlaps(a: &EntityOut, b: &EntityOut) -> bool {
    a.mentions.iter().any(|x| {
        b.mentions
            .iter()
            .any(|y| x.start < y.end && y.start < x.end)
    })
}

fn sorted_roles(e: &EntityOut) -> Vec<RoleOut> {
    let mut r = e.roles.clone().unwrap_or_default();
    r.sort_by(|a, b| (&a.title, &a.org).cmp(&(&b.title, &b.org)));
    r.dedup();
    r
}

fn diff_entities(doc: &str, old: &Record, new: &Record, out: &mut Vec<Change>) {
    use ChangeKind::{EntityAdded, EntityRemoved, RolesChanged};
    let (o, n) = (&old.entities, &new.entities);
    let sides = (old, new);
    type Pass<'a> = (
        Option<ChangeKind>,
        &'a dyn Fn(&EntityOut, &EntityOut) -> bool,
    );
    let passes: [Pass; 3] = [
        (None, &|a, b| a.kind == b.kind && a.name == b.name),
        (Some(ChangeKind::EntityRenamed), &|a, b| {
            a.kind == b.kind && overlaps(a, b)
        }),
        (Some(ChangeKind::EntityRetyped), &|a, b| overlaps(a, b)),
    ];
    let (matched, used_o, used_n) = pair_in_passes(o, n, &passes);
    for &(i, j, kind) in &matched {
        if let Some(kind) = kind {
            out.push(entity_change(kind, doc, Some(&o[i]), Some(&n[j]), sides));
        }
    }
    let mut pairs: Vec<(usize, usize)> = matched.iter().map(|&(i, j, _)| (i, j)).collect();
    pairs.sort_unstable_by_key(|&(_, j)| j);
    for (i, j) in pairs {
        let (a, b) = (&o[i], &n[j]);
        if a.kind == "person" && b.kind == "person" && sorted_roles(a) != sorted_roles(b) {
            out.push(entity_change(RolesChanged, doc, Some(a), Some(b), sides));
        }
    }
    for (j, b) in n.iter().enumerate() {
        if !used_n[j] {
            out.push(entity_change(EntityAdded, doc, None, Some(b), sides));
        }
    }
    for (i, a) in o.iter().enumerate() {
        if !used_o[i] {
            out.push(entity_change(EntityRemoved, doc, Some(a), None, sides));
        }
    }
}

/// An input could not be read, or a line of it is not a record.
#[derive(Debug, thiserror::Error)]
#[error("{side}: {error}")]
pub struct DiffError {
    /// `OLD` or `NEW`.
    pub side: &'static str,
    /// What went wrong, and on which line.
    #[source]
    pub error: ReadError,
}

/// One side's record stream.
struct Side<R> {
    name: &'static str,
    records: JsonLines<R, Record>,
    pending: HashMap<String, VecDeque<Record>>,
    waiting: usize,
}

impl<R: BufRead> Side<R> {
    fn new(name: &'static str, reader: R) -> Self {
        Side {
            name,
            records: JsonLines::new(reader),
            pending: HashMap::new(),
            waiting: 0,
        }
    }

    fn next(&mut self) -> Result<Option<Record>, DiffError> {
        self.records.next().transpose().map_err(|error| DiffError {
            side: self.name,
            error,
        })
    }

    fn take(&mut self, id: &str) -> Option<Record> {
        let queue = self.pending.get_mut(id)?;
        let r = queue.pop_front();
        if queue.is_empty() {
            self.pending.remove(id);
        }
        if r.is_some() {
            self.waiting -= 1;
        }
        r
    }

    fn park(&mut self, r: Record) {
        self.waiting += 1;
        self.pending
            .entry(r.doc.id.clone())
            .or_default()
            .push_back(r);
    }

    fn drain(&mut self) -> Vec<Record> {
        let mut ids: Vec<String> = self.pending.keys().cloned().collect();
        ids.sort();
        ids.into_iter()
            .flat_map(|id| self.pending.remove(&id).unwrap_or_default())
            .collect()
    }
}

/// Accumulates the changes of record pairs into a [`Report`].
#[derive(Debug, Default)]
pub struct Differ {
    report: Report,
    /// Most records ever waiting for their partner (memory use).
    pub max_waiting: usize,
}

impl Differ {
    /// Compares the two records of one article.
    pub fn pair(&mut self, old: &Record, new: &Record) {
        self.report.compared += 1;
        let changes = diff_records(old, new);
        if !changes.is_empty() {
            self.report.changed_articles += 1;
            self.report.changes.extend(changes);
        }
    }

    /// Notes an article present only in OLD (`old`) or only in NEW.
    pub fn alone(&mut self, record: &Record, in_old: bool) {
        let item = Some(Item::article(record));
        self.report.changed_articles += 1;
        let (kind, old, new) = if in_old {
            self.report.only_old += 1;
            (ChangeKind::ArticleRemoved, item, None)
        } else {
            self.report.only_new += 1;
            (ChangeKind::ArticleAdded, None, item)
        };
        self.report.changes.push(Change {
            kind,
            doc: record.doc.id.clone(),
            old,
            new,
            evidence: None,
        });
    }

    /// The report.
    pub fn finish(self) -> Report {
        self.report
    }
}

/// Compares two JSON Lines outputs, pairing records by `doc.id` as they
/// stream in (see the module docs).
pub fn diff_readers<A: BufRead, B: BufRead>(old: A, new: B) -> Result<Report, DiffError> {
    Ok(diff_readers_with_stats(old, new)?.0)
}

/// [`diff_readers`], also giving the most records that ever waited in memory
/// for their partner.
pub fn diff_readers_with_stats<A: BufRead, B: BufRead>(
    old: A,
    new: B,
) -> Result<(Report, usize), DiffError> {
    let mut a = Side::new("OLD", old);
    let mut b = Side::new("NEW", new);
    let mut differ = Differ::default();
    loop {
        let (ra, rb) = (a.next()?, b.next()?);
        if ra.is_none() && rb.is_none() {
            break;
        }
        match (ra, rb) {
            (Some(x), Some(y)) if x.doc.id == y.doc.id => differ.pair(&x, &y),
            (ra, rb) => {
                if let Some(x) = ra {
                    match b.take(&x.doc.id) {
                        Some(y) => differ.pair(&x, &y),
                        None => a.park(x),
                    }
                }
                if let Some(y) = rb {
                    match a.take(&y.doc.id) {
                        Some(x) => differ.pair(&x, &y),
                        None => b.park(y),
                    }
                }
            }
        }
        differ.max_waiting = differ.max_waiting.max(a.waiting + b.waiting);
    }
    for r in a.drain() {
        differ.alone(&r, true);
    }
    for r in b.drain() {
        differ.alone(&r, false);
    }
    let max = differ.max_waiting;
    Ok((differ.finish(), max))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::record::{DocInfo, EvidenceOut, MentionOut};

    fn doc(id: &str) -> Record {
        Record {
            doc: DocInfo {
                id: id.into(),
                path: format!("{id}.txt"),
                title: String::new(),
                bytes: 100,
            },
            entities: Vec::new(),
            events: Vec::new(),
            diagnostics: Vec::new(),
            main_text: None,
        }
    }

    fn company(name: &str, start: usize) -> EntityOut {
        EntityOut {
            id: String::new(),
            kind: "company".into(),
            name: name.into(),
            roles: None,
            mentions: vec![MentionOut {
                text: name.into(),
                start,
                end: start + name.len(),
                rule: "r".into(),
            }],
        }
    }

    fn person(name: &str, start: usize, roles: &[(&str, &str)]) -> EntityOut {
        let mut e = company(name, start);
        e.kind = "person".into();
        e.roles = Some(
            roles
                .iter()
                .map(|(t, o)| RoleOut {
                    title: t.to_string(),
                    org: Some(o.to_string()),
                })
                .collect(),
        );
        e
    }

    fn event(t: &str, s: &str, a: &str, b: &str, sentence: usize) -> EventOut {
        let mut parties = [a.to_string(), b.to_string()];
        parties.sort();
        EventOut {
            event_type: t.into(),
            status: s.into(),
            parties,
            evidence: vec![EvidenceOut {
                start: sentence,
                end: sentence + 10,
                text: format!("sentence {sentence}"),
                trigger: "t".into(),
                rule: "r".into(),
                status_rule: None,
            }],
        }
    }

    /// Article `id` with one event per row (type, status, party, party,
    /// evidence start).
    fn with_events(id: &str, rows: &[(&str, &str, &str, &str, usize)]) -> Record {
        let mut r = doc(id);
        r.events = rows
            .iter()
            .map(|&(t, s, a, b, at)| event(t, s, a, b, at))
            .collect();
        r
    }

    fn kinds(changes: &[Change]) -> Vec<ChangeKind> {
        changes.iter().map(|c| c.kind).collect()
    }

    #[test]
    fn identical_records_have_no_changes() {
        let mut r = with_events("a", &[("partnership", "talks", "Acme", "Beta", 0)]);
        r.entities = vec![
            company("Acme", 0),
            person("Jo Smith", 20, &[("ceo", "Acme")]),
        ];
        assert!(diff_records(&r, &r.clone()).is_empty());
    }

    #[test]
    fn labels_say_sign_count_and_noun() {
        assert_eq!(ChangeKind::EventAdded.label(1), "+1 event");
        assert_eq!(ChangeKind::EntityRemoved.label(2), "-2 entities");
        assert_eq!(ChangeKind::StatusChanged.label(3), "3 status changes");
        assert_eq!(
            ChangeKind::ArticleRemoved.label(1),
            "-1 article (only in OLD)"
        );
    }

    #[test]
    fn one_sided_and_two_sided_items_are_described() {
        let ev = |s: &str| Item::Event {
            event_type: "partnership".into(),
            status: s.into(),
            parties: ["Acme".into(), "Beta".into()],
        };
        assert_eq!(describe_one(&ev("talks")), "partnership/talks Acme + Beta");
        assert_eq!(
            describe_pair(ChangeKind::StatusChanged, &ev("talks"), &ev("ended")),
            "partnership Acme + Beta: talks -> ended"
        );
        let article = Item::Article {
            title: "T".into(),
            path: String::new(),
            events: 1,
            entities: 2,
        };
        assert_eq!(describe_one(&article), "\"T\" (1 event, 2 entities)");
        assert_eq!(
            describe_pair(ChangeKind::EventAdded, &ev("talks"), &article),
            ""
        );
    }

    #[test]
    fn events_pair_by_parties_then_sentence() {
        let old = with_events(
            "a",
            &[
                ("partnership", "talks", "Acme", "Beta", 0),
                ("partnership", "talks", "Acme", "Gamma", 50),
                ("partnership", "talks", "Acme", "Delta", 100),
                ("acquisition", "rumored", "Acme", "Omega", 150),
            ],
        );
        // One change per event: status, type, a party, a wholly new one.
        let mut new = old.clone();
        new.events[0].status = "announced".into();
        new.events[1].event_type = "investment".into();
        new.events[2].parties[1] = "Delta Group".into();
        new.events[3] = event("joint_venture", "announced", "Zeta", "Eta", 200);
        let changes = diff_records(&old, &new);
        assert_eq!(
            kinds(&changes),
            [
                ChangeKind::StatusChanged,
                ChangeKind::TypeChanged,
                ChangeKind::PartiesChanged,
                ChangeKind::EventAdded,
                ChangeKind::EventRemoved
            ]
        );
        assert_eq!(
            changes[0].describe(),
            "partnership Acme + Beta: talks -> announced"
        );
        assert_eq!(
            changes[1].describe(),
            "Acme + Gamma: partnership/talks -> investment/talks"
        );
        assert_eq!(
            changes[2].describe(),
            "partnership/talks: Acme + Delta -> Acme + Delta Group"
        );
        assert_eq!(changes[3].evidence.as_deref(), Some("sentence 200"));
        assert_eq!(changes[4].describe(), "acquisition/rumored Acme + Omega");
    }

    #[test]
    fn entities_pair_by_name_then_mentions() {
        let mut old = doc("a");
        old.entities = vec![
            company("Beijing Automotive", 10),
            company("Jaguar", 40),
            company("Gone Corp", 70),
            person("Lei Jun", 90, &[("ceo", "Xiaomi")]),
        ];
        old.events = vec![event(
            "partnership",
            "talks",
            "Beijing Automotive",
            "Xiaomi",
            0,
        )];
        let mut new = old.clone();
        new.entities = vec![
            company("Beijing Automotive Group", 10),
            person("Jaguar", 40, &[]),
            person("Lei Jun", 90, &[("ceo", "Xiaomi"), ("founder", "Xiaomi")]),
            company("New Corp", 120),
        ];
        let changes = diff_records(&old, &new);
        assert_eq!(
            kinds(&changes),
            [
                ChangeKind::EntityRenamed,
                ChangeKind::EntityRetyped,
                ChangeKind::RolesChanged,
                ChangeKind::EntityAdded,
                ChangeKind::EntityRemoved
            ]
        );
        assert_eq!(
            changes[0].describe(),
            "company Beijing Automotive -> Beijing Automotive Group"
        );
        // No event sentence holds the mention: the mention and its offset.
        assert_eq!(
            changes[0].evidence.as_deref(),
            Some("Beijing Automotive Group (at byte 10)")
        );
        assert_eq!(
            changes[2].describe(),
            "Lei Jun: ceo @ Xiaomi -> ceo @ Xiaomi; founder @ Xiaomi"
        );
        assert_eq!(changes[4].describe(), "company Gone Corp");
    }

    fn jsonl(records: &[Record]) -> String {
        records
            .iter()
            .map(|r| serde_json::to_string(r).unwrap() + "\n")
            .collect()
    }

    #[test]
    fn streams_pair_by_id_in_any_order_and_count() {
        let a = with_events("a", &[("partnership", "talks", "Acme", "Beta", 0)]);
        let mut a2 = a.clone();
        a2.events[0].status = "announced".into();
        let (b, c, d) = (doc("b"), doc("c"), doc("d"));
        let old = jsonl(&[a.clone(), b.clone(), c.clone()]);
        let new = jsonl(&[c.clone(), d.clone(), a2, b.clone()]);
        let (report, waiting) = diff_readers_with_stats(old.as_bytes(), new.as_bytes()).unwrap();
        assert_eq!(report.compared, 3);
        assert_eq!((report.only_old, report.only_new), (0, 1));
        assert_eq!(report.changed_articles, 2);
        assert_eq!(
            report.counts(),
            [
                (ChangeKind::StatusChanged, 1),
                (ChangeKind::ArticleAdded, 1)
            ]
        );
        assert_eq!(
            report.summary_line(),
            "1 status change, +1 article (only in NEW)"
        );
        assert!(waiting <= 4);
        // Same order: nothing ever waits.
        let (same, waiting) = diff_readers_with_stats(old.as_bytes(), old.as_bytes()).unwrap();
        assert!(same.is_empty());
        assert_eq!(same.compared, 3);
        assert_eq!(waiting, 0);
    }

    #[test]
    fn most_frequent_kind_comes_first_in_text_and_json() {
        let old = with_events("a", &[("partnership", "talks", "Acme", "Beta", 0)]);
        let mut new = with_events(
            "a",
            &[
                ("partnership", "talks", "Acme", "Beta", 0),
                ("partnership", "talks", "Acme", "Gamma", 20),
                ("partnership", "talks", "Acme", "Delta", 40),
            ],
        );
        new.entities = vec![company("Zeta", 60)];
        let report = diff_readers(jsonl(&[old]).as_bytes(), jsonl(&[new]).as_bytes()).unwrap();
        assert_eq!(report.summary_line(), "+2 events, +1 entity");
        let mut text = Vec::new();
        report
            .write_text(
                &mut text,
                TextStyle {
                    colour: false,
                    limit: 1,
                },
            )
            .unwrap();
        let text = String::from_utf8(text).unwrap();
        assert!(text.starts_with("1 of 1 articles changed: +2 events, +1 entity\n"));
        assert!(text.contains("\n+2 events\n  a  partnership/talks Acme + Gamma\n      \"sentence 20\"\n  ... and 1 more"));
        assert!(!text.contains('\x1b'));
        let json = report.to_json();
        assert_eq!(json["changed"], true);
        assert_eq!(json["groups"][0]["kind"], "event_added");
        assert_eq!(json["groups"][0]["count"], 2);
        assert_eq!(
            json["groups"][0]["changes"][1]["new"]["parties"][1],
            "Delta"
        );
        assert_eq!(json["counts"][1]["kind"], "entity_added");
    }

    #[test]
    fn bad_lines_name_the_side_and_line() {
        let good = jsonl(&[doc("a")]);
        let err = diff_readers(good.as_bytes(), format!("{good}{{oops\n").as_bytes()).unwrap_err();
        assert!(err.to_string().starts_with("NEW: line 2:"), "{err}");
    }
}
