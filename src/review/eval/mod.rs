//! Scoring: compares extraction records with gold annotations.
//!
//! Gold is one JSON object per article (`shared/eval/*.gold.jsonl` format):
//! `doc`, `companies` (name, aliases), `people` (name, aliases, roles of
//! title and org), `events` (parties, type, status). Matching follows the
//! annotation guidelines: a system entity matches a gold one when its name or
//! one of its mention texts equals the gold name or an alias after case
//! folding, dropping punctuation and a possessive 's (one-to-one); a role
//! matches when its person and org match (or both orgs are absent) and the
//! titles share a word; an event pair matches when both parties match, and
//! strictly when type and status match too.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::pipeline::record::Record;

mod kinds;
pub use kinds::error_kinds;

/// Gold annotation of one article.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Gold {
    /// Article id (file stem).
    pub doc: String,
    /// Path under shared/.
    #[serde(default)]
    pub source: String,
    /// Companies.
    #[serde(default)]
    pub companies: Vec<GoldEntity>,
    /// People.
    #[serde(default)]
    pub people: Vec<GoldEntity>,
    /// Events.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// A gold company or person.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEntity {
    /// Fullest clean name.
    pub name: String,
    /// Other surface forms.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Roles (people only).
    #[serde(default)]
    pub roles: Vec<GoldRole>,
}

/// A gold role.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldRole {
    /// Lower-cased title.
    pub title: String,
    /// Company name or null.
    pub org: Option<String>,
}

/// A gold event.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    /// Two company names.
    pub parties: [String; 2],
    /// Type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Status.
    pub status: String,
}

/// True/false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Matched.
    pub tp: usize,
    /// Spurious.
    pub fp: usize,
    /// Missed.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp), 1 when nothing was predicted or expected.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Scores per category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    /// Companies.
    pub companies: Counts,
    /// People.
    pub people: Counts,
    /// Roles.
    pub roles: Counts,
    /// Event pairs.
    pub event_pairs: Counts,
    /// Events with type and status.
    pub events_strict: Counts,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.companies.add(o.companies);
        self.people.add(o.people);
        self.roles.add(o.roles);
        self.event_pairs.add(o.event_pairs);
        self.events_strict.add(o.events_strict);
    }
    /// (category name, counts), in report order.
    pub fn rows(&self) -> [(&'static str, Counts); 5] {
        [
            ("companies", self.companies),
            ("people", self.people),
            ("roles", self.roles),
            ("event pairs", self.event_pairs),
            ("events strict", self.events_strict),
        ]
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<14} {:>9} {:>6} {:>6} {:>5} {:>5} {:>5}",
            "", "precision", "recall", "F1", "tp", "fp", "fn"
        )?;
        for (name, c) in self.rows() {
            writeln!(
                f,
                "{:<14} {:>9.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )?;
        }
        Ok(())
    }
}

/// What one article got wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocReport {
    /// Article id.
    pub doc: String,
    /// Scores of this article.
    pub scores: Scores,
    /// Missed gold items, as short descriptions.
    pub missed: Vec<String>,
    /// Spurious system items.
    pub spurious: Vec<String>,
    /// Errors of this article counted by kind (see [`error_kinds`]).
    pub kinds: BTreeMap<String, usize>,
}

impl DocReport {
    fn count(&mut self, kind: impl Into<String>) {
        *self.kinds.entry(kind.into()).or_default() += 1;
    }
}

/// Normalises a surface form for matching.
pub fn norm(s: &str) -> String {
    let s = s.trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s);
    let mut out = String::new();
    for w in s.split_whitespace() {
        let w: String = w
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w);
    }
    out
}

struct SysEntity<'a> {
    name: &'a str,
    forms: HashSet<String>,
}

/// A gold entity's name and aliases, normalised.
fn gold_forms(ge: &GoldEntity) -> HashSet<String> {
    std::iter::once(&ge.name)
        .chain(&ge.aliases)
        .map(|s| norm(s))
        .collect()
}

/// One-to-one greedy matching: gold index -> system index.
fn match_entities(gold: &[GoldEntity], sys: &[SysEntity<'_>]) -> Vec<Option<usize>> {
    let mut used = vec![false; sys.len()];
    let mut out = vec![None; gold.len()];
    // Exact names first, then any form.
    for pass in 0..2 {
        for (g, ge) in gold.iter().enumerate() {
            if out[g].is_some() {
                continue;
            }
            let gforms = gold_forms(ge);
            let found = sys.iter().enumerate().find(|(s, se)| {
                !used[*s]
                    && if pass == 0 {
                        norm(se.name) == norm(&ge.name)
                    } else {
                        se.forms.iter().any(|f| gforms.contains(f))
                    }
            });
            if let Some((s, _)) = found {
                used[s] = true;
                out[g] = Some(s);
            }
        }
    }
    out
}

fn words(s: &str) -> HashSet<String> {
    norm(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Scores one article: companies and people (one-to-one matching), then
/// roles and events through the company matching.
pub fn score_doc(gold: &Gold, rec: Option<&Record>) -> DocReport {
    let empty = empty_record(&gold.doc);
    let rec = rec.unwrap_or(&empty);
    let mut rep = DocReport {
        doc: gold.doc.clone(),
        ..DocReport::default()
    };
    let (_, csys) = sys_entities(rec, "company");
    let (people, psys) = sys_entities(rec, "person");
    let cmatch = match_entities(&gold.companies, &csys);
    let pmatch = match_entities(&gold.people, &psys);
    rep.scores.companies = tally(&cmatch, &gold.companies, &csys, "company", &mut rep);
    rep.scores.people = tally(&pmatch, &gold.people, &psys, "person", &mut rep);
    kinds::entity_errors(
        &gold.companies,
        &cmatch,
        &csys,
        ("company", &psys, &gold.people),
        &mut rep,
    );
    kinds::entity_errors(
        &gold.people,
        &pmatch,
        &psys,
        ("person", &csys, &gold.companies),
        &mut rep,
    );
    let sys_to_gold = gold_names(&cmatch, &csys, &gold.companies);
    let people = MatchedPeople {
        entities: &people,
        matches: &pmatch,
    };
    rep.scores.roles = score_roles(gold, rec, &people, &sys_to_gold, &mut rep);
    let (pairs, strict) = score_events(gold, rec, &sys_to_gold, &mut rep);
    rep.scores.event_pairs = pairs;
    rep.scores.events_strict = strict;
    rep
}

/// The record of an article the run has no line for: nothing found.
fn empty_record(doc: &str) -> Record {
    Record {
        doc: crate::pipeline::record::DocInfo {
            id: doc.to_string(),
            path: String::new(),
            title: String::new(),
            bytes: 0,
        },
        entities: Vec::new(),
        events: Vec::new(),
        diagnostics: Vec::new(),
        main_text: None,
    }
}

/// System company name -> the gold company name it was matched to.
fn gold_names<'a>(
    matches: &[Option<usize>],
    sys: &[SysEntity<'a>],
    gold: &'a [GoldEntity],
) -> BTreeMap<&'a str, &'a str> {
    let mut sys_to_gold = BTreeMap::new();
    for (g, m) in matches.iter().enumerate() {
        if let Some(s) = m {
            sys_to_gold.insert(sys[*s].name, gold[g].name.as_str());
        }
    }
    sys_to_gold
}

/// The record's entities of one kind: their indexes in the record, and
/// their names with every normalised surface form.
fn sys_entities<'r>(rec: &'r Record, kind: &str) -> (Vec<usize>, Vec<SysEntity<'r>>) {
    rec.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == kind)
        .map(|(i, e)| {
            let forms = std::iter::once(e.name.as_str())
                .chain(e.mentions.iter().map(|m| m.text.as_str()))
                .map(norm)
                .collect();
            (
                i,
                SysEntity {
                    name: &e.name,
                    forms,
                },
            )
        })
        .unzip()
}

/// Counts of one entity category; unmatched gold entities are missed,
/// unmatched system ones spurious.
fn tally(
    matches: &[Option<usize>],
    gold: &[GoldEntity],
    sys: &[SysEntity],
    what: &str,
    rep: &mut DocReport,
) -> Counts {
    let tp = matches.iter().flatten().count();
    for (g, m) in matches.iter().enumerate() {
        if m.is_none() {
            rep.missed.push(format!("{what} {}", gold[g].name));
        }
    }
    let used: HashSet<usize> = matches.iter().flatten().copied().collect();
    for (s, se) in sys.iter().enumerate() {
        if !used.contains(&s) {
            rep.spurious.push(format!("{what} {}", se.name));
        }
    }
    Counts {
        tp,
        fp: sys.len() - tp,
        fn_: gold.len() - tp,
    }
}

/// The record's people (indexes in the record) and, per gold person, the
/// matched one (index into `entities`).
struct MatchedPeople<'m> {
    entities: &'m [usize],
    matches: &'m [Option<usize>],
}

/// Whether a system role's org stands for the gold role's org (both absent,
/// or the system company matched to it).
fn org_matches(
    sys_to_gold: &BTreeMap<&str, &str>,
    sys: &Option<String>,
    gold: &Option<String>,
) -> bool {
    match (sys, gold) {
        (None, None) => true,
        (Some(s), Some(g)) => sys_to_gold
            .get(s.as_str())
            .is_some_and(|m| norm(m) == norm(g)),
        _ => false,
    }
}

/// Roles: a gold role matches an unused role of the matched person with a
/// matching org and a shared title word.
fn score_roles(
    gold: &Gold,
    rec: &Record,
    people: &MatchedPeople<'_>,
    sys_to_gold: &BTreeMap<&str, &str>,
    rep: &mut DocReport,
) -> Counts {
    let mut roles = Counts::default();
    let mut sys_roles_matched: HashSet<(usize, usize)> = HashSet::new();
    for (g, gp) in gold.people.iter().enumerate() {
        let matched = people.matches[g];
        let sys_roles = matched
            .map(|s| {
                rec.entities[people.entities[s]]
                    .roles
                    .clone()
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        for gr in &gp.roles {
            let gw = words(&gr.title);
            let hit = matched.and_then(|s| {
                sys_roles
                    .iter()
                    .enumerate()
                    .find(|(k, sr)| {
                        !sys_roles_matched.contains(&(s, *k))
                            && org_matches(sys_to_gold, &sr.org, &gr.org)
                            && !words(&sr.title).is_disjoint(&gw)
                    })
                    .map(|(k, _)| (s, k))
            });
            match hit {
                Some(key) => {
                    sys_roles_matched.insert(key);
                    roles.tp += 1;
                }
                None => {
                    roles.fn_ += 1;
                    rep.count(kinds::role_miss(matched, &sys_roles, &gw));
                    rep.missed.push(format!(
                        "role {}: {} of {}",
                        gp.name,
                        gr.title,
                        gr.org.as_deref().unwrap_or("-")
                    ));
                }
            }
        }
    }
    roles.fp = count_spurious_roles(rec, people, &sys_roles_matched, rep);
    roles
}

/// Counts (and reports) the roles of matched-or-not system people that no
/// gold role took; `taken` holds (system person, role index) pairs.
fn count_spurious_roles(
    rec: &Record,
    people: &MatchedPeople<'_>,
    taken: &HashSet<(usize, usize)>,
    rep: &mut DocReport,
) -> usize {
    let mut fp = 0;
    for (s, i) in people.entities.iter().enumerate() {
        for (k, r) in rec.entities[*i].roles.iter().flatten().enumerate() {
            if !taken.contains(&(s, k)) {
                fp += 1;
                let in_gold = people.matches.contains(&Some(s));
                rep.count(kinds::role_spurious(in_gold));
                rep.spurious.push(format!(
                    "role {}: {} of {}",
                    rec.entities[*i].name,
                    r.title,
                    r.org.as_deref().unwrap_or("-")
                ));
            }
        }
    }
    fp
}

/// A party pair in a comparable form: normalised names, sorted.
fn pair_key(p: &[String; 2]) -> [String; 2] {
    let mut v = [norm(&p[0]), norm(&p[1])];
    v.sort();
    v
}

/// Events: (pairs, strict). A system event's parties are mapped to the gold
/// names of their matched companies; it matches an unused gold event with
/// the same pair, strictly when type and status agree too.
fn score_events(
    gold: &Gold,
    rec: &Record,
    sys_to_gold: &BTreeMap<&str, &str>,
    rep: &mut DocReport,
) -> (Counts, Counts) {
    let mut pairs = Counts::default();
    let mut strict = Counts::default();
    let mut used = vec![false; gold.events.len()];
    let mut used_strict = vec![false; gold.events.len()];
    for e in &rec.events {
        let mapped = e.parties.clone().map(|p| {
            sys_to_gold
                .get(p.as_str())
                .map(|g| g.to_string())
                .unwrap_or(p)
        });
        let key = pair_key(&mapped);
        let g = gold
            .events
            .iter()
            .enumerate()
            .find(|(g, ge)| !used[*g] && pair_key(&ge.parties) == key);
        let Some((g, ge)) = g else {
            pairs.fp += 1;
            strict.fp += 1;
            rep.count(kinds::pair_spurious(&mapped, gold));
            rep.spurious.push(format!(
                "event {} ~ {}: {} {}",
                e.parties[0], e.parties[1], e.event_type, e.status
            ));
            continue;
        };
        used[g] = true;
        pairs.tp += 1;
        if ge.event_type == e.event_type && ge.status == e.status {
            used_strict[g] = true;
            strict.tp += 1;
        } else {
            strict.fp += 1;
            kinds::strict_errors(ge, e, rep);
            rep.spurious.push(format!(
                "event {} ~ {}: {} {} (gold {} {})",
                e.parties[0], e.parties[1], e.event_type, e.status, ge.event_type, ge.status
            ));
        }
    }
    count_event_misses(
        gold,
        rec,
        sys_to_gold,
        (&used, &used_strict),
        (&mut pairs, &mut strict),
        rep,
    );
    (pairs, strict)
}

/// Counts the gold events no system event matched (`used`: by pair,
/// `used_strict`: by pair, type and status) as misses, with their kinds.
fn count_event_misses(
    gold: &Gold,
    rec: &Record,
    sys_to_gold: &BTreeMap<&str, &str>,
    (used, used_strict): (&[bool], &[bool]),
    (pairs, strict): (&mut Counts, &mut Counts),
    rep: &mut DocReport,
) {
    for (g, ge) in gold.events.iter().enumerate() {
        if !used[g] {
            pairs.fn_ += 1;
            kinds::pair_miss(ge, rec, sys_to_gold, rep);
            rep.missed.push(format!(
                "event {} ~ {}: {} {}",
                ge.parties[0], ge.parties[1], ge.event_type, ge.status
            ));
        }
        if !used_strict[g] {
            strict.fn_ += 1;
        }
    }
}

/// Scores every gold article against the records (matched by `doc.id`).
/// Records of articles without gold are ignored.
pub fn score(gold: &[Gold], records: &[Record]) -> (Scores, Vec<DocReport>) {
    let by_id: BTreeMap<&str, &Record> = records.iter().map(|r| (r.doc.id.as_str(), r)).collect();
    let mut total = Scores::default();
    let mut reports = Vec::new();
    for g in gold {
        let rep = score_doc(g, by_id.get(g.doc.as_str()).copied());
        total.add(&rep.scores);
        reports.push(rep);
    }
    (total, reports)
}

/// Parses JSON Lines (see [`input`](super::input): a byte-order mark is
/// dropped, blank lines skipped); a bad line gives `what:line: message`.
pub fn parse_jsonl<T: for<'de> Deserialize<'de>>(text: &str, what: &str) -> Result<Vec<T>, String> {
    super::input::parse_str(text).map_err(|e| e.in_file(what))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::record::{DocInfo, EntityOut, EventOut, MentionOut, RoleOut};

    fn ent(
        id: &str,
        kind: &str,
        name: &str,
        forms: &[&str],
        roles: Option<Vec<RoleOut>>,
    ) -> EntityOut {
        EntityOut {
            id: id.into(),
            kind: kind.into(),
            name: name.into(),
            roles,
            mentions: forms
                .iter()
                .map(|f| MentionOut {
                    text: f.to_string(),
                    start: 0,
                    end: 0,
                    rule: "r".into(),
                })
                .collect(),
        }
    }

    pub(super) fn record() -> Record {
        Record {
            doc: DocInfo {
                id: "d".into(),
                path: String::new(),
                title: String::new(),
                bytes: 0,
            },
            entities: vec![
                ent(
                    "c1",
                    "company",
                    "Daimler AG",
                    &["Daimler's", "Dailmer AG"],
                    None,
                ),
                ent("c2", "company", "LeEco", &["LeEco"], None),
                ent("c3", "company", "Spurious Ltd", &["Spurious Ltd"], None),
                ent(
                    "p1",
                    "person",
                    "Hubertus Troska",
                    &["Troska"],
                    Some(vec![
                        RoleOut {
                            title: "chairman and coo".into(),
                            org: Some("Daimler AG".into()),
                        },
                        RoleOut {
                            title: "driver".into(),
                            org: None,
                        },
                    ]),
                ),
            ],
            events: vec![
                EventOut {
                    event_type: "partnership".into(),
                    status: "announced".into(),
                    parties: ["Daimler AG".into(), "LeEco".into()],
                    evidence: vec![],
                },
                EventOut {
                    event_type: "partnership".into(),
                    status: "talks".into(),
                    parties: ["LeEco".into(), "Spurious Ltd".into()],
                    evidence: vec![],
                },
            ],
            diagnostics: vec![],
            main_text: None,
        }
    }

    pub(super) fn gold() -> Gold {
        serde_json::from_str(r#"{"doc": "d", "companies": [{"name": "Daimler", "aliases": ["Dailmer AG"]}, {"name": "LeEco", "aliases": []}, {"name": "Missing Inc", "aliases": []}],
            "people": [{"name": "Hubertus Troska", "aliases": ["Troska"], "roles": [{"title": "COO", "org": "Daimler"}, {"title": "head", "org": null}]}, {"name": "Nobody Here", "aliases": [], "roles": []}],
            "events": [{"parties": ["Daimler", "LeEco"], "type": "partnership", "status": "talks"}, {"parties": ["LeEco", "Missing Inc"], "type": "investment", "status": "announced"}]}"#).unwrap()
    }

    #[test]
    fn counts_every_category() {
        let rep = score_doc(&gold(), Some(&record()));
        let s = rep.scores;
        assert_eq!(
            s.companies,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s.people,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            s.roles,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s.event_pairs,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s.events_strict,
            Counts {
                tp: 0,
                fp: 2,
                fn_: 2
            }
        );
        assert!(rep.missed.iter().any(|m| m == "company Missing Inc"));
        assert!(rep.spurious.iter().any(|m| m.starts_with(
            "event Daimler AG ~ LeEco: partnership announced (gold partnership talks)"
        )));
    }

    #[test]
    fn norm_drops_case_punctuation_and_possessive() {
        assert_eq!(norm("Daimler's"), "daimler");
        assert_eq!(norm("Boeing Co."), "boeing co");
        assert_eq!(norm("J.C. Penney"), "jc penney");
    }

    #[test]
    fn missing_record_counts_all_gold_as_missed() {
        let (s, _) = score(&[gold()], &[]);
        assert_eq!(
            s.companies,
            Counts {
                tp: 0,
                fp: 0,
                fn_: 3
            }
        );
        assert_eq!(s.companies.f1(), 0.0);
    }
}
