#!/usr/bin/env python3
"""Location error analysis on an ACLED-style CSV: per row whose best predicted event is not within 25 km,
the gold place (location, admin2, admin1, country) beside the predicted place and the distance.
Usage: acled_locations.py GOLD.csv PRED.jsonl [--all]"""
import csv, json, math, sys, collections
gold = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
preds = collections.defaultdict(list)
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    for e in d["events"]:
        preds[e["article_id"]].append(e)
def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
def best(row, ps):
    def rank(p):
        a = p.get("acled") or {}
        return 4 * (a.get("event_type") == row["event_type"]) + 2 * (a.get("sub_event_type") == row["sub_event_type"])
    return max(ps, key=rank) if ps else None
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
