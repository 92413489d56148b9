//! `--stdin`: JSON Lines articles (`{"id": ..., "text": ...}`, optionally
//! `"path": ...`, kept as the record's `doc.path`) in, records out in input
//! order.
//!
//! Lenient where a file would be: a UTF-8 BOM at the stream start is
//! dropped; invalid UTF-8 in a line is decoded lossily (U+FFFD) with an
//! `invalid-utf8` warning diagnostic; a numeric id keeps its JSON text
//! exactly (`123456789012345678901234567890`, `-0`, `1.50`), so ids never
//! collide by rounding.

use std::io::{self, BufRead, BufReader, Read, Write};

use rayon::prelude::*;
use serde_json::value::RawValue;

use super::{Options, Outcome, Summary, extract_guarded, serialise};
use crate::Extractor;
use crate::pipeline::read::{Article, Diagnostic, ReadError};
use crate::pipeline::record::Record;

/// One line of a `--stdin` input: an article (`{"id": ..., "text": ...}`).
#[derive(Debug, serde::Deserialize)]
struct JsonArticle {
    id: Box<RawValue>,
    text: String,
    /// Where the article came from (optional; kept as the record's `path`).
    #[serde(default)]
    path: Option<String>,
}

/// Parses one JSON Lines article into (id, text): a string id is decoded,
/// a numeric id kept as written.
fn parse_json_article(line: &str) -> Result<(String, String, String), String> {
    let a: JsonArticle = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let raw = a.id.get();
    let id = match raw.as_bytes().first() {
        Some(b'"') => serde_json::from_str::<String>(raw).map_err(|e| e.to_string())?,
        Some(b'-' | b'0'..=b'9') => raw.to_string(),
        _ => return Err(format!("`id` must be a string or a number, not {raw}")),
    };
    Ok((id, a.text, a.path.unwrap_or_default()))
}

/// Processes one `--stdin` line (1-based `line_no`): an article, or a
/// record with an `error` diagnostic (`bad-json`, id `stdin:LINE`).
pub fn process_json_line(
    extractor: &Extractor,
    line_no: usize,
    line: &[u8],
    options: &Options,
) -> Outcome {
    let line = line.trim_ascii_end();
    let line = if line_no == 1 {
        line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
    } else {
        line
    };
    let decoded = String::from_utf8_lossy(line);
    let lossy = matches!(decoded, std::borrow::Cow::Owned(_));
    let (id, text, path) = match parse_json_article(&decoded) {
        Ok(v) => v,
        Err(msg) => {
            let d = Diagnostic::error(
                "bad-json",
                format!("not a JSON article {{\"id\": ..., \"text\": ...}}: {msg}"),
            );
            let id = format!("stdin:{line_no}");
            return Outcome::Skipped(Record::skipped(&id, "", line.len(), &d));
        }
    };
    let len = text.len();
    if len as u64 > options.max_bytes {
        let msg = format!("{len} bytes, over --max-bytes {}", options.max_bytes);
        let d = Diagnostic::error("too-large", msg);
        return Outcome::Skipped(Record::skipped(&id, &path, len, &d));
    }
    let mut article = match Article::from_vec(id.clone(), path.clone(), text.into_bytes()) {
        Ok(a) => a,
        Err(ReadError::Binary(at)) => {
            let d = Diagnostic::error("binary", format!("NUL character at byte {at}"));
            return Outcome::Skipped(Record::skipped(&id, &path, len, &d));
        }
    };
    if lossy {
        article.diagnostics.push(Diagnostic::warning(
            "invalid-utf8",
            "invalid UTF-8 in the input line: decoded lossily (U+FFFD replaces bad bytes)",
        ));
    }
    match extract_guarded(extractor, &article) {
        Ok(r) => Outcome::Record(r),
        Err(msg) => {
            let d = Diagnostic::error("internal", msg);
            Outcome::Skipped(Record::skipped(&id, &path, len, &d))
        }
    }
}

/// Reads up to [`super::CHUNK`] lines (1-based numbers, blank lines left
/// out), blocking only for the first: a slow producer still sees its
/// records soon.
fn read_jsonl_chunk<R: Read>(
    input: &mut BufReader<R>,
    line_no: &mut usize,
) -> io::Result<Vec<(usize, Vec<u8>)>> {
    let mut chunk = Vec::new();
    while chunk.len() < super::CHUNK {
        if !chunk.is_empty() && !input.buffer().contains(&b'\n') {
            break;
        }
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        *line_no += 1;
        if *line_no == 1 && line.starts_with(b"\xEF\xBB\xBF") {
            line.drain(..3);
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        chunk.push((*line_no, line));
    }
    Ok(chunk)
}

/// Runs a `--stdin` batch: JSON Lines articles from `input`, records out in
/// input order, extracted and serialised in parallel chunks, `out` flushed
/// after each chunk. Every non-blank line gives one record: a line that is
/// not an article gives a record with id `stdin:LINE` and a `bad-json` error
/// diagnostic, and is reported through `on_fault(line, message)`.
pub fn run_jsonl<R: Read>(
    extractor: &Extractor,
    input: &mut BufReader<R>,
    options: &Options,
    out: &mut dyn Write,
    mut on_fault: impl FnMut(usize, &str),
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut line_no = 0;
    loop {
        let chunk = read_jsonl_chunk(input, &mut line_no)?;
        if chunk.is_empty() {
            break;
        }
        let written: Vec<_> = chunk
            .par_iter()
            .map(|(n, line)| {
                let (Outcome::Record(r) | Outcome::Skipped(r)) =
                    process_json_line(extractor, *n, line, options)
                else {
                    unreachable!("`process_json_line` always gives a record")
                };
                (*n, serialise(r, options.max_record_bytes))
            })
            .collect();
        for (n, w) in written {
            summary.articles += 1;
            summary.bytes += w.bytes;
            summary.events += w.events;
            if let Some((code, msg)) = &w.error {
                summary.skipped += 1;
                on_fault(n, &format!("{code}: {msg}"));
            }
            out.write_all(&w.json)?;
        }
        out.flush()?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8]) -> (Vec<Record>, Vec<(usize, String)>, Summary) {
        let extractor = Extractor::new(crate::Rules::default_rules().unwrap());
        let mut out = Vec::new();
        let mut faults = Vec::new();
        let summary = run_jsonl(
            &extractor,
            &mut BufReader::new(input),
            &Options::default(),
            &mut out,
            |n, m| faults.push((n, m.to_string())),
        )
        .unwrap();
        let records = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (records, faults, summary)
    }

    #[test]
    fn jsonl_ids_and_bad_lines() {
        let input = concat!(
            r#"{"id": "a", "text": "Acme Corp is in talks with Borealis Inc."}"#,
            "\n\n",
            r#"{"id": 7, "text": ""}"#,
            "\nnot json\n",
            r#"{"text": "no id"}"#,
            "\n"
        );
        let (records, faults, summary) = run(input.as_bytes());
        let ids: Vec<&str> = records.iter().map(|r| r.doc.id.as_str()).collect();
        assert_eq!(ids, ["a", "7", "stdin:4", "stdin:5"]);
        assert_eq!(records[0].events.len(), 1);
        assert_eq!(records[2].diagnostics[0].code, "bad-json");
        assert_eq!(faults.iter().map(|f| f.0).collect::<Vec<_>>(), [4, 5]);
        assert_eq!(summary.articles, 4);
        assert_eq!(summary.skipped, 2);
    }

    #[test]
    fn bom_big_ids_and_invalid_utf8() {
        let mut input =
            b"\xEF\xBB\xBF{\"id\": 123456789012345678901234567890, \"text\": \"x\"}\n".to_vec();
        input.extend_from_slice(b"{\"id\": -0, \"text\": \"Caf\xe9 Corp\"}\n");
        input.extend_from_slice(b"{\"id\": 1.50, \"text\": \"\", \"path\": \"in/p.txt\"}\n");
        input.extend_from_slice(b"{\"id\": null, \"text\": \"\"}\n");
        let (records, faults, _) = run(&input);
        let ids: Vec<&str> = records.iter().map(|r| r.doc.id.as_str()).collect();
        assert_eq!(
            ids,
            ["123456789012345678901234567890", "-0", "1.50", "stdin:4"]
        );
        assert!(records[0].diagnostics.is_empty(), "{:?}", records[0]);
        assert_eq!(records[1].diagnostics[0].code, "invalid-utf8");
        assert_eq!(records[1].diagnostics[0].level, "warning");
        assert_eq!(records[2].doc.path, "in/p.txt");
        assert_eq!(faults.len(), 1, "{faults:?}");
    }
}
