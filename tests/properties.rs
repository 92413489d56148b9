//! Invariants over arbitrary input: no panic, offsets slice the text.

use proptest::prelude::*;
use tieup::{Article, Extractor, Record, Rules};

fn check_offsets(text: &str, r: &Record) {
    for e in &r.entities {
        for m in &e.mentions {
            assert_eq!(
                text.get(m.start..m.end),
                Some(m.text.as_str()),
                "mention {m:?}"
            );
        }
    }
    for ev in &r.events {
        for x in &ev.evidence {
            assert_eq!(text.get(x.start..x.end), Some(x.text.as_str()));
        }
    }
    // Mentions never overlap.
    let mut spans: Vec<(usize, usize)> = r
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    spans.sort_unstable();
    for w in spans.windows(2) {
        assert!(w[1].0 >= w[0].1, "overlapping mentions {w:?}");
    }
}

/// A listed name inside a longer suffixed name ("Celanese" in "Hoechst
/// Celanese Corp") once survived beside it, and overlapping mentions made
/// name-list propagation slice backwards.
#[test]
fn listed_name_inside_a_longer_name_is_swallowed() {
    let text = "Hoechst Celanese Corp, Dow Chemical and Bayer AG said profits rose.";
    let r = extractor().extract(&Article::from_text("x", "x", text));
    check_offsets(text, &r);
    assert!(
        r.entities.iter().any(|e| e.name == "Hoechst Celanese Corp"),
        "{r:?}"
    );
}

fn extractor() -> &'static Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(|| Extractor::new(Rules::default_rules().unwrap()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(a) = Article::from_bytes("x", "x", &bytes) {
            let r = extractor().extract(&a);
            check_offsets(&a.text, &r);
        }
    }

    #[test]
    fn newsy_text_keeps_offsets(words in proptest::collection::vec(
        prop_oneof![
            Just("Acme Corp"), Just("and"), Just("Borealis Inc"), Just("in talks with"), Just(","),
            Just("."), Just("’s"), Just("'s"), Just("Mr."), Just("CEO"), Just("John Smith"), Just("\n"),
            Just("teamed up with"), Just("the company"), Just("Daimler"), Just("é"), Just("\r\n"), Just("U.S."),
            Just("<GM>"), Just("said"), Just("joint venture"), Just("\u{feff}"), Just("  "),
        ], 0..60)) {
        let text = words.join(" ");
        let a = Article::from_text("x", "x", text.clone());
        let r = extractor().extract(&a);
        check_offsets(&text, &r);
    }
}

fn plain_boilerplate(rules: &Rules, text: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (i, b) in rules.boilerplate.iter().enumerate() {
        for m in b.regex().find_iter(text) {
            if m.start() < m.end() {
                out.push((m.start(), m.end(), i));
            }
        }
    }
    out.sort_unstable();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The literal-gated boilerplate search finds exactly what running every
    /// regex over the whole text finds.
    #[test]
    fn gated_boilerplate_equals_plain_search(words in proptest::collection::vec(
        prop_oneof![
            Just("Share"), Just("share this"), Just("print"), Just("Comments"), Just("\n"),
            Just("\r\n"), Just("  "), Just("\t"), Just("cookie"), Just("Coo\u{212A}ie"),
            Just("\u{17F}hare"), Just("©"), Just("Updated"), Just("2020"), Just("via"),
            Just("Source"), Just(":"), Just("(Photo"), Just(")"), Just("Acme Corp"),
            Just("your homepage"), Just("Make"), Just("é"), Just("x"), Just("."),
            Just("your email address will not be published"), Just("posted"),
        ], 0..40)) {
        let text = words.concat();
        let rules = extractor().rules();
        prop_assert_eq!(rules.boilerplate_matches(&text), plain_boilerplate(rules, &text));
    }
}
