//! The progress bar of `tieup extract` (stderr, terminals only).
//!
//! It starts as a spinner; a background thread counts the inputs with a
//! cheap walk (no reading) and the bar gains its length, hence an ETA, when
//! the count is known.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

/// A progress display, or nothing when stderr is not a terminal or `--quiet`.
pub struct Progress {
    bar: Option<ProgressBar>,
    total: Option<Receiver<u64>>,
    started: Instant,
}

impl Progress {
    /// A bar for a walk over `paths` (counted in the background), or none.
    pub fn new(quiet: bool, paths: Option<(&[PathBuf], &str)>) -> Self {
        let started = Instant::now();
        if quiet || !io::stderr().is_terminal() {
            return Progress {
                bar: None,
                total: None,
                started,
            };
        }
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles  {msg}  {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        let total = paths.map(|(paths, glob)| {
            let (paths, glob) = (paths.to_vec(), glob.to_string());
            let (tx, rx) = mpsc::channel();
            std::thread::spawn(move || {
                let n = tieup::batch::walk(&paths, &glob).count() as u64;
                let _ = tx.send(n);
            });
            rx
        });
        Progress {
            bar: Some(bar),
            total,
            started,
        }
    }

    /// Reports `done` inputs and `bytes` of text processed so far.
    pub fn update(&self, done: usize, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        // The count arrives once; the channel is closed afterwards.
        if let Some(n) = self.total.as_ref().and_then(|rx| rx.try_recv().ok()) {
            bar.set_length(n);
            bar.set_style(
                ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} articles  {msg}  {elapsed}, ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
        }
        bar.set_position(done as u64);
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!("{:.1} MB/s", bytes as f64 / 1e6 / secs));
    }

    /// Prints a message line above the bar (or on stderr).
    pub fn println(&self, line: String) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
