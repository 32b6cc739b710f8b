// Oxigraph (the Rust store, through its JavaScript bindings) loads the TriG dump, writes it back as N-Quads (data that
// passed through another store, for the test to validate), and runs each query file over it.
// Usage: node oxigraph.mjs SERVER_URL OUT.nq OUT.json QUERY.rq...
// OUT.json: { "QUERY.rq": [ { "var": { "termType", "value", "datatype", "language" } }, ... ], ... }.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import oxigraph from 'oxigraph';

const [server, quadsOut, rowsOut, ...files] = process.argv.slice(2);
const dump = await fetch(new URL('dumps/dataset.trig', server));
if (dump.status !== 200) throw new Error(`dump: status ${dump.status}`);
const store = new oxigraph.Store();
store.load(await dump.text(), { format: 'application/trig', base_iri: server });
await writeFile(quadsOut, store.dump({ format: 'application/n-quads' }));
const term = (t) => ({ termType: t.termType, value: t.value, datatype: t.datatype ? t.datatype.value : '', language: t.language || '' });
const results = {};
for (const file of files) {
  const rows = store.query(await readFile(file, 'utf8'));
  results[basename(file)] = rows.map((row) => Object.fromEntries([...row].map(([v, t]) => [v, term(t)])));
}
await writeFile(rowsOut, JSON.stringify(results));
console.log(`Oxigraph loaded ${store.size} quads and ran ${files.length} queries`);
