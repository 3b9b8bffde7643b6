#!/usr/bin/env python3
"""Error analysis on an ACLED-style CSV: per row, the gold coding beside the best predicted event (as score.py picks it).
Usage: acled_errors.py GOLD.csv PRED.jsonl [field]  (field: type, sub, fatalities, date, location, extra, none)"""
import collections, sys
from acled_common import load, best
gold, preds = load(sys.argv[1], sys.argv[2])
field = sys.argv[3] if len(sys.argv) > 3 else "type"
confusion = collections.Counter()
for row in gold:
    ps = preds.get(row["event_id_cnty"], [])
    p = best(row, ps)
    a = (p or {}).get("acled") or {}
    show = False
    if field == "none": show = p is None
    elif p is None: continue
    elif field == "type": show = a.get("event_type") != row["event_type"]; confusion[(row["event_type"], a.get("event_type"))] += show
    elif field == "sub": show = a.get("sub_event_type") != row["sub_event_type"]; confusion[(row["sub_event_type"], a.get("sub_event_type"))] += show
    elif field == "fatalities": show = (p.get("fatalities") or 0) != int(row["fatalities"] or 0)
    elif field == "date": show = not (p["date"]["start"] <= row["event_date"] <= p["date"]["end"] and True)
    elif field == "extra": show = len(ps) > 1
    if show:
        print(f"--- {row['event_id_cnty']} gold: {row['event_type']} / {row['sub_event_type']} | dead {row['fatalities']} | {row['event_date']}")
        print("   ", row["notes"][:400])
        for q in ps:
            qa = q.get("acled") or {}
            print(f"    pred: {qa.get('event_type')} / {qa.get('sub_event_type')} | dead {q.get('fatalities')} | {q['date']['start']}..{q['date']['end']} | {q['summary'][:90]}")
if confusion:
    print("\nconfusion (gold -> pred):")
    for (g, p), n in confusion.most_common(25):
        if n: print(f"  {n:4} {g} -> {p}")
