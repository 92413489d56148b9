//! The `tieup` command line: the [`Cli`] definition and the dispatch to one
//! module per subcommand in `cli/`.

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Shared helpers, re-exported for the subcommand modules.
pub(crate) use cli::common::{EXIT_USAGE, RuleArgs, load_rules};

#[derive(Parser)]
#[command(
    name = "tieup",
    version,
    about = "Extract companies, people and partnership events from news articles",
    long_about = "Extract companies, people (with titles) and partnership events between companies \
from raw news articles, as JSON Lines.\n\nExample:\n  tieup extract corpus/ > events.jsonl",
    after_help = "Exit codes: 0 all fine; 1 some articles failed or were skipped (or output could \
not be written); 2 bad rules or usage."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from files or folders (recursive, *.txt) as JSON Lines.
    ///
    /// Example: tieup extract corpus/ --out events.jsonl
    ///
    /// With --stdin, reads JSON Lines articles {"id": ..., "text": ...} and
    /// writes their records in input order, flushed per batch (for Spark
    /// RDD.pipe, Hadoop Streaming, GNU parallel).
    Extract(cli::extract::ExtractArgs),
    /// Score an extraction output against gold annotations.
    ///
    /// Example: tieup eval --gold ../shared/eval/dev.gold.jsonl dev.jsonl --per-doc
    Eval(cli::eval::EvalArgs),
    /// Rule authoring: check, test, list and show rules.
    ///
    /// Example: tieup rules test --rules my-rules/
    Rules {
        #[command(subcommand)]
        command: cli::rules::RulesCommand,
    },
    /// Trace one article: per sentence the spans, rules, events and dropped candidates.
    ///
    /// Example: tieup explain corpus/000_470a92410662a43b.txt --sentence 2
    Explain(cli::explain::ExplainArgs),
    /// Compare two extraction outputs (before and after a rule change).
    ///
    /// Events added, removed or changed (type, status, parties), entities
    /// added, removed or renamed, roles changed: each with the article id and
    /// the evidence sentence, grouped by kind, most frequent first. Exit code
    /// 0 when nothing changed, 1 when something did, 2 on bad input.
    ///
    /// Example: tieup diff old.jsonl new.jsonl --limit 5
    Diff(cli::diff::DiffArgs),
    /// Build the partnership network of an extraction output.
    ///
    /// Nodes are companies merged across articles by the alias rules
    /// ("Tesla Motors" and "Tesla" are one node); edges are company pairs with
    /// counts per type and status, first and last article and article ids.
    ///
    /// Example: tieup graph events.jsonl --format dot | dot -Tsvg > net.svg
    Graph(cli::graph::GraphArgs),
    /// Write the review page: one self-contained HTML file.
    ///
    /// Summary, sortable events table, company network, and article texts
    /// with companies, people and triggers highlighted (no server, no network).
    ///
    /// Example: tieup report events.jsonl --corpus corpus/ -o report.html
    Report(cli::report::ReportArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => cli::extract::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Rules { command } => cli::rules::run(command),
        Command::Explain(args) => cli::explain::run(args),
        Command::Diff(args) => cli::diff::run(args),
        Command::Graph(args) => cli::graph::run(args),
        Command::Report(args) => cli::report::run(args),
    }
}
