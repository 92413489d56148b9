//! Rule examples as tests: runs every rule's examples and counterexamples
//! through the real pipeline and reports each failure (for `tieup rules test`
//! and the test suite).
//!
//! Takes: an [`Extractor`] (the full rule set) and an optional id filter.
//! Gives: a [`TestReport`]: per-rule counts and every failure, never stopping
//! at the first. Guarantees: nothing here prints or panics on user rules.
//!
//! What "fires" means, per rule category (see `docs/rules.md`):
//! - company lists: a mention of an entity carries the list's id; other
//!   lists (outlets, titles, given names, places, ...): a word of the text
//!   matches the list. An example's `entity` must equal (ignoring case) an
//!   entity's name, one of its mention texts, or the canonical name of the
//!   list entry a mention matched. A counterexample of a company list must
//!   yield no entity mention with the list's id; of any other list, no
//!   entity mention may contain a word the list matched (the list must not
//!   make a name out of it).
//! - triggers: an event has evidence with the trigger's id; with `parties`,
//!   `type` or `status` given, such an event must have those parties (any
//!   order, compared with entity names, ignoring case), type and status.
//! - status cues: the same, with the evidence's `status_rule`.
//! - boilerplate: the pattern matches the example text.
//!
//! A counterexample of an event rule (a trigger, a status cue, a pattern
//! that states a tie) must name at least two companies: with fewer the rule
//! can never make an event there, so the counterexample tests nothing. Such
//! a counterexample fails and is reported as a [`RuleProblem`] at the place
//! it is written (`file:line:col`).

use std::fmt;

use crate::error::RuleProblem;
use crate::pipeline::spot::Kind;
use crate::rules::{
    Boilerplate, Counterexample, Example, ListKind, Origin, Payload, Place, RuleMeta, RuleRef,
};
use crate::{Analysis, Article, Extractor, Rules};

/// One example or counterexample that did not behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The rule id.
    pub rule: String,
    /// Where the rule is defined.
    pub origin: Origin,
    /// The example text.
    pub example: String,
    /// True for a counterexample (must not fire).
    pub counter: bool,
    /// What went wrong, in one line.
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: FAIL {}: {} {:?}: {}",
            self.origin.file,
            self.origin.line,
            self.rule,
            if self.counter {
                "counterexample"
            } else {
                "example"
            },
            self.example,
            self.message
        )
    }
}

/// Counts of one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleCount {
    /// The rule id.
    pub rule: String,
    /// Where the rule is defined.
    pub origin: Origin,
    /// Examples and counterexamples that behaved.
    pub passed: usize,
    /// Those that did not.
    pub failed: usize,
}

/// The outcome of a test run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestReport {
    /// Per rule, in rule order (rules without examples included).
    pub counts: Vec<RuleCount>,
    /// Every failure, in rule order.
    pub failures: Vec<Failure>,
    /// Counterexamples of event rules that name fewer than two companies,
    /// at the place each is written (also counted as failed).
    pub problems: Vec<RuleProblem>,
}

impl TestReport {
    /// Total passed.
    pub fn passed(&self) -> usize {
        self.counts.iter().map(|c| c.passed).sum()
    }
    /// Total failed.
    pub fn failed(&self) -> usize {
        self.counts.iter().map(|c| c.failed).sum()
    }
    /// The summary line CI looks for: `N passed, N failed`.
    pub fn summary(&self) -> String {
        format!("{} passed, {} failed", self.passed(), self.failed())
    }
}

/// Runs the examples of every rule whose id contains `filter` (all when
/// `None`).
pub fn run(extractor: &Extractor, filter: Option<&str>) -> TestReport {
    let mut report = TestReport::default();
    for rule in extractor.rules().all() {
        let meta = rule.meta();
        if filter.is_some_and(|f| !meta.id.contains(f)) {
            continue;
        }
        let mut count = RuleCount {
            rule: meta.id.clone(),
            origin: meta.origin.clone(),
            passed: 0,
            failed: 0,
        };
        let mut tally = |text: &str, counter: bool, outcome: Result<(), String>| match outcome {
            Ok(()) => count.passed += 1,
            Err(message) => {
                count.failed += 1;
                report.failures.push(Failure {
                    rule: meta.id.clone(),
                    origin: meta.origin.clone(),
                    example: text.to_string(),
                    counter,
                    message,
                });
            }
        };
        for ex in &meta.examples {
            tally(&ex.text, false, check_example(extractor, rule, ex));
        }
        let mut problems = Vec::new();
        for counter in &meta.counterexamples {
            let (text, place) = (&counter.text, counterexample_place(meta, counter));
            match test_counterexample(extractor, rule, text, place) {
                Counter::TooSmall(problem) => problems.push(problem),
                Counter::Checked(outcome) => tally(text, true, outcome),
            }
        }
        count.failed += problems.len();
        report.problems.extend(problems);
        report.counts.push(count);
    }
    report
}

/// What testing one counterexample gave.
enum Counter {
    /// It names too few companies to test an event rule
    /// ([`counterexample_too_small`]): a problem, counted failed.
    TooSmall(RuleProblem),
    /// It was checked ([`check_counterexample`]).
    Checked(Result<(), String>),
}

/// Tests the counterexample `text` of `rule`, written at `place`, running
/// the pipeline on it once for both the size check and the check itself.
fn test_counterexample(
    extractor: &Extractor,
    rule: RuleRef<'_>,
    text: &str,
    place: Place,
) -> Counter {
    if let RuleRef::Boilerplate(b) = rule {
        return Counter::Checked(boilerplate_counter(b, text));
    }
    let article = Article::from_text("counterexample", "", text);
    let a = extractor.analyze(&article);
    let too_small = makes_events(rule).then(|| too_small_in(&a, rule, text, place));
    match too_small.flatten() {
        Some(problem) => Counter::TooSmall(problem),
        None => Counter::Checked(counter_fired(&a, extractor, rule)),
    }
}

/// Where `counter`, a counterexample of `meta`, is written: its recorded
/// place, or, when none was recorded (a rule built in code), the rule's own
/// line, column 1, so that every counterexample is tested and located.
fn counterexample_place(meta: &RuleMeta, counter: &Counterexample) -> Place {
    counter.place.unwrap_or(Place {
        line: meta.origin.line,
        column: 1,
    })
}

/// Whether `rule` states ties between companies: a trigger, a status cue,
/// or a pattern with pairs.
fn makes_events(rule: RuleRef<'_>) -> bool {
    match rule {
        RuleRef::Trigger(_) | RuleRef::Status(_) => true,
        RuleRef::Pattern(p) => !p.pairs.is_empty(),
        RuleRef::List(_) | RuleRef::Boilerplate(_) => false,
    }
}

/// The problem of a counterexample of an event rule that names fewer than
/// two companies (entities of kind company, as the pipeline finds them):
/// it could never show the rule pairing two, so it tests nothing. `place`:
/// where it is written.
pub fn counterexample_too_small(
    extractor: &Extractor,
    rule: RuleRef<'_>,
    text: &str,
    place: Place,
) -> Option<RuleProblem> {
    if !makes_events(rule) {
        return None;
    }
    let article = Article::from_text("counterexample", "", text);
    too_small_in(&extractor.analyze(&article), rule, text, place)
}

/// [`counterexample_too_small`] on `a`, the analysis of `text`, for a
/// `rule` that [`makes_events`] (the callers ask first).
fn too_small_in(
    a: &Analysis<'_>,
    rule: RuleRef<'_>,
    text: &str,
    place: Place,
) -> Option<RuleProblem> {
    let companies: Vec<&str> = a
        .resolution
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Company)
        .map(|e| e.name.as_str())
        .collect();
    if companies.len() >= 2 {
        return None;
    }
    let meta = rule.meta();
    let found = match companies[..] {
        [] => "no company".to_string(),
        [one, ..] => format!("one company ({one})"),
    };
    Some(RuleProblem {
        file: meta.origin.file.clone(),
        line: place.line,
        column: place.column,
        message: format!(
            "rule `{}`: counterexample {text:?} names {found}; it needs two for the rule to be able to pair them, else it tests nothing",
            meta.id
        ),
    })
}

/// Checks one example of `rule`: `Err` says why it failed.
pub fn check_example(extractor: &Extractor, rule: RuleRef<'_>, ex: &Example) -> Result<(), String> {
    let id = rule.meta().id.as_str();
    if let RuleRef::Boilerplate(b) = rule {
        return if b.regex().is_match(&ex.text) {
            Ok(())
        } else {
            Err("the pattern does not match".to_string())
        };
    }
    let article = Article::from_text("example", "", ex.text.as_str());
    let a = extractor.analyze(&article);
    match rule {
        RuleRef::List(list) => list_fired(extractor, &a, list.kind, id)?,
        RuleRef::Pattern(p) if p.pairs.is_empty() => no_tie_matched(&a, ex, id)?,
        RuleRef::Trigger(_) | RuleRef::Pattern(_) => event_expected(&a, ex, id, false)?,
        RuleRef::Status(_) => event_expected(&a, ex, id, true)?,
        RuleRef::Boilerplate(_) => {}
    }
    if let Some(want) = &ex.entity
        && !has_entity(&a, extractor.rules(), want)
    {
        return Err(format!("expected entity `{want}`; {}", entities_found(&a)));
    }
    Ok(())
}

/// Whether list `id` (of `kind`) fired in the example: an entity mention
/// from it (entity lists), or any word matching it (the others).
fn list_fired(extractor: &Extractor, a: &Analysis, kind: ListKind, id: &str) -> Result<(), String> {
    if is_entity_list(kind) {
        if entity_mentions_of(a, id).is_empty() {
            return Err(format!(
                "no entity mention from `{id}`; {}",
                entities_found(a)
            ));
        }
    } else if list_spans(a, extractor.rules(), id).is_empty() {
        return Err(format!("no word of the text matches list `{id}`"));
    }
    Ok(())
}

/// For a pattern that states no tie (`pairs = []`): whether it matched and
/// left the example's parties (when given) without an event.
fn no_tie_matched(a: &Analysis, ex: &Example, id: &str) -> Result<(), String> {
    if !a.dropped_cues.iter().any(|d| d.rule == id) {
        return Err(format!(
            "the pattern `{id}` did not match; {}",
            events_found(a)
        ));
    }
    if !ex.parties.is_empty()
        && let Some(ev) = a
            .events
            .iter()
            .find(|ev| same_parties(&ex.parties, &party_names(a, ev)))
    {
        return Err(format!(
            "expected no event between {}; found {}",
            ex.parties.join(" + "),
            describe_event(a, ev)
        ));
    }
    Ok(())
}

/// Whether an event came from rule `id` (its trigger or pattern, or with
/// `is_status` its status cue) and one of them is what the example expects
/// (parties, type, status, each when given).
fn event_expected(a: &Analysis, ex: &Example, id: &str, is_status: bool) -> Result<(), String> {
    let from_rule = |ev: &&crate::pipeline::events::Event| {
        ev.evidence.iter().any(|x| {
            if is_status {
                x.status_rule.as_deref() == Some(id)
            } else {
                x.rule == id
            }
        })
    };
    let candidates: Vec<_> = a.events.iter().filter(from_rule).collect();
    if candidates.is_empty() {
        let how = if is_status {
            "with status set by"
        } else {
            "from rule"
        };
        return Err(format!("no event {how} `{id}`; {}", events_found(a)));
    }
    let wanted = |ev: &&crate::pipeline::events::Event| {
        let names = party_names(a, ev);
        (ex.parties.is_empty() || same_parties(&ex.parties, &names))
            && ex.event_type.is_none_or(|t| t == ev.event_type)
            && ex.status.is_none_or(|s| s == ev.status)
    };
    if candidates.iter().any(wanted) {
        return Ok(());
    }
    Err(format!(
        "expected an event with {}; {}",
        expected_event(ex).join(", "),
        events_found(a)
    ))
}

/// What an example expects of an event, as phrases ("parties A + B",
/// "type acquisition", "status talks").
fn expected_event(ex: &Example) -> Vec<String> {
    let mut expected = Vec::new();
    if !ex.parties.is_empty() {
        expected.push(format!("parties {}", ex.parties.join(" + ")));
    }
    if let Some(t) = ex.event_type {
        expected.push(format!("type {}", snake(&t)));
    }
    if let Some(s) = ex.status {
        expected.push(format!("status {}", snake(&s)));
    }
    expected
}

/// Checks one counterexample of `rule`: `Err` says how the rule fired.
pub fn check_counterexample(
    extractor: &Extractor,
    rule: RuleRef<'_>,
    text: &str,
) -> Result<(), String> {
    if let RuleRef::Boilerplate(b) = rule {
        return boilerplate_counter(b, text);
    }
    let article = Article::from_text("counterexample", "", text);
    counter_fired(&extractor.analyze(&article), extractor, rule)
}

/// `Err` when boilerplate pattern `b` matches the counterexample `text`.
fn boilerplate_counter(b: &Boilerplate, text: &str) -> Result<(), String> {
    match b.regex().find(text) {
        Some(m) => Err(format!("the pattern matches `{}`", m.as_str())),
        None => Ok(()),
    }
}

/// [`check_counterexample`] on `a`, the analysis of the counterexample.
fn counter_fired(a: &Analysis<'_>, extractor: &Extractor, rule: RuleRef<'_>) -> Result<(), String> {
    let id = rule.meta().id.as_str();
    match rule {
        RuleRef::List(list) if is_entity_list(list.kind) => {
            match entity_mentions_of(a, id).first() {
                Some(&m) => Err(format!(
                    "`{}` became an entity mention by `{id}`",
                    mention_text(a, m)
                )),
                None => Ok(()),
            }
        }
        RuleRef::List(_) => list_word_in_entity(a, extractor, id),
        RuleRef::Pattern(p) if p.pairs.is_empty() => {
            match a.dropped_cues.iter().find(|d| d.rule == id) {
                Some(d) => Err(format!("the pattern matched `{}`", d.trigger)),
                None => Ok(()),
            }
        }
        RuleRef::Trigger(_) | RuleRef::Pattern(_) | RuleRef::Status(_) => {
            event_by_rule(a, id, matches!(rule, RuleRef::Status(_)))
        }
        RuleRef::Boilerplate(_) => Ok(()),
    }
}

/// `Err` when a word of list `id` is part of an entity mention of `a`.
fn list_word_in_entity(a: &Analysis<'_>, extractor: &Extractor, id: &str) -> Result<(), String> {
    let spans = list_spans(a, extractor.rules(), id);
    let res = &a.resolution;
    for (i, m) in res.mentions.iter().enumerate() {
        if res.entity_of[i].is_none() {
            continue;
        }
        if let Some(&(f, l)) = spans.iter().find(|&&(f, l)| f < m.last && m.first < l) {
            let toks = &a.tokens.tokens;
            let word = &a.view.text()[toks[f].start..toks[l - 1].end];
            return Err(format!(
                "`{word}` from `{id}` is part of entity mention `{}`",
                mention_text(a, i)
            ));
        }
    }
    Ok(())
}

/// `Err` naming the first event with evidence from rule `id` (its status
/// rule when `is_status`).
fn event_by_rule(a: &Analysis<'_>, id: &str, is_status: bool) -> Result<(), String> {
    for ev in &a.events {
        for x in &ev.evidence {
            let hit = if is_status {
                x.status_rule.as_deref() == Some(id)
            } else {
                x.rule == id
            };
            if hit {
                return Err(format!(
                    "it gave the event {} (cue `{}`)",
                    describe_event(a, ev),
                    x.trigger
                ));
            }
        }
    }
    Ok(())
}

fn is_entity_list(kind: ListKind) -> bool {
    kind == ListKind::Company
}

/// Mentions (indices) that belong to an entity and carry rule `id`.
fn entity_mentions_of(a: &Analysis<'_>, id: &str) -> Vec<usize> {
    let res = &a.resolution;
    res.mentions
        .iter()
        .enumerate()
        .filter(|(i, m)| m.rule == id && res.entity_of[*i].is_some())
        .map(|(i, _)| i)
        .collect()
}

/// Token ranges matched by entries of the list with id `id`.
fn list_spans(a: &Analysis<'_>, rules: &Rules, id: &str) -> Vec<(usize, usize)> {
    // Function-word and cue lists are looked up word by word, not by the
    // automaton: a word of the class, or a word of the cue list `id`.
    if let Some(list) = rules.lists.iter().find(|l| l.meta.id == id)
        && (list.kind.words_only() || list.kind == ListKind::Cue)
    {
        let text = a.view.text();
        let hit = |w: &str| match list.kind {
            ListKind::Cue => rules.is_cue(id, w),
            kind => rules.word_class(w) & kind.bit() != 0,
        };
        return (0..a.tokens.tokens.len())
            .filter(|&i| hit(a.tokens.tokens[i].text(text)))
            .map(|i| (i, i + 1))
            .collect();
    }
    a.lexed
        .names
        .iter()
        .filter(|s| match s.payload {
            Payload::Entry { entry, .. } => {
                rules.lists[rules.entries[entry as usize].list].meta.id == id
            }
            _ => false,
        })
        .map(|s| (s.first, s.last))
        .collect()
}

fn mention_text(a: &Analysis<'_>, m: usize) -> String {
    let m = &a.resolution.mentions[m];
    let toks = &a.tokens.tokens;
    a.view.text()[toks[m.first].start..toks[m.last - 1].end].to_string()
}

/// Whether an entity is named `want` (its name, a mention's text, or the
/// canonical name of the list entry a mention matched; case ignored).
fn has_entity(a: &Analysis<'_>, rules: &Rules, want: &str) -> bool {
    let res = &a.resolution;
    res.entities.iter().any(|e| {
        e.name.eq_ignore_ascii_case(want)
            || e.mentions.iter().any(|&m| {
                mention_text(a, m).eq_ignore_ascii_case(want)
                    || res.mentions[m]
                        .entry
                        .is_some_and(|en| rules.canonical(en).eq_ignore_ascii_case(want))
            })
    })
}

fn entities_found(a: &Analysis<'_>) -> String {
    let names: Vec<String> = a
        .resolution
        .entities
        .iter()
        .map(|e| format!("`{}`", e.name))
        .collect();
    if names.is_empty() {
        "found no entity".to_string()
    } else {
        format!("found entities {}", names.join(", "))
    }
}

fn party_names(a: &Analysis<'_>, ev: &crate::pipeline::events::Event) -> [String; 2] {
    let ents = &a.resolution.entities;
    [
        ents[ev.parties.0].name.clone(),
        ents[ev.parties.1].name.clone(),
    ]
}

fn same_parties(want: &[String], got: &[String; 2]) -> bool {
    let norm = |s: &str| s.trim().to_lowercase();
    let mut w: Vec<String> = want.iter().map(|s| norm(s)).collect();
    let mut g: Vec<String> = got.iter().map(|s| norm(s)).collect();
    w.sort();
    g.sort();
    w == g
}

fn describe_event(a: &Analysis<'_>, ev: &crate::pipeline::events::Event) -> String {
    let [p, q] = party_names(a, ev);
    let rules: Vec<String> = ev
        .evidence
        .iter()
        .map(|x| match &x.status_rule {
            Some(s) => format!("{}+{s}", x.rule),
            None => x.rule.clone(),
        })
        .collect();
    format!(
        "{} {} {p} + {q} [{}]",
        snake(&ev.event_type),
        snake(&ev.status),
        rules.join(", ")
    )
}

fn events_found(a: &Analysis<'_>) -> String {
    if a.events.is_empty() {
        let mut s = "found no event".to_string();
        if !a.dropped_cues.is_empty() {
            let dropped: Vec<String> = a
                .dropped_cues
                .iter()
                .map(|d| format!("`{}` ({}): {}", d.trigger, d.rule, d.reason))
                .collect();
            s.push_str(&format!(" (dropped cues: {})", dropped.join("; ")));
        }
        return format!("{s}; {}", entities_found(a));
    }
    let evs: Vec<String> = a.events.iter().map(|ev| describe_event(a, ev)).collect();
    format!("found {}", evs.join("; "))
}

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleSource;

    #[test]
    fn expected_event_names_what_the_example_gives() {
        let ex = Example {
            text: "t".into(),
            parties: vec!["Quarnel".into(), "Vostrick".into()],
            status: Some(crate::rules::Status::Talks),
            ..Example::default()
        };
        assert_eq!(
            super::expected_event(&ex),
            ["parties Quarnel + Vostrick", "status talks"]
        );
        assert!(super::expected_event(&Example::default()).is_empty());
    }

    #[test]
    fn default_rules_pass_their_examples() {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let report = run(&extractor, None);
        let lines: Vec<String> = report.failures.iter().map(ToString::to_string).collect();
        assert!(report.failures.is_empty(), "{}", lines.join("\n"));
        let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert!(report.problems.is_empty(), "{}", problems.join("\n"));
        assert!(report.passed() > 30, "{}", report.summary());
    }

    /// The defaults plus `extra-triggers.toml` holding one trigger,
    /// `courting`, whose counterexamples are `list` (TOML array items; the
    /// array opens on line 7, column 20).
    fn courting_with_counterexamples(list: &str) -> RuleSource {
        RuleSource::embedded().with_file(
            "extra-triggers.toml",
            &format!(
                "[[trigger]]\nid = \"courting\"\ndescription = \"X is courting Y\"\ncues = [\"courting\"]\ntype = \"partnership\"\nstatus = \"talks\"\ncounterexamples = [{list}]\n"
            ),
        )
    }

    #[test]
    fn a_counterexample_naming_fewer_than_two_companies_is_a_located_problem() {
        let source = courting_with_counterexamples(
            "\"Acme Corp is courting new customers.\",\n  \"Acme Corp said Borealis Inc was courting new customers.\"",
        );
        let extractor = Extractor::new(Rules::load(&source).unwrap());
        let report = run(&extractor, Some("courting"));
        assert_eq!(report.summary(), "1 passed, 1 failed");
        assert!(report.failures.is_empty(), "{:?}", report.failures);
        let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with(
                "rules/extra-triggers.toml:7:20: error: rule `courting`: counterexample \"Acme Corp is courting new customers.\" names one company (Acme Corp)"
            ),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn every_counterexample_is_tested_even_without_a_recorded_place() {
        let source = courting_with_counterexamples(
            "\"Acme Corp said Borealis Inc was courting new customers.\",\n  \"Acme Corp is courting new customers.\"",
        );
        let mut rules = Rules::load(&source).unwrap();
        let courting = rules.triggers.iter_mut().find(|t| t.meta.id == "courting");
        for counter in &mut courting.unwrap().meta.counterexamples {
            counter.place = None;
        }
        let report = run(&Extractor::new(rules), Some("courting"));
        assert_eq!(report.summary(), "1 passed, 1 failed");
        let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("rules/extra-triggers.toml:1:1: error: rule `courting`"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn a_broken_example_fails_naming_the_rule() {
        let source = RuleSource::embedded().with_file(
            "extra-triggers.toml",
            "[[trigger]]\nid = \"courting\"\ndescription = \"X is courting Y\"\ncues = [\"courting\"]\ntype = \"partnership\"\nstatus = \"talks\"\nexamples = [{ text = \"Acme Corp is courting Borealis Inc, people close to the matter said.\", parties = [\"Acme Corp\", \"Cirrus Motors\"] }]\ncounterexamples = [\"Acme Corp is courting Borealis Inc, people close to the matter said.\"]\n",
        );
        let extractor = Extractor::new(Rules::load(&source).unwrap());
        let report = run(&extractor, Some("courting"));
        assert_eq!(report.counts.len(), 1);
        assert_eq!(report.summary(), "0 passed, 2 failed");
        let first = report.failures[0].to_string();
        assert!(
            first.starts_with("rules/extra-triggers.toml:1: FAIL courting: example"),
            "{first}"
        );
        assert!(
            first.contains("parties Acme Corp + Cirrus Motors"),
            "{first}"
        );
        assert!(report.failures[1].counter);
    }

    #[test]
    fn boilerplate_examples_use_the_regex() {
        let extractor = Extractor::new(Rules::default_rules().unwrap());
        let rule = extractor.rules().find("via-source").unwrap();
        assert!(check_counterexample(&extractor, rule, "Via: example.com").is_err());
        assert!(check_counterexample(&extractor, rule, "Acme Corp rose.").is_ok());
    }
}
