//! The line classifier: logistic regression over the shallow features of
//! [`features`](super::features), weights read from
//! `rules/clean/weights.toml` (fitted by `scripts/fit-clean.sh` on the even
//! pages of the webmain dev gold; the same weights and threshold for every
//! site).
//!
//! Takes: a feature vector. Gives: the probability that the line is article
//! text, and the feature that contributed most to the decision.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

use super::context::{CONTEXT_NAMES, N_CONTEXT};
use super::features::{N_FEATURES, NAMES};

/// A fitted logistic regression over the line features, each feature
/// weighted linearly plus, optionally, by the bin its value falls in (a
/// binned logistic regression: a step function per feature learnt from the
/// data, so that e.g. a middle position can weigh more than both ends).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Weight per feature, in [`NAMES`] order.
    pub weights: [f64; N_FEATURES],
    /// Bins per feature, in [`NAMES`] order (empty: no bin term).
    pub bins: Vec<Steps>,
    /// Intercept.
    pub bias: f64,
    /// A line is article text when its probability exceeds this.
    pub threshold: f64,
    /// The threshold of short lines other than bylines (file key
    /// `short_threshold`; the `threshold` when absent).
    pub short_threshold: f64,
    /// The second (stacked) stage over the first stage's probabilities
    /// around each line (none: the first stage decides).
    pub context: Option<Context>,
}

/// The second stage: a binned logistic regression over the
/// [`context`](super::context) features of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// Weight per context feature, in [`CONTEXT_NAMES`] order.
    pub weights: [f64; N_CONTEXT],
    /// Bins per context feature (empty: no bin term).
    pub bins: Vec<Steps>,
    /// Weight per line feature, in [`NAMES`] order: the first stage's
    /// inputs passed through to the second (zero when the file has none).
    pub line_weights: [f64; N_FEATURES],
    /// Bins per line feature (empty: no bin term).
    pub line_bins: Vec<Steps>,
    /// Intercept.
    pub bias: f64,
}

/// The bins of one feature: a value with `k` edges at or below it is in bin
/// `k`, which adds `weights[k]` to the score.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bins {
    /// Inner edges, ascending.
    pub edges: Vec<f64>,
    /// One weight per bin: `edges.len() + 1`.
    pub weights: Vec<f64>,
}

impl Bins {
    /// The bin term of value `x`.
    pub fn term(&self, x: f64) -> f64 {
        self.weights
            .get(self.edges.partition_point(|&e| e <= x))
            .copied()
            .unwrap_or(0.0)
    }
}

/// Edges a feature's bins may have at most (scripts/fit-clean.py fits 8
/// bins, so 7 inner edges).
pub const MAX_EDGES: usize = 7;
// `Steps::term`'s binary search is written for 7 edges.
const _: () = assert!(MAX_EDGES == 7);

/// [`Bins`] laid out for scoring: the edges padded with infinities, the
/// weights with the last bin's, so that a line's bin is the count of edges
/// at or below its value over a fixed-size array (no search, no bounds
/// checks: the second stage scores 52 of these per line).
#[derive(Debug, Clone, PartialEq)]
pub struct Steps {
    edges: [f64; MAX_EDGES],
    weights: [f64; MAX_EDGES + 1],
}

impl Default for Steps {
    /// No bins: every value adds 0.
    fn default() -> Steps {
        Steps {
            edges: [f64::INFINITY; MAX_EDGES],
            weights: [0.0; MAX_EDGES + 1],
        }
    }
}

impl Steps {
    /// The padded layout of `b` (at most [`MAX_EDGES`] ascending edges, one
    /// weight more).
    fn of(b: &Bins) -> Steps {
        let mut out = Steps::default();
        out.edges[..b.edges.len()].copy_from_slice(&b.edges);
        let last = b.weights.last().copied().unwrap_or(0.0);
        out.weights.fill(last);
        out.weights[..b.weights.len()].copy_from_slice(&b.weights);
        out
    }

    /// The bin term of value `x`: as [`Bins::term`]. The edges ascend
    /// (padded with infinity), so the count of edges `<= x` is found in
    /// three branch-free steps of a binary search over the 7 edges.
    #[inline]
    pub fn term(&self, x: f64) -> f64 {
        let e = &self.edges;
        let mut k = 4 * usize::from(e[3] <= x);
        k += 2 * usize::from(e[k + 1] <= x);
        k += usize::from(e[k] <= x);
        self.weights[k]
    }
}

type Table<T> = Spanned<BTreeMap<Spanned<String>, Spanned<T>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    bias: Spanned<f64>,
    threshold: Spanned<f64>,
    short_threshold: Option<Spanned<f64>>,
    weights: Table<f64>,
    bins: Option<Table<Bins>>,
    context: Option<ContextFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    bias: Spanned<f64>,
    weights: Table<f64>,
    bins: Option<Table<Bins>>,
    line_weights: Option<Table<f64>>,
    line_bins: Option<Table<Bins>>,
}

/// Why a weights file cannot be used; `at` is the byte offset in the file
/// of the place at fault.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    /// Not TOML of the expected shape.
    #[error("clean weights: {message}")]
    Syntax {
        /// The parser's message.
        message: String,
        /// Byte offset.
        at: usize,
    },
    /// A feature has no weight.
    #[error("clean weights: no weight for feature `{name}`")]
    Missing {
        /// The feature.
        name: &'static str,
        /// Byte offset of the `[weights]` table.
        at: usize,
    },
    /// A weight names no feature.
    #[error("clean weights: unknown feature `{name}`")]
    Unknown {
        /// The key as written.
        name: String,
        /// Byte offset of the key.
        at: usize,
    },
    /// A number out of its range: a weight or the bias not finite, the
    /// threshold not strictly between 0 and 1.
    #[error("clean weights: `{name}` = {value} is out of range ({range})")]
    Range {
        /// The key.
        name: String,
        /// Its value.
        value: f64,
        /// The range it must be in.
        range: &'static str,
        /// Byte offset of the value.
        at: usize,
    },
}

impl ModelError {
    /// Byte offset in the file of the place at fault.
    pub fn at(&self) -> usize {
        match self {
            ModelError::Syntax { at, .. }
            | ModelError::Missing { at, .. }
            | ModelError::Unknown { at, .. }
            | ModelError::Range { at, .. } => *at,
        }
    }
}

/// `value` when finite, else a [`ModelError::Range`].
fn finite(name: &str, v: &Spanned<f64>) -> Result<f64, ModelError> {
    let value = *v.get_ref();
    if value.is_finite() {
        return Ok(value);
    }
    Err(ModelError::Range {
        name: name.to_string(),
        value,
        range: "a finite number",
        at: v.span().start,
    })
}

/// A threshold strictly between 0 and 1, else a [`ModelError::Range`].
fn probability_bound(name: &str, v: &Spanned<f64>) -> Result<f64, ModelError> {
    let value = *v.get_ref();
    if value > 0.0 && value < 1.0 {
        return Ok(value);
    }
    Err(ModelError::Range {
        name: name.to_string(),
        value,
        range: "strictly between 0 and 1",
        at: v.span().start,
    })
}

/// The `[bins]` table: per feature (all optional), ascending finite edges
/// and one finite weight more than edges.
fn parse_bins(table: &Table<Bins>, names: &[&str]) -> Result<Vec<Steps>, ModelError> {
    let mut out = vec![Steps::default(); names.len()];
    for (key, value) in table.get_ref() {
        let name = key.get_ref();
        let Some(i) = names.iter().position(|n| n == name) else {
            return Err(ModelError::Unknown {
                name: name.clone(),
                at: key.span().start,
            });
        };
        let b = value.get_ref();
        let range = |range| ModelError::Range {
            name: format!("bins.{name}"),
            value: b.edges.len() as f64,
            range,
            at: value.span().start,
        };
        if b.weights.len() != b.edges.len() + 1 {
            return Err(range("edges: one weight more than edges"));
        }
        if b.edges.len() > MAX_EDGES {
            return Err(range("edges: at most 7"));
        }
        if !b.edges.iter().chain(&b.weights).all(|v| v.is_finite())
            || b.edges.windows(2).any(|w| w[0] >= w[1])
        {
            return Err(range(
                "edges: finite and strictly ascending, weights finite",
            ));
        }
        out[i] = Steps::of(b);
    }
    Ok(out)
}

/// Fills `out` (in `names` order) from a weights table: one finite
/// number per name, no other key.
fn parse_weights(
    table: &Table<f64>,
    names: &[&'static str],
    out: &mut [f64],
) -> Result<(), ModelError> {
    if let Some(k) = table
        .get_ref()
        .keys()
        .find(|k| !names.contains(&k.get_ref().as_str()))
    {
        return Err(ModelError::Unknown {
            name: k.get_ref().clone(),
            at: k.span().start,
        });
    }
    for (w, &name) in out.iter_mut().zip(names) {
        let (_, v) = table
            .get_ref()
            .get_key_value(name)
            .ok_or(ModelError::Missing {
                name,
                at: table.span().start,
            })?;
        *w = finite(name, v)?;
    }
    Ok(())
}

/// The score term of weight `w` and bins `bins[i]` (if any) at value `v`.
fn term(w: f64, bins: &[Steps], i: usize, v: f64) -> f64 {
    w * v + bins.get(i).map_or(0.0, |b| b.term(v))
}

/// The logistic function.
fn logistic(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The index and term of the largest of `terms` in the direction `sign`.
fn deciding(terms: impl Iterator<Item = (usize, f64)>, sign: f64) -> (usize, f64) {
    terms
        .max_by(|a, b| (sign * a.1).total_cmp(&(sign * b.1)))
        .unwrap_or((0, 0.0))
}

/// The indices of the smallest and the largest of `terms` (non-empty), in
/// [`f64::total_cmp`] order, the last of equals: what [`deciding`] gives in
/// the directions -1 and 1, in one pass.
fn extremes(terms: &[f64]) -> (usize, usize) {
    // f64::total_cmp's key: the bits as an i64, the magnitude flipped when negative.
    let key = |t: f64| {
        let b = t.to_bits() as i64;
        b ^ (((b >> 63) as u64) >> 1) as i64
    };
    let (mut low, mut high) = (0, 0);
    let (mut lk, mut hk) = (key(terms[0]), key(terms[0]));
    for (i, &t) in terms.iter().enumerate().skip(1) {
        let k = key(t);
        if k <= lk {
            (low, lk) = (i, k);
        }
        if k >= hk {
            (high, hk) = (i, k);
        }
    }
    (low, high)
}

impl Context {
    fn parse(file: &ContextFile) -> Result<Context, ModelError> {
        let mut weights = [0.0; N_CONTEXT];
        parse_weights(&file.weights, &CONTEXT_NAMES, &mut weights)?;
        let bins = match &file.bins {
            Some(table) => parse_bins(table, &CONTEXT_NAMES)?,
            None => Vec::new(),
        };
        let mut line_weights = [0.0; N_FEATURES];
        if let Some(table) = &file.line_weights {
            parse_weights(table, &NAMES, &mut line_weights)?;
        }
        let line_bins = match &file.line_bins {
            Some(table) => parse_bins(table, &NAMES)?,
            None => Vec::new(),
        };
        Ok(Context {
            weights,
            bins,
            line_weights,
            line_bins,
            bias: finite("context.bias", &file.bias)?,
        })
    }

    /// The terms of the score: the context features' (index `i`) then the
    /// line features' (index `N_CONTEXT + j`).
    fn terms<'a>(
        &'a self,
        c: &'a [f64; N_CONTEXT],
        x: &'a [f64; N_FEATURES],
    ) -> impl Iterator<Item = (usize, f64)> + 'a {
        let own = (0..N_CONTEXT).map(|i| (i, term(self.weights[i], &self.bins, i, c[i])));
        let line = (0..N_FEATURES).map(|j| {
            let t = term(self.line_weights[j], &self.line_bins, j, x[j]);
            (N_CONTEXT + j, t)
        });
        own.chain(line)
    }

    /// Probability (0 to 1) that a line with context features `c` and line
    /// features `x` is article text.
    pub fn probability(&self, c: &[f64; N_CONTEXT], x: &[f64; N_FEATURES]) -> f64 {
        // The terms of `terms`, summed in its order by plain loops.
        let mut z = 0.0;
        for (i, &v) in c.iter().enumerate() {
            z += term(self.weights[i], &self.bins, i, v);
        }
        for (j, &v) in x.iter().enumerate() {
            z += term(self.line_weights[j], &self.line_bins, j, v);
        }
        logistic(self.bias + z)
    }

    /// The context or line feature that pushed hardest toward the decision
    /// taken, with its term (as [`Model::deciding_feature`]).
    pub fn deciding_feature(
        &self,
        c: &[f64; N_CONTEXT],
        x: &[f64; N_FEATURES],
        kept: bool,
    ) -> (&'static str, f64) {
        let (i, t) = deciding(self.terms(c, x), if kept { 1.0 } else { -1.0 });
        let name = CONTEXT_NAMES
            .get(i)
            .unwrap_or_else(|| &NAMES[i - N_CONTEXT]);
        (name, t)
    }
}

impl Model {
    /// Parses a weights file: `bias`, `threshold` (strictly between 0 and
    /// 1) and a `[weights]` table with one finite number per feature name.
    ///
    /// Errors: [`ModelError`], with the byte offset of the fault.
    pub fn parse(toml_text: &str) -> Result<Model, ModelError> {
        let file: File = toml::from_str(toml_text).map_err(|e| ModelError::Syntax {
            message: e.message().trim().replace('\n', " "),
            at: e.span().map_or(0, |s| s.start),
        })?;
        let mut weights = [0.0; N_FEATURES];
        parse_weights(&file.weights, &NAMES, &mut weights)?;
        let bins = match &file.bins {
            Some(table) => parse_bins(table, &NAMES)?,
            None => Vec::new(),
        };
        let threshold = probability_bound("threshold", &file.threshold)?;
        let short_threshold = match &file.short_threshold {
            Some(t) => probability_bound("short_threshold", t)?,
            None => threshold,
        };
        let context = match &file.context {
            Some(c) => Some(Context::parse(c)?),
            None => None,
        };
        Ok(Model {
            weights,
            bins,
            bias: finite("bias", &file.bias)?,
            threshold,
            short_threshold,
            context,
        })
    }

    /// The model shipped in rules/clean/weights.toml (parsed once): what
    /// [`Rules`](crate::Rules) holds unless a rules folder overrides it.
    pub fn builtin() -> &'static Model {
        &super::CleanConfig::builtin().model
    }

    /// Probability (0 to 1) that a line with features `x` is article text
    /// (the first stage).
    pub fn probability(&self, x: &[f64; N_FEATURES]) -> f64 {
        let z: f64 = (0..N_FEATURES)
            .map(|i| term(self.weights[i], &self.bins, i, x[i]))
            .sum();
        logistic(self.bias + z)
    }

    /// [`Model::probability`] with the deciding features (as
    /// [`Model::deciding_feature`]) for either decision, `[dropped, kept]`,
    /// from one computation of the terms.
    pub fn probability_and_deciding(&self, x: &[f64; N_FEATURES]) -> (f64, [&'static str; 2]) {
        let mut terms = [0.0; N_FEATURES];
        match <&[Steps; N_FEATURES]>::try_from(self.bins.as_slice()) {
            // Every feature binned (a `[bins]` table): no look-up can miss.
            Ok(bins) => {
                for (i, t) in terms.iter_mut().enumerate() {
                    *t = self.weights[i] * x[i] + bins[i].term(x[i]);
                }
            }
            Err(_) => {
                for (i, t) in terms.iter_mut().enumerate() {
                    *t = term(self.weights[i], &self.bins, i, x[i]);
                }
            }
        }
        let z: f64 = terms.iter().copied().sum();
        let (low, high) = extremes(&terms);
        (logistic(self.bias + z), [NAMES[low], NAMES[high]])
    }

    /// The feature whose term `weight × value` (plus its bin's weight)
    /// pushed hardest toward the decision taken (`kept`: the largest
    /// positive term; else the most negative), with that term.
    pub fn deciding_feature(&self, x: &[f64; N_FEATURES], kept: bool) -> (&'static str, f64) {
        let terms = (0..N_FEATURES).map(|i| (i, term(self.weights[i], &self.bins, i, x[i])));
        let (i, t) = deciding(terms, if kept { 1.0 } else { -1.0 });
        (NAMES[i], t)
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
    fn bins_add_a_weight_per_value_range() {
        let m = Model::parse(&file(
            "[bins]\nwords = { edges = [1.0, 2.0], weights = [-1.0, 0.0, 3.0] }\n",
        ))
        .unwrap();
        let mut x = [0.0; N_FEATURES];
        let logistic = |z: f64| 1.0 / (1.0 + (-z).exp());
        // Below the first edge: bin 0; an edge belongs to the bin above it.
        assert!((m.probability(&x) - logistic(-2.0)).abs() < 1e-12);
        x[0] = 1.0;
        assert!((m.probability(&x) - logistic(-1.0)).abs() < 1e-12);
        x[0] = 2.5;
        assert!((m.probability(&x) - logistic(2.0)).abs() < 1e-12);
        assert_eq!(m.deciding_feature(&x, true), ("words", 3.0));
        // Bins of an unknown feature, a weight too few, unsorted edges.
        let bad = |b: &str| Model::parse(&file(&format!("[bins]\n{b}\n")));
        assert!(matches!(
            bad("bogus = { edges = [], weights = [1.0] }"),
            Err(ModelError::Unknown { .. })
        ));
        assert!(matches!(
            bad("words = { edges = [1.0], weights = [1.0] }"),
            Err(ModelError::Range { .. })
        ));
        assert!(matches!(
            bad("words = { edges = [2.0, 1.0], weights = [1.0, 1.0, 1.0] }"),
            Err(ModelError::Range { .. })
        ));
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
    fn probability_and_deciding_agree_with_the_separate_calls() {
        let m = Model::builtin();
        let mut seed = 7u64;
        for _ in 0..500 {
            let mut x = [0.0; N_FEATURES];
            for v in x.iter_mut() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                // Small integers, fractions and ties (many zeros).
                *v = ((seed >> 33) % 9) as f64 / [1.0, 4.0, 1.0][(seed >> 20) as usize % 3] - 2.0;
            }
            let ts = [0.0, -0.0, 1.0, -1.0, 1.0, -0.0, 0.0, -1.0];
            let (low, high) = extremes(&ts);
            let sign = |s| deciding(ts.iter().copied().enumerate(), s).0;
            assert_eq!((low, high), (sign(-1.0), sign(1.0)));
            let (p, [dropped, kept]) = m.probability_and_deciding(&x);
            assert_eq!(p.to_bits(), m.probability(&x).to_bits());
            assert_eq!(dropped, m.deciding_feature(&x, false).0);
            assert_eq!(kept, m.deciding_feature(&x, true).0);
        }
    }

    #[test]
    fn padded_steps_score_as_the_bins() {
        let bins = [
            Bins::default(),
            Bins {
                edges: vec![1.0],
                weights: vec![-1.0, 2.0],
            },
            Bins {
                edges: vec![-3.0, -1.0, 0.0, 0.5, 1.0, 2.0, 9.0],
                weights: vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
            },
        ];
        let values = [-9.0, -3.0, -0.5, 0.0, 0.7, 1.0, 1.5, 9.0, 1e300, f64::NAN];
        for b in &bins {
            for &x in &values {
                assert_eq!(Steps::of(b).term(x), b.term(x), "{b:?} at {x}");
            }
        }
        // More edges than the padded layout holds: a range error.
        let eight = file(
            "[bins]\nwords = { edges = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], \
             weights = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0] }\n",
        );
        assert!(matches!(
            Model::parse(&eight),
            Err(ModelError::Range { .. })
        ));
    }

    #[test]
    fn bad_files_are_typed_errors() {
        let bogus = file("bogus = 1.0\n");
        assert_eq!(
            Model::parse(&bogus),
            Err(ModelError::Unknown {
                name: "bogus".into(),
                at: bogus.find("bogus").unwrap()
            })
        );
        let missing = file("").replace("teaser = 0.0\n", "");
        assert!(matches!(
            Model::parse(&missing),
            Err(ModelError::Missing { name: "teaser", .. })
        ));
        assert!(matches!(
            Model::parse("bias = "),
            Err(ModelError::Syntax { .. })
        ));
        let nan = file("").replace("words = 0.0", "words = nan");
        let at = nan.find("nan").unwrap();
        assert!(
            matches!(Model::parse(&nan), Err(ModelError::Range { at: a, .. }) if a == at),
            "{:?}",
            Model::parse(&nan)
        );
    }

    #[test]
    fn the_context_stage_reads_passed_through_line_features() {
        let mut ctx = String::from("[context]\nbias = 0.0\n[context.weights]\n");
        for n in CONTEXT_NAMES {
            ctx.push_str(&format!("{n} = 0.0\n"));
        }
        // Without line tables the line features weigh nothing.
        let m = Model::parse(&file(&ctx)).unwrap();
        let c = m.context.as_ref().unwrap();
        let (cx, mut x) = ([0.0; N_CONTEXT], [0.0; N_FEATURES]);
        x[5] = 1.0; // chrome
        assert!((c.probability(&cx, &x) - 0.5).abs() < 1e-12);
        ctx.push_str("[context.line_weights]\n");
        for n in NAMES {
            ctx.push_str(&format!(
                "{n} = {}\n",
                if n == "chrome" { -2.0 } else { 0.0 }
            ));
        }
        let m = Model::parse(&file(&ctx)).unwrap();
        let c = m.context.as_ref().unwrap();
        assert!((c.probability(&cx, &x) - 1.0 / (1.0 + 2f64.exp())).abs() < 1e-12);
        assert_eq!(c.deciding_feature(&cx, &x, false), ("chrome", -2.0));
        // A line table must name every line feature, and only those.
        let missing = ctx.replace("teaser = 0\n", "");
        assert!(matches!(
            Model::parse(&file(&missing)),
            Err(ModelError::Missing { name: "teaser", .. })
        ));
    }

    #[test]
    fn short_lines_have_their_own_threshold() {
        assert_eq!(Model::parse(&file("")).unwrap().short_threshold, 0.5);
        let with = file("").replace(
            "threshold = 0.5\n",
            "threshold = 0.5\nshort_threshold = 0.6\n",
        );
        assert_eq!(Model::parse(&with).unwrap().short_threshold, 0.6);
        let bad = file("").replace(
            "threshold = 0.5\n",
            "threshold = 0.5\nshort_threshold = 1.0\n",
        );
        assert!(matches!(
            Model::parse(&bad),
            Err(ModelError::Range { ref name, .. }) if name == "short_threshold"
        ));
    }
}
