/**
 * The checker page (web/): the browser entry gives the same findings as the command line,
 * Word files get the same safety checks, `plainlint serve` serves only web/dist, and, in a
 * real headless Chromium: files are checked and highlighted, nothing is sent after load
 * (even with a policy that blocks every connection), axe finds no WCAG 2.2 AA problems, and
 * it all works with the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { BROWSER_OFF, browserConfig, lintDocxArrayBuffer, lintMarkdownText } from '../src/browser.js';
import { ConfigLoader } from '../src/config/load.js';
import { resolveFromPresets } from '../src/config/resolve.js';
import { wordPlaceInWords } from '../src/report/word.js';
import { openDocx } from '../src/docx/package.js';
import { openDocxBytes } from '../src/docx/package-browser.js';
import { resolveFile, serve, SERVE_CSP, type Serving } from '../src/serve.js';
import { builtinRules } from '../rules/index.js';
import { BIN } from './helpers/cli.js';
import {
  ARTIFACTS,
  axe,
  buildPage,
  byCategory,
  categoryCounts,
  CHROMIUM,
  DIST,
  FLAGS,
  HAS_CHROMIUM,
  listed,
  nodeLint,
  plain,
  ROOT,
  shownText,
} from './helpers/web.js';

const DOCX = join(ROOT, 'fixtures', 'docx', 'example-draft.docx');
const MD = join(ROOT, 'fixtures', 'drafts', 'gp-practice-merger-letter.md');
beforeAll(buildPage, 300000);

describe('browser entry (src/browser.ts)', () => {
  it('finds exactly what the command line finds, in markdown and Word, for both presets', async () => {
    for (const preset of ['nhs', 'govuk']) {
      const md = await lintMarkdownText(readFileSync(MD, 'utf8'), preset, basename(MD));
      const mdNode = await nodeLint(MD, preset);
      expect(plain(md.findings)).toEqual(plain(mdNode.findings));
      expect(md.text).toBe(mdNode.text);
      expect(md.stats).toEqual(mdNode.stats);

      const docx = await lintDocxArrayBuffer(new Uint8Array(readFileSync(DOCX)), preset, basename(DOCX));
      const docxNode = await nodeLint(DOCX, preset);
      expect(plain(docx.findings)).toEqual(plain(docxNode.findings));
      // Word's own paragraph and character, as on the command line.
      expect(docx.findings.map((f) => f.word)).toEqual(docxNode.findings.map((f) => f.word));
      expect(docx.findings.filter((f) => f.word).length).toBeGreaterThan(docx.findings.length / 2);
      expect(docx.text).toBe(docxNode.text);
      expect(docx.format).toBe('docx');
    }
  });

  it('uses the presets: a sentence alone needs a finding over 40 words for nhs (twice the aim), over 25 for govuk', async () => {
    const sentence =
      'Your GP practice will send a letter to every patient about the changes to opening hours and the new booking system this spring, ' +
      'and the letter will explain how to book an appointment online or by phone from May, and who to call with questions.';
    const shorter = 'Your GP practice will send a letter to every patient about the changes to opening hours and the new booking system this spring and in the summer.';
    expect(sentence.split(/\s+/).length).toBeGreaterThan(40);
    expect(shorter.split(/\s+/).length).toBeGreaterThan(25);
    expect(shorter.split(/\s+/).length).toBeLessThanOrEqual(40);
    const long = async (text: string, preset: string) => (await lintMarkdownText(text, preset)).findings.filter((f) => f.ruleId === 'sentence-length');
    expect(await long(sentence, 'nhs')).toHaveLength(1);
    expect(await long(sentence, 'govuk')).toHaveLength(1);
    expect(await long(shorter, 'nhs')).toHaveLength(0);
    expect(await long(shorter, 'govuk')).toHaveLength(1);
  });

  it('builds the same rules, severities, options and settings as the config loader', async () => {
    for (const preset of ['nhs', 'govuk', 'recommended']) {
      const pure = resolveFromPresets(preset);
      const loaded = await new ConfigLoader({ preset }).resolveConfig({}, undefined);
      const shape = (c: typeof pure) => c.rules.map((r) => [r.rule.meta.id, r.severity, r.severityChanged, r.options]);
      expect(shape(pure)).toEqual(shape(loaded));
      expect(pure.settings).toEqual(loaded.settings);
    }
    expect(resolveFromPresets().settings.preset).toBe('nhs');
    expect(browserConfig('govuk').rules.some((r) => BROWSER_OFF.includes(r.rule.meta.id))).toBe(false);
    expect(() => resolveFromPresets('nhs', { rules: { 'sentence-lenght': 'off' } })).toThrow(/did you mean "sentence-length"/);
    expect(() => resolveFromPresets('acme')).toThrow(/"acme" is not a preset/);
  });

  it('refuses unsafe or broken Word files with the same messages as the command line', async () => {
    for (const name of ['empty', 'encrypted', 'no-document-xml', 'not-a-zip', 'truncated']) {
      const buffer = readFileSync(join(ROOT, 'fixtures', 'docx', `${name}.docx`));
      const node = await openDocx(name, buffer).then(
        () => 'opened',
        (e: Error) => e.message,
      );
      const browser = await openDocxBytes(name, new Uint8Array(buffer)).then(
        () => 'opened',
        (e: Error) => e.message,
      );
      expect(browser, name).toBe(node);
      expect(browser, name).not.toBe('opened');
    }
  });

  it('stops a Word file that unpacks to more than the limit, and one that declares XML entities', async () => {
    const JSZip = (await import('jszip')).default;
    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(200_000)}</w:document>`);
    const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(
      openDocxBytes('bomb.docx', bombBytes, { maxUncompressed: 100_000, maxXmlPart: 1_000_000, maxEntries: 100 }),
    ).rejects.toThrow(/would unpack to more than/);

    const xxe = new JSZip();
    xxe.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document>&e;</w:document>');
    await expect(openDocxBytes('xxe.docx', await xxe.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/XML entity declarations/);
  });
});

describe('plainlint serve (src/serve.ts)', () => {
  let root: string;
  let serving: Serving;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'plainlint-serve-'));
    mkdirSync(join(root, 'site', 'assets'), { recursive: true });
    const { writeFileSync, symlinkSync } = await import('node:fs');
    writeFileSync(join(root, 'site', 'index.html'), '<!doctype html><title>page</title>');
    writeFileSync(join(root, 'site', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'not for the page');
    symlinkSync(join(root, 'secret.txt'), join(root, 'site', 'link.txt'));
    serving = await serve({ root: join(root, 'site'), port: 0 });
  });

  afterAll(async () => {
    await serving?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the page on 127.0.0.1 with a policy that blocks connections', async () => {
    expect(serving.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(serving.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(SERVE_CSP);
    expect(SERVE_CSP).toContain("connect-src 'none'");
    expect(await page.text()).toContain('<title>page</title>');
    const script = await fetch(new URL('assets/app.js', serving.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths outside the folder, links out of it, and anything but GET and HEAD', async () => {
    const base = join(root, 'site');
    const { realpathSync } = await import('node:fs');
    const real = realpathSync(base);
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '/%00', '/%zz']) {
      expect(await resolveFile(real, url), url).toBeUndefined();
    }
    expect(await resolveFile(real, '/')).toBe(join(real, 'index.html'));
    expect(await resolveFile(real, '/assets/../index.html')).toBe(join(real, 'index.html'));
    expect((await fetch(new URL('missing.js', serving.url))).status).toBe(404);
    expect((await fetch(new URL('link.txt', serving.url))).status).toBe(404);
    expect((await fetch(serving.url, { method: 'POST', body: 'draft' })).status).toBe(405);
  });

  it('the CLI prints the address, and says plainly when the port is taken', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const out = await new Promise<string>((done, fail) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Ctrl+C')) done(text);
        });
        child.on('exit', (code) => fail(new Error(`serve stopped with exit ${code}`)));
      });
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      expect(url).toBeDefined();
      expect(out).toContain('Your drafts stay on this computer');
      const page = await fetch(url!);
      expect(await page.text()).toContain('Check your draft for plain English');

      const port = new URL(url!).port;
      const taken = spawn(process.execPath, [BIN, 'serve', '--port', port], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      taken.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const code = await new Promise<number | null>((done) => taken.on('exit', done));
      expect(code).toBe(2);
      expect(err).toContain(`port ${port} is already in use`);
    } finally {
      child.kill();
    }
  }, 60000);
});

describe.skipIf(!HAS_CHROMIUM)('the checker page in headless Chromium', () => {
  let open: Serving;
  let strict: Serving;
  let context: BrowserContext;
  const profiles: string[] = [];

  async function launch(options: { bypassCSP: boolean; offline?: boolean }): Promise<BrowserContext> {
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(join(tmpdir(), 'plainlint-chromium-'));
    profiles.push(profile);
    return chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      bypassCSP: options.bypassCSP,
      viewport: { width: 1280, height: 900 },
    });
  }

  async function load(ctx: BrowserContext, url: string): Promise<Page> {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');
    return page;
  }

  async function checked(page: Page, name: string): Promise<void> {
    await page.locator('#status', { hasText: `Checked ${name}` }).waitFor({ timeout: 60000 });
  }

  beforeAll(async () => {
    open = await serve({ root: DIST, port: 0, csp: '' });
    strict = await serve({ root: DIST, port: 0 });
    context = await launch({ bypassCSP: true });
  }, 300000);

  afterAll(async () => {
    await context?.close();
    await open?.close();
    await strict?.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  });

  it('loads only its own files, then checks a Word file and a markdown file with no request at all', async () => {
    const all: string[] = [];
    const page = await context.newPage();
    page.on('request', (request) => all.push(request.url()));
    await page.goto(open.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-ready="true"]');
    expect(all.length).toBeGreaterThan(0);
    // Its own files, and the checker's worker made from its own script (a blob: URL, in memory).
    for (const url of all) expect(url.startsWith(open.url) || url.startsWith(`blob:${new URL(open.url).origin}/`), url).toBe(true);
    const atLoad = all.length;

    // Word
    const docxNode = await nodeLint(DOCX, 'nhs');
    await page.setInputFiles('#file', DOCX);
    await checked(page, 'example-draft.docx');
    await expect(page.locator('#results-title').textContent()).resolves.toBe('Results for example-draft.docx');
    await expect(listed(page)).resolves.toBe(docxNode.findings.length);
    const docxCounts = await categoryCounts(page);
    expect(docxCounts).toEqual(byCategory(docxNode.findings));
    expect(docxCounts['Jargon']).toBeGreaterThanOrEqual(1);
    // Word paragraphs are lines: the page shows the same text the command line checked.
    await expect(shownText(page)).resolves.toBe(docxNode.text);
    const leverage = page.locator('#text-view a.hl', { hasText: /^leverage$/ });
    await expect(leverage.count()).resolves.toBe(1);
    await expect(page.locator('#reading-age').textContent()).resolves.toMatch(/^Reading age 15 – aim for 11 or under\. 1 long sentence\.$/);

    // Click a highlight: the detail shows the message, why it matters, the principle and the plainer words.
    await leverage.click();
    const finding = docxNode.findings.find((f) => f.excerpt === 'leverage')!;
    const rule = builtinRules.find((r) => r.meta.id === finding.ruleId)!;
    const detail = page.locator('#detail');
    await expect(detail.locator('.msg').textContent()).resolves.toContain(finding.message);
    await expect(detail.locator('.why').textContent()).resolves.toBe(finding.why);
    await expect(detail.locator('.principle').textContent()).resolves.toBe(rule.meta.principle);
    await expect(detail.locator('.try-list li').allTextContents()).resolves.toEqual(finding.suggestions);
    expect(finding.word).toBeDefined();
    await expect(page.locator('#detail-title').textContent()).resolves.toBe(`Warning: ${wordPlaceInWords(finding)}`);
    expect(wordPlaceInWords(finding)).toMatch(/^Paragraph \d+, character \d+$/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('detail-title');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'checker-docx.png'), fullPage: true });

    // Markdown
    const mdNode = await nodeLint(MD, 'nhs');
    await page.setInputFiles('#file', MD);
    await checked(page, 'gp-practice-merger-letter.md');
    await expect(listed(page)).resolves.toBe(mdNode.findings.length);
    expect(await categoryCounts(page)).toEqual(byCategory(mdNode.findings));
    const linked = new Set(await page.locator('#text-view a.hl').evaluateAll((links) => links.map((a) => Number((a as HTMLElement).dataset.finding))));
    expect(linked.size).toBeGreaterThan(mdNode.findings.length / 2);
    const longSentence = mdNode.findings.find((f) => f.ruleId === 'sentence-length')!;
    await page.locator(`#text-view a.hl[data-all~="${mdNode.findings.indexOf(longSentence)}"]`).first().click();
    await expect(detail.locator('.msg').textContent()).resolves.toContain(longSentence.message);
    await expect(page.locator('#detail-title').textContent()).resolves.toBe(`Warning: Line ${longSentence.start.line}, column ${longSentence.start.column}`);

    // Pasted text, then a change of house style re-checks it.
    await page.fill('#text', 'We will utilise the new booking system going forward.');
    await page.click('#check-text');
    await checked(page, 'Pasted text');
    await expect(page.locator('#text-view a.hl', { hasText: 'utilise' }).count()).resolves.toBe(1);
    await page.selectOption('#preset', 'govuk');
    await page.locator('#summary', { hasText: 'GOV.UK house style' }).waitFor();

    await page.locator('#text-view a.hl').first().click();
    await page.screenshot({ path: join(ARTIFACTS, 'checker.png'), fullPage: true });

    expect(all.slice(atLoad), 'requests made after the page loaded').toEqual([]);
    await page.close();
  }, 120000);

  it('has no WCAG 2.2 AA problems that axe can find, before and after a check', async () => {
    const page = await load(context, open.url);
    expect(await axe(page)).toEqual([]);
    await page.setInputFiles('#file', DOCX);
    await checked(page, 'example-draft.docx');
    await page.locator('#text-view a.hl').first().click();
    expect(await axe(page)).toEqual([]);
    await page.setInputFiles('#file', join(ROOT, 'fixtures', 'docx', 'encrypted.docx'));
    await page.locator('#alert:not([hidden])').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120000);

  it('works with the keyboard alone', async () => {
    const page = await load(context, open.url);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['skip', 'preset', 'file', 'text', 'check-text']);

    // The focus is visible: a yellow outline with a dark ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('text');
    await page.keyboard.type('We will utilise the new booking system going forward.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await checked(page, 'Pasted text');
    expect(await focused()).toBe('results-title');

    let onHighlight = false;
    for (let i = 0; i < 10 && !onHighlight; i++) {
      await page.keyboard.press('Tab');
      onHighlight = await page.evaluate(() => document.activeElement?.matches('a.hl') ?? false);
    }
    expect(onHighlight).toBe(true);
    const words = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('detail-title');
    await expect(page.locator('#detail .words').textContent()).resolves.toBe(words);
    for (let i = 0; i < 12 && (await focused()) !== 'back'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('back');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words);
    await page.close();
  }, 120000);

  it('still works when the server forbids every connection, and the policy really blocks one', async () => {
    const ctx = await launch({ bypassCSP: false });
    try {
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        const store = window as unknown as { violations: string[] };
        store.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => store.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const requests: string[] = [];
      const response = await page.goto(strict.url, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toContain("connect-src 'none'");
      await page.waitForSelector('html[data-ready="true"]');
      page.on('request', (request) => requests.push(request.url()));

      await page.setInputFiles('#file', DOCX);
      await checked(page, 'example-draft.docx');
      await expect(page.locator('#text-view a.hl').count()).resolves.toBeGreaterThan(5);
      await page.setInputFiles('#file', MD);
      await checked(page, 'gp-practice-merger-letter.md');
      await page.locator('#text-view a.hl').first().click();
      await expect(page.locator('#detail .msg').count()).resolves.toBe(1);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(requests).toEqual([]);

      // The policy is real: the page could not send a draft even if its code tried.
      const attempt = await page.evaluate(async () => {
        try {
          await fetch('/collect', { method: 'POST', body: 'draft' });
          return 'sent';
        } catch {
          return 'blocked';
        }
      });
      expect(attempt).toBe('blocked');
    } finally {
      await ctx.close();
    }
  }, 120000);

  it('the --format html report shows the same highlights, loads nothing else, and passes axe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainlint-report-'));
    profiles.push(dir);
    const out = join(dir, 'report.html');
    const child = spawn(process.execPath, [BIN, DOCX, MD, '--format', 'html', '--output', out], { stdio: 'ignore' });
    await new Promise((done) => child.on('exit', done));
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    expect(requests).toEqual([pathToFileURL(out).href]);
    const docxNode = await nodeLint(DOCX, 'nhs');
    const section = page.locator('section.file', { hasText: 'example-draft.docx' });
    const counts = await section.locator('li.finding').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.count)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(docxNode.findings.length);
    await expect(section.locator('.text a.hl', { hasText: /^leverage$/ }).count()).resolves.toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 120000);

  it('keeps working offline once loaded', async () => {
    const page = await load(context, open.url);
    await context.setOffline(true);
    try {
      await page.setInputFiles('#file', DOCX);
      await checked(page, 'example-draft.docx');
      await expect(page.locator('#text-view a.hl').count()).resolves.toBeGreaterThan(5);
    } finally {
      await context.setOffline(false);
      await page.close();
    }
  }, 120000);
});
