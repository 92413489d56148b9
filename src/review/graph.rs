//! The partnership network across articles: `tieup graph`.
//!
//! Takes: extraction records (JSON Lines, one per article). Gives: a
//! [`Graph`] whose nodes are companies and whose edges are company pairs
//! that some event ties together, with counts per event type and status,
//! the first and last article (by id) and every article id as provenance.
//!
//! Companies are merged across articles by the alias rules `resolve` uses
//! within one article, made safe for a whole corpus. [`CompanyKeyer::key`]:
//! a name that is a form of a company-list entry becomes that entry ("Tesla
//! Motors" and "Tesla" are the entry `Tesla`); otherwise trailing legal
//! suffixes are dropped ("Acme Corp" is "Acme"). Then, over the whole input,
//! a name folds into the shorter name it leaves once trailing designators
//! go, when the input uses that shorter name too and no other name folds
//! into it ("Beijing Automotive Group" into "Beijing Automotive"); a lone
//! place or designator is never a name ("China Motors" is not "China").
//! The "no other" guard keeps "American Brands", "American Motors" and
//! "American" three nodes, where one article's context would have told them
//! apart. Acronyms and one-edit misspellings are *not* merged across
//! articles for the same reason.
//!
//! Output is deterministic: nodes are sorted by label, edges by weight
//! (heaviest first) then by their labels; every map is ordered. The writers
//! ([`Graph::write_json`], [`Graph::write_csv`], [`Graph::write_dot`],
//! [`Graph::write_graphml`]) take any [`Write`]; nothing here prints.
//!
//! ```
//! use tieup::review::graph::{CompanyKeyer, GraphBuilder};
//! use tieup::Rules;
//! let keyer = CompanyKeyer::new(&Rules::default_rules().unwrap());
//! assert_eq!(keyer.key("Tesla Motors"), keyer.key("Tesla"));
//! let mut builder = GraphBuilder::new(keyer);
//! let line = r#"{"doc":{"id":"a"},"entities":[],"events":[
//!     {"type":"partnership","status":"talks","parties":["Tesla Motors","Xiaomi"]}]}"#;
//! builder.add_line(&line.replace('\n', "")).unwrap();
//! let graph = builder.finish(false);
//! assert_eq!(graph.edges[0].source_label, "Tesla Motors");
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{self, BufRead, Write};

use serde::Serialize;

pub use super::input::ReadError;
use super::input::{JsonLines, parse_line};
use crate::Record;
use crate::pipeline::record::EventOut;
use crate::rules::{ListKind, Payload, Rules};

/// Event types of the output contract, in the order CSV columns use.
pub const EVENT_TYPES: [&str; 4] = ["partnership", "joint_venture", "acquisition", "investment"];
/// Statuses of the output contract, in the order CSV columns use.
pub const STATUSES: [&str; 5] = ["announced", "talks", "rumored", "denied", "ended"];

/// Computes the cross-article key of a company name.
#[derive(Debug, Clone)]
pub struct CompanyKeyer {
    /// Normalized company-list form -> normalized canonical name.
    list: HashMap<String, String>,
    /// Per lower-case one-word literal of the rules: what it is.
    words: HashMap<String, WordClass>,
}

impl CompanyKeyer {
    /// A keyer for the company list, legal suffixes and designators of `rules`.
    pub fn new(rules: &Rules) -> Self {
        let mut list = HashMap::new();
        let mut words = HashMap::new();
        let alone_bits = ListKind::Place.bit()
            | ListKind::NotName.bit()
            | ListKind::Title.bit()
            | ListKind::GivenName.bit()
            | ListKind::Designator.bit();
        for pattern in 0..rules.patterns_len() {
            for payload in rules.payloads(pattern) {
                if let Payload::Entry { entry, surface, .. } = *payload {
                    let surface = &rules.surfaces[surface as usize];
                    if rules.entry_kind(entry) == ListKind::Company {
                        let canonical = normalize(rules.canonical(entry));
                        list.insert(normalize(surface), canonical.clone());
                        list.insert(canonical.clone(), canonical);
                    }
                    // Remember the class of every one-word literal.
                    let w = surface.trim_end_matches('.').to_lowercase();
                    if !w.contains(' ') {
                        let class = rules.word_class(&w);
                        let class = WordClass {
                            legal: class & ListKind::LegalSuffix.bit() != 0,
                            designator: class & ListKind::Designator.bit() != 0,
                            not_alone: class & alone_bits != 0,
                        };
                        words.insert(w, class);
                    }
                }
            }
        }
        CompanyKeyer { list, words }
    }

    fn class(&self, word: &str) -> WordClass {
        self.words.get(word).copied().unwrap_or_default()
    }

    /// Drops trailing words while `drop` says so and a name remains (never
    /// a lone place, title, common word, given name or designator), looking
    /// each shorter form up in the company list. Gives every form, longest
    /// first; a list hit ends the walk.
    fn walk(&self, key: &str, drop: impl Fn(WordClass, &str) -> bool) -> Vec<String> {
        let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        let mut out = Vec::new();
        loop {
            let k = words.join(" ");
            if let Some(canonical) = self.list.get(&k) {
                out.push(canonical.clone());
                return out;
            }
            out.push(k);
            let Some(&last) = words.last() else {
                return out;
            };
            let droppable = words.len() > 1 && (drop(self.class(last), last));
            if !droppable || (words.len() == 2 && self.class(words[0]).not_alone) {
                return out;
            }
            words.pop();
        }
    }

    /// The key of a company name: equal keys are one company.
    ///
    /// Lower case, punctuation dropped, a leading "the" dropped; then a
    /// company-list form gives its entry's canonical name, and otherwise
    /// trailing legal suffixes (and a dangling "and") are dropped one by one,
    /// as long as what remains is not a lone place, title, common word, given
    /// name or designator. Designators are left to [`CompanyKeyer::parents`].
    pub fn key(&self, name: &str) -> String {
        let norm = normalize(name);
        let norm = match norm.strip_prefix("the ") {
            Some(rest) if !rest.is_empty() => rest.to_string(),
            _ => norm,
        };
        self.walk(&norm, |c, w| c.legal || matches!(w, "and" | "&"))
            .pop()
            .unwrap_or_default()
    }

    /// The shorter forms of a key that drop trailing designators (and legal
    /// suffixes, "and"), nearest first: `beijing automotive group` gives
    /// `beijing automotive`, never `beijing`.
    pub fn parents(&self, key: &str) -> Vec<String> {
        let mut forms = self.walk(key, |c, w| {
            c.legal || c.designator || matches!(w, "and" | "&")
        });
        forms.retain(|f| f != key);
        forms
    }
}

/// What the keyer knows of a word.
#[derive(Debug, Clone, Copy, Default)]
struct WordClass {
    legal: bool,
    designator: bool,
    not_alone: bool,
}

/// Lower case; `.` dropped; hyphens, slashes and other punctuation become
/// spaces, except `&` and apostrophes (dropped); words joined by one space.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '&' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if matches!(c, '.' | '\'' | '\u{2019}') {
            // "Co." -> "co", "McDonald's" -> "mcdonalds"
        } else {
            space = true;
        }
    }
    out
}

/// A company of the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// The cross-article key (stable id).
    pub id: String,
    /// The most frequent name (ties: longest, then alphabetical).
    pub label: String,
    /// Every name used, with the number of articles using it.
    pub names: BTreeMap<String, usize>,
    /// Articles naming the company.
    pub articles: usize,
    /// Events the company takes part in.
    pub events: usize,
    /// Distinct partners.
    pub degree: usize,
}

/// A company pair tied by at least one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edge {
    /// Node id of one party (the one whose label sorts first).
    pub source: String,
    /// Node id of the other party.
    pub target: String,
    /// Label of `source`.
    pub source_label: String,
    /// Label of `target`.
    pub target_label: String,
    /// Number of events.
    pub weight: usize,
    /// Events per type.
    pub types: BTreeMap<String, usize>,
    /// Events per status.
    pub statuses: BTreeMap<String, usize>,
    /// Events per `type/status`.
    pub type_status: BTreeMap<String, usize>,
    /// The first article (smallest id, numbers compared as numbers).
    pub first: String,
    /// The last article (largest id, numbers compared as numbers).
    pub last: String,
    /// Every article with an event of the pair, sorted by id (numbers
    /// compared as numbers: `reut-2050` before `reut-11520`).
    pub article_ids: Vec<String>,
}

/// The partnership graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Graph {
    /// Companies, sorted by label then id.
    pub nodes: Vec<Node>,
    /// Pairs, heaviest first (ties: labels).
    pub edges: Vec<Edge>,
    /// Counts over the input.
    pub stats: Stats,
    /// Keep nodes with no edge when edges are filtered out (set by
    /// [`GraphBuilder::finish`]'s `all_nodes`); not written out.
    #[serde(skip)]
    pub keep_lonely: bool,
}

/// Counts over the input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Records read.
    pub articles: usize,
    /// Events read.
    pub events: usize,
    /// Events whose two parties are one node across articles (left out).
    pub self_loops: usize,
    /// Events left out by an [`EventFilter`].
    #[serde(skip_serializing_if = "is_zero")]
    pub filtered: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Which events count: by type and by status (an empty list keeps all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Event types to keep (`partnership`, ...); empty: every type.
    pub types: Vec<String>,
    /// Statuses to keep (`announced`, ...); empty: every status.
    pub statuses: Vec<String>,
}

impl EventFilter {
    /// Whether `event` passes.
    pub fn keeps(&self, event: &EventOut) -> bool {
        (self.types.is_empty() || self.types.contains(&event.event_type))
            && (self.statuses.is_empty() || self.statuses.contains(&event.status))
    }
}

#[derive(Debug, Default)]
struct NodeAcc {
    names: HashMap<String, usize>,
    /// Article numbers (input order), ascending.
    articles: Vec<u32>,
}

#[derive(Debug, Default)]
struct EdgeAcc {
    weight: usize,
    type_status: BTreeMap<(String, String), usize>,
    articles: BTreeSet<String>,
}

/// Accumulates records into a [`Graph`].
#[derive(Debug)]
pub struct GraphBuilder {
    keyer: CompanyKeyer,
    keys: HashMap<String, String>,
    nodes: HashMap<String, NodeAcc>,
    edges: HashMap<(String, String), EdgeAcc>,
    stats: Stats,
    lines: usize,
    filter: EventFilter,
}

impl GraphBuilder {
    /// An empty graph that merges companies with `keyer`.
    pub fn new(keyer: CompanyKeyer) -> Self {
        GraphBuilder {
            keyer,
            keys: HashMap::new(),
            nodes: HashMap::new(),
            edges: HashMap::new(),
            stats: Stats::default(),
            lines: 0,
            filter: EventFilter::default(),
        }
    }

    /// Counts only the events `filter` keeps (the others are counted in
    /// [`Stats::filtered`]); company entities are still nodes for
    /// `finish(true)`.
    pub fn with_filter(mut self, filter: EventFilter) -> Self {
        self.filter = filter;
        self
    }

    fn key(&mut self, name: &str) -> String {
        if let Some(k) = self.keys.get(name) {
            return k.clone();
        }
        let k = self.keyer.key(name);
        self.keys.insert(name.to_string(), k.clone());
        k
    }

    /// Adds one JSON Lines line (blank lines are skipped; see
    /// [`input`](super::input) for what is accepted).
    pub fn add_line(&mut self, line: &str) -> Result<(), ReadError> {
        self.lines += 1;
        if let Some(record) = parse_line::<Record>(line, self.lines)? {
            self.add(&record);
        }
        Ok(())
    }

    /// Adds every line of a JSON Lines reader (see [`input`](super::input)).
    pub fn add_reader<R: BufRead>(&mut self, reader: R) -> Result<(), ReadError> {
        for record in JsonLines::<R, Record>::new(reader) {
            self.add(&record?);
        }
        Ok(())
    }

    /// Adds one record (only `doc.id`, company entities and events are read).
    pub fn add(&mut self, record: &Record) {
        let number = self.stats.articles as u32;
        self.stats.articles += 1;
        let id = &record.doc.id;
        // Names: count each (node, name) once per article.
        // One set of entity names per record: a party is looked up in it, so
        // the cost is linear in entities + events (it was their product).
        let entity_names: HashSet<&str> = record.entities.iter().map(|e| e.name.as_str()).collect();
        let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
        for e in record.entities.iter().filter(|e| e.kind == "company") {
            let k = self.key(&e.name);
            seen.insert((k, one_line(&e.name)));
        }
        let filter = self.filter.clone();
        for ev in record.events.iter().filter(|ev| filter.keeps(ev)) {
            for p in &ev.parties {
                if !entity_names.contains(p.as_str()) {
                    let k = self.key(p);
                    seen.insert((k, one_line(p)));
                }
            }
        }
        for (k, name) in seen {
            let node = self.nodes.entry(k).or_default();
            *node.names.entry(name).or_default() += 1;
            if node.articles.last() != Some(&number) {
                node.articles.push(number);
            }
        }
        for ev in &record.events {
            self.stats.events += 1;
            if !self.filter.keeps(ev) {
                self.stats.filtered += 1;
                continue;
            }
            let a = self.key(&ev.parties[0]);
            let b = self.key(&ev.parties[1]);
            let pair = if a <= b { (a, b) } else { (b, a) };
            let edge = self.edges.entry(pair).or_default();
            edge.weight += 1;
            *edge
                .type_status
                .entry((ev.event_type.clone(), ev.status.clone()))
                .or_default() += 1;
            if !edge.articles.contains(id) {
                edge.articles.insert(id.clone());
            }
        }
    }

    /// Where each key goes: a key folds into its nearest shorter form (by
    /// designators, see [`CompanyKeyer::parents`]) that the input also uses
    /// as a name, when that form has no other such longer form. "Beijing
    /// Automotive Group" folds into "Beijing Automotive"; "American Brands"
    /// and "American Motors" stay apart, and apart from "American".
    fn roots(&self) -> HashMap<String, String> {
        let mut parent: HashMap<&str, String> = HashMap::new();
        let mut children: HashMap<String, usize> = HashMap::new();
        for k in self.nodes.keys() {
            if let Some(p) = self
                .keyer
                .parents(k)
                .into_iter()
                .find(|p| self.nodes.contains_key(p))
            {
                *children.entry(p.clone()).or_default() += 1;
                parent.insert(k, p);
            }
        }
        self.nodes
            .keys()
            .map(|k| {
                let mut root = k.as_str();
                for _ in 0..16 {
                    match parent.get(root) {
                        Some(p) if children[p] == 1 => root = p,
                        _ => break,
                    }
                }
                (k.clone(), root.to_string())
            })
            .collect()
    }

    /// The graph. Without `all_nodes`, companies with no edge are left out.
    pub fn finish(mut self, all_nodes: bool) -> Graph {
        let roots = self.roots();
        let nodes_acc = self.merge_nodes(&roots);
        let edges_acc = self.merge_edges(&roots);
        let degree = degrees(&edges_acc);
        let mut nodes: Vec<Node> = nodes_acc
            .iter()
            .filter(|(k, _)| all_nodes || degree.contains_key(k.as_str()))
            .map(|(k, acc)| node(k, acc, degree.get(k.as_str()).copied().unwrap_or_default()))
            .collect();
        nodes.sort_by(|a, b| (&a.label, &a.id).cmp(&(&b.label, &b.id)));
        let label: HashMap<&str, &str> = nodes
            .iter()
            .map(|n| (n.id.as_str(), n.label.as_str()))
            .collect();
        let mut edges: Vec<Edge> = edges_acc
            .iter()
            .map(|(pair, acc)| edge(pair, acc, &label))
            .collect();
        edges.sort_by(edge_order);
        Graph {
            nodes,
            edges,
            stats: self.stats,
            keep_lonely: all_nodes,
        }
    }

    /// The nodes merged under their roots (names counted, article numbers
    /// sorted and distinct).
    fn merge_nodes(&mut self, roots: &HashMap<String, String>) -> HashMap<String, NodeAcc> {
        let mut merged: HashMap<String, NodeAcc> = HashMap::new();
        for (k, acc) in std::mem::take(&mut self.nodes) {
            let node = merged.entry(root(roots, &k)).or_default();
            for (n, c) in acc.names {
                *node.names.entry(n).or_default() += c;
            }
            node.articles.extend(acc.articles);
        }
        for node in merged.values_mut() {
            node.articles.sort_unstable();
            node.articles.dedup();
        }
        merged
    }

    /// The edges between roots, each pair once (smaller key first); an edge
    /// whose two ends merged is counted in [`Stats::self_loops`] instead.
    fn merge_edges(
        &mut self,
        roots: &HashMap<String, String>,
    ) -> HashMap<(String, String), EdgeAcc> {
        let mut merged: HashMap<(String, String), EdgeAcc> = HashMap::new();
        for ((a, b), acc) in std::mem::take(&mut self.edges) {
            let (a, b) = (root(roots, &a), root(roots, &b));
            if a == b {
                self.stats.self_loops += acc.weight;
                continue;
            }
            let edge = merged
                .entry(if a < b { (a, b) } else { (b, a) })
                .or_default();
            edge.weight += acc.weight;
            for (ts, n) in acc.type_status {
                *edge.type_status.entry(ts).or_default() += n;
            }
            edge.articles.extend(acc.articles);
        }
        merged
    }
}

/// The key a company key was merged into (itself when none).
fn root(roots: &HashMap<String, String>, k: &str) -> String {
    roots.get(k).cloned().unwrap_or_else(|| k.to_string())
}

/// Per node key: (distinct partners, events).
fn degrees(edges: &HashMap<(String, String), EdgeAcc>) -> HashMap<&str, (usize, usize)> {
    let mut degree: HashMap<&str, (usize, usize)> = HashMap::new();
    for ((a, b), acc) in edges {
        for k in [a, b] {
            let d = degree.entry(k).or_default();
            d.0 += 1;
            d.1 += acc.weight;
        }
    }
    degree
}

/// The node of key `k`, labelled by its best name.
fn node(k: &str, acc: &NodeAcc, (degree, events): (usize, usize)) -> Node {
    Node {
        id: k.to_string(),
        label: best_label(&acc.names).unwrap_or_else(|| k.to_string()),
        names: acc.names.iter().map(|(n, c)| (n.clone(), *c)).collect(),
        articles: acc.articles.len(),
        events,
        degree,
    }
}

/// The edge of pair `(a, b)`: the end whose (label, key) sorts first is its
/// source; counts per type, status and type/status; article ids in natural
/// order.
fn edge((a, b): &(String, String), acc: &EdgeAcc, label: &HashMap<&str, &str>) -> Edge {
    let (la, lb) = (label[a.as_str()], label[b.as_str()]);
    let ((source, sl), (target, tl)) = if (la, a) <= (lb, b) {
        ((a, la), (b, lb))
    } else {
        ((b, lb), (a, la))
    };
    let mut types = BTreeMap::new();
    let mut statuses = BTreeMap::new();
    let mut type_status = BTreeMap::new();
    for ((t, s), n) in &acc.type_status {
        *types.entry(t.clone()).or_default() += n;
        *statuses.entry(s.clone()).or_default() += n;
        type_status.insert(format!("{t}/{s}"), *n);
    }
    let mut article_ids: Vec<String> = acc.articles.iter().cloned().collect();
    article_ids.sort_by(|a, b| natural_cmp(a, b));
    Edge {
        source: source.clone(),
        target: target.clone(),
        source_label: sl.to_string(),
        target_label: tl.to_string(),
        weight: acc.weight,
        types,
        statuses,
        type_status,
        first: article_ids.first().cloned().unwrap_or_default(),
        last: article_ids.last().cloned().unwrap_or_default(),
        article_ids,
    }
}

/// Heaviest first, then by labels, then by keys.
fn edge_order(x: &Edge, y: &Edge) -> std::cmp::Ordering {
    y.weight
        .cmp(&x.weight)
        .then_with(|| x.source_label.cmp(&y.source_label))
        .then_with(|| x.target_label.cmp(&y.target_label))
        .then_with(|| x.source.cmp(&y.source))
        .then_with(|| x.target.cmp(&y.target))
}

/// A name on one line: runs of white space become one space.
fn one_line(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares ids with digit runs as numbers ("a-9" < "a-10"); equal numbers
/// fall back to plain order, so the order is total.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (mut x, mut y) = (a, b);
    loop {
        match (x.chars().next(), y.chars().next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = x.find(|c: char| !c.is_ascii_digit()).unwrap_or(x.len());
                let m = y.find(|c: char| !c.is_ascii_digit()).unwrap_or(y.len());
                let (p, q) = (
                    x[..n].trim_start_matches('0'),
                    y[..m].trim_start_matches('0'),
                );
                let ord = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if ord != Ordering::Equal {
                    return ord;
                }
                x = &x[n..];
                y = &y[m..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(&d);
                }
                x = &x[c.len_utf8()..];
                y = &y[d.len_utf8()..];
            }
        }
    }
}

/// The most frequent name; ties: the longest, then the alphabetically first.
fn best_label(names: &HashMap<String, usize>) -> Option<String> {
    names
        .iter()
        .min_by(|(a, ca), (b, cb)| {
            cb.cmp(ca)
                .then_with(|| b.chars().count().cmp(&a.chars().count()))
                .then_with(|| a.cmp(b))
        })
        .map(|(n, _)| n.clone())
}

impl Graph {
    /// Keeps only edges of at least `min` events and the nodes they touch.
    pub fn retain_min_weight(&mut self, min: usize) {
        if min > 1 {
            self.retain_edges(|e| e.weight >= min);
        }
    }

    /// Keeps the `n` heaviest edges (the order of [`Graph::edges`]) and the
    /// nodes they touch.
    pub fn retain_top(&mut self, n: usize) {
        let mut i = 0;
        self.retain_edges(|_| {
            i += 1;
            i <= n
        });
    }

    /// Keeps the edges that touch a company matching `query` (and the nodes
    /// they touch; see [`Graph::matching_companies`]). Gives the number of
    /// matching nodes (0: the graph is left empty).
    pub fn retain_company(&mut self, keyer: &CompanyKeyer, query: &str) -> usize {
        let hit = self.matching_companies(keyer, query);
        self.retain_edges(|e| hit.contains(&e.source) || hit.contains(&e.target));
        hit.len()
    }

    /// The ids of the nodes matching `query`: a node matches when its id is
    /// `keyer.key(query)` or one of its names, normalized, contains the
    /// normalized query as whole words ("daimler" matches "Daimler AG", not
    /// "Daimlerx").
    pub fn matching_companies(&self, keyer: &CompanyKeyer, query: &str) -> HashSet<String> {
        let key = keyer.key(query);
        let q = format!(" {} ", normalize(query));
        self.nodes
            .iter()
            .filter(|n| {
                n.id == key
                    || n.names
                        .keys()
                        .any(|name| format!(" {} ", normalize(name)).contains(&q))
            })
            .map(|n| n.id.clone())
            .collect()
    }

    /// Keeps the edges `keep` says (called once per edge, in order), drops
    /// nodes left with no edge (unless [`Graph::keep_lonely`]: they stay
    /// with degree 0) and recomputes degrees and event counts.
    pub fn retain_edges(&mut self, keep: impl FnMut(&Edge) -> bool) {
        self.edges.retain(keep);
        let mut degree: HashMap<&str, (usize, usize)> = HashMap::new();
        for e in &self.edges {
            for k in [&e.source, &e.target] {
                let d = degree.entry(k.as_str()).or_default();
                d.0 += 1;
                d.1 += e.weight;
            }
        }
        let keep_lonely = self.keep_lonely;
        self.nodes.retain_mut(|n| {
            let (d, events) = degree.get(n.id.as_str()).copied().unwrap_or_default();
            n.degree = d;
            n.events = events;
            d > 0 || keep_lonely
        });
    }

    /// The event types used, contract order first, then any others sorted.
    fn type_columns(&self) -> Vec<String> {
        columns(&EVENT_TYPES, self.edges.iter().flat_map(|e| e.types.keys()))
    }

    fn status_columns(&self) -> Vec<String> {
        columns(&STATUSES, self.edges.iter().flat_map(|e| e.statuses.keys()))
    }

    /// Pretty JSON: `{"nodes": [...], "edges": [...], "stats": {...}}`.
    pub fn write_json<W: Write>(&self, mut w: W) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut w, self)?;
        writeln!(w)
    }

    /// CSV edge list: `source,target,weight,articles,<type>...,<status>...,first,last,article_ids`
    /// (article ids joined by `;`).
    pub fn write_csv<W: Write>(&self, mut w: W) -> io::Result<()> {
        let types = self.type_columns();
        let statuses = self.status_columns();
        let mut header = vec!["source", "target", "weight", "articles"];
        header.extend(types.iter().map(String::as_str));
        header.extend(statuses.iter().map(String::as_str));
        header.extend(["first", "last", "article_ids"]);
        writeln!(w, "{}", header.join(","))?;
        for e in &self.edges {
            let mut row = vec![
                csv_field(&e.source_label),
                csv_field(&e.target_label),
                e.weight.to_string(),
                e.article_ids.len().to_string(),
            ];
            row.extend(types.iter().map(|t| count(&e.types, t).to_string()));
            row.extend(statuses.iter().map(|s| count(&e.statuses, s).to_string()));
            row.push(csv_field(&e.first));
            row.push(csv_field(&e.last));
            row.push(csv_field(&e.article_ids.join(";")));
            writeln!(w, "{}", row.join(","))?;
        }
        Ok(())
    }

    /// Graphviz DOT, laid out to be read: `neato` with no overlaps and
    /// components packed (not one long strip), node text size by events,
    /// edge pen width by events (1 + 1.5 ln weight), colour and style by the
    /// edge's main status (rumoured dashed; a legend says so), and a short
    /// edge label: one event gives `type status` (types abbreviated:
    /// `partner`, `JV`, `acq`, `invest`), more give `N× type` for the main
    /// type, with `+` when other types occur. Every count is in the edge's
    /// `tooltip` (shown by SVG viewers) and in `weight`, `first`, `last`.
    pub fn write_dot<W: Write>(&self, mut w: W) -> io::Result<()> {
        writeln!(w, "graph tieup {{")?;
        writeln!(
            w,
            "  graph [layout=neato, overlap=false, splines=true, sep=\"+8\", pack=true, \
             packmode=\"graph\", outputorder=edgesfirst, fontname=\"Helvetica\", fontsize=11, \
             labelloc=b, label=\"{LEGEND}\"];"
        )?;
        writeln!(
            w,
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", \
             color=\"#4a6fa5\", fontname=\"Helvetica\", fontsize=10];"
        )?;
        writeln!(
            w,
            "  edge [len=3, fontname=\"Helvetica\", fontsize=9, fontcolor=\"#4b5563\"];"
        )?;
        for n in &self.nodes {
            writeln!(
                w,
                "  {} [label={}, articles={}, events={}, fontsize={:.0}];",
                dot_id(&n.id),
                dot_id(&n.label),
                n.articles,
                n.events,
                10.0 + 2.0 * (n.events.max(1) as f64).ln()
            )?;
        }
        for e in &self.edges {
            let (label, status) = short_label(e);
            let (color, style) = status_look(status);
            let counts: Vec<String> = e
                .type_status
                .iter()
                .map(|(k, n)| format!("{k}={n}"))
                .collect();
            writeln!(
                w,
                "  {} -- {} [weight={}, penwidth={:.1}, label={}, color={}, style={}, \
                 tooltip={}, first={}, last={}];",
                dot_id(&e.source),
                dot_id(&e.target),
                e.weight,
                1.0 + 1.5 * (e.weight as f64).ln(),
                dot_id(&label),
                dot_id(color),
                style,
                dot_id(&counts.join(" ")),
                dot_id(&e.first),
                dot_id(&e.last)
            )?;
        }
        writeln!(w, "}}")
    }

    /// GraphML (Gephi, networkx): undirected, with node and edge attributes.
    pub fn write_graphml<W: Write>(&self, mut w: W) -> io::Result<()> {
        let types = self.type_columns();
        let statuses = self.status_columns();
        writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            w,
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
        )?;
        write_graphml_keys(&mut w, &types, &statuses)?;
        writeln!(w, r#"  <graph id="tieup" edgedefault="undirected">"#)?;
        for n in &self.nodes {
            writeln!(w, r#"    <node id="{}">"#, xml(&n.id))?;
            writeln!(w, r#"      <data key="label">{}</data>"#, xml(&n.label))?;
            writeln!(w, r#"      <data key="n_articles">{}</data>"#, n.articles)?;
            writeln!(w, r#"      <data key="n_events">{}</data>"#, n.events)?;
            writeln!(w, "    </node>")?;
        }
        for (i, e) in self.edges.iter().enumerate() {
            write_graphml_edge(&mut w, i, e, &types, &statuses)?;
        }
        writeln!(w, "  </graph>")?;
        writeln!(w, "</graphml>")
    }
}

/// The GraphML `<key>` declarations: node label and counts, edge weight,
/// one count per event type and status present, first/last date, article ids.
fn write_graphml_keys<W: Write>(
    w: &mut W,
    types: &[String],
    statuses: &[String],
) -> io::Result<()> {
    let mut keys: Vec<(String, &str, String, &str)> = vec![
        ("label".into(), "node", "label".into(), "string"),
        ("n_articles".into(), "node", "articles".into(), "int"),
        ("n_events".into(), "node", "events".into(), "int"),
        ("weight".into(), "edge", "weight".into(), "int"),
        ("articles".into(), "edge", "articles".into(), "int"),
    ];
    for t in types {
        keys.push((format!("type_{t}"), "edge", t.clone(), "int"));
    }
    for s in statuses {
        keys.push((format!("status_{s}"), "edge", s.clone(), "int"));
    }
    keys.push(("first".into(), "edge", "first".into(), "string"));
    keys.push(("last".into(), "edge", "last".into(), "string"));
    keys.push(("article_ids".into(), "edge", "article_ids".into(), "string"));
    for (id, on, name, ty) in &keys {
        writeln!(
            w,
            r#"  <key id="{}" for="{on}" attr.name="{}" attr.type="{ty}"/>"#,
            xml(id),
            xml(name)
        )?;
    }
    Ok(())
}

/// One GraphML `<edge>` (id `e{i}`) with its data; type and status counts of
/// zero are left out.
fn write_graphml_edge<W: Write>(
    w: &mut W,
    i: usize,
    e: &Edge,
    types: &[String],
    statuses: &[String],
) -> io::Result<()> {
    writeln!(
        w,
        r#"    <edge id="e{i}" source="{}" target="{}">"#,
        xml(&e.source),
        xml(&e.target)
    )?;
    writeln!(w, r#"      <data key="weight">{}</data>"#, e.weight)?;
    writeln!(
        w,
        r#"      <data key="articles">{}</data>"#,
        e.article_ids.len()
    )?;
    for (prefix, names, counts) in [("type", types, &e.types), ("status", statuses, &e.statuses)] {
        for name in names {
            let n = count(counts, name);
            if n > 0 {
                writeln!(w, r#"      <data key="{prefix}_{}">{n}</data>"#, xml(name))?;
            }
        }
    }
    writeln!(w, r#"      <data key="first">{}</data>"#, xml(&e.first))?;
    writeln!(w, r#"      <data key="last">{}</data>"#, xml(&e.last))?;
    writeln!(
        w,
        r#"      <data key="article_ids">{}</data>"#,
        xml(&e.article_ids.join(" "))
    )?;
    writeln!(w, "    </edge>")
}

/// Abbreviation of an event type for edge labels.
pub fn short_type(t: &str) -> &str {
    match t {
        "partnership" => "partner",
        "joint_venture" => "JV",
        "acquisition" => "acq",
        "investment" => "invest",
        other => other,
    }
}

/// An edge's short label and its main status: the most frequent type and
/// status (ties: contract order).
fn short_label(e: &Edge) -> (String, &str) {
    let t = main_key(&e.types, &EVENT_TYPES);
    let s = main_key(&e.statuses, &STATUSES);
    let label = if e.weight == 1 {
        format!("{} {s}", short_type(t))
    } else {
        let mixed = if e.types.len() > 1 { "+" } else { "" };
        format!("{}× {}{mixed}", e.weight, short_type(t))
    };
    (label, s)
}

/// The most frequent key of `counts`; ties: the first in `order`.
fn main_key<'a>(counts: &'a BTreeMap<String, usize>, order: &[&str]) -> &'a str {
    let rank = |k: &str| order.iter().position(|x| *x == k).unwrap_or(order.len());
    counts
        .iter()
        .min_by(|(a, x), (b, y)| y.cmp(x).then_with(|| rank(a).cmp(&rank(b))))
        .map(|(k, _)| k.as_str())
        .unwrap_or("")
}

/// The DOT legend: what edge colour, style and width mean.
const LEGEND: &str = "tieup: edge width = events; colour = main status: green announced, \
blue talks, grey dashed rumored, red dotted denied, dark dashed ended; \
partner/JV/acq/invest = type";

/// DOT colour and style of an edge by status.
fn status_look(status: &str) -> (&'static str, &'static str) {
    match status {
        "announced" => ("#2f7d4f", "solid"),
        "talks" => ("#2f6fb5", "solid"),
        "rumored" => ("#8a8f98", "dashed"),
        "denied" => ("#c0392b", "dotted"),
        "ended" => ("#555555", "dashed"),
        _ => ("#7a8aa0", "solid"),
    }
}

fn columns<'a>(known: &[&str], seen: impl Iterator<Item = &'a String>) -> Vec<String> {
    let seen: BTreeSet<&String> = seen.collect();
    let mut out: Vec<String> = known.iter().map(|s| s.to_string()).collect();
    out.extend(
        seen.into_iter()
            .filter(|s| !known.contains(&s.as_str()))
            .cloned(),
    );
    out
}

fn count(map: &BTreeMap<String, usize>, key: &str) -> usize {
    map.get(key).copied().unwrap_or(0)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn dot_id(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyer() -> CompanyKeyer {
        CompanyKeyer::new(&Rules::default_rules().unwrap())
    }

    fn graph(lines: &[&str]) -> Graph {
        let mut b = GraphBuilder::new(keyer());
        for l in lines {
            b.add_line(l).unwrap();
        }
        b.finish(false)
    }

    fn rec(id: &str, companies: &[&str], events: &[(&str, &str, &str, &str)]) -> String {
        let entities: Vec<_> = companies
            .iter()
            .map(|n| serde_json::json!({"type": "company", "name": n}))
            .collect();
        let events: Vec<_> = events
            .iter()
            .map(|(t, s, a, b)| serde_json::json!({"type": t, "status": s, "parties": [a, b]}))
            .collect();
        serde_json::json!({"doc": {"id": id}, "entities": entities, "events": events}).to_string()
    }

    /// Article `id` with one event whose two parties are its companies.
    fn tie(id: &str, event_type: &str, status: &str, a: &str, b: &str) -> String {
        rec(id, &[a, b], &[(event_type, status, a, b)])
    }

    fn edge_acc(weight: usize, type_status: &[(&str, &str, usize)], articles: &[&str]) -> EdgeAcc {
        EdgeAcc {
            weight,
            type_status: type_status
                .iter()
                .map(|&(t, s, n)| ((t.to_string(), s.to_string()), n))
                .collect(),
            articles: articles.iter().map(|a| a.to_string()).collect(),
        }
    }

    #[test]
    fn an_edge_starts_at_the_end_whose_label_sorts_first() {
        let label: HashMap<&str, &str> = [("k1", "Zeta"), ("k2", "Alpha")].into();
        let acc = edge_acc(
            3,
            &[("partnership", "talks", 2), ("acquisition", "talks", 1)],
            &["a10", "a9"],
        );
        let e = edge(&("k1".into(), "k2".into()), &acc, &label);
        assert_eq!(
            (e.source.as_str(), e.source_label.as_str()),
            ("k2", "Alpha")
        );
        assert_eq!(e.statuses["talks"], 3);
        assert_eq!(e.types["partnership"], 2);
        assert_eq!(e.type_status["acquisition/talks"], 1);
        assert_eq!(e.article_ids, ["a9", "a10"]);
        assert_eq!((e.first.as_str(), e.last.as_str()), ("a9", "a10"));
    }

    #[test]
    fn degrees_count_partners_and_events_and_edges_sort_heaviest_first() {
        let edges: HashMap<(String, String), EdgeAcc> = [
            (("a".into(), "b".into()), edge_acc(2, &[], &[])),
            (("a".into(), "c".into()), edge_acc(5, &[], &[])),
        ]
        .into();
        let d = degrees(&edges);
        assert_eq!((d["a"], d["b"], d["c"]), ((2, 7), (1, 2), (1, 5)));
        let label: HashMap<&str, &str> = [("a", "A"), ("b", "B"), ("c", "C")].into();
        let mut es: Vec<Edge> = edges.iter().map(|(p, acc)| edge(p, acc, &label)).collect();
        es.sort_by(edge_order);
        assert_eq!(es[0].weight, 5);
    }

    #[test]
    fn normalize_drops_punctuation() {
        assert_eq!(normalize("Ford Motor Co."), "ford motor co");
        assert_eq!(normalize("Mercedes-Benz"), "mercedes benz");
        assert_eq!(normalize("McDonald's  Corp"), "mcdonalds corp");
        assert_eq!(normalize("AT&T Inc."), "at&t inc");
    }

    #[test]
    fn keys_follow_the_alias_rules() {
        let k = keyer();
        assert_eq!(k.key("Tesla Motors"), k.key("Tesla"));
        assert_eq!(k.key("Tesla Inc."), "tesla");
        assert_eq!(
            k.key("Beijing Automotive Group"),
            "beijing automotive group"
        );
        assert_eq!(
            k.parents("beijing automotive group"),
            ["beijing automotive"]
        );
        assert_eq!(k.key("The Acme Motors Corp"), "acme motors");
        assert_eq!(k.parents("acme motors"), ["acme"]);
        assert_eq!(k.key("Daimler"), k.key("Daimler AG"));
        assert_eq!(k.key("BAIC"), k.key("BAIC Group"));
        assert_eq!(k.key("Merrill Lynch and Co Inc"), "merrill lynch");
        assert_ne!(k.key("Daimler Greater China"), k.key("Daimler AG"));
        // A lone place or designator is never a key or a parent.
        assert!(k.parents("china motors").is_empty());
        assert!(k.parents("group").is_empty());
        assert_ne!(k.key("General Motors"), k.key("General Electric"));
    }

    #[test]
    fn designators_fold_only_into_an_unambiguous_shorter_name() {
        let g = graph(&[
            &rec(
                "1",
                &["Beijing Automotive", "LeEco"],
                &[("partnership", "announced", "Beijing Automotive", "LeEco")],
            ),
            &rec(
                "2",
                &["Beijing Automotive Group", "Xiaomi"],
                &[("partnership", "talks", "Beijing Automotive Group", "Xiaomi")],
            ),
            &rec(
                "3",
                &["American", "American Brands", "Xiaomi"],
                &[("partnership", "talks", "American Brands", "Xiaomi")],
            ),
            &rec(
                "4",
                &["American Motors Corp", "Xiaomi"],
                &[("partnership", "talks", "American Motors Corp", "Xiaomi")],
            ),
        ]);
        let labels: Vec<&str> = g.nodes.iter().map(|n| n.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "American Brands",
                "American Motors Corp",
                "Beijing Automotive Group",
                "LeEco",
                "Xiaomi"
            ]
        );
        let baic = &g.nodes[2];
        assert_eq!(
            (baic.id.as_str(), baic.articles, baic.degree),
            ("beijing automotive", 2, 2)
        );
    }

    #[test]
    fn merges_across_articles_and_labels_by_frequency() {
        let g = graph(&[
            &tie("a1", "partnership", "talks", "Tesla Motors", "Xiaomi"),
            &tie("a2", "partnership", "announced", "Tesla", "Xiaomi"),
            &tie("a3", "investment", "rumored", "Tesla", "Xiaomi Inc"),
        ]);
        assert_eq!(g.nodes.len(), 2, "{:#?}", g.nodes);
        let tesla = g.nodes.iter().find(|n| n.id == "tesla").unwrap();
        assert_eq!(tesla.label, "Tesla");
        assert_eq!(tesla.articles, 3);
        assert_eq!(tesla.names["Tesla Motors"], 1);
        assert_eq!(g.edges.len(), 1);
        let e = &g.edges[0];
        assert_eq!(
            (e.source_label.as_str(), e.target_label.as_str()),
            ("Tesla", "Xiaomi")
        );
        assert_eq!(e.weight, 3);
        assert_eq!(e.types["partnership"], 2);
        assert_eq!(e.statuses["rumored"], 1);
        assert_eq!(e.type_status["partnership/talks"], 1);
        assert_eq!((e.first.as_str(), e.last.as_str()), ("a1", "a3"));
        assert_eq!(e.article_ids, ["a1", "a2", "a3"]);
    }

    #[test]
    fn ids_sort_naturally_and_names_fit_one_line() {
        let mut ids = vec!["reut-9583", "reut-11520", "reut-2050", "a", "reut-02050"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            ids,
            ["a", "reut-02050", "reut-2050", "reut-9583", "reut-11520"]
        );
        let g = graph(&[&rec(
            "x",
            &["Japanese VoIP\nComputer"],
            &[("partnership", "talks", "Japanese VoIP\nComputer", "Acme")],
        )]);
        assert!(g.nodes.iter().any(|n| n.label == "Japanese VoIP Computer"));
    }

    #[test]
    fn label_ties_prefer_longest_then_alphabetical() {
        let names: HashMap<String, usize> =
            [("Beijing Automotive", 1), ("Beijing Automotive Group", 1)]
                .into_iter()
                .map(|(n, c)| (n.to_string(), c))
                .collect();
        assert_eq!(best_label(&names).unwrap(), "Beijing Automotive Group");
        let names: HashMap<String, usize> = [("Acme B", 1), ("Acme A", 1), ("Acme", 2)]
            .into_iter()
            .map(|(n, c)| (n.to_string(), c))
            .collect();
        assert_eq!(best_label(&names).unwrap(), "Acme");
    }

    #[test]
    fn self_loops_are_counted_not_drawn_and_order_is_stable() {
        let lines = [
            rec("b", &[], &[("partnership", "talks", "Acme", "Acme Corp")]),
            rec("a", &[], &[("acquisition", "announced", "Beta", "Gamma")]),
            rec("c", &[], &[("partnership", "talks", "Alpha", "Zeta")]),
            rec("d", &[], &[("partnership", "talks", "Zeta", "Alpha")]),
        ];
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let g = graph(&refs);
        assert_eq!(g.stats.self_loops, 1);
        assert_eq!(g.stats.events, 4);
        let pairs: Vec<(&str, &str, usize)> = g
            .edges
            .iter()
            .map(|e| (e.source_label.as_str(), e.target_label.as_str(), e.weight))
            .collect();
        assert_eq!(pairs, [("Alpha", "Zeta", 2), ("Beta", "Gamma", 1)]);
        let mut rev = refs.clone();
        rev.reverse();
        assert_eq!(graph(&rev), g);
    }

    #[test]
    fn writers_escape_and_agree() {
        let g = graph(&[&rec(
            "x\"1",
            &[],
            &[("partnership", "talks", "A&B, Inc", "C<D>")],
        )]);
        let mut csv = Vec::new();
        g.write_csv(&mut csv).unwrap();
        let csv = String::from_utf8(csv).unwrap();
        assert!(csv.starts_with("source,target,weight,articles,partnership,"));
        assert!(csv.contains("\"A&B, Inc\",C<D>,1,1,1,0,0,0,0,1,0,0,0,\"x\"\"1\""));
        let mut dot = Vec::new();
        g.write_dot(&mut dot).unwrap();
        let dot = String::from_utf8(dot).unwrap();
        assert!(dot.contains("\"a&b\" -- \"c d\""), "{dot}");
        let mut gml = Vec::new();
        g.write_graphml(&mut gml).unwrap();
        let gml = String::from_utf8(gml).unwrap();
        assert!(gml.contains("<data key=\"label\">A&amp;B, Inc</data>"));
        assert!(gml.contains("<data key=\"first\">x&quot;1</data>"));
        assert_eq!(gml.matches("<edge ").count(), 1);
        let mut json = Vec::new();
        g.write_json(&mut json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["edges"][0]["weight"], 1);
    }

    #[test]
    fn min_weight_drops_light_edges_and_lonely_nodes() {
        let mut g = graph(&[
            &rec("a", &[], &[("partnership", "talks", "Alpha", "Beta")]),
            &rec("b", &[], &[("partnership", "talks", "Alpha", "Beta")]),
            &rec("c", &[], &[("partnership", "talks", "Alpha", "Gamma")]),
        ]);
        g.retain_min_weight(2);
        assert_eq!(g.edges.len(), 1);
        assert_eq!(g.nodes.len(), 2);
        assert!(g.nodes.iter().all(|n| n.degree == 1));
    }

    #[test]
    fn all_nodes_keeps_companies_the_edge_filters_leave_alone() {
        let mut b = GraphBuilder::new(keyer());
        for l in [
            rec("a", &[], &[("partnership", "talks", "Alpha", "Beta")]),
            rec("b", &[], &[("partnership", "talks", "Alpha", "Beta")]),
            rec(
                "c",
                &["Epsilon"],
                &[("partnership", "talks", "Alpha", "Gamma")],
            ),
        ] {
            b.add_line(&l).unwrap();
        }
        let mut g = b.finish(true);
        assert_eq!(g.nodes.len(), 4);
        g.retain_min_weight(2);
        g.retain_top(1);
        assert_eq!(g.edges.len(), 1);
        let degrees: Vec<(&str, usize, usize)> = g
            .nodes
            .iter()
            .map(|n| (n.label.as_str(), n.degree, n.events))
            .collect();
        assert_eq!(
            degrees,
            [
                ("Alpha", 1, 2),
                ("Beta", 1, 2),
                ("Epsilon", 0, 0),
                ("Gamma", 0, 0)
            ]
        );
    }

    #[test]
    fn filters_top_and_company_keep_what_they_say() {
        let lines = [
            rec("a", &[], &[("partnership", "talks", "Alpha", "Beta")]),
            rec("b", &[], &[("partnership", "talks", "Alpha", "Beta")]),
            rec(
                "c",
                &[],
                &[("acquisition", "announced", "Gamma Corp", "Delta")],
            ),
            rec("d", &[], &[("investment", "rumored", "Beta", "Delta")]),
        ];
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let mut top = graph(&refs);
        top.retain_top(1);
        assert_eq!(top.edges.len(), 1);
        assert_eq!(top.edges[0].weight, 2);
        assert_eq!(top.nodes.len(), 2);
        let mut g = graph(&refs);
        assert_eq!(g.retain_company(&keyer(), "gamma"), 1);
        assert_eq!(g.edges.len(), 1);
        assert_eq!(g.nodes.iter().map(|n| n.degree).sum::<usize>(), 2);
        let mut none = graph(&refs);
        assert_eq!(none.retain_company(&keyer(), "gam"), 0, "whole words only");
        assert!(none.edges.is_empty() && none.nodes.is_empty());
        let filter = EventFilter {
            types: vec!["partnership".into(), "investment".into()],
            statuses: vec!["talks".into()],
        };
        let mut b = GraphBuilder::new(keyer()).with_filter(filter);
        for l in &refs {
            b.add_line(l).unwrap();
        }
        let f = b.finish(false);
        assert_eq!((f.stats.events, f.stats.filtered), (4, 2));
        assert_eq!(f.edges.len(), 1);
        assert_eq!(f.edges[0].article_ids, ["a", "b"]);
    }

    #[test]
    fn dot_edge_labels_are_short_and_weights_are_pen_widths() {
        let g = graph(&[
            &rec("a", &[], &[("joint_venture", "talks", "Alpha", "Beta")]),
            &rec("b", &[], &[("acquisition", "announced", "Gamma", "Delta")]),
            &rec("c", &[], &[("acquisition", "announced", "Gamma", "Delta")]),
            &rec("d", &[], &[("investment", "rumored", "Gamma", "Delta")]),
        ]);
        let mut dot = Vec::new();
        g.write_dot(&mut dot).unwrap();
        let dot = String::from_utf8(dot).unwrap();
        assert!(dot.contains("layout=neato"), "{dot}");
        assert!(
            dot.contains("penwidth=2.6, label=\"3× acq+\", color=\"#2f7d4f\""),
            "{dot}"
        );
        assert!(
            dot.contains("penwidth=1.0, label=\"JV talks\", color=\"#2f6fb5\""),
            "{dot}"
        );
        assert!(dot.contains("tooltip=\"acquisition/announced=2 investment/rumored=1\""));
    }
}
