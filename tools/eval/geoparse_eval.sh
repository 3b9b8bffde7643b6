#!/usr/bin/env bash
# Geoparsing on a corpus with gold toponyms (JSON lines: id, text, toponyms[start,end,name,lat,lon]), end to end:
# `frontline geoparse` over the texts, then shared/eval/score_geo.py. Usage:
#   tools/eval/geoparse_eval.sh GOLD.jsonl [OUT_DIR] [-- score_geo.py options, e.g. --min 0.85 -v]
# FRONTLINE (default: the Release build of src/Frontline.Cli) runs the CLI; the gazetteer is whatever the user
# imported ($FRONTLINE_CACHE), so import first to measure with village-level places.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
gold="$1"; shift
out="${1:-$(mktemp -d)}"; [ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
shared="${SHARED:-$here/../shared}"
cli="${FRONTLINE:-dotnet $here/src/Frontline.Cli/bin/Release/net10.0/frontline.dll}"
mkdir -p "$out"
# The corpus's own lines are the input: geoparse reads id and text (and ignores the gold toponyms); undated articles
# get a nominal publication date, which geoparsing does not use.
$cli geoparse "$gold" --published 2000-01-01 --format jsonl > "$out/geoparse.jsonl"
python3 "$shared/eval/score_geo.py" --gold "$gold" --pred "$out/geoparse.jsonl" "$@"
