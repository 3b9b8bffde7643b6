#!/usr/bin/env bash
# Scores the analyzer on the wire-style development articles (eval/articles: texts and their hand-coded gold) with the
# shared scorer, as the seed is scored: event precision, recall of required events, and field accuracies.
# usage: FRONTLINE="dotnet path/frontline.dll" SHARED=../shared tools/eval/articles_eval.sh OUT_DIR
set -euo pipefail
out="$1"
here="$(cd "$(dirname "$0")/../.." && pwd)"
articles="$here/eval/articles"
mkdir -p "$out"
python3 "$articles/gold.py" > "$out/gold.json"
python3 - "$out/gold.json" "$articles" > "$out/articles.jsonl" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1]))
for a in gold["articles"]:
    text = open(f"{sys.argv[2]}/{a['text_file']}", encoding="utf-8").read()
    print(json.dumps({"id": a["id"], "text": text, "published": a["published"]}, ensure_ascii=False))
PY
$FRONTLINE analyze "$out/articles.jsonl" --format jsonl > "$out/pred.jsonl"
python3 "$SHARED/eval/score.py" --gold "$out/gold.json" --pred "$out/pred.jsonl" --texts "$articles"
