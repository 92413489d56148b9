#!/usr/bin/env python3
"""Fits the clean stage's line classifier (issue 12) and writes its weights.

    scripts/fit-clean.sh          (dumps the features, sets up the venv, runs this)
    fit-clean.py LINES.jsonl OUT.toml [C]

LINES.jsonl is the dump of examples/clean_features.rs: per webmain dev page its
lines' feature vectors (computed by tieup itself, so Rust is the single source
of features) and gold labels (a line is article text when its word sequence
occurs in the gold body). Fit: logistic regression (scikit-learn, L2, C=1 by
default), each line weighted by min(words, 40)+1 over the page's words + 1
(pages weigh alike, as in the Zyte-style scoring), on the EVEN-numbered pages
of the gold file only; the odd pages are held out (scripts/score-webmain.sh
--ids target/webmain/odd.ids scores them). Features are standardised for the
fit and the weights mapped back to raw feature values. One threshold for all
sites. Reads ../shared through the dump; copies nothing from it.
"""
import json, sys

import numpy as np
from sklearn.linear_model import LogisticRegression

NAMES = None
BINS = 8


def expand(X, edges):
    """X with one indicator column per bin of each feature appended."""
    cols = [X]
    for j, e in enumerate(edges):
        k = np.searchsorted(e, X[:, j], side='right')
        cols.append((k[:, None] == np.arange(len(e) + 1)[None, :]).astype(float))
    return np.hstack(cols)


def main():
    global NAMES
    src, out = sys.argv[1], sys.argv[2]
    c = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    X, y, w = [], [], []
    pages = 0
    for line in open(src, encoding='utf-8'):
        page = json.loads(line)
        if page['index'] % 2 or not page['lines']:
            continue
        pages += 1
        total = sum(l['words'] for l in page['lines']) + 1
        for l in page['lines']:
            X.append(l['x'])
            y.append(l['label'])
            w.append((min(l['words'], 40) + 1) / total)
    X, y, w = np.array(X), np.array(y), np.array(w)
    names = [l.strip() for l in open(sys.argv[4] if len(sys.argv) > 4 else 'target/webmain/names.txt')]
    assert len(names) == X.shape[1], (len(names), X.shape[1])
    # Bins: per feature, inner edges at the quantiles 1/BINS .. (BINS-1)/BINS
    # of the training lines (duplicates merged); a line falls in bin k when k
    # edges are <= its value (Rust: partition_point(|e| e <= x)).
    edges = [np.unique(np.quantile(X[:, j], np.arange(1, BINS) / BINS)) for j in range(X.shape[1])]
    Z = expand(X, edges)
    mu, sd = Z.mean(axis=0), Z.std(axis=0)
    sd[sd == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit((Z - mu) / sd, y, sample_weight=w)
    coef = model.coef_[0] / sd
    bias = model.intercept_[0] - float(np.sum(model.coef_[0] * mu / sd))
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write('# Weights of the clean stage\'s line classifier (logistic regression over\n'
                 '# the shallow line features of src/pipeline/clean/features.rs; a line is\n'
                 '# article text when 1/(1+exp(-(bias + sum weight*value))) > threshold).\n'
                 '# Fitted by scripts/fit-clean.sh (scikit-learn LogisticRegression, L2,\n'
                 '# C=%g, standardised features mapped back to raw values, lines weighted\n'
                 '# so that pages weigh alike) on the %d even-numbered pages of the webmain\n'
                 '# dev gold (%d lines); the odd pages are held out. The same weights and\n'
                 '# threshold for every site. Regenerate: scripts/fit-clean.sh\n'
                 % (c, pages, len(y)))
        fh.write('bias = %.6f\nthreshold = 0.5\n\n[weights]\n' % bias)
        for n, v in zip(names, coef):
            fh.write('%s = %.6f\n' % (n, v))
        fh.write('\n# Per feature: inner bin edges (a value is in bin k when k edges are\n'
                 '# <= it) and a weight per bin, added to the linear term.\n[bins]\n')
        at = len(names)
        for n, e in zip(names, edges):
            bw = coef[at:at + len(e) + 1]
            at += len(e) + 1
            fh.write('%s = { edges = [%s], weights = [%s] }\n' % (
                n, ', '.join(repr(float(v)) for v in e), ', '.join('%.6f' % v for v in bw)))
    print('%s: %d pages, %d lines, C=%g, train accuracy (weighted) %.3f'
          % (out, pages, len(y), c, model.score((Z - mu) / sd, y, sample_weight=w)), file=sys.stderr)


if __name__ == '__main__':
    main()
