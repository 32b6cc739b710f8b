// jsonld.js reads the JSON-LD of each path twice: served (Accept: application/ld+json) and embedded in the HTML page
// (<script type="application/ld+json">). Its document loader refuses every URL, so a document that needed a remote
// @context would fail. Writes N-Quads per path and kind for the test to compare with Jena's reading of the Turtle.
// Usage: node jsonld.mjs SERVER_URL OUTDIR PATH...
import { writeFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const refuse = async (url) => { throw new Error(`remote context or document requested: ${url}`); };
const [server, outdir, ...paths] = process.argv.slice(2);
let failed = 0;
async function toNQuads(doc, base) {
  return jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: refuse, base });
}
for (const [i, path] of paths.entries()) {
  try {
    const served = await fetch(new URL(path.slice(1), server), { headers: { Accept: 'application/ld+json' } });
    await writeFile(`${outdir}/${i}.served.nq`, await toNQuads(await served.json(), served.url));
    const page = await fetch(new URL(path.slice(1), server), { headers: { Accept: 'text/html' } });
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(await page.text());
    if (script) await writeFile(`${outdir}/${i}.embedded.nq`, await toNQuads(JSON.parse(script[1]), page.url));
  } catch (e) {
    console.log(`${path}: ${e.message}`);
    failed++;
  }
}
console.log(`read ${paths.length} paths with jsonld.js, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
