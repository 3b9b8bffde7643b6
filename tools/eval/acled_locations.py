#!/usr/bin/env python3
"""Location error analysis on an ACLED-style CSV: per row whose best predicted event is not within 25 km,
the gold place (location, admin2, admin1, country) beside the predicted place and the distance.
Usage: acled_locations.py GOLD.csv PRED.jsonl [--all]"""
import collections, math, sys
from acled_common import load, best
gold, preds = load(sys.argv[1], sys.argv[2])
def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
kinds = collections.Counter()
for row in gold:
    p = best(row, preds.get(row["event_id_cnty"], []))
    if p is None:
        continue
    loc = p.get("location") or {}
    dist = km(loc["lat"], loc["lon"], float(row["latitude"]), float(row["longitude"])) if loc.get("lat") is not None else None
    ok = dist is not None and dist <= 25
    kinds["ok" if ok else ("none" if dist is None else "far")] += 1
    if ok and "--all" not in sys.argv:
        continue
    print(f"--- {row['event_id_cnty']} gold: {row['location']} | {row['admin2']} | {row['admin1']} | {row['country']}  geo_precision {row.get('geo_precision')}")
    print("   ", row["notes"][:300])
    print(f"    pred: {loc.get('name')} | {loc.get('admin1')} | {loc.get('country')} | {loc.get('precision')} | {'%.0f km' % dist if dist is not None else '-'}")
print(kinds, file=sys.stderr)
