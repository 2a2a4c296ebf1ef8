// An enrolled 40-year-old on 低保 sees that the government pays the 100 元 tier, and 60% medical.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('an enrolled 40-year-old on 低保 in 2018 has 100 元 paid and 132 元 of medical contribution', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2018);
  await p.age(40);
  await p.status('dibao');
  await p.pension('enrolled');
  const pension = await p.cardText('pension');
  assert.match(pension, /是/);
  assert.match(pension, /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  assert.match(pension, /个人缴费：0 元/);
  assert.match(pension, /缴费补贴：30 元/);
  const medical = await p.cardText('medical');
  assert.match(medical, /资助 60%/);
  assert.match(medical, /财政资助：132 元/);
  assert.match(medical, /个人缴纳：88 元/);
  assert.match(await p.cardText('direct'), /否/);
  await p.shot('pension-paid');
  assert.deepEqual(p.errors, []);
  await p.close();
});
