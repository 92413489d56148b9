//! Walking the inputs of a batch: files as named, folders recursively, each
//! file with its record id.
//!
//! Ids: a file named on the command line gets its stem (`dir/a.txt` → `a`);
//! a file found in a folder gets its path relative to that folder, `/`
//! between components, without a final `.txt` (`dup/` holding `a/x.txt`
//! and `b/x.txt` gives `a/x` and `b/x`). Special files (FIFOs, sockets,
//! devices) found in a folder are reported, never opened: only a special
//! file named on the command line is read (see [`super::read_special`]).

use std::path::{Path, PathBuf};

/// One input of a batch: a file to read, or a problem found while walking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file (or a special file named on the command line) and its id.
    /// Made outside this crate with [`Input::file`] only (the variant is
    /// `#[non_exhaustive]`): `regular` is the walk's to set, since a file
    /// said to be regular is opened without the special-file check.
    #[non_exhaustive]
    File {
        /// The path to read.
        path: PathBuf,
        /// The record id.
        id: String,
        /// Whether the walk found a regular file there (every file found
        /// in a folder, a named path whose metadata said so): read without
        /// asking the file system for its type again. False for a special
        /// file named on the command line, or when not known.
        regular: bool,
    },
    /// A path that could not be walked or will not be read, and why.
    Fault(PathBuf, String),
}

impl Input {
    /// A file to read at `path`, its record `id`; its type is asked of the
    /// file system when it is processed (a FIFO or device is read with a
    /// timeout, never opened as a regular file).
    pub fn file(path: impl Into<PathBuf>, id: impl Into<String>) -> Input {
        Input::File {
            path: path.into(),
            id: id.into(),
            regular: false,
        }
    }
}

/// Matches a file name against a simple glob (`*` and `?`).
pub fn glob_match(pattern: &str, name: &str) -> bool {
    if pattern.is_ascii() && name.is_ascii() {
        // One char a byte: no copy of either into chars.
        return glob_match_in(pattern.as_bytes(), name.as_bytes(), b'?', b'*');
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_match_in(&p, &n, '?', '*')
}

/// [`glob_match`] over the chars `p` of the pattern and `n` of the name.
fn glob_match_in<T: Copy + PartialEq>(p: &[T], n: &[T], any: T, many: T) -> bool {
    let (mut pi, mut ni, mut star, mut mark) = (0, 0, None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == any || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == many {
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
    p[pi..].iter().all(|&c| c == many)
}

/// The id of a file named on the command line: its stem.
pub fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The id of a file found under the folder `root`: its relative path with
/// `/` between components and a final `.txt` removed.
pub fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let joined = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    match joined.strip_suffix(".txt") {
        Some(s) if !s.is_empty() && !s.ends_with('/') => s.to_string(),
        _ => joined,
    }
}

/// What kind of special file a file type is, for messages.
fn special_kind(t: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// Walks `paths` lazily: files as given, folders recursively (sorted by
/// name, symlinks followed, loops reported), keeping names matching `glob`.
/// Special files matching `glob` inside a folder become a [`Input::Fault`].
pub fn walk<'a>(paths: &'a [PathBuf], glob: &'a str) -> impl Iterator<Item = Input> + 'a {
    let mut sorted: Vec<&PathBuf> = paths.iter().collect();
    sorted.sort();
    sorted
        .into_iter()
        .flat_map(move |p| -> Box<dyn Iterator<Item = Input>> {
            match std::fs::metadata(p) {
                Err(e) => Box::new(std::iter::once(Input::Fault(p.clone(), e.to_string()))),
                Ok(m) if m.is_dir() => Box::new(walk_dir(p, glob)),
                Ok(m) => Box::new(std::iter::once(Input::File {
                    path: p.clone(),
                    id: file_id(p),
                    regular: m.is_file(),
                })),
            }
        })
}

/// The files under the folder `root` (see [`walk`]).
fn walk_dir<'a>(root: &'a Path, glob: &'a str) -> impl Iterator<Item = Input> + 'a {
    walkdir::WalkDir::new(root)
        .follow_links(true)
        // By file name: the entries of one folder share their parent path,
        // so their whole paths compare as their names do, without the
        // component parsing `file_name()` costs at each comparison (about
        // a thousand instructions a comparison: a sort of a 19,000-file
        // folder took 340 M).
        .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
        .into_iter()
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_dir() => None,
            Ok(e) => {
                let name = e.file_name().to_string_lossy();
                if !glob_match(glob, &name) {
                    return None;
                }
                if e.file_type().is_file() {
                    let id = relative_id(root, e.path());
                    return Some(Input::File {
                        path: e.into_path(),
                        id,
                        regular: true,
                    });
                }
                let kind = special_kind(e.file_type());
                Some(Input::Fault(
                    e.into_path(),
                    format!(
                        "{kind}, not read inside a folder (name it on the command line to read it)"
                    ),
                ))
            }
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.to_path_buf());
                let msg = match e.io_error() {
                    Some(io) => io.to_string(),
                    None => e.to_string(),
                };
                Some(Input::Fault(path, msg))
            }
        })
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
        // `?` is one char, also a non-ASCII one (the name is read by chars).
        assert!(glob_match("caf?.txt", "caf\u{e9}.txt"));
        assert!(!glob_match("caf??.txt", "caf\u{e9}.txt"));
        assert!(glob_match("\u{e9}*", "\u{e9}t\u{e9}.txt"));
        assert!(!glob_match("*.txt", "a.tx"));
        assert!(glob_match("a*b*c", "aXbYbc"));
    }

    #[test]
    fn ids_are_relative_paths_without_txt() {
        let root = Path::new("dup");
        assert_eq!(relative_id(root, Path::new("dup/a/x.txt")), "a/x");
        assert_eq!(relative_id(root, Path::new("dup/x.txt")), "x");
        assert_eq!(relative_id(root, Path::new("dup/x.md")), "x.md");
        assert_eq!(relative_id(root, Path::new("dup/.txt")), ".txt");
        assert_eq!(file_id(Path::new("dup/a/x.txt")), "x");
    }

    #[test]
    fn folders_are_walked_in_file_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in ["ab.txt", "a.txt", "B.txt", "a-b.txt", "a0.txt"] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        std::fs::create_dir(root.join("a")).unwrap();
        std::fs::write(root.join("a/z.txt"), "x").unwrap();
        std::fs::write(root.join("a/y.txt"), "x").unwrap();
        let ids: Vec<String> = walk(&[root.to_path_buf()], "*.txt")
            .map(|i| match i {
                Input::File { id, .. } => id,
                Input::Fault(p, m) => panic!("{p:?}: {m}"),
            })
            .collect();
        // Byte order of the names: "B" < "a" < "a-b" < "a.txt" < "a0" < "ab".
        assert_eq!(ids, ["B", "a/y", "a/z", "a-b", "a", "a0", "ab"]);
    }
}
