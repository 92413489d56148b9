//! Compiling the loaded rules into the matchers [`Rules`](super::Rules)
//! holds: the anchored Aho-Corasick automaton over every literal, the first
//! bytes it can start with, and the word classes of one-word list entries.
//! Runs once, at start-up. (The boilerplate regexes' literal gate is built
//! in `gate.rs`.)

use std::collections::HashMap;

use aho_corasick::MatchKind;
use aho_corasick::nfa::contiguous::NFA;

use super::{Entry, NameList};
use crate::error::{Error, Result, RuleProblem};

/// One contiguous NFA over every literal (lower-cased, ASCII
/// case-insensitive); pattern ids are indexes into `patterns`.
pub(super) fn anchored_automaton(patterns: &[String]) -> Result<NFA> {
    NFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .map_err(|e| {
            Error::Rules(vec![RuleProblem {
                file: "rules/".to_string(),
                line: 1,
                column: 1,
                message: format!("the anchored name automaton could not be built: {e}"),
            }])
        })
}

/// For each byte, whether some pattern starts with it (in either ASCII case).
pub(super) fn first_bytes(patterns: &[String]) -> [bool; 256] {
    let mut first_bytes = [false; 256];
    for p in patterns {
        if let Some(&b) = p.as_bytes().first() {
            first_bytes[b.to_ascii_lowercase() as usize] = true;
            first_bytes[b.to_ascii_uppercase() as usize] = true;
        }
    }
    first_bytes
}

/// One-word entries (lower case, a final full stop dropped) -> the bits of
/// the [`ListKind`](super::ListKind)s that hold them.
pub(super) fn word_classes(lists: &[NameList], entries: &[Entry]) -> HashMap<String, u32> {
    let mut word_classes: HashMap<String, u32> = HashMap::new();
    for e in entries {
        if !e.canonical.contains(' ') {
            *word_classes
                .entry(e.canonical.trim_end_matches('.').to_lowercase())
                .or_default() |= lists[e.list].kind.bit();
        }
    }
    word_classes
}
