#!/usr/bin/env python3
"""Fails (exit 1) when the ACLED dev score falls below the floors the event-coding issue asks CI to hold, and the
actor accuracies the actors issue measures. Floors sit a little below what the analyzer reaches, so accuracy cannot
silently regress.
Usage: score.py --gold acled-dev.csv --pred pred.jsonl | acled_floors.py"""
import json, sys

FLOORS = {"event_type": 0.925, "sub_event_type": 0.89, "date": 0.98, "fatalities": 0.945, "fatalities_nonzero": 0.795,
          "evidence_ok": 0.995, "loc_25km": 0.55, "country": 0.91, "actor1": 0.815, "actor2": 0.765}
MAX_EXTRA_PER_ROW = 0.16

report = json.load(sys.stdin)
acc = report["accuracy"]
failed = [f"{k} {acc[k]:.4f} < {v}" for k, v in FLOORS.items() if acc[k] < v]
if report["extra_events_per_row"] > MAX_EXTRA_PER_ROW:
    failed.append(f"extra_events_per_row {report['extra_events_per_row']} > {MAX_EXTRA_PER_ROW}")
print("acled dev:", {k: acc[k] for k in FLOORS}, "extra/row:", report["extra_events_per_row"])
if failed:
    print("below floor:", "; ".join(failed))
    sys.exit(1)
