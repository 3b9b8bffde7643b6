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
// A ring that crosses the antimeridian (Russia's Chukotka, Fiji, Antarctica) jumps from +180 to -180 between two
// vertices; a flat map draws that edge across the whole world as a horizontal band. Each such ring is made continuous
// instead: the vertices past a jump are shifted by 360 degrees, so the shape runs on past the map's edge.
const continuousRing = (ring) => {
  let shift = 0;
  return ring.map((c, i) => {
    if (i > 0) {
      const jump = c[0] - ring[i - 1][0];
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    return [Math.round((c[0] + shift) * 100) / 100, c[1]];
  });
};
const continuous = (geometry) => {
  const polygon = (rings) => rings.map(continuousRing);
  return geometry.type === "MultiPolygon" ? geometry.coordinates.map(polygon) : polygon(geometry.coordinates);
};
const features = collection.features.map((f) => ({
  type: "Feature",
  id: f.id ?? null,
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: continuous({ type: f.geometry.type, coordinates: round(f.geometry.coordinates) }) },
}));
const text = JSON.stringify({ type: "FeatureCollection", features });
writeFileSync(`${out}/countries.geojson`, text);
const sha = (b) => createHash("sha256").update(b).digest("hex");
console.log(`source: world-atlas@2.0.2 countries-50m.json sha256 ${sha(raw)}`);
console.log(`countries.geojson: ${features.length} features, ${text.length} bytes, sha256 ${sha(text)}`);
