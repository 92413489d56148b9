//! Locations in rule files: 1-based line and column of an item, a key, or
//! a parse error.

use std::collections::HashMap;

use serde::Deserialize;

/// One `[[key]]` item of a TOML file: its header line and the next one.
pub(super) struct ItemAt<'a> {
    pub(super) file: &'a str,
    pub(super) text: &'a str,
    pub(super) line: usize,
    pub(super) next: usize,
}

impl ItemAt<'_> {
    pub(super) fn key_line(&self, key: &str) -> Option<usize> {
        key_line(self.text, key, self.line, self.next)
    }
}

/// Where a typed parse of one `[[key]]` item fails, as a (line, column) of
/// its file: the item's lines are parsed alone, as a one-item document.
pub(super) fn locate_item_error<T: for<'de> Deserialize<'de>>(
    at: &ItemAt<'_>,
) -> Option<(usize, usize)> {
    let first = at.line.checked_sub(1)?;
    let lines: Vec<&str> = at
        .text
        .lines()
        .skip(first)
        .take(at.next.saturating_sub(at.line))
        .collect();
    let item = lines.join("\n");
    let err = toml::from_str::<HashMap<String, Vec<T>>>(&item).err()?;
    let span = err.span()?;
    let (line, col) = line_col(&item, span.start);
    Some((first + line, col))
}

/// 1-based (line, column) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

/// Lines (1-based) of every `[[key]]` header.
pub(super) fn header_lines(text: &str, key: &str) -> Vec<usize> {
    let header = format!("[[{key}]]");
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .map(|(i, _)| i + 1)
        .collect()
}

/// Line of `key =` between two lines (inclusive, exclusive).
pub(super) fn key_line(text: &str, key: &str, from: usize, to: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .take_while(|(i, _)| i + 1 < to)
        .find(|(_, l)| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }
}
