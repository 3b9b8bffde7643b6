// Writes data/geo/countries.geojson: country outlines (Natural Earth 1:50m via world-atlas, public domain) as an
// RFC 7946 FeatureCollection, coordinates rounded to 0.01 degree (about 1 km, finer than the 1:50m source) to keep
// the file small. Used by the situation report's map and as the dashboard's offline base layer.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { feature } from "topojson-client";

const out = process.argv[2];
const source = "node_modules/world-atlas/countries-50m.json";
const raw = readFileSync(source);
const topology = JSON.parse(raw);
const collection = feature(topology, topology.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
const features = collection.features.map((f) => ({
  type: "Feature",
  id: f.id ?? null,
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
const text = JSON.stringify({ type: "FeatureCollection", features });
writeFileSync(`${out}/countries.geojson`, text);
const sha = (b) => createHash("sha256").update(b).digest("hex");
console.log(`source: world-atlas@2.0.2 countries-50m.json sha256 ${sha(raw)}`);
console.log(`countries.geojson: ${features.length} features, ${text.length} bytes, sha256 ${sha(text)}`);
