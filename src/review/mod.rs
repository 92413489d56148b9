//! Tools for reviewing what the rules do: [`eval`] scores an output against
//! gold, [`diff`] compares two outputs, [`graph`] builds the company network,
//! [`report`] writes the HTML review page, [`input`] reads their JSON Lines,
//! [`ruletest`] runs every rule's own examples, [`explain`] traces one
//! article; [`ansi`] holds the terminal colours the text reports share.

pub mod ansi;
pub mod diff;
pub mod eval;
pub mod explain;
pub mod graph;
pub mod input;
pub mod report;
pub mod ruletest;
