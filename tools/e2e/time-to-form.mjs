// Time from navigation to a usable form, measured (not simulated) in Debian's chromium under
// the same conditions as Lighthouse's mobile preset: 4x CPU slowdown and a slow 4G link
// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), first visit, nothing cached.
// "Usable" is: the first field is in the page and has taken a typed value (the time includes
// the driver's round trips, so it is an upper bound). Prints the median and range of 5 runs.
// Usage: node tools/e2e/time-to-form.mjs   (after tools/build.sh)
import { start } from './lib.mjs';

const RUNS = 5;
const env = await start();
const pages = [['index.html', '#dj-age'], ['clerk.html', '#dj-b-people']];
try {
  console.log('| page | first paint ms | form usable ms (median) | range ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, field] of pages) {
    const paint = [];
    const usable = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(env.url + name, { waitUntil: 'commit' });
      await page.locator(field).waitFor();
      await page.fill(field, '40');
      const t = await page.evaluate(() => ({
        now: performance.now(),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      paint.push(t.fcp);
      usable.push(t.now);
      await context.close();
    }
    const sort = (xs) => [...xs].sort((a, b) => a - b);
    const mid = (xs) => sort(xs)[Math.floor(xs.length / 2)];
    const [low, high] = [sort(usable)[0], sort(usable).at(-1)];
    console.log(`| ${name} | ${Math.round(mid(paint))} | ${Math.round(mid(usable))} | ${Math.round(low)}–${Math.round(high)} |`);
  }
} finally {
  await env.stop();
}
