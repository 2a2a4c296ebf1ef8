// A resident with a severe disability (重度残疾人) is not told "no": the government pays the
// pension contribution (provisional, 国发〔2014〕8号 三(三)), and the medical card says the
// documents do not decide, neither yes nor no, and whom to ask — in both languages, axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage, axe, switchLanguage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('an enrolled 40-year-old with a severe disability has the payment made and an open medical question', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2018);
  await p.age(40);
  await p.status('severe_disability');
  await p.pension('enrolled');
  const pension = await p.cardText('pension');
  assert.match(pension, /是/);
  assert.match(pension, /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  assert.match(pension, /暂定/);
  const medical = await p.cardText('medical');
  assert.match(medical, /文件未规定/);
  assert.match(medical, /既不说资助，也不说不资助/);
  assert.doesNotMatch(medical, /不资助 ✗|财政资助：/);
  assert.match(medical, /医保经办机构/);
  await p.page.locator('[data-card=pension] details.dj-basis summary').click();
  assert.match(await p.cardText('pension'), /国发〔2014〕8号 三\(三\)/);
  await axe(p.page, 'severe disability');
  await p.shot('severe-disability');
  await switchLanguage(p.page);
  const en = await p.cardText('medical');
  assert.match(en, /Not decided by these documents/);
  assert.match(en, /neither a yes nor a no/);
  await axe(p.page, 'severe disability, English');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a 15-year-old with a severe disability is too young, and 低保 with it decides the medical rate', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2018);
  await p.age(15);
  await p.status('severe_disability');
  await p.pension('enrolled');
  assert.match(await p.cardText('pension'), /否/);
  await p.age(40);
  await p.status('dibao');
  assert.match(await p.cardText('medical'), /资助 60%/);
  await p.close();
});
