//! The web-page method of the clean stage: every line with words is
//! classified from its shallow features, then smoothed by its context.

use std::borrow::Cow;

use super::classifier::Model;
use super::config::CleanConfig;
use super::context::{self, N_CONTEXT};
use super::features::{self, N_FEATURES, Own};
use super::{
    Dropped, Layout, Line, LineDecision, LineKind, headline, smoothing, trim_range, visible_text,
};
use crate::rules::Rules;

/// A line with words, as the classifier sees it.
struct Candidate<'t> {
    /// Trimmed byte range of the line.
    start: usize,
    end: usize,
    /// The line's text with boilerplate masks blanked.
    visible: Cow<'t, str>,
    /// After a blank line or indented.
    paragraph_start: bool,
}

/// The lines of `text` with words once `masks` are blanked, in text order.
fn candidates<'t>(text: &'t str, masks: &[(usize, usize)]) -> Vec<Candidate<'t>> {
    let mut out = Vec::new();
    let (mut offset, mut blank_before) = (0, true);
    for raw in super::raw_lines(text) {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let visible = visible_text(text, start, start + line.len(), masks);
        let words = if visible.is_ascii() {
            visible.bytes().any(|b| b.is_ascii_alphanumeric())
        } else {
            visible.chars().any(char::is_alphanumeric)
        };
        if !words {
            blank_before |= line.trim().is_empty();
            continue;
        }
        let (s, e) = trim_range(text, start, start + line.len());
        let indented = line.starts_with("  ") || line.starts_with('\t');
        out.push(Candidate {
            start: s,
            end: e,
            visible,
            paragraph_start: blank_before || indented,
        });
        blank_before = false;
    }
    out
}

/// One line's features, for fitting the classifier (`examples/clean_features.rs`).
#[derive(Debug, Clone)]
pub struct LineFeatures {
    /// Trimmed byte range of the line in the text.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// The line's visible text (boilerplate masks blanked).
    pub visible: String,
    /// Words on the line.
    pub words: usize,
    /// The feature vector, in [`features::NAMES`] order.
    pub x: [f64; N_FEATURES],
}

/// The feature vectors of the lines the web-page method classifies (the
/// lines with words, boilerplate masked), whatever method `clean` picks.
pub fn line_features(text: &str, rules: &Rules) -> Vec<LineFeatures> {
    let (_, merged) = super::masked(text, rules);
    let cands = candidates(text, &merged);
    let own = features::own_all(cands.iter().map(|c| &*c.visible), &rules.clean.lists);
    let xs = features::vectors(&own);
    cands
        .into_iter()
        .zip(own.iter().zip(xs))
        .map(|(c, (o, x))| LineFeatures {
            start: c.start,
            end: c.end,
            visible: c.visible.into_owned(),
            words: o.n,
            x,
        })
        .collect()
}

/// Per line: the first stage's probability, the final one (the second,
/// context stage's when the model has one) and the context vectors (empty
/// without a context stage).
#[allow(clippy::type_complexity)]
fn probabilities(
    model: &Model,
    own: &[Own],
    xs: &[[f64; N_FEATURES]],
    first: Vec<f64>,
) -> (Vec<f64>, Vec<f64>, Vec<[f64; N_CONTEXT]>) {
    match &model.context {
        Some(ctx) => {
            let cxs = context::vectors(own, &first);
            let probs = cxs
                .iter()
                .zip(xs)
                .map(|(c, x)| ctx.probability(c, x))
                .collect();
            (first, probs, cxs)
        }
        None => (first.clone(), first, Vec::new()),
    }
}

/// Classifies every line with words; fills `layout.lines`, `layout.dropped`
/// (reason `line-classifier`) and `layout.decisions`.
pub(super) fn classify_lines(
    text: &str,
    masks: &[(usize, usize)],
    config: &CleanConfig,
    layout: &mut Layout,
) {
    let model = &config.model;
    let cands = candidates(text, masks);
    let own = features::own_all(cands.iter().map(|c| &*c.visible), &config.lists);
    let xs = features::vectors(&own);
    // The first stage, with its deciding features either way (the reasons).
    let (first, why): (Vec<f64>, Vec<[&'static str; 2]>) =
        xs.iter().map(|x| model.probability_and_deciding(x)).unzip();
    let (first, probs, cxs) = probabilities(model, &own, &xs, first);
    let limits = smoothing::thresholds(&own, model.threshold, model.short_threshold);
    let mut decided = smoothing::smooth(&own, &probs, model.threshold, model.short_threshold);
    let visible: Vec<&str> = cands.iter().map(|c| &*c.visible).collect();
    let title = headline::pick(&visible, &own, &config.lists, &mut decided);
    layout.decisions.reserve(cands.len());
    layout.dropped.reserve(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let (kept, rule) = decided[i];
        let reason = match (rule, &model.context) {
            (Some(r), _) => Cow::Borrowed(r),
            // The second stage overturned the first: what around the line did.
            (None, Some(ctx)) if kept != (first[i] > limits[i]) => Cow::Owned(format!(
                "context: {}",
                ctx.deciding_feature(&cxs[i], &xs[i], kept).0
            )),
            _ => Cow::Borrowed(why[i][usize::from(kept)]),
        };
        layout.decisions.push(LineDecision {
            start: c.start,
            end: c.end,
            kept,
            probability: probs[i],
            reason,
        });
        if !kept {
            layout.dropped.push(Dropped {
                start: c.start,
                end: c.end,
                reason: Cow::Borrowed("line-classifier"),
            });
            continue;
        }
        // The page title as headline: its headline part, not the site's name.
        let (start, end) = match title {
            Some(0) if i == 0 => {
                let (s, e) = headline::title_part(&text[c.start..c.end]);
                (c.start + s, c.start + e)
            }
            _ => (c.start, c.end),
        };
        layout.lines.push(Line {
            start,
            end,
            kind: if title == Some(i) {
                LineKind::Title
            } else {
                LineKind::Body
            },
            paragraph_start: c.paragraph_start,
        });
    }
}
