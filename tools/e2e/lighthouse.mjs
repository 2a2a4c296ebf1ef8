// Lighthouse (mobile preset: simulated slow 4G and 4x CPU slowdown) against the local release
// build in Debian's chromium. Runs each page 3 times and prints the median scores and timings.
// Exits 1 when accessibility or best practices is below 100 on either page (deterministic
// audits). Performance is a speed figure: it is printed against its target (98) and recorded
// in BENCHMARKS.md, never a pass/fail gate, since timings vary from run to run.
// Usage: node tools/e2e/lighthouse.mjs [DIST]     (tools/test.sh runs it after the build)
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const targets = { performance: 98, accessibility: 100, 'best-practices': 100 };
const { server, url } = await serve(dist, 0);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  console.log('| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | interactive ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const page of ['index.html', 'clerk.html']) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const r = await lighthouse(url + page, {
        port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: Object.keys(targets),
      });
      runs.push(r.lhr);
    }
    runs.sort((x, y) => x.categories.performance.score - y.categories.performance.score);
    const { categories: c, audits: a } = runs[1]; // the median run by performance
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const ms = (k) => Math.round(a[k]?.numericValue ?? NaN);
    console.log(`| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ` +
      `${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ` +
      `${(a['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)} | ${ms('interactive')} |`);
    for (const [k, min] of Object.entries(targets)) {
      if (k === 'performance') {
        if (score(k) < min) console.log(`${page}: performance ${score(k)} (target ${min})`);
        continue;
      }
      if (score(k) < min) {
        failed = true;
        const bad = Object.values(a).filter((x) => x.score !== null && x.score < 1 && c[k].auditRefs.some((r) => r.id === x.id && r.weight > 0));
        console.error(`${page}: ${k} ${score(k)} < ${min}; failing audits: ${bad.map((x) => x.id).join(', ')}`);
        for (const x of bad) {
          for (const item of x.details?.items ?? []) console.error(`  ${x.id}: ${JSON.stringify(item).slice(0, 300)}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
