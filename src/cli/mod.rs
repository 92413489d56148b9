//! One module per subcommand (and the progress bar); `main.rs` parses the
//! command line and dispatches here.

pub mod diff;
pub mod explain;
pub mod graph;
pub mod progress;
pub mod rules;
pub mod stdin;
