//! The benchmark floor: walk the same files as `tieup extract`, read them
//! and run only the rules' name automaton over their bytes (overlapping
//! Aho-Corasick, as the look-up stage does), in the same ordered parallel
//! chunks. Prints `articles bytes matches seconds`.
//!
//! ```sh
//! cargo run --release --example floor -- ../shared/corpora
//! cargo run --release --example floor -- --names names.txt   # the lexicon, for `rg -F -f`
//! ```

use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use tieup::Rules;
use tieup::batch::{self, CHUNK, Input};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rules = Rules::default_rules().expect("the default rules compile");
    if args.first().map(String::as_str) == Some("--names") {
        let mut names: Vec<&str> = rules.surfaces.iter().collect();
        names.sort_unstable();
        names.dedup();
        let file = args.get(1).expect("--names FILE");
        std::fs::write(file, names.join("\n") + "\n").expect("names file written");
        return;
    }
    let started = Instant::now();
    let paths: Vec<PathBuf> = args.drain(..).map(PathBuf::from).collect();
    let automaton = rules.automaton();
    let mut inputs = batch::walk(&paths, "*.txt").peekable();
    let (mut articles, mut bytes, mut matches) = (0usize, 0u64, 0usize);
    while inputs.peek().is_some() {
        let chunk: Vec<Input> = inputs.by_ref().take(CHUNK).collect();
        let counts: Vec<(u64, usize)> = chunk
            .par_iter()
            .filter_map(|input| match input {
                Input::File { path, .. } => std::fs::read(path).ok(),
                Input::Fault(..) => None,
            })
            .map(|b| (b.len() as u64, automaton.find_overlapping_iter(&b).count()))
            .collect();
        articles += counts.len();
        for (b, m) in counts {
            bytes += b;
            matches += m;
        }
    }
    println!(
        "{articles} {bytes} {matches} {:.3}",
        started.elapsed().as_secs_f64()
    );
}
