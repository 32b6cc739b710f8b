// rdf-validate-shacl (the JavaScript SHACL engine) over data files, with the shapes given.
// Usage: node shacl-core.mjs MANIFEST.json
//   MANIFEST: { "shapes": ["a.ttl", ...], "cases": [{ "data": "x.ttl", "out": "x.report.nt" }, ...] }
// Writes each case's sh:ValidationReport as N-Triples to its "out" file; exits 1 on any failure to run.
import { readFile, writeFile } from 'node:fs/promises';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { Parser, Writer } from 'n3';

async function load(files) {
  const dataset = rdf.dataset();
  for (const file of files) {
    const quads = new Parser({ format: 'text/turtle', baseIRI: 'file://' + file }).parse(await readFile(file, 'utf8'));
    for (const q of quads) dataset.add(rdf.quad(q.subject, q.predicate, q.object));
  }
  return dataset;
}

function ntriples(dataset) {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format: 'N-Triples' });
    for (const q of dataset) writer.addQuad(q.subject, q.predicate, q.object);
    writer.end((error, text) => (error ? reject(error) : resolve(text)));
  });
}

const manifest = JSON.parse(await readFile(process.argv[2], 'utf8'));
const validator = new SHACLValidator(await load(manifest.shapes), { factory: rdf });
for (const c of manifest.cases) {
  const report = await validator.validate(await load([c.data]));
  await writeFile(c.out, await ntriples(report.dataset));
}
console.log(`validated ${manifest.cases.length} data files`);
