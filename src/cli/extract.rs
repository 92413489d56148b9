//! `tieup extract`: files, folders or `--stdin` JSON Lines in, JSON Lines
//! records out (stdout, or `--out FILE` atomically), optionally one pretty
//! `<id>.json` per article (`--out-dir`).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Args;
use tieup::Extractor;
use tieup::batch::{self, Options};

use crate::cli::common::{
    EXIT_SOME_FAILED, EXIT_USAGE, RuleArgs, discard_tracked, explain_temp_error, folder_of,
    load_rules, persist_tracked, remove_stale_temps, remove_temps_on_signal, summary_line,
    tracked_temp_beside, write_atomic,
};
use crate::cli::progress::Progress;

/// Arguments of `tieup extract`.
#[derive(Args)]
pub(crate) struct ExtractArgs {
    /// Files or folders. Record ids: a named file's stem; a file in a folder,
    /// its path relative to that folder without `.txt` (`a/x.txt` is `a/x`)
    #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
    paths: Vec<PathBuf>,
    /// Read JSON Lines articles {"id": ..., "text": ...} from stdin
    #[arg(long, conflicts_with = "out_dir")]
    stdin: bool,
    /// Write JSON Lines to FILE (atomically) instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Also write one pretty <id>.json per article into DIR (ids with `/` in sub-folders)
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Worker threads (default, or 0: one per core; at most 256)
    #[arg(long, short = 'j', value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=MAX_JOBS))]
    jobs: Option<usize>,
    /// Skip files larger than this many bytes
    #[arg(long, default_value_t = 8 << 20)]
    max_bytes: u64,
    /// File-name pattern for folders
    #[arg(long, default_value = "*.txt")]
    glob: String,
    /// Replace a record whose JSON passes this many bytes by an error record
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    max_record_bytes: u64,
    /// Give up a FIFO or device named as input after this many silent seconds
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    fifo_timeout: f64,
    /// No progress bar and no summary line
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Add the kept article text and its byte spans to each record (`main_text`)
    #[arg(long)]
    text: bool,
    #[command(flatten)]
    rules: RuleArgs,
}

/// Where the JSON Lines go.
struct Target {
    /// `--out FILE`: the temporary file beside it, renamed at the end.
    tmp: Option<tempfile::NamedTempFile>,
    /// `--out` naming a device or a pipe (`/dev/null`): written to directly.
    direct: Option<std::fs::File>,
}

impl Target {
    /// Opens the target of `--out` (stdout when `None`); a problem is one
    /// line on stderr and exit code 2.
    fn open(out: Option<&Path>) -> Result<Self, ExitCode> {
        let usage = |msg: String| {
            eprintln!(
                "tieup: --out {}: {msg}",
                out.unwrap_or(Path::new("-")).display()
            );
            ExitCode::from(EXIT_USAGE)
        };
        let Some(path) = out else {
            return Ok(Target {
                tmp: None,
                direct: None,
            });
        };
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let f = std::fs::OpenOptions::new().write(true).open(path);
            return match f {
                Ok(f) => Ok(Target {
                    tmp: None,
                    direct: Some(f),
                }),
                Err(e) => Err(usage(e.to_string())),
            };
        }
        if path.is_dir() {
            return Err(usage("is a directory".to_string()));
        }
        remove_stale_temps(folder_of(path));
        match tracked_temp_beside(path) {
            Ok(t) => Ok(Target {
                tmp: Some(t),
                direct: None,
            }),
            Err(e) => Err(usage(explain_temp_error(path, &e))),
        }
    }

    /// A buffered writer over the target.
    fn writer<'a>(&'a mut self, stdout: &'a io::Stdout) -> Box<dyn Write + 'a> {
        match (&mut self.tmp, &mut self.direct) {
            (Some(t), _) => Box::new(io::BufWriter::with_capacity(1 << 16, t.as_file_mut())),
            (None, Some(f)) => Box::new(io::BufWriter::with_capacity(1 << 16, f)),
            (None, None) => Box::new(io::BufWriter::with_capacity(1 << 16, stdout.lock())),
        }
    }

    /// Moves a finished `--out` into place; on failure says so.
    fn persist(self, out: Option<&Path>) -> Result<(), ExitCode> {
        if let (Some(t), Some(path)) = (self.tmp, out)
            && let Err(e) = persist_tracked(t, path)
        {
            eprintln!("tieup: {}: {e}", path.display());
            return Err(ExitCode::from(EXIT_SOME_FAILED));
        }
        Ok(())
    }

    /// Gives up: the temporary file is removed.
    fn discard(self) {
        if let Some(t) = self.tmp {
            discard_tracked(t);
        }
    }
}

/// The most worker threads `--jobs` accepts: each holds one article's
/// analysis, and thousands of threads only thrash a machine.
const MAX_JOBS: u64 = 256;

/// Runs `tieup extract`.
pub(crate) fn run(args: ExtractArgs) -> ExitCode {
    // Never dropped: freeing the compiled rules (tens of thousands of
    // allocations) cost 7% of a short run's start-up, and the process
    // exits right after.
    let extractor = match load_rules(&args.rules) {
        Ok(r) => std::mem::ManuallyDrop::new(Extractor::new(r).with_main_text(args.text)),
        Err(code) => return code,
    };
    if let Some(j) = args.jobs {
        set_jobs(j);
    }
    let options = options_of(&args);
    if let Some(dir) = &args.out_dir
        && let Err(code) = prepare_out_dir(dir)
    {
        return code;
    }
    remove_temps_on_signal();
    let mut target = match Target::open(args.out.as_deref()) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let started = Instant::now();
    let stdout = io::stdout();
    let mut sink = target.writer(&stdout);
    let result = if args.stdin {
        crate::cli::stdin::extract_stdin(&extractor, &mut sink, &options, args.quiet)
    } else {
        extract_paths(&extractor, &args, &options, &mut sink, started)
    };
    drop(sink);
    let summary = match result {
        Ok(s) => s,
        Err(code) => {
            target.discard();
            return code;
        }
    };
    if let Err(code) = target.persist(args.out.as_deref()) {
        return code;
    }
    if summary.failed + summary.skipped > 0 || (!args.stdin && summary.articles == 0) {
        ExitCode::from(EXIT_SOME_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// Sizes rayon's global pool to `jobs` worker threads. 0 asks rayon for its
/// default, one thread per core. A failure (no thread could be started)
/// leaves rayon's default pool, said once.
fn set_jobs(jobs: usize) {
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build_global();
    if let Err(e) = built {
        eprintln!("tieup: warning: --jobs {jobs}: {e}; using the default threads");
    }
}

/// The batch options the command line asks for.
fn options_of(args: &ExtractArgs) -> Options {
    Options {
        max_bytes: args.max_bytes,
        glob: args.glob.clone(),
        max_record_bytes: args.max_record_bytes,
        special_timeout: Duration::from_secs_f64(args.fifo_timeout.clamp(0.0, 1e9)),
    }
}

/// Creates `--out-dir` when missing and removes the temporary files an
/// interrupted earlier run left in it.
fn prepare_out_dir(dir: &Path) -> Result<(), ExitCode> {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("tieup: --out-dir {}: {e}", dir.display());
        return Err(ExitCode::from(EXIT_USAGE));
    }
    remove_stale_temps(dir);
    Ok(())
}

/// Warns about each folder in `paths` holding no file that matches `glob`.
fn warn_empty_folders(paths: &[PathBuf], glob: &str, progress: &Progress) {
    for dir in paths.iter().filter(|p| p.is_dir()) {
        let one = std::slice::from_ref(dir);
        if batch::walk(one, glob).next().is_some() {
            continue;
        }
        let others = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .count();
        let held = match others {
            0 => "the folder holds no file".to_string(),
            n => format!(
                "{} of other names; give another --glob to read them",
                crate::cli::common::count(n, "file", "files")
            ),
        };
        progress.println(format!(
            "tieup: warning: {}: no file matches --glob '{glob}' ({held})",
            dir.display()
        ));
    }
}

/// `tieup extract PATHS...`: the batch over files and folders.
fn extract_paths(
    extractor: &Extractor,
    args: &ExtractArgs,
    options: &Options,
    sink: &mut dyn Write,
    started: Instant,
) -> Result<batch::Summary, ExitCode> {
    let progress = Progress::new(args.quiet, Some((&args.paths, &options.glob)));
    warn_empty_folders(&args.paths, &options.glob, &progress);
    let out_dir = args.out_dir.as_deref();
    let result = batch::run(
        extractor,
        batch::walk(&args.paths, &options.glob),
        options,
        sink,
        |record| match out_dir {
            Some(dir) => write_pretty(dir, record),
            None => Ok(()),
        },
        |path, msg| progress.println(format!("tieup: {}: {msg}", path.display())),
        |done, bytes| progress.update(done, bytes),
    );
    progress.finish();
    let summary = match result {
        Ok(s) => s,
        // A closed pipe (`tieup extract big/ | head`): the reader has all it wants.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Err(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("tieup: writing output: {e}");
            return Err(ExitCode::from(EXIT_SOME_FAILED));
        }
    };
    if !args.quiet {
        eprintln!("{}", summary_line(&summary, started));
    }
    Ok(summary)
}

/// Writes `DIR/<id>.json` (pretty, atomically); an id with `/` (an article
/// in a sub-folder) gives the same sub-folder under `DIR`.
fn write_pretty(dir: &Path, record: &tieup::Record) -> io::Result<()> {
    let file = dir.join(format!("{}.json", record.doc.id));
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)?;
    }
    write_atomic(&file, |w| {
        serde_json::to_writer_pretty(w, record).map_err(io::Error::other)
    })
}
