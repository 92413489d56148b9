//! The `tieup` command line: a thin layer over the library.

mod cli;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};

use tieup::batch::{self, Options};
use tieup::{Extractor, RuleSource, Rules};

/// Exit code: some articles failed or were skipped.
pub(crate) const EXIT_SOME_FAILED: u8 = 1;
/// Exit code: bad rules or bad usage.
const EXIT_BAD_RULES: u8 = 2;

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

#[derive(Args, Clone)]
struct RuleArgs {
    /// Use the rules in DIR instead of the built-in ones
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// Add the rules in DIR on top of the built-in (or --rules) ones
    #[arg(long, value_name = "DIR")]
    rules_extra: Vec<PathBuf>,
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
    Extract {
        /// Files or folders
        #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
        paths: Vec<PathBuf>,
        /// Read JSON Lines articles {"id": ..., "text": ...} from stdin
        #[arg(long, conflicts_with = "out_dir")]
        stdin: bool,
        /// Write JSON Lines to FILE (atomically) instead of stdout
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Also write one pretty <id>.json per article into DIR
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Worker threads (default: all cores)
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Skip files larger than this many bytes
        #[arg(long, default_value_t = 8 << 20)]
        max_bytes: u64,
        /// File-name pattern for folders
        #[arg(long, default_value = "*.txt")]
        glob: String,
        /// No progress bar and no summary line
        #[arg(long, short = 'q')]
        quiet: bool,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Score an extraction output against gold annotations.
    ///
    /// Example: tieup eval --gold ../shared/eval/dev.gold.jsonl dev.jsonl --per-doc
    Eval {
        /// Gold JSON Lines (shared/eval/*.gold.jsonl format)
        #[arg(long)]
        gold: PathBuf,
        /// Output of `tieup extract`
        output: PathBuf,
        /// Also list missed and spurious items per article
        #[arg(long)]
        per_doc: bool,
        /// Print the scores as JSON
        #[arg(long)]
        json: bool,
    },
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract {
            paths,
            stdin,
            out,
            out_dir,
            jobs,
            max_bytes,
            glob,
            quiet,
            rules,
        } => {
            let extractor = match load_rules(&rules) {
                Ok(r) => Extractor::new(r),
                Err(code) => return code,
            };
            if let Some(j) = jobs {
                // Only fails if a pool exists already; the default one is fine then.
                let _ = rayon::ThreadPoolBuilder::new()
                    .num_threads(j.max(1))
                    .build_global();
            }
            let options = Options { max_bytes, glob };
            let inputs = if stdin { None } else { Some(&paths[..]) };
            extract(
                &extractor,
                inputs,
                out.as_deref(),
                out_dir.as_deref(),
                &options,
                quiet,
            )
        }
        Command::Eval {
            gold,
            output,
            per_doc,
            json,
        } => eval(&gold, &output, per_doc, json),
        Command::Rules { command } => cli::rules::run(command),
        Command::Explain(args) => cli::explain::run(args),
        Command::Diff(args) => cli::diff::run(args),
        Command::Graph(args) => cli::graph::run(args),
    }
}

fn eval(gold: &Path, output: &Path, per_doc: bool, json: bool) -> ExitCode {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let parsed = read(gold).and_then(|g| {
        let gold: Vec<tieup::review::eval::Gold> =
            tieup::review::eval::parse_jsonl(&g, &gold.display().to_string())?;
        let out = read(output)?;
        let records: Vec<tieup::Record> =
            tieup::review::eval::parse_jsonl(&out, &output.display().to_string())?;
        Ok((gold, records))
    });
    let (gold, records) = match parsed {
        Ok(v) => v,
        Err(e) => {
            eprintln!("tieup: {e}");
            return ExitCode::from(EXIT_BAD_RULES);
        }
    };
    let (scores, reports) = tieup::review::eval::score(&gold, &records);
    if json {
        let value = serde_json::json!({
            "scores": scores.rows().iter().map(|(name, c)| serde_json::json!({
                "category": name, "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                "tp": c.tp, "fp": c.fp, "fn": c.fn_,
            })).collect::<Vec<_>>(),
            "docs": if per_doc { serde_json::to_value(&reports).unwrap_or_default() } else { serde_json::Value::Null },
        });
        return finish_output(writeln!(io::stdout().lock(), "{value}"));
    }
    let mut text = String::new();
    if per_doc {
        for r in &reports {
            if r.missed.is_empty() && r.spurious.is_empty() {
                continue;
            }
            text.push_str(&format!("{}\n", r.doc));
            for m in &r.missed {
                text.push_str(&format!("  - missed   {m}\n"));
            }
            for s in &r.spurious {
                text.push_str(&format!("  + spurious {s}\n"));
            }
        }
        text.push('\n');
    }
    text.push_str(&format!(
        "{scores}({} gold articles, {} records)\n",
        gold.len(),
        records.len()
    ));
    finish_output(io::stdout().lock().write_all(text.as_bytes()))
}

/// Success, or quiet success when stdout was closed early (`| head`).
fn finish_output(result: io::Result<()>) -> ExitCode {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("tieup: writing output: {e}");
            ExitCode::from(EXIT_SOME_FAILED)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn load_rules(args: &RuleArgs) -> Result<Rules, ExitCode> {
    let source = match &args.rules {
        Some(dir) => RuleSource::from_dir(dir),
        None => Ok(RuleSource::embedded()),
    };
    let source = source.and_then(|mut s| {
        for extra in &args.rules_extra {
            s.add_dir(extra)?;
        }
        Ok(s)
    });
    match source.and_then(|s| Rules::load(&s)) {
        Ok(r) => Ok(r),
        Err(e) => {
            eprintln!("{e}");
            Err(ExitCode::from(EXIT_BAD_RULES))
        }
    }
}

/// `tieup extract`: over `paths`, or JSON Lines on stdin when `None`.
fn extract(
    extractor: &Extractor,
    paths: Option<&[PathBuf]>,
    out: Option<&Path>,
    out_dir: Option<&Path>,
    options: &Options,
    quiet: bool,
) -> ExitCode {
    let started = Instant::now();
    if let Some(dir) = out_dir
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("tieup: {}: {e}", dir.display());
        return ExitCode::from(EXIT_BAD_RULES);
    }
    // --out is written to a temporary file beside it, renamed at the end:
    // an interrupted or failed run never leaves a truncated file behind.
    // (Not for a device or a pipe such as /dev/null: those are written to.)
    let special = out.filter(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_file()));
    let mut direct = match special.map(|p| (p, std::fs::OpenOptions::new().write(true).open(p))) {
        Some((_, Ok(f))) => Some(f),
        Some((p, Err(e))) => {
            eprintln!("tieup: {}: {e}", p.display());
            return ExitCode::from(EXIT_BAD_RULES);
        }
        None => None,
    };
    let mut tmp = match out.filter(|_| direct.is_none()) {
        Some(path) => match temp_beside(path) {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("tieup: {}: {e}", path.display());
                return ExitCode::from(EXIT_BAD_RULES);
            }
        },
        None => None,
    };
    let stdout = io::stdout();
    let mut sink: Box<dyn Write> = match (&mut tmp, &mut direct) {
        (Some(t), _) => Box::new(io::BufWriter::with_capacity(1 << 16, t.as_file_mut())),
        (None, Some(f)) => Box::new(io::BufWriter::with_capacity(1 << 16, f)),
        (None, None) => Box::new(io::BufWriter::with_capacity(1 << 16, stdout.lock())),
    };
    let Some(paths) = paths else {
        let summary = cli::stdin::extract_stdin(extractor, &mut sink, options, quiet);
        drop(sink);
        return match summary {
            Ok(s) => finish(tmp, out, &s),
            Err(code) => code,
        };
    };
    let progress = cli::progress::Progress::new(quiet, Some((paths, &options.glob)));
    let result = batch::run(
        extractor,
        batch::walk(paths, &options.glob),
        options,
        &mut sink,
        |record| {
            if let Some(dir) = out_dir {
                let file = dir.join(format!("{}.json", record.doc.id));
                let json = serde_json::to_string_pretty(record).map_err(io::Error::other)?;
                write_atomic(&file, json.as_bytes())?;
            }
            Ok(())
        },
        |path, msg| progress.println(format!("tieup: {}: {msg}", path.display())),
        |done, bytes| progress.update(done, bytes),
    );
    drop(sink);
    progress.finish();
    let summary = match result {
        Ok(s) => s,
        // A closed pipe (`tieup extract big/ | head`): the reader has all it wants.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tieup: writing output: {e}");
            return ExitCode::from(EXIT_SOME_FAILED);
        }
    };
    if !quiet {
        eprintln!("{}", summary_line(&summary, started));
    }
    finish(tmp, out, &summary)
}

/// The summary line printed at the end of a run.
pub(crate) fn summary_line(summary: &batch::Summary, started: Instant) -> String {
    format!(
        "tieup: {} articles, {:.1} MB, {} events, {} skipped, {} failed, {:.2} s",
        summary.articles,
        summary.bytes as f64 / 1e6,
        summary.events,
        summary.skipped,
        summary.failed,
        started.elapsed().as_secs_f64()
    )
}

/// Moves the finished output into place and picks the exit code.
fn finish(
    tmp: Option<tempfile::NamedTempFile>,
    out: Option<&Path>,
    summary: &batch::Summary,
) -> ExitCode {
    if let (Some(t), Some(path)) = (tmp, out)
        && let Err(e) = t.persist(path)
    {
        eprintln!("tieup: {}: {e}", path.display());
        return ExitCode::from(EXIT_SOME_FAILED);
    }
    if summary.failed + summary.skipped > 0 {
        ExitCode::from(EXIT_SOME_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// A temporary file (`.tieup-*.tmp`) in the folder of `path`, for a rename.
fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    tempfile::Builder::new()
        .prefix(".tieup-")
        .suffix(".tmp")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .tempfile_in(dir)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut t = temp_beside(path)?;
    t.write_all(bytes)?;
    t.persist(path).map_err(|e| e.error)?;
    Ok(())
}
