//! The cue lists the code reads by id: one registry, so a rules folder
//! lacking one (copied before the list was added) borrows the built-in
//! list with a warning instead of silently reading an empty one, and a
//! test checks every id the code passes is declared in rules/lexicons.toml.

/// Defines [`CODE_CUE_LISTS`] (with the doc comments given) and
/// [`code_cue_index`] from one list of ids.
macro_rules! code_cue_lists {
    ($(#[$doc:meta])* $($id:literal,)*) => {
        $(#[$doc])*
        pub const CODE_CUE_LISTS: &[&str] = &[$($id,)*];

        /// The place of `id` in [`CODE_CUE_LISTS`], if there. A chain of
        /// comparisons with the literals: where `id` is a literal, as at
        /// almost every call of [`super::Rules::is_cue`] (inlined), the
        /// compiler folds it to a constant, so no id is hashed or compared
        /// at run time; [`super::lists::Cues`] maps the place to its list
        /// once, at load.
        #[inline(always)]
        pub(crate) fn code_cue_index(id: &str) -> Option<usize> {
            let mut k = 0;
            $(
                if id == $id {
                    return Some(k);
                }
                k += 1;
            )*
            let _ = k;
            None
        }
    };
}

code_cue_lists!(
    /// Every cue list the code reads, by its id in rules/lexicons.toml
    /// (`[[list]] id = ...`, kind `cue`; sorted). What each is for is its
    /// `description` there.
    "affiliate-nouns",
    "agreement-nouns",
    "articles",
    "backer-participles",
    "based-name-followers",
    "before-month-words",
    "bracket-connectors",
    "broker-cues",
    "business-head-nouns",
    "central-bank-words",
    "clause-owner-openers",
    "clause-owner-stops",
    "company-and-words",
    "company-division-words",
    "company-unit-lines",
    "company-executive-titles",
    "company-job-cut-verbs",
    "company-job-nouns",
    "company-launch-verbs",
    "company-modified-heads",
    "company-modifier-stops",
    "company-opener-legal-forms",
    "company-opener-particles",
    "company-openers",
    "company-possessive-heads",
    "company-possessives",
    "company-relative-stops",
    "company-relative-verbs",
    "company-sectors",
    "company-staff-titles",
    "company-stock-nouns",
    "company-stock-stops",
    "company-term-heads",
    "company-unit-nouns",
    "complementisers",
    "conjunct-cue-verbs",
    "conjunct-predicate-openers",
    "contest-words",
    "country-names",
    "country-variant-adjectives",
    "cue-noun-prepositions",
    "deal-form-heads",
    "deal-form-modifiers",
    "deal-negations",
    "deal-nouns",
    "descriptor-participles",
    "elided-and-words",
    "employer-prepositions",
    "event-name-stops",
    "event-name-words",
    "follow-line-objects",
    "follow-line-platforms",
    "follow-line-verbs",
    "fraction-heads",
    "fronted-clause-failures",
    "fronted-clause-openers",
    "given-name-clause-verbs",
    "given-name-company-nouns",
    "given-names-worded",
    "goods-count-stops",
    "goods-nouns",
    "group-anaphor-stops",
    "group-kind-words",
    "group-nouns",
    "holder-adjectives",
    "holder-appositive-stops",
    "holder-nouns",
    "hyphen-particles",
    "ing-non-participles",
    "inner-caps-refusers",
    "inner-caps-words",
    "institution-of-heads",
    "irregular-participles",
    "job-cut-auxiliaries",
    "kin-nouns",
    "labour-modifiers",
    "labour-nouns",
    "led-verbs",
    "legal-form-deal-nouns",
    "legal-form-founding-verbs",
    "market-words",
    "merged-unit-nouns",
    "month-names",
    "national-bank-words",
    "newco-modifiers",
    "newco-namers",
    "noun-cue-people-heads",
    "other-possessives",
    "owned-leads",
    "owned-modifiers",
    "owned-nouns",
    "owner-company-noun-heads",
    "owner-determiners",
    "owner-possessives",
    "partner-nouns",
    "partners-firm-nouns",
    "person-clue-words",
    "place-links",
    "place-phrase-prepositions",
    "place-name-heads",
    "place-openers",
    "possessed-gap-stops",
    "possessed-organ-nouns",
    "possessed-part-nouns",
    "price-unit-nouns",
    "public-body-last-words",
    "purpose-openers",
    "quantity-heads",
    "question-openers",
    "rating-change-verbs",
    "rating-grade-parts",
    "rating-leads",
    "rating-nouns",
    "rating-objects",
    "rating-verbs",
    "regional-adjective-words",
    "regulator-verbs",
    "role-adjective-title-stops",
    "role-adjective-titles",
    "role-anaphor-stops",
    "role-appointing-verbs",
    "role-auxiliaries",
    "role-back-pronouns",
    "role-bare-serving-verbs",
    "role-becoming-verbs",
    "role-body-words",
    "role-byline-heads",
    "role-company-heads",
    "role-copula-pronouns",
    "role-copula-verbs",
    "role-departments",
    "role-employer-name-stops",
    "role-employer-stops",
    "role-epithets",
    "role-feminine-pronouns",
    "role-field-plurals",
    "role-field-stops",
    "role-former-words",
    "role-founding-verbs",
    "role-fronted-openers",
    "role-heading-verbs",
    "role-holding-nouns",
    "role-ing-field-openers",
    "role-ing-fields",
    "role-masculine-pronouns",
    "role-non-company-bodies",
    "role-not-plural-titles",
    "role-not-title-words",
    "role-observer-titles",
    "role-paired-openers",
    "role-participles",
    "role-passing-words",
    "role-portfolio-titles",
    "role-portfolio-words",
    "role-position-particles",
    "role-position-stops",
    "role-position-words",
    "role-post-nominals",
    "role-serving-infinitives",
    "role-serving-verbs",
    "role-speaking-verbs",
    "role-succeeding-verbs",
    "role-superlatives",
    "role-taking-verbs",
    "role-title-affixes",
    "role-title-scopes",
    "role-verb-forms",
    "seats-of-government",
    "secrecy-agreement-modifiers",
    "sentence-starters",
    "sector-market-nouns",
    "service-nouns",
    "service-openers",
    "service-ties",
    "share-class-words",
    "staff-desk-words",
    "stake-nouns",
    "status-but-nouns",
    "status-ending-auxiliaries",
    "status-light-verbs",
    "status-month-names",
    "status-noun-modifiers",
    "status-participle-objects",
    "status-past-time-words",
    "subject-auxiliaries",
    "subject-pronouns",
    "surname-prefixes",
    "tie-adverbial-nouns",
    "tie-compound-heads",
    "time-nouns",
    "time-zone-abbrevs",
    "unit-nouns",
    "web-name-endings",
);

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::load::Loader;
use super::source::{DEFAULT_RULES, Layer};

/// The warning for a cue list of [`CODE_CUE_LISTS`] that the rules folder
/// does not declare, so the built-in copy is read instead (one line).
pub fn borrowed_list_warning(id: &str) -> String {
    let file = list_item(builtin_lists(), id).map_or("", |(_, file)| file);
    format!(
        "warning: cue list `{id}` is read by the code but not declared in the rules folder: \
the built-in copy is used (to change it, copy rules/{file} and its [[list]] from rules/lexicons.toml)"
    )
}

/// The embedded text of default rule file `name`, if any.
fn embedded(name: &str) -> Option<&'static str> {
    DEFAULT_RULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
}

/// The `[[list]]` items of `lexicons` (the text of a lexicons.toml), parsed
/// as TOML: none when it does not parse or holds no list.
fn list_items(lexicons: &str) -> Vec<toml::Table> {
    let Ok(mut doc) = toml::from_str::<toml::Table>(lexicons) else {
        return Vec::new();
    };
    match doc.remove("list") {
        Some(toml::Value::Array(items)) => items
            .into_iter()
            .filter_map(|item| match item {
                toml::Value::Table(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The `[[list]]` items of the built-in rules/lexicons.toml, parsed on the
/// first call only (each warning and each borrowing load reads them).
fn builtin_lists() -> &'static [toml::Table] {
    static LISTS: OnceLock<Vec<toml::Table>> = OnceLock::new();
    LISTS.get_or_init(|| embedded("lexicons.toml").map_or_else(Vec::new, list_items))
}

/// The item of `items` whose `id` is `id`, with the file its `file` key
/// names.
fn list_item<'a>(items: &'a [toml::Table], id: &str) -> Option<(&'a toml::Table, &'a str)> {
    let item = items
        .iter()
        .find(|t| t.get("id").and_then(toml::Value::as_str) == Some(id))?;
    let file = item.get("file")?.as_str()?;
    Some((item, file))
}

impl Loader {
    /// After every layer: each list of [`CODE_CUE_LISTS`] that no layer
    /// declared (a folder copied before the list was added) is loaded from
    /// the built-in rules and its id noted in `borrowed`. A source with the
    /// embedded layer declares them all (a test checks), so it borrows none.
    pub(super) fn borrow_code_cue_lists(&mut self, embedded_layer: bool) {
        if embedded_layer {
            return;
        }
        let declared: hashbrown::HashSet<&str> =
            self.lists.iter().map(|l| l.meta.id.as_str()).collect();
        let missing: Vec<&'static str> = CODE_CUE_LISTS
            .iter()
            .copied()
            .filter(|id| !declared.contains(id))
            .collect();
        drop(declared);
        if missing.is_empty() {
            return;
        }
        let mut items = Vec::new();
        let mut files = BTreeMap::new();
        for id in &missing {
            let Some((item, file)) = list_item(builtin_lists(), id) else {
                continue; // not built in: the registry test fails first
            };
            items.push(toml::Value::Table(item.clone()));
            files.insert(
                file.to_string(),
                Cow::Borrowed(embedded(file).unwrap_or("")),
            );
        }
        files.insert("lexicons.toml".to_string(), Cow::Owned(lexicons_of(items)));
        let layer = Layer {
            prefix: "rules/".to_string(),
            files,
            faults: Vec::new(),
            embedded: true,
        };
        self.load_layer(&layer);
        self.borrowed
            .extend(missing.iter().map(|id| id.to_string()));
    }
}

/// The text of a lexicons.toml holding `items` as its `[[list]]`s.
fn lexicons_of(items: Vec<toml::Value>) -> String {
    let mut doc = toml::Table::new();
    doc.insert("list".to_string(), toml::Value::Array(items));
    toml::to_string(&doc).expect("a table of TOML values serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleSource, Rules};

    #[test]
    fn every_registered_list_is_built_in_with_its_file() {
        let lists = builtin_lists();
        for &id in CODE_CUE_LISTS {
            let (item, file) = list_item(lists, id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(
                item.get("kind").and_then(toml::Value::as_str),
                Some("cue"),
                "{id}"
            );
            assert!(embedded(file).is_some_and(|t| !t.is_empty()), "{file}");
        }
    }

    #[test]
    fn the_defaults_borrow_nothing_and_a_lexicon_without_a_list_borrows_it() {
        assert!(
            Rules::default_rules()
                .unwrap()
                .borrowed_cue_lists()
                .is_empty()
        );
        let source = RuleSource::embedded();
        let mut folder = RuleSource::embedded();
        folder.layers[0].embedded = false;
        let lists = builtin_lists();
        let (_, file) = list_item(lists, "month-names").unwrap();
        let others = lists
            .iter()
            .filter(|t| t.get("id").and_then(toml::Value::as_str) != Some("month-names"))
            .map(|t| toml::Value::Table(t.clone()))
            .collect();
        let without = lexicons_of(others);
        folder.layers[0]
            .files
            .insert("lexicons.toml".into(), Cow::Owned(without));
        folder.layers[0].files.remove(file);
        let rules = Rules::load(&folder).unwrap();
        assert_eq!(rules.borrowed_cue_lists(), ["month-names"]);
        assert!(rules.is_cue("month-names", "May"));
        assert!(Rules::load(&source).unwrap().is_cue("month-names", "May"));
        let warning = borrowed_list_warning("month-names");
        assert!(warning.contains("`month-names`") && warning.contains("rules/month-names.txt"));
    }

    /// Each registered id has its place, found the same for a literal and
    /// for an id built at run time; an unregistered id has none.
    #[test]
    fn code_cue_index_gives_each_registered_id_its_place() {
        for (k, id) in CODE_CUE_LISTS.iter().enumerate() {
            assert_eq!(code_cue_index(id), Some(k), "{id}");
            let built = String::from(*id);
            assert_eq!(code_cue_index(&built), Some(k), "{id}");
        }
        assert_eq!(
            code_cue_index("month-names"),
            code_cue_index(&format!("month-{}", "names"))
        );
        assert_eq!(code_cue_index("no-such-list"), None);
        assert_eq!(code_cue_index(""), None);
    }

    /// `is_cue` gives the same answer for a registered id (resolved to its
    /// place) and through the hashed look-up every id has.
    #[test]
    fn is_cue_answers_the_same_for_a_registered_id_as_the_hashed_look_up() {
        let rules = Rules::default_rules().unwrap();
        for id in CODE_CUE_LISTS {
            let words = rules.cue_words(id);
            assert!(!words.is_empty(), "{id}");
            for w in words.iter().chain(["quennick", "the", "May"].iter()) {
                let hashed = rules.cues.contains(id, w.to_lowercase().as_bytes());
                assert_eq!(rules.is_cue(id, w), hashed, "{id} {w}");
            }
        }
        assert!(rules.is_cue("month-names", "May"));
        assert!(!rules.is_cue("month-names", "Quennick"));
    }

    /// The built-in lists are parsed once: every call gives the same slice.
    #[test]
    fn the_built_in_lists_are_parsed_once() {
        let (first, again) = (builtin_lists(), builtin_lists());
        assert!(std::ptr::eq(first, again));
        assert!(first.len() >= CODE_CUE_LISTS.len());
    }

    /// The item is read from the parsed TOML, so any valid spelling of it
    /// is found: a header with spaces or a comment, single quotes, keys in
    /// any order, no space around `=`.
    #[test]
    fn a_list_item_is_found_however_its_toml_is_spelt() {
        let text = "[[ list ]] # the first\nkind='cue'\nid='alpha-words'  # note\n\
file=\"alpha.txt\"\n\n[[list]]\nfile = 'beta.txt'\nid = \"beta-words\"\n";
        let items = list_items(text);
        let (item, file) = list_item(&items, "alpha-words").unwrap();
        assert_eq!(file, "alpha.txt");
        assert_eq!(item.get("kind").and_then(toml::Value::as_str), Some("cue"));
        assert_eq!(list_item(&items, "beta-words").unwrap().1, "beta.txt");
        assert!(list_item(&items, "gamma-words").is_none());
        assert!(list_items("[[list]\nid = ").is_empty(), "no TOML, no item");
        let again = list_items(&lexicons_of(
            items.iter().cloned().map(toml::Value::Table).collect(),
        ));
        assert_eq!(again, items, "serialised and parsed back unchanged");
    }
}
