// Every phone gets a useful page: with WebAssembly unavailable (Chromium --js-flags=--jitless,
// as under iOS Lockdown Mode), with scripting off, when the wasm download fails, and while a
// slow download is still coming, the page shows the policy summary (generated from the rules)
// with the reason, in the page's language, with no uncaught error; axe finds nothing; it fits
// 320 px. The JS API and the script embed say so too (a DaijiaoError, a daijiao:unavailable
// event and the summary in the widget).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { start, axe, SHOTS, ROOT, daijiaoBin } from '../lib.mjs';
import fs from 'node:fs';

let jitless;
let normal;
before(async () => {
  jitless = await start({ args: ['--js-flags=--jitless'] });
  normal = await start();
});
after(async () => {
  await jitless.stop();
  await normal.stop();
});

/** What a person sees: visible text only (innerText of visible elements). */
async function visibleText(page, selector) {
  return page.locator(selector).evaluate((el) => el.innerText);
}

async function open(env, url, { width = 390, javaScriptEnabled = true, route } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (route) await page.route(route.match, route.handler);
  await page.goto(env.url + url);
  return { context, page, errors };
}

async function noSidewaysScroll(page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `sideways scroll: ${scroll} > ${client}`);
}

/** The summary as the CLI prints it, so the page's is checked against the rules' own figures. */
function cliSummary(lang) {
  return execFileSync(daijiaoBin(), ['summary', '--lang', lang]).toString();
}

test('without WebAssembly the page says so and shows the policy summary, with no uncaught error', async () => {
  const { context, page, errors } = await open(jitless, '');
  assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
  const summary = page.locator('#dj-summary-zh');
  await summary.waitFor({ state: 'visible' });
  const text = await visibleText(page, '#dj-summary-zh');
  assert.match(text, /您的浏览器无法运行本计算器/);
  assert.doesNotMatch(text, /需要浏览器开启 JavaScript|仍在加载/);
  for (const line of ['2018 年：100 元', '2018 年：每月 108 元', '资助个人缴费标准的 60%', '冀人社发〔2018〕3号 二(一)1']) {
    assert.ok(text.includes(line), `summary lacks ${line}`);
  }
  // the same figures as `daijiao summary` (the rules' own answers)
  for (const line of cliSummary('zh').split('\n').filter((l) => /^\s+20\d\d 年/.test(l))) {
    assert.ok(text.includes(line.trim().replace(' [暂定]', '')), `page lacks "${line.trim()}"`);
  }
  assert.equal(await page.locator('#dj-loading-zh').isVisible(), false, 'no loading line once it has failed');
  await axe(page, 'no WebAssembly');
  await noSidewaysScroll(page);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'fallback-no-wasm.png'), fullPage: true });
  await page.setViewportSize({ width: 320, height: 700 });
  await noSidewaysScroll(page);
  assert.deepEqual(errors, [], 'no uncaught error, no console error');
  await context.close();
});

test('without WebAssembly an English page shows the English summary', async () => {
  const { context, page, errors } = await open(jitless, '?lang=en');
  await page.locator('#dj-summary-en').waitFor({ state: 'visible' });
  const text = await visibleText(page, '#dj-summary-en');
  assert.match(text, /This browser cannot run the calculator/);
  assert.match(text, /2018: 100 yuan/);
  assert.equal(await page.locator('#dj-summary-zh').isVisible(), false);
  await axe(page, 'no WebAssembly, English');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with JavaScript off the page shows the summary and why', async () => {
  const { context, page } = await open(normal, '', { javaScriptEnabled: false, width: 320 });
  const summary = page.locator('#dj-summary-zh');
  assert.equal(await summary.isVisible(), true);
  assert.equal(await page.locator('[data-why=noscript]').first().isVisible(), true);
  assert.equal(await page.locator('#dj-summary-zh [data-why=nowasm]').isVisible(), false);
  assert.equal(await page.locator('#dj-loading-zh').isVisible(), false, 'no endless loading line');
  const shot = path.join(SHOTS, 'fallback-no-script.png');
  await page.screenshot({ path: shot, fullPage: true });
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `sideways scroll at 320 px: ${scroll} > ${client}`);
  await context.close();
  // axe-core needs scripting, so it checks the same rendering reproduced: the page's HTML with
  // its scripts removed and its <noscript> unwrapped, served in place of index.html.
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'index.html'), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<noscript>([\s\S]*?)<\/noscript>/g, '$1');
  const route = { match: (u) => u.pathname === '/' || u.pathname === '/index.html', handler: (r) => r.fulfill({ contentType: 'text/html', body: html }) };
  const again = await open(normal, '', { route, width: 320 });
  assert.equal(await again.page.locator('#dj-summary-zh [data-why=noscript]').isVisible(), true);
  await axe(again.page, 'JavaScript off');
  await again.context.close();
});

test('when the wasm download fails the page shows the summary, with no uncaught error', async () => {
  const route = { match: '**/*_bg.wasm', handler: (r) => r.abort() };
  const { context, page, errors } = await open(normal, '', { route });
  await page.locator('#dj-summary-zh').waitFor({ state: 'visible' });
  assert.match(await visibleText(page, '#dj-summary-zh'), /计算器没有加载成功/);
  await axe(page, 'wasm download failed');
  // the aborted request itself is logged by the browser; nothing else may be
  assert.deepEqual(errors.filter((e) => !/net::ERR_FAILED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('on a slow download the summary shows while waiting and goes when the calculator arrives', async () => {
  let release;
  const arrived = new Promise((r) => { release = r; });
  const route = {
    match: '**/*_bg.wasm',
    handler: async (r) => { await arrived; await r.continue(); },
  };
  const { context, page, errors } = await open(normal, '', { route });
  assert.equal(await page.locator('#dj-loading-zh').isVisible(), true, 'the loading line shows at once');
  assert.equal(await page.locator('#dj-h-title').isVisible(), true, 'the header shows at once');
  await page.locator('#dj-summary-zh').waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await visibleText(page, '#dj-summary-zh'), /计算器仍在加载/);
  await axe(page, 'slow download');
  release();
  await page.locator('#dj-age').waitFor();
  assert.equal(await page.locator('#dj-summary-zh').isVisible(), false, 'the summary goes');
  assert.equal(await page.locator('#dj-loading-zh').isVisible(), false, 'the loading line goes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a normal visit never shows the summary and hides the loading line', async () => {
  const { context, page, errors } = await open(normal, '');
  await page.locator('#dj-age').waitFor();
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#dj-summary-zh').isVisible(), false);
  assert.equal(await page.locator('#dj-loading-zh').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without WebAssembly the JS API rejects with a DaijiaoError and the script embed shows the summary', async () => {
  const context = await jitless.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    addEventListener('daijiao:unavailable', (e) => { window.__daijiaoUnavailable = e.detail.code; });
  });
  await page.goto(jitless.url + 'examples/script-embed.html');
  const rejected = await page.evaluate(async () => {
    try {
      await import('/js/index.js');
      return null;
    } catch (e) {
      return { name: e.name, code: e.code, field: e.field, message: e.message, messageZh: e.messageZh };
    }
  });
  assert.equal(rejected.name, 'DaijiaoError');
  assert.equal(rejected.code, 'wasm_unavailable');
  assert.match(rejected.messageZh, /WebAssembly/);
  const widget = page.locator('[data-daijiao] >> .dj-summary');
  await widget.first().waitFor({ state: 'visible' });
  assert.match(await widget.first().innerText(), /2018 年：100 元/);
  const event = await page.evaluate(() => window.__daijiaoUnavailable ?? null);
  assert.equal(event, 'wasm_unavailable');
  await axe(page, 'embed without WebAssembly', '[data-daijiao]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without WebAssembly the iframe embed shows the summary and is sized to it', async () => {
  const context = await jitless.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(jitless.url + 'examples/iframe-embed.html');
  const frame = page.frameLocator('#daijiao-frame');
  await frame.locator('#dj-summary-zh').waitFor({ state: 'visible' });
  assert.match(await frame.locator('#dj-summary-zh').innerText(), /您的浏览器无法运行本计算器/);
  // the host sizes the iframe to the summary's height (no inner scrollbar)
  await page.waitForFunction(() => document.getElementById('daijiao-frame').getBoundingClientRect().height > 1000);
  assert.deepEqual(errors, []);
  await context.close();
});
