//! Locations in rule files: 1-based line and column of an item, a key, or
//! a typed-parse error, all taken from the TOML parser's spans (byte
//! offsets of every key and value in the file), never from counting lines
//! that look like headers: a header with a comment after it, spaces inside
//! its brackets or a header-like line inside a multi-line string moves
//! nothing.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeValue, ValueDeserializer};

/// Where the lines of a text start: (line, column) of a byte offset in
/// O(log lines), so that locating every item of a large file stays linear.
pub(super) struct Lines {
    starts: Vec<usize>,
    len: usize,
}

impl Lines {
    pub(super) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Lines {
            starts,
            len: text.len(),
        }
    }

    /// 1-based (line, column in bytes) of byte `offset`; the same as
    /// [`line_col`].
    pub(super) fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.len);
        let line = self.starts.partition_point(|&s| s <= offset);
        (line, offset - self.starts[line - 1] + 1)
    }
}

/// One `[[key]]` item of a TOML file, as parsed, with its file's lines.
pub(super) struct ItemAt<'a> {
    pub(super) file: &'a str,
    pub(super) text: &'a str,
    /// Line of the item's `[[key]]` header (the start of its span).
    pub(super) line: usize,
    item: &'a Spanned<DeValue<'a>>,
    lines: &'a Lines,
}

impl<'a> ItemAt<'a> {
    pub(super) fn new(
        file: &'a str,
        text: &'a str,
        item: &'a Spanned<DeValue<'a>>,
        lines: &'a Lines,
    ) -> Self {
        ItemAt {
            file,
            text,
            line: lines.line_col(item.span().start).0,
            item,
            lines,
        }
    }

    /// Line of the item's key `key`, if it has one.
    pub(super) fn key_line(&self, key: &str) -> Option<usize> {
        let (k, _) = self.item.get_ref().as_table()?.get_key_value(key)?;
        Some(self.lines.line_col(k.span().start).0)
    }

    /// 1-based (line, column) where each value of the item's array key
    /// `key` opens (a string's opening quote), in order; empty when the key
    /// is missing or holds no array.
    pub(super) fn array_places(&self, key: &str) -> Vec<(usize, usize)> {
        let Some(table) = self.item.get_ref().as_table() else {
            return Vec::new();
        };
        let Some(array) = table.get(key).and_then(|v| v.get_ref().as_array()) else {
            return Vec::new();
        };
        array
            .iter()
            .map(|v| self.lines.line_col(v.span().start))
            .collect()
    }
}

/// Where a typed parse of one `[[key]]` item fails, as a (line, column) of
/// its file: the item is deserialized again from its spanned form, whose
/// errors carry the span of the offending key or value.
pub(super) fn locate_item_error<T: for<'de> Deserialize<'de>>(
    at: &ItemAt<'_>,
) -> Option<(usize, usize)> {
    let err = T::deserialize(ValueDeserializer::from(at.item.clone())).err()?;
    let span = err.span()?;
    Some(at.lines.line_col(span.start))
}

/// 1-based (line, column) of a byte offset; the column counts bytes.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    line_col_bytes(text.as_bytes(), offset)
}

/// 1-based (line, column in bytes) of a byte offset into bytes that need
/// not be UTF-8 (a rule file's first invalid byte).
pub fn line_col_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn lines_agree_with_line_col() {
        let text = "ab\n\ncd\ne";
        let lines = Lines::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(lines.line_col(offset), line_col(text, offset), "{offset}");
        }
    }
}
