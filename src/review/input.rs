//! Reading the JSON Lines inputs of the review tools: extraction records
//! ([`Record`](crate::Record), read by `eval`, `diff`, `graph` and `report`)
//! and gold annotations ([`Gold`](super::eval::Gold), read by `eval`).
//!
//! Takes: any [`BufRead`] (a file, stdin) or a whole text. Gives: one value
//! a line, with its 1-based line number. Guarantees: a UTF-8 byte-order
//! mark at the start of a line is dropped (editors write one at the start
//! of a file; files joined with `cat` may hold one per part); blank lines
//! are skipped; a line that is not UTF-8 or not one JSON value of the
//! expected shape gives [`ReadError::Json`] with its line number and a
//! one-line message saying what is wrong and at which column (bytes, 1-based);
//! only one line is held in memory at a time.
//!
//! ```
//! use tieup::review::input::JsonLines;
//! let text = "\u{feff}{\"doc\":{\"id\":\"a\"}}\n\n{\"doc\":{\"id\":\"b\"}}{\"doc\":{\"id\":\"c\"}}\n";
//! let mut lines = JsonLines::<_, tieup::Record>::new(text.as_bytes());
//! assert_eq!(lines.next().unwrap().unwrap().doc.id, "a");
//! let err = lines.next().unwrap().unwrap_err();
//! assert_eq!(err.in_file("out.jsonl"), "out.jsonl:3: more text after the end of the JSON value, \
//! at column 19 (two values on one line?)");
//! ```

use std::io::{self, BufRead};
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde_json::error::Category;

/// Errors reading a JSON Lines input.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The input could not be read.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// A line is not a value of the expected shape.
    #[error("line {line}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// What is wrong, in one line.
        message: String,
    },
}

impl ReadError {
    /// The error as one message line about `file`: `file:line: what` for a
    /// bad line, `file: error` when the input could not be read.
    pub fn in_file(&self, file: &str) -> String {
        match self {
            ReadError::Io(e) => format!("{file}: {e}"),
            ReadError::Json { line, message } => format!("{file}:{line}: {message}"),
        }
    }
}

/// The values of a JSON Lines reader, one a non-blank line, each with the
/// guarantees of this module.
#[derive(Debug)]
pub struct JsonLines<R, T> {
    reader: R,
    line: usize,
    buf: Vec<u8>,
    of: PhantomData<fn() -> T>,
}

impl<R: BufRead, T: DeserializeOwned> JsonLines<R, T> {
    /// Reads values of type `T` from `reader`.
    pub fn new(reader: R) -> Self {
        JsonLines {
            reader,
            line: 0,
            buf: Vec::new(),
            of: PhantomData,
        }
    }

    /// The 1-based number of the last line read (0 before the first).
    pub fn line(&self) -> usize {
        self.line
    }
}

impl<R: BufRead, T: DeserializeOwned> Iterator for JsonLines<R, T> {
    type Item = Result<T, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => self.line += 1,
                Err(e) => return Some(Err(e.into())),
            }
            let text = match std::str::from_utf8(&self.buf) {
                Ok(text) => text,
                Err(e) => return Some(Err(not_utf8(self.line, &e))),
            };
            if let Some(value) = parse_line(text, self.line).transpose() {
                return Some(value);
            }
        }
    }
}

/// Every value of a JSON Lines text, or the first bad line's error.
pub fn parse_str<T: DeserializeOwned>(text: &str) -> Result<Vec<T>, ReadError> {
    JsonLines::new(text.as_bytes()).collect()
}

/// Line `number` (1-based) of a JSON Lines input: `None` when blank, the
/// value after a leading byte-order mark, or a one-line error.
pub fn parse_line<T: DeserializeOwned>(line: &str, number: usize) -> Result<Option<T>, ReadError> {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    if line.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str(line)
        .map(Some)
        .map_err(|e| ReadError::Json {
            line: number,
            message: describe(&e, line),
        })
}

/// What a JSON error on `line` says, in one line, with the column (bytes,
/// 1-based) but without serde_json's "at line 1" (each line is parsed
/// alone). serde_json calls both a second value on the line and an extra
/// item in a fixed-length array (an event with three `parties`) "trailing
/// characters"; the line is parsed once more, as any JSON, to tell them apart.
fn describe(e: &serde_json::Error, line: &str) -> String {
    let full = e.to_string();
    let bare = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m);
    let column = e.column();
    match e.classify() {
        Category::Eof => {
            format!("the line ends inside a JSON value, at column {column} (cut short?)")
        }
        Category::Syntax if bare == "trailing characters" => {
            if serde_json::from_str::<serde::de::IgnoredAny>(line).is_ok() {
                format!(
                    "an array has more items than its place allows, at column {column} \
                     (an event's `parties` holds exactly two names)"
                )
            } else {
                format!(
                    "more text after the end of the JSON value, at column {column} (two values on one line?)"
                )
            }
        }
        Category::Syntax => format!("not valid JSON at column {column}: {bare}"),
        Category::Data => format!("not the expected shape at column {column}: {bare}"),
        Category::Io => bare.to_string(),
    }
}

/// A line that is not UTF-8, with the column of its first bad byte.
fn not_utf8(line: usize, e: &std::str::Utf8Error) -> ReadError {
    ReadError::Json {
        line,
        message: format!("not UTF-8 text at column {}", e.valid_up_to() + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Record;

    fn read(text: &[u8]) -> Vec<Result<Record, String>> {
        JsonLines::new(text)
            .map(|r: Result<Record, ReadError>| r.map_err(|e| e.in_file("f.jsonl")))
            .collect()
    }

    #[test]
    fn three_parties_are_not_called_two_values() {
        let three = br#"{"doc":{"id":"a"},"events":[{"type":"partnership","status":"talks","parties":["A","B","C"],"evidence":[]}]}"#;
        let got = read(three);
        let err = got[0].as_ref().unwrap_err();
        assert!(err.contains("exactly two names"), "{err}");
        let two_values = read(br#"{"doc":{"id":"a"}} {"doc":{"id":"b"}}"#);
        let err = two_values[0].as_ref().unwrap_err();
        assert!(err.contains("two values on one line"), "{err}");
    }

    #[test]
    fn a_byte_order_mark_and_blank_lines_are_skipped() {
        let got = read(b"\xef\xbb\xbf{\"doc\":{\"id\":\"a\"}}\r\n \n{\"doc\":{\"id\":\"b\"}}");
        let ids: Vec<String> = got.into_iter().map(|r| r.unwrap().doc.id).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn each_kind_of_bad_line_is_said_in_one_line() {
        let cases: [(&[u8], &str); 5] = [
            (
                b"{\"doc\":{\"id\":\"a\"}} {\"doc\"",
                "f.jsonl:1: more text after the end of the JSON value, at column 20 (two values on one line?)",
            ),
            (
                b"{\"doc\":{\"id\":\"a\"",
                "f.jsonl:1: the line ends inside a JSON value, at column 16 (cut short?)",
            ),
            (
                b"{\"doc\": ?}",
                "f.jsonl:1: not valid JSON at column 9: expected value",
            ),
            (
                b"{\"doc\": 1}",
                "f.jsonl:1: not the expected shape at column 9: invalid type: integer `1`, expected struct DocInfo",
            ),
            (b"{\"doc\xff\":1}", "f.jsonl:1: not UTF-8 text at column 6"),
        ];
        for (text, want) in cases {
            let got = read(text);
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].as_ref().unwrap_err(), want);
        }
    }

    #[test]
    fn the_line_number_counts_blank_lines() {
        let got = read(b"\n{\"doc\":{\"id\":\"a\"}}\n\n{}\n");
        assert!(got[0].is_ok());
        assert_eq!(
            got[1].as_ref().unwrap_err(),
            "f.jsonl:4: not the expected shape at column 2: missing field `doc`"
        );
    }

    #[test]
    fn io_errors_name_the_file_only() {
        let e = ReadError::Io(io::Error::other("gone"));
        assert_eq!(e.in_file("f.jsonl"), "f.jsonl: gone");
    }
}
