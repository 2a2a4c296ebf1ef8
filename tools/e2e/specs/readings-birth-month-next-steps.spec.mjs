// Issue 12 on the page: a birth month instead of an age (the age then changes in that month),
// the calculator's own readings shown under 政策依据 as 本计算器的理解 (never as the documents'
// words), the floor wording of the payment, the kept 100 元 tier offered only to those it is kept
// for, and the next step under each yes — in both languages, axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, ResidentPage, axe, switchLanguage } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

async function openBasis(p, card) {
  await p.page.locator(`[data-card=${card}] details.dj-basis summary`).click();
}

test('a birth month decides the year a resident turns 16 or 60, and names the first month of the pension', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await p.year(2018);
  await p.status('dibao');
  await p.pension('enrolled');
  // 16 in December 2018: that year's payment is made (with an age of 15 it would not be)
  await p.age(15);
  assert.match(await p.cardText('pension'), /否/);
  await page.fill('#dj-born', '2002-12');
  assert.match(await p.cardText('pension'), /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/,
    'the birth month is used instead of the age box');
  await openBasis(p, 'pension');
  const basis = page.locator('[data-card=pension] .dj-basis');
  assert.match(await basis.locator('.dj-readings-h').innerText(), /本计算器的理解/);
  assert.match(await basis.locator('.dj-readings').innerText(), /填写出生年月时，周岁在生日当月改变/);
  assert.doesNotMatch(await basis.locator('blockquote').allInnerTexts().then((q) => q.join('')), /本计算器/,
    'our reading is not inside a quote of the documents');
  assert.match(await basis.locator('.dj-data-h').innerText(), /本答案用到的数据/);
  assert.match(await basis.locator('.dj-data').innerText(), /政府代缴档次：100 元\/年 · 已核实\s+冀人社发〔2018〕3号 二\(一\)1 — /);
  // a registered poor resident never enrolled, 60 in May 2018: from June 2018 at the earliest
  await p.status('dibao', false);
  await p.status('registered_poor');
  await p.pension('not_enrolled');
  await page.fill('#dj-born', '1958-05');
  const direct = await p.cardText('direct');
  assert.match(direct, /可以直接领取/);
  assert.match(direct, /最早从 2018 年 06 月起领取/);
  assert.match(direct, /下一步：由本人提出申请：带上居民身份证和户口簿/);
  assert.match(direct, /凭记忆引用，未核对原文/);
  // a month that is not one: the error names the field, under it
  await page.fill('#dj-born', '2019-01');
  assert.match(await page.locator('#dj-born-error').innerText(), /born/);
  await page.fill('#dj-born', '1958-05');
  await axe(page, 'birth month, readings and next steps');
  await p.shot('birth-month');
  await switchLanguage(page);
  assert.match(await p.cardText('direct'), /At the earliest from 2018-06 \(the month after you turn 60\)/);
  assert.match(await p.cardText('direct'), /Next step: Apply yourself: bring your resident identity card and household register/);
  assert.match(await page.locator('label[for=dj-born]').innerText(), /birth month/);
  await openBasis(p, 'direct');
  assert.match(await page.locator('[data-card=direct] .dj-readings').innerText(), /From the month after the procedure/);
  await axe(page, 'birth month, readings and next steps, English');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('the payment says it is a floor with the place\'s amount, says no application is needed, and the kept tier is only for those it is kept for', async () => {
  const p = await ResidentPage.open(env);
  const page = p.page;
  await p.year(2019);
  await p.age(40);
  await p.pension('enrolled');
  const tiers = () => page.locator('[data-card=pension] .dj-tiers tbody tr').allTextContents();
  assert.match((await tiers())[0], /^200/, 'no status: the lowest tier offered is 200 元');
  assert.ok(!(await tiers()).some((r) => /保留档次/.test(r)));
  await p.status('dibao');
  const pension = await p.cardText('pension');
  assert.match(pension, /政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）/);
  assert.match(pension, /下一步：无需申请/);
  assert.match((await tiers())[0], /^100（保留档次）/, 'the kept tier is offered to 低保');
  await openBasis(p, 'pension');
  assert.match(await page.locator('[data-card=pension] .dj-readings').innerText(), /2019年起100元档次只向贫困人员/);
  assert.match(await p.cardText('medical'), /下一步：无需申请：由医保经办机构按部门名单资助/);
  await switchLanguage(page);
  assert.match(await p.cardText('pension'), /The government pays at least the lowest tier, 100 yuan, for you \(Tangshan High-tech Zone: 100 yuan\)/);
  assert.match(await p.cardText('pension'), /Next step: No application/);
  assert.match((await tiers())[0], /^100 \(kept tier\)/);
  await axe(page, 'floor, next step and kept tier, English');
  await p.close();
});
