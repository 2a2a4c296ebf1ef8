// A small static server for the built page (dist/), on 127.0.0.1 only.
// Used by tools/run.sh, the end-to-end specs and the Lighthouse script. No logging of requests
// (privacy). Like any production server it compresses text and wasm (brotli, else gzip) for
// clients that accept it; compressed bodies are computed once per file version.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const compressed = new Map();

/** The body to send for `file` and the `accept-encoding` header: [body, encoding or null]. */
function encode(file, stat, body, accept = '') {
  if (!COMPRESSIBLE.has(path.extname(file))) return [body, null];
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!enc) return [body, null];
  const key = `${enc}:${file}:${stat.mtimeMs}:${stat.size}`;
  if (!compressed.has(key)) {
    compressed.set(key, enc === 'br'
      ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : zlib.gzipSync(body, { level: 9 }));
  }
  return [compressed.get(key), enc];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Compresses every file under `dir` ahead of the first request (as a build step would). */
function precompress(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(file);
    else if (entry.isFile()) encode(file, fs.statSync(file), fs.readFileSync(file), 'br');
  }
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }. */
export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  precompress(root);
  const server = http.createServer((req, res) => {
    let p;
    try {
      p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, p);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      fs.readFile(file, (err2, raw) => {
        if (err2) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        const [body, encoding] = encode(file, stat, raw, req.headers['accept-encoding']);
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          vary: 'accept-encoding',
          ...(encoding ? { 'content-encoding': encoding } : {}),
        });
        res.end(body);
      });
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`serving ${dir} at ${url}`);
}
