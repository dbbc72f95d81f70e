#!/usr/bin/python3
"""Reads `policycompare analyze --json` and writes its topic assignment as document<TAB>ordinal<TAB>topic; prints the
number of topics and the number of tasks.

usage: topics.py ANALYSIS.json OUT.tsv
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    topics = json.load(f)["topics"]
tasks = 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for topic in topics:
        tasks += len(topic["members"])
        for member in topic["members"]:  # "document#ordinal"
            document, ordinal = member.rsplit("#", 1)
            out.write(f"{document}\t{ordinal}\t{topic['id']}\n")
print(len(topics), tasks)
