"""Shared by the ACLED error tools: gold rows, predictions by article, and the prediction score.py pairs with a row."""
import collections, csv, json


def load(gold_path, pred_path):
    gold = list(csv.DictReader(open(gold_path, encoding="utf-8")))
    preds = collections.defaultdict(list)
    for line in open(pred_path, encoding="utf-8"):
        for e in json.loads(line)["events"]:
            preds[e["article_id"]].append(e)
    return gold, preds


def best(row, ps):
    """The prediction the scorer compares: type match first, then sub-type."""
    def rank(p):
        a = p.get("acled") or {}
        return 4 * (a.get("event_type") == row["event_type"]) + 2 * (a.get("sub_event_type") == row["sub_event_type"])
    return max(ps, key=rank) if ps else None
