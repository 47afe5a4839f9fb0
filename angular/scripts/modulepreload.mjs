// Lists every chunk that main-*.js imports statically (directly or through other chunks) as a <link rel="modulepreload">
// in index.html. Angular's builder writes at most ten such hints, so the largest chunk (Angular core) was found only
// after main-*.js had been downloaded and parsed: one more round trip before the first paint.
//   node scripts/modulepreload.mjs dist/training
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) { console.error('usage: node scripts/modulepreload.mjs DIR'); process.exit(2); }
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const main = /<script src="(main-[A-Z0-9]+\.js)" type="module"><\/script>/.exec(html)?.[1];
if (!main) { console.error('modulepreload: no main-*.js script in index.html'); process.exit(1); }

/** Static imports only: `import{a}from"./x.js"`, `export{a}from"./x.js"`, `import"./x.js"`; not `import("./x.js")`. */
const STATIC = /(?:\bfrom\s*|\bimport\s*)"\.\/([\w.-]+\.js)"/g;
const order = [];
const seen = new Set([main]);
const queue = [main];
while (queue.length) {
  const file = queue.shift();
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [, dep] of code.matchAll(STATIC)) {
    if (seen.has(dep) || !existsSync(join(dir, dep))) continue;
    seen.add(dep); order.push(dep); queue.push(dep);
  }
}
html = html.replace(/<link rel="modulepreload" href="[^"]+">/g, '');
const links = order.map((f) => `<link rel="modulepreload" href="${f}">`).join('');
html = html.replace(/(<script src="main-[A-Z0-9]+\.js" type="module"><\/script>)/, `${links}$1`);
writeFileSync(indexPath, html);
console.log(`modulepreload: ${order.length} chunks imported statically by ${main}`);
