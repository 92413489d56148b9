//! The review page: `tieup report`.
//!
//! Takes: extraction records (JSON Lines, one per article, read one line at
//! a time) and, for the article texts, the files the records name (or a
//! corpus folder). Gives: one self-contained HTML file (inline CSS and JS,
//! the vendored cytoscape graph library; no server, no network) with a
//! summary, a sortable and filterable events table, the company network and
//! per article its text with company, person and trigger spans highlighted.
//!
//! Guarantees: one pass over the input, memory bounded by the [`Limits`]
//! (events kept for the table, articles whose text is shown, edges drawn),
//! not by the input; every limit that cut something is said on the page.
//! Spans whose byte offsets do not slice the text to the mention's `text`
//! are not highlighted but counted. The embedded JSON escapes every `<`, so
//! no `</script>` in a name or a text can end the data block.
//!
//! ```
//! use tieup::review::graph::CompanyKeyer;
//! use tieup::review::report::{Limits, ReportBuilder};
//! use tieup::Rules;
//! let keyer = CompanyKeyer::new(&Rules::default_rules().unwrap());
//! let mut b = ReportBuilder::new(keyer, Limits::default(), None);
//! b.add_line(r#"{"doc":{"id":"a","path":"","title":"","bytes":0},"entities":[],"events":[],"diagnostics":[]}"#).unwrap();
//! let mut html = Vec::new();
//! b.finish().write_html(&mut html).unwrap();
//! assert!(String::from_utf8(html).unwrap().contains("id=\"report-data\""));
//! ```

mod text;

use std::collections::{BTreeMap, HashSet};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::graph::{CompanyKeyer, GraphBuilder};
pub use super::input::ReadError;
use super::input::{JsonLines, parse_line};
use crate::Record;
use crate::pipeline::record::{DocInfo, EventOut};
pub use text::{Segment, segments};

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");
const CYTOSCAPE: &str = include_str!("vendor/cytoscape.min.js");

/// How much of a large run the page keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Articles whose text is shown (those with events first, in input order).
    pub max_articles: usize,
    /// Events listed in the table (in input order).
    pub max_events: usize,
    /// Heaviest company pairs embedded for the network.
    pub max_edges: usize,
    /// Pairs drawn when the page opens (the page can show more, up to `max_edges`).
    pub top: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_articles: 100,
            max_events: 20_000,
            max_edges: 1_000,
            top: 25,
        }
    }
}

/// Counts over the whole input (never cut by [`Limits`]).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Records read.
    pub articles: usize,
    /// Records with at least one event.
    pub articles_with_events: usize,
    /// Companies across articles (merged as `tieup graph` merges them).
    pub companies: usize,
    /// Distinct person names.
    pub people: usize,
    /// Events read.
    pub events: usize,
    /// Events per type, then per status.
    pub by_type: BTreeMap<String, BTreeMap<String, usize>>,
    /// Diagnostics per `level/code`.
    pub diagnostics: BTreeMap<String, usize>,
}

/// One row of the events table: `[party, party, type, status, article id,
/// sentence before the trigger, trigger, sentence after]`.
pub type EventRow = [String; 8];

/// A company of the network: `[id, label, articles, events]`.
pub type NodeRow = (String, String, usize, usize);

/// A pair of the network: `[source id, target id, weight, {"type/status": n},
/// first article]`.
pub type EdgeRow = (String, String, usize, BTreeMap<String, usize>, String);

/// An article shown with its text.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Where the text was read from.
    pub source: String,
    /// Events of the article.
    pub events: usize,
    /// The text cut into plain and highlighted pieces (empty when unread).
    pub segments: Vec<Segment>,
    /// Why the text is missing or not highlighted, or spans skipped.
    pub note: String,
}

/// What the page embeds, as JSON.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Generator and input.
    pub meta: Meta,
    /// Counts over the input.
    pub summary: Summary,
    /// Event rows (at most `max_events`).
    pub events: Vec<EventRow>,
    /// Company nodes touched by the embedded edges.
    pub nodes: Vec<NodeRow>,
    /// Heaviest pairs, heaviest first.
    pub edges: Vec<EdgeRow>,
    /// Articles with text (at most `max_articles`).
    pub articles: Vec<ArticleView>,
}

/// Generator, input and limits, for the page's header and notes.
#[derive(Debug, Serialize)]
pub struct Meta {
    /// `tieup x.y.z`.
    pub generator: String,
    /// The limits in force.
    pub limits: Limits,
    /// Company pairs in the whole input.
    pub total_edges: usize,
    /// Articles whose text could have been shown (read or not).
    pub total_articles: usize,
}

/// Reads records one by one and keeps what the page needs.
#[derive(Debug)]
pub struct ReportBuilder {
    limits: Limits,
    corpus: Option<PathBuf>,
    graph: GraphBuilder,
    summary: Summary,
    people: HashSet<String>,
    events: Vec<EventRow>,
    with_events: Vec<ArticleView>,
    without_events: Vec<ArticleView>,
    lines: usize,
}

impl ReportBuilder {
    /// A report merging companies with `keyer`, cut by `limits`, reading
    /// texts from `corpus` (see [`find_text`]) or from the records' paths.
    pub fn new(keyer: CompanyKeyer, limits: Limits, corpus: Option<PathBuf>) -> Self {
        ReportBuilder {
            limits,
            corpus,
            graph: GraphBuilder::new(keyer),
            summary: Summary::default(),
            people: HashSet::new(),
            events: Vec::new(),
            with_events: Vec::new(),
            without_events: Vec::new(),
            lines: 0,
        }
    }

    /// Adds one JSON Lines line (blank lines are skipped; see
    /// [`input`](super::input) for what is accepted).
    pub fn add_line(&mut self, line: &str) -> Result<(), ReadError> {
        self.lines += 1;
        if let Some(rec) = parse_line::<Record>(line, self.lines)? {
            self.add(rec);
        }
        Ok(())
    }

    /// Adds every line of a JSON Lines reader (see [`input`](super::input)).
    pub fn add_reader<R: BufRead>(&mut self, reader: R) -> Result<(), ReadError> {
        for rec in JsonLines::<R, Record>::new(reader) {
            self.add(rec?);
        }
        Ok(())
    }

    /// Adds one record.
    pub fn add(&mut self, rec: Record) {
        self.count(&rec);
        for ev in &rec.events {
            if self.events.len() < self.limits.max_events {
                self.events.push(event_row(&rec.doc.id, ev));
            }
        }
        let has_events = !rec.events.is_empty();
        let room = if has_events {
            self.with_events.len() < self.limits.max_articles
        } else {
            self.without_events.len() + self.with_events.len() < self.limits.max_articles
        };
        if room {
            let view = self.view(&rec);
            if has_events {
                self.with_events.push(view);
            } else {
                self.without_events.push(view);
            }
        }
        self.graph.add(&rec);
    }

    fn count(&mut self, rec: &Record) {
        let s = &mut self.summary;
        s.articles += 1;
        s.events += rec.events.len();
        if !rec.events.is_empty() {
            s.articles_with_events += 1;
        }
        for ev in &rec.events {
            *s.by_type
                .entry(ev.event_type.clone())
                .or_default()
                .entry(ev.status.clone())
                .or_default() += 1;
        }
        for d in &rec.diagnostics {
            *s.diagnostics
                .entry(format!("{}/{}", d.level, d.code))
                .or_default() += 1;
        }
        for e in rec.entities.iter().filter(|e| e.kind == "person") {
            if !self.people.contains(&e.name) {
                self.people.insert(e.name.clone());
            }
        }
    }

    fn view(&self, rec: &Record) -> ArticleView {
        let mut view = ArticleView {
            id: rec.doc.id.clone(),
            title: rec.doc.title.clone(),
            source: String::new(),
            events: rec.events.len(),
            segments: Vec::new(),
            note: String::new(),
        };
        match find_text(&rec.doc, self.corpus.as_deref()) {
            Ok((path, text)) => {
                view.source = path.display().to_string();
                if text.len() != rec.doc.bytes {
                    view.note = format!(
                        "the text has {} bytes, the record says {}: shown without highlights",
                        text.len(),
                        rec.doc.bytes
                    );
                    view.segments = vec![Segment::plain(&text)];
                } else {
                    let (segs, skipped) = segments(&text, rec);
                    view.segments = segs;
                    if skipped > 0 {
                        view.note = format!("{skipped} spans did not match the text: not shown");
                    }
                }
            }
            Err(why) => view.note = why,
        }
        view
    }

    /// The report: counts, kept rows and articles, the heaviest pairs.
    pub fn finish(mut self) -> Report {
        let mut graph = self.graph.finish(true);
        self.summary.companies = graph.nodes.len();
        self.summary.people = self.people.len();
        let total_edges = graph.edges.len();
        graph.retain_top(self.limits.max_edges);
        let mut articles = self.with_events;
        let total_articles = self.summary.articles;
        let room = self.limits.max_articles.saturating_sub(articles.len());
        articles.extend(self.without_events.into_iter().take(room));
        Report {
            meta: Meta {
                generator: format!("tieup {}", env!("CARGO_PKG_VERSION")),
                limits: self.limits,
                total_edges,
                total_articles,
            },
            summary: self.summary,
            events: self.events,
            nodes: graph
                .nodes
                .into_iter()
                .map(|n| (n.id, n.label, n.articles, n.events))
                .collect(),
            edges: graph
                .edges
                .into_iter()
                .map(|e| (e.source, e.target, e.weight, e.type_status, e.first))
                .collect(),
            articles,
        }
    }
}

/// The table row of one event: its first evidence, cut around the trigger.
fn event_row(id: &str, ev: &EventOut) -> EventRow {
    let (before, trigger, after) = match ev.evidence.first() {
        Some(e) => {
            let sentence = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
            match text::find_ascii_ci(&sentence, &e.trigger) {
                Some(at) if !e.trigger.is_empty() => {
                    let end = at + e.trigger.len();
                    (
                        sentence[..at].to_string(),
                        sentence[at..end].to_string(),
                        sentence[end..].to_string(),
                    )
                }
                _ => (sentence, String::new(), String::new()),
            }
        }
        None => Default::default(),
    };
    [
        ev.parties[0].clone(),
        ev.parties[1].clone(),
        ev.event_type.clone(),
        ev.status.clone(),
        id.to_string(),
        before,
        trigger,
        after,
    ]
}

/// The text of an article, as `extract` read it (lossy UTF-8, BOM dropped).
///
/// With `corpus`, tries `corpus/<path>` (a relative path), then
/// `corpus/<file name of path>`, then `corpus/<id>.txt`; without, the
/// record's `path`. Errors: a one-line reason (no path, not found).
pub fn find_text(doc: &DocInfo, corpus: Option<&Path>) -> Result<(PathBuf, String), String> {
    let given = Path::new(&doc.path);
    let candidates: Vec<PathBuf> = match corpus {
        Some(dir) => {
            let mut c = Vec::new();
            if !doc.path.is_empty() && given.is_relative() {
                c.push(dir.join(given));
            }
            if let Some(name) = given.file_name() {
                c.push(dir.join(name));
            }
            c.push(dir.join(format!("{}.txt", doc.id)));
            c
        }
        None if doc.path.is_empty() => {
            return Err("no path in the record (--stdin?): give --corpus DIR".into());
        }
        None => vec![given.to_path_buf()],
    };
    for path in &candidates {
        if let Ok(bytes) = std::fs::read(path) {
            let text = String::from_utf8_lossy(&bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
            return Ok((path.clone(), text));
        }
    }
    let tried: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    Err(format!("text not found (tried {})", tried.join(", ")))
}

/// Writes JSON with every `<` as `\u003c`, so it can sit in a `<script>`.
struct ScriptSafe<W: Write>(W);

impl<W: Write> Write for ScriptSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'<') {
            self.0.write_all(&rest[..i])?;
            self.0.write_all(b"\\u003c")?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Report {
    /// Writes the self-contained HTML page.
    pub fn write_html<W: Write>(&self, mut w: W) -> io::Result<()> {
        writeln!(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>")?;
        writeln!(w, "<meta charset=\"utf-8\">")?;
        writeln!(
            w,
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )?;
        writeln!(w, "<title>tieup report</title>")?;
        writeln!(w, "<style>\n{CSS}</style>\n</head>\n<body>")?;
        writeln!(w, "<div id=\"app\">Loading the report…</div>")?;
        writeln!(w, "<div id=\"js-errors\" hidden></div>")?;
        write!(w, "<script type=\"application/json\" id=\"report-data\">")?;
        serde_json::to_writer(ScriptSafe(&mut w), self)?;
        writeln!(w, "</script>")?;
        writeln!(w, "<script>\n{CYTOSCAPE}\n</script>")?;
        writeln!(w, "<script>\n{JS}</script>\n</body>\n</html>")
    }
}

#[cfg(test)]
mod tests;
