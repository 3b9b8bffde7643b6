#!/usr/bin/env python3
"""Fails (exit 1) when the development articles (eval/articles: full wire-style reports with hand-coded gold) fall below
the floors CI holds for the news-prose issue: event F1 and recall of the required events, scored by the shared scorer as
the seed is. Floors sit a little below what the analyzer reaches on all the articles (batches 4 to 6, written in session 22
and scored once before any rule was changed for it, pulled the whole down; so did batch 14, written in session 24, which
left recall over the seventy-three at 0.720: the recall floor moved from 0.72 to 0.70 then, no rule having lost a required
event). Session 28 raised them to F1 0.67 and recall 0.76 (all 148 reports then: 0.699 and 0.792). Usage:
articles_eval.sh OUT | articles_floors.py"""
import json, sys

FLOORS = {"f1": 0.67, "recall_required": 0.76}

report = json.load(sys.stdin)["events"]
failed = [f"{k} {report[k]:.4f} < {v}" for k, v in FLOORS.items() if report[k] < v]
print("development articles:", {k: report[k] for k in ("precision", "recall_required", "f1", "predicted", "required")})
if failed:
    print("below floor:", "; ".join(failed))
    sys.exit(1)
