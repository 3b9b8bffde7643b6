#!/usr/bin/env python3
"""Fails (exit 1) when geoparsing falls below the floors the geoparser issue asks CI to hold, measured with the
shared GeoNames dumps imported: GeoVirus dev end to end (score_geo.py's report) and the ACLED dev rows that name their
place (score.py's report). Floors sit a little below what the geoparser reaches, so accuracy cannot silently regress.
Usage: geo_floors.py GEOVIRUS_SCORE.json ACLED_SCORE.json"""
import json, sys

GEOVIRUS_FLOORS = {"acc161": 0.81, "detection_recall": 0.935, "resolution_acc161": 0.855}
ACLED_FLOORS = {"loc_25km_named": 0.745, "admin1": 0.85}

geovirus = json.load(open(sys.argv[1]))
acled = json.load(open(sys.argv[2]))["accuracy"]
failed = [f"geovirus {k} {geovirus[k]:.4f} < {v}" for k, v in GEOVIRUS_FLOORS.items() if geovirus[k] < v]
failed += [f"acled {k} {acled[k]:.4f} < {v}" for k, v in ACLED_FLOORS.items() if acled[k] < v]
print("geovirus dev:", {k: geovirus[k] for k in GEOVIRUS_FLOORS}, "spurious/article:", geovirus["spurious_per_article"])
print("acled dev (imported gazetteer):", {k: acled[k] for k in ACLED_FLOORS})
if failed:
    print("below floor:", "; ".join(failed))
    sys.exit(1)
