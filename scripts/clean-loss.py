#!/usr/bin/env python3
"""Measures where the clean stage loses webmain F1, by kind of error.

    scripts/clean-loss.py LINES.jsonl GOLD.jsonl [--ids FILE] [--examples N]

LINES.jsonl is the dump of examples/clean_features.rs (per page its lines
with words, the clean stage's decision `kept` and the gold `label`);
GOLD.jsonl the webmain gold (../shared/eval/webmain/dev.gold.jsonl).

Per page, the kept lines are joined into the system text and scored as
score_main.py does (\\w+ tokens, 4-token shingles, per page precision and
recall). Then every line gets its marginal cost: the page F1 gained by
flipping that line alone (dropping a kept line, or adding a dropped line at
its place among the kept ones), from the shingles that overlap it (exact:
shingles further away do not change). The lines are grouped by kind:

  kept, not gold (precision loss), by place against the article span (the
  first to the last gold line of 5 words or more):
    kept_after    after the article's last gold line
    kept_before   before its first gold line
    kept_inside   inside it
  dropped, gold (recall loss):
    drop_edge     within 2 lines of the page's first or last line with words
    drop_short    inside the page, under 10 words (sub-headings, bylines,
                  datelines, one-sentence paragraphs)
    drop_long     inside the page, 10 words or more

and per kind the sum of the per-line F1 gains over pages (divided by the
pages: the points of mean page F1 the kind costs) is printed, per dataset.
A line counts only when flipping it would gain (gain > 0). Reads ../shared
through its arguments; copies nothing from it.
"""
import argparse
import json
import re
from collections import Counter, defaultdict

TOKEN = re.compile(r'\w+')
SHORT = 10
EDGE = 2
N = 4


def shingles(tokens):
    if not tokens:
        return []
    return [tuple(tokens[i:i + N]) for i in range(max(1, len(tokens) - N + 1))]


def page_f1(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == 0:
        return 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


def counts(gold, system):
    tp = fp = fn = 0
    for k in set(gold) | set(system):
        t, p = gold.get(k, 0), system.get(k, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    return tp, fp, fn


def flip_gain(gold, system, base, old, new):
    """Page F1 after replacing shingles `old` by `new` in `system`, minus `base`."""
    tp, fp, fn = base
    delta = Counter(new)
    delta.subtract(Counter(old))
    for k, d in delta.items():
        if d == 0:
            continue
        t, p = gold.get(k, 0), system.get(k, 0)
        q = p + d
        tp += min(t, q) - min(t, p)
        fp += max(0, q - t) - max(0, p - t)
        fn += max(0, t - q) - max(0, t - p)
    return page_f1(tp, fp, fn) - page_f1(*base)


def kind(i, line, n, span):
    if line['kept']:
        first, last = span
        if first is None or i > last:
            return 'kept_after'
        return 'kept_before' if i < first else 'kept_inside'
    if i < EDGE or i >= n - EDGE:
        return 'drop_edge'
    return 'drop_short' if line['words'] < SHORT else 'drop_long'


def page_losses(page, body):
    """(kind, gain, line) per line whose flip would gain, for one page."""
    lines = [l for l in page['lines'] if l['kept'] is not None]
    gold = Counter(shingles(TOKEN.findall(body)))
    toks = [TOKEN.findall(l['text']) for l in lines]
    seq, where = [], []  # system tokens; per line its [a, b) in seq (dropped: a == b)
    for l, t in zip(lines, toks):
        a = len(seq)
        if l['kept']:
            seq.extend(t)
        where.append((a, len(seq)))
    system = Counter(shingles(seq))
    base = counts(gold, system)
    long_gold = [i for i, l in enumerate(lines) if l['label'] and l['words'] >= 5]
    span = (long_gold[0], long_gold[-1]) if long_gold else (None, None)
    out = []
    for i, (l, t) in enumerate(zip(lines, toks)):
        if bool(l['kept']) == bool(l['label']) or not t:
            continue
        a, b = where[i]
        left, right = seq[max(0, a - N + 1):a], seq[b:b + N - 1]
        mid = seq[a:b]
        old = shingles(left + mid + right) if l['kept'] else shingles(left + right)
        new = shingles(left + right) if l['kept'] else shingles(left + t + right)
        if not seq:
            old = []
        gain = flip_gain(gold, system, base, old, new)
        if gain > 0:
            out.append((kind(i, l, len(lines), span), gain, l))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('lines')
    ap.add_argument('gold')
    ap.add_argument('--ids')
    ap.add_argument('--examples', type=int, default=0)
    a = ap.parse_args()
    gold = {}
    for l in open(a.gold, encoding='utf-8'):
        if l.strip():
            g = json.loads(l)
            gold[g['id']] = g
    want = set(open(a.ids).read().split()) if a.ids else None
    loss = defaultdict(float)
    lines_of = Counter()
    pages = Counter()
    examples = defaultdict(list)
    for l in open(a.lines, encoding='utf-8'):
        page = json.loads(l)
        if want is not None and page['id'] not in want:
            continue
        ds = page['dataset']
        pages[ds] += 1
        for k, gain, line in page_losses(page, gold[page['id']]['body']):
            loss[(ds, k)] += gain
            lines_of[(ds, k)] += 1
            examples[k].append((gain, page['id'], line['reason'], line['text'][:100]))
    kinds = ['kept_after', 'kept_before', 'kept_inside', 'drop_edge', 'drop_short', 'drop_long']
    dss = sorted(pages)
    print('points of mean page F1 lost per kind (lines flipped in brackets)')
    print('%-12s' % '' + ''.join('%17s' % k for k in kinds))
    for ds in dss + ['overall']:
        sel = dss if ds == 'overall' else [ds]
        n = sum(pages[d] for d in sel)
        row = ''.join('%10.4f (%4d)' % (sum(loss[(d, k)] for d in sel) / n,
                                        sum(lines_of[(d, k)] for d in sel)) for k in kinds)
        print('%-12s%s' % (ds, row))
    for k in kinds:
        for gain, pid, reason, text in sorted(examples[k], reverse=True)[:a.examples]:
            print('%s %.3f %s [%s] %r' % (k, gain, pid, reason, text))


if __name__ == '__main__':
    main()
