#!/usr/bin/env python3
"""Quick look at the test reports: runs `frontline analyze` on each and prints events beside expectations.
The real assertions live in tests/Frontline.Tests/ConflictReportTests.cs."""
import json, subprocess, sys, glob, os
cli = sys.argv[1]
for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
    r = json.load(open(path))
    line = json.dumps({"id": r["id"], "published": r["published"], "text": r["text"]})
    out = subprocess.run(["dotnet", cli, "analyze", "-", "--format", "json"], input=line, capture_output=True, text=True)
    d = json.loads(out.stdout)
    print("==", r["id"])
    for e in d["events"]:
        loc = e["location"] or {}
        print("  got ", e["acled"] and e["acled"]["sub_event_type"], "|", e["summary"], "|", e["date"]["start"], e["date"]["end"], "|", e["fatalities"], e["sources"], (loc.get("lat"), loc.get("lon")))
    for x in r["expect_events"]:
        print("  want", x)
    for rel in d["relations"]: print("  rel", rel["patron"]["name"], "->", rel["client"]["name"])
    for c in d["control_changes"]: print("  cc", c["location"]["name"], "->", (c["to"] or {}).get("name"))
