// Registers the service worker. When a new version is waiting, it shows the page's update bar
// (`.dj-update`, rendered hidden by the app with the text in the page's language) and, when the
// person presses its button, tells the waiting worker to take over; the page then reloads.
if ('serviceWorker' in navigator && window.parent === window) {
  let accepted = false;
  const show = (worker) => {
    const bar = document.querySelector('.dj-update');
    if (!bar) { // the app mounts a moment after this script runs
      setTimeout(() => show(worker), 50);
      return;
    }
    bar.hidden = false;
    bar.querySelector('button').onclick = () => {
      accepted = true;
      worker.postMessage('daijiao:activate');
    };
  };
  navigator.serviceWorker.register('sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) show(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed' && navigator.serviceWorker.controller) show(w);
      });
    });
  }).catch(() => {
    // No service worker (blocked, private mode, an embed's origin): the page works online as
    // ever, only not offline. Not an error for the person.
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (navigator.serviceWorker.controller && accepted && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}
