//! The line classifier: logistic regression over the shallow features of
//! [`features`](super::features), weights read from
//! `rules/clean/weights.toml` (fitted by `scripts/fit-clean.sh` on the even
//! pages of the webmain dev gold; the same weights and threshold for every
//! site).
//!
//! Takes: a feature vector. Gives: the probability that the line is article
//! text, and the feature that contributed most to the decision.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::features::{N_FEATURES, NAMES};

/// A fitted logistic regression over the line features.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Weight per feature, in [`NAMES`] order.
    pub weights: [f64; N_FEATURES],
    /// Intercept.
    pub bias: f64,
    /// A line is article text when its probability exceeds this.
    pub threshold: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    bias: f64,
    threshold: f64,
    weights: BTreeMap<String, f64>,
}

/// Why a weights file cannot be used.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    /// Not TOML of the expected shape.
    #[error("clean weights: {0}")]
    Syntax(String),
    /// A feature has no weight.
    #[error("clean weights: no weight for feature `{0}`")]
    Missing(&'static str),
    /// A weight names no feature.
    #[error("clean weights: unknown feature `{0}`")]
    Unknown(String),
}

impl Model {
    /// Parses a weights file: `bias`, `threshold` and a `[weights]` table
    /// with one entry per feature name.
    pub fn parse(toml_text: &str) -> Result<Model, ModelError> {
        let file: File =
            toml::from_str(toml_text).map_err(|e| ModelError::Syntax(e.to_string()))?;
        if let Some(k) = file.weights.keys().find(|k| !NAMES.contains(&k.as_str())) {
            return Err(ModelError::Unknown(k.clone()));
        }
        let mut weights = [0.0; N_FEATURES];
        for (w, name) in weights.iter_mut().zip(NAMES) {
            *w = *file.weights.get(name).ok_or(ModelError::Missing(name))?;
        }
        Ok(Model {
            weights,
            bias: file.bias,
            threshold: file.threshold,
        })
    }

    /// The model shipped in rules/clean/weights.toml (parsed once).
    pub fn builtin() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            Model::parse(include_str!("../../../rules/clean/weights.toml"))
                .expect("rules/clean/weights.toml is checked by a unit test")
        })
    }

    /// Probability (0 to 1) that a line with features `x` is article text.
    pub fn probability(&self, x: &[f64; N_FEATURES]) -> f64 {
        let z: f64 = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }

    /// The feature whose term `weight × value` pushed hardest toward the
    /// decision taken (`kept`: the largest positive term; else the most
    /// negative), with that term.
    pub fn deciding_feature(&self, x: &[f64; N_FEATURES], kept: bool) -> (&'static str, f64) {
        let sign = if kept { 1.0 } else { -1.0 };
        let (i, term) = self
            .weights
            .iter()
            .zip(x)
            .map(|(w, v)| w * v)
            .enumerate()
            .max_by(|a, b| (sign * a.1).total_cmp(&(sign * b.1)))
            .unwrap_or((0, 0.0));
        (NAMES[i], term)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(extra: &str) -> String {
        let mut s = String::from("bias = -1.0\nthreshold = 0.5\n[weights]\n");
        for n in NAMES {
            s.push_str(&format!("{n} = 0.0\n"));
        }
        s.push_str(extra);
        s
    }

    #[test]
    fn builtin_weights_parse() {
        let m = Model::builtin();
        assert!(m.threshold > 0.0 && m.threshold < 1.0);
        assert!(m.weights.iter().any(|&w| w != 0.0));
    }

    #[test]
    fn probability_is_the_logistic_of_the_score() {
        let mut m = Model::parse(&file("")).unwrap();
        m.weights[0] = 2.0;
        let mut x = [0.0; N_FEATURES];
        assert!((m.probability(&x) - 1.0 / (1.0 + 1f64.exp())).abs() < 1e-12);
        x[0] = 0.5;
        assert!((m.probability(&x) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn deciding_feature_follows_the_decision() {
        let mut m = Model::parse(&file("")).unwrap();
        m.weights[0] = 1.0; // words
        m.weights[5] = -2.0; // chrome
        let mut x = [0.0; N_FEATURES];
        x[0] = 3.0;
        x[5] = 1.0;
        assert_eq!(m.deciding_feature(&x, true), ("words", 3.0));
        assert_eq!(m.deciding_feature(&x, false), ("chrome", -2.0));
    }

    #[test]
    fn bad_files_are_typed_errors() {
        assert_eq!(
            Model::parse(&file("bogus = 1.0\n")),
            Err(ModelError::Unknown("bogus".into()))
        );
        let missing = file("").replace("teaser = 0.0\n", "");
        assert_eq!(Model::parse(&missing), Err(ModelError::Missing("teaser")));
        assert!(matches!(
            Model::parse("bias = "),
            Err(ModelError::Syntax(_))
        ));
    }
}
