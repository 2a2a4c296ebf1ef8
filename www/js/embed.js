// Drop-in embed: <div data-daijiao></div> + <script type="module" src=".../embed.js"></script>.
// Each [data-daijiao] element gets the resident's page inside its own shadow root, so the host's
// CSS and ours never meet. The stylesheet is fetched from beside this script (same origin as it).
// <div data-daijiao data-lang="en"> opens the widget in English (Chinese otherwise).
import { mount } from './index.js';

// rem would follow the host's root font size; inside the widget 1rem means 16px whatever the host.
const css = (await (await fetch(new URL('./style.css', import.meta.url))).text())
  .replace(/(\d*\.?\d+)rem\b/g, (_, n) => `${Number(n) * 16}px`);
for (const host of document.querySelectorAll('[data-daijiao]')) {
  if (!host.shadowRoot) mount(host, css, host.dataset.lang);
}
