#!/usr/bin/env bash
# Rebuilds data/geo and the dashboard's vendored Leaflet from the pinned packages in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node build.mjs ../../data/geo | tee ../../data/geo/BUILD.txt
lib=../../src/Frontline.Web/wwwroot/lib
rm -rf "$lib" && mkdir -p "$lib/leaflet" "$lib/markercluster"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE "$lib/leaflet/"
cp -r node_modules/leaflet/dist/images "$lib/leaflet/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css node_modules/leaflet.markercluster/MIT-LICENCE.txt "$lib/markercluster/"
echo "leaflet@1.9.4, leaflet.markercluster@1.5.3 copied to $lib" | tee -a ../../data/geo/BUILD.txt
