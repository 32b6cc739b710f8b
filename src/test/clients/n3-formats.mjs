// N3.js fetches each path in each RDF format N3.js reads (as rdflib's parse(url, format=...) would) and writes the
// triples it parsed as N-Triples, one file per path and format, for the test to compare with Jena's reading.
// Usage: node n3-formats.mjs SERVER_URL OUTDIR PATH...
import { writeFile } from 'node:fs/promises';
import { Parser, Writer } from 'n3';

const FORMATS = { ttl: 'text/turtle', nt: 'application/n-triples', nq: 'application/n-quads', trig: 'application/trig' };
const [server, outdir, ...paths] = process.argv.slice(2);
let failed = 0;
for (const [i, path] of paths.entries()) {
  for (const [ext, type] of Object.entries(FORMATS)) {
    const response = await fetch(new URL(path.slice(1), server), { headers: { Accept: type } });
    const text = await response.text();
    if (response.status !== 200 || !response.headers.get('content-type').startsWith(type)) {
      console.log(`${path} as ${type}: status ${response.status}, ${response.headers.get('content-type')}`);
      failed++;
      continue;
    }
    const quads = new Parser({ format: type, baseIRI: response.url }).parse(text);
    const writer = new Writer({ format: 'N-Triples' });
    for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object);
    await new Promise((resolve, reject) => writer.end((e, nt) => (e ? reject(e) : writeFile(`${outdir}/${i}.${ext}.nt`, nt).then(resolve, reject))));
  }
}
console.log(`parsed ${paths.length} paths in ${Object.keys(FORMATS).length} formats, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
