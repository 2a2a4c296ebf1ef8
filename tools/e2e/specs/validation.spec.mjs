// The age box explains, in Chinese, what is wrong: empty, not a number, out of range.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('age errors are shown under the field, bound to it, and clear when fixed', async () => {
  const p = await ResidentPage.open(env);
  const err = p.page.locator('#dj-age-error');
  const age = p.page.locator('#dj-age');
  await p.pension('enrolled');
  await age.focus();
  await p.blurAge();
  assert.equal(await err.innerText(), '请填写年龄（周岁）。');
  assert.equal(await age.getAttribute('aria-invalid'), 'true');
  assert.match(await age.getAttribute('aria-describedby'), /dj-age-error/);
  await p.age('四十');
  assert.equal(await err.innerText(), '年龄请填写整数，例如 45。');
  await p.age('131');
  assert.equal(await err.innerText(), '年龄应在 0 到 130 周岁之间。');
  await p.shot('validation-age');
  await p.age('４５'); // full-width digits from a Chinese input method
  assert.equal(await err.innerText(), '');
  assert.equal(await age.getAttribute('aria-invalid'), 'false');
  assert.match(await p.cardText('medical'), /不资助/);
  await p.close();
});

test('the exit date appears only for the lifted-out status and decides the medical rate', async () => {
  const p = await ResidentPage.open(env);
  await p.year(2018);
  await p.age(45);
  await p.pension('enrolled');
  assert.equal(await p.page.locator('#dj-exit').count(), 0);
  await p.status('registered_poor_exited');
  await p.page.locator('#dj-exit').waitFor();
  assert.match(await p.page.locator('.dj-results').innerText(), /这里会显示结果/);
  await p.exitDate('2016-07-31');
  assert.match(await p.cardText('medical'), /不资助/);
  assert.match(await p.cardText('medical'), /2016年8月1日以前脱贫退出/);
  await p.exitDate('2016-08-01');
  assert.match(await p.cardText('medical'), /全额资助/);
  await p.exitDate('2019-03-01');
  assert.match(await p.page.locator('#dj-exit-error').innerText(), /脱贫日期应在/);
  await p.shot('validation-exit-date');
  await p.close();
});
