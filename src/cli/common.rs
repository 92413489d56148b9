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
/// Exit code: the run could not start or finish: bad rules, bad usage, an
/// input that cannot be read or an output that cannot be written.
pub(crate) const EXIT_USAGE: u8 = 2;

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
    let source = RuleSource::layered(args.rules.as_deref(), &args.rules_extra);
    if let Ok(s) = &source {
        for file in s.undeclared_list_files() {
            eprintln!(
                "tieup: warning: {file}: no [[list]] names this file, so it is not read \
(declare it in a .toml beside it: [[list]] with file = \"{}\"; see docs/rules.md)",
                file.rsplit('/').next().unwrap_or(&file)
            );
        }
    }
    match source.and_then(|s| Rules::load(&s)) {
        Ok(r) => {
            warn_borrowed_lists(&r);
            Ok(r)
        }
        Err(tieup::Error::Io { path, source }) => {
            eprintln!("tieup: error: rules folder {}: {source}", path.display());
            Err(ExitCode::from(EXIT_USAGE))
        }
        Err(e) => {
            eprintln!("{e}");
            Err(ExitCode::from(EXIT_USAGE))
        }
    }
}

/// One warning line on stderr per cue list the rules folder lacks and the
/// built-in copy of which is read instead.
pub(crate) fn warn_borrowed_lists(rules: &Rules) {
    for id in rules.borrowed_cue_lists() {
        eprintln!("tieup: {}", tieup::rules::borrowed_list_warning(id));
    }
}

/// A JSON Lines input of the review commands: the file `path`, or stdin
/// for `-`, buffered.
pub(crate) fn open_input(path: &Path) -> io::Result<Box<dyn io::BufRead>> {
    if path == Path::new("-") {
        return Ok(Box::new(io::stdin().lock()));
    }
    let file = std::fs::File::open(path)?;
    Ok(Box::new(io::BufReader::with_capacity(1 << 20, file)))
}

/// Every value of the JSON Lines input `path` (see [`open_input`]), or the
/// first problem as one line (`file:line: what`).
pub(crate) fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>, String> {
    let name = path.display().to_string();
    let reader = open_input(path).map_err(|e| format!("{name}: {e}"))?;
    tieup::review::input::JsonLines::new(reader)
        .collect::<Result<Vec<T>, _>>()
        .map_err(|e| e.in_file(&name))
}

/// Writes one line to stdout for the subcommands that print as they go
/// (`rules`): stdout closed early (`| head`) ends the process quietly with
/// success, any other write error ends it with one line and exit 1.
pub(crate) fn print_line(args: std::fmt::Arguments<'_>) {
    let mut out = io::stdout().lock();
    let written = out.write_fmt(args).and_then(|()| out.write_all(b"\n"));
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("tieup: writing output: {e}");
            std::process::exit(i32::from(EXIT_SOME_FAILED));
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

/// The summary line printed at the end of a run:
/// `tieup: 3 articles, 12.0 kB, 8 events, 0 skipped, 0 failed, 0.05 s`.
pub(crate) fn summary_line(summary: &batch::Summary, started: Instant) -> String {
    format!(
        "tieup: {}, {}, {}, {} skipped, {} failed, {:.2} s",
        count(summary.articles, "article", "articles"),
        human_bytes(summary.bytes),
        count(summary.events, "event", "events"),
        summary.skipped,
        summary.failed,
        started.elapsed().as_secs_f64()
    )
}

/// A temporary file (`.tieup-<pid>-*.tmp`) in the folder of `path`, for a
/// rename. The process id in the name lets a later run tell a file left by
/// a killed run (see [`remove_stale_temps`]).
pub(crate) fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(&format!(".tieup-{}-", std::process::id()))
        .suffix(".tmp")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .tempfile_in(folder_of(path))
}

/// The folder a file `path` is in (`.` for a bare name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Removes `.tieup-<pid>-*.tmp` files in `dir` whose process is gone (a run
/// killed with SIGKILL or aborted by a failed allocation), each with one
/// line on stderr. Only where `/proc` tells which processes live (Linux);
/// elsewhere nothing is removed.
pub(crate) fn remove_stale_temps(dir: &Path) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(".tieup-"))
            .filter(|n| n.ends_with(".tmp"))
            .and_then(|n| n.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let alive = Path::new("/proc").join(pid.to_string()).exists();
        if !alive && std::fs::remove_file(entry.path()).is_ok() {
            eprintln!(
                "tieup: removed {}, left by an earlier run that was killed",
                entry.path().display()
            );
        }
    }
}

/// Writes `path` through a tracked temporary file and a rename: `write`
/// fills the file (buffered); a failure leaves no temporary file behind.
pub(crate) fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut t = tracked_temp_beside(path)?;
    let mut w = io::BufWriter::new(t.as_file_mut());
    match write(&mut w).and_then(|()| w.flush()) {
        Ok(()) => {
            drop(w);
            persist_tracked(t, path)
        }
        Err(e) => {
            drop(w);
            discard_tracked(t);
            Err(e)
        }
    }
}

/// Temporary files to remove if the process is interrupted.
static TEMPS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Removes the tracked temporary files and ends the process on SIGINT,
/// SIGTERM or SIGHUP (exit code 128 + the signal number, as shells report).
pub(crate) fn remove_temps_on_signal() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return; // without a handler the default action (end) applies
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
            for t in temps.iter() {
                let _ = std::fs::remove_file(t);
            }
            std::process::exit(128 + sig);
        }
    });
}

/// A temporary file beside `path` (see [`temp_beside`]), removed on a signal.
pub(crate) fn tracked_temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
    let t = temp_beside(path)?;
    temps.push(t.path().to_path_buf());
    Ok(t)
}

/// Renames a tracked temporary file to `path` (or, on error, removes it)
/// and stops tracking it; a signal sees it either before or after.
pub(crate) fn persist_tracked(t: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    let mut temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
    temps.retain(|p| p != t.path());
    t.persist(path).map(drop).map_err(|e| e.error)
}

/// Drops (so removes) a tracked temporary file and stops tracking it.
pub(crate) fn discard_tracked(t: tempfile::NamedTempFile) {
    let mut temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
    temps.retain(|p| p != t.path());
    drop(t);
}

/// Says why a temporary file beside `path` could not be made, in the
/// user's terms ("directory nodir does not exist", not the temporary name).
pub(crate) fn explain_temp_error(path: &Path, e: &io::Error) -> String {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    match dir {
        Some(d) if !d.exists() => format!("directory {} does not exist", d.display()),
        Some(d) if !d.is_dir() => format!("{} is not a directory", d.display()),
        _ => match e.kind() {
            io::ErrorKind::PermissionDenied => format!(
                "cannot create a file in {}: permission denied",
                dir.unwrap_or(Path::new(".")).display()
            ),
            _ => e.to_string(),
        },
    }
}

/// A byte count in sensible units: `512 bytes`, `1.5 kB`, `49.3 MB`, `2.1 GB`.
pub(crate) fn human_bytes(n: u64) -> String {
    match n {
        0..1_000 => format!("{n} bytes"),
        1_000..1_000_000 => format!("{:.1} kB", n as f64 / 1e3),
        1_000_000..1_000_000_000 => format!("{:.1} MB", n as f64 / 1e6),
        _ => format!("{:.1} GB", n as f64 / 1e9),
    }
}

/// `1 article`, `2 articles`.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
