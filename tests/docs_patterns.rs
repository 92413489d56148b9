//! docs/rules.md describes every default pattern: each pattern id of
//! rules/patterns.toml matches a family (an id, or an id with `*` for any
//! part) of the table "The default patterns, by family".

/// Whether `id` matches `glob`, where `*` stands for any run of characters.
fn matches(glob: &str, id: &str) -> bool {
    match glob.split_once('*') {
        None => glob == id,
        Some((head, rest)) => {
            let Some(tail) = id.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len()).any(|k| tail.is_char_boundary(k) && matches(rest, &tail[k..]))
        }
    }
}

/// The backquoted ids and id families of the table.
fn families(doc: &str) -> Vec<String> {
    let start = doc
        .find("#### The default patterns, by family")
        .expect("docs/rules.md has the family table");
    let section = &doc[start..];
    let end = section[4..]
        .find("\n#### ")
        .map_or(section.len(), |e| e + 4);
    section[..end]
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '*')
        })
        .map(String::from)
        .collect()
}

#[test]
fn every_default_pattern_belongs_to_a_documented_family() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/rules.md")).unwrap();
    let globs = families(&doc);
    let rules = tieup::Rules::default_rules().unwrap();
    let missing: Vec<&str> = rules
        .pattern_rules
        .iter()
        .map(|p| p.meta.id.as_str())
        .filter(|id| !globs.iter().any(|g| matches(g, id)))
        .collect();
    assert!(
        missing.is_empty(),
        "pattern ids in no family of docs/rules.md: {missing:?}"
    );
}

#[test]
fn a_family_star_stands_for_any_part() {
    assert!(matches("round-*", "round-led-by"));
    assert!(matches("*owned-by*", "pct-owned-by-which"));
    assert!(!matches("sold-*", "resold-it"));
    assert!(matches("offer-for", "offer-for"));
}
