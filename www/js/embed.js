// Drop-in embed: <div data-daijiao></div> + <script type="module" src=".../embed.js"></script>.
// Each [data-daijiao] element gets the resident's page inside its own shadow root, so the host's
// CSS and ours never meet. The stylesheet is fetched from beside this script (same origin as it).
// <div data-daijiao data-lang="en"> opens the widget in English (Chinese otherwise).
// Where WebAssembly cannot run, each host shows the policy summary instead (summary.LANG.html,
// generated from the rules at build time) and gets a `daijiao:unavailable` event whose
// detail is the DaijiaoError ({code: "wasm_unavailable" | "wasm_failed", message, messageZh}).
const here = (file) => new URL(file, import.meta.url);
const hosts = [...document.querySelectorAll('[data-daijiao]')].filter((h) => !h.shadowRoot);

// rem would follow the host's root font size; inside the widget 1rem means 16px whatever the host.
const css = (await (await fetch(here('./style.css'))).text())
  .replace(/(\d*\.?\d+)rem\b/g, (_, n) => `${Number(n) * 16}px`);

function shadow(host) {
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{all:initial;display:block}\n.dj-embed-root{all:initial;display:block}\n${css}`);
  root.adoptedStyleSheets = [sheet];
  const box = document.createElement('div');
  box.className = 'dj-embed-root';
  root.append(box);
  return box;
}

try {
  const { mount } = await import('./index.js');
  for (const host of hosts) mount(host, css, host.dataset.lang);
} catch (error) {
  for (const host of hosts) {
    const lang = host.dataset.lang === 'en' ? 'en' : 'zh';
    const box = shadow(host);
    box.innerHTML = `<div class="dj" lang="${lang === 'en' ? 'en' : 'zh-CN'}">${await (await fetch(here(`./summary.${lang}.html`))).text()}</div>`;
    const section = box.querySelector('.dj-summary');
    section.hidden = false;
    for (const why of section.querySelectorAll('.dj-summary-why')) why.hidden = why.dataset.why !== 'nowasm';
    host.dispatchEvent(new CustomEvent('daijiao:unavailable', { detail: error, bubbles: true }));
  }
}
