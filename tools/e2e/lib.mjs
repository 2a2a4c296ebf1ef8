// Shared by the specs: serve dist/, launch Debian's chromium, and a page object for the form.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = path.resolve(here, '../../dist');

/** The release `daijiao` binary, built now (a no-op when it is up to date): never a stale one. */
export function daijiaoBin() {
  execFileSync('cargo', ['build', '-q', '--release', '--bin', 'daijiao'], { cwd: ROOT, stdio: 'inherit' });
  return path.join(ROOT, 'target', 'release', 'daijiao');
}

/** Every case's input as a `daijiao check` line, made now from tests/cases (examples/case_lines.rs). */
export function caseLines() {
  const out = execFileSync('cargo', ['run', '-q', '--example', 'case_lines'], { cwd: ROOT, maxBuffer: 1 << 26 });
  return out.toString().trimEnd().split('\n');
}
export const SHOTS = path.resolve(here, 'screenshots');

/** Serves dist/ and launches chromium; `args` are extra command-line flags (e.g. '--js-flags=--jitless'). */
export async function start({ args = [] } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release` first (tools/test.sh does)');
  }
  const { server, url } = await serve(DIST, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
  return {
    url,
    browser: withFixedClock(browser),
    async stop() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Every context of `browser` starts with the device clock at `FIXED_CLOCK` (the page
 *  preselects the clock's year), unless `newContext({ clock })` names another date or `null`. */
export function withFixedClock(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({ clock = FIXED_CLOCK, ...options } = {}) => {
    const context = await newContext(options);
    if (clock) await context.clock.setFixedTime(new Date(clock));
    return context;
  };
  return browser;
}

/** Clicks the language switch and waits for the app to show the other language (the resident
 *  page fetches its English the first time: src/text/lazy.rs). */
export async function switchLanguage(page) {
  const lang = () => page.evaluate(() => document.querySelector('#dj-lang')?.closest('.dj')?.getAttribute('lang'));
  const before = await lang();
  await page.click('#dj-lang');
  await page.waitForFunction((b) => document.querySelector('#dj-lang')?.closest('.dj')?.getAttribute('lang') !== b, before);
}

/** The device clock the specs run under unless they set their own (a day in 2020). */
export const FIXED_CLOCK = '2020-06-01T10:00:00+08:00';

/** A page object for the resident's page. */
export class ResidentPage {
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
  }
  /** `clock`: a date the device's clock is set to (the page preselects its year); 2020 unless
   *  a spec says otherwise, so that specs written for a year do not change with the calendar. */
  static async open(env, { width = 390, height = 844, clock = FIXED_CLOCK } = {}) {
    const context = await env.browser.newContext({ viewport: { width, height }, clock });
    const page = await context.newPage();
    const rp = new ResidentPage(page);
    await page.goto(env.url);
    await page.locator('#dj-age').waitFor();
    return rp;
  }
  async year(y) { await this.page.selectOption('#dj-year', String(y)); }
  async age(a) { await this.page.fill('#dj-age', String(a)); }
  async blurAge() { await this.page.locator('#dj-age').blur(); }
  async status(code, on = true) { await this.page.setChecked(`#dj-st-${code}`, on); }
  async exitDate(d) { await this.page.fill('#dj-exit', d); }
  async pension(code) { await this.page.check(`#dj-pe-${code}`); }
  card(name) { return this.page.locator(`[data-card=${name}]`); }
  async cardText(name) { return (await this.card(name).innerText()).replace(/\s+/g, ' '); }
  async shot(name) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
  /** Console messages reporting a Content-Security-Policy violation (they fail every spec). */
  cspViolations() { return this.errors.filter((e) => /Content Security Policy|Content-Security-Policy/i.test(e)); }
  async close() {
    const csp = this.cspViolations();
    await this.page.context().close();
    if (csp.length) throw new Error(`CSP violations: ${csp.join(' | ')}`);
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails when axe-core (WCAG 2.2 A/AA rules) finds any violation on the page as it is now
 *  (only inside `include`, a selector, when given: an embed on a host page). */
export async function axe(page, state, include) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(summary, [], `axe violations in state "${state}"`);
}
