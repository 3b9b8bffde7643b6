#!/usr/bin/env python3
"""Checks the seed acceptance floors beyond the scorer's --min (issue: end-to-end analyzer):
every required event found, no invalid evidence span, backing F1 >= 0.75, control changes F1 = 1.0.
Usage: score.py ... | seed_floors.py"""
import json
import sys

report = json.load(sys.stdin)
checks = [
    ("recall_required", report["events"]["recall_required"], 1.0),
    ("precision", report["events"]["precision"], 0.8),
    ("backing_f1", report["backing"]["f1"], 0.75),
    ("control_changes_f1", report["control_changes"]["f1"], 1.0),
]
failed = False
for name, value, floor in checks:
    ok = value >= floor
    failed |= not ok
    print(f"{'ok  ' if ok else 'FAIL'} {name} = {value} (floor {floor})")
bad = report["evidence_invalid_events"]
print(f"{'ok  ' if bad == 0 else 'FAIL'} evidence_invalid_events = {bad} (must be 0)")
failed |= bad != 0
sys.exit(1 if failed else 0)
