#!/usr/bin/env python3
"""Writes N distinct seed-sized real articles as JSON lines: the seed report (../shared/seed, never committed) with one
number changed per copy, so that no two are the same text. The corpus the CLI benchmarks run on.
Usage: seed_corpus.py N [SEED_FILE] > corpus.jsonl"""
import json, re, sys

n = int(sys.argv[1])
seed = sys.argv[2] if len(sys.argv) > 2 else "../shared/seed/000_57a8ec9d4026b6f3.txt"
text = open(seed, encoding="utf-8").read()
# "about 200 Iraqi fighters" and the like: the first number becomes the copy's own.
first = re.search(r"\b\d+\b", text)
for i in range(n):
    copy = text[:first.start()] + str(200 + i) + text[first.end():] if first else f"{text}\n({i})"
    print(json.dumps({"id": f"seed-{i:06d}", "published": "2024-12-02", "text": copy}, ensure_ascii=False))
