//! `tieup extract`: files, folders or `--stdin` JSON Lines in, JSON Lines
//! records out (stdout, or `--out FILE` atomically), optionally one pretty
//! `<id>.json` per article (`--out-dir`).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use tieup::Extractor;
use tieup::batch::{self, Options};

use crate::cli::common::{
    EXIT_BAD_RULES, EXIT_SOME_FAILED, RuleArgs, load_rules, summary_line, temp_beside, write_atomic,
};

/// Arguments of `tieup extract`.
#[derive(Args)]
pub(crate) struct ExtractArgs {
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
}

/// Runs `tieup extract`.
pub(crate) fn run(args: ExtractArgs) -> ExitCode {
    let extractor = match load_rules(&args.rules) {
        Ok(r) => Extractor::new(r),
        Err(code) => return code,
    };
    if let Some(j) = args.jobs {
        // Only fails if a pool exists already; the default one is fine then.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global();
    }
    let options = Options {
        max_bytes: args.max_bytes,
        glob: args.glob,
    };
    let inputs = if args.stdin {
        None
    } else {
        Some(&args.paths[..])
    };
    extract(
        &extractor,
        inputs,
        args.out.as_deref(),
        args.out_dir.as_deref(),
        &options,
        args.quiet,
    )
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
        let summary = crate::cli::stdin::extract_stdin(extractor, &mut sink, options, quiet);
        drop(sink);
        return match summary {
            Ok(s) => finish(tmp, out, &s),
            Err(code) => code,
        };
    };
    let progress = crate::cli::progress::Progress::new(quiet, Some((paths, &options.glob)));
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
