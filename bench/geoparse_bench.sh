#!/usr/bin/env bash
# `frontline geoparse` end to end on the seed-derived corpus, with the shared GeoNames dumps imported into a cache of
# this run's own: articles/s (start-up included), peak RSS, CPU use, and the time to the first result.
# Usage: bench/geoparse_bench.sh [N=10000]   (run from the repository; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
work="$(mktemp -d)"
export FRONTLINE_CACHE="$work/cache"
dotnet build -c Release src/Frontline.Cli -v q -nologo > /dev/null
cli="dotnet src/Frontline.Cli/bin/Release/net10.0/frontline.dll"
$cli gazetteer import ../shared/data/geonames/*.gz 2>&1 | tail -1
python3 bench/seed_corpus.py "$n" > "$work/corpus.jsonl"
head -1 "$work/corpus.jsonl" > "$work/one.jsonl"
for run in 1 2 3; do
  start=$(date +%s.%N); $cli geoparse "$work/one.jsonl" > /dev/null; end=$(date +%s.%N)
  echo "first result (1 article, start-up included), run $run: $(echo "($end - $start) * 1000" | bc | cut -d. -f1) ms"
done
for run in 1 2; do
  /usr/bin/time -f "%e s %M KB %P CPU" -o "$work/time" $cli geoparse "$work/corpus.jsonl" > "$work/out.jsonl"
  read -r seconds _ kb _ cpu _ < "$work/time"
  echo "geoparse $n articles, run $run: ${seconds} s, $(echo "$n / $seconds" | bc) articles/s, peak RSS $((kb / 1024)) MB, CPU $cpu"
done
echo "toponyms per article: $(python3 -c "import json,sys; ls=[len(json.loads(l)['places']) for l in open(sys.argv[1])]; print(sum(ls)/len(ls))" "$work/out.jsonl")"
rm -rf "$work"
