// After Trunk: puts the policy summary into each page (from the release `daijiao`, built first
// by tools/build.sh), writes the service worker's version and file list, and puts a
// Content-Security-Policy meta tag into each page, allowing Trunk's one inline module script
// by its hash (no 'unsafe-inline', no 'unsafe-eval'; 'wasm-unsafe-eval' for WebAssembly).
// Usage: node tools/postbuild.mjs dist
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const dist = path.resolve(process.argv[2] ?? 'dist');
const PAGES = ['index.html', 'clerk.html'];
const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'target', 'release', 'daijiao');

/** The policy summary's HTML in `lang`, from the rules (`daijiao summary --format html`). */
export function summaryHtml(lang) {
  return execFileSync(CLI, ['summary', '--format', 'html', '--lang', lang]).toString();
}

// The summary: the Chinese one (and both loading lines) inline in each page, where it shows
// at once when the calculator cannot run or with scripting off; the English section in
// summary.en.html, fetched by fallback.js only when an English page needs it (the resident
// page's size budget holds the first, not the second).
const zh = summaryHtml('zh');
const en = summaryHtml('en');
const enLoading = en.slice(0, en.indexOf('<section'));
const enSection = en.slice(en.indexOf('<section'));
fs.writeFileSync(path.join(dist, 'summary.en.html'), enSection);
// The resident page's English strings (its wasm is built without them, feature `lazy_en`:
// it fetches this file when English is chosen and checks the digest in its name).
for (const old of fs.readdirSync(dist).filter((f) => /^text\.en\..*\.json$/.test(f))) {
  fs.rmSync(path.join(dist, old));
}
const english = JSON.parse(execFileSync(CLI, ['strings']).toString());
fs.writeFileSync(path.join(dist, english.file), JSON.stringify(english.strings));
// Our own small scripts ship without their comment lines and indentation (they are on the
// resident page's budget; the sources keep their comments).
for (const name of ['fallback.js', 'sw-register.js', 'frame-height.js']) {
  const file = path.join(dist, name);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join('\n') + '\n');
}

for (const page of PAGES) {
  const file = path.join(dist, page);
  const html = fs.readFileSync(file, 'utf8');
  // The slot survives Trunk's HTML minifier (a comment would not).
  const marker = /<div[^>]*\bid="?dj-summary-slot"?[^>]*><\/div>/;
  if (!marker.test(html)) throw new Error(`${page}: no <div id="dj-summary-slot"> to put the summary in`);
  fs.writeFileSync(file, html.replace(marker, () => (zh + enLoading).trim()));
}

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
  html = html.replace(/(<meta charset="?utf-8"?>)/, `$1${meta}`);
  if (!html.includes(meta)) throw new Error(`${page}: no <meta charset=utf-8> to put the CSP after`);
  fs.writeFileSync(file, html);
}

// The service worker: everything a page needs offline (not the examples or the JS package).
// The clerk's spreadsheet worker is not precached (a resident's phone never downloads it): the
// service worker caches it the first time the clerk's page asks for it.
// The version covers it too, so that a new worker is a new version.
const all = fs.readdirSync(dist)
  .filter((f) => fs.statSync(path.join(dist, f)).isFile() && !f.startsWith('.') && f !== 'sw.js')
  .sort();
const files = all.filter((f) => !f.startsWith('daijiao-sheets'));
const version = crypto.createHash('sha256')
  .update(all.map((f) => f + ':' + sha256(fs.readFileSync(path.join(dist, f)))).join('\n'))
  .digest('hex').slice(0, 12);
const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8')
  .replace("'__DJ_VERSION__'", JSON.stringify(version))
  .replace('__DJ_FILES__', JSON.stringify(['./', ...files]));
if (sw.includes('__DJ_')) throw new Error('sw.js placeholders not replaced');
fs.writeFileSync(path.join(dist, 'sw.js'), sw);
console.log(`postbuild: CSP in ${PAGES.join(', ')}; service worker version ${version}, ${files.length + 1} files`);
