//! `tieup graph`: the partnership network of an extraction output.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use tieup::review::graph::{
    CompanyKeyer, EVENT_TYPES, EventFilter, Graph, GraphBuilder, ReadError, STATUSES,
};

use crate::cli::common::open_input;
use crate::{EXIT_USAGE, RuleArgs, load_rules};

/// Output formats of `tieup graph`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// {"nodes": [...], "edges": [...], "stats": {...}}
    Json,
    /// Edge list for spreadsheets
    Csv,
    /// Graphviz
    Dot,
    /// GraphML for Gephi, networkx, yEd
    Graphml,
}

/// Arguments of `tieup graph`.
#[derive(Args)]
pub struct GraphArgs {
    /// Output of `tieup extract` (JSON Lines); `-` reads stdin
    input: std::path::PathBuf,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Keep only edges with at least N events
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_weight: usize,
    /// Keep only the N heaviest edges (after the other filters)
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Keep only edges touching a company whose name contains NAME (whole
    /// words, any case; repeatable)
    #[arg(long, value_name = "NAME")]
    company: Vec<String>,
    /// Count only events of this type (repeatable)
    #[arg(long = "type", value_name = "TYPE", value_parser = EVENT_TYPES)]
    types: Vec<String>,
    /// Count only events with this status (repeatable)
    #[arg(long = "status", value_name = "STATUS", value_parser = STATUSES)]
    statuses: Vec<String>,
    /// Also list companies that take part in no event (or in none the
    /// filters keep)
    #[arg(long)]
    all_nodes: bool,
    /// Write to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<std::path::PathBuf>,
    #[command(flatten)]
    rules: RuleArgs,
}

/// " (after --type, --status, --min-weight)": the filters that may have
/// removed a company's edges, or "" when none was given.
fn filters_note(args: &GraphArgs) -> String {
    let mut given = Vec::new();
    if !args.types.is_empty() {
        given.push("--type");
    }
    if !args.statuses.is_empty() {
        given.push("--status");
    }
    if args.min_weight > 1 {
        given.push("--min-weight");
    }
    if given.is_empty() {
        return String::new();
    }
    format!(" (after {})", given.join(", "))
}

/// Runs `tieup graph`.
pub fn run(args: GraphArgs) -> ExitCode {
    let rules = match load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let keyer = CompanyKeyer::new(&rules);
    let mut graph = match build(&args, &keyer) {
        Ok(g) => g,
        Err(code) => return code,
    };
    if !args.company.is_empty() && !retain_companies(&mut graph, &keyer, &args) {
        return ExitCode::from(EXIT_USAGE);
    }
    if let Some(n) = args.top {
        graph.retain_top(n);
    }
    write(&graph, &args)
}

/// Reads the input into a graph with the --type/--status filter and
/// --min-weight applied; on a read error prints it and gives exit code 2.
fn build(args: &GraphArgs, keyer: &CompanyKeyer) -> Result<Graph, ExitCode> {
    let filter = EventFilter {
        types: args.types.clone(),
        statuses: args.statuses.clone(),
    };
    let mut builder = GraphBuilder::new(keyer.clone()).with_filter(filter);
    let name = args.input.display().to_string();
    let read = open_input(&args.input)
        .map_err(ReadError::from)
        .and_then(|r| builder.add_reader(r));
    if let Err(e) = read {
        eprintln!("tieup: {}", e.in_file(&name));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    let mut graph = builder.finish(args.all_nodes);
    graph.retain_min_weight(args.min_weight);
    Ok(graph)
}

/// Keeps the edges of the companies given with --company (any of them),
/// warning for each query no company matches; false when none matched.
fn retain_companies(graph: &mut Graph, keyer: &CompanyKeyer, args: &GraphArgs) -> bool {
    let mut hit = std::collections::HashSet::new();
    for query in &args.company {
        let ids = graph.matching_companies(keyer, query);
        if ids.is_empty() {
            eprintln!(
                "tieup: --company {query}: no company of the graph matches{}",
                filters_note(args)
            );
        }
        hit.extend(ids);
    }
    graph.retain_edges(|e| hit.contains(&e.source) || hit.contains(&e.target));
    !hit.is_empty()
}

/// Writes the graph in --format to --out or standard output (a closed pipe
/// is no error).
fn write(graph: &Graph, args: &GraphArgs) -> ExitCode {
    let stdout = io::stdout();
    let mut sink: Box<dyn Write> = match &args.out {
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(BufWriter::new(f)),
            Err(e) => {
                eprintln!("tieup: {}: {e}", path.display());
                return ExitCode::from(EXIT_USAGE);
            }
        },
        None => Box::new(BufWriter::new(stdout.lock())),
    };
    let written = match args.format {
        Format::Json => graph.write_json(&mut sink),
        Format::Csv => graph.write_csv(&mut sink),
        Format::Dot => graph.write_dot(&mut sink),
        Format::Graphml => graph.write_graphml(&mut sink),
    }
    .and_then(|()| sink.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tieup: writing graph: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
