// The clerk's lists card: real Excel files (an xlsx with a notes sheet and a merged title row,
// an .xls) and a GBK CSV chosen together in the browser (nothing uploaded), one person on two
// lists counted once, the 代缴名单 downloaded as xlsx and CSV (made in the browser, read back),
// the identity column picked by hand when the header is unknown, the print with the numbers
// masked, and nothing of the lists left in any storage or cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, ResidentPage, axe, daijiaoBin } from '../lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PYTHON = process.env.DAIJIAO_FIXTURES_PYTHON || path.join(os.homedir(), '.venvs/fixtures/bin/python');
let env;
let dir;
before(async () => { env = await start(); dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-lists-')); });
after(async () => { await env.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

/** A made-up identity number (area 000000, never a real one) with its check character. */
function madeUpId(birth, seq, wrong = false) {
  const body = `000000${birth}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i], 0);
  const right = '10X98765432'[sum % 11];
  return body + (wrong ? (right === '0' ? '1' : '0') : right);
}

const P1 = madeUpId('19800101', '321');
const P2 = madeUpId('19800202', '321');
const BAD = madeUpId('19800303', '321', true);
const P4 = madeUpId('19800404', '321');
const HEADER = ['序号', '姓名', '公民身份号码', '人员类别', '参保状态'];

function makeFixtures() {
  const spec = { files: [
    { path: path.join(dir, 'poverty.xlsx'), kind: 'xlsx', sheets: [
      { name: '填表说明', title: null, width: 1, rows: [['本表由乡镇扶贫办填报']] },
      { name: '名单', title: '某县2018年建档立卡贫困人口名单', width: 5, rows: [
        HEADER, [1, '甲', P1, '建档立卡贫困户', '已参保'], [2, '乙', BAD, '建档立卡贫困户', '已参保']] },
    ] },
    { path: path.join(dir, 'tekun.xls'), kind: 'xls', sheets: [
      { name: 'Sheet1', title: '某县2018年特困供养人员花名册', width: 5, rows: [
        HEADER, [1, '甲', P1, '特困供养', '已参保'], [2, '戊', P2, '五保', '已参保']] },
    ] },
    { path: path.join(dir, 'odd.xlsx'), kind: 'xlsx', sheets: [
      { name: 'Sheet1', title: null, width: 3, rows: [['户主', '证件号(18位)', '类型'], ['己', P4, '低保']] },
    ] },
  ] };
  execFileSync(PYTHON, [path.join(ROOT, 'tests/fixtures/make_lists.py')], { input: JSON.stringify(spec) });
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: `姓名,身份证号,救助类别,参保状态\n庚,${P4},农村低保,已参保\n` });
  fs.writeFileSync(path.join(dir, 'dibao.csv'), gbk);
}

async function openClerk() {
  const p = await ResidentPage.open(env);
  // print() opens no dialog here: keep what the print holds at the moment of printing
  await p.page.addInitScript(() => {
    window.print = () => { window.__printed = document.getElementById('dj-list-print')?.innerText ?? ''; };
  });
  await p.page.goto(env.url + 'clerk.html');
  await p.page.locator('#dj-lists-files').waitFor();
  await p.page.selectOption('#dj-b-year', '2018');
  return p;
}

test('an xlsx, an xls and a GBK CSV become one 代缴名单, each person once, downloaded and printed masked', async () => {
  makeFixtures();
  const p = await openClerk();
  await p.page.setInputFiles('#dj-lists-files', ['poverty.xlsx', 'tekun.xls', 'dibao.csv'].map((f) => path.join(dir, f)));
  const result = p.page.locator('.dj-lists-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-people'), '3', '甲 once, 戊, 庚');
  assert.equal(await result.getAttribute('data-paid'), '3');
  assert.equal(await result.getAttribute('data-rejected'), '1');
  const text = (await p.card('lists').innerText()).replace(/\s+/g, ' ');
  assert.match(text, /政府代缴：3 人，合计 300\.00 元/);
  assert.match(text, /县\(市、区\)级 100\.00 33\.00 99\.00 [\d.]+ 1\.00/);
  assert.match(text, /身份证号校验位不对/);
  assert.ok(!text.includes(P1) && !text.includes(BAD), 'the page shows numbers masked');
  assert.match(text, /000000\*{8}\d{3}[0-9X]/);
  await axe(p.page, 'lists result');

  // the xlsx download, read back by `daijiao lists`' own reader (the CLI reads xlsx too)
  const [xlsx] = await Promise.all([p.page.waitForEvent('download'), p.page.click('[data-k=xlsx]')]);
  const xlsxPath = path.join(dir, 'download.xlsx');
  await xlsx.saveAs(xlsxPath);
  assert.equal(xlsx.suggestedFilename(), '代缴名单-2018.xlsx');
  const bytes = fs.readFileSync(xlsxPath);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  // the CSV download: the list with full numbers (what the clerk hands on), then the rejects
  const downloads = [];
  p.page.on('download', (d) => downloads.push(d));
  await p.page.click('[data-k=csv]');
  await p.page.waitForTimeout(500);
  assert.equal(downloads.length, 2);
  const listPath = path.join(dir, 'download.csv');
  await downloads[0].saveAs(listPath);
  const list = fs.readFileSync(listPath, 'utf8');
  assert.ok(list.startsWith('\uFEFF序号,姓名,身份证号'));
  assert.equal(list.split(P1).length - 1, 1, '甲 once');
  // the same files through the CLI give the same list
  const cliOut = path.join(dir, 'cli.csv');
  execFileSync(daijiaoBin(), ['lists', ...['poverty.xlsx', 'tekun.xls', 'dibao.csv'].map((f) => path.join(dir, f)),
    '--year', '2018', '--out', cliOut]);
  const strip = (s) => s.split('\r\n').map((l) => l.replace(/,[^,]*$/, '')).join('\n'); // sources hold paths
  assert.equal(strip(list), strip(fs.readFileSync(cliOut, 'utf8')));

  // the print: every person, numbers masked, the total last
  await p.page.click('[data-k=print]');
  const printed = await p.page.evaluate(() => window.__printed);
  assert.match(printed, /合计：3 人由政府代缴，300\.00 元/);
  assert.ok(!printed.includes(P1), 'masked in the print');
  assert.equal(await p.page.locator('#dj-list-print').innerHTML(), '', 'emptied after printing');

  // nothing of the lists is stored or cached
  const stored = await p.page.evaluate(async () => {
    const out = [JSON.stringify(localStorage), JSON.stringify(sessionStorage)];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) out.push(await (await cache.match(req)).text());
    }
    return out.join('\n');
  });
  for (const id of [P1, P2, BAD, P1.slice(6, 14)]) assert.ok(!stored.includes(id), 'no number in any storage');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a list whose identity column the synonyms do not know asks the clerk to pick it', async () => {
  makeFixtures();
  const p = await openClerk();
  await p.page.check('#dj-lists-enrolled');
  await p.page.selectOption('#dj-lists-category', 'dibao'); // the file is "the 低保 list"
  await p.page.setInputFiles('#dj-lists-files', [path.join(dir, 'odd.xlsx')]);
  const pick = p.page.locator('#dj-lists-id-column');
  await pick.waitFor();
  assert.match(await p.page.locator('[data-k=pick-id] label').innerText(), /odd\.xlsx/);
  await axe(p.page, 'column picker');
  await pick.selectOption('证件号(18位)');
  const result = p.page.locator('.dj-lists-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-paid'), '1');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a 100,000-row xlsx is read in the browser with progress, and timed', async () => {
  const rows = 100000;
  const big = path.join(dir, 'big.xlsx');
  const body = [HEADER];
  for (let n = 0; n < rows; n++) {
    const birth = new Date(Date.UTC(1960, 0, 1) + (n % 15000) * 86400000).toISOString().slice(0, 10).replaceAll('-', '');
    body.push([n + 1, `某${n % 97}`, madeUpId(birth, String(Math.floor(n / 15000)).padStart(3, '0')), '农村低保', '已参保']);
  }
  execFileSync(PYTHON, [path.join(ROOT, 'tests/fixtures/make_lists.py')], {
    input: JSON.stringify({ files: [{ path: big, kind: 'xlsx', sheets: [{ name: '名单', title: '某县低保对象名单', width: 5, rows: body }] }] }),
    maxBuffer: 1 << 28,
  });
  const p = await openClerk();
  const started = Date.now();
  await p.page.setInputFiles('#dj-lists-files', [big]);
  await p.page.locator('#dj-lists-progress').waitFor({ timeout: 10000 });
  const result = p.page.locator('.dj-lists-result');
  await result.waitFor({ timeout: 120000 });
  const ms = Date.now() - started;
  assert.equal(await result.getAttribute('data-people'), String(rows));
  const line = `# browser lists: ${rows.toLocaleString('en')}-row xlsx (${(fs.statSync(big).size / 1e6).toFixed(1)} MB) read, merged and decided in ${ms} ms`;
  console.log(line);
  fs.mkdirSync(path.join(ROOT, 'tools/e2e/screenshots'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'tools/e2e/screenshots/browser-lists-100k.txt'), line + '\n');
  assert.deepEqual(p.errors, []);
  await p.close();
});
