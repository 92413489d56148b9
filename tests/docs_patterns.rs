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

/// The backquoted ids and id families in the first cell of each row of the
/// table "The default patterns, by family" (prose around the table is not
/// read, so "(`*` stands for any ending)" is no family).
///
/// Panics on a family with no literal part (`*`, `*-*`): it would match
/// every id and the check could never fail.
fn families(doc: &str) -> Vec<String> {
    let start = doc
        .find("#### The default patterns, by family")
        .expect("docs/rules.md has the family table");
    let section = &doc[start..];
    let end = section[4..]
        .find("\n#### ")
        .map_or(section.len(), |e| e + 4);
    let globs: Vec<String> = section[..end]
        .lines()
        .filter_map(|line| line.strip_prefix('|'))
        .filter_map(|row| row.split('|').next())
        .flat_map(|cell| cell.split('`').skip(1).step_by(2))
        .filter(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '*')
        })
        .map(String::from)
        .collect();
    for glob in &globs {
        assert!(
            glob.chars().any(|c| c.is_ascii_alphanumeric()),
            "family `{glob}` has no literal part and would match every id"
        );
    }
    globs
}

/// The ids that match none of `globs`, in the order given.
fn missing<'a>(globs: &[String], ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    ids.into_iter()
        .filter(|id| !globs.iter().any(|g| matches(g, id)))
        .collect()
}

#[test]
fn every_default_pattern_belongs_to_a_documented_family() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/rules.md")).unwrap();
    let globs = families(&doc);
    let rules = tieup::Rules::default_rules().unwrap();
    let missing = missing(
        &globs,
        rules.pattern_rules.iter().map(|p| p.meta.id.as_str()),
    );
    assert!(
        missing.is_empty(),
        "pattern ids in no family of docs/rules.md: {missing:?}"
    );
}

/// A small table in the docs' shape: prose with a back-quoted star, a
/// header, and rows whose second cell also holds back-quoted words.
const SAMPLE_DOC: &str = "#### The default patterns, by family

Every id belongs to a family (`*` stands for any ending):

| family (ids) | construction |
|---|---|
| `round-*`, `buy-stake` | a round, see `led-*` |
| `sold-to` | a sale |

#### Next section
";

#[test]
fn only_the_first_cell_of_table_rows_gives_families() {
    assert_eq!(families(SAMPLE_DOC), ["round-*", "buy-stake", "sold-to"]);
}

#[test]
fn an_id_in_no_family_is_reported() {
    let globs = families(SAMPLE_DOC);
    let ids = ["round-led-by", "led-round-for", "sold-to", "buy-stake-from"];
    assert_eq!(missing(&globs, ids), ["led-round-for", "buy-stake-from"]);
}

#[test]
#[should_panic(expected = "no literal part")]
fn a_family_with_no_literal_part_is_rejected() {
    families("#### The default patterns, by family\n\n| `*` | anything |\n");
}

#[test]
fn a_family_star_stands_for_any_part() {
    assert!(matches("round-*", "round-led-by"));
    assert!(matches("*owned-by*", "pct-owned-by-which"));
    assert!(!matches("sold-*", "resold-it"));
    assert!(matches("offer-for", "offer-for"));
}
