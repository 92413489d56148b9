//! The kept article text of each file, as JSON Lines `{"id", "text"}` (what
//! `scripts/score-webmain.sh` scores against `../shared/eval/webmain/`).
//!
//! `cargo run --release --example kept_text -- FILE... > kept.jsonl`
//! (or the paths one per line on stdin when no FILE is given).
//!
//! The kept text is cut from `Layout::lines` and `Layout::masks` here, as
//! `Layout::kept_spans` does, so that this example also builds against older
//! revisions (`score-webmain.sh --rev REV` scores a past method in the same run).
//!
//! `TIEUP_RULES_EXTRA=DIR` adds a rules folder on top of the embedded rules,
//! as `tieup extract --rules-extra DIR` does: a refitted `clean/weights.toml`
//! there is scored without rebuilding the library.

use std::io::{BufRead, Write};

use tieup::pipeline::clean;
use tieup::{Article, Rules};

fn kept_text(text: &str, layout: &clean::Layout) -> String {
    let mut out = String::new();
    // A byline line is read for the author only, not kept (older
    // revisions have no such kind: matched by its name).
    for l in layout
        .lines
        .iter()
        .filter(|l| format!("{:?}", l.kind) != "Byline")
    {
        let mut pos = l.start;
        for &(ms, me) in &layout.masks {
            if me <= l.start || ms >= l.end {
                continue;
            }
            if ms > pos {
                out.push_str(&text[pos..ms]);
                out.push('\n');
            }
            pos = pos.max(me.min(l.end));
        }
        if pos < l.end {
            out.push_str(&text[pos..l.end]);
            out.push('\n');
        }
    }
    out
}

fn main() {
    let rules = rules_with_extra();
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        paths = std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect();
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for p in paths.iter().filter(|p| !p.trim().is_empty()) {
        let path = std::path::Path::new(p);
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        let (Some(id), Ok(raw)) = (id, std::fs::read(path)) else {
            eprintln!("kept_text: {p}: cannot read");
            continue;
        };
        let text = match Article::from_vec(id.clone(), p.clone(), raw) {
            Ok(a) => kept_text(&a.text, &clean::clean(&a.text, &rules)),
            Err(_) => String::new(),
        };
        let line = serde_json::json!({ "id": id, "text": text });
        writeln!(out, "{line}").expect("stdout");
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
