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
