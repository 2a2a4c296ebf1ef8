import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
const dist = path.resolve(process.argv[2] ?? 'dist');
const page = process.argv[3] ?? 'index.html';
const n = Number(process.argv[4] ?? 3);
const { server, url } = await serve(dist, 0);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (let i = 0; i < n; i++) {
  const r = await lighthouse(url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  const ms = (k) => Math.round(a[k]?.numericValue ?? NaN);
  console.log(`perf ${Math.round(r.lhr.categories.performance.score * 100)} FCP ${ms('first-contentful-paint')} LCP ${ms('largest-contentful-paint')} TBT ${ms('total-blocking-time')} SI ${ms('speed-index')} TTI ${ms('interactive')} CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`);
  const m = a.metrics.details.items[0];
  console.log('  observed: FCP', Math.round(m.observedFirstContentfulPaint), 'LCP', Math.round(m.observedLargestContentfulPaint), 'load', Math.round(m.observedLoad), 'DCL', Math.round(m.observedDomContentLoaded));
  console.log('  network:', (a['network-requests']?.details?.items ?? []).map((x) => `${x.url.split('/').pop()} ${x.priority} ${Math.round(x.networkRequestTime ?? x.startTime)}-${Math.round(x.networkEndTime ?? x.endTime)} ${x.transferSize}`).join(' | '));
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  console.log('  LCP element:', lcpEl?.selector, (lcpEl?.snippet ?? '').slice(0, 80));
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  if (phases) console.log('  LCP phases:', phases.map((p) => `${p.phase} ${Math.round(p.timing)}`).join(', '));
  console.log('  long tasks:', (a['long-tasks']?.details?.items ?? []).map((t) => `${t.url.split('/').pop()}@${Math.round(t.startTime)}+${Math.round(t.duration)}`).join(' '));
  console.log('  mainthread:', (a['mainthread-work-breakdown']?.details?.items ?? []).map((t) => `${t.group} ${Math.round(t.duration)}`).join(', '));
}
await chrome.kill(); server.close();
