// Prints each file of dist/ raw, gzip and brotli, and each page's total (the HTML plus every
// file it references); exits 1 when the resident's page (index.html) is above the budget.
// Usage: node tools/e2e/size.mjs [DIST] [BUDGET_KB=100]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const budgetKb = Number(process.argv[3] ?? 100);
const sizes = {};
console.log('| file | raw | gzip -9 | brotli -11 |');
console.log('| --- | ---: | ---: | ---: |');
for (const f of fs.readdirSync(dist).sort()) {
  const p = path.join(dist, f);
  if (!fs.statSync(p).isFile() || f.startsWith('.')) continue;
  const buf = fs.readFileSync(p);
  sizes[f] = {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  console.log(`| ${f} | ${sizes[f].raw} | ${sizes[f].gzip} | ${sizes[f].br} |`);
}

/** A reference to a js, wasm or css file: quoted, in url(), or an unquoted (minified) attribute. */
const REF = /["'(=]\/?([\w.-]+\.(?:js|wasm|css))(?=["')\s>])/g;

/** The page's transfer: the HTML and the js, wasm and css it loads (the icon excluded). What
 *  sits inside <noscript> is fetched only with scripting off: it is listed, not counted. */
function page(html) {
  const whole = fs.readFileSync(path.join(dist, html), 'utf8');
  const text = whole.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const scriptless = [...whole.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)]
    .flatMap((m) => [...m[1].matchAll(REF)].map((r) => r[1]));
  if (scriptless.length) console.log(`${html}: with scripting off, instead of the scripts: ${scriptless.join(' + ')}`);
  const refs = new Set([html]);
  for (const m of text.matchAll(REF)) refs.add(m[1]);
  const t = { raw: 0, gzip: 0, br: 0, files: [...refs] };
  for (const f of refs) {
    if (!sizes[f]) throw new Error(`${html} references ${f}, which is not in ${dist}`);
    t.raw += sizes[f].raw; t.gzip += sizes[f].gzip; t.br += sizes[f].br;
  }
  return t;
}

let failed = false;
console.log('');
for (const html of ['index.html', 'clerk.html'].filter((h) => sizes[h])) {
  const t = page(html);
  console.log(`${html}: ${t.files.join(' + ')}\n  raw ${t.raw}, gzip ${t.gzip}, brotli ${t.br} = ${(t.br / 1000).toFixed(1)} KB`);
  if (html === 'index.html' && t.br / 1000 > budgetKb) {
    console.error(`the resident's page is over the ${budgetKb} KB budget by ${(t.br / 1000 - budgetKb).toFixed(1)} KB`);
    failed = true;
  }
}
console.log(`budget for the resident's page (index.html), brotli: ${budgetKb} KB`);
process.exit(failed ? 1 : 0);
