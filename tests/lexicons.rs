//! The name lists of rules/ stay sorted and free of duplicates, so that a
//! regenerated or hand-edited list reviews as a small diff. A run of entry
//! lines between comments or blank lines is sorted by its canonical form
//! (case ignored); no canonical form appears twice in a file (case ignored).

use std::collections::HashSet;

const NAME_LISTS: &[&str] = &[
    "companies.txt",
    "company-cues.txt",
    "company-heads.txt",
    "not-businesses.txt",
    "designators.txt",
    "given-names.txt",
    "given-names-census.txt",
    "given-names-intl.txt",
    "surnames-census.txt",
    "legal-suffixes.txt",
    "legal-suffixes-cleanco.txt",
    "not-names.txt",
    "outlets.txt",
    "places.txt",
    "places-geonames.txt",
    "places-admin1.txt",
    "companies-brands.txt",
    "titles.txt",
    "titles-jobtitles.txt",
    "titles-occupations.txt",
];

fn canonical(line: &str) -> Option<String> {
    let content = line.split('#').next().unwrap_or("").trim();
    (!content.is_empty()).then(|| {
        content
            .split('|')
            .next()
            .unwrap_or("")
            .trim()
            .to_lowercase()
    })
}

#[test]
fn name_lists_are_sorted_and_free_of_duplicates() {
    let mut problems = Vec::new();
    for file in NAME_LISTS {
        let path = format!("{}/rules/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let mut seen = HashSet::new();
        let mut prev: Option<String> = None;
        for (n, line) in text.lines().enumerate() {
            let Some(c) = canonical(line) else {
                prev = None; // a comment or blank line starts a new run
                continue;
            };
            if prev.as_ref().is_some_and(|p| p > &c) {
                problems.push(format!("rules/{file}:{}: `{c}` is out of order", n + 1));
            }
            if !seen.insert(c.clone()) {
                problems.push(format!("rules/{file}:{}: `{c}` is listed twice", n + 1));
            }
            prev = Some(c);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn generated_lists_name_their_source_and_are_declared() {
    let root = env!("CARGO_MANIFEST_DIR");
    let toml = std::fs::read_to_string(format!("{root}/rules/lexicons.toml")).unwrap();
    for file in [
        "given-names-census.txt",
        "given-names-intl.txt",
        "surnames-census.txt",
        "places-geonames.txt",
        "legal-suffixes-cleanco.txt",
        "titles-jobtitles.txt",
        "titles-occupations.txt",
    ] {
        let text = std::fs::read_to_string(format!("{root}/rules/{file}")).unwrap();
        assert!(
            (text.contains("scripts/lexicons.py") || text.contains("scripts/titles.py"))
                && text.to_lowercase().contains("licence"),
            "{file}: its header must name the script and the licence"
        );
        assert!(
            toml.contains(&format!("file = \"{file}\"")),
            "{file} not declared"
        );
    }
}

/// The international given names hold names of many countries and leave out
/// common surnames ("Choi", "Khan"), acronyms ("AMR") and the heads of
/// fixed names ("Abu Dhabi").
#[test]
fn international_given_names_leave_out_surnames_acronyms_and_name_heads() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/rules/given-names-intl.txt")).unwrap();
    let names: HashSet<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    for name in ["Naresh", "Rinat", "Sajid", "Leonid", "Hicham"] {
        assert!(names.contains(name), "{name} missing");
    }
    for name in ["Choi", "Khan", "Kim", "Amr", "Abu", "Guangdong"] {
        assert!(!names.contains(name), "{name} listed");
    }
}

/// The Census surnames keep common surnames and leave out ordinary words
/// ("Long", "Young"), places ("Texas") and company names ("Boeing").
#[test]
fn census_surnames_leave_out_words_places_and_companies() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/rules/surnames-census.txt")).unwrap();
    let names: HashSet<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    for name in ["Smith", "Takahashi", "Kumar", "Silva", "Jackson"] {
        assert!(names.contains(name), "{name} missing");
    }
    for name in ["Long", "Young", "Texas", "Boeing", "Open"] {
        assert!(!names.contains(name), "{name} listed");
    }
}

/// Word lists moved out of the Rust code (issues 11, 16): each file names
/// its source, is declared in lexicons.toml and is read by the stage under
/// its list id, case ignored.
#[test]
fn lists_moved_out_of_the_code_load_by_id_and_name_their_source() {
    let root = env!("CARGO_MANIFEST_DIR");
    let toml = std::fs::read_to_string(format!("{root}/rules/lexicons.toml")).unwrap();
    let rules = tieup::Rules::default_rules().unwrap();
    let moved: &[(&str, &str, &[&str])] = &[
        (
            "status-past-time-words.txt",
            "status-past-time-words",
            &["last", "Ago", "previously"],
        ),
        (
            "status-month-names.txt",
            "status-month-names",
            &["March", "october"],
        ),
        (
            "roles-superlatives.txt",
            "role-superlatives",
            &["most", "Best", "least"],
        ),
        (
            "roles-not-title.txt",
            "role-not-title-words",
            &["new", "Good", "brought"],
        ),
        (
            "roles-field-stops.txt",
            "role-field-stops",
            &["both", "such"],
        ),
        (
            "labour-nouns.txt",
            "labour-nouns",
            &["unions", "Teamsters", "pilots"],
        ),
        (
            "labour-modifiers.txt",
            "labour-modifiers",
            &["the", "striking", "Trade"],
        ),
        (
            "status-noun-modifiers.txt",
            "status-noun-modifiers",
            &["proposed", "long-standing", "Yen"],
        ),
        (
            "status-but-nouns.txt",
            "status-but-nouns",
            &["talks", "Deal", "contract"],
        ),
        (
            "given-name-company-nouns.txt",
            "given-name-company-nouns",
            &["bank", "Chipmaker", "lender"],
        ),
        (
            "given-name-clause-verbs.txt",
            "given-name-clause-verbs",
            &["would", "Runs", "had"],
        ),
        (
            "tie-compound-heads.txt",
            "tie-compound-heads",
            &["models", "Partners", "fees"],
        ),
        (
            "newco-namers.txt",
            "newco-namers",
            &["called", "forming", "Creating"],
        ),
        (
            "status-participle-objects.txt",
            "status-participle-objects",
            &["alliance", "Merger", "agreement"],
        ),
        (
            "status-ending-auxiliaries.txt",
            "status-ending-auxiliaries",
            &["was", "Later", "eventually"],
        ),
        (
            "status-light-verbs.txt",
            "status-light-verbs",
            &["make", "Held", "signed"],
        ),
        (
            "conjunct-predicate-openers.txt",
            "conjunct-predicate-openers",
            &["agreed", "Will", "later"],
        ),
        (
            "conjunct-cue-verbs.txt",
            "conjunct-cue-verbs",
            &["bought", "Sells", "forms"],
        ),
        (
            "owned-nouns.txt",
            "owned-nouns",
            &["stake", "Assets", "remainder"],
        ),
        (
            "market-words.txt",
            "market-words",
            &["Stock", "Cocoa", "securities"],
        ),
        (
            "kin-nouns.txt",
            "kin-nouns",
            &["wife", "Parents", "fianc\u{e9}e"],
        ),
        (
            "goods-count-stops.txt",
            "goods-count-stops",
            &["pct", "Yen", "crowns"],
        ),
        (
            "stake-nouns.txt",
            "stake-nouns",
            &["stake", "Stakes", "shareholding"],
        ),
        (
            "merged-unit-nouns.txt",
            "merged-unit-nouns",
            &["units", "Assets", "plants"],
        ),
        (
            "business-head-nouns.txt",
            "business-head-nouns",
            &["chain", "conglomerate"],
        ),
        (
            "company-relative-stops.txt",
            "company-relative-stops",
            &["it", "sense", "for"],
        ),
        (
            "holder-appositive-stops.txt",
            "holder-appositive-stops",
            &["its", "Which", "whose"],
        ),
    ];
    for (file, id, words) in moved {
        let text = std::fs::read_to_string(format!("{root}/rules/{file}")).unwrap();
        assert!(
            text.contains("Source:"),
            "{file}: its header must name its source"
        );
        assert!(
            toml.contains(&format!("file = \"{file}\"")),
            "{file} not declared"
        );
        assert!(
            toml.contains(&format!("id = \"{id}\"")),
            "{id} not declared"
        );
        for w in *words {
            assert!(rules.is_cue(id, w), "{id}: {w}");
        }
        assert!(!rules.is_cue(id, "zentrix"), "{id}");
    }
}

/// The `cue` lists of the defaults stay at most half of the 256 the rules
/// read (src/rules/lists.rs `MAX_CUE_LISTS`: one bit each; a 257th is a load
/// error), leaving at least 128 for `--rules-extra` folders.
#[test]
fn cue_lists_stay_below_the_limit() {
    let root = env!("CARGO_MANIFEST_DIR");
    let toml = std::fs::read_to_string(format!("{root}/rules/lexicons.toml")).unwrap();
    let cues = toml.matches("kind = \"cue\"").count();
    assert!(cues <= 128, "{cues} cue lists");
}
