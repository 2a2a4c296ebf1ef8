// Registers the service worker. When a new version is waiting it sets `window.daijiaoUpdate`
// (which tells the waiting worker to take over) and fires `daijiao:update`; the page then asks
// the person, in the page's language, before switching (src/ui/mod.rs, Toolbar).
if ('serviceWorker' in navigator && window.parent === window) {
  const waiting = (worker) => {
    window.daijiaoUpdate = () => worker.postMessage('daijiao:activate');
    dispatchEvent(new Event('daijiao:update'));
  };
  navigator.serviceWorker.register('sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) waiting(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed' && navigator.serviceWorker.controller) waiting(w);
      });
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (navigator.serviceWorker.controller && window.daijiaoUpdate && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}
