// Service-hall kiosks and privacy: works offline after one visit, asks before switching to a
// new version, sends and keeps nothing, kiosk mode wipes itself, the CSP holds, and a printed
// result carries the rules' version and digest but no personal field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { DIST, ResidentPage, SHOTS, switchLanguage, withFixedClock } from '../lib.mjs';

let browser;
before(async () => {
  browser = withFixedClock(await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  }));
});
after(async () => { await browser.close(); });

/** A private copy of dist/ on its own port (the service worker's scope is per origin). */
async function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-site-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const { server, url } = await serve(dir, 0);
  return { dir, url, stop: () => new Promise((r) => server.close(r)) };
}

/** Opens a page and waits until the service worker controls it and has cached everything. */
async function openControlled(context, url) {
  const page = await context.newPage();
  const rp = new ResidentPage(page);
  await page.goto(url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
  }
  await page.locator('#dj-age').waitFor();
  return rp;
}

async function answer(page, age = '65') {
  await page.fill('#dj-age', age);
  await page.check('#dj-st-registered_poor');
  await page.check('#dj-pe-not_enrolled');
  await page.locator('[data-card=direct]').waitFor();
}

test('after one visit the page and the clerk page work with the network cut', async () => {
  const s = await site();
  const context = await browser.newContext();
  const rp = await openControlled(context, s.url);
  await context.setOffline(true);
  await rp.page.reload();
  await answer(rp.page);
  assert.match(await rp.cardText('direct'), /可以直接领取/);
  await switchLanguage(rp.page); // its English strings come from the cache too
  assert.match(await rp.cardText('direct'), /You can draw it directly/);
  await rp.page.goto(s.url + 'clerk.html');
  await rp.page.fill('#dj-b-people', '700');
  assert.match(await rp.page.locator('[data-card=budget]').innerText(), /23100\.00/);
  await rp.page.goto(s.url + '?kiosk=1');
  await rp.page.locator('.dj-clear').waitFor();
  await rp.shot('offline');
  await rp.close();
  await s.stop();
});

test('a new version is announced and taken only when the person accepts it', async () => {
  const s = await site();
  const context = await browser.newContext();
  const rp = await openControlled(context, s.url);
  const oldCaches = await rp.page.evaluate(() => caches.keys());
  // publish a "new version": same files, new service worker version
  const swPath = path.join(s.dir, 'sw.js');
  fs.writeFileSync(swPath, fs.readFileSync(swPath, 'utf8').replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
  await rp.page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
  const bar = rp.page.locator('.dj-update');
  await bar.waitFor();
  assert.match(await bar.innerText(), /新版本/);
  await switchLanguage(rp.page);
  assert.match(await bar.innerText(), /A new version of the calculator is ready/, 'the prompt follows the language');
  await switchLanguage(rp.page);
  assert.match(await bar.innerText(), /新版本/);
  // until the person accepts, the old version still serves the page
  assert.deepEqual(await rp.page.evaluate(() => caches.keys()).then((k) => k.filter((x) => oldCaches.includes(x))), oldCaches);
  await rp.shot('update-prompt');
  await Promise.all([rp.page.waitForEvent('load'), bar.locator('button').click()]);
  await rp.page.locator('#dj-age').waitFor();
  const now = await rp.page.evaluate(() => caches.keys());
  assert.equal(now.length, 1);
  assert.match(now[0], /-next$/);
  await rp.close();
  await s.stop();
});

test('a full session sends nothing after load and stores no answer anywhere', async () => {
  const s = await site();
  const context = await browser.newContext();
  const rp = await openControlled(context, s.url);
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData(), nav: r.isNavigationRequest() }));
  await answer(rp.page, '65');
  await rp.page.selectOption('#dj-year', '2018');
  await rp.page.check('#dj-pe-enrolled');
  await rp.page.check('#dj-st-registered_poor_exited');
  await rp.page.fill('#dj-exit', '2017-03-04');
  await rp.page.emulateMedia({ media: 'print' });
  await rp.page.emulateMedia({ media: 'screen' });
  await rp.page.waitForTimeout(300);
  assert.deepEqual(requests, [], 'no request while answering, changing answers and printing');
  const stored = await rp.page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cached: (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat(),
  }));
  assert.equal(stored.cookie, '');
  assert.equal(stored.local, 0);
  assert.equal(stored.session, 0);
  assert.equal(stored.idb, 0);
  // the cache holds exactly the built files: no answer, no query string
  const built = new Set(['', ...fs.readdirSync(s.dir)]);
  for (const u of stored.cached) assert.ok(built.has(new URL(u).pathname.slice(1)) && !new URL(u).search, `cached ${u}`);
  // the clerk's page: one navigation, its files from the cache, nothing while working
  await rp.page.goto(s.url + 'clerk.html');
  await rp.page.locator('#dj-b-people').waitFor();
  const atClerkLoad = requests.length;
  await rp.page.fill('#dj-b-people', '700');
  await rp.page.check('#dj-fiscal-province-direct');
  await rp.page.waitForTimeout(300);
  assert.equal(requests.length, atClerkLoad, 'no request while working in the clerk view');
  for (const r of requests) {
    assert.equal(r.method, 'GET');
    assert.equal(r.body, null);
    assert.ok(r.url.startsWith(s.url), r.url);
    const u = new URL(r.url);
    assert.equal(u.search, '', r.url);
    assert.ok(['', ...fs.readdirSync(s.dir)].includes(u.pathname.slice(1)), `not a built file: ${r.url}`);
  }
  await rp.close();
  await s.stop();
});

test('kiosk mode: large targets, a 清除 button, and an idle wipe with a visible countdown', async () => {
  const s = await site();
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  const rp = new ResidentPage(page);
  await page.goto(s.url + '?kiosk=1&idle=5');
  await page.locator('#dj-age').waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.dj')).fontSize), '22px');
  const box = await page.locator('.dj-clear').boundingBox();
  assert.ok(box.height >= 60, `清除 is ${box.height}px high`);
  // 清除 blanks the form at once
  await answer(page);
  await page.click('.dj-clear');
  assert.equal(await page.inputValue('#dj-age'), '');
  assert.equal(await page.isChecked('#dj-st-registered_poor'), false);
  // the idle wipe: a countdown, then the blank form
  await answer(page);
  const countdown = page.locator('.dj-countdown');
  await page.waitForFunction(() => /秒后将清除/.test(document.querySelector('.dj-countdown').textContent));
  assert.match(await countdown.innerText(), /[1-5] 秒后将清除本页内容/);
  await rp.shot('kiosk-countdown');
  await page.waitForFunction(() => document.querySelector('#dj-age').value === '', null, { timeout: 10000 });
  assert.equal(await page.isChecked('#dj-pe-not_enrolled'), false);
  assert.match(await page.locator('.dj-results').innerText(), /这里会显示结果/);
  assert.equal(await countdown.innerText(), '');
  await rp.close();
  await s.stop();
});

test('the Content-Security-Policy has no unsafe-inline or unsafe-eval, and a violation would be caught', async () => {
  const s = await site();
  const context = await browser.newContext();
  const page = await context.newPage();
  const rp = new ResidentPage(page);
  await page.goto(s.url);
  await page.locator('#dj-age').waitFor();
  const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.match(policy, /'wasm-unsafe-eval'/);
  await answer(page);
  assert.deepEqual(rp.cspViolations(), []);
  // prove the detector works: an injected inline script is refused and reported
  await page.addScriptTag({ content: 'window.__djInjected = 1;' }).catch(() => {});
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__djInjected), undefined);
  assert.ok(rp.cspViolations().length > 0, 'the refused inline script is reported');
  rp.errors.length = 0;
  await rp.close();
  await s.stop();
});

test('a printed result shows the answers, the rules version and digest, and no personal field', async () => {
  const s = await site();
  const context = await browser.newContext();
  const page = await context.newPage();
  const rp = new ResidentPage(page);
  await page.goto(s.url);
  await page.locator('#dj-age').waitFor();
  await answer(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.dj-form').isVisible(), false);
  const stamp = await page.locator('.dj-results').innerText();
  assert.match(stamp, /规则版本 JRS-2018-3\+TRANSITION-2021\/daijiao-rules-2 · 规则数据校验码 [0-9a-f]{8}/);
  assert.match(stamp, /打印时间/);
  assert.match(stamp, /本页不含姓名、身份证号/);
  // the cited clauses print with the answers, though nobody opened 政策依据
  const quote = page.locator('[data-card=pension] .dj-basis blockquote').first();
  assert.equal(await quote.isVisible(), true, 'the policy basis prints open');
  assert.match(await quote.innerText(), /地方人民政府为其代缴/);
  assert.equal(await page.locator('.dj-tiers').isVisible(), false, 'the tier table does not print');
  assert.equal(await page.locator('input[name*=name i], input[name*=id i], input[autocomplete=name]').count(), 0);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'print-result.png'), fullPage: true });
  await rp.close();
  await s.stop();
});
