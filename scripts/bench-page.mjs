#!/usr/bin/env node
// The checker page against the command line, on the same Word file (docs/performance.md):
//
//   npm run build && npm run web && node scripts/bench-page.mjs [file.docx] [rounds]
//
// Page: time from choosing the file to the results shown (the status says "Checked …"),
// in Debian's Chromium, served by `plainlint serve`, and the longest main-thread task
// (PerformanceObserver 'longtask') over that time. Command line: wall time of
// `node bin/plainlint.js file.docx`, started fresh each round as a writer runs it.
import { spawnSync } from 'node:child_process';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../dist/src/serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = resolve(process.argv[2] ?? `${root}/fixtures/docx/long-strategy.docx`);
const rounds = Number(process.argv[3] ?? 5);
const name = basename(file);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cli = [];
for (let i = 0; i < rounds; i++) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [`${root}/bin/plainlint.js`, file], { encoding: 'utf8' });
  cli.push(performance.now() - started);
  if (run.status !== 0 && run.status !== 1) throw new Error(`plainlint failed: ${run.stderr}`);
}

const site = await serve({ root: `${root}/web/dist`, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.PLAINLINT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page_ = [];
const longest = [];
try {
  for (let i = 0; i < rounds; i++) {
    // A fresh page each round, as a writer opens it: the worker starts as the page loads.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(site.url);
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForTimeout(1000);
    await page.evaluate(() => (window.longest = 0));
    const started = performance.now();
    await page.setInputFiles('#file', file);
    await page.locator('#status', { hasText: `Checked ${name}` }).waitFor({ timeout: 300000 });
    page_.push(performance.now() - started);
    longest.push(await page.evaluate(() => window.longest));
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}

const ms = (x) => `${Math.round(x)} ms`;
console.log(`${name}, ${rounds} rounds (median):`);
console.log(`  command line: ${ms(median(cli))} (${cli.map(ms).join(', ')})`);
console.log(`  checker page, choose to results: ${ms(median(page_))} (${page_.map(ms).join(', ')})`);
console.log(`  page / command line: ${(median(page_) / median(cli)).toFixed(2)}`);
console.log(`  longest main-thread task on the page: ${ms(Math.max(...longest))} (0 means none over 50 ms)`);
