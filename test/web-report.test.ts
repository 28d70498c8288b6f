/**
 * The --format html report as a writer reads it: plurals, each file named without its folders
 * (--full-paths keeps them), one reading age against the target, problems by plain category
 * with repeats grouped and numbered; in Chromium at a phone's width it does not scroll
 * sideways, and printed, each highlight carries its problem's number and no problem is split
 * across pages. It passes axe and loads nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { cli } from './helpers/cli.js';
import { ARTIFACTS, axe, CHROMIUM, FLAGS, HAS_CHROMIUM, ROOT } from './helpers/web.js';

const DOCX = join(ROOT, 'fixtures', 'docx', 'example-draft.docx');
const STRATEGY = join(ROOT, 'fixtures', 'docx', 'long-strategy.docx');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plainlint-report-'));
  mkdirSync(join(dir, 'drafts', 'spring'), { recursive: true });
  copyFileSync(DOCX, join(dir, 'drafts', 'spring', 'example-draft.docx'));
  copyFileSync(STRATEGY, join(dir, 'drafts', 'long-strategy.docx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the HTML report', () => {
  it('says "1 error", names files without folders unless --full-paths, and groups repeats', async () => {
    const r = await cli(['drafts/spring/example-draft.docx', 'drafts/long-strategy.docx', '-f', 'html'], { cwd: dir });
    const page = r.stdout;
    expect(page).toContain('<p class="summary">2 files checked:');
    // example-draft.docx has exactly 1 error.
    expect(page).toMatch(/<p class="summary">1 error, \d+ warnings, \d+ suggestions?\./);
    expect(page).not.toMatch(/\b1 (errors|warnings|suggestions|files)\b/);
    expect(page).toMatch(/<h2 id="file-\d">example-draft.docx<\/h2>/);
    expect(page).not.toContain('drafts/spring');
    expect(page).toContain('<p class="age">Reading age 15 – aim for 11 or under. 1 long sentence.</p>');
    expect(page).toMatch(/<h4>Jargon \(\d+\)<\/h4>/);
    const grouped = /data-count="([2-9]|\d{2,})"[^>]*><p class="head">(?:(?!<\/li>).)*?<span class="where">(\d+) places: /.exec(page);
    expect(grouped).not.toBeNull();
    expect(grouped![1]).toBe(grouped![2]);

    const full = await cli(['drafts/spring/example-draft.docx', '-f', 'html', '--full-paths'], { cwd: dir });
    expect(full.stdout).toContain('<h2 id="file-0">drafts/spring/example-draft.docx</h2>');
  });
});

describe.skipIf(!HAS_CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
  });

  it('fits a phone without sideways scrolling, prints numbered highlights, passes axe, loads nothing', async () => {
    const out = join(dir, 'report.html');
    await cli(['drafts/spring/example-draft.docx', 'drafts/long-strategy.docx', '-f', 'html', '-o', out], { cwd: dir });
    // The report shows what the command line finds (the page leaves the spell check out; the report does not).
    const json = JSON.parse((await cli(['drafts/long-strategy.docx', '-f', 'json'], { cwd: dir })).stdout) as { files: Array<{ findings: unknown[] }> };
    const node = { findings: json.files[0]!.findings };
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(out).href);
      expect(requests).toEqual([pathToFileURL(out).href]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const section = page.locator('section.file', { hasText: 'long-strategy.docx' });
      const counts = await section.locator('li.finding').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.count)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(node.findings.length);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'report-phone.png') });
      expect(await axe(page)).toEqual([]);

      // A highlight's link and number match its item in the list.
      const link = section.locator('a.hl[data-n]').first();
      const [href, n] = await link.evaluate((a) => [a.getAttribute('href'), (a as HTMLElement).dataset.n]);
      const item = page.locator(href!);
      await expect(item.getAttribute('value')).resolves.toBe(n);

      await page.emulateMedia({ media: 'print' });
      const printed = await link.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(printed).toBe(`" [${n}]"`);
      await expect(item.evaluate((li) => getComputedStyle(li).breakInside)).resolves.toBe('avoid');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readFileSync(out, 'utf8')).toContain('@media print');
    } finally {
      await context.close();
    }
  }, 120000);
});
