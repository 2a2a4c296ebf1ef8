// Why a Lighthouse performance score is what it is: runs the mobile preset N times on one page
// of the release build and prints, per run, the metrics, the observed (unthrottled) paints, the
// LCP element and its phases, each request, and the main-thread tasks over 8 ms with their
// longest children from the trace. A diagnosis aid (BENCHMARKS.md), not a test.
// Usage: node tools/e2e/lighthouse-diagnose.mjs [DIST] [PAGE] [RUNS]
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const page = process.argv[3] ?? 'index.html';
const runs = Number(process.argv[4] ?? 3);
const { server, url } = await serve(dist, 0);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const name = (u) => (u ?? '').split('/').pop().slice(0, 28);
try {
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r.lhr.audits;
    const ms = (k) => Math.round(a[k]?.numericValue ?? NaN);
    console.log(`performance ${Math.round(r.lhr.categories.performance.score * 100)}: FCP ${ms('first-contentful-paint')} LCP ${ms('largest-contentful-paint')} ` +
      `TBT ${ms('total-blocking-time')} SI ${ms('speed-index')} TTI ${ms('interactive')} CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`);
    const m = a.metrics.details.items[0];
    console.log(`  observed: FCP ${Math.round(m.observedFirstContentfulPaint)} LCP ${Math.round(m.observedLargestContentfulPaint)} load ${Math.round(m.observedLoad)}`);
    const lcp = a['largest-contentful-paint-element']?.details?.items ?? [];
    console.log(`  LCP element: ${lcp[0]?.items?.[0]?.node?.selector}; ${(lcp[1]?.items ?? []).map((p) => `${p.phase} ${Math.round(p.timing)}`).join(', ')}`);
    console.log(`  requests: ${(a['network-requests']?.details?.items ?? []).map((x) => `${name(x.url)} ${x.transferSize} B`).join(' | ')}`);
    const ev = r.artifacts.Trace.traceEvents;
    const tasks = ev.filter((e) => e.name === 'RunTask' && e.dur > 8000);
    for (const t of tasks) {
      const kids = ev.filter((e) => e.pid === t.pid && e.tid === t.tid && e !== t && e.ts >= t.ts &&
        e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > 1500);
      console.log(`  task +${((t.ts - tasks[0].ts) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(1)} ms: ` +
        kids.slice(0, 8).map((k) => `${k.name}${k.args?.data?.url ? `(${name(k.args.data.url)})` : ''} ${(k.dur / 1000).toFixed(1)}`).join(', '));
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
