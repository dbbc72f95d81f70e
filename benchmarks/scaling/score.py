#!/usr/bin/python3
"""Adjusted Rand index of topic assignments against gold labels, over the labelled tasks.

usage: score.py GOLD.tsv TOPICS.tsv
  GOLD.tsv    document<TAB>ordinal<TAB>topic with a header line (dev-gold.tsv, or gold.tsv written by `policycompare synth --gold`)
  TOPICS.tsv  document<TAB>ordinal<TAB>topic without header; a labelled task missing here counts as its own topic
"""
import sys

from sklearn.metrics import adjusted_rand_score


def read(path, header):
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()[1 if header else 0:]
    return {(d, o): t for d, o, t in (line.split("\t") for line in lines if line.strip())}


gold = read(sys.argv[1], header=True)
predicted = read(sys.argv[2], header=False)
keys = sorted(gold)
print(f"{adjusted_rand_score([gold[k] for k in keys], [predicted.get(k, f'missing:{k}') for k in keys]):.3f}")
