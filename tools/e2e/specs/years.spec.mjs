// The years people live in: the page preselects the year of the device's clock (and says so),
// answers 2021–2025 under the transition notice (provisional, cited by its title), says what was
// not found instead of carrying 2018's figures over, and answers 2026 under a listed reading —
// in both languages, axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage, axe, switchLanguage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('the device clock\'s year is preselected and named, and a clock outside the years picks the nearest', async () => {
  const p = await ResidentPage.open(env, { clock: '2023-05-04T10:00:00+08:00' });
  assert.equal(await p.page.inputValue('#dj-year'), '2023');
  assert.match(await p.page.locator('#dj-year-help').innerText(), /本机日期选择 2023 年/);
  const years = await p.page.locator('#dj-year option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(years, ['2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018']);
  await p.close();
  const later = await ResidentPage.open(env, { clock: '2031-01-15T10:00:00+08:00' });
  assert.equal(await later.page.inputValue('#dj-year'), '2026');
  assert.match(await later.page.locator('#dj-year-help').innerText(), /2031 年，不在可计算的年份内，已选择最近的 2026 年/);
  await later.close();
});

test('in 2025 a 40-year-old on 低保 is paid for, provisionally, under the 2021 notice cited by title', async () => {
  const p = await ResidentPage.open(env, { clock: '2025-03-01T10:00:00+08:00' });
  await p.age(40);
  await p.status('dibao');
  await p.pension('enrolled');
  const pension = await p.cardText('pension');
  assert.match(pension, /是/);
  assert.match(pension, /政府为您代缴最低档次保费（该年度的档次和金额未查到，以当地经办机构为准）/);
  assert.match(pension, /暂定/);
  await p.card('pension').locator('details.dj-basis summary').click();
  const basis = await p.cardText('pension');
  assert.match(basis, /国家乡村振兴局《关于巩固拓展社会保险扶贫成果助力全面实现乡村振兴的通知》/);
  assert.match(basis, /本计算器的理解/);
  const medical = await p.cardText('medical');
  assert.match(medical, /文件未规定/);
  assert.match(medical, /既不说资助，也不说不资助/);
  assert.doesNotMatch(medical, /280|220|250/, 'no 2018–2020 contribution carried over');
  await axe(p.page, '2025 低保');
  await p.shot('year-2025-dibao');
  await switchLanguage(p.page);
  assert.match(await p.cardText('pension'), /the year's tier and amount were not found/);
  await axe(p.page, '2025 低保, English');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('2020 and 2021 on both sides: a 建档立卡 resident is paid in 2020 and not determined in 2021', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2020);
  await p.age(40);
  await p.status('registered_poor');
  await p.pension('enrolled');
  assert.match(await p.cardText('pension'), /政府为您代缴不低于 100 元的最低档次保费/);
  await p.year(2021);
  const pension = await p.cardText('pension');
  assert.match(pension, /文件未规定/);
  assert.match(pension, /既不说代缴，也不说不代缴/);
  await p.year(2020);
  await p.age(65);
  await p.pension('not_enrolled');
  assert.match(await p.cardText('direct'), /可以直接领取/);
  await p.year(2021);
  const direct = await p.cardText('direct');
  assert.match(direct, /文件未规定/);
  assert.match(direct, /全国城乡居民基础养老金最低标准为每月 98 元（这是下限，不是河北的标准）/);
  await axe(p.page, '2021 direct claim not determined');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('2026 is answered with the transition rules under a reading the answer lists', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2026);
  await p.age(40);
  await p.status('relapse_risk');
  await p.pension('enrolled');
  await p.card('pension').locator('details.dj-basis summary').click();
  const pension = await p.cardText('pension');
  assert.match(pension, /是/);
  assert.match(pension, /2026年起未查到新的文件：本计算器把过渡期（2021—2025年）的规则视为延续/);
  await p.year(2025);
  assert.doesNotMatch(await p.cardText('pension'), /视为延续/);
  assert.deepEqual(p.errors, []);
  await p.close();
});
