// Refreshes openapi/v1.json from a running host (default http://127.0.0.1:5080), without the port-dependent `servers`.
//   npm run api:fetch [-- http://127.0.0.1:5090]     then: npm run gen:api
import { writeFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const res = await fetch(`${base.replace(/\/$/, '')}/openapi/v1.json`);
if (!res.ok) throw new Error(`GET ${res.url}: ${res.status}`);
const doc = await res.json();
delete doc.servers;
writeFileSync(new URL('../openapi/v1.json', import.meta.url), JSON.stringify(doc, null, 2) + '\n');
console.log(`openapi/v1.json: ${Object.keys(doc.paths).length} paths`);
