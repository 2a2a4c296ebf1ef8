// Languages: Simplified Chinese by default, English at any time without losing the answers;
// policy quotes stay in Chinese with an English gloss; the static header, <html lang> and the
// tabs follow; English pages pass axe too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, ResidentPage, axe, switchLanguage, DIST } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const HAN = /[\u4e00-\u9fff]/;

/** Visible text of the page outside what may stay Chinese in English mode: the policy quotes
 *  and document numbers (lang=zh-CN) and the switch back to 中文. */
async function englishText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.getAttribute('lang') === 'zh-CN') return;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(node.tagName)) return;
      if (getComputedStyle(node).display === 'none') return;
      for (const c of node.childNodes) walk(c);
    };
    walk(document.body);
    return parts.join(' ');
  });
}

/** Han characters outside the document numbers, which are names in both languages. */
function stray(text) {
  return text.replace(/冀人社发〔2018〕3号|唐高人社呈〔2018〕4号|国发〔2014〕8号|人社部发〔2017〕59号/g, '')
    .split(/\s+/).filter((w) => HAN.test(w));
}

test('switching to English keeps every answer, and switching back keeps them again', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await p.year(2018);
  await p.age(40);
  await p.status('dibao');
  await p.pension('enrolled');
  assert.match(await p.cardText('pension'), /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);

  await switchLanguage(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('h1').innerText(), 'Social-insurance poverty-relief calculator');
  assert.match(await page.title(), /^Social-insurance poverty-relief calculator/);
  assert.equal(await page.inputValue('#dj-age'), '40');
  assert.equal(await page.isChecked('#dj-st-dibao'), true);
  assert.equal(await page.isChecked('#dj-pe-enrolled'), true);
  assert.match(await p.cardText('pension'), /Yes The government pays at least the lowest tier, 100 yuan, for you \(Tangshan High-tech Zone: 100 yuan\)/);
  assert.match(await p.cardText('pension'), /You are a dibao \(minimum living allowance\) recipient/);
  assert.match(await p.cardText('medical'), /60% paid .*Public funds pay: 132 yuan/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dj-lang', 'focus stays on the switch');
  assert.equal(await page.locator('#dj-lang').innerText(), '中文');
  assert.equal(await page.getAttribute('#dj-lang', 'lang'), 'zh-CN');
  assert.equal(await page.getAttribute('#dj-tab-clerk', 'href'), 'clerk.html?lang=en');
  assert.deepEqual(stray(await englishText(page)), [], 'no Chinese left outside quotes');
  await p.shot('english-answers');

  await switchLanguage(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.locator('h1').innerText(), '社会保险扶贫政策计算器');
  assert.equal(await page.getAttribute('#dj-tab-clerk', 'href'), 'clerk.html');
  assert.equal(await page.inputValue('#dj-age'), '40');
  assert.match(await p.cardText('pension'), /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  for (let i = 0; i < 10; i++) await switchLanguage(page);
  await p.age(41);
  assert.match(await p.cardText('pension'), /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/, 'the form still answers after ten switches');
  assert.equal(await page.locator('form.dj-form').count(), 1, 'one form, not one per switch');
  assert.deepEqual(p.errors, [], 'no error in the console');
  await p.close();
});

test('in English the policy quotes stay Chinese, each with an English gloss', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await switchLanguage(page);
  await p.age(65);
  await p.status('registered_poor');
  await p.pension('not_enrolled');
  const direct = p.card('direct');
  await direct.locator('.dj-basis summary').click();
  const quote = direct.locator('.dj-basis blockquote').first();
  assert.equal(await quote.getAttribute('lang'), 'zh-CN');
  assert.match(await quote.innerText(), /对60周岁及以上建档立卡贫困人口/);
  assert.match(await direct.locator('.dj-basis cite').first().innerText(), /冀人社发〔2018〕3号 二\(一\)1/);
  assert.match(await direct.locator('.dj-gloss').first().innerText(),
    /In English: Registered poor persons aged 60 or over .* pay no back contributions/);
  assert.match(await direct.locator('.dj-doc-gloss').first().innerText(), /Hebei Department of Human Resources/);
  const quotes = await page.locator('.dj-basis blockquote').count();
  assert.equal(await page.locator('.dj-gloss').count(), quotes, 'one gloss per quote');
  for (const d of await page.locator('details').all()) {
    if (!(await d.getAttribute('open'))) await d.locator('summary').click();
  }
  await axe(page, 'English: every basis open');
  await p.shot('english-basis');
  await p.close();
});

test('English errors name the field in English, and every English state passes axe', async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const p = new ResidentPage(page);
  await page.goto(env.url + '?lang=en');
  await page.locator('.dj[lang=en] #dj-age').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('label[for=dj-age]').innerText(), 'Age (full years)');
  await axe(page, 'English: empty form');
  await p.year(2018);
  await p.age('abc');
  assert.equal(await page.locator('#dj-age-error').innerText(), 'Enter your age as a whole number, for example 45.');
  await axe(page, 'English: age error');
  await p.age(40);
  await p.pension('enrolled');
  await p.status('registered_poor_exited');
  await p.exitDate('2019-05-01');
  assert.match(await page.locator('#dj-exit-error').innerText(), /^The exit date must be between 2014-01-01 and 2018-12-31/);
  await p.exitDate('2017-01-01');
  assert.match(await p.cardText('medical'), /Paid in full/);
  await axe(page, 'English: answers');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scroll at 320 px in English');
  await page.emulateMedia({ media: 'print' });
  await axe(page, 'English: print view');
  await p.close();
});

test('the clerk page switches language keeping the budget and the roster result', async () => {
  const p = await ResidentPage.open(env, { width: 320, height: 800 });
  const page = p.page;
  await page.goto(env.url + 'clerk.html?lang=en');
  await page.locator('#dj-b-people').waitFor();
  assert.equal(await page.locator('label[for=dj-b-people]').innerText(), 'People to pay for');
  assert.match(await page.title(), /^Clerks/);
  await page.selectOption('#dj-b-year', '2018');
  await page.fill('#dj-b-people', '700');
  const budget = page.locator('[data-card=budget]');
  assert.match((await budget.innerText()).replace(/\s+/g, ' '), /2018 · 700 people · 100\.00 yuan each · total 70000\.00 yuan/);
  assert.match(await budget.locator('tbody tr').last().innerText(), /^County \(city, district\)\s+23333\.33\s+33\.00\s+23100\.00\s+2\.31/);
  await axe(page, 'English clerk: budget');

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dj-')), 'roster.csv');
  fs.writeFileSync(file, 'id,year,age,statuses,exited_on,pension\na,2018,40,dibao,,enrolled\nb,2018,x,dibao,,enrolled\n');
  await page.setInputFiles('#dj-roster-file', file);
  const result = page.locator('.dj-roster-result');
  await result.waitFor();
  assert.match((await result.innerText()).replace(/\s+/g, ' '), /roster\.csv: 2 rows, 1 accepted, 1 rejected/);
  assert.match(await result.locator('.dj-rejects tbody tr').innerText(), /^3\s+b\s+age\s+age must be a whole number/);
  await axe(page, 'English clerk: roster');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the English clerk page scrolls sideways by ${overflow}px at 320 px`);

  await switchLanguage(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.inputValue('#dj-b-people'), '700');
  assert.match((await budget.innerText()).replace(/\s+/g, ' '), /2018 年 · 700 人/);
  assert.match((await result.innerText()).replace(/\s+/g, ' '), /roster\.csv:共 2 行,通过 1 行,未通过 1 行/);
  assert.match(await result.locator('.dj-rejects tbody tr').innerText(), /整数/);
  await p.close();
});

test('in kiosk mode 清除 also puts the language back to Chinese for the next person', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await page.goto(env.url + '?kiosk=1&lang=en');
  await page.locator('.dj[lang=en] #dj-age').waitFor();
  await p.age(40);
  assert.equal(await page.locator('.dj-clear').innerText(), 'Clear');
  await page.click('.dj-clear');
  assert.equal(await page.inputValue('#dj-age'), '');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.locator('.dj-clear').innerText(), '清除');
  await p.close();
});

test('the English strings are fetched only when English is chosen, and a missing or foreign file keeps the page in Chinese with a note', async () => {
  // without the service worker, which would answer from its cache before any route here
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const p = new ResidentPage(page);
  await page.goto(env.url);
  await page.locator('#dj-age').waitFor();
  const fetched = [];
  page.on('request', (r) => { if (/text\.en\.[0-9a-f]{16}\.json$/.test(r.url())) fetched.push(r.url()); });
  await p.age(40);
  await p.status('dibao');
  await p.pension('enrolled');
  assert.deepEqual(fetched, [], 'nothing fetched while the page is in Chinese');
  // the file is missing: the page stays in Chinese and says why, in Chinese
  await page.route(/text\.en\.[0-9a-f]{16}\.json$/, (r) => r.fulfill({ status: 404, body: '' }));
  await page.click('#dj-lang');
  await page.locator('.dj-lang-failed', { hasText: '英文版未能载入' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await p.cardText('pension'), /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  // another build's file (one string changed) is refused the same way
  await page.unroute(/text\.en\.[0-9a-f]{16}\.json$/);
  const file = fs.readdirSync(DIST).find((f) => /^text\.en\..*\.json$/.test(f));
  const real = JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8'));
  await page.route(/text\.en\.[0-9a-f]{16}\.json$/, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify([...real.slice(0, -1), 'changed']) }));
  await page.click('#dj-lang');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', 'a foreign file is not installed');
  assert.match(await page.locator('.dj-lang-failed').innerText(), /英文版未能载入/);
  // the real file: English, and the note is gone
  await page.unroute(/text\.en\.[0-9a-f]{16}\.json$/);
  await switchLanguage(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('.dj-lang-failed').innerText(), '');
  assert.match(await p.cardText('pension'), /The government pays at least the lowest tier, 100 yuan, for you/);
  assert.equal(fetched.length, 3, 'one request per attempt');
  await p.close();
});
