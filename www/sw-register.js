// Registers the service worker, and when a new version is waiting, asks before switching.
if ('serviceWorker' in navigator && window.parent === window) {
  const prompt = (worker) => {
    if (document.querySelector('.dj-update')) return;
    const bar = document.createElement('div');
    bar.className = 'dj-update';
    bar.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = '计算器有新版本。更新后页面会重新载入,已填写的内容会清空。';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '更新';
    button.addEventListener('click', () => worker.postMessage('daijiao:activate'));
    bar.append(text, button);
    document.body.prepend(bar);
  };
  navigator.serviceWorker.register('sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) prompt(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed' && navigator.serviceWorker.controller) prompt(w);
      });
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (navigator.serviceWorker.controller && document.querySelector('.dj-update') && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}
