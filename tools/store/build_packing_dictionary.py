#!/usr/bin/env python3
"""Builds a raw-content Zstandard dictionary for the store's packed rows (src/Frontline.Storage/RowPacking.cs): the
records Frontline itself writes for the project's own test corpus (tests/Frontline.Tests/Corpus/reports.jsonl, text
written for the project), each as the store keeps it (compact JSON, evidence text left to the article), one after
another. Zstandard finds in it the field names, codes and actor names every stored row repeats.

A dictionary is frozen once a release writes rows with it (they cannot be read without it): this script writes a NEW
version, and RowPacking gives it a new format mark. Usage:
  FRONTLINE="dotnet src/Frontline.Cli/bin/Release/net10.0/frontline.dll" tools/store/build_packing_dictionary.py OUT_FILE
"""
import json, os, shlex, subprocess, sys

MAX_BYTES = 32 * 1024  # what the dictionary keeps: the last rows written (Zstandard reaches them cheapest)

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
cli = shlex.split(os.environ.get("FRONTLINE", f"dotnet {root}/src/Frontline.Cli/bin/Release/net10.0/frontline.dll"))
corpus = os.path.join(root, "tests", "Frontline.Tests", "Corpus", "reports.jsonl")
out = subprocess.run(cli + ["analyze", corpus, "--format", "jsonl"], check=True, capture_output=True, text=True).stdout


def stored(record):
    for evidence in record.get("evidence") or []:
        evidence["text"] = ""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


rows = []
for line in out.splitlines():
    doc = json.loads(line)
    for key in ("events", "relations", "control_changes"):
        rows.extend(stored(r) for r in doc.get(key, []))
content = "\n".join(rows).encode("utf-8")[-MAX_BYTES:]
with open(sys.argv[1], "wb") as f:
    f.write(content)
print(f"{sys.argv[1]}: {len(content)} bytes from {len(rows)} records", file=sys.stderr)
