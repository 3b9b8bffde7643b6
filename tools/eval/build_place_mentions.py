#!/usr/bin/env python3
"""Builds tests/Frontline.Tests/Data/place-mentions.tsv: one row per mention (as news writes it) with its country and
true coordinates, taken from the GeoNames entry (data/gazetteer/places.tsv, CC BY 4.0) whose name or alternate name
is the canonical spelling in tools/eval/place_mentions.txt, the most populous such place in that country.
Usage: python3 tools/eval/build_place_mentions.py"""
import csv, os, sys, unicodedata, re
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

def plain(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['‘’ʿʾ`.]", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

wanted = []
for line in open(os.path.join(root, "tools/eval/place_mentions.txt"), encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    iso, canonical, mentions = (x.strip() for x in line.split("|"))
    wanted.append((iso, canonical, [m.strip() for m in mentions.split(";") if m.strip()]))

keys = {(iso, plain(c)) for iso, c, _ in wanted}
best = {}
with open(os.path.join(root, "data/gazetteer/places.tsv"), encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
        names = [row["name"]] + (row["alt_names"].split("|") if row["alt_names"] else [])
        for n in names:
            k = (row["country"], plain(n))
            if k in keys and (k not in best or int(row["population"]) > int(best[k]["population"])):
                best[k] = row

out = os.path.join(root, "tests/Frontline.Tests/Data/place-mentions.tsv")
os.makedirs(os.path.dirname(out), exist_ok=True)
missing, rows = [], 0
with open(out, "w", encoding="utf-8", newline="") as fh:
    fh.write("# Built by tools/eval/build_place_mentions.py from tools/eval/place_mentions.txt; coordinates: GeoNames (CC BY 4.0).\n")
    fh.write("mention\tcountry\tlat\tlon\tgeonameid\tvariant\n")
    for iso, canonical, mentions in wanted:
        row = best.get((iso, plain(canonical)))
        if row is None:
            missing.append(f"{iso} {canonical}")
            continue
        for m in mentions:
            variant = "yes" if plain(m) != plain(row["name"]) else "no"
            fh.write(f"{m}\t{iso}\t{row['lat']}\t{row['lon']}\t{row['geonameid']}\t{variant}\n")
            rows += 1
print(f"{rows} mentions written to {os.path.relpath(out, root)}", file=sys.stderr)
if missing:
    print("not found in the gazetteer: " + ", ".join(missing), file=sys.stderr)
