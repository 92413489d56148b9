//! Stage 8: normalize. Turns the analysis of one article into its output
//! [`Record`] (schema v1, see `docs/schema.json`).
//!
//! Guarantees: entities are ordered by first mention and numbered `c1..`
//! (companies) and `p1..` (people); events are ordered by first evidence with
//! their two parties sorted alphabetically; every `start`/`end` slices the
//! article text to exactly the mention's `text`.

use serde::{Deserialize, Serialize};

use crate::Analysis;
use crate::pipeline::read::Diagnostic;
use crate::pipeline::spot::Kind;

/// The record of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The article.
    pub doc: DocInfo,
    /// Companies and people.
    pub entities: Vec<EntityOut>,
    /// Ties between companies.
    pub events: Vec<EventOut>,
    /// Problems met (decoding, skipping).
    #[serde(default)]
    pub diagnostics: Vec<DiagnosticOut>,
}

/// Article identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocInfo {
    /// File stem or `--stdin` id.
    pub id: String,
    /// Path as given.
    pub path: String,
    /// The headline ("" when none).
    pub title: String,
    /// Length of the text in bytes.
    pub bytes: usize,
}

/// An entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityOut {
    /// `c1`, `p1`, ...
    pub id: String,
    /// `company` or `person`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The fullest clean form used in the article.
    pub name: String,
    /// For people: (title, org) pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<RoleOut>>,
    /// Every mention.
    pub mentions: Vec<MentionOut>,
}

/// A role of a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleOut {
    /// Lower-cased title.
    pub title: String,
    /// Company entity name, or null.
    pub org: Option<String>,
}

/// A mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionOut {
    /// Exactly `text[start..end]`.
    pub text: String,
    /// Byte offset.
    pub start: usize,
    /// Byte offset.
    pub end: usize,
    /// Rule id that produced it.
    pub rule: String,
}

/// A tie between two companies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventOut {
    /// partnership | joint_venture | acquisition | investment
    #[serde(rename = "type")]
    pub event_type: String,
    /// announced | talks | rumored | denied | ended
    pub status: String,
    /// Two entity names, sorted.
    pub parties: [String; 2],
    /// Supporting sentences.
    pub evidence: Vec<EvidenceOut>,
}

/// One supporting sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceOut {
    /// Byte offset of the sentence.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// The sentence, `text[start..end]`.
    pub text: String,
    /// The trigger cue as written.
    pub trigger: String,
    /// Trigger rule id.
    pub rule: String,
    /// Status cue rule id, when one set the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_rule: Option<String>,
}

/// A diagnostic in a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticOut {
    /// warning | error
    pub level: String,
    /// Stable code.
    pub code: String,
    /// Detail.
    pub message: String,
}

impl From<&Diagnostic> for DiagnosticOut {
    fn from(d: &Diagnostic) -> Self {
        DiagnosticOut {
            level: d.level.to_string(),
            code: d.code.to_string(),
            message: d.message.clone(),
        }
    }
}

fn lower_snake<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The entities in output order (by first mention) and each entity's id
/// (`c1..` for companies, `p1..` for people), indexed like the resolution.
pub fn entity_order(a: &Analysis) -> (Vec<usize>, Vec<String>) {
    let res = &a.resolution;
    let mut order: Vec<usize> = (0..res.entities.len()).collect();
    let first_of = |e: usize| {
        res.entities[e]
            .mentions
            .first()
            .map_or(usize::MAX, |&m| res.mentions[m].first)
    };
    order.sort_by_key(|&e| first_of(e));
    let mut ids = vec![String::new(); res.entities.len()];
    let (mut c, mut p) = (0, 0);
    for &e in &order {
        ids[e] = if res.entities[e].kind == Kind::Person {
            p += 1;
            format!("p{p}")
        } else {
            c += 1;
            format!("c{c}")
        };
    }
    (order, ids)
}

impl Record {
    /// The record of an article that could not be processed.
    pub fn skipped(id: &str, path: &str, bytes: usize, diagnostic: &Diagnostic) -> Self {
        Record {
            doc: DocInfo {
                id: id.to_string(),
                path: path.to_string(),
                title: String::new(),
                bytes,
            },
            entities: Vec::new(),
            events: Vec::new(),
            diagnostics: vec![diagnostic.into()],
        }
    }

    /// Builds the record from an analysis.
    pub fn from_analysis(a: &Analysis) -> Self {
        let text = a.article.text.as_str();
        let toks = &a.tokens.tokens;
        let res = &a.resolution;
        let (order, ids) = entity_order(a);
        let entities = order
            .iter()
            .map(|&e| {
                let ent = &res.entities[e];
                let mentions = ent
                    .mentions
                    .iter()
                    .map(|&m| {
                        let m = &res.mentions[m];
                        let (start, end) = (
                            a.view.start(toks[m.first].start),
                            a.view.end(toks[m.last - 1].end),
                        );
                        MentionOut {
                            text: text[start..end].to_string(),
                            start,
                            end,
                            rule: m.rule.clone(),
                        }
                    })
                    .collect();
                let roles = (ent.kind == Kind::Person).then(|| {
                    let mut rs: Vec<RoleOut> = a.roles[e]
                        .iter()
                        .map(|r| RoleOut {
                            title: r.title.clone(),
                            org: r.org.map(|o| res.entities[o].name.clone()),
                        })
                        .collect();
                    rs.dedup();
                    rs
                });
                EntityOut {
                    id: ids[e].clone(),
                    kind: if ent.kind == Kind::Person {
                        "person"
                    } else {
                        "company"
                    }
                    .to_string(),
                    name: ent.name.clone(),
                    roles,
                    mentions,
                }
            })
            .collect();
        let mut events: Vec<EventOut> = a
            .events
            .iter()
            .map(|ev| {
                let mut parties = [
                    res.entities[ev.parties.0].name.clone(),
                    res.entities[ev.parties.1].name.clone(),
                ];
                parties.sort();
                EventOut {
                    event_type: lower_snake(&ev.event_type),
                    status: lower_snake(&ev.status),
                    parties,
                    evidence: ev
                        .evidence
                        .iter()
                        .map(|x| EvidenceOut {
                            start: a.view.start(x.start),
                            end: a.view.end(x.end),
                            text: text[a.view.start(x.start)..a.view.end(x.end)].to_string(),
                            trigger: x.trigger.clone(),
                            rule: x.rule.clone(),
                            status_rule: x.status_rule.clone(),
                        })
                        .collect(),
                }
            })
            .collect();
        events.sort_by(|a, b| {
            (a.evidence[0].start, &a.parties).cmp(&(b.evidence[0].start, &b.parties))
        });
        let title = a
            .layout
            .title()
            .map(|(s, e)| text[a.view.start(s)..a.view.end(e)].trim().to_string())
            .unwrap_or_default();
        Record {
            doc: DocInfo {
                id: a.article.id.clone(),
                path: a.article.path.clone(),
                title,
                bytes: text.len(),
            },
            entities,
            events,
            diagnostics: a
                .article
                .diagnostics
                .iter()
                .chain(&a.event_diagnostics)
                .map(DiagnosticOut::from)
                .collect(),
        }
    }
}
