//! `tieup diff`: what a rule change did, between two extraction outputs.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use tieup::review::diff::{TextStyle, diff_readers};

use crate::EXIT_USAGE;
use crate::cli::common::open_input;

/// When to colour the text report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Colour {
    /// When stdout is a terminal and NO_COLOR is unset
    Auto,
    /// Always
    Always,
    /// Never
    Never,
}

/// Arguments of `tieup diff`.
#[derive(Args)]
pub struct DiffArgs {
    /// Output of `tieup extract` before the change
    old: PathBuf,
    /// Output of `tieup extract` after the change
    new: PathBuf,
    /// Print the report as JSON (every change, grouped by kind)
    #[arg(long)]
    json: bool,
    /// Changes listed per kind in the text report (0: all)
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// Colour the text report
    #[arg(long, value_enum, default_value_t = Colour::Auto)]
    color: Colour,
}

/// Runs `tieup diff`: exit 0 when nothing changed, 1 when something did, 2
/// when an input is unreadable.
pub fn run(args: DiffArgs) -> ExitCode {
    let (old, new) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let inputs = open_input(&args.old)
        .map_err(|e| format!("{old}: {e}"))
        .and_then(|a| {
            open_input(&args.new)
                .map(|b| (a, b))
                .map_err(|e| format!("{new}: {e}"))
        });
    let report = inputs.and_then(|(a, b)| {
        diff_readers(a, b).map_err(|e| e.error.in_file(if e.side == "OLD" { &old } else { &new }))
    });
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            eprintln!("tieup: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let stdout = io::stdout();
    let colour = match args.color {
        Colour::Always => true,
        Colour::Never => false,
        Colour::Auto => stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut out = BufWriter::new(stdout.lock());
    let written = if args.json {
        serde_json::to_writer_pretty(&mut out, &report.to_json())
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        report.write_text(
            &mut out,
            TextStyle {
                colour,
                limit: args.limit,
            },
        )
    }
    .and_then(|()| out.flush());
    if let Err(e) = written
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("tieup: writing report: {e}");
        return ExitCode::from(EXIT_USAGE);
    }
    if report.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
