//! The project holds no text copied from ../shared: every 8-word window of
//! the test articles (`tests/kinds/*.txt`), the rule files
//! (`rules/**/*.toml`) and the Rust sources (`src/**/*.rs`, line by line)
//! that also occurs in a corpus article (`../shared/corpora/**`) or a gold
//! record (`../shared/eval/dev*.gold.jsonl`) fails the test, unless it occurs
//! in 3 or more such documents: that is formulaic news wording ("said it
//! signed a letter of intent"), not a copy. Words are runs of ASCII letters
//! and digits, lower-cased; windows never cross a line of a project file.
//!
//! `scripts/copy-check.py` runs the same check over every project folder and
//! prints a report to reword from; its docstring lists the allowed
//! exceptions (lexicon `.txt` lists, the seeds' gold, vendored code, and the
//! cited paper title below). Skips, saying so, without ../shared/corpora.
//!
//! Speed: the project's windows are hashed into a set first, then the
//! corpora (about 120 MB) are streamed byte by byte with a rolling hash, so
//! no corpus text is held or allocated per word.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};

/// Window size in words.
const N: usize = 8;
/// A window found in this many distinct documents or more is formulaic.
const MIN_DOCS: usize = 3;
/// Gold files scanned beside the corpora (relative to ../shared).
const GOLD: &[&str] = &["eval/dev.gold.jsonl", "eval/dev2.gold.jsonl"];
/// Windows allowed in one file: (file, words the window lies within).
const EXEMPT: &[(&str, &str)] = &[(
    // Kohlschütter et al., WSDM 2010: a citation, not copied prose.
    "src/pipeline/clean/features.rs",
    "boilerplate detection using shallow text features wsdm 2010",
)];

/// FNV-1a offset basis and prime: one word's hash is built byte by byte.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Base of the rolling window hash: sum of word hashes times BASE^position.
const BASE: u64 = 0x9e37_79b9_7f4a_7c15;

/// The keys are hashes already: the set uses them as they are.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Fast = BuildHasherDefault<Identity>;

/// Rolling hash over the last `N` words of a byte stream.
struct Windows {
    words: [u64; N],
    seen: usize,
    hash: u64,
    word: Option<u64>,
    /// BASE^(N-1): the weight of the word leaving the window.
    top: u64,
}

impl Windows {
    fn new() -> Self {
        let top = (1..N).fold(1u64, |p, _| p.wrapping_mul(BASE));
        Windows {
            words: [0; N],
            seen: 0,
            hash: 0,
            word: None,
            top,
        }
    }

    /// Feeds one byte; returns the window hash when a word ends that
    /// completes a window of `N` words.
    fn byte(&mut self, b: u8) -> Option<u64> {
        if b.is_ascii_alphanumeric() {
            let h = self.word.unwrap_or(FNV_OFFSET);
            self.word = Some((h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME));
            return None;
        }
        let w = self.word.take()?;
        let slot = self.seen % N;
        let old = self.words[slot];
        self.words[slot] = w;
        self.seen += 1;
        self.hash = self
            .hash
            .wrapping_sub(old.wrapping_mul(self.top))
            .wrapping_mul(BASE)
            .wrapping_add(w);
        (self.seen >= N).then_some(self.hash)
    }

    /// Ends the stream: the last word's window, if any.
    fn finish(&mut self) -> Option<u64> {
        self.byte(b' ')
    }
}

/// Every window hash of `text` (one stream), in order.
fn window_hashes(text: &[u8]) -> Vec<u64> {
    let mut w = Windows::new();
    let mut out: Vec<u64> = text.iter().filter_map(|&b| w.byte(b)).collect();
    out.extend(w.finish());
    out
}

/// Lower-cased words of `line`, as the hashes see them.
fn words(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Files under `dir` (recursively) whose name ends in `ext`, sorted.
fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.to_string_lossy().ends_with(ext) {
            out.push(p);
        }
    }
}

/// A project window: where it stands and its words.
struct Place {
    file: String,
    line: usize,
    text: String,
}

/// Every window of the checked project files: hash -> places.
fn project_windows(root: &Path) -> HashMap<u64, Vec<Place>, Fast> {
    let mut paths = Vec::new();
    files(&root.join("tests/kinds"), ".txt", &mut paths);
    files(&root.join("rules"), ".toml", &mut paths);
    files(&root.join("src"), ".rs", &mut paths);
    let mut out: HashMap<u64, Vec<Place>, Fast> = HashMap::default();
    for path in paths {
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate() {
            let ws = words(line);
            for (k, h) in window_hashes(line.as_bytes()).into_iter().enumerate() {
                let text = ws[k..k + N].join(" ");
                if EXEMPT.iter().any(|(f, e)| *f == name && e.contains(&text)) {
                    continue;
                }
                out.entry(h).or_default().push(Place {
                    file: name.clone(),
                    line: i + 1,
                    text,
                });
            }
        }
    }
    out
}

/// The documents of ../shared each project window occurs in: hash ->
/// distinct document names (corpus paths, `GOLD-FILE:LINE`).
fn shared_hits(shared: &Path, wanted: &HashSet<u64, Fast>) -> HashMap<u64, Vec<String>, Fast> {
    let mut hits: HashMap<u64, Vec<String>, Fast> = HashMap::default();
    let mut note = |h: u64, doc: &dyn Fn() -> String| {
        if wanted.contains(&h) {
            let docs = hits.entry(h).or_default();
            let name = doc();
            if docs.last() != Some(&name) {
                docs.push(name);
            }
        }
    };
    let mut corpus = Vec::new();
    files(&shared.join("corpora"), "", &mut corpus);
    for path in corpus {
        let bytes = std::fs::read(&path).unwrap();
        let doc = || {
            path.strip_prefix(shared)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        };
        let mut w = Windows::new();
        for &b in &bytes {
            if let Some(h) = w.byte(b) {
                note(h, &doc);
            }
        }
        if let Some(h) = w.finish() {
            note(h, &doc);
        }
    }
    for gold in GOLD {
        let Ok(text) = std::fs::read_to_string(shared.join(gold)) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            for h in window_hashes(line.as_bytes()) {
                note(h, &|| format!("{gold}:{}", i + 1));
            }
        }
    }
    hits
}

#[test]
fn no_project_text_is_copied_from_the_shared_corpora_or_gold() {
    let Some(corpora) = common::shared_or_skip("corpora", "no_copied_text") else {
        return;
    };
    let shared = corpora.parent().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let started = std::time::Instant::now();
    let project = project_windows(root);
    let wanted: HashSet<u64, Fast> = project.keys().copied().collect();
    let hits = shared_hits(shared, &wanted);
    // One entry a project line: its window found in the fewest documents.
    let mut by_line: BTreeMap<(&str, usize), (usize, String)> = BTreeMap::new();
    for (h, docs) in hits.iter().filter(|(_, docs)| docs.len() < MIN_DOCS) {
        for p in &project[h] {
            let entry = (
                docs.len(),
                format!("{} docs ({}): {}", docs.len(), docs[0], p.text),
            );
            let slot = by_line.entry((&p.file, p.line)).or_insert(entry.clone());
            if entry.0 < slot.0 {
                *slot = entry;
            }
        }
    }
    let copied: Vec<String> = by_line
        .into_iter()
        .map(|((file, line), (_, what))| format!("{file}:{line}: {what}"))
        .collect();
    eprintln!(
        "no_copied_text: {} project windows of {N} words, {} found in ../shared, {:.1} s",
        wanted.len(),
        hits.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        copied.is_empty(),
        "{} project lines hold an {N}-word window from fewer than {MIN_DOCS} ../shared \
         documents: reword them in your own words with invented names \
         (scripts/copy-check.py lists every match):\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn window_hashes_match_the_words_of_a_line() {
    let line = "Acme Corp, said: it inked a pact of intent (to buy)";
    let ws = words(line);
    let hashes = window_hashes(line.as_bytes());
    assert_eq!(hashes.len(), ws.len() - N + 1);
    // The same words with other punctuation and case hash the same.
    let same = window_hashes(b"ACME corp said it -- inked a pact OF intent to buy\n");
    assert_eq!(hashes, same);
    // Each rolled window equals the hash of its words alone.
    assert_eq!(
        hashes[0],
        window_hashes(b"acme corp said it inked a pact of")[0]
    );
    assert_eq!(
        hashes[1],
        window_hashes(b"corp said it inked a pact of intent")[0]
    );
    // Other words hash otherwise.
    assert_ne!(
        hashes[0],
        window_hashes(b"acme corp said it inked a deal of")[0]
    );
    assert_ne!(hashes[0], hashes[1]);
}
