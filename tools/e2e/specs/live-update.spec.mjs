// Answers update as the resident answers, with a "what would change" line, no submit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('enrolling turns the pension answer from no to yes without any submit', async () => {
  const p = await ResidentPage.open(env);
  assert.match(await p.page.locator('.dj-results').innerText(), /这里会显示结果/);
  await p.age(30);
  await p.status('tekun');
  await p.pension('not_enrolled');
  let pension = await p.cardText('pension');
  assert.match(pension, /否/);
  assert.match(pension, /怎样会变：参加城乡居民养老保险/);
  await p.shot('live-update-before');
  await p.pension('enrolled');
  pension = await p.cardText('pension');
  assert.match(pension, /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  assert.doesNotMatch(pension, /怎样会变/);
  await p.shot('live-update-after');
  await p.close();
});

test('a 59-year-old registered poor resident is told that turning 60 opens the direct claim', async () => {
  const p = await ResidentPage.open(env);
  await p.age(59);
  await p.status('registered_poor');
  await p.pension('not_enrolled');
  assert.match(await p.cardText('direct'), /年满60周岁时/);
  await p.age(60);
  assert.match(await p.cardText('direct'), /可以直接领取/);
  await p.close();
});
