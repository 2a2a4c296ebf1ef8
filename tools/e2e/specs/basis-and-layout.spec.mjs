// Each card quotes its clause; the page fits 320 px with large targets and stays on its origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('政策依据 expands to the clause text with its document number', async () => {
  const p = await ResidentPage.open(env);
  await p.age(40);
  await p.status('registered_poor');
  await p.pension('enrolled');
  const basis = p.card('medical').locator('.dj-basis');
  assert.equal(await basis.locator('blockquote').first().isVisible(), false);
  await basis.locator('summary').click();
  const text = await basis.innerText();
  assert.match(text, /冀人社发〔2018〕3号 二\(二\)1/);
  assert.match(text, /2016年8月1日后按照贫困退出程序退出/);
  await p.shot('basis-open');
  await p.close();
});

test('at 320 px there is no horizontal scroll and every control is a large touch target', async () => {
  const p = await ResidentPage.open(env, { width: 320, height: 700 });
  await p.age(65);
  await p.status('registered_poor');
  await p.pension('not_enrolled');
  const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  const small = await p.page.evaluate(() =>
    [...document.querySelectorAll('.dj input, .dj select, .dj summary')]
      .map((el) => {
        const box = (el.closest('.dj-check, .dj-radio') ?? el).getBoundingClientRect();
        return { id: el.id || el.textContent, h: box.height };
      })
      .filter((b) => b.h < 44));
  assert.deepEqual(small, []);
  await p.shot('layout-320');
  await p.close();
});

test('every request is same-origin and none is made after the page has loaded', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(env.url);
  await page.locator('#dj-age').waitFor();
  await page.waitForLoadState('networkidle');
  const atLoad = requests.length;
  await page.fill('#dj-age', '40');
  await page.check('#dj-st-dibao');
  await page.check('#dj-pe-enrolled');
  await page.locator('[data-card=pension]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(requests.length, atLoad, `requests after load: ${requests.slice(atLoad)}`);
  for (const u of requests) assert.ok(u.startsWith(env.url), `off-origin request ${u}`);
  await context.close();
});
