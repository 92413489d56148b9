#!/usr/bin/env python3
"""Prototype of a line classifier for the clean stage, fitted and scored on the
webmain dev gold (issue 12). Not used by tieup yet: it measures what a
Kohlschütter-style shallow-feature classifier (WSDM 2010: features of a line and
of its neighbours) reaches on the same naive page lines tieup sees.

    scripts/fit-clean.sh          (sets up target/webmain/venv, then runs this)

Features per non-blank line (a line = one block of the scraped page): ln(1+words),
stopword density (jusText's English stoplist, Pomikálek 2011), ends a sentence,
share of capitalised words, share of digit tokens, chrome words per sqrt(words),
teaser opener ("Read more:", "Related:"), menu separators (| › » •), ©, mean word
length, ln(1+length of the run of short lines it stands in), relative position
(by words) and its square; the same four first features of the two lines before
and after; two products. Labels: a line is article when its token sequence occurs
in the gold body. Fit: logistic regression (scikit-learn, C=1), each line weighted
by min(words, 40)+1 over the page's words (pages weigh alike, as in the Zyte
scoring), on the even-numbered gold pages; scored on the odd ones, kept = P > 0.5.
Thresholds are the same for every site. Reads ../shared; copies nothing from it.
"""
import json, math, os, re, sys

import numpy as np
from sklearn.linear_model import LogisticRegression

SHARED = os.environ.get('SHARED', os.path.join(os.path.dirname(__file__), '..', '..', 'shared'))
sys.path.insert(0, os.path.join(SHARED, 'eval', 'webmain'))
from score_main import score  # noqa: E402

STOP = set(w.strip().lower() for w in open(sys.argv[1], encoding='utf-8') if w.strip())
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
CHROME = ['share', 'subscribe', 'sign up', 'log in', 'login', 'sign in', 'advertisement', 'read more',
          'related', 'newsletter', 'follow us', 'comment', 'comments', 'reply', 'privacy', 'terms',
          'cookie', 'copyright', 'all rights reserved', 'menu', 'home', 'search', 'skip to',
          'click here', 'download', 'contact us', 'about us', 'posted in', 'tags', 'tagged',
          'categories', 'previous', 'next', 'more from', 'most read', 'most popular', 'trending',
          'recommended', 'you may also like', 'sponsored', 'watch', 'video', 'photos', 'email',
          'print', 'facebook', 'twitter', 'instagram', 'linkedin', 'pinterest', 'whatsapp',
          'youtube', 'accept', 'consent', 'manage preferences', 'we use', 'partners', 'opt out',
          'rss', 'sitemap', 'careers', 'log out', 'register', 'join', 'premium', 'free trial',
          'loading']
CHROME_RE = re.compile(r'\b(' + '|'.join(re.escape(c) for c in CHROME) + r')\b', re.I)
TEASER = re.compile(r"^\s*(read more|related|see also|also read|more|watch|listen|read|recommended|"
                    r"most read|trending|editor's picks?|more on this|more from)\s*[:|»›-]", re.I)
END = tuple('.!?"”:)')
SHORT = 10


def base(s):
    ws = WORD.findall(s)
    n = len(ws)
    sw = sum(1 for w in ws if w.lower() in STOP)
    alpha = [w for w in ws if w[0].isalpha()]
    cap = sum(1 for w in alpha if w[0].isupper())
    dig = sum(1 for w in ws if w[0].isdigit())
    return dict(n=n, lw=math.log1p(n), sd=sw / n if n else 0,
                end=1.0 if s.rstrip().endswith(END) else 0.0,
                cap=cap / len(alpha) if alpha else 0, dig=dig / n if n else 0,
                chrome=min(len(CHROME_RE.findall(s)), 3) / max(1, n) ** 0.5,
                teaser=1.0 if TEASER.match(s) else 0.0,
                sep=1.0 if re.search(r'[|›»•·]', s) else 0.0,
                copy=1.0 if '©' in s else 0.0,
                awl=min(sum(len(w) for w in ws) / n, 12) / 12 if n else 0)


def features(lines):
    B = [base(s) for s in lines]
    n = len(B)
    run = [0] * n
    i = 0
    while i < n:
        if B[i]['n'] < SHORT:
            j = i
            while j < n and B[j]['n'] < SHORT:
                j += 1
            for k in range(i, j):
                run[k] = j - i
            i = j
        else:
            i += 1
    tot = sum(b['n'] for b in B) or 1
    cum = 0
    X = []
    keys = ['lw', 'sd', 'end', 'cap', 'dig', 'chrome', 'teaser', 'sep', 'copy', 'awl']
    nk = ['lw', 'sd', 'end', 'cap']
    for i, b in enumerate(B):
        pos = (cum + b['n'] / 2) / tot
        cum += b['n']
        x = [b[k] for k in keys] + [math.log1p(run[i]), pos, pos * pos]
        for d in (-1, 1, -2, 2):
            nb = B[i + d] if 0 <= i + d < n else None
            x += [nb[k] for k in nk] if nb else [0.0] * len(nk)
        x += [b['lw'] * b['sd'], b['lw'] * b['end']]
        X.append(x)
    return X, B


def main():
    gold = [json.loads(l) for l in open(os.path.join(SHARED, 'eval/webmain/dev.gold.jsonl'), encoding='utf-8')]
    tok = re.compile(r'\w+')
    pages = []
    for g in gold:
        text = open(os.path.join(SHARED, 'corpora/web-news/%s.txt' % g['id']), encoding='utf-8', errors='replace').read()
        lines = [s.strip() for s in text.split('\n') if WORD.search(s)]
        body = ' ' + ' '.join(tok.findall(g['body'])) + ' '
        y = [1 if (' ' + ' '.join(tok.findall(s)) + ' ') in body else 0 for s in lines]
        X, B = features(lines)
        w = np.array([min(b['n'], 40) + 1 for b in B]) / (sum(b['n'] for b in B) + 1)
        pages.append((g, lines, np.array(X), np.array(y), w))
    fit = [p for i, p in enumerate(pages) if i % 2 == 0]
    held = [p for i, p in enumerate(pages) if i % 2 == 1]
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(np.vstack([p[2] for p in fit]), np.concatenate([p[3] for p in fit]),
              sample_weight=np.concatenate([p[4] for p in fit]))
    kept = {}
    for g, lines, X, _, _ in held:
        pr = model.predict_proba(X)[:, 1]
        kept[g['id']] = '\n'.join(s for s, p in zip(lines, pr) if p > 0.5)
    res = score([p[0] for p in held], kept)
    print('held-out half (odd pages, %d), kept = P > 0.5' % len(held))
    for k, v in [('overall', res['overall'])] + list(res['by_dataset'].items()):
        print('%-12s n %4d  P %.3f  R %.3f  F1 %.3f  empty %d' % (k, v['n'], v['precision'], v['recall'], v['f1'], v['n_empty']))
    print('weights', json.dumps([round(float(x), 4) for x in model.coef_[0]]), 'bias %.4f' % model.intercept_[0])


if __name__ == '__main__':
    main()
