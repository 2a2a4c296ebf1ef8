// The JS API in Chromium under hostile input: each bad call throws a DaijiaoError naming the
// field, the wasm instance never traps, and the next good call is still right.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

test('hostile inputs are each answered with an error, and a good call after them is still right', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url + 'examples/script-embed.html');
  const results = await page.evaluate(async () => {
    const api = await import('/js/index.js');
    const good = { year: 2018, age: 40, statuses: ['dibao'], pension: 'enrolled' };
    const check = () => api.evaluate(good).pension_contribution.government_amount_yuan;
    let deep = [];
    for (let i = 0; i < 100000; i++) deep = [deep];
    const manyKeys = {};
    for (let i = 0; i < 100000; i++) manyKeys['k' + i] = i;
    const throwing = { year: 2018, get age() { throw new Error('boom'); }, statuses: [], pension: 'enrolled' };
    const proxy = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
    const huge = 'x'.repeat(10_000_000);
    const inputs = {
      'null': null,
      'undefined': undefined,
      'a number': 42,
      'a string': 'resident',
      'an array': [2018, 40],
      'a function': () => 1,
      'missing age': { year: 2018, statuses: [], pension: 'enrolled' },
      'age as text': { ...good, age: '40' },
      'age NaN': { ...good, age: NaN },
      'age Infinity': { ...good, age: Infinity },
      'age 40.5': { ...good, age: 40.5 },
      'age -0.0001': { ...good, age: -0.0001 },
      'age 2^60': { ...good, age: 2 ** 60 },
      'age BigInt': { ...good, age: 40n },
      'age as object': { ...good, age: { valueOf: () => 40 } },
      'year NaN': { ...good, year: NaN },
      'year 2027': { ...good, year: 2027 },
      'statuses as string': { ...good, statuses: 'dibao' },
      'statuses deeply nested': { ...good, statuses: deep },
      'statuses with a symbol': { ...good, statuses: [Symbol('x')] },
      'statuses 100000 long': { ...good, statuses: new Array(100000).fill('dibao') },
      'a huge pension string': { ...good, pension: huge },
      'a huge unknown field': { ...good, [huge.slice(0, 1_000_000)]: 1 },
      '100000 keys': manyKeys,
      'a throwing getter': throwing,
      'a throwing proxy': proxy,
      'exit date as Date': { ...good, statuses: ['registered_poor_exited'], exited_on: new Date() },
    };
    const out = {};
    for (const [name, input] of Object.entries(inputs)) {
      let r;
      try {
        api.evaluate(input);
        r = { threw: false };
      } catch (e) {
        r = { threw: true, name: e.name, field: e.field, code: e.code, zh: e.messageZh, len: e.message.length };
      }
      r.after = check();
      out[name] = r;
    }
    // thousands of bad calls in a row, then a good one
    let bad = 0;
    for (let i = 0; i < 5000; i++) {
      try { api.evaluate({ ...good, age: -i - 1 }); } catch (e) { if (e.code === 'out_of_range') bad++; }
    }
    out['5000 bad calls'] = { bad, after: check() };
    // budget with hostile arguments
    for (const [name, args] of Object.entries({
      'budget NaN people': [2018, NaN], 'budget negative': [2018, -1], 'budget 2021': [2021, 700],
      'budget bad fiscal': [2018, 700, 'city'], 'budget people as text': [2018, '700'],
    })) {
      try { api.budget(...args); out[name] = { threw: false }; } catch (e) { out[name] = { threw: true, name: e.name, field: e.field }; }
      out[name].after = api.budget(2018, 700).levels[2].budgeted_yuan;
    }
    out.version = api.version();
    out.years = api.policyYears();
    return out;
  });
  const expectField = {
    'null': '$', 'undefined': '$', 'a number': '$', 'a string': '$', 'an array': '$', 'a function': '$',
    'missing age': 'age', 'age as text': 'age', 'age NaN': 'age', 'age Infinity': 'age', 'age 40.5': 'age',
    'age -0.0001': 'age', 'age 2^60': 'age', 'age BigInt': 'age', 'age as object': 'age', 'year NaN': 'year',
    'year 2027': 'year', 'statuses as string': 'statuses', 'statuses deeply nested': 'statuses[0]',
    'statuses with a symbol': 'statuses[0]', 'statuses 100000 long': 'statuses', 'a huge pension string': 'pension',
    '100000 keys': '$', 'a throwing getter': 'age', 'a throwing proxy': '$', 'exit date as Date': 'exited_on',
  };
  for (const [name, field] of Object.entries(expectField)) {
    const r = results[name];
    assert.equal(r.threw, true, `${name} should throw`);
    assert.equal(r.name, 'DaijiaoError', name);
    assert.equal(r.field, field, `${name}: field`);
    assert.ok(r.zh && r.zh.length > 0, `${name}: Chinese message`);
    assert.ok(r.len < 400, `${name}: message of ${r.len} chars`);
    assert.equal(r.after, '100.00', `${name}: the next good call`);
  }
  assert.equal(results['a huge unknown field'].threw, true);
  assert.ok(results['a huge unknown field'].len < 400);
  assert.deepEqual(results['5000 bad calls'], { bad: 5000, after: '100.00' });
  for (const name of ['budget NaN people', 'budget negative', 'budget 2021', 'budget bad fiscal', 'budget people as text']) {
    assert.equal(results[name].threw, true, name);
    assert.equal(results[name].name, 'DaijiaoError', name);
    assert.equal(results[name].after, '23100.00', name);
  }
  assert.match(results.version, /^0\.2\.0 \(JRS-2018-3\+TRANSITION-2021\/daijiao-rules-2\)$/);
  assert.deepEqual(results.years, [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  assert.deepEqual(errors, []);
  await context.close();
});
