//! Stage 1: read. Turns raw bytes into an [`Article`].
//!
//! Takes: a file's bytes (or a `--stdin` record's text). Gives: the article
//! text as UTF-8 with its id and path. Guarantees: never fails on content:
//! invalid UTF-8 is decoded lossily and noted in the diagnostics; a leading
//! byte-order mark is dropped (offsets count from the first byte after it).
//! Binary files (with NUL bytes) are refused with [`ReadError::Binary`].

use serde::Serialize;

/// A diagnostic attached to an article's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// `warning` (the article was processed) or `error` (it was skipped).
    pub level: &'static str,
    /// Stable kebab-case code.
    pub code: &'static str,
    /// Human-readable detail.
    pub message: String,
}

impl Diagnostic {
    /// A warning: the article was processed anyway.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            level: "warning",
            code,
            message: message.into(),
        }
    }
    /// An error: the article was skipped.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            level: "error",
            code,
            message: message.into(),
        }
    }
}

/// One news article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The id: the file stem, or the `id` of a `--stdin` record.
    pub id: String,
    /// The path as given (empty for `--stdin`).
    pub path: String,
    /// The text every offset refers to.
    pub text: String,
    /// Problems met while reading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why bytes could not become an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The bytes hold a NUL: a binary file.
    #[error("binary file (NUL byte at offset {0})")]
    Binary(usize),
}

impl Article {
    /// An article from text already in memory.
    pub fn from_text(
        id: impl Into<String>,
        path: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Article {
            id: id.into(),
            path: path.into(),
            text: text.into(),
            diagnostics: Vec::new(),
        }
    }

    /// Decodes raw bytes: BOM dropped, invalid UTF-8 replaced (and noted).
    pub fn from_bytes(
        id: impl Into<String>,
        path: impl Into<String>,
        bytes: &[u8],
    ) -> Result<Self, ReadError> {
        Self::from_vec(id, path, bytes.to_vec())
    }

    /// Like [`Article::from_bytes`], taking the buffer (no copy when it is
    /// valid UTF-8).
    pub fn from_vec(
        id: impl Into<String>,
        path: impl Into<String>,
        mut bytes: Vec<u8>,
    ) -> Result<Self, ReadError> {
        if bytes.contains(&0) {
            let pos = bytes.iter().position(|&b| b == 0).unwrap_or(0);
            return Err(ReadError::Binary(pos));
        }
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        let mut diagnostics = Vec::new();
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                diagnostics.push(Diagnostic::warning(
                    "invalid-utf8",
                    format!(
                        "invalid UTF-8 from byte {}: decoded lossily (U+FFFD replaces bad bytes)",
                        e.utf8_error().valid_up_to()
                    ),
                ));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        Ok(Article {
            id: id.into(),
            path: path.into(),
            text,
            diagnostics,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        let a = Article::from_bytes("x", "x.txt", b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(a.text, "Hello");
        assert!(a.diagnostics.is_empty());
    }

    #[test]
    fn invalid_utf8_is_lossy_and_noted() {
        let a = Article::from_bytes("x", "x.txt", b"Caf\xE9 Corp").unwrap();
        assert_eq!(a.text, "Caf\u{FFFD} Corp");
        assert_eq!(a.diagnostics[0].code, "invalid-utf8");
    }

    #[test]
    fn nul_means_binary() {
        assert_eq!(
            Article::from_bytes("x", "x", b"ab\0c").unwrap_err(),
            ReadError::Binary(2)
        );
    }
}
