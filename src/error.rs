//! Typed errors of the library.
//!
//! Rule problems carry their location so that every message reads
//! `rules/triggers.toml:42:5: error: ...`, the form editors and CI logs link to.

use std::fmt;
use std::path::PathBuf;

/// One problem found in a rule file, with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleProblem {
    /// The rule file, as named in the rule set (e.g. `rules/triggers.toml`).
    pub file: String,
    /// 1-based line; 0 when no line applies (a file that cannot be read):
    /// the message then reads `file: error: ...`.
    pub line: usize,
    /// 1-based column (1 when the problem concerns a whole line).
    pub column: usize,
    /// What is wrong, in one line.
    pub message: String,
}

impl fmt::Display for RuleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            return write!(f, "{}: error: {}", self.file, self.message);
        }
        write!(
            f,
            "{}:{}:{}: error: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Errors of the tieup library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule set could not be loaded; every problem found is listed.
    #[error("{}", format_problems(.0))]
    Rules(Vec<RuleProblem>),
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

fn format_problems(problems: &[RuleProblem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Result alias of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
