// Accessibility: axe-core (WCAG 2.2 A/AA rules) reports no violation on any view or state;
// every field is labelled and its error bound to it; answers are announced politely; keyboard
// use works with a visible focus; the large-type switch lasts for the visit only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, ResidentPage, axe } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('every state of the resident page has no axe violation', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await axe(page, 'empty form');
  await page.focus('#dj-age');
  await page.locator('#dj-age').blur();
  await axe(page, 'age error');
  await page.fill('#dj-age', 'abc');
  await axe(page, 'age not a number');
  await page.fill('#dj-age', '40');
  await page.check('#dj-st-dibao');
  await page.check('#dj-pe-enrolled');
  await axe(page, 'government pays, partial medical');
  await page.check('#dj-pe-not_enrolled');
  await axe(page, 'not enrolled, with a hint');
  await page.fill('#dj-age', '65');
  await page.check('#dj-st-registered_poor');
  await axe(page, 'direct claim');
  await page.check('#dj-st-registered_poor_exited');
  await axe(page, 'exit date required');
  await page.fill('#dj-exit', '2019-05-01');
  await axe(page, 'exit date out of range');
  for (const d of await page.locator('details').all()) await d.locator('summary').click();
  await axe(page, 'every basis expanded');
  await page.emulateMedia({ media: 'print' });
  await axe(page, 'print view');
  await page.emulateMedia({ media: 'screen' });
  await p.close();
});

test('the clerk view and kiosk mode have no axe violation', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await page.goto(env.url + 'clerk.html');
  await page.locator('#dj-b-people').waitFor();
  await axe(page, 'clerk: empty');
  await page.fill('#dj-b-people', 'x');
  await axe(page, 'clerk: people error');
  await page.fill('#dj-b-people', '700');
  await axe(page, 'clerk: budget');
  const file = path.join(os.tmpdir(), `dj-a11y-${process.pid}.csv`);
  fs.writeFileSync(file, 'id,year,age,statuses,exited_on,pension\n1,2018,40,dibao,,enrolled\n2,2018,x,,,enrolled\n');
  await page.setInputFiles('#dj-roster-file', file);
  await page.locator('.dj-roster-result').waitFor();
  await axe(page, 'clerk: roster with rejects');
  await page.emulateMedia({ media: 'print' });
  await axe(page, 'clerk: print view');
  await page.emulateMedia({ media: 'screen' });
  await page.goto(env.url + '?kiosk=1&idle=60');
  await page.locator('.dj-clear').waitFor();
  await page.fill('#dj-age', '40');
  await page.check('#dj-pe-enrolled');
  await axe(page, 'kiosk');
  await p.close();
});

test('fields are labelled, errors bound, answers announced politely, and the keyboard reaches everything', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, button')]
    .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim()))
    .map((el) => el.id || el.outerHTML));
  assert.deepEqual(unlabelled, []);
  assert.match(await page.getAttribute('#dj-age', 'aria-describedby'), /dj-age-error/);
  assert.equal(await page.getAttribute('.dj-results', 'aria-live'), 'polite');
  // keyboard only: tab to the age box, type, tab on, space ticks a box, arrows pick a radio
  await page.keyboard.press('Tab');
  let focused = [];
  for (let i = 0; i < 12; i++) {
    focused.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    await page.keyboard.press('Tab');
  }
  for (const id of ['dj-year', 'dj-age', 'dj-st-dibao']) assert.ok(focused.includes(id), `${id} reachable by Tab: ${focused}`);
  await page.focus('#dj-age');
  await page.keyboard.type('40');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'visible focus');
  await page.focus('#dj-st-dibao');
  await page.keyboard.press('Space');
  await page.focus('#dj-pe-not_enrolled');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('#dj-pe-enrolled'), true);
  assert.match(await p.cardText('pension'), /政府为您代缴/);
  await p.close();
});

test('at 320 px and at 200% zoom nothing scrolls sideways; the large-type switch lasts for the visit only', async () => {
  for (const [width, zoom] of [[320, 1], [640, 2]]) {
    const p = await ResidentPage.open(env, { width: width / zoom, height: 800 });
    await p.page.fill('#dj-age', '65');
    await p.page.check('#dj-st-registered_poor');
    await p.page.check('#dj-pe-not_enrolled');
    const steps = [['Chinese', null], ['English', '#dj-lang'], ['English, large type', '#dj-large'], ['Chinese, large type', '#dj-lang']];
    for (const [state, click] of steps) {
      if (click) await p.page.click(click);
      await p.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `overflow ${overflow}px at ${width}px / zoom ${zoom} in ${state}, every detail open`);
    }
    await p.close();
  }
  const p = await ResidentPage.open(env);
  const size = () => p.page.evaluate(() => getComputedStyle(document.querySelector('.dj')).fontSize);
  assert.equal(await size(), '18px');
  await p.page.click('#dj-large');
  assert.equal(await size(), '22px');
  assert.equal(await p.page.getAttribute('#dj-large', 'aria-pressed'), 'true');
  const stored = await p.page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  assert.equal(stored, 0, 'nothing stored');
  await p.page.reload();
  await p.page.locator('#dj-age').waitFor();
  assert.equal(await size(), '18px', 'a new visit starts in normal type');
  await p.close();
});
