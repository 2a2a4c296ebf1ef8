// The service worker: caches this version's files at install and serves them cache-first, so
// the page works with the network cut after one visit. A new version installs beside the old
// one and waits: the page shows a prompt, and only when the person accepts does the new worker
// take over (and the page reload), so old and new files are never mixed.
// tools/postbuild.mjs writes the version and the file list below into dist/sw.js.
const VERSION = '__DJ_VERSION__';
const FILES = __DJ_FILES__;
const CACHE = `daijiao-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('daijiao-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'daijiao:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // pages are looked up without their query (?kiosk=1 is the same file)
    const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    const res = await fetch(req);
    // the clerk's spreadsheet worker is cached when first used, not at install
    if (res.ok && url.pathname.includes('/daijiao-sheets')) await cache.put(req, res.clone());
    return res;
  })());
});
