#!/usr/bin/env python3
"""Fits the clean stage's line classifier (issue 12) and writes its weights.

    scripts/fit-clean.sh          (dumps the features, sets up the venv, runs this)
    fit-clean.py LINES.jsonl OUT.toml [C] [NAMES.txt] [PLAIN.jsonl]

LINES.jsonl is the dump of examples/clean_features.rs: per webmain dev page its
lines' feature vectors (computed by tieup itself, so Rust is the single source
of the line features) and gold labels (a line is article text when its word
sequence occurs in the gold body). Two stages, both binned logistic regressions
(scikit-learn, L2, C=1 by default; each feature enters linearly plus one
indicator per quantile bin, BINS bins), each line weighted by
min(words, 40)+1 over the page's words + 1 (pages weigh alike, as in the
Zyte-style scoring), fitted on the EVEN-numbered pages of the gold file only;
the odd pages are held out (scripts/score-webmain.sh --ids
target/webmain/odd.ids scores them). PLAIN.jsonl (optional, the same dump
over plain news articles, e.g. corpora/bbc-news: one paragraph a line, no
page chrome) adds its even-numbered articles of PLAIN_LINES lines or more
as pages whose lines are all article text but the first (the headline),
together weighing PLAIN_WEIGHT of the webmain pages: without them the fit
reads "second line of the page" and "all the prose after it" as chrome,
which drops the lead paragraph of an article that opens its page:
  1. the line classifier over the line features;
  2. the context (stacked) stage over the first stage's probabilities around
     each line (src/pipeline/clean/context.rs; context_vectors below computes
     the same numbers). Its training inputs are out-of-fold: the even pages
     are split in two by page, and each half gets the first-stage
     probabilities of a model fitted on the other half, so the second stage
     learns how far to trust the first stage on pages it did not see.
Features are standardised for the fit and the weights mapped back to raw
feature values. One threshold for all sites. Reads ../shared through the
dump; copies nothing from it.
"""
import json, sys

import numpy as np
from sklearn.linear_model import LogisticRegression

BINS = 8
# The threshold of short lines (src/pipeline/clean/smoothing.rs
# `thresholds`: under 10 words, not a byline, credit or short sentence):
# picked on the even pages among 0.6, 0.65, 0.7, 0.75, 0.8 as the best
# webmain F1 that adds neither chrome companies nor chrome people
# (scripts/chrome-entities.sh) against the unbinned fit before it: below 0.8
# this fit keeps more chrome people (0.7: 988 against 979). With the plain
# articles of PLAIN.jsonl in the fit 0.9 was better (0.8 then keeps 267
# chrome companies and 990 chrome people against 258 and 960).
SHORT_THRESHOLD = 0.8
# Ship the context (stacked) stage: its fit scores higher on webmain (0.929
# against 0.926 for stage 1 alone, short threshold 0.7) but costs about 10%
# more instructions of `tieup extract` on web pages (callgrind, 97 pages of
# corpora/web-news), over the ~3% budget of issue 12; stage 1 with bins
# costs about 3%. False: only stage 1 is fitted and written.
CONTEXT = False
# Plain articles (PLAIN.jsonl, optional; scripts/fit-clean.sh does not pass
# it) taken as all-body pages: those with this many lines with words or
# more (the ones that reach the line classifier, see PAGE_LINES in
# src/pipeline/clean/mod.rs), weighing together this share of the webmain
# pages' weight. Tried, not shipped: with bbc-news (PLAIN_LINES 15,
# PLAIN_WEIGHT 0.05, SHORT_THRESHOLD 0.9) the fit drops fewer lines of
# bbc-news articles (even 174 -> 155, odd 73 -> 54: lead and last
# paragraphs, which the fit without them reads as chrome from the
# neighbour bins of the page's edges and prose_after = 1) and keeps webmain
# (even .920 -> .920, odd .932 -> .931) and chrome people (971 -> 960), but
# chrome companies rise (254 -> 258) and the dev2 set-aside part of the
# gold falls (companies .757 -> .750, people .849 -> .840; also with
# PLAIN_WEIGHT 0.03 and 0.1).
PLAIN_LINES = 15
PLAIN_WEIGHT = 0.05
SHORT = 10
CONTEXT_NAMES = ['p', 'logit', 'prev', 'next', 'prev2', 'next2', 'mean5', 'mean15',
                 'wmean5', 'long_prev', 'long_next', 'kept_before', 'kept_after', 'words']


def expand(X, edges):
    """X with one indicator column per bin of each feature appended."""
    cols = [X]
    for j, e in enumerate(edges):
        k = np.searchsorted(e, X[:, j], side='right')
        cols.append((k[:, None] == np.arange(len(e) + 1)[None, :]).astype(float))
    return np.hstack(cols)


class Binned:
    """A binned logistic regression; raw-value weights as the Rust model reads them."""

    def __init__(self, X, y, w, c):
        # Bins: per feature, inner edges at the quantiles 1/BINS .. (BINS-1)/BINS
        # of the training lines (duplicates merged); a line falls in bin k when k
        # edges are <= its value (Rust: partition_point(|e| e <= x)).
        self.edges = [np.unique(np.quantile(X[:, j], np.arange(1, BINS) / BINS))
                      for j in range(X.shape[1])]
        Z = expand(X, self.edges)
        mu, sd = Z.mean(axis=0), Z.std(axis=0)
        sd[sd == 0] = 1.0
        m = LogisticRegression(C=c, max_iter=5000)
        m.fit((Z - mu) / sd, y, sample_weight=w)
        self.coef = m.coef_[0] / sd
        self.bias = m.intercept_[0] - float(np.sum(m.coef_[0] * mu / sd))
        self.nf = X.shape[1]

    def prob(self, X):
        z = self.bias + expand(X, self.edges) @ self.coef
        return 1.0 / (1.0 + np.exp(-z))

    def write(self, fh, names, prefix, first=0):
        """Writes the weights and bins of features first..first+len(names)."""
        fh.write('[%sweights]\n' % prefix)
        for n, v in zip(names, self.coef[first:]):
            fh.write('%s = %.6f\n' % (n, v))
        fh.write('\n[%sbins]\n' % prefix)
        at = self.nf + sum(len(e) + 1 for e in self.edges[:first])
        for n, e in zip(names, self.edges[first:]):
            bw = self.coef[at:at + len(e) + 1]
            at += len(e) + 1
            fh.write('%s = { edges = [%s], weights = [%s] }\n' % (
                n, ', '.join(repr(float(v)) for v in e), ', '.join('%.6f' % v for v in bw)))


def context_vectors(n, q):
    """src/pipeline/clean/context.rs::vectors: n words and q first-stage
    probabilities of a page's lines -> its context vectors."""
    m = len(n)
    n = np.asarray(n, dtype=float)
    q = np.asarray(q, dtype=float)
    P = np.concatenate([[0.0], np.cumsum(q)])
    PW = np.concatenate([[0.0], np.cumsum(q * n)])
    W = np.concatenate([[0.0], np.cumsum(n)])
    idx = np.arange(m)

    def window(r):
        lo, hi = np.maximum(idx - r, 0), np.minimum(idx + r + 1, m)
        lines = hi - lo - 1
        mean = np.where(lines > 0, (P[hi] - P[lo] - q) / np.maximum(lines, 1), 0.0)
        w = W[hi] - W[lo] - n
        wmean = np.where(w > 0, (PW[hi] - PW[lo] - q * n) / np.where(w > 0, w, 1), 0.0)
        return mean, wmean

    def shift(d):
        out = np.zeros(m)
        if d > 0:
            out[:m - d] = q[d:]
        else:
            out[-d:] = q[:m + d]
        return out
    long_prev, long_next = np.zeros(m), np.zeros(m)
    last = 0.0
    for i in range(m):
        long_prev[i] = last
        if n[i] >= SHORT:
            last = q[i]
    last = 0.0
    for i in range(m - 1, -1, -1):
        long_next[i] = last
        if n[i] >= SHORT:
            last = q[i]
    kept = max(PW[m], 1e-9)
    with np.errstate(divide='ignore'):
        lg = np.clip(np.log(q / (1 - q)), -10, 10)
    mean5, wmean5 = window(5)
    mean15, _ = window(15)
    return np.column_stack([q, lg, shift(-1), shift(1), shift(-2), shift(2),
                            mean5, mean15, wmean5, long_prev, long_next,
                            PW[:m] / kept, (PW[m] - PW[1:]) / kept, np.log1p(n)])


def load(src):
    pages = []
    for line in open(src, encoding='utf-8'):
        page = json.loads(line)
        if not page['lines']:
            continue
        ls = page['lines']
        total = sum(l['words'] for l in ls) + 1
        pages.append(dict(index=page['index'], dataset=page['dataset'],
                          X=np.array([l['x'] for l in ls]), y=np.array([l['label'] for l in ls]),
                          n=np.array([l['words'] for l in ls]),
                          w=np.array([(min(l['words'], 40) + 1) / total for l in ls])))
    return pages


def load_plain(src, share, n_web):
    """Plain articles as all-body pages (the first line, the headline, is
    not body): the even-numbered ones of PLAIN_LINES lines or more, each
    page's weight scaled so that they weigh `share` of `n_web` pages."""
    pages = [p for p in load(src) if p['index'] % 2 == 0 and len(p['y']) >= PLAIN_LINES]
    for p in pages:
        p['y'] = np.ones(len(p['y']), dtype=int)
        p['y'][0] = 0
        p['w'] = p['w'] * share * n_web / max(len(pages), 1)
    return pages


def stack(pages, key):
    return np.concatenate([p[key] for p in pages])


def proxy_f1(pages, key, thr=0.5):
    """Mean over pages of a word-level F1 of the lines decided (before smoothing)."""
    f = []
    for p in pages:
        k = p[key] > thr
        tp = float(np.sum(p['n'] * (k & (p['y'] == 1))))
        fp = float(np.sum(p['n'] * (k & (p['y'] == 0))))
        fn = float(np.sum(p['n'] * (~k & (p['y'] == 1))))
        f.append(2 * tp / max(2 * tp + fp + fn, 1e-9))
    return float(np.mean(f))


def main():
    src, out = sys.argv[1], sys.argv[2]
    c = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    names = [l.strip() for l in open(sys.argv[4] if len(sys.argv) > 4 else 'target/webmain/names.txt')]
    pages = load(src)
    even = [p for p in pages if p['index'] % 2 == 0]
    odd = [p for p in pages if p['index'] % 2]
    assert len(names) == even[0]['X'].shape[1], (len(names), even[0]['X'].shape[1])
    fit = lambda ps, key: Binned(stack(ps, key), stack(ps, 'y'), stack(ps, 'w'), c)
    plain = load_plain(sys.argv[5], PLAIN_WEIGHT, len(even)) if len(sys.argv) > 5 else []
    stage1 = fit(even + plain, 'X')
    if not CONTEXT:
        write(out, c, even, names, stage1, None, plain)
        return
    # Out-of-fold first-stage probabilities for the even pages.
    halves = [[p for p in even if (p['index'] // 2) % 2 == h] for h in (0, 1)]
    for h in (0, 1):
        other = fit(halves[1 - h], 'X')
        for p in halves[h]:
            p['q'] = other.prob(p['X'])
    for p in odd:
        p['q'] = stage1.prob(p['X'])
    for p in pages:
        # Stage 2 reads the context vectors and, passed through, the line's
        # own features ([context.line_weights], [context.line_bins]).
        p['C'] = np.hstack([context_vectors(p['n'], p['q']), p['X']])
    stage2 = fit(even, 'C')
    for p in odd:
        p['q2'] = stage2.prob(p['C'])
    print('held-out odd pages, word F1 of the lines before smoothing: stage 1 %.4f, '
          'with the context stage %.4f' % (proxy_f1(odd, 'q'), proxy_f1(odd, 'q2')), file=sys.stderr)
    write(out, c, even, names, stage1, stage2)


def write(out, c, even, names, stage1, stage2, plain=()):
    """Writes the weights file: stage 1, and stage 2 unless it is None."""
    lines = sum(len(p['y']) for p in even)
    with open(out, 'w', encoding='utf-8') as fh:
        if stage2 is None:
            fh.write('# Weights of the clean stage\'s line classifier: a binned logistic\n'
                     '# regression over the shallow line features of\n'
                     '# src/pipeline/clean/features.rs: a line\'s score is bias + sum over\n'
                     '# its features of weight*value + the weight of the bin the value falls\n'
                     '# in; a line is article text when 1/(1+exp(-score)) > threshold. No\n'
                     '# context stage (CONTEXT in scripts/fit-clean.py says why).\n'
                     '# Fitted by scripts/fit-clean.sh (scikit-learn LogisticRegression, L2,\n'
                     '# C=%g, %d quantile bins per feature, standardised features mapped back\n'
                     '# to raw values, lines weighted so that pages weigh alike) on the %d\n'
                     '# even-numbered pages of the webmain dev gold (%d lines); the odd pages\n'
                     '# are held out. The same weights and thresholds for every site.\n'
                     % (c, BINS, len(even), lines))
            if plain:
                fh.write('# Also fitted on %d even-numbered plain articles of %d lines or more\n'
                         '# as all-body pages weighing %g of the webmain pages\n'
                         '# (PLAIN_WEIGHT in scripts/fit-clean.py).\n'
                         % (len(plain), PLAIN_LINES, PLAIN_WEIGHT))
            fh.write('# Regenerate: scripts/fit-clean.sh\n')
        else:
            fh.write('# Weights of the clean stage\'s line classifier, two stages, each a\n'
                     '# binned logistic regression: a line\'s score is bias + sum over its\n'
                     '# features of weight*value + the weight of the bin the value falls in.\n'
                     '# Stage 1 ([weights], [bins]) reads the shallow line features of\n'
                     '# src/pipeline/clean/features.rs; stage 2 ([context]) reads stage 1\'s\n'
                     '# probabilities around the line (src/pipeline/clean/context.rs); a line\n'
                     '# is article text when stage 2\'s 1/(1+exp(-score)) > threshold.\n'
                     '# Fitted by scripts/fit-clean.sh (scikit-learn LogisticRegression, L2,\n'
                     '# C=%g, %d quantile bins per feature, standardised features mapped back\n'
                     '# to raw values, lines weighted so that pages weigh alike; stage 2 on\n'
                     '# out-of-fold stage-1 probabilities) on the %d even-numbered pages of\n'
                     '# the webmain dev gold (%d lines); the odd pages are held out. The same\n'
                     '# weights and threshold for every site. Regenerate: scripts/fit-clean.sh\n'
                     % (c, BINS, len(even), lines))
        fh.write('# short_threshold: short lines other than bylines, the line after a\n'
                 '# byline, contributor credits and sentences of 5 words or more need\n'
                 '# p > short_threshold (captions, names, teaser titles); see\n'
                 '# SHORT_THRESHOLD in scripts/fit-clean.py for how it was picked.\n')
        fh.write('bias = %.6f\nthreshold = 0.5\nshort_threshold = %g\n\n'
                 % (stage1.bias, SHORT_THRESHOLD))
        stage1.write(fh, names, '')
        if stage2 is None:
            print('%s: %d pages, %d lines, C=%g, stage 1 only' % (out, len(even), lines, c),
                  file=sys.stderr)
            return
        fh.write('\n# Stage 2: the context (stacked) stage.\n[context]\nbias = %.6f\n\n' % stage2.bias)
        stage2.write(fh, CONTEXT_NAMES, 'context.')
        fh.write('\n# Stage 2 also reads the line features of stage 1.\n')
        stage2.write(fh, names, 'context.line_', len(CONTEXT_NAMES))
    print('%s: %d pages, %d lines, C=%g' % (out, len(even), lines, c), file=sys.stderr)


if __name__ == '__main__':
    main()
