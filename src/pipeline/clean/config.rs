//! The clean stage's rule data: the word lists and the line classifier's
//! weights of `rules/clean/`, compiled once with the other rules and held in
//! [`Rules::clean`](crate::Rules::clean).
//!
//! Takes: a [`RuleSource`]. Each of [`FILES`] comes from the last layer that
//! holds it (a `clean/` sub-folder of `--rules` or `--rules-extra`), else
//! from the rules embedded in the binary, so a folder may override one list
//! and keep the others. Gives: [`CleanConfig`], or every problem at
//! `file:line:col` (an entry that can never match, a weights file that does
//! not parse, misses a feature, names an unknown one or holds a number out
//! of range).

use std::sync::OnceLock;

use super::classifier::Model;
use super::features::{ListFile, Lists, N_LIST_FILES, list_problems};
use crate::error::RuleProblem;
use crate::rules::{DEFAULT_RULES, RuleSource, line_col};

/// The sub-folder of a rules folder that holds the clean stage's files.
const CLEAN_DIR: &str = "clean/";

/// The clean stage's rule files, as named under a rules folder (any other
/// file of its `clean/` sub-folder is a problem: a misspelt name would
/// silently override nothing).
pub const FILES: [&str; N_LIST_FILES + 1] = [
    "clean/stopwords-en.txt",
    "clean/chrome-words.txt",
    "clean/teaser-openers.txt",
    "clean/comment-markers.txt",
    "clean/byline-words.txt",
    "clean/trailer-leads.txt",
    "clean/credit-endings.txt",
    "clean/author-words.txt",
    "clean/date-words.txt",
    "clean/photo-credits.txt",
    "clean/link-words.txt",
    "clean/weights.toml",
];

/// The index of the weights file in [`FILES`].
const WEIGHTS: usize = N_LIST_FILES;

/// The list files in [`FILES`] order (the weights file last).
const LISTS: [ListFile; N_LIST_FILES] = [
    ListFile::Stopwords,
    ListFile::ChromeWords,
    ListFile::TeaserOpeners,
    ListFile::CommentMarkers,
    ListFile::BylineWords,
    ListFile::TrailerLeads,
    ListFile::CreditEndings,
    ListFile::AuthorWords,
    ListFile::DateWords,
    ListFile::PhotoCredits,
    ListFile::LinkWords,
];

/// The compiled rule data of the clean stage.
#[derive(Debug)]
pub struct CleanConfig {
    /// The word lists the line features count.
    pub lists: Lists,
    /// The line classifier.
    pub model: Model,
}

/// The embedded text of rule file `name`.
fn embedded(name: &str) -> &'static str {
    DEFAULT_RULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
        .expect("every clean file is in DEFAULT_RULES (a unit test checks)")
}

impl CleanConfig {
    /// The rule data of `source`: each file of [`FILES`] from the last
    /// layer holding it, else the embedded one. Errors: every problem found,
    /// at `file:line:col` of the file as shown (`DIR/clean/name`).
    pub fn load(source: &RuleSource) -> Result<CleanConfig, Vec<RuleProblem>> {
        let files: Vec<(String, &str)> = FILES
            .iter()
            .map(|name| {
                source
                    .last_file(name)
                    .unwrap_or_else(|| (format!("rules/{name}"), embedded(name)))
            })
            .collect();
        let problem = |file: &str, line, column, message| RuleProblem {
            file: file.to_string(),
            line,
            column,
            message,
        };
        let mut problems: Vec<RuleProblem> = source
            .file_names()
            .filter(|(_, name)| name.starts_with(CLEAN_DIR) && !FILES.contains(name))
            .map(|(shown, _)| {
                let msg = format!("not a clean rule file (those are {})", FILES.join(", "));
                problem(&shown, 0, 0, msg)
            })
            .collect();
        for ((shown, text), kind) in files.iter().zip(LISTS) {
            problems.extend(
                list_problems(kind, text)
                    .into_iter()
                    .map(|(line, col, msg)| problem(shown, line, col, msg)),
            );
        }
        let (shown, text) = &files[WEIGHTS];
        let model = Model::parse(text).map_err(|e| {
            let (line, col) = line_col(text, e.at());
            problem(shown, line, col, e.to_string())
        });
        match model {
            Ok(model) if problems.is_empty() => Ok(CleanConfig {
                lists: Lists::parse(std::array::from_fn(|i| files[i].1)),
                model,
            }),
            Ok(_) => Err(problems),
            Err(p) => {
                problems.push(p);
                Err(problems)
            }
        }
    }

    /// The rule data embedded in the binary (parsed on first use, once).
    pub fn builtin() -> &'static CleanConfig {
        static CONFIG: OnceLock<CleanConfig> = OnceLock::new();
        CONFIG.get_or_init(|| {
            CleanConfig::load(&RuleSource::default())
                .expect("the embedded clean rules load (a unit test checks)")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(name: &str, text: &str) -> Vec<RuleProblem> {
        let source = RuleSource::embedded().with_file(name, text);
        CleanConfig::load(&source).expect_err("a problem")
    }

    #[test]
    fn the_embedded_files_load_without_a_problem() {
        for name in FILES {
            assert!(!embedded(name).is_empty(), "{name}");
        }
        let config = CleanConfig::load(&RuleSource::embedded()).unwrap();
        assert_eq!(
            config.model,
            *Model::parse(embedded(FILES[WEIGHTS])).as_ref().unwrap()
        );
        assert!(CleanConfig::builtin().model.threshold > 0.0);
    }

    #[test]
    fn an_entry_that_can_never_match_is_a_problem_at_its_line() {
        let p = problems(
            "clean/chrome-words.txt",
            "# chrome\nsign up\n  sign-up now\n",
        );
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(
            (p[0].file.as_str(), p[0].line, p[0].column),
            ("rules/clean/chrome-words.txt", 3, 3)
        );
        assert!(
            p[0].message.contains("`sign-up now` can never match"),
            "{p:?}"
        );
        let p = problems("clean/stopwords-en.txt", "the\nof the\n");
        assert_eq!((p[0].line, p[0].column), (2, 1), "{p:?}");
        // A comment marker may end in a colon; a stopword may not.
        assert!(
            CleanConfig::load(
                &RuleSource::embedded().with_file("clean/comment-markers.txt", "says:\nreplies\n")
            )
            .is_ok()
        );
        assert_eq!(problems("clean/stopwords-en.txt", "says:\n").len(), 1);
    }

    #[test]
    fn an_unknown_file_in_the_clean_folder_is_a_problem() {
        let p = problems("clean/chrome-word.txt", "share\n");
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(
            (p[0].file.as_str(), p[0].line),
            ("rules/clean/chrome-word.txt", 0)
        );
        assert!(p[0].message.contains("not a clean rule file"), "{p:?}");
    }

    #[test]
    fn a_broken_weights_file_is_a_problem_at_its_place() {
        let good = embedded("clean/weights.toml");
        let unknown = good.replace("[weights]\n", "[weights]\nbogus_feature = 1.0\n");
        let p = problems("clean/weights.toml", &unknown);
        let line = 1 + unknown[..unknown.find("bogus_feature").unwrap()]
            .matches('\n')
            .count();
        assert_eq!((p[0].line, p[0].column), (line, 1), "{p:?}");
        assert!(
            p[0].message.contains("unknown feature `bogus_feature`"),
            "{p:?}"
        );
        let p = problems(
            "clean/weights.toml",
            &good.replace("threshold = 0.5", "threshold = 1.5"),
        );
        assert!(p[0].message.contains("`threshold` = 1.5"), "{p:?}");
        let col = 1 + "threshold = ".len();
        assert_eq!(p[0].column, col, "{p:?}");
        let p = problems("clean/weights.toml", "bias = \n");
        assert_eq!(
            (p[0].file.as_str(), p[0].line),
            ("rules/clean/weights.toml", 1)
        );
        let missing = problems(
            "clean/weights.toml",
            &good.replace("\nteaser =", "\n# teaser ="),
        );
        assert!(
            missing[0]
                .message
                .contains("no weight for feature `teaser`")
        );
    }
}
