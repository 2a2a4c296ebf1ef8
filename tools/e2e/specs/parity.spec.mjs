// Parity: the native `daijiao check` and the JS API's `evaluate` return identical JSON for every
// case of the case files and for a generated corpus of residents (valid and invalid).
// Runs the JS package (dist/js) in Node with the wasm bytes handed to initSync.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { caseLines, daijiaoBin } from '../lib.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PKG = path.join(ROOT, 'dist', 'js');
const glue = await import(path.join(PKG, 'daijiao.js'));
glue.initSync({ module: fs.readFileSync(path.join(PKG, 'daijiao_bg.wasm')) });

const BIN = daijiaoBin();

function native(lines) {
  let out;
  try {
    out = execFileSync(BIN, ['check'], { input: lines.join('\n') + '\n', maxBuffer: 1 << 28 });
  } catch (e) {
    out = e.stdout; // exit 1 when some line is rejected
  }
  return out.toString().trimEnd().split('\n').map((l) => JSON.parse(l));
}

function js(line) {
  try {
    return glue.evaluate(JSON.parse(line));
  } catch (e) {
    assert.equal(e.name, 'DaijiaoError', `unexpected ${e}`);
    return { error: { field: e.field, code: e.code, message: e.message, message_zh: e.messageZh } };
  }
}

/** JSON text that means the same thing after JSON.parse (no duplicate keys, no 1e400, no "x.0"). */
function comparable(line, nativeAnswer) {
  try {
    const v = JSON.parse(line);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
    if (/\d\.0\b|e\d/i.test(line)) return false;
  } catch {
    return false;
  }
  return !(nativeAnswer.error && (nativeAnswer.error.field === '$' || nativeAnswer.error.code === 'duplicate_field'));
}

function check(lines) {
  const answers = native(lines);
  assert.equal(answers.length, lines.length);
  let compared = 0;
  lines.forEach((line, i) => {
    const want = answers[i];
    if (!comparable(line, want)) return;
    if (want.error) delete want.error.line; // the batch's line number has no JS counterpart
    assert.equal(JSON.stringify(js(line)), JSON.stringify(want), `line ${i + 1}: ${line}`);
    compared += 1;
  });
  return compared;
}

test('every case of the case files gives identical JSON natively and through the JS API', () => {
  const lines = caseLines();
  const compared = check(lines);
  assert.ok(compared >= 60, `compared only ${compared} of ${lines.length}`);
});

test('a generated corpus of 20,000 residents gives identical JSON natively and through the JS API', () => {
  let x = 0x2545f491n;
  const next = (n) => { // xorshift32, deterministic
    x ^= (x << 13n) & 0xffffffffn; x ^= x >> 17n; x ^= (x << 5n) & 0xffffffffn;
    return Number(x % BigInt(n));
  };
  const statuses = ['registered_poor', 'registered_poor_exited', 'dibao', 'tekun', 'other_hardship', 'severe_disability', 'poor'];
  const pensions = ['not_enrolled', 'enrolled', 'receiving', 'employee_scheme', 'yes'];
  const lines = [];
  for (let i = 0; i < 20000; i++) {
    const r = { year: 2016 + next(7), age: next(140) - 3, statuses: [], pension: pensions[next(5)] };
    for (let k = next(4); k > 0; k--) r.statuses.push(statuses[next(6)]);
    if (r.statuses.includes('registered_poor_exited') || next(20) === 0) {
      const y = 2013 + next(9), m = 1 + next(13), d = 1 + next(31);
      r.exited_on = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    if (next(50) === 0) r.age = String(r.age);
    if (next(50) === 0) delete r.pension;
    if (next(100) === 0) r.extra = true;
    if (next(10) === 0) r.id = next(2) ? i : `R-${i}`;
    lines.push(JSON.stringify(r));
  }
  const compared = check(lines);
  assert.equal(compared, lines.length);
});

test('real answers type-check against the generated TypeScript declarations (tsc --strict)', () => {
  // Object literals get TypeScript's excess-property check: a key the declarations lack, a
  // key they require that the answer lacks, or a number where a string is declared fails.
  const answers = {
    decision: glue.evaluate({ id: 1, year: 2018, age: 15, statuses: ['registered_poor'], pension: 'enrolled' }),
    eligible: glue.evaluate({ id: 'a', year: 2018, age: 61, statuses: ['registered_poor'], pension: 'not_enrolled' }),
    budget: glue.budget(2018, 700, 'province-direct'),
  };
  const errorLine = native(['{"year":2018}'])[0];
  const dir = fs.mkdtempSync(path.join(ROOT, 'target', 'tsc-'));
  fs.writeFileSync(path.join(dir, 'answers.ts'), [
    `import type { Budget, CheckAnswer, Decision, Resident } from '${PKG}/index';`,
    `import { evaluate } from '${PKG}/index';`,
    `export const decision: Decision = ${JSON.stringify(answers.decision)};`,
    `export const eligible: CheckAnswer = ${JSON.stringify(answers.eligible)};`,
    `export const budget: Budget = ${JSON.stringify(answers.budget)};`,
    `export const error: CheckAnswer = ${JSON.stringify(errorLine)};`,
    `const resident: Resident = { year: 2018, age: 40, statuses: ['dibao'], pension: 'enrolled' };`,
    `export const answer: Decision = evaluate(resident);`,
  ].join('\n'));
  const tsc = path.join(ROOT, 'tools/e2e/node_modules/.bin/tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', path.join(dir, 'answers.ts')];
  execFileSync(tsc, args, { stdio: 'inherit' });
  // and a wrong answer does not type-check
  fs.writeFileSync(path.join(dir, 'wrong.ts'), [
    `import type { Decision } from '${PKG}/index';`,
    `export const d: Decision = ${JSON.stringify({ ...answers.decision, extra: 1 })};`,
  ].join('\n'));
  assert.throws(() => execFileSync(tsc, [...args.slice(0, -1), path.join(dir, 'wrong.ts')], { stdio: 'pipe' }));
  fs.rmSync(dir, { recursive: true });
});

test('a budget request gives the same answer or the same error natively and through the JS API', () => {
  // [year, people, fiscal] as JS values; the CLI gets them as argument text.
  const requests = [
    [2018, 700, undefined], [2019, 1, 'province-direct'], [2020, 0, 'ordinary'],
    [2018, -5, undefined], [2018, 7.5, undefined], [2021, 700, undefined],
    [2018, 700, 'city'], [2018, undefined, undefined], [2018, 100000001, undefined],
  ];
  for (const [year, people, fiscal] of requests) {
    const args = ['budget', '--year', String(year)];
    if (people !== undefined) args.push('--people', String(people));
    if (fiscal !== undefined) args.push('--fiscal', fiscal);
    let out;
    try {
      out = execFileSync(BIN, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      out = e.stdout; // exit 2 for every argument error
    }
    const want = JSON.parse(out.toString());
    let got;
    try {
      got = glue.budget(year, people, fiscal);
    } catch (e) {
      assert.equal(e.name, 'DaijiaoError', `unexpected ${e}`);
      got = { error: { field: e.field, code: e.code, message: e.message, message_zh: e.messageZh } };
    }
    assert.equal(JSON.stringify(got), JSON.stringify(want), `budget(${year}, ${people}, ${fiscal})`);
  }
});
