// Comunica (@comunica/query-sparql) runs each query file against a SPARQL endpoint, as a data scientist would.
// Usage: node comunica.mjs ENDPOINT OUT.json QUERY.rq...
// Writes { "QUERY.rq": [ { "var": { "termType", "value", "datatype", "language" } }, ... ], ... }.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, out, ...files] = process.argv.slice(2);
const engine = new QueryEngine();
const term = (t) => ({ termType: t.termType, value: t.value, datatype: t.datatype ? t.datatype.value : '', language: t.language || '' });
const results = {};
for (const file of files) {
  const stream = await engine.queryBindings(await readFile(file, 'utf8'), { sources: [{ type: 'sparql', value: endpoint }] });
  results[basename(file)] = (await stream.toArray()).map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, term(t)])));
}
await writeFile(out, JSON.stringify(results));
console.log(`ran ${files.length} queries through Comunica`);
