//! Per-stage timing over folders (one thread): where the time goes.
//!
//! `cargo run --release --example stages -- ../shared/corpora`

use std::time::{Duration, Instant};

use tieup::pipeline::{clean, events, lexicon, record, resolve, roles, segment, spot};
use tieup::{Article, Rules, batch};

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let rules = Rules::default_rules().expect("default rules");
    let names = [
        "read", "clean", "segment", "lexicon", "spot", "promote", "resolve", "roles", "events",
        "record", "json",
    ];
    let mut t = [Duration::ZERO; 11];
    let mut boiler = Duration::ZERO;
    let (mut scan, mut hits) = (Duration::ZERO, 0usize);
    let mut bytes = 0u64;
    for input in batch::walk(&paths, "*.txt") {
        let batch::Input::File { path: p, .. } = input else {
            continue;
        };
        let s = Instant::now();
        let raw = std::fs::read(&p).unwrap_or_default();
        let len = raw.len() as u64;
        let Ok(article) = Article::from_vec("x", p.display().to_string(), raw) else {
            continue;
        };
        bytes += len;
        let view = tieup::pipeline::read::View::new(&article.text);
        t[0] += s.elapsed();
        let text = view.text();
        let s = Instant::now();
        std::hint::black_box(rules.boilerplate_matches(text));
        boiler += s.elapsed();
        let s = Instant::now();
        hits += rules.automaton().find_overlapping_iter(text).count();
        scan += s.elapsed();
        let s = Instant::now();
        let layout = clean::clean(text, &rules);
        t[1] += s.elapsed();
        let s = Instant::now();
        let tokens = segment::segment(text, &layout, segment::RuleWords(&rules));
        t[2] += s.elapsed();
        let s = Instant::now();
        let lexed = lexicon::lookup(text, &tokens, &rules);
        t[3] += s.elapsed();
        let s = Instant::now();
        let mut spotted = spot::spot(text, &tokens, &lexed, &rules);
        t[4] += s.elapsed();
        let s = Instant::now();
        events::promote_slots(text, &tokens, &lexed, &rules, &mut spotted);
        t[5] += s.elapsed();
        let s = Instant::now();
        let resolution = resolve::resolve(text, &tokens, &lexed, &rules, spotted.clone());
        t[6] += s.elapsed();
        let s = Instant::now();
        let roles = roles::find_roles(text, &tokens, &lexed, &rules, &resolution);
        t[7] += s.elapsed();
        let s = Instant::now();
        let (evs, dropped_cues, event_diagnostics) =
            events::find_events(text, &tokens, &lexed, &rules, &resolution);
        t[8] += s.elapsed();
        let s = Instant::now();
        let a = tieup::Analysis {
            article: &article,
            view: view.clone(),
            layout,
            tokens,
            lexed,
            spotted,
            resolution,
            roles,
            events: evs,
            dropped_cues,
            event_diagnostics,
        };
        let r = record::Record::from_analysis(&a);
        t[9] += s.elapsed();
        let s = Instant::now();
        let line = serde_json::to_vec(&r).unwrap_or_default();
        std::hint::black_box(line);
        t[10] += s.elapsed();
    }
    let total: Duration = t.iter().sum();
    println!(
        "{:.1} MB in {:.2} s: {:.1} MB/s",
        bytes as f64 / 1e6,
        total.as_secs_f64(),
        bytes as f64 / 1e6 / total.as_secs_f64()
    );
    for (n, d) in names.iter().zip(t) {
        println!(
            "{n:>8} {:7.3} s {:5.1}%",
            d.as_secs_f64(),
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        );
    }
    println!(
        "(name automaton scan alone: {:.3} s, {hits} matches)",
        scan.as_secs_f64()
    );
    println!(
        "(boilerplate regexes alone, run once more outside clean: {:.3} s)",
        boiler.as_secs_f64()
    );
}
