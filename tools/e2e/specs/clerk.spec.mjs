// The clerk's view: the request document's budget, a roster read in the browser (no upload),
// and the print view. The 1M-row roster is timed and checked against `daijiao roster`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, ResidentPage, SHOTS, daijiaoBin, switchLanguage } from '../lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

async function openClerk(opts) {
  const p = await ResidentPage.open(env, opts);
  await p.page.click('a[href="clerk.html"]');
  await p.page.locator('#dj-b-people').waitFor();
  return p;
}

test('700 people in 2018: 33 元 per person and 23,100 元 (2.31 万元) at the district level', async () => {
  const p = await openClerk();
  await p.page.selectOption('#dj-b-year', '2018');
  await p.page.fill('#dj-b-people', '700');
  const card = p.page.locator('[data-card=budget]');
  const county = (await card.locator('tbody tr').nth(2).innerText()).replace(/\s+/g, ' ');
  assert.match(county, /县\(市、区\)级 23333\.33 33\.00 23100\.00 2\.31 233\.33/);
  assert.match(await card.innerText(), /唐高人社呈〔2018〕4号/);
  await p.shot('clerk-budget');
  await p.page.check('#dj-fiscal-province-direct');
  const province = (await card.locator('tbody tr').nth(0).innerText()).replace(/\s+/g, ' ');
  assert.match(province, /省级 46666\.67 66\.00 46200\.00 4\.62/);
  await p.page.fill('#dj-b-people', '七百');
  assert.match(await p.page.locator('#dj-b-people-error').innerText(), /人数请填写不小于 0 的整数/);
  // -5 is out of range here as in `daijiao budget` and the JS API (one request parser)
  await p.page.fill('#dj-b-people', '-5');
  assert.equal(await p.page.locator('#dj-b-people-error').innerText(), '人数应在 0 到 100000000 之间，现为 -5。');
  await p.page.fill('#dj-b-people', '100000001');
  assert.equal(await p.page.locator('#dj-b-people-error').innerText(), '人数应在 0 到 100000000 之间，现为 100000001。');
  assert.equal(await p.page.getAttribute('#dj-b-people', 'aria-invalid'), 'true');
  await switchLanguage(p.page);
  assert.equal(await p.page.locator('#dj-b-people-error').innerText(), 'The number of people must be between 0 and 100000000, not 100000001.');
  await p.page.fill('#dj-b-people', '100000000');
  assert.equal(await p.page.locator('#dj-b-people-error').innerText(), '');
  assert.match(await card.innerText(), /100000000 people/);
  await p.close();
});

test('the print view is a one-page attachment: title, date, figures and basis, no form', async () => {
  const p = await openClerk();
  await p.page.selectOption('#dj-b-year', '2018');
  await p.page.fill('#dj-b-people', '700');
  await p.page.emulateMedia({ media: 'print' });
  assert.equal(await p.page.locator('.dj-form').first().isVisible(), false);
  assert.equal(await p.page.locator('.dj-print-only h2').isVisible(), true);
  assert.match(await p.page.locator('.dj-print-only').innerText(), /测算日期/);
  const pdf = await p.page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, `the print view should fit one page, got ${pages}`);
  await p.shot('clerk-print');
  await p.close();
});

test('a roster with GBK ids, CRLF and bad rows is tallied in the browser with its rejects listed', async () => {
  const p = await openClerk();
  const rows = [
    'id,year,age,statuses,exited_on,pension',
    '张三,2018,40,dibao,,enrolled',
    '李四,2018,abc,dibao,,enrolled',
    '王五,2018,65,registered_poor,,not_enrolled',
    ',,,,,',
    '',
    '',
  ].join('\r\n'); // ends with a blank line: two blank lines in all
  const file = path.join(os.tmpdir(), `dj-gbk-${process.pid}.csv`);
  // GBK bytes of the three names (the rest is ASCII)
  const gbk = { '张三': [0xd5, 0xc5, 0xc8, 0xfd], '李四': [0xc0, 0xee, 0xcb, 0xc4], '王五': [0xcd, 0xf5, 0xce, 0xe5] };
  let bytes = Buffer.from(rows, 'utf8');
  for (const [name, code] of Object.entries(gbk)) {
    const i = bytes.indexOf(Buffer.from(name, 'utf8'));
    bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(code), bytes.subarray(i + Buffer.byteLength(name))]);
  }
  fs.writeFileSync(file, bytes);
  const requests = [];
  p.page.on('request', (r) => requests.push(r.url()));
  await p.page.setInputFiles('#dj-roster-file', file);
  const result = p.page.locator('.dj-roster-result');
  await result.waitFor();
  const text = (await result.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /共 3 行,通过 2 行,未通过 1 行,空行 2 行\(编码 gbk\)/);
  assert.match(text, /3 李四 age age 应为整数周岁/);
  assert.equal(await result.locator('[data-k=pays]').innerText(), '1');
  assert.equal(await result.locator('[data-k=direct]').innerText(), '1');
  assert.deepEqual(requests, [], 'reading a roster makes no request');
  await p.shot('clerk-roster');
  await p.close();
});

function nativeReport(file) {
  const bin = daijiaoBin();
  let out;
  try {
    out = execFileSync(bin, ['roster', file, '--rejects', file + '.rejects.csv']);
  } catch (e) {
    out = e.stdout;
  }
  return JSON.parse(out.toString());
}

test('an empty roster, a header-only roster, a wrong header and an unreadable file: the page says what daijiao roster says, in either language', async () => {
  const p = await openClerk();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-'));
  // roster::begin reads the start of a roster for both shells: an empty file and a wrong header
  // are line 1 rejected with the header's message; a header-only file is an empty roster
  const cases = [
    ['empty.csv', '', 1, /表头/, /header/],
    ['header-only.csv', 'id,year,age,statuses,exited_on,pension', 0, /共 0 行/, /0 rows/],
    ['wrong-header.csv', 'name,year,age\nx,2018,40\n', 1, /表头/, /header/],
  ];
  for (const [name, body, rejected, zh, en] of cases) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, body);
    await p.page.setInputFiles('#dj-roster-file', file);
    const result = p.page.locator('.dj-roster-result');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-rejected'), String(rejected), name);
    assert.match(await result.innerText(), zh, name);
    const native = nativeReport(file);
    assert.equal(native.rejected, rejected, `daijiao roster agrees on ${name}`);
    assert.equal(native.rows, rejected, name);
    await switchLanguage(p.page);
    assert.match(await p.page.locator('.dj-roster-result').innerText(), en, name);
    await switchLanguage(p.page);
    await p.page.setInputFiles('#dj-roster-file', []);
  }
  // A file the browser cannot read (moved or deleted after it was chosen): the read fails.
  await p.page.evaluate(() => {
    Blob.prototype.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
  });
  const good = path.join(dir, 'good.csv');
  fs.writeFileSync(good, 'id,year,age,statuses,exited_on,pension\na,2018,40,dibao,,enrolled\n');
  await p.page.setInputFiles('#dj-roster-file', good);
  const error = p.page.locator('[data-card=roster] .dj-error');
  await error.waitFor();
  assert.equal(await error.innerText(), '无法读取文件');
  await switchLanguage(p.page);
  assert.equal(await p.page.locator('[data-card=roster] .dj-error').innerText(), 'The file could not be read');
  assert.equal(await p.page.isEnabled('#dj-roster-file'), true, 'the clerk can choose another file');
  await p.close();
});

test('a 1,000,000-row generated roster is tallied equal to daijiao roster, its time printed (measured, not gated)', async () => {
  const file = path.join(ROOT, 'target', 'bench', 'roster-1000000.csv');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const py = process.env.OPENFISCA_PYTHON || path.join(os.homedir(), '.venvs/openfisca/bin/python');
    const csv = execFileSync(py, [path.join(ROOT, '../shared/peers/openfisca/gen_roster.py'), '--rows', '1000000', '--seed', '1'], { maxBuffer: 1 << 30 });
    fs.writeFileSync(file, csv);
  }
  const p = await openClerk();
  const t0 = Date.now();
  await p.page.setInputFiles('#dj-roster-file', file);
  await p.page.locator('.dj-roster-result').waitFor({ timeout: 30000 });
  const ms = Date.now() - t0;
  console.log(`# browser roster: 1,000,000 rows in ${ms} ms`);
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, 'browser-roster-1m.txt'), `${ms}\n`);
  const native = nativeReport(file).years[0];
  const year = p.page.locator('[data-year="2018"]');
  assert.equal(await year.locator('[data-k=pays]').innerText(), String(native.government_pays_pension_count));
  assert.equal(await year.locator('[data-k=direct]').innerText(), String(native.direct_claim_count));
  assert.equal(await year.locator('[data-k=medical]').innerText(), native.medical_subsidy_amount_sum);
  await p.shot('clerk-roster-1m');
  await p.close();
});
