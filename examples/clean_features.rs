//! Dumps the clean stage's per-line feature vectors with gold labels, for
//! fitting the line classifier (`scripts/fit-clean.sh`): Rust is the single
//! source of the features, Python only fits weights on them.
//!
//! `cargo run --release --example clean_features -- GOLD.jsonl CORPUS_DIR > lines.jsonl`
//!
//! GOLD.jsonl: the webmain gold (`{"id", "dataset", "title", "body"}` per
//! page); CORPUS_DIR holds `<id>.txt`. One JSON object per page, in gold
//! order: `{"index", "id", "dataset", "lines": [{"start", "end", "words",
//! "label", "text", "x", "kept", "reason"}]}`: `kept` and `reason` are the
//! clean stage's decision on the line (null on a plain article, where the
//! line classifier does not decide). A line's label is 1 when its word sequence (runs of
//! letters, digits and `_`, as Python's `\w+`) occurs in the gold body.
//! The text is the one the pipeline cleans (`View::text`, typography folded).
//!
//! `TIEUP_RULES_EXTRA=DIR` adds a rules folder on top of the embedded rules,
//! as `tieup extract --rules-extra DIR` does: a refitted `clean/weights.toml`
//! there is scored without rebuilding the library.

use std::io::{BufRead, Write};

use tieup::pipeline::{clean, read::View};
use tieup::{Article, Rules};

fn tokens(s: &str) -> String {
    let mut out = String::from(" ");
    for w in s.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if !w.is_empty() {
            out.push_str(w);
            out.push(' ');
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [gold, dir] = &args[..] else {
        eprintln!("usage: clean_features GOLD.jsonl CORPUS_DIR");
        std::process::exit(2);
    };
    let rules = rules_with_extra();
    let file = std::fs::File::open(gold).expect("gold file");
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (index, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.expect("gold line");
        let g: serde_json::Value = serde_json::from_str(&line).expect("gold JSON");
        let id = g["id"].as_str().expect("id").to_string();
        let body = tokens(g["body"].as_str().unwrap_or(""));
        let path = format!("{dir}/{id}.txt");
        let Ok(raw) = std::fs::read(&path) else {
            eprintln!("clean_features: {path}: cannot read");
            continue;
        };
        let article = Article::from_vec(id.clone(), path, raw).expect("article");
        let view = View::new(&article.text);
        let layout = clean::clean(view.text(), &rules);
        let decided: std::collections::HashMap<usize, &clean::LineDecision> =
            layout.decisions.iter().map(|d| (d.start, d)).collect();
        let lines: Vec<serde_json::Value> = clean::line_features(view.text(), &rules)
            .into_iter()
            .map(|l| {
                let label = body.contains(&tokens(&l.visible));
                let d = decided.get(&l.start);
                serde_json::json!({"start": l.start, "end": l.end, "words": l.words,
                    "label": u8::from(label), "text": l.visible, "x": l.x.to_vec(),
                    "kept": d.map(|d| u8::from(d.kept)), "p": d.map(|d| d.probability),
                    "reason": d.map(|d| &*d.reason)})
            })
            .collect();
        let page = serde_json::json!({"index": index, "id": id,
            "dataset": g["dataset"], "lines": lines});
        writeln!(out, "{page}").expect("stdout");
    }
}

/// The embedded rules, with the folder named by `TIEUP_RULES_EXTRA` (if set)
/// on top, as `--rules-extra` does (try a refitted `clean/weights.toml`
/// without rebuilding).
fn rules_with_extra() -> Rules {
    let extra: Vec<_> = std::env::var_os("TIEUP_RULES_EXTRA").into_iter().collect();
    let source = tieup::RuleSource::layered(None, &extra).expect("TIEUP_RULES_EXTRA");
    Rules::load(&source).expect("rules")
}
