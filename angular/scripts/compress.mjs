// Precompresses the built web app: for each text file above MIN_BYTES, writes NAME.br (Brotli, quality 11) and
// NAME.gz (gzip, level 9) beside it, when that is smaller. The host (WebApp/WebAppFiles.cs) serves the sibling that
// the browser's Accept-Encoding allows, so nothing is compressed per request.
//   node scripts/compress.mjs dist/training
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { join, extname } from 'node:path';

const EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map', '.xml', '.ico', '.woff', '.ttf', '.eot']);
const MIN_BYTES = 1024;

const dir = process.argv[2];
if (!dir) { console.error('usage: node scripts/compress.mjs DIR'); process.exit(2); }

function* files(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (entry.isFile()) yield p;
  }
}

let count = 0, before = 0, afterBr = 0;
for (const file of [...files(dir)]) {
  if (!EXTENSIONS.has(extname(file).toLowerCase())) continue;
  const size = statSync(file).size;
  if (size < MIN_BYTES) continue;
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size },
  });
  const gz = gzipSync(data, { level: 9 });
  // A sibling that saves nothing is not written (and one left by an earlier run is removed).
  for (const [ext, bytes] of [['.br', br], ['.gz', gz]]) {
    if (bytes.length < size) writeFileSync(file + ext, bytes);
    else { try { unlinkSync(file + ext); } catch { /* none */ } }
  }
  count++; before += size; afterBr += Math.min(br.length, size);
}
console.log(`compress: ${count} files, ${Math.round(before / 1024)} KB -> ${Math.round(afterBr / 1024)} KB with Brotli`);
