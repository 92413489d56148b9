//! `tieup eval --gold GOLD OUTPUT`: scores an extraction output against gold
//! annotations (precision, recall, F1 per category; `--per-doc` details).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::cli::common::{EXIT_USAGE, finish_output, read_jsonl};

/// Exit code when no gold article has a record in the output: there is
/// nothing to score (wrong file, or ids that do not match).
const EXIT_NOTHING_IN_COMMON: u8 = 1;

/// Arguments of `tieup eval`.
#[derive(Args)]
pub(crate) struct EvalArgs {
    /// Gold JSON Lines (shared/eval/*.gold.jsonl format)
    #[arg(long)]
    gold: PathBuf,
    /// Output of `tieup extract`
    output: PathBuf,
    /// Also list missed and spurious items per article
    #[arg(long)]
    per_doc: bool,
    /// Also count the errors by kind (a party missed, person found with no
    /// role, company typed person...): which stage to fix, from counts alone
    #[arg(long)]
    kinds: bool,
    /// Print the scores as JSON
    #[arg(long)]
    json: bool,
}

/// Runs `tieup eval`.
pub(crate) fn run(args: EvalArgs) -> ExitCode {
    let (gold, records) = match load(&args.gold, &args.output) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("tieup: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let common = common_articles(&gold, &records);
    if !check_coverage(&args, common, gold.len(), records.len()) {
        return ExitCode::from(EXIT_NOTHING_IN_COMMON);
    }
    let (scores, reports) = tieup::review::eval::score(&gold, &records);
    let error_kinds = args
        .kinds
        .then(|| tieup::review::eval::error_kinds(&reports));
    let written = if args.json {
        let value = json_report(&scores, args.per_doc.then_some(&reports[..]), &error_kinds);
        writeln!(io::stdout().lock(), "{value}")
    } else {
        let mut text = if args.per_doc {
            per_doc_text(&reports)
        } else {
            String::new()
        };
        text.push_str(&format!(
            "{scores}({} gold articles, {} records)\n",
            gold.len(),
            records.len()
        ));
        if let Some(k) = &error_kinds {
            text.push_str(&kinds_text(k));
        }
        io::stdout().lock().write_all(text.as_bytes())
    };
    finish_output(written)
}

/// Reads the gold and the extract output, after checking that neither was
/// given in the other's place. Errors: one line naming the file.
fn load(
    gold: &Path,
    output: &Path,
) -> Result<(Vec<tieup::review::eval::Gold>, Vec<tieup::Record>), String> {
    check_roles(gold, output)?;
    let gold = read_jsonl::<tieup::review::eval::Gold>(gold)?;
    Ok((gold, read_jsonl::<tieup::Record>(output)?))
}

/// Whether there is anything to score: `common` (gold articles with a
/// record) is not 0. Prints one error line on standard error when it is
/// (so no scores are printed), a warning when only some gold articles have
/// a record.
fn check_coverage(args: &EvalArgs, common: usize, gold: usize, records: usize) -> bool {
    let (gold_path, output_path) = (args.gold.display(), args.output.display());
    if common == 0 {
        eprintln!(
            "tieup: error: no article of {gold_path} is in {output_path} ({gold} gold articles, \
{records} records), so nothing is scored: the gold's `doc` ids must be the records' `doc.id`"
        );
        return false;
    }
    if common < gold {
        eprintln!(
            "tieup: warning: {} of {gold} gold articles have no record in {output_path}: each is \
scored as all missed",
            gold - common
        );
    }
    true
}

/// The scores (and the per-article reports and error kinds when asked) as
/// one JSON value: `{"scores": [...], "docs": [...] | null, "kinds": ... | null}`.
fn json_report(
    scores: &tieup::review::eval::Scores,
    reports: Option<&[tieup::review::eval::DocReport]>,
    error_kinds: &Option<BTreeMap<String, usize>>,
) -> serde_json::Value {
    serde_json::json!({
        "scores": scores.rows().iter().map(|(name, c)| serde_json::json!({
            "category": name, "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
            "tp": c.tp, "fp": c.fp, "fn": c.fn_,
        })).collect::<Vec<_>>(),
        "docs": reports.map_or(serde_json::Value::Null, |r| serde_json::to_value(r).unwrap_or_default()),
        "kinds": serde_json::to_value(error_kinds).unwrap_or_default(),
    })
}

/// The missed and spurious items of each article with any, then a blank line.
fn per_doc_text(reports: &[tieup::review::eval::DocReport]) -> String {
    let mut text = String::new();
    for r in reports
        .iter()
        .filter(|r| !r.missed.is_empty() || !r.spurious.is_empty())
    {
        text.push_str(&format!("{}\n", r.doc));
        for m in &r.missed {
            text.push_str(&format!("  - missed   {m}\n"));
        }
        for s in &r.spurious {
            text.push_str(&format!("  + spurious {s}\n"));
        }
    }
    if text.is_empty() {
        text.push_str("no article has a missed or spurious item\n");
    }
    text.push('\n');
    text
}

/// The "errors by kind" block: one count and kind per line.
fn kinds_text(kinds: &BTreeMap<String, usize>) -> String {
    let mut text = String::from("\nerrors by kind\n");
    for (kind, n) in kinds {
        text.push_str(&format!("{n:>5}  {kind}\n"));
    }
    text
}

/// How many gold articles have a record (by id).
fn common_articles(gold: &[tieup::review::eval::Gold], records: &[tieup::Record]) -> usize {
    let ids: std::collections::HashSet<&str> = records.iter().map(|r| r.doc.id.as_str()).collect();
    gold.iter().filter(|g| ids.contains(g.doc.as_str())).count()
}

/// What the first JSON line of a file looks like: gold (`doc` is a string),
/// extract output (`doc` is an object) or neither/unreadable (`None`).
fn looks_like(path: &Path) -> Option<&'static str> {
    use std::io::BufRead;
    let file = std::fs::File::open(path).ok()?;
    let line = io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .find(|l| !l.trim().is_empty())?;
    let value: serde_json::Value =
        serde_json::from_str(line.trim_start_matches('\u{feff}')).ok()?;
    match value.get("doc")? {
        serde_json::Value::String(_) => Some("gold"),
        serde_json::Value::Object(_) => Some("extract output"),
        _ => None,
    }
}

/// Refuses GOLD and OUTPUT given the wrong way round, naming what each looks like.
fn check_roles(gold: &Path, output: &Path) -> Result<(), String> {
    if looks_like(gold) == Some("extract output") {
        return Err(format!(
            "{}: this looks like extract output, not gold (is --gold given the wrong file?)",
            gold.display()
        ));
    }
    if looks_like(output) == Some("gold") {
        return Err(format!(
            "{}: this looks like gold, not extract output (swap it with --gold?)",
            output.display()
        ));
    }
    Ok(())
}
