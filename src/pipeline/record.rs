//! Stage 8: normalize. Turns the analysis of one article into its output
//! [`Record`] (schema v1, see `docs/schema.json`).
//!
//! Guarantees: entities are ordered by first mention and numbered `c1..`
//! (companies) and `p1..` (people); events are ordered by first evidence with
//! their two parties sorted alphabetically; every `start`/`end` slices the
//! article text to exactly the mention's `text`.
//!
//! Reading records back (`eval`, `diff`, `graph`, `report`, through
//! [`review::input`](crate::review::input)) is lenient: only `doc.id`, an
//! entity's `type` and `name`, an event's `type`, `status` and `parties`, a
//! mention's `text`, `start`, `end`, an evidence's `start`, `end`, `text`
//! and a diagnostic's `level` and `code` are required; a missing list is
//! empty, a missing string empty, a missing number 0.

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
    #[serde(default)]
    pub entities: Vec<EntityOut>,
    /// Ties between companies.
    #[serde(default)]
    pub events: Vec<EventOut>,
    /// Problems met (decoding, skipping).
    #[serde(default)]
    pub diagnostics: Vec<DiagnosticOut>,
    /// The kept article text (`tieup extract --text`; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_text: Option<MainText>,
}

/// The article text a reader sees: the lines the clean stage kept, with
/// boilerplate masks cut out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MainText {
    /// The pieces `text[start..end]` of every span, joined by `\n`.
    pub text: String,
    /// Byte ranges `[start, end)` of the pieces in the original article
    /// text, in text order, disjoint, never empty.
    pub spans: Vec<[usize; 2]>,
}

impl MainText {
    /// The kept text of an analysis, its spans mapped back to the article's
    /// original bytes.
    pub fn from_analysis(a: &Analysis) -> Self {
        let text = a.article.text.as_str();
        let spans: Vec<[usize; 2]> = a
            .layout
            .kept_spans()
            .into_iter()
            .map(|(s, e)| [a.view.start(s), a.view.end(e)])
            .filter(|[s, e]| s < e)
            .collect();
        let mut out = String::with_capacity(spans.iter().map(|[s, e]| e - s + 1).sum());
        for (i, [s, e]) in spans.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&text[*s..*e]);
        }
        MainText { text: out, spans }
    }
}

/// Article identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocInfo {
    /// File stem or `--stdin` id.
    pub id: String,
    /// Path as given.
    #[serde(default)]
    pub path: String,
    /// The headline ("" when none).
    #[serde(default)]
    pub title: String,
    /// Length of the text in bytes.
    #[serde(default)]
    pub bytes: usize,
}

/// An entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityOut {
    /// `c1`, `p1`, ...
    #[serde(default)]
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
    #[serde(default)]
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
    #[serde(default)]
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
    #[serde(default)]
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
    #[serde(default)]
    pub trigger: String,
    /// Trigger rule id.
    #[serde(default)]
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
    #[serde(default)]
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
            main_text: None,
        }
    }

    /// Builds the record from an analysis: the entities in output order,
    /// the events sorted by first evidence, the headline and every
    /// diagnostic.
    pub fn from_analysis(a: &Analysis) -> Self {
        let text = a.article.text.as_str();
        let (order, ids) = entity_order(a);
        let entities = order.iter().map(|&e| entity_out(a, e, &ids[e])).collect();
        let mut events: Vec<EventOut> = a.events.iter().map(|ev| event_out(a, ev)).collect();
        events.sort_by(|a, b| {
            (a.evidence[0].start, &a.parties).cmp(&(b.evidence[0].start, &b.parties))
        });
        Record {
            doc: DocInfo {
                id: a.article.id.clone(),
                path: a.article.path.clone(),
                title: title(a),
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
            main_text: None,
        }
    }
}

/// The headline, trimmed, as the article writes it ("" when none).
fn title(a: &Analysis) -> String {
    let text = a.article.text.as_str();
    a.layout
        .title()
        .map(|(s, e)| text[a.view.start(s)..a.view.end(e)].trim().to_string())
        .unwrap_or_default()
}

/// Entity `e` of the resolution with its output id, its mentions in
/// article byte offsets and, for a person, its distinct roles.
fn entity_out(a: &Analysis, e: usize, id: &str) -> EntityOut {
    let res = &a.resolution;
    let ent = &res.entities[e];
    let person = ent.kind == Kind::Person;
    EntityOut {
        id: id.to_string(),
        kind: if person { "person" } else { "company" }.to_string(),
        name: ent.name.clone(),
        roles: person.then(|| roles_out(a, e)),
        mentions: ent.mentions.iter().map(|&m| mention_out(a, m)).collect(),
    }
}

/// Mention `m` of the resolution: token range mapped back to the article's
/// bytes, with the text those bytes slice.
fn mention_out(a: &Analysis, m: usize) -> MentionOut {
    let toks = &a.tokens.tokens;
    let m = &a.resolution.mentions[m];
    let start = a.view.start(toks[m.first].start);
    let end = a.view.end(toks[m.last - 1].end);
    MentionOut {
        text: a.article.text[start..end].to_string(),
        start,
        end,
        rule: m.rule.clone(),
    }
}

/// The roles of person `e`, organisation named by its entity name,
/// consecutive repeats dropped.
fn roles_out(a: &Analysis, e: usize) -> Vec<RoleOut> {
    let res = &a.resolution;
    let mut rs: Vec<RoleOut> = a.roles[e]
        .iter()
        .map(|r| RoleOut {
            title: r.title.clone(),
            org: r.org.map(|o| res.entities[o].name.clone()),
        })
        .collect();
    rs.dedup();
    rs
}

/// An event with its parties named and sorted, and its evidence sentences
/// mapped back to the article's bytes.
fn event_out(a: &Analysis, ev: &crate::pipeline::events::Event) -> EventOut {
    let res = &a.resolution;
    let text = a.article.text.as_str();
    let mut parties = [
        res.entities[ev.parties.0].name.clone(),
        res.entities[ev.parties.1].name.clone(),
    ];
    parties.sort();
    let evidence = ev
        .evidence
        .iter()
        .map(|x| {
            let (start, end) = (a.view.start(x.start), a.view.end(x.end));
            EvidenceOut {
                start,
                end,
                text: text[start..end].to_string(),
                trigger: x.trigger.clone(),
                rule: x.rule.clone(),
                status_rule: x.status_rule.clone(),
            }
        })
        .collect();
    EventOut {
        event_type: lower_snake(&ev.event_type),
        status: lower_snake(&ev.status),
        parties,
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Article, Extractor, Rules};

    fn record(text: &str) -> super::Record {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        extractor.extract(&Article::from_text("t", "t.txt", text))
    }

    /// Invented article with typographic quotes and dashes, which the view
    /// folds: offsets must still slice the original text.
    const TEXT: &str = "Zorvex Corp \u{2014} talks\n\n\u{201c}Borealis Inc is in talks with Zorvex Corp,\u{201d} said Mr. Tam Quillon, chief executive of Borealis Inc.\n";

    #[test]
    fn mentions_and_evidence_slice_the_original_text() {
        let r = record(TEXT);
        assert!(!r.entities.is_empty() && !r.events.is_empty(), "{r:?}");
        for m in r.entities.iter().flat_map(|e| &e.mentions) {
            assert_eq!(&TEXT[m.start..m.end], m.text);
        }
        for x in r.events.iter().flat_map(|e| &e.evidence) {
            assert_eq!(&TEXT[x.start..x.end], x.text);
        }
        assert_eq!(r.doc.bytes, TEXT.len());
        assert_eq!(r.doc.title, "Zorvex Corp \u{2014} talks");
    }

    #[test]
    fn entities_numbered_by_kind_in_order_of_first_mention() {
        let r = record(TEXT);
        let firsts: Vec<usize> = r.entities.iter().map(|e| e.mentions[0].start).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
        let (mut c, mut p) = (0, 0);
        for e in &r.entities {
            let want = if e.kind == "person" {
                p += 1;
                assert!(e.roles.is_some());
                format!("p{p}")
            } else {
                c += 1;
                assert!(e.roles.is_none());
                format!("c{c}")
            };
            assert_eq!(e.id, want);
        }
    }

    #[test]
    fn event_parties_sorted_and_named_by_entities() {
        let r = record(TEXT);
        let names: Vec<&str> = r.entities.iter().map(|e| e.name.as_str()).collect();
        for ev in &r.events {
            assert!(ev.parties[0] <= ev.parties[1]);
            assert!(ev.parties.iter().all(|p| names.contains(&p.as_str())));
            assert_eq!(ev.status, "talks");
        }
    }

    #[test]
    fn main_text_spans_slice_the_original_text_exactly() {
        // Curly quotes are folded for matching (the view's offsets differ)
        // and a photo credit is masked out of a kept line.
        let text = "Zorblax’s “big” deal\n\nZorblax Dynamics said on Tuesday it would buy Quenton Freight (Photo : Wire) for “cash”.\n";
        let extractor = Extractor::new(Rules::default_rules().unwrap()).with_main_text(true);
        let record = extractor.extract(&Article::from_text("t", "", text));
        let main = record.main_text.expect("--text asked for");
        assert!(main.spans.len() >= 3, "{main:?}");
        let pieces: Vec<&str> = main.spans.iter().map(|&[s, e]| &text[s..e]).collect();
        assert_eq!(main.text, pieces.join("\n"));
        assert_eq!(pieces[0], "Zorblax’s “big” deal");
        assert!(main.text.contains("for “cash”.") && !main.text.contains("Photo"));
        assert!(main.spans.windows(2).all(|w| w[0][1] <= w[1][0]));
        // Off by default, and then absent from the JSON.
        let plain = Extractor::new(Rules::default_rules().unwrap());
        let r = plain.extract(&Article::from_text("t", "", text));
        assert!(r.main_text.is_none());
        assert!(!serde_json::to_string(&r).unwrap().contains("main_text"));
    }
}
