// The two embeddings: a script + mount point under a hostile host stylesheet, and an iframe
// that posts its height so the host can size it without a scrollbar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('the script embed works and looks right under a hostile host stylesheet, and leaks no style', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url + 'examples/script-embed.html');
  const hostText = () => page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('.host-text'));
    return { font: s.fontFamily, size: s.fontSize, transform: s.textTransform, color: s.color };
  });
  // playwright's CSS selectors pierce open shadow roots
  await page.locator('[data-daijiao] #dj-age').waitFor();
  await page.fill('[data-daijiao] #dj-age', '40');
  await page.check('[data-daijiao] #dj-st-dibao');
  await page.check('[data-daijiao] #dj-pe-enrolled');
  const card = page.locator('[data-daijiao] [data-card=pension]');
  assert.match(await card.innerText(), /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  const inside = await page.evaluate(() => {
    const root = document.querySelector('[data-daijiao]').shadowRoot;
    const s = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      input: s('#dj-age').display, label: s('label').display, form: s('.dj-form').position,
      card: s('.dj-card').visibility, font: s('.dj').fontFamily, spacing: s('.dj-why').letterSpacing, size: s('.dj').fontSize, bg: s('.dj-card').backgroundColor,
    };
  });
  assert.equal(inside.input, 'block');
  assert.equal(inside.label, 'block');
  assert.equal(inside.form, 'static');
  assert.equal(inside.card, 'visible');
  assert.doesNotMatch(inside.font, /Comic/);
  assert.equal(inside.size, '18px');
  assert.equal(inside.spacing, 'normal');
  assert.equal(inside.bg, 'rgb(255, 255, 255)');
  // our styles do not leak out: the host's own text keeps the host's styles
  assert.deepEqual(await hostText(), { font: '"Comic Sans MS", serif', size: '9px', transform: 'uppercase', color: 'rgb(255, 0, 255)' });
  // the large-type switch works inside the shadow root too
  await page.click('[data-daijiao] #dj-large');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-daijiao]').shadowRoot.querySelector('.dj')).fontSize), '22px');
  assert.deepEqual(await hostText(), { font: '"Comic Sans MS", serif', size: '9px', transform: 'uppercase', color: 'rgb(255, 0, 255)' });
  assert.equal(await page.getAttribute('html', 'class'), null, "the host's <html> is left alone");
  await page.click('[data-daijiao] #dj-large');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: 'screenshots/embed-script.png', fullPage: true });
  await context.close();
});

test('the script embed opens in English when asked, without touching the host page\'s language', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.url + 'examples/script-embed.html');
  await page.locator('[data-daijiao] #dj-age').waitFor();
  const hostLang = await page.getAttribute('html', 'lang');
  await page.evaluate(async () => {
    const { mount } = await import('/js/index.js');
    const host = document.createElement('div');
    host.id = 'english-widget';
    document.body.append(host);
    mount(host, '', 'en');
  });
  const widget = page.locator('#english-widget');
  await widget.locator('#dj-age').waitFor();
  assert.equal(await widget.locator('label[for=dj-age]').innerText(), 'Age (full years)');
  assert.equal(await widget.locator('.dj').first().getAttribute('lang'), 'en');
  await widget.locator('#dj-lang').click();
  assert.equal(await widget.locator('label[for=dj-age]').innerText(), '年龄（周岁）');
  assert.equal(await page.getAttribute('html', 'lang'), hostLang, 'the host page keeps its lang');
  assert.match(await page.locator('[data-daijiao] label[for=dj-age]').innerText(), /年龄/, 'the first widget is unchanged');
  await context.close();
});

test('the iframe embed posts its height and the host sizes it so it never scrolls', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.url + 'examples/iframe-embed.html');
  const frame = page.frameLocator('#daijiao-frame');
  await frame.locator('#dj-age').waitFor();
  const fits = async () => page.evaluate(() => {
    const f = document.getElementById('daijiao-frame');
    const doc = f.contentDocument.documentElement;
    return { frame: f.clientHeight, content: Math.ceil(doc.getBoundingClientRect().height), scroll: doc.scrollHeight };
  });
  await page.waitForFunction(() => document.getElementById('daijiao-frame').clientHeight > 300);
  let h = await fits();
  assert.ok(h.frame >= h.content && h.frame >= h.scroll - 1, JSON.stringify(h));
  const before = h.frame;
  await frame.locator('#dj-age').fill('65');
  await frame.locator('#dj-st-registered_poor').check();
  await frame.locator('#dj-pe-not_enrolled').check();
  await page.waitForFunction((b) => document.getElementById('daijiao-frame').clientHeight > b + 200, before);
  h = await fits();
  assert.ok(h.frame >= h.content && h.frame >= h.scroll - 1, JSON.stringify(h));
  await page.screenshot({ path: 'screenshots/embed-iframe.png', fullPage: true });
  await context.close();
});

test('the host ignores height messages from any other window', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.url + 'examples/iframe-embed.html');
  await page.frameLocator('#daijiao-frame').locator('#dj-age').waitFor();
  await page.waitForFunction(() => document.getElementById('daijiao-frame').clientHeight > 300);
  const h0 = await page.evaluate(() => document.getElementById('daijiao-frame').clientHeight);
  await page.evaluate(() => window.postMessage({ type: 'daijiao:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.getElementById('daijiao-frame').clientHeight), h0);
  await context.close();
});
