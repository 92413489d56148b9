//! Which automaton patterns match most (scratch).
fn main() {
    let rules = tieup::Rules::default_rules().unwrap();
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let mut n = std::collections::HashMap::new();
    let ac = rules.automaton();
    for m in ac.find_overlapping_iter(&text) {
        *n.entry(text[m.start()..m.end()].to_lowercase())
            .or_insert(0usize) += 1;
    }
    let mut v: Vec<_> = n.into_iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1));
    for (p, c) in v.iter().take(25) {
        println!("{c} {p:?}");
    }
    println!("patterns {}", ac.patterns_len());
}
