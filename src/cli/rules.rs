//! `tieup rules check|test|list|show`: tools for rule authors.

use std::collections::HashMap;
use std::process::ExitCode;

use clap::Subcommand;
use tieup::review::ruletest::RuleCount;
use tieup::rules::{ListKind, RuleRef};
use tieup::{Error, Extractor, RuleSource, Rules};

use crate::RuleArgs;

/// `println!` that survives a closed stdout (`tieup rules list | head`):
/// see [`super::common::print_line`].
macro_rules! outln {
    () => {
        super::common::print_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        super::common::print_line(format_args!($($arg)*))
    };
}

/// Exit code of `check` and `test` when something is wrong.
const EXIT_FAILED: u8 = 1;
/// Exit code when the rules to test or list do not load.
const EXIT_BAD_RULES: u8 = 2;

#[derive(Subcommand)]
pub(crate) enum RulesCommand {
    /// Load and validate every rule file; print every problem as file:line:col: error: ...
    ///
    /// Exit 1 when there are problems, 0 otherwise.
    /// Example: tieup rules check --rules my-rules/
    Check {
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Run every rule's examples and counterexamples through the pipeline.
    ///
    /// Prints each failure, per-rule counts and a final `N passed, N failed`
    /// line; exit 1 when any failed.
    /// Example: tieup rules test --filter in-talks
    Test {
        #[command(flatten)]
        rules: RuleArgs,
        /// Only rules whose id contains ID
        #[arg(long, value_name = "ID")]
        filter: Option<String>,
        /// Name each rule without examples (id and file:line), one a line;
        /// without it only their count is printed
        #[arg(long)]
        list_unexampled: bool,
    },
    /// List every rule: id, category, file:line, description.
    List {
        #[command(flatten)]
        rules: RuleArgs,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Print one rule as written, with the file and line it came from.
    ///
    /// Example: tieup rules show in-talks-with
    Show {
        /// The rule id (as in the `rule` fields of the output)
        id: String,
        #[command(flatten)]
        rules: RuleArgs,
    },
}

pub(crate) fn run(command: RulesCommand) -> ExitCode {
    match command {
        RulesCommand::Check { rules } => check(&rules),
        RulesCommand::Test {
            rules,
            filter,
            list_unexampled,
        } => test(&rules, filter.as_deref(), list_unexampled),
        RulesCommand::List { rules, json } => list(&rules, json),
        RulesCommand::Show { id, rules } => show(&rules, &id),
    }
}

fn source(args: &RuleArgs) -> tieup::Result<RuleSource> {
    RuleSource::layered(args.rules.as_deref(), &args.rules_extra)
}

/// Loads the rules or prints why not.
fn load(args: &RuleArgs) -> Result<(RuleSource, Rules), ExitCode> {
    match source(args).and_then(|s| Rules::load(&s).map(|r| (s, r))) {
        Ok(v) => {
            super::common::warn_borrowed_lists(&v.1);
            Ok(v)
        }
        Err(e) => {
            eprintln!("{e}");
            Err(ExitCode::from(EXIT_BAD_RULES))
        }
    }
}

fn check(args: &RuleArgs) -> ExitCode {
    match source(args).and_then(|s| Rules::load(&s)) {
        Ok(rules) => {
            let entries = rules.entries.len();
            outln!(
                "ok: {} rules ({} lists with {entries} entries, {} triggers, {} status cues, {} extraction patterns, {} boilerplate patterns)",
                rules.all().len(),
                rules.lists.len(),
                rules.triggers.len(),
                rules.statuses.len(),
                rules.pattern_rules.len(),
                rules.boilerplate.len()
            );
            for shadowed in tieup::rules::shadowed_cues(&rules.triggers) {
                outln!("{shadowed}");
            }
            for id in rules.borrowed_cue_lists() {
                outln!("{}", tieup::rules::borrowed_list_warning(id));
            }
            ExitCode::SUCCESS
        }
        Err(Error::Rules(problems)) => {
            for p in &problems {
                outln!("{p}");
            }
            eprintln!(
                "{}",
                tieup::review::counted(problems.len(), "problem", "problems")
            );
            ExitCode::from(EXIT_FAILED)
        }
        Err(e) => {
            outln!("error: {e}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

fn test(args: &RuleArgs, filter: Option<&str>, list_unexampled: bool) -> ExitCode {
    let (_, rules) = match load(args) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let kinds = list_kinds(&rules);
    let extractor = Extractor::new(rules);
    let report = tieup::review::ruletest::run(&extractor, filter);
    if report.counts.is_empty() {
        outln!("no rule id contains `{}`", filter.unwrap_or(""));
        return ExitCode::from(EXIT_FAILED);
    }
    for p in &report.problems {
        outln!("{p}");
    }
    for f in &report.failures {
        outln!("{f}");
    }
    if !report.failures.is_empty() || !report.problems.is_empty() {
        outln!();
    }
    let width = report
        .counts
        .iter()
        .map(|c| c.rule.len())
        .max()
        .unwrap_or(0);
    for c in &report.counts {
        let mark = if c.failed > 0 { "FAIL" } else { "ok  " };
        outln!(
            "{mark} {:width$}  {} passed, {} failed  ({}:{})",
            c.rule,
            c.passed,
            c.failed,
            c.origin.file,
            c.origin.line
        );
    }
    print_unexampled(&report.counts, &kinds, list_unexampled);
    outln!(
        "{} tested, {} with failures",
        tieup::review::counted(report.counts.len(), "rule", "rules"),
        report.counts.iter().filter(|c| c.failed > 0).count()
    );
    outln!("{}", report.summary());
    if report.failed() > 0 {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// The kind of each list of `rules`, by id.
fn list_kinds(rules: &Rules) -> HashMap<String, ListKind> {
    let lists = rules.lists.iter();
    lists.map(|l| (l.meta.id.clone(), l.kind)).collect()
}

/// The rules of `counts` with no example: one line with how many (cue
/// lists, other lists and other rules, by `kinds`, the list kind of each
/// list id), then, when `each`, one line per rule: `  id  (file:line)`.
fn print_unexampled(counts: &[RuleCount], kinds: &HashMap<String, ListKind>, each: bool) {
    let none: Vec<&RuleCount> = counts.iter().filter(|c| c.passed + c.failed == 0).collect();
    if none.is_empty() {
        return;
    }
    let kind = |c: &&&RuleCount| kinds.get(&c.rule).copied();
    let cue = none
        .iter()
        .filter(|c| kind(c) == Some(ListKind::Cue))
        .count();
    let lists = none.iter().filter(|c| kind(c).is_some()).count();
    let how = if each {
        ":"
    } else {
        "; --list-unexampled names them"
    };
    outln!(
        "no examples: {} ({cue} cue lists, {} other lists, {} other rules){how}",
        tieup::review::counted(none.len(), "rule", "rules"),
        lists - cue,
        none.len() - lists
    );
    if each {
        for c in none {
            outln!("  {}  ({}:{})", c.rule, c.origin.file, c.origin.line);
        }
    }
}

/// One row of `rules list`.
#[derive(serde::Serialize)]
struct Row {
    id: String,
    category: &'static str,
    file: String,
    line: usize,
    description: String,
    examples: usize,
    counterexamples: usize,
}

fn rows(rules: &Rules) -> Vec<Row> {
    let mut rows: Vec<Row> = rules
        .all()
        .iter()
        .map(|r| {
            let m = r.meta();
            Row {
                id: m.id.clone(),
                category: r.category(),
                file: m.origin.file.clone(),
                line: m.origin.line,
                description: m.description.clone(),
                examples: m.examples.len(),
                counterexamples: m.counterexamples.len(),
            }
        })
        .collect();
    rows.extend(
        tieup::pipeline::spot::PATTERN_RULES
            .iter()
            .map(|(id, desc)| Row {
                id: id.to_string(),
                category: "pattern",
                file: "built-in".to_string(),
                line: 0,
                description: desc.to_string(),
                examples: 0,
                counterexamples: 0,
            }),
    );
    rows
}

fn list(args: &RuleArgs, json: bool) -> ExitCode {
    let (_, rules) = match load(args) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let rows = rows(&rules);
    if json {
        match serde_json::to_string_pretty(&rows) {
            Ok(s) => outln!("{s}"),
            Err(e) => {
                eprintln!("tieup: {e}");
                return ExitCode::from(EXIT_FAILED);
            }
        }
        return ExitCode::SUCCESS;
    }
    let id_w = rows.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let place = |r: &Row| {
        if r.line == 0 {
            r.file.clone()
        } else {
            format!("{}:{}", r.file, r.line)
        }
    };
    let place_w = rows.iter().map(|r| place(r).len()).max().unwrap_or(0);
    for r in &rows {
        outln!(
            "{:id_w$}  {:11}  {:place_w$}  {}",
            r.id,
            r.category,
            place(r),
            r.description
        );
    }
    ExitCode::SUCCESS
}

fn show(args: &RuleArgs, id: &str) -> ExitCode {
    let (source, rules) = match load(args) {
        Ok(v) => v,
        Err(code) => return code,
    };
    if let Some((pid, desc)) = tieup::pipeline::spot::PATTERN_RULES
        .iter()
        .find(|(p, _)| *p == id)
    {
        outln!("{pid}  (pattern, built-in: src/spot.rs, src/resolve.rs, src/events.rs)");
        outln!("  {desc}");
        return ExitCode::SUCCESS;
    }
    let Some(rule) = rules.find(id) else {
        outln!("no rule with id `{id}`");
        let near: Vec<String> = rows(&rules)
            .into_iter()
            .filter(|r| r.id.contains(id) || id.contains(r.id.as_str()))
            .map(|r| r.id)
            .collect();
        if !near.is_empty() {
            outln!("did you mean: {}", near.join(", "));
        }
        return ExitCode::from(EXIT_FAILED);
    };
    let meta = rule.meta();
    outln!(
        "{}  ({}, {}:{})",
        meta.id,
        rule.category(),
        meta.origin.file,
        meta.origin.line
    );
    match source.file_text(&meta.origin.file) {
        Some(text) => {
            for (n, line) in rule_block(text, meta.origin.line) {
                outln!("{n:5} | {line}");
            }
        }
        None => outln!("  {}", meta.description),
    }
    if let RuleRef::List(list) = rule {
        let n = rules
            .entries
            .iter()
            .filter(|e| rules.lists[e.list].meta.id == meta.id)
            .count();
        let case = if list.case_sensitive {
            "case-sensitive"
        } else {
            "ignoring case"
        };
        outln!("{n} entries in {} ({case})", list.file);
    }
    ExitCode::SUCCESS
}

/// The lines of the `[[...]]` table starting at `line` (1-based), up to the
/// next table header, without trailing blank or comment lines.
fn rule_block(text: &str, line: usize) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::new();
    for (i, l) in text.lines().enumerate().skip(line.saturating_sub(1)) {
        if i + 1 > line && l.trim_start().starts_with('[') {
            break;
        }
        out.push((i + 1, l));
    }
    while out
        .last()
        .is_some_and(|(_, l)| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        out.pop();
    }
    out
}
