//! Batch: many articles in, records out in path order, in parallel.
//!
//! Inputs are walked lazily (folders recursively, sorted by file name) and
//! processed in ordered chunks: each chunk is extracted in parallel with
//! rayon, then written in input order before the next is read. Memory holds
//! one chunk, whatever the corpus size, and the output is byte-identical for
//! any number of threads.
//!
//! [`run_jsonl`] is the same over JSON Lines articles (`tieup extract
//! --stdin`): records come out in input order, one flushed batch at a time.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::Extractor;
use crate::pipeline::read::{Article, Diagnostic, ReadError};
use crate::pipeline::record::Record;

/// How many articles are read ahead and processed together.
pub const CHUNK: usize = 256;

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files larger than this are skipped with a diagnostic record.
    pub max_bytes: u64,
    /// File-name glob for folder walks (`*.txt` by default).
    pub glob: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: 8 << 20,
            glob: "*.txt".to_string(),
        }
    }
}

/// One input of a batch: a file to read, or a problem found while walking.
#[derive(Debug)]
pub enum Input {
    /// A file.
    File(PathBuf),
    /// A path that could not be walked.
    Fault(PathBuf, String),
}

/// What became of one input.
#[derive(Debug)]
pub enum Outcome {
    /// A record (possibly with diagnostics).
    Record(Record),
    /// A skipped article: a record with an error diagnostic.
    Skipped(Record),
    /// No record: the input could not be read.
    Failed(PathBuf, String),
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Records written.
    pub articles: usize,
    /// Bytes of text processed.
    pub bytes: u64,
    /// Events found.
    pub events: usize,
    /// Articles skipped (binary, too large).
    pub skipped: usize,
    /// Inputs that failed (unreadable, missing).
    pub failed: usize,
}

/// Matches a file name against a simple glob (`*` and `?`).
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni, mut star, mut mark) = (0, 0, None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ni;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Walks `paths` lazily: files as given, folders recursively (sorted by
/// name, symlinks followed, loops reported), keeping names matching `glob`.
pub fn walk<'a>(paths: &'a [PathBuf], glob: &'a str) -> impl Iterator<Item = Input> + 'a {
    let mut sorted: Vec<&PathBuf> = paths.iter().collect();
    sorted.sort();
    sorted
        .into_iter()
        .flat_map(move |p| -> Box<dyn Iterator<Item = Input>> {
            match std::fs::metadata(p) {
                Err(e) => Box::new(std::iter::once(Input::Fault(p.clone(), e.to_string()))),
                Ok(m) if m.is_dir() => Box::new(
                    walkdir::WalkDir::new(p)
                        .follow_links(true)
                        .sort_by_file_name()
                        .into_iter()
                        .filter_map(move |entry| match entry {
                            Ok(e) if e.file_type().is_file() => {
                                let name = e.file_name().to_string_lossy();
                                glob_match(glob, &name).then(|| Input::File(e.into_path()))
                            }
                            Ok(_) => None,
                            Err(e) => {
                                let path =
                                    e.path().map(Path::to_path_buf).unwrap_or_else(|| p.clone());
                                let msg = match e.io_error() {
                                    Some(io) => io.to_string(),
                                    None => e.to_string(),
                                };
                                Some(Input::Fault(path, msg))
                            }
                        }),
                ),
                Ok(_) => Box::new(std::iter::once(Input::File(p.clone()))),
            }
        })
}

/// The id of a file: its stem.
pub fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Processes one input; never panics outward (a panic becomes a failure).
pub fn process(extractor: &Extractor, input: &Input, options: &Options) -> Outcome {
    let path = match input {
        Input::Fault(p, msg) => return Outcome::Failed(p.clone(), msg.clone()),
        Input::File(p) => p,
    };
    let shown = path.display().to_string();
    let id = file_id(path);
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return Outcome::Failed(path.clone(), e.to_string()),
    };
    let size = match file.metadata() {
        Ok(m) => m.len(),
        Err(e) => return Outcome::Failed(path.clone(), e.to_string()),
    };
    if size > options.max_bytes {
        let d = Diagnostic::error(
            "too-large",
            format!("{size} bytes, over --max-bytes {}", options.max_bytes),
        );
        return Outcome::Skipped(Record::skipped(&id, &shown, size as usize, &d));
    }
    // Read at most one byte past the limit: a file that grew is still caught.
    let mut bytes = Vec::with_capacity(size as usize + 1);
    if let Err(e) = (&mut file)
        .take(options.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
    {
        return Outcome::Failed(path.clone(), e.to_string());
    }
    if bytes.len() as u64 > options.max_bytes {
        let d = Diagnostic::error(
            "too-large",
            format!("over --max-bytes {} while reading", options.max_bytes),
        );
        return Outcome::Skipped(Record::skipped(&id, &shown, bytes.len(), &d));
    }
    let len = bytes.len();
    let article = match Article::from_vec(id.clone(), shown.clone(), bytes) {
        Ok(a) => a,
        Err(ReadError::Binary(at)) => {
            let d = Diagnostic::error(
                "binary",
                format!("binary file (NUL byte at offset {at}): skipped"),
            );
            return Outcome::Skipped(Record::skipped(&id, &shown, len, &d));
        }
    };
    extract_guarded(extractor, &article)
        .map(Outcome::Record)
        .unwrap_or_else(|msg| Outcome::Failed(path.clone(), msg))
}

/// Extracts one article, turning a panic into an error message.
pub fn extract_guarded(extractor: &Extractor, article: &Article) -> Result<Record, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(article))).map_err(
        |e| {
            let msg = e
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| e.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            format!("internal error while extracting: {msg}")
        },
    )
}

/// Runs a batch: walks, extracts in ordered parallel chunks, writes JSON
/// Lines to `out`, reports per-input faults through `on_fault`, and calls
/// `on_progress` after each chunk with (inputs done, bytes done).
pub fn run(
    extractor: &Extractor,
    inputs: impl Iterator<Item = Input>,
    options: &Options,
    out: &mut dyn Write,
    mut on_record: impl FnMut(&Record) -> io::Result<()>,
    mut on_fault: impl FnMut(&Path, &str),
    mut on_progress: impl FnMut(usize, u64),
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut inputs = inputs.peekable();
    let mut done = 0;
    let mut line = Vec::with_capacity(1 << 16);
    while inputs.peek().is_some() {
        let chunk: Vec<Input> = inputs.by_ref().take(CHUNK).collect();
        let outcomes: Vec<Outcome> = chunk
            .par_iter()
            .map(|i| process(extractor, i, options))
            .collect();
        for outcome in outcomes {
            done += 1;
            match outcome {
                Outcome::Record(r) | Outcome::Skipped(r) => {
                    let skipped = r.diagnostics.iter().any(|d| d.level == "error");
                    summary.articles += 1;
                    summary.bytes += r.doc.bytes as u64;
                    summary.events += r.events.len();
                    if skipped {
                        summary.skipped += 1;
                        if let Some(d) = r.diagnostics.first() {
                            on_fault(Path::new(&r.doc.path), &format!("skipped: {}", d.message));
                        }
                    }
                    line.clear();
                    serde_json::to_writer(&mut line, &r).map_err(io::Error::other)?;
                    line.push(b'\n');
                    out.write_all(&line)?;
                    on_record(&r)?;
                }
                Outcome::Failed(p, msg) => {
                    summary.failed += 1;
                    on_fault(&p, &msg);
                }
            }
        }
        on_progress(done, summary.bytes);
    }
    out.flush()?;
    Ok(summary)
}

/// One line of a `--stdin` input: an article (`{"id": ..., "text": ...}`).
#[derive(Debug, serde::Deserialize)]
struct JsonArticle {
    id: serde_json::Value,
    text: String,
}

/// Parses one JSON Lines article into (id, text).
fn parse_json_article(line: &[u8]) -> Result<(String, String), String> {
    let a: JsonArticle = serde_json::from_slice(line).map_err(|e| e.to_string())?;
    let id = match a.id {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        other => return Err(format!("`id` must be a string or a number, not {other}")),
    };
    Ok((id, a.text))
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
    let (id, text) = match parse_json_article(line) {
        Ok(v) => v,
        Err(msg) => {
            let d = Diagnostic::error(
                "bad-json",
                format!("not a JSON article {{\"id\": ..., \"text\": ...}}: {msg}"),
            );
            return Outcome::Skipped(Record::skipped(
                &format!("stdin:{line_no}"),
                "",
                line.len(),
                &d,
            ));
        }
    };
    if text.len() as u64 > options.max_bytes {
        let d = Diagnostic::error(
            "too-large",
            format!(
                "{} bytes, over --max-bytes {}",
                text.len(),
                options.max_bytes
            ),
        );
        return Outcome::Skipped(Record::skipped(&id, "", text.len(), &d));
    }
    let article = match Article::from_bytes(id.clone(), "", text.as_bytes()) {
        Ok(a) => a,
        Err(ReadError::Binary(at)) => {
            let d = Diagnostic::error("binary", format!("NUL character at byte {at}: skipped"));
            return Outcome::Skipped(Record::skipped(&id, "", text.len(), &d));
        }
    };
    match extract_guarded(extractor, &article) {
        Ok(r) => Outcome::Record(r),
        Err(msg) => {
            let d = Diagnostic::error("internal", msg);
            Outcome::Skipped(Record::skipped(&id, "", text.len(), &d))
        }
    }
}

/// Reads up to [`CHUNK`] lines (1-based numbers, blank lines left out),
/// blocking only for the first: a slow producer still sees its records soon.
fn read_jsonl_chunk<R: Read>(
    input: &mut BufReader<R>,
    line_no: &mut usize,
) -> io::Result<Vec<(usize, Vec<u8>)>> {
    let mut chunk = Vec::new();
    while chunk.len() < CHUNK {
        if !chunk.is_empty() && !input.buffer().contains(&b'\n') {
            break;
        }
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        *line_no += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        chunk.push((*line_no, line));
    }
    Ok(chunk)
}

/// Runs a `--stdin` batch: JSON Lines articles from `input`, records out in
/// input order, extracted in parallel chunks, `out` flushed after each
/// chunk. Every non-blank line gives one record: a line that is not an
/// article gives a record with id `stdin:LINE` and a `bad-json` error
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
    let mut buf = Vec::with_capacity(1 << 16);
    loop {
        let chunk = read_jsonl_chunk(input, &mut line_no)?;
        if chunk.is_empty() {
            break;
        }
        let outcomes: Vec<(usize, Outcome)> = chunk
            .par_iter()
            .map(|(n, line)| (*n, process_json_line(extractor, *n, line, options)))
            .collect();
        buf.clear();
        for (n, outcome) in outcomes {
            let (Outcome::Record(r) | Outcome::Skipped(r)) = outcome else {
                continue; // `process_json_line` always gives a record
            };
            summary.articles += 1;
            summary.bytes += r.doc.bytes as u64;
            summary.events += r.events.len();
            if let Some(d) = r.diagnostics.iter().find(|d| d.level == "error") {
                summary.skipped += 1;
                on_fault(n, &format!("{}: {}", d.code, d.message));
            }
            serde_json::to_writer(&mut buf, &r).map_err(io::Error::other)?;
            buf.push(b'\n');
        }
        out.write_all(&buf)?;
        out.flush()?;
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("*.txt", "a.txt"));
        assert!(!glob_match("*.txt", "a.txt.bak"));
        assert!(glob_match("reut-?.txt", "reut-1.txt"));
        assert!(glob_match("*", "anything"));
    }

    #[test]
    fn jsonl_ids_and_bad_lines() {
        let extractor = Extractor::new(crate::Rules::default_rules().unwrap());
        let input = concat!(
            r#"{"id": "a", "text": "Acme Corp is in talks with Borealis Inc."}"#,
            "\n\n",
            r#"{"id": 7, "text": ""}"#,
            "\nnot json\n",
            r#"{"text": "no id"}"#,
            "\n"
        );
        let mut out = Vec::new();
        let mut faults = Vec::new();
        let summary = run_jsonl(
            &extractor,
            &mut BufReader::new(input.as_bytes()),
            &Options::default(),
            &mut out,
            |n, m| faults.push((n, m.to_string())),
        )
        .unwrap();
        let records: Vec<Record> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let ids: Vec<&str> = records.iter().map(|r| r.doc.id.as_str()).collect();
        assert_eq!(ids, ["a", "7", "stdin:4", "stdin:5"]);
        assert_eq!(records[0].events.len(), 1);
        assert_eq!(records[2].diagnostics[0].code, "bad-json");
        assert_eq!(faults.iter().map(|f| f.0).collect::<Vec<_>>(), [4, 5]);
        assert_eq!(summary.articles, 4);
        assert_eq!(summary.skipped, 2);
    }
}
