// A registered poor 65-year-old who never enrolled may draw the pension directly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('a registered poor 65-year-old who never enrolled may claim 108 元/月 directly in 2018', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2018);
  await p.age(65);
  await p.status('registered_poor');
  await p.pension('not_enrolled');
  const direct = await p.cardText('direct');
  assert.match(direct, /是/);
  assert.match(direct, /自办理手续的次月起按月领取/);
  assert.match(direct, /基础养老金 108 元\/月/);
  assert.doesNotMatch(direct, /暂定/);
  await p.shot('direct-claim-2018');
  await p.close();
});

test('in 2020 the monthly amount is unknown and the page says so, marked provisional', async () => {
  const p = await ResidentPage.open(env);
  await p.age(65);
  await p.status('registered_poor');
  await p.pension('not_enrolled');
  const direct = await p.cardText('direct');
  assert.match(direct, /基础养老金标准未查到/);
  assert.match(direct, /暂定/);
  await p.shot('direct-claim-2020');
  await p.close();
});
