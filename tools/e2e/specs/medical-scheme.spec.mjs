// JRS-2018-3 二(二)1 covers people in the residents' medical insurance: the form asks which
// scheme (the residents' preselected); in the employees' scheme the subsidy does not apply, and
// with none a resident who would qualify is told that joining makes it a yes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage, axe, switchLanguage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('the medical scheme decides whether the residents\' subsidy applies, in both languages', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2018);
  await p.age(40);
  await p.status('registered_poor');
  await p.pension('enrolled');
  assert.equal(await p.page.isChecked('#dj-ms-residents'), true, 'the residents\' scheme is preselected');
  assert.match(await p.cardText('medical'), /全额资助/);
  await p.page.check('#dj-ms-employee');
  let medical = await p.cardText('medical');
  assert.match(medical, /不资助/);
  assert.match(medical, /参加职工医保的不适用/);
  await p.page.check('#dj-ms-none');
  medical = await p.cardText('medical');
  assert.match(medical, /不资助/);
  assert.match(medical, /参加城乡居民基本医疗保险后，即可享受这项资助/);
  await axe(p.page, 'no medical insurance');
  await switchLanguage(p.page);
  assert.match(await p.cardText('medical'), /join the residents' medical insurance/i);
  assert.equal(await p.page.isChecked('#dj-ms-none'), true, 'the answer survives the language switch');
  await axe(p.page, 'no medical insurance, English');
  assert.deepEqual(p.errors, []);
  await p.close();
});
