//! `tieup report`: the HTML review page of an extraction output.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use tieup::review::graph::CompanyKeyer;
use tieup::review::report::{Limits, ReadError, Report, ReportBuilder};

use crate::cli::common::{explain_temp_error, open_input, temp_beside};
use crate::{EXIT_USAGE, RuleArgs, load_rules};

/// Arguments of `tieup report`.
#[derive(Args)]
pub struct ReportArgs {
    /// Output of `tieup extract` (JSON Lines); `-` reads stdin
    input: PathBuf,
    /// Read article texts from DIR (by the record's path, file name or id)
    /// instead of the paths in the records
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Write the page to FILE
    #[arg(long, short = 'o', value_name = "FILE", default_value = "report.html")]
    out: PathBuf,
    /// Show the text of at most N articles (those with events first)
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_articles)]
    max_articles: usize,
    /// List at most N events in the table
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_events)]
    max_events: usize,
    /// Embed at most the N heaviest company pairs for the network
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_edges)]
    max_edges: usize,
    /// Draw the N heaviest pairs when the page opens
    #[arg(long, value_name = "N", default_value_t = Limits::default().top)]
    top: usize,
    #[command(flatten)]
    rules: RuleArgs,
}

/// Runs `tieup report`.
pub fn run(args: ReportArgs) -> ExitCode {
    let rules = match load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    if let Some(dir) = &args.corpus
        && !dir.is_dir()
    {
        eprintln!("tieup: --corpus {}: not a folder", dir.display());
        return ExitCode::from(EXIT_USAGE);
    }
    let limits = Limits {
        max_articles: args.max_articles,
        max_events: args.max_events,
        max_edges: args.max_edges,
        top: args.top.max(1),
    };
    let mut builder = ReportBuilder::new(CompanyKeyer::new(&rules), limits, args.corpus.clone());
    let read = open_input(&args.input)
        .map_err(ReadError::from)
        .and_then(|r| builder.add_reader(r));
    if let Err(e) = read {
        eprintln!("tieup: {}", e.in_file(&args.input.display().to_string()));
        return ExitCode::from(EXIT_USAGE);
    }
    let report = builder.finish();
    let missing = missing_texts(&report);
    if missing > 0 {
        eprintln!(
            "tieup: the text of {missing} of {} shown articles was not found (--corpus DIR?)",
            report.articles.len()
        );
    }
    match write_atomically(&report, &args.out) {
        Ok(()) => {
            eprintln!("tieup: {}", written_summary(&report, missing, &args.out));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tieup: {}: {e}", args.out.display());
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// "FILE: N articles, N events, N article texts" (the texts found of the
/// articles shown).
fn written_summary(report: &Report, missing: usize, out: &Path) -> String {
    format!(
        "{}: {} articles, {} events, {} article texts",
        out.display(),
        report.summary.articles,
        report.summary.events,
        report.articles.len() - missing
    )
}

/// How many shown articles' texts were not found.
fn missing_texts(report: &Report) -> usize {
    report
        .articles
        .iter()
        .filter(|a| a.segments.is_empty() && !a.note.is_empty())
        .count()
}

/// Writes the page to a temporary file beside `out`, then renames it over
/// `out`: a failed write leaves any earlier page whole.
fn write_atomically(report: &Report, out: &Path) -> std::io::Result<()> {
    let t =
        temp_beside(out).map_err(|e| std::io::Error::new(e.kind(), explain_temp_error(out, &e)))?;
    let mut w = BufWriter::new(t);
    report.write_html(&mut w)?;
    w.flush()?;
    let t = w.into_inner().map_err(|e| e.into_error())?;
    t.persist(out).map_err(|e| e.error)?;
    Ok(())
}
