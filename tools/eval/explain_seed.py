#!/usr/bin/env python3
"""Shows which predicted event the scorer pairs with which gold event, and the field verdicts.
Usage: tools/eval/explain_seed.py GOLD PRED TEXTS_DIR (uses shared/eval/score.py's own functions)."""
import importlib.util, json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(here, "../../../shared/eval/score.py"))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = json.load(open(sys.argv[1])); docs = score.load_pred(sys.argv[2])
preds = score.gather(docs, "events")
for art in gold["articles"]:
    golds = art["events"]
    text = open(os.path.join(sys.argv[3], art["text_file"]), encoding="utf-8").read()
    for i, j in score.greedy(preds, golds, score.event_pair):
        bad = {k: v for k, v in score.field_scores(preds[i], golds[j], text).items() if not v}
        print(f"{golds[j]['id']:24} <- {preds[i]['summary'][:70]:70} wrong: {list(bad)}")
