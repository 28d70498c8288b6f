/**
 * The checker page as a writer lives in it, in Debian's Chromium at desktop and phone sizes,
 * served with its real policy and opened from disk as the single file: the check runs in a
 * Web Worker (the longest main-thread task is measured and reported), Cancel, the Word copy
 * with comments (downloaded, opened, comments counted and anchored; LibreOffice converts it),
 * errors in an alert that takes focus, Check again, a file dropped anywhere, the Word-like
 * panel with Previous / Next, filters, section and image problems, the keyboard alone, axe in
 * every state, and no request leaving the page. Screenshots of each state: test-results/web/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, BrowserContext, FileChooser, Page } from 'playwright-core';
import { serve, type Serving } from '../src/serve.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import { ARTIFACTS, axe, buildPage, CHROMIUM, DIST, FLAGS, HAS_CHROMIUM, listed, nodeLint, ROOT, shownText } from './helpers/web.js';

const STRATEGY = join(ROOT, 'fixtures', 'docx', 'long-strategy.docx');
const DOCX = join(ROOT, 'fixtures', 'docx', 'example-draft.docx');
const MD = join(ROOT, 'fixtures', 'drafts', 'gp-practice-merger-letter.md');
const SINGLE = join(DIST, 'plainlint-checker.html');
const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** Counts every main-thread task over 50 ms (the browser's "long tasks") from the start. */
const LONGTASKS = () => {
  const store = window as unknown as { longest: number; violations: string[] };
  store.longest = 0;
  store.violations = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.longest = Math.max(store.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => store.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

const figures: Record<string, unknown> = {};
let temp: string;

beforeAll(async () => {
  await buildPage();
  temp = mkdtempSync(join(tmpdir(), 'plainlint-page-'));
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  if (Object.keys(figures).length) {
    writeFileSync(join(ARTIFACTS, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('checker page figures:', JSON.stringify(figures));
  }
});

describe.skipIf(!HAS_CHROMIUM)('the checker page as a writer uses it', () => {
  let browser: Browser;
  let site: Serving;
  const contexts: BrowserContext[] = [];
  /** Every request any page made, and the ones made after a page had loaded. */
  const late: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    site = await serve({ root: DIST, port: 0 });
  }, 120000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await site?.close();
  });

  async function open(size: keyof typeof SIZES, url = site.url): Promise<Page> {
    // axe is added as a script of its own, which the page's policy would block: only here is the policy set aside.
    const context = await browser.newContext({ viewport: SIZES[size], acceptDownloads: true, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(LONGTASKS);
    let loaded = false;
    page.on('request', (request) => {
      // A blob: URL is the page's own memory (the worker starts again after Cancel): it leaves nothing.
      if (loaded && !request.url().startsWith(`blob:${new URL(url).origin}/`)) late.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');
    loaded = true;
    return page;
  }

  async function checkFile(page: Page, file: string, name = basename(file)): Promise<number> {
    // Long tasks are counted from choosing the file to the results shown.
    await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
    const started = Date.now();
    await page.setInputFiles('#file', file);
    await page.locator('#status', { hasText: `Checked ${name}` }).waitFor({ timeout: 120000 });
    return Date.now() - started;
  }

  const longest = (page: Page) => page.evaluate(() => (window as unknown as { longest: number }).longest);
  const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });

  for (const size of ['desktop', 'phone'] as const) {
    it(`checks the 46 KB Word strategy and a markdown draft in the background (${size})`, async () => {
      const page = await open(size);
      expect(await axe(page)).toEqual([]);
      const node = await nodeLint(STRATEGY, 'nhs');
      const ms = await checkFile(page, STRATEGY);
      const task = await longest(page);
      figures[`${size}: 46 KB Word strategy, choose to results (ms)`] = ms;
      figures[`${size}: longest main-thread task while checking it (ms)`] = Math.round(task);
      // The check itself takes over a second of work: on the page's own thread it would be one long task.
      expect(task).toBeLessThan(500);
      await expect.poll(() => listed(page), { timeout: 20_000 }).toBe(node.findings.length);
      await expect.poll(() => shownText(page), { timeout: 20_000 }).toBe(node.text);
      // The summary names the words flagged most, as the command line does.
      await expect(page.locator('#summary .most').textContent()).resolves.toMatch(/^Flagged most: “[^”]+” \d+ times(, “[^”]+” \d+ times){0,2}\.$/);
      expect(await noSideways(page)).toBe(true);
      expect(await axe(page)).toEqual([]);
      await shot(page, `${size}-results`);

      // A section that is hard to read is shown on the section, not its heading.
      const section = page.locator('#text-view .sec-note .hl.sec', { hasText: /^The section/ }).first();
      await expect(page.locator('#text-view .ln.in-sec').count()).resolves.toBeGreaterThan(1);
      await expect(section.textContent()).resolves.toMatch(/^The section “.+”: reading age 17 – aim for 11 or under$/);
      await section.click();
      await expect(page.locator('#detail-title').textContent()).resolves.toBe('Warning: this section');
      // An image with no alt text is a placeholder that can be seen and selected.
      const image = page.locator('#text-view .hl.img', { hasText: 'Image: no alt text' }).first();
      const box = (await image.boundingBox())!;
      expect(box.width).toBeGreaterThan(80);
      expect(box.height).toBeGreaterThan(20);
      await image.click();
      await expect(page.locator('#detail .msg').textContent()).resolves.toContain('This image has no alt text.');
      await expect(page.locator('#text-view .img', { hasText: 'Image: “' }).count()).resolves.toBeGreaterThan(0);

      // Next and Previous go through the problems in reading order; the panel stays in view.
      const position = () => page.locator('#detail .position').textContent();
      const before = await position();
      await page.click('#next');
      const after = await position();
      expect(Number(/Problem (\d+)/.exec(after!)![1])).toBe(Number(/Problem (\d+)/.exec(before!)![1]) + 1);
      await page.click('#prev');
      await expect(position()).resolves.toBe(before);
      const panel = (await page.locator('#detail').boundingBox())!;
      const active = (await page.locator('#text-view a.hl.active').first().boundingBox())!;
      if (size === 'desktop') {
        expect(panel.y).toBeGreaterThanOrEqual(-1);
        expect(panel.y).toBeLessThan(SIZES.desktop.height);
      } else {
        // On a phone the panel is right under the words, not 30,000 px further down.
        expect(panel.y - (active.y + active.height)).toBeLessThan(200);
        expect(panel.y - (active.y + active.height)).toBeGreaterThan(-1);
      }
      expect(await noSideways(page)).toBe(true);
      expect(await axe(page)).toEqual([]);
      await shot(page, `${size}-panel`);

      // Filters: hide a category, and its problems leave the list and the words.
      const simpler = page.locator('#filters label', { hasText: /^Simpler words/ });
      const count = Number(/\((\d+)\)/.exec((await simpler.textContent())!)![1]);
      await simpler.click();
      await expect.poll(() => listed(page), { timeout: 20_000 }).toBe(node.findings.length - count);
      await expect(page.locator('#problem-list details[data-category="Simpler words"]').count()).resolves.toBe(0);
      await simpler.click();
      await expect.poll(() => listed(page), { timeout: 20_000 }).toBe(node.findings.length);
      // The list groups repeats of a term; an item goes to its words.
      const group = page.locator('#problem-list li.group:not([data-count="1"])').first();
      await group.locator('xpath=ancestor::details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await expect(group.locator('.times').textContent()).resolves.toMatch(/^\d+ places$/);
      await group.locator('button').click();
      await expect(page.locator('#detail h4', { hasText: /^The same (words|problem) in \d+ other places?$/ }).count()).resolves.toBe(1);
      // Several words with the same advice are one item, named together; each other place says its words.
      const several = page.locator('#problem-list li.group[data-words]').first();
      await several.locator('xpath=ancestor::details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await expect(several.locator('button').textContent()).resolves.toMatch(/“[^”]+”.*(, | and )“[^”]+”/);
      await several.locator('button').click();
      await expect(page.locator('#detail h4', { hasText: /^The same problem in \d+ other places?$/ }).count()).resolves.toBe(1);
      await expect(page.locator('#detail .places button', { hasText: /: “[^”]+”$/ }).count()).resolves.toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await shot(page, `${size}-list`);

      // Markdown: headings look like headings, with their # marks quieter.
      const mdNode = await nodeLint(MD, 'nhs');
      await checkFile(page, MD);
      await expect.poll(() => listed(page), { timeout: 20_000 }).toBe(mdNode.findings.length);
      await expect(page.locator('#text-view .ln-h .md-mark').count()).resolves.toBeGreaterThan(0);
      figures[`${size}: longest main-thread task checking the markdown draft (ms)`] = Math.round(await longest(page));
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(late, 'requests after load').toEqual([]);
    }, 240000);
  }

  it('a bad file: the alert is in view at the top of the results, takes focus, and the old results are gone', async () => {
    for (const size of ['desktop', 'phone'] as const) {
      const page = await open(size);
      await checkFile(page, DOCX);
      await page.locator('#text-view a.hl').first().click();
      await page.setInputFiles('#file', join(ROOT, 'fixtures', 'docx', 'encrypted.docx'));
      const alert = page.locator('#alert');
      await alert.waitFor({ state: 'visible' });
      await expect(alert.textContent()).resolves.toMatch(/^encrypted\.docx .+\.$/);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('alert');
      const box = (await alert.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(SIZES[size].height);
      await expect(page.locator('#results').isHidden()).resolves.toBe(true);
      await expect(page.locator('#text-view a.hl').count()).resolves.toBe(0);
      await expect(page.locator('#detail .msg').count()).resolves.toBe(0);
      expect(await axe(page)).toEqual([]);
      await shot(page, `${size}-alert`);
    }

    // Over the command line's limit for markdown: the same plain message, before reading it.
    const page = await open('desktop');
    const big = join(temp, 'huge.md');
    writeFileSync(big, 'We will utilise the new booking system.\n\n'.repeat(170_000));
    await page.setInputFiles('#file', big);
    await page.locator('#alert').waitFor({ state: 'visible' });
    await expect(page.locator('#alert').textContent()).resolves.toMatch(/^huge\.md is 6\.\d MB, more than the 6 MB limit for markdown files\./);

    // Cancel: a long check stops at once, and the next check works.
    const long = join(temp, 'long.md');
    writeFileSync(long, 'We will utilise the new booking system going forward, and leverage our synergies.\n\n'.repeat(20_000));
    await page.setInputFiles('#file', long);
    await page.locator('#cancel').waitFor({ state: 'visible' });
    expect(await axe(page)).toEqual([]);
    await shot(page, 'desktop-checking');
    await page.click('#cancel');
    await page.locator('#status', { hasText: 'Stopped checking long.md.' }).waitFor();
    await checkFile(page, MD);
    expect(late, 'requests after load').toEqual([]);
  }, 240000);

  it('gives back the Word copy with comments, which opens with each comment on its words', async () => {
    const page = await open('desktop');
    const node = await nodeLint(DOCX, 'nhs');
    await checkFile(page, DOCX);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('example-draft.plainlint.docx');
    const saved = join(temp, download.suggestedFilename());
    await download.saveAs(saved);
    await page.locator('#status', { hasText: `Downloaded example-draft.plainlint.docx with ${node.findings.length} comments` }).waitFor();

    const zip = await JSZip.loadAsync(readFileSync(saved));
    const comments = await zip.file('word/comments.xml')!.async('string');
    const document = await zip.file('word/document.xml')!.async('string');
    expect(comments.match(/<w:comment /g)).toHaveLength(node.findings.length);
    expect(document.match(/<w:commentRangeStart /g)).toHaveLength(node.findings.length);
    // The comment on "leverage" is on that word (the first comment of its item may name it too).
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>((?:(?!<\/w:comment>).)*)<\/w:comment>/gs)].filter((m) => m[2]!.includes('leverage')).map((m) => m[1]!);
    const anchored = ids.map((id) => new RegExp(`<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/>`, 's').exec(document)![1]!.replace(/<[^>]+>/g, ''));
    expect(anchored).toContain('leverage');
    expect(await axe(page)).toEqual([]);

    if (HAS_SOFFICE) {
      const profile = pathToFileURL(join(temp, 'lo-profile')).href;
      const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', temp, saved], { encoding: 'utf8', timeout: 170_000 });
      expect(result.status, result.stderr).toBe(0);
      const flat = readFileSync(join(temp, 'example-draft.plainlint.fodt'), 'utf8');
      expect(flat.match(/<dc:creator>plainlint<\/dc:creator>/g)).toHaveLength(node.findings.length);
    } else {
      console.warn('SKIPPED: LibreOffice (soffice) is not installed, so the Word copy was not converted');
    }
  }, 240000);

  it('Check again takes the edited file and says what changed; a file dropped anywhere is checked', async () => {
    const page = await open('desktop');
    const first = join(temp, 'v1', 'letter.docx');
    const second = join(temp, 'v2', 'letter.docx');
    mkdirSync(join(temp, 'v1'));
    mkdirSync(join(temp, 'v2'));
    writeFileSync(first, await markdownToDocx('# Your new surgery\n\nWe will utilise the new booking system. Call us to leverage the service.\n'));
    writeFileSync(second, await markdownToDocx('# Your new surgery\n\nWe will use the new booking system going forward. Call us to leverage the service.\n'));
    await checkFile(page, first);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#again')]);
    await chooser.setFiles(second);
    await page.locator('#changes').waitFor();
    await expect(page.locator('#changes').textContent()).resolves.toBe('Since the last check: 1 problem fixed, 1 new problem (“going forward”).');
    expect(await axe(page)).toEqual([]);
    await shot(page, 'desktop-check-again');

    const bytes = readFileSync(MD).toString('base64');
    await page.evaluate(async (data) => {
      const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'dropped.md');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      document.querySelector('footer')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('#status', { hasText: 'Checked dropped.md' }).waitFor();
    expect(late, 'requests after load').toEqual([]);
  }, 120000);

  it('works with the keyboard alone: choose, read, move through problems, filter, download', async () => {
    const page = await open('desktop');
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    // A writer presses keys on a page they can see: wait for its first paint. On a busy machine
    // Chromium drops input that comes before it (paint holding), and the file chooser never opens.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('file');
    // A writer whose key press did nothing presses it again: on a busy machine Chromium can drop
    // the first one. The chooser must still open from the keyboard, on the focused file control.
    let chooser: FileChooser | undefined;
    for (let tries = 0; !chooser && tries < 3; tries++) {
      [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }).catch(() => undefined), page.keyboard.press('Space')]);
      expect(await focused()).toBe('file');
    }
    if (!chooser) throw new Error('Space on the focused file control never opened the file chooser');
    await chooser.setFiles(DOCX);
    await page.locator('#status', { hasText: 'Checked example-draft.docx' }).waitFor({ timeout: 60000 });
    expect(await focused()).toBe('results-title');
    const tabs: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      tabs.push(await focused());
    }
    expect(tabs.slice(0, 2)).toEqual(['download', 'again']);
    expect(tabs[2]).toMatch(/^hl /);
    // One tab stop for the text: arrow keys move between highlights.
    const firstWords = await page.evaluate(() => document.activeElement!.textContent);
    await page.keyboard.press('ArrowRight');
    const secondWords = await page.evaluate(() => document.activeElement!.textContent);
    expect(secondWords).not.toBe(firstWords);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('detail-title');
    for (let i = 0; i < 12 && (await focused()) !== 'next'; i++) await page.keyboard.press('Tab');
    const before = await page.locator('#detail .position').textContent();
    await page.keyboard.press('Enter');
    await expect(page.locator('#detail .position').textContent()).resolves.not.toBe(before);
    for (let i = 0; i < 6 && (await focused()) !== 'back-list'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('li.group') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('detail-title');
    // Filters are checkboxes: Space hides a kind of problem.
    await page.focus('#show-0');
    const total = await listed(page);
    await page.keyboard.press('Space');
    // The list is drawn again in the next tasks (a long draft never holds up the page).
    await expect.poll(() => listed(page), { timeout: 20_000 }).toBeLessThan(total);
    await page.keyboard.press('Space');
    await page.focus('#download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('example-draft.plainlint.docx');
  }, 120000);

  it('the single-file checker works opened from disk, and nothing leaves the page', async () => {
    expect(existsSync(SINGLE)).toBe(true);
    const html = readFileSync(SINGLE, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(html).toMatch(/connect-src 'none'/);
    const requests: string[] = [];
    const context = await browser.newContext({ viewport: SIZES.desktop });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(LONGTASKS);
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(SINGLE).href);
    await page.waitForSelector('html[data-ready="true"]');
    const node = await nodeLint(DOCX, 'nhs');
    await checkFile(page, DOCX);
    await expect.poll(() => listed(page), { timeout: 20_000 }).toBe(node.findings.length);
    await shot(page, 'single-file');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // The page itself, and the worker made from its own code: nothing else.
    for (const url of requests) expect(url, url).toMatch(/^(file:|blob:)/);
    const attempt = await page.evaluate(() => fetch('https://example.org/collect', { method: 'POST', body: 'draft' }).then(() => 'sent', () => 'blocked'));
    expect(attempt).toBe('blocked');
  }, 120000);
});
