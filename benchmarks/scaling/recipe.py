#!/usr/bin/python3
"""The Python recipe PolicyCompare is compared with (issue 11): scikit-learn character 1-3-gram TF-IDF, cosine distance,
average-linkage agglomerative clustering into k topics, on the task texts PolicyCompare's parser found.

usage: recipe.py TASKS.tsv K OUT.tsv
  TASKS.tsv  document<TAB>ordinal<TAB>text, one task per line (written by run.sh from `policycompare parse --json`)
  K          number of topics (run.sh passes the number PolicyCompare chose, so both sides cut the tree at the same size)
  OUT.tsv    document<TAB>ordinal<TAB>topic
Peak memory and wall time are measured from outside (/usr/bin/time -v).
"""
import csv
import sys

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import pairwise_distances


def main(tasks_path, k, out_path):
    keys, texts = [], []
    with open(tasks_path, encoding="utf-8") as f:
        for document, ordinal, text in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            keys.append((document, ordinal))
            texts.append(text)
    tfidf = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True).fit_transform(texts)
    # The n × n cosine distances from the sparse matrix (densifying the TF-IDF matrix first would cost far more memory).
    distances = pairwise_distances(tfidf, metric="cosine")
    labels = AgglomerativeClustering(n_clusters=min(k, len(texts)), metric="precomputed", linkage="average").fit_predict(distances)
    with open(out_path, "w", encoding="utf-8") as f:
        for (document, ordinal), label in zip(keys, labels):
            f.write(f"{document}\t{ordinal}\tT{label}\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
