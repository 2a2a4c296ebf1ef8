// After Trunk: writes the service worker's version and file list, and puts a
// Content-Security-Policy meta tag into each page, allowing Trunk's one inline module script
// by its hash (no 'unsafe-inline', no 'unsafe-eval'; 'wasm-unsafe-eval' for WebAssembly).
// Usage: node tools/postbuild.mjs dist
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const PAGES = ['index.html', 'clerk.html'];

/** The CSP of the pages; `scriptHashes` are the inline scripts' sha256 sources. */
export function csp(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const sha256 = (s) => crypto.createHash('sha256').update(s).digest('base64');

for (const page of PAGES) {
  const file = path.join(dist, page);
  let html = fs.readFileSync(file, 'utf8');
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha256(m[1])}'`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(inline)}">`;
  html = html.replace(/(<meta charset="utf-8">)/, `$1\n  ${meta}`);
  if (!html.includes(meta)) throw new Error(`${page}: no <meta charset="utf-8"> to put the CSP after`);
  fs.writeFileSync(file, html);
}

// The service worker: everything a page needs offline (not the examples or the JS package).
const files = fs.readdirSync(dist)
  .filter((f) => fs.statSync(path.join(dist, f)).isFile() && !f.startsWith('.') && f !== 'sw.js')
  .sort();
const version = crypto.createHash('sha256')
  .update(files.map((f) => f + ':' + sha256(fs.readFileSync(path.join(dist, f)))).join('\n'))
  .digest('hex').slice(0, 12);
const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8')
  .replace("'__DJ_VERSION__'", JSON.stringify(version))
  .replace('__DJ_FILES__', JSON.stringify(['./', ...files]));
if (sw.includes('__DJ_')) throw new Error('sw.js placeholders not replaced');
fs.writeFileSync(path.join(dist, 'sw.js'), sw);
console.log(`postbuild: CSP in ${PAGES.join(', ')}; service worker version ${version}, ${files.length + 1} files`);
