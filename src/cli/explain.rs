//! `tieup explain FILE [--sentence N]`: a human-readable trace of one
//! article: per sentence the spans found and the rule behind each, the
//! events with the rule behind each piece of evidence, and the candidates
//! that were dropped, with the reason.
//!
//! The article comes from a file, from standard input (`-`) or from
//! `--text`; at most `--max-bytes` bytes are read. `--json` prints the
//! article's record and the dropped trigger cues as one JSON object (for
//! editor integration): `{"record": <schema v1 record>, "dropped_cues":
//! [{"sentence", "trigger", "rule", "reason"}]}`.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use tieup::review::explain::{Style, explain};
use tieup::{Article, Extractor};

use crate::RuleArgs;

#[derive(Args)]
pub(crate) struct ExplainArgs {
    /// The article (a text file; `-` for standard input)
    #[arg(required_unless_present = "text")]
    file: Option<PathBuf>,
    /// The article's text itself, instead of a file
    #[arg(long, conflicts_with = "file")]
    text: Option<String>,
    /// Read at most this many bytes (a longer input is refused)
    #[arg(long, default_value_t = 8 << 20)]
    max_bytes: u64,
    /// Print the record and the dropped cues as JSON instead of the trace
    #[arg(long)]
    json: bool,
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
    let (name, article) = match read_article(&args) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("tieup: {e}");
            return ExitCode::from(1);
        }
    };
    let extractor = Extractor::new(rules);
    let analysis = extractor.analyze(&article);
    let n = analysis.tokens.sentences.len();
    if let Some(s) = args.sentence
        && s >= n
    {
        eprintln!("tieup: --sentence {s}: {}", sentence_range(n));
        return ExitCode::from(2);
    }
    if args.json {
        return print_json(&analysis);
    }
    let on = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let out = explain(
        &analysis,
        extractor.rules(),
        &name,
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

/// The input's display name and its article (the id is the file stem);
/// an error is one line naming the input.
fn read_article(args: &ExplainArgs) -> Result<(String, Article), String> {
    let (name, bytes) = read_input(args)?;
    let id = std::path::Path::new(&name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let article =
        Article::from_bytes(id, name.clone(), &bytes).map_err(|e| format!("{name}: {e}"))?;
    Ok((name, article))
}

/// "the article has N sentences (valid: 0 to N-1)", for a `--sentence`
/// out of range.
fn sentence_range(n: usize) -> String {
    let valid = match n {
        0 => "none".to_string(),
        1 => "0".to_string(),
        _ => format!("0 to {}", n - 1),
    };
    let plural = if n == 1 { "" } else { "s" };
    format!("the article has {n} sentence{plural} (valid: {valid})")
}

/// The input's display name and bytes: `--text`, `-` (stdin) or a file, at
/// most `--max-bytes` bytes (an error names the limit).
fn read_input(args: &ExplainArgs) -> Result<(String, Vec<u8>), String> {
    if let Some(text) = &args.text {
        return check_size("--text", text.clone().into_bytes(), args.max_bytes);
    }
    let path = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
    let name = path.display().to_string();
    let limit = args.max_bytes.saturating_add(1);
    let mut bytes = Vec::new();
    let read = if name == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(&path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{name}: {e}"))?;
    check_size(&name, bytes, args.max_bytes)
}

fn check_size(name: &str, bytes: Vec<u8>, max: u64) -> Result<(String, Vec<u8>), String> {
    if bytes.len() as u64 > max {
        return Err(format!(
            "{name}: larger than --max-bytes {max} bytes; explain reads at most that much"
        ));
    }
    Ok((name.to_string(), bytes))
}

/// `--json`: the record and the dropped cues, one JSON object on stdout.
fn print_json(analysis: &tieup::Analysis<'_>) -> ExitCode {
    let record = tieup::Record::from_analysis(analysis);
    let dropped: Vec<_> = analysis
        .dropped_cues
        .iter()
        .map(|d| {
            serde_json::json!({
                "sentence": d.sentence, "trigger": d.trigger, "rule": d.rule, "reason": d.reason,
            })
        })
        .collect();
    let value = serde_json::json!({ "record": record, "dropped_cues": dropped });
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{value}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tieup: {e}");
            ExitCode::from(1)
        }
    }
}
