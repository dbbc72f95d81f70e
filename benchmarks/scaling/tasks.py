#!/usr/bin/python3
"""Reads `policycompare parse --json` and writes every task as document<TAB>ordinal<TAB>text (tabs and line breaks in the
text replaced by spaces): the texts the Python recipe clusters.

usage: tasks.py PARSE.json OUT.tsv
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    documents = json.load(f)["documents"]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for document in documents:
        for task in document["tasks"]:
            text = " ".join(task["text"].split())
            out.write(f"{document['id']}\t{task['ordinal']}\t{text}\n")
