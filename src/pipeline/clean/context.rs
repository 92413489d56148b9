//! The context features of the line classifier's second (stacked) stage:
//! what the first stage thinks of the lines around a line. A line amid
//! article lines is likelier article text than the same line amid menus,
//! and the end of a long article reads as article because the lines before
//! it do (a stacked generalisation, Wolpert 1992, over a sequence).
//!
//! Takes: the lines' own features and the first stage's probabilities.
//! Gives: one vector of [`N_CONTEXT`] numbers per line, named by
//! [`CONTEXT_NAMES`]. Guarantees: linear in the page (windows are prefix
//! sums; the nearest long line on each side is one pass each way), three
//! allocations per page besides the vectors.

use super::features::{Own, SHORT};

/// Names of the context features, in vector order (the keys of the
/// `[context.weights]` table of `rules/clean/weights.toml`).
pub const CONTEXT_NAMES: [&str; N_CONTEXT] = [
    "p",
    "logit",
    "prev",
    "next",
    "prev2",
    "next2",
    "mean5",
    "mean15",
    "wmean5",
    "long_prev",
    "long_next",
    "kept_before",
    "kept_after",
    "words",
];

/// Length of a context vector.
pub const N_CONTEXT: usize = 14;

/// Lines on each side of a line in the near and the wide window.
const NEAR: usize = 5;
const WIDE: usize = 15;

/// The logit of `p`, bounded to ±10.
fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).ln().clamp(-10.0, 10.0)
}

/// Prefix sums: `[i]` holds the sum over lines `0..i`.
struct Sums {
    /// Probabilities.
    p: Vec<f64>,
    /// Probabilities weighted by the line's words.
    pw: Vec<f64>,
    /// Words.
    w: Vec<f64>,
}

impl Sums {
    fn new(own: &[Own], probs: &[f64]) -> Sums {
        let n = own.len();
        let mut s = Sums {
            p: Vec::with_capacity(n + 1),
            pw: Vec::with_capacity(n + 1),
            w: Vec::with_capacity(n + 1),
        };
        let (mut p, mut pw, mut w) = (0.0, 0.0, 0.0);
        s.p.push(p);
        s.pw.push(pw);
        s.w.push(w);
        for (o, &q) in own.iter().zip(probs) {
            p += q;
            pw += q * o.n as f64;
            w += o.n as f64;
            s.p.push(p);
            s.pw.push(pw);
            s.w.push(w);
        }
        s
    }

    /// Mean probability of the `r` lines on each side of line `i` (itself
    /// left out), and the same weighted by words; 0 when there are none.
    fn window(&self, i: usize, r: usize, q: f64, words: f64) -> (f64, f64) {
        let n = self.p.len() - 1;
        let (lo, hi) = (i.saturating_sub(r), (i + r + 1).min(n));
        let lines = (hi - lo - 1) as f64;
        let mean = if lines > 0.0 {
            (self.p[hi] - self.p[lo] - q) / lines
        } else {
            0.0
        };
        let w = self.w[hi] - self.w[lo] - words;
        let wmean = if w > 0.0 {
            (self.pw[hi] - self.pw[lo] - q * words) / w
        } else {
            0.0
        };
        (mean, wmean)
    }
}

/// The context vectors of a page's lines from their own features and the
/// first stage's probabilities (same length, text order).
pub fn vectors(own: &[Own], probs: &[f64]) -> Vec<[f64; N_CONTEXT]> {
    let n = own.len();
    let sums = Sums::new(own, probs);
    // Probability of the nearest long line after each line.
    let mut long_next = vec![0.0; n];
    let mut last = 0.0;
    for i in (0..n).rev() {
        long_next[i] = last;
        if own[i].n >= SHORT {
            last = probs[i];
        }
    }
    let kept = sums.pw[n].max(1e-9);
    let at = |j: isize| usize::try_from(j).ok().and_then(|j| probs.get(j)).copied();
    let mut long_prev = 0.0;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (q, words) = (probs[i], own[i].n as f64);
        let (mean5, wmean5) = sums.window(i, NEAR, q, words);
        let (mean15, _) = sums.window(i, WIDE, q, words);
        let k = i as isize;
        out.push([
            q,
            logit(q),
            at(k - 1).unwrap_or(0.0),
            at(k + 1).unwrap_or(0.0),
            at(k - 2).unwrap_or(0.0),
            at(k + 2).unwrap_or(0.0),
            mean5,
            mean15,
            wmean5,
            long_prev,
            long_next[i],
            sums.pw[i] / kept,
            (sums.pw[n] - sums.pw[i + 1]) / kept,
            super::features::ln_1p_count(own[i].n),
        ]);
        if own[i].n >= SHORT {
            long_prev = q;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::features::own_of_words as own;

    fn at(name: &str) -> usize {
        CONTEXT_NAMES.iter().position(|n| *n == name).unwrap()
    }

    #[test]
    fn neighbours_and_windows_of_the_first_stage() {
        let o = own(&[2, 20, 3, 30, 1]);
        let p = [0.1, 0.9, 0.4, 0.8, 0.2];
        let v = vectors(&o, &p);
        assert_eq!(v.len(), 5);
        assert_eq!(v[2][at("p")], 0.4);
        assert!(v[2][at("logit")] < 0.0 && v[1][at("logit")] > 0.0);
        assert_eq!((v[2][at("prev")], v[2][at("next")]), (0.9, 0.8));
        assert_eq!((v[2][at("prev2")], v[2][at("next2")]), (0.1, 0.2));
        // Beyond the page: 0.
        assert_eq!((v[0][at("prev")], v[4][at("next2")]), (0.0, 0.0));
        // The window leaves the line itself out.
        let mean = (0.1 + 0.9 + 0.8 + 0.2) / 4.0;
        assert!((v[2][at("mean5")] - mean).abs() < 1e-12);
        let wmean = (0.2 + 18.0 + 24.0 + 0.2) / 53.0;
        assert!((v[2][at("wmean5")] - wmean).abs() < 1e-12);
        // Nearest long lines on each side.
        assert_eq!((v[2][at("long_prev")], v[2][at("long_next")]), (0.9, 0.8));
        assert_eq!((v[0][at("long_prev")], v[4][at("long_next")]), (0.0, 0.0));
        // Shares of the expected kept words before and after.
        let kept = 0.2 + 18.0 + 1.2 + 24.0 + 0.2;
        assert!((v[2][at("kept_before")] - 18.2 / kept).abs() < 1e-12);
        assert!((v[2][at("kept_after")] - 24.2 / kept).abs() < 1e-12);
        assert_eq!(v[1][at("words")], 21f64.ln());
    }

    #[test]
    fn an_empty_or_one_line_page() {
        assert!(vectors(&[], &[]).is_empty());
        let v = vectors(&own(&[5]), &[1.0]);
        assert_eq!(v[0][at("mean5")], 0.0);
        assert_eq!(v[0][at("logit")], 10.0);
    }
}
