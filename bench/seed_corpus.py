#!/usr/bin/env python3
"""Writes N distinct seed-sized real articles as JSON lines: the seed report (../shared/seed, never committed) with one
number changed per copy, so that no two are the same text. The corpus the CLI benchmarks run on.
With --days D the copies are published over D consecutive days (from 2024-01-01, round robin), as a store that grows
for a year holds them; without it every copy is published on 2024-12-02, so all copies tell the same events.
Usage: seed_corpus.py N [SEED_FILE] [--days D] > corpus.jsonl"""
import argparse, datetime, json, re

parser = argparse.ArgumentParser()
parser.add_argument("n", type=int)
parser.add_argument("seed", nargs="?", default="../shared/seed/000_57a8ec9d4026b6f3.txt")
parser.add_argument("--days", type=int, default=0, help="spread publication over this many days")
args = parser.parse_args()
text = open(args.seed, encoding="utf-8").read()
# "about 200 Iraqi fighters" and the like: the first number becomes the copy's own.
first = re.search(r"\b\d+\b", text)
start = datetime.date(2024, 1, 1)
for i in range(args.n):
    copy = text[:first.start()] + str(200 + i) + text[first.end():] if first else f"{text}\n({i})"
    published = (start + datetime.timedelta(days=i % args.days)).isoformat() if args.days > 0 else "2024-12-02"
    print(json.dumps({"id": f"seed-{i:06d}", "published": published, "text": copy}, ensure_ascii=False))
