// One decision in the browser: times the JS API's evaluate (wasm, through serde-wasm-bindgen)
// in Debian's chromium, and the core alone through a Node run of the same package.
// Usage: node tools/e2e/bench-decision.mjs   (after tools/build.sh)
import fs from 'node:fs';
import path from 'node:path';
import { start } from './lib.mjs';

const N = 20000;
const env = await start();
try {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.url + 'examples/script-embed.html');
  const r = await page.evaluate(async (n) => {
    const api = await import('/js/index.js');
    const input = { year: 2018, age: 40, statuses: ['dibao', 'registered_poor_exited'], exited_on: '2016-09-01', pension: 'enrolled' };
    for (let i = 0; i < 1000; i++) api.evaluate(input); // warm up
    const t0 = performance.now();
    for (let i = 0; i < n; i++) api.evaluate(input);
    const t1 = performance.now();
    for (let i = 0; i < n; i++) { try { api.evaluate({ ...input, age: -1 }); } catch {} }
    const t2 = performance.now();
    return { ok: (t1 - t0) / n, err: (t2 - t1) / n };
  }, N);
  console.log(`| browser (Chromium 156, wasm) | evaluate, answer | ${(r.ok * 1000).toFixed(1)} µs |`);
  console.log(`| browser (Chromium 156, wasm) | evaluate, bad input (throws) | ${(r.err * 1000).toFixed(1)} µs |`);
  await context.close();
} finally {
  await env.stop();
}
