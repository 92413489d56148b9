//! Batch: many articles in, records out in path order, in parallel.
//!
//! Inputs are walked lazily ([`walk`]: folders recursively, sorted by file
//! name, each file with a unique id) and processed in ordered chunks: each
//! chunk is extracted **and serialised** in parallel with rayon (one JSON
//! buffer per record, the record itself dropped at once), then the buffers
//! are written in input order before the next chunk is read. Memory holds
//! one chunk, whatever the corpus size, and the output is byte-identical for
//! any number of threads.
//!
//! What one article cannot do to the batch:
//! - a panic while extracting or serialising it becomes its record with an
//!   `internal` error diagnostic;
//! - a text over [`Options::max_bytes`] is not read (`too-large` record), a
//!   record whose JSON would pass [`Options::max_record_bytes`] is replaced
//!   by a `record-too-large` error record, so output and memory per article
//!   stay bounded;
//! - a FIFO or device named as input is read on a helper thread with an idle
//!   timeout ([`Options::special_timeout`]); special files inside folders
//!   are reported, not opened.
//!
//! Not caught: a failed allocation aborts the process (Rust's allocator
//! does not unwind), which is why the two size guards exist.
//!
//! [`run_jsonl`] is the same over JSON Lines articles (`tieup extract
//! --stdin`): records come out in input order, one flushed batch at a time.

mod jsonl;
mod walk;

pub use jsonl::{process_json_line, run_jsonl};
pub use walk::{Input, file_id, glob_match, relative_id, walk};

use hashbrown::HashSet;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rayon::prelude::*;

use crate::Extractor;
use crate::pipeline::read::{Article, Diagnostic, ReadError};
use crate::pipeline::record::Record;

/// How many articles are read ahead and processed together.
pub const CHUNK: usize = 256;

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files larger than this (bytes) are skipped with a diagnostic record.
    pub max_bytes: u64,
    /// File-name glob for folder walks (`*.txt` by default).
    pub glob: String,
    /// A record whose JSON passes this many bytes is replaced by a
    /// `record-too-large` error record (default 64 MiB).
    pub max_record_bytes: u64,
    /// How long a FIFO or device named as input may stay silent (no writer,
    /// no data) before it is given up (default 10 s).
    pub special_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: 8 << 20,
            glob: "*.txt".to_string(),
            max_record_bytes: 64 << 20,
            special_timeout: Duration::from_secs(10),
        }
    }
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
    /// Articles skipped (binary, too large, internal error).
    pub skipped: usize,
    /// Inputs that failed (unreadable, missing, special files in folders).
    pub failed: usize,
}

/// Reads a FIFO or device on a helper thread, giving up when it stays
/// silent for `timeout` (no writer opened it, or no data came): the batch
/// never waits for ever. At most `limit` bytes are read. A helper thread
/// given up on stays blocked until the process ends.
pub fn read_special(path: &Path, limit: u64, timeout: Duration) -> Result<Vec<u8>, String> {
    let (tx, rx) = std::sync::mpsc::channel::<io::Result<Vec<u8>>>();
    let owned = path.to_path_buf();
    std::thread::spawn(move || {
        let mut file = match std::fs::File::open(&owned) {
            Ok(f) => f.take(limit),
            Err(e) => return drop(tx.send(Err(e))),
        };
        loop {
            let mut buf = vec![0; 1 << 16];
            match file.read(&mut buf) {
                Ok(0) => return,
                Ok(n) => buf.truncate(n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return drop(tx.send(Err(e))),
            }
            if tx.send(Ok(buf)).is_err() {
                return;
            }
        }
    });
    let mut bytes = Vec::new();
    loop {
        match rx.recv_timeout(timeout) {
            Ok(Ok(chunk)) => bytes.extend_from_slice(&chunk),
            Ok(Err(e)) => return Err(e.to_string()),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(bytes),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                return Err(format!(
                    "special file silent for {} s (no writer, or no data): given up",
                    timeout.as_secs_f64()
                ));
            }
        }
    }
}

/// Reads a regular file, at most one byte past `limit` (a file that grew is
/// still caught). Gives the bytes, or the size when it is over the limit.
fn read_limited(path: &Path, limit: u64) -> io::Result<Result<Vec<u8>, u64>> {
    let mut file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Ok(Err(size));
    }
    let mut bytes = Vec::with_capacity(size as usize + 1);
    (&mut file)
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(Ok(bytes))
}

/// Processes one input; never panics outward (a panic while extracting
/// becomes a record with an `internal` error diagnostic).
pub fn process(extractor: &Extractor, input: &Input, options: &Options) -> Outcome {
    let (path, id, regular) = match input {
        Input::Fault(p, msg) => return Outcome::Failed(p.clone(), msg.clone()),
        Input::File { path, id, regular } => (path, id.as_str(), *regular),
    };
    let shown = path.display().to_string();
    let too_large = |size: usize, msg: String| {
        let d = Diagnostic::error("too-large", msg);
        Outcome::Skipped(Record::skipped(id, &shown, size, &d))
    };
    // A file the walk found regular is not asked again (a path look-up a
    // file); any other is, since a FIFO must not be opened here.
    let special = !regular && std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    let bytes = if special {
        match read_special(
            path,
            options.max_bytes.saturating_add(1),
            options.special_timeout,
        ) {
            Ok(b) => b,
            Err(msg) => return Outcome::Failed(path.clone(), msg),
        }
    } else {
        match read_limited(path, options.max_bytes) {
            Ok(Ok(b)) => b,
            Ok(Err(size)) => {
                let msg = format!("{size} bytes, over --max-bytes {}", options.max_bytes);
                return too_large(size as usize, msg);
            }
            Err(e) => return Outcome::Failed(path.clone(), e.to_string()),
        }
    };
    if bytes.len() as u64 > options.max_bytes {
        let msg = format!("over --max-bytes {} while reading", options.max_bytes);
        return too_large(bytes.len(), msg);
    }
    let len = bytes.len();
    let article = match Article::from_vec(id, shown.clone(), bytes) {
        Ok(a) => a,
        Err(ReadError::Binary(at)) => {
            let d = Diagnostic::error("binary", format!("binary file (NUL byte at offset {at})"));
            return Outcome::Skipped(Record::skipped(id, &shown, len, &d));
        }
    };
    match extract_guarded(extractor, &article) {
        Ok(r) => Outcome::Record(r),
        Err(msg) => {
            let d = Diagnostic::error("internal", msg);
            Outcome::Skipped(Record::skipped(id, &shown, len, &d))
        }
    }
}

/// The message of a caught panic.
fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// Runs `f`, turning a panic into an error message.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|e| format!("internal error: {}", panic_message(e.as_ref())))
}

/// Extracts one article, turning a panic into an error message.
pub fn extract_guarded(extractor: &Extractor, article: &Article) -> Result<Record, String> {
    guarded(|| extractor.extract(article))
}

/// A `Vec<u8>` writer that refuses to grow past `cap` bytes.
struct Capped {
    buf: Vec<u8>,
    cap: u64,
}

impl Write for Capped {
    #[inline]
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.write_all(data).map(|()| data.len())
    }
    // serde_json writes a record in many small pieces, each with
    // `write_all`: inlined, a piece costs a bound check and a copy.
    #[inline]
    fn write_all(&mut self, data: &[u8]) -> io::Result<()> {
        if (self.buf.len() + data.len()) as u64 > self.cap {
            return Err(io::Error::other("record too large"));
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// One record, serialised: its JSON line and what the summary needs.
#[derive(Debug)]
pub struct Written {
    /// The JSON line, `\n` included.
    pub json: Vec<u8>,
    /// `doc.path`.
    pub path: String,
    /// `doc.bytes`.
    pub bytes: u64,
    /// Number of events.
    pub events: usize,
    /// The first error diagnostic (code, message), when skipped.
    pub error: Option<(String, String)>,
}

/// Serialises a record to one JSON line, at most `cap` bytes; a larger one
/// (or a panic) is replaced by an error record of the same article.
pub fn serialise(record: Record, cap: u64) -> Written {
    let attempt = guarded(|| {
        let w = Capped {
            buf: Vec::with_capacity(4096),
            cap,
        };
        // The serializer owns the writer (as `to_writer(w, ..)` would), so
        // each piece goes straight to `Capped` with no `&mut` layer.
        let mut ser = serde_json::Serializer::new(w);
        serde::Serialize::serialize(&record, &mut ser).map(|()| ser.into_inner().buf)
    });
    let replacement = match attempt {
        Ok(Ok(mut json)) => {
            json.push(b'\n');
            return written(json, &record);
        }
        Ok(Err(_)) => Diagnostic::error(
            "record-too-large",
            format!(
                "the record's JSON passes --max-record-bytes {cap}: entities and events dropped"
            ),
        ),
        Err(msg) => Diagnostic::error("internal", msg),
    };
    let doc = &record.doc;
    let small = Record::skipped(&doc.id, &doc.path, doc.bytes, &replacement);
    let mut json = serde_json::to_vec(&small).unwrap_or_default();
    json.push(b'\n');
    written(json, &small)
}

fn written(json: Vec<u8>, r: &Record) -> Written {
    Written {
        json,
        path: r.doc.path.clone(),
        bytes: r.doc.bytes as u64,
        events: r.events.len(),
        error: r
            .diagnostics
            .iter()
            .find(|d| d.level == "error")
            .map(|d| (d.code.clone(), d.message.clone())),
    }
}

/// What a worker gives back for one input.
enum Done {
    Record(Written),
    Failed(PathBuf, String),
    Io(io::Error),
}

/// One input, start to end, on a worker: process, call `on_record`, serialise.
fn work(
    extractor: &Extractor,
    input: &Input,
    options: &Options,
    on_record: &(impl Fn(&Record) -> io::Result<()> + Sync),
) -> Done {
    let record = match process(extractor, input, options) {
        Outcome::Record(r) | Outcome::Skipped(r) => r,
        Outcome::Failed(p, msg) => return Done::Failed(p, msg),
    };
    match guarded(|| on_record(&record)) {
        Ok(Ok(())) => Done::Record(serialise(record, options.max_record_bytes)),
        Ok(Err(e)) => Done::Io(e),
        Err(msg) => Done::Io(io::Error::other(msg)),
    }
}

/// The ids given so far in a run, as 64-bit hashes (8 bytes an article, not
/// the id's length; two ids of a million share a hash with a chance of
/// about 1 in 10^7, and then the later one just gets a suffix).
#[derive(Default)]
struct SeenIds(HashSet<u64>);

impl SeenIds {
    fn key(id: &str) -> u64 {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        BuildHasherDefault::<DefaultHasher>::default().hash_one(id)
    }
    /// Records `id`; false when it was given before.
    fn insert(&mut self, id: &str) -> bool {
        self.0.insert(Self::key(id))
    }
    fn contains(&self, id: &str) -> bool {
        self.0.contains(&Self::key(id))
    }
}

/// Gives each input of a chunk an id not used before in the run: a
/// repeated id gets `~2`, `~3`, ... and is reported through `on_fault`.
fn unique_ids(chunk: &mut [Input], seen: &mut SeenIds, on_fault: &mut impl FnMut(&Path, &str)) {
    for input in chunk {
        let Input::File { path, id, .. } = input else {
            continue;
        };
        if seen.insert(id) {
            continue;
        }
        let fresh = (2..)
            .map(|n| format!("{id}~{n}"))
            .find(|c| !seen.contains(c))
            .unwrap_or_default();
        on_fault(
            path,
            &format!("id `{id}` is taken by an earlier input: this record's id is `{fresh}`"),
        );
        seen.insert(&fresh);
        *id = fresh;
    }
}

/// Runs a batch: walks, extracts and serialises in ordered parallel chunks,
/// writes JSON Lines to `out`; `on_record` is called on the worker threads
/// with each record (for `--out-dir`); per-input faults go to `on_fault`
/// (warnings such as a renamed id too); `on_progress` is called after each
/// chunk with (inputs done, bytes done).
///
/// While the workers process a chunk (driven from a helper thread), this
/// thread walks the inputs of the next chunk, so the walk (a folder is read
/// and sorted whole when entered) does not hold the workers up. A chunk's
/// records are written before the next chunk starts: on a write error the
/// batch stops with no further input processed. Faults and records still
/// reach `on_fault` and `out` in the order of a chunk-by-chunk run.
pub fn run(
    extractor: &Extractor,
    mut inputs: impl Iterator<Item = Input>,
    options: &Options,
    out: &mut dyn Write,
    on_record: impl Fn(&Record) -> io::Result<()> + Sync,
    mut on_fault: impl FnMut(&Path, &str),
    mut on_progress: impl FnMut(usize, u64),
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut done = 0;
    let mut seen = SeenIds::default();
    let on_record = &on_record;
    let process = |chunk: Vec<Input>| -> Vec<Done> {
        chunk
            .par_iter()
            .map(|i| work(extractor, i, options, on_record))
            .collect()
    };
    std::thread::scope(|scope| {
        let (first, faults) = next_chunk(&mut inputs, &mut seen);
        replay(faults, &mut on_fault);
        let mut running = (!first.is_empty()).then(|| scope.spawn(move || process(first)));
        while let Some(handle) = running {
            // Overlapped with the workers: the next chunk's walk.
            let (next, faults) = next_chunk(&mut inputs, &mut seen);
            let finished = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            done += finished.len();
            // Written before the next chunk starts, so that after a write
            // error no further input is processed (nor its records passed
            // to `on_record`).
            write_chunk(finished, &mut summary, out, &mut on_fault)?;
            running = (!next.is_empty()).then(|| scope.spawn(move || process(next)));
            on_progress(done, summary.bytes);
            replay(faults, &mut on_fault);
        }
        out.flush()?;
        Ok(summary)
    })
}

/// The next chunk of inputs with ids made unique, and the faults that
/// gave (to be reported once the chunk before is written).
fn next_chunk(
    inputs: &mut impl Iterator<Item = Input>,
    seen: &mut SeenIds,
) -> (Vec<Input>, Vec<(PathBuf, String)>) {
    let mut chunk: Vec<Input> = inputs.by_ref().take(CHUNK).collect();
    let mut faults = Vec::new();
    unique_ids(&mut chunk, seen, &mut |p: &Path, m: &str| {
        faults.push((p.to_path_buf(), m.to_string()));
    });
    (chunk, faults)
}

/// Reports faults held back by [`next_chunk`].
fn replay(faults: Vec<(PathBuf, String)>, on_fault: &mut impl FnMut(&Path, &str)) {
    for (p, m) in faults {
        on_fault(&p, &m);
    }
}

/// Writes a processed chunk in input order and counts it in `summary`.
fn write_chunk(
    finished: Vec<Done>,
    summary: &mut Summary,
    out: &mut dyn Write,
    on_fault: &mut impl FnMut(&Path, &str),
) -> io::Result<()> {
    for d in finished {
        match d {
            Done::Record(w) => {
                summary.articles += 1;
                summary.bytes += w.bytes;
                summary.events += w.events;
                if let Some((_, msg)) = &w.error {
                    summary.skipped += 1;
                    on_fault(Path::new(&w.path), &format!("skipped: {msg}"));
                }
                out.write_all(&w.json)?;
            }
            Done::Failed(p, msg) => {
                summary.failed += 1;
                on_fault(&p, &msg);
            }
            Done::Io(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str) -> Record {
        let extractor = Extractor::new(crate::Rules::default_rules().unwrap());
        let text = "Acme Corp is in talks with Borealis Inc.";
        extractor.extract(&Article::from_text(id, "p.txt", text))
    }

    #[test]
    fn a_panic_becomes_an_error_message() {
        let r: Result<(), String> = guarded(|| panic!("boom"));
        assert_eq!(r.unwrap_err(), "internal error: boom");
    }

    #[test]
    fn an_oversized_record_becomes_an_error_record() {
        let w = serialise(record("a"), 100);
        let r: Record = serde_json::from_slice(&w.json).unwrap();
        assert_eq!(r.doc.id, "a");
        assert_eq!(r.diagnostics[0].code, "record-too-large");
        assert!(
            r.events.is_empty() && w.json.len() < 400,
            "{}",
            w.json.len()
        );
        assert_eq!(w.error.unwrap().0, "record-too-large");
        let w = serialise(record("a"), 1 << 20);
        assert_eq!(w.events, 1);
        assert!(w.json.ends_with(b"}\n"));
    }

    struct Failing;
    impl Write for Failing {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::other("disk full"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_stops_before_the_next_chunk() {
        let dir = std::env::temp_dir().join(format!("tieup-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        std::fs::write(&path, "Acme Corp is in talks with Borealis Inc.").unwrap();
        let inputs = (0..CHUNK * 3).map(|n| Input::File {
            path: path.clone(),
            id: format!("a{n}"),
            regular: true,
        });
        let extractor = Extractor::new(crate::Rules::default_rules().unwrap());
        let seen = std::sync::atomic::AtomicUsize::new(0);
        let on_record = |_: &Record| {
            seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(())
        };
        let options = Options::default();
        let r = run(
            &extractor,
            inputs,
            &options,
            &mut Failing,
            on_record,
            |_, _| {},
            |_, _| {},
        );
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(r.is_err());
        assert_eq!(seen.into_inner(), CHUNK);
    }

    #[test]
    fn repeated_ids_are_made_unique() {
        let file = |id: &str| Input::File {
            path: PathBuf::from(format!("{id}.txt")),
            id: id.to_string(),
            regular: false,
        };
        let mut chunk = vec![file("x"), file("x"), file("x~2"), file("x")];
        let mut notes = Vec::new();
        unique_ids(&mut chunk, &mut SeenIds::default(), &mut |_, m: &str| {
            notes.push(m.to_string())
        });
        let ids: Vec<_> = chunk
            .iter()
            .map(|i| match i {
                Input::File { id, .. } => id.as_str(),
                Input::Fault(..) => "",
            })
            .collect();
        assert_eq!(ids, ["x", "x~2", "x~2~2", "x~3"]);
        assert_eq!(notes.len(), 3);
    }
}
