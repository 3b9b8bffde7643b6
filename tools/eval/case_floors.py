#!/usr/bin/env python3
"""Fails (exit 1) when the CASE 2021 dev figures fall below the floors CI holds for the news-prose issue: weighted F1 of
the ACLED sub-event types of news snippets, and the share of no-violence snippets (disasters, accidents, diplomacy)
for which no violent event is reported. Floors sit a little below what the analyzer reaches, so accuracy cannot
silently regress. Usage: score_case.py --gold ... --pred ... --negatives ... | case_floors.py"""
import json, sys

FLOORS = {"weighted_f1": 0.80, "negatives_clean": 0.94}

report = json.load(sys.stdin)
failed = [f"{k} {report[k]:.4f} < {v}" for k, v in FLOORS.items() if report[k] < v]
print("case2021 dev:", {k: report[k] for k in FLOORS}, "no event:", report["no_event"], "of", report["snippets"])
if failed:
    print("below floor:", "; ".join(failed))
    sys.exit(1)
