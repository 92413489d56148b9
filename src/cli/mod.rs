//! One module per subcommand (and the progress bar); `main.rs` parses the
//! command line and dispatches here. Shared helpers are in [`common`].

pub mod common;
pub mod diff;
pub mod eval;
pub mod explain;
pub mod extract;
pub mod graph;
pub mod progress;
pub mod report;
pub mod rules;
pub mod stdin;
