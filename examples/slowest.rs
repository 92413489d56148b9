//! The articles that cost the most time per KB (one thread): where a stage
//! may be worse than linear in an article's size.
//!
//! `cargo run --release --example slowest -- ../shared/corpora [N]`
//!
//! Prints the `N` (default 20) slowest articles per KB: µs per KB, bytes,
//! µs (the fastest of three extractions), path.

use std::time::{Duration, Instant};

use tieup::{Article, Extractor, Rules, batch};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = match args.last().and_then(|a| a.parse().ok()) {
        Some(n) => {
            args.pop();
            n
        }
        None => 20,
    };
    let paths: Vec<std::path::PathBuf> = args.into_iter().map(Into::into).collect();
    let extractor = Extractor::new(Rules::default_rules().expect("default rules"));
    let mut timed: Vec<(f64, usize, Duration, String)> = Vec::new();
    for input in batch::walk(&paths, "*.txt") {
        let batch::Input::File { path, .. } = input else {
            continue;
        };
        let raw = std::fs::read(&path).unwrap_or_default();
        let len = raw.len();
        let Ok(article) = Article::from_vec("x", path.display().to_string(), raw) else {
            continue;
        };
        let best = (0..3)
            .map(|_| {
                let s = Instant::now();
                std::hint::black_box(extractor.extract(&article));
                s.elapsed()
            })
            .min()
            .unwrap_or_default();
        let per_kb = best.as_secs_f64() * 1e6 / (len.max(1) as f64 / 1024.0);
        timed.push((per_kb, len, best, path.display().to_string()));
    }
    timed.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (per_kb, len, best, path) in timed.iter().take(n) {
        println!(
            "{per_kb:8.1} us/KB {len:8} B {:9.1} us  {path}",
            best.as_secs_f64() * 1e6
        );
    }
    let total: Duration = timed.iter().map(|t| t.2).sum();
    let bytes: usize = timed.iter().map(|t| t.1).sum();
    println!(
        "all: {} articles, {:.1} MB in {:.2} s (fastest of three each): {:.1} us/KB",
        timed.len(),
        bytes as f64 / 1e6,
        total.as_secs_f64(),
        total.as_secs_f64() * 1e6 / (bytes as f64 / 1024.0)
    );
    // Also the largest articles, whose time a quadratic loop would swell.
    timed.sort_by_key(|t| std::cmp::Reverse(t.1));
    println!("largest:");
    for (per_kb, len, best, path) in timed.iter().take(n.min(10)) {
        println!(
            "{per_kb:8.1} us/KB {len:8} B {:9.1} us  {path}",
            best.as_secs_f64() * 1e6
        );
    }
}
