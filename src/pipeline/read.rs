//! Stage 1: read. Turns raw bytes into an [`Article`].
//!
//! Takes: a file's bytes (or a `--stdin` record's text). Gives: the article
//! text as UTF-8 with its id and path. Guarantees: never fails on content:
//! invalid UTF-8 is decoded lossily and noted in the diagnostics; a leading
//! byte-order mark is dropped (offsets count from the first byte after it).
//! Binary files (with NUL bytes) are refused with [`ReadError::Binary`].
//!
//! [`View`] is the text every later stage matches on: typographic variants
//! folded to one form (curly apostrophes and quotes, no-break and thin
//! spaces, en dashes and non-breaking hyphens, soft hyphens and zero-width
//! marks, decomposed accents), so that one text gives one answer whatever
//! its typography. Its offset map takes view offsets back to the original
//! text, which output offsets always slice.

use std::borrow::Cow;

use serde::Serialize;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

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

/// The matching view of a text: the text with typographic variants folded
/// to one form, and the map from its byte offsets to the original's.
///
/// Folded: `‘ ’ ʼ ′` to `'`; `“ ” „ ″` to `"`; no-break, thin and other
/// fixed-width spaces to a space; en dashes, figure dashes, minus signs and
/// (non-breaking) hyphens to `-`; soft hyphens, zero-width spaces and joiners
/// dropped, and so are U+FFFD replacement characters (invalid UTF-8
/// decoded lossily) that are not inside a word; decomposed accents composed (Unicode NFC). Line breaks are kept
/// (layout reads them); the look-up reads any white-space run as one space.
/// An ASCII text, or one with nothing to fold, is borrowed, not copied.
#[derive(Debug, Clone)]
pub struct View<'a> {
    text: Cow<'a, str>,
    /// Segments in text order: (view start, original start, folded). A
    /// folded segment is one replaced run; the others are copied unchanged.
    segments: Vec<(usize, usize, bool)>,
    original_len: usize,
}

impl<'a> View<'a> {
    /// The view of `original` (linear in its length).
    pub fn new(original: &'a str) -> Self {
        let unchanged = View {
            text: Cow::Borrowed(original),
            segments: Vec::new(),
            original_len: original.len(),
        };
        if original.is_ascii() {
            return unchanged;
        }
        let mut b = Builder::fold_all(original);
        if b.segments.is_empty() {
            return unchanged;
        }
        b.out.push_str(&original[b.copied..]);
        View {
            text: Cow::Owned(b.out),
            segments: b.segments,
            original_len: original.len(),
        }
    }

    /// The folded text (view offsets index it).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the view differs from the original.
    pub fn is_folded(&self) -> bool {
        !self.segments.is_empty()
    }

    /// The original offset of view offset `v` taken as a start: a folded run
    /// starts where its original starts, a dropped mark is skipped.
    pub fn start(&self, v: usize) -> usize {
        let n = self.segments.partition_point(|s| s.0 <= v);
        match n.checked_sub(1).map(|k| self.segments[k]) {
            None => v,
            Some((_, os, true)) => os,
            Some((vs, os, false)) => os + (v - vs),
        }
    }

    /// The original offset of view offset `v` taken as an (exclusive) end: a
    /// folded run ends where its original ends, a dropped mark is left out.
    pub fn end(&self, v: usize) -> usize {
        let n = self.segments.partition_point(|s| s.0 < v);
        match n.checked_sub(1).map(|k| self.segments[k]) {
            None => v,
            Some((_, os, true)) => os + self.folded_len(n - 1),
            Some((vs, os, false)) => os + (v - vs),
        }
    }

    /// Length in the original of segment `k`.
    fn folded_len(&self, k: usize) -> usize {
        let next = self.segments.get(k + 1).map_or(self.original_len, |s| s.1);
        next - self.segments[k].1
    }
}

/// Builds a view's text and segments.
#[derive(Default)]
struct Builder {
    out: String,
    segments: Vec<(usize, usize, bool)>,
    /// Original bytes up to here are in `out`.
    copied: usize,
}

impl Builder {
    /// The folded text of non-ASCII `original` so far as it changes: every
    /// typographic variant folded, every U+FFFD outside a word dropped, and
    /// every starter with its marks composed (NFC) where needed. Its
    /// `segments` are empty when nothing changed; `out` then lacks the rest
    /// of `original` after `copied`.
    fn fold_all(original: &str) -> Builder {
        let compose = may_need_composing(original);
        let mut b = Builder::default();
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < original.len() {
            // An ASCII character followed by an ASCII byte changes nothing:
            // none folds, none is U+FFFD or a mark, and a starter with no
            // mark after it is composed already. So a run of them is
            // stepped over, up to its last character, which a mark may follow.
            let ascii = bytes[i..].iter().take_while(|b| b.is_ascii()).count();
            if i + ascii == bytes.len() {
                break;
            }
            i += ascii.saturating_sub(1);
            i = b.fold_char(original, i, compose);
        }
        b
    }

    /// Folds or drops the character at byte `i` of `original`, or (when
    /// `compose`) composes it with the marks after it; returns the byte
    /// offset after what it read.
    fn fold_char(&mut self, original: &str, i: usize, compose: bool) -> usize {
        let c = original[i..].chars().next().expect("i is a char boundary");
        let next = i + c.len_utf8();
        if let Some(folded) = fold(c) {
            self.replace(original, i, next, folded);
            return next;
        }
        if c == '\u{FFFD}' && !inside_word(original, i) {
            self.replace(original, i, next, "");
            return next;
        }
        if !compose || is_mark(c) {
            return next;
        }
        // A starter and the marks after it: compose them if needed.
        let mut j = next;
        while let Some(m) = original[j..].chars().next().filter(|&m| is_mark(m)) {
            j += m.len_utf8();
        }
        let run = &original[i..j];
        if is_nfc_quick(run.chars()) != IsNormalized::Yes {
            let composed: String = run.nfc().collect();
            if composed != run {
                self.replace(original, i, j, &composed);
            }
        }
        j
    }

    /// Replaces `original[from..to]` by `with`.
    fn replace(&mut self, original: &str, from: usize, to: usize, with: &str) {
        if self.out.capacity() == 0 {
            self.out.reserve(original.len());
        }
        if self.segments.is_empty() && from > 0 {
            self.segments.push((0, 0, false));
        }
        self.out.push_str(&original[self.copied..from]);
        self.segments.push((self.out.len(), from, true));
        self.out.push_str(with);
        self.segments.push((self.out.len(), to, false));
        self.copied = to;
    }
}

/// The folded form of a typographic variant, if `c` is one.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => "\"",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' | '\u{FE63}'
        | '\u{FF0D}' => "-",
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        _ => return None,
    })
}

/// Whether the character at `i` (one of `text`'s) has a letter or digit on
/// both sides. A U+FFFD between letters stood for a letter or an apostrophe
/// ("Michigan\u{FFFD}s") and is kept as a word break; elsewhere it stands for
/// no word and is dropped, so "Acme Corp \u{FFFD} agreed" reads as a clause.
fn inside_word(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i..].chars().nth(1);
    [before, after]
        .iter()
        .all(|c| c.is_some_and(char::is_alphanumeric))
}

/// Whether `text` may not be in NFC: `is_nfc_quick` is not `Yes` for some
/// run of its non-ASCII chars. The quick check starts afresh after an ASCII
/// char (a starter NFC allows), so the runs between ASCII bytes tell what
/// the whole text does, and the ASCII bytes, most of a news text, are
/// skipped without decoding.
fn may_need_composing(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(start) = bytes[i..].iter().position(|b| !b.is_ascii()) {
        let start = i + start;
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |p| start + p);
        if is_nfc_quick(text[start..end].chars()) != IsNormalized::Yes {
            return true;
        }
        i = end;
    }
    false
}

/// A combining mark (a non-starter): it composes with the letter before it.
fn is_mark(c: char) -> bool {
    !c.is_ascii() && unicode_normalization::char::canonical_combining_class(c) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composing_is_needed_as_the_whole_text_quick_check_says() {
        let texts = [
            "",
            "plain ASCII",
            "caf\u{e9} na\u{ef}ve",
            "cafe\u{301} au lait",
            "e\u{301}",
            "\u{301}e",
            "x\u{323}\u{301} y",
            "x\u{301}\u{323} y",
            "a \u{301}\u{323}b",
            "\u{212B}ngstr\u{f6}m",
            "\u{1100}\u{1161} ok",
            "\u{e9}\u{e8}\u{301}",
            "ok \u{2014} \u{201c}quoted\u{201d}",
        ];
        for t in texts {
            let whole = is_nfc_quick(t.chars()) != IsNormalized::Yes;
            assert_eq!(may_need_composing(t), whole, "{t:?}");
        }
    }

    /// `original` reads as `folded`, and each of `words` (found in the
    /// folded text) maps back to original bytes that fold to it again.
    fn folds_to(original: &str, folded: &str, words: &[&str]) {
        let v = View::new(original);
        assert_eq!(v.text(), folded);
        for w in words {
            let piece = source_of(original, w);
            assert_eq!(View::new(piece).text(), *w, "{original:?}");
        }
    }

    /// The original bytes behind the first `folded` piece of the folded text.
    fn source_of<'t>(original: &'t str, folded: &str) -> &'t str {
        let v = View::new(original);
        let at = v
            .text()
            .find(folded)
            .unwrap_or_else(|| panic!("{folded} in {:?}", v.text()));
        &original[v.start(at)..v.end(at + folded.len())]
    }

    #[test]
    fn typography_folds_to_one_form() {
        let t = "Sainsbury\u{2019}s and \u{201C}Acme\u{00A0}Corp\u{201D} \u{2013} Baxter\u{2013}Lund, Kow\u{00AD}alczyk";
        let words = [
            "Sainsbury's",
            "Acme Corp",
            "Baxter-Lund",
            "Kowalczyk",
            "and",
        ];
        folds_to(
            t,
            "Sainsbury's and \"Acme Corp\" - Baxter-Lund, Kowalczyk",
            &words,
        );
        // A dropped soft hyphen stays outside a slice that ends or starts at it.
        assert_eq!(source_of(t, "Kow"), "Kow");
    }

    #[test]
    fn decomposed_accents_are_composed() {
        let t = "Ame\u{0301}lie Dupre\u{0301} of Soci\u{00E9}t\u{00E9} G\u{00E9}n\u{00E9}rale";
        let folded = "Am\u{00E9}lie Dupr\u{00E9} of Soci\u{00E9}t\u{00E9} G\u{00E9}n\u{00E9}rale";
        folds_to(t, folded, &["Am\u{00E9}lie", "G\u{00E9}n\u{00E9}rale"]);
        assert_eq!(source_of(t, "Dupr\u{00E9}"), "Dupre\u{0301}");
    }

    #[test]
    fn replacement_characters_stand_for_no_word() {
        let t = "Acme Corp \u{FFFD}\u{FFFD} agreed; Soci\u{FFFD}t\u{FFFD} Nord";
        folds_to(
            t,
            "Acme Corp  agreed; Soci\u{FFFD}t Nord",
            &["Corp", "agreed;"],
        );
        assert_eq!(source_of(t, "t Nord"), "t\u{FFFD} Nord");
    }

    #[test]
    fn plain_text_is_borrowed() {
        let v = View::new("Acme Corp, caf\u{00E9}");
        assert!(!v.is_folded());
        assert_eq!((v.start(3), v.end(7)), (3, 7));
    }

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
