//! Helpers shared by the integration tests.

use std::io::Write;
use std::path::PathBuf;

/// `../shared/REL` (research material beside the checkout), or `None` after
/// printing a skip line that `cargo test` shows even for a passing test
/// (written to stderr directly, past the test harness's capture).
#[allow(dead_code)]
pub fn shared_or_skip(rel: &str, test: &str) -> Option<PathBuf> {
    let path = PathBuf::from("../shared").join(rel);
    if path.exists() {
        return Some(path);
    }
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: needs ../shared/{rel} (research material beside the checkout)"
    );
    None
}
