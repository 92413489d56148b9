//! An article's text cut into plain and highlighted pieces, as displaCy
//! shows entities: company and person mentions, and event triggers.
//!
//! Takes the text (as `extract` read it) and its record; gives segments in
//! text order whose texts concatenate to the whole text. Spans that overlap
//! an earlier (longer-first) span are left out; spans whose byte offsets are
//! out of range, not on character boundaries or not slicing the mention's
//! `text` are skipped and counted. Linear in the text plus n log n in spans.

use serde::Serialize;

use crate::Record;
use crate::review::graph::short_type;

/// A piece of text: `[text, kind, label]`, kind `""` (plain), `company`,
/// `person` or `trigger`; label is what the badge says (`ORG`, `PER`, the
/// event's short type and status).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment(pub String, pub String, pub String);

impl Segment {
    /// Plain text.
    pub fn plain(text: &str) -> Self {
        Segment(text.to_string(), String::new(), String::new())
    }
}

/// The first match of `needle` in `hay`, ASCII case ignored (byte offset).
pub fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .find(|&i| hay.is_char_boundary(i) && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The segments of `text` and the number of spans skipped as not matching.
pub fn segments(text: &str, rec: &Record) -> (Vec<Segment>, usize) {
    let mut spans: Vec<(usize, usize, &str, String)> = Vec::new();
    let mut skipped = 0;
    for e in &rec.entities {
        let (kind, label) = match e.kind.as_str() {
            "person" => ("person", "PER"),
            _ => ("company", "ORG"),
        };
        for m in &e.mentions {
            if text.get(m.start..m.end) == Some(m.text.as_str()) && m.start < m.end {
                spans.push((m.start, m.end, kind, label.to_string()));
            } else {
                skipped += 1;
            }
        }
    }
    for ev in &rec.events {
        let label = format!("{} {}", short_type(&ev.event_type), ev.status);
        for x in &ev.evidence {
            let Some(sentence) = text.get(x.start..x.end) else {
                skipped += 1;
                continue;
            };
            if let Some(at) = find_ascii_ci(sentence, &x.trigger) {
                let start = x.start + at;
                spans.push((start, start + x.trigger.len(), "trigger", label.clone()));
            }
        }
    }
    // Longest first at a start; a span overlapping a kept one is dropped.
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, kind, label) in spans {
        if start < at {
            continue;
        }
        if start > at {
            out.push(Segment::plain(&text[at..start]));
        }
        out.push(Segment(
            text[start..end].to_string(),
            kind.to_string(),
            label,
        ));
        at = end;
    }
    if at < text.len() {
        out.push(Segment::plain(&text[at..]));
    }
    (out, skipped)
}
