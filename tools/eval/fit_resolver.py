#!/usr/bin/env python3
"""Fits the place resolver's weights (data/gazetteer/resolver-weights.json) on the development corpora, by coordinate
search: each weight in turn is scaled down and up, and a change is kept when it raises the objective on the fitting half
of the data without lowering it on the checking half (odd and even rows), so that no weight is tuned to a few rows.

Objective: the mean of GeoVirus dev acc161 (end to end, `frontline geoparse`) and ACLED dev loc_25km_named (`frontline
analyze`), both with the gazetteer the current FRONTLINE_CACHE holds (import ../shared/data/geonames first).

Usage: tools/eval/fit_resolver.py [--rounds 2] [--write]
  --write replaces data/gazetteer/resolver-weights.json with the fitted weights; without it they are only printed."""
import argparse, csv, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
CLI = ["dotnet", os.path.join(ROOT, "src/Frontline.Cli/bin/Release/net10.0/frontline.dll")]
WEIGHTS = os.path.join(ROOT, "data/gazetteer/resolver-weights.json")
STEPS = (0.5, 1.5)
# Populations are whole numbers; every other weight is a real number, whatever the JSON file wrote.
WHOLE = {"world_city", "large_town"}


def halves(work):
    """Writes the odd and even halves of both gold files; returns {half: (geovirus_gold, acled_gold)}."""
    out = {}
    gv = open(os.path.join(SHARED, "data/geovirus-dev.jsonl"), encoding="utf-8").read().splitlines()
    with open(os.path.join(SHARED, "data/acled-dev.csv"), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    for half in (0, 1):
        g = os.path.join(work, f"geovirus-{half}.jsonl")
        open(g, "w", encoding="utf-8").write("\n".join(gv[half::2]) + "\n")
        a = os.path.join(work, f"acled-{half}.csv")
        with open(a, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields)
            w.writeheader()
            w.writerows(rows[half::2])
        out[half] = (g, a)
    return out


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def evaluate(weights, work, splits, acled_input):
    path = os.path.join(work, "weights.json")
    json.dump(weights, open(path, "w"), indent=2)
    env = dict(os.environ, FRONTLINE_RESOLVER_WEIGHTS=path)
    gv_pred = os.path.join(work, "gv.jsonl")
    open(gv_pred, "w").write(run(CLI + ["geoparse", os.path.join(SHARED, "data/geovirus-dev.jsonl"), "--published", "2000-01-01"], env=env))
    acled_pred = os.path.join(work, "acled.jsonl")
    open(acled_pred, "w").write(run(CLI + ["analyze", acled_input, "--format", "jsonl"], env=env))
    scores = []
    for half in (0, 1):
        g, a = splits[half]
        gv = json.loads(run(["python3", os.path.join(SHARED, "eval/score_geo.py"), "--gold", g, "--pred", gv_pred]))
        ac = json.loads(run(["python3", os.path.join(SHARED, "eval/score.py"), "--gold", a, "--pred", acled_pred]))
        scores.append((gv["acc161"] + ac["accuracy"]["loc_25km_named"]) / 2)
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    weights = json.load(open(WEIGHTS))
    with tempfile.TemporaryDirectory() as work:
        splits = halves(work)
        acled_input = os.path.join(work, "acled-input.jsonl")
        open(acled_input, "w").write(run(["python3", os.path.join(SHARED, "eval/acled_to_jsonl.py"), os.path.join(SHARED, "data/acled-dev.csv")]))
        fit, check = evaluate(weights, work, splits, acled_input)
        print(f"start: fit {fit:.4f} check {check:.4f}", file=sys.stderr)
        for r in range(a.rounds):
            changed = False
            for name in list(weights):
                for step in STEPS:
                    trial = dict(weights)
                    value = weights[name] * step
                    trial[name] = int(value) if name in WHOLE else round(value, 3)
                    f, c = evaluate(trial, work, splits, acled_input)
                    print(f"round {r + 1} {name}={trial[name]}: fit {f:.4f} check {c:.4f}", file=sys.stderr)
                    if f > fit + 1e-4 and c >= check - 1e-4:
                        weights, fit, check, changed = trial, f, c, True
                        print(f"  kept {name}={trial[name]}", file=sys.stderr)
                        break
            if not changed:
                break
    print(json.dumps(weights, indent=2))
    print(f"fitted: fit {fit:.4f} check {check:.4f}", file=sys.stderr)
    if a.write:
        open(WEIGHTS, "w").write(json.dumps(weights, indent=2) + "\n")


if __name__ == "__main__":
    main()
