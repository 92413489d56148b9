//! The review page in a real browser: `tieup extract corpus/`, then
//! `tieup report`, opened in headless Chromium (Debian's `chromium`; CI
//! installs it). Checks that the page ran with no console message and no
//! script error, that the three articles, the 8 events and the highlighted
//! spans are in the rendered DOM, and saves a screenshot as
//! `target/report.png` (the CI artefact). Skips, saying so, where Chromium
//! is missing.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn chromium() -> Option<PathBuf> {
    let path = Path::new("/usr/bin/chromium");
    path.exists().then(|| path.to_path_buf())
}

fn headless(browser: &Path, profile: &Path, extra: &[&str], page: &Path) -> Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium")
}

/// The page's own console lines in Chromium's log (`...:CONSOLE...`).
fn console_lines(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect()
}

#[test]
fn report_of_corpus_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!("SKIPPED report_browser: /usr/bin/chromium not found (apt-get install chromium)");
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().unwrap();
    let records = work.path().join("corpus.jsonl");
    let page = work.path().join("report.html");
    let tieup = env!("CARGO_BIN_EXE_tieup");
    let out = Command::new(tieup)
        .current_dir(root)
        .args(["extract", "-q", "corpus/", "--out"])
        .arg(&records)
        .output()
        .unwrap();
    common::assert_success(&out);
    let out = Command::new(tieup)
        .current_dir(root)
        .arg("report")
        .arg(&records)
        .arg("-o")
        .arg(&page)
        .output()
        .unwrap();
    common::assert_success(&out);

    let profile = tempfile::tempdir().unwrap();
    let dom = headless(&browser, profile.path(), &["--dump-dom"], &page);
    let html = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.status.success(),
        "{}",
        String::from_utf8_lossy(&dom.stderr)
    );
    assert_eq!(
        console_lines(&dom.stderr),
        Vec::<String>::new(),
        "console messages"
    );
    assert!(
        html.contains("data-ready=\"1\""),
        "the script did not finish"
    );
    assert!(
        html.contains("<div id=\"js-errors\" hidden=\"\"></div>"),
        "script errors"
    );
    assert_eq!(html.matches("class=\"article\"").count(), 3);
    assert_eq!(html.matches("class=\"event-row\"").count(), 8);
    for id in [
        "000_470a92410662a43b",
        "001_ddfba529e304c369",
        "002_4e1c10546502efa4",
    ] {
        assert!(html.contains(&format!("id=\"article-{id}\"")), "{id}");
    }
    let marks = |kind: &str| html.matches(&format!("<mark class=\"ent {kind}\"")).count();
    // The legend has one mark of each kind; the texts have the rest.
    assert!(marks("company") > 20, "company marks: {}", marks("company"));
    assert!(marks("person") > 3, "person marks: {}", marks("person"));
    assert!(marks("trigger") > 8, "trigger marks: {}", marks("trigger"));
    assert!(html.contains("<canvas"), "the network was not drawn");

    let shot = root.join("target/report.png");
    let _ = std::fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    let arg = format!("--screenshot={}", shot.display());
    let out = headless(
        &browser,
        profile.path(),
        &[&arg, "--window-size=1400,1000"],
        &page,
    );
    common::assert_success(&out);
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
    eprintln!("report_browser: screenshot at {}", shot.display());
}
