//! `tieup extract --stdin`: JSON Lines articles in, records out, in order.

use std::io::{self, BufReader, Write};
use std::process::ExitCode;
use std::time::Instant;

use tieup::Extractor;
use tieup::batch::{self, Options};

use crate::cli::common::{EXIT_SOME_FAILED, summary_line};
use crate::cli::progress::Progress;

/// Runs the `--stdin` mode: records go to `sink`, flushed per batch.
pub fn extract_stdin(
    extractor: &Extractor,
    sink: &mut dyn Write,
    options: &Options,
    quiet: bool,
) -> Result<batch::Summary, ExitCode> {
    let started = Instant::now();
    let progress = Progress::new(true, None);
    let stdin = io::stdin();
    let mut input = BufReader::with_capacity(1 << 20, stdin.lock());
    let result = batch::run_jsonl(extractor, &mut input, options, sink, |line, msg| {
        progress.println(format!("tieup: stdin line {line}: {msg}"));
    });
    match result {
        Ok(summary) => {
            if !quiet {
                eprintln!("{}", summary_line(&summary, started));
            }
            Ok(summary)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("tieup: --stdin: {e}");
            Err(ExitCode::from(EXIT_SOME_FAILED))
        }
    }
}
