// Time from navigation to a usable form, measured (not simulated) in Debian's chromium, first
// visit, nothing cached, under two network profiles with a 4x CPU slowdown:
// - "mobile": Lighthouse's mobile preset (slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up);
// - "3G": Chrome DevTools' "Slow 3G" (400 ms round trip, 400 kbit/s down and up).
// "First content" is the first contentful paint (the static header and the loading line);
// "usable" is: the first field is in the page and has taken a typed value (the time includes the
// driver's round trips, so it is an upper bound). "Summary shown" says whether the policy
// summary (www/fallback.js, after 6 s without the calculator) appeared in any run.
// Prints the median and range of 5 runs per page and profile.
// Usage: node tools/e2e/time-to-form.mjs   (after tools/build.sh)
import { start } from './lib.mjs';

const RUNS = 5;
const PROFILES = [
  ['mobile', { latency: 150, down: 1.6 * 1024 * 1024, up: 750 * 1024 }],
  ['3G', { latency: 400, down: 400 * 1024, up: 400 * 1024 }],
];
const env = await start();
const pages = [['index.html', '#dj-age'], ['clerk.html', '#dj-b-people']];
const sort = (xs) => [...xs].sort((a, b) => a - b);
const mid = (xs) => sort(xs)[Math.floor(xs.length / 2)];
try {
  console.log('| page | network | first content ms (median) | form usable ms (median) | range ms | summary shown |');
  console.log('| --- | --- | ---: | ---: | ---: | --- |');
  for (const [profile, net] of PROFILES) {
    for (const [name, field] of pages) {
      const paint = [];
      const usable = [];
      let summary = false;
      for (let i = 0; i < RUNS; i++) {
        const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false, latency: net.latency, downloadThroughput: net.down / 8, uploadThroughput: net.up / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(env.url + name, { waitUntil: 'commit' });
        await page.locator(field).waitFor({ timeout: 60000 });
        await page.fill(field, '40');
        const t = await page.evaluate(() => ({
          now: performance.now(),
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          summary: !!window.__djSummaryShown,
        }));
        paint.push(t.fcp);
        usable.push(t.now);
        summary ||= t.summary;
        await context.close();
      }
      const [low, high] = [sort(usable)[0], sort(usable).at(-1)];
      console.log(`| ${name} | ${profile} | ${Math.round(mid(paint))} | ${Math.round(mid(usable))} | ${Math.round(low)}–${Math.round(high)} | ${summary ? 'yes' : 'no'} |`);
    }
  }
} finally {
  await env.stop();
}
