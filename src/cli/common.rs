//! Helpers shared by the subcommands: rule loading, exit codes, the summary
//! line and atomic output files.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use tieup::batch;
use tieup::{RuleSource, Rules};

/// Exit code: some articles failed or were skipped.
pub(crate) const EXIT_SOME_FAILED: u8 = 1;
/// Exit code: bad rules or bad usage.
pub(crate) const EXIT_BAD_RULES: u8 = 2;

/// `--rules` and `--rules-extra`, shared by every subcommand that loads rules.
#[derive(Args, Clone)]
pub(crate) struct RuleArgs {
    /// Use the rules in DIR instead of the built-in ones
    #[arg(long, value_name = "DIR")]
    pub(crate) rules: Option<PathBuf>,
    /// Add the rules in DIR on top of the built-in (or --rules) ones
    #[arg(long, value_name = "DIR")]
    pub(crate) rules_extra: Vec<PathBuf>,
}

/// Loads and compiles the rules; on error prints it and gives exit code 2.
pub(crate) fn load_rules(args: &RuleArgs) -> Result<Rules, ExitCode> {
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

/// Success, or quiet success when stdout was closed early (`| head`).
pub(crate) fn finish_output(result: io::Result<()>) -> ExitCode {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("tieup: writing output: {e}");
            ExitCode::from(EXIT_SOME_FAILED)
        }
        _ => ExitCode::SUCCESS,
    }
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

/// A temporary file (`.tieup-*.tmp`) in the folder of `path`, for a rename.
pub(crate) fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
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

/// Writes `bytes` to `path` through a temporary file and a rename.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut t = temp_beside(path)?;
    t.write_all(bytes)?;
    t.persist(path).map_err(|e| e.error)?;
    Ok(())
}
