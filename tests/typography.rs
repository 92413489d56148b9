//! One text, one answer, whatever the typography: every corpus/ article and
//! every trials article (read from ../shared/trials, skipped with a note when
//! that folder is absent) is rewritten with typographic variants (curly or
//! straight apostrophes and quotes, no-break and thin spaces, non-breaking
//! hyphens and en dashes, soft hyphens, decomposed accents) and must give the
//! same entities (type and name) and events, with offsets that slice the
//! rewritten text exactly.

use proptest::prelude::*;
use tieup::{Article, Extractor, Record, Rules};
use unicode_normalization::UnicodeNormalization;

fn extractor() -> &'static Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(|| Extractor::new(Rules::default_rules().unwrap()))
}

/// The corpus/ articles, then the trials articles when ../shared is there.
fn articles() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    for dir in [format!("{root}/corpus"), format!("{root}/../shared/trials")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("typography: {dir} absent, its articles are skipped");
            continue;
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).unwrap();
            out.push((p.display().to_string(), text));
        }
    }
    assert!(!out.is_empty(), "no articles found");
    out
}

/// Entities as (type, name), events as (type, status, parties).
type Answer = (Vec<(String, String)>, Vec<(String, String, [String; 2])>);

/// What must not change: entities by type and name, events by type, status
/// and parties.
fn answer(r: &Record) -> Answer {
    let mut ents: Vec<_> = r
        .entities
        .iter()
        .map(|e| (e.kind.clone(), e.name.clone()))
        .collect();
    ents.sort();
    let mut evs: Vec<_> = r
        .events
        .iter()
        .map(|e| (e.event_type.clone(), e.status.clone(), e.parties.clone()))
        .collect();
    evs.sort();
    (ents, evs)
}

fn check_offsets(text: &str, r: &Record) {
    for m in r.entities.iter().flat_map(|e| &e.mentions) {
        assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()), "{m:?}");
    }
    for x in r.events.iter().flat_map(|e| &e.evidence) {
        assert_eq!(text.get(x.start..x.end), Some(x.text.as_str()), "{x:?}");
    }
}

/// Rewrites `text`: each place where a variant is possible takes the variant
/// when the next bit of `choice` (cycled) is set. `nfd` decomposes accents.
fn variant(text: &str, choice: &[bool], nfd: bool) -> String {
    let mut bits = choice.iter().cycle();
    let mut flip = || *bits.next().unwrap_or(&false);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut open_quote = true;
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        let letter_after = next.is_some_and(char::is_alphanumeric);
        match c {
            '\'' | '\u{2019}' if flip() => out.push(if c == '\'' { '\u{2019}' } else { '\'' }),
            '"' if flip() => {
                out.push(if open_quote { '\u{201C}' } else { '\u{201D}' });
                open_quote = !open_quote;
            }
            '\u{201C}' | '\u{201D}' if flip() => out.push('"'),
            ' ' if next.is_some_and(char::is_uppercase) && flip() => {
                out.push(if flip() { '\u{00A0}' } else { '\u{2009}' })
            }
            '-' if letter_before && letter_after && flip() => {
                out.push(if flip() { '\u{2011}' } else { '\u{2013}' })
            }
            '\u{2013}' if flip() => out.push('-'),
            c if c.is_alphabetic() && letter_before && letter_after && flip() && flip() => {
                out.push(c);
                out.push('\u{00AD}');
            }
            c => out.push(c),
        }
    }
    if nfd { out.nfd().collect() } else { out }
}

fn check(path: &str, text: &str, choice: &[bool], nfd: bool) {
    let e = extractor();
    let base = e.extract(&Article::from_text("x", path, text));
    let changed = variant(text, choice, nfd);
    let r = e.extract(&Article::from_text("x", path, changed.as_str()));
    check_offsets(&changed, &r);
    assert_eq!(answer(&base), answer(&r), "{path}: variant {changed:?}");
}

#[test]
fn every_variant_at_once_gives_the_same_answer() {
    for (path, text) in articles() {
        check(&path, &text, &[true], false);
        check(&path, &text, &[true], true);
        check(&path, &text, &[true, false], true);
    }
}

#[test]
fn a_line_break_inside_a_listed_name_keeps_the_name() {
    let text = "Carmakers report results\n\nShares in the big Japanese carmaker Toyota Motor\nCorp rose sharply on Monday after it reported strong results.\n";
    let r = extractor().extract(&Article::from_text("x", "", text));
    check_offsets(text, &r);
    let toyota = r.entities.iter().find(|e| e.name == "Toyota Motor Corp");
    assert!(
        toyota.is_some_and(|e| e.mentions[0].rule == "company-names"),
        "{r:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn random_variants_give_the_same_answer(
        choice in proptest::collection::vec(any::<bool>(), 1..40),
        nfd in any::<bool>(),
    ) {
        for (path, text) in articles() {
            check(&path, &text, &choice, nfd);
        }
    }
}
