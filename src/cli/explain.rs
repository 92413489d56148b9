//! `tieup explain FILE [--sentence N]`: a human-readable trace of one
//! article: per sentence the spans found and the rule behind each, the
//! events with the rule behind each piece of evidence, and the candidates
//! that were dropped, with the reason.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use tieup::review::explain::{Style, explain};
use tieup::{Article, Extractor};

use crate::RuleArgs;

#[derive(Args)]
pub(crate) struct ExplainArgs {
    /// The article (a text file)
    file: PathBuf,
    /// Only this sentence (0-based index, as printed)
    #[arg(long, value_name = "N")]
    sentence: Option<usize>,
    /// Colour: auto (on a terminal), always or never
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
    #[command(flatten)]
    rules: RuleArgs,
}

pub(crate) fn run(args: ExplainArgs) -> ExitCode {
    let rules = match crate::load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("tieup: {}: {e}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let id = args
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let article = match Article::from_bytes(id, args.file.display().to_string(), &bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("tieup: {}: {e}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let extractor = Extractor::new(rules);
    let analysis = extractor.analyze(&article);
    let n = analysis.tokens.sentences.len();
    if let Some(s) = args.sentence
        && s >= n
    {
        eprintln!("tieup: --sentence {s}: the article has {n} sentences (0..{n})");
        return ExitCode::from(2);
    }
    let on = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let out = explain(
        &analysis,
        extractor.rules(),
        &args.file.display().to_string(),
        args.sentence,
        &Style { on },
    );
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tieup: {e}");
            ExitCode::from(1)
        }
    }
}
