/**
 * Shared by the checker page tests (test/web.test.ts, test/web-page.test.ts): Debian's
 * Chromium as CI installs it, the command line's own findings to compare with, the page's
 * build, axe, and readers for what the page shows.
 */
import { pageText } from '../../src/parse/alt-text.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { BROWSER_OFF } from '../../src/browser.js';
import { ConfigLoader } from '../../src/config/load.js';
import { lintDocument, type LintResult } from '../../src/engine/lint.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseDocx } from '../../src/parse/docx.js';
import { openDocx } from '../../src/docx/package.js';
import { locateFindings } from '../../src/docx/locate.js';
import { categoryOf } from '../../src/report/html-view.js';
import { builtinRules } from '../../rules/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'web', 'dist');
export const ARTIFACTS = join(ROOT, 'test-results', 'web');

export const CHROMIUM = process.env.PLAINLINT_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

if (!HAS_CHROMIUM) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SKIPPED: the checker page browser tests. No Chromium at ${CHROMIUM}.\n` +
      `!! Install it (apt-get install chromium) or set PLAINLINT_CHROMIUM to its path.\n${line}\n`,
  );
}

/** What the command line's pipeline finds (Node parsers, config loader), with the page's rules off too. */
export async function nodeLint(path: string, preset: string): Promise<LintResult & { text: string }> {
  const off = Object.fromEntries(BROWSER_OFF.filter((id) => builtinRules.some((r) => r.meta.id === id)).map((id) => [id, 'off']));
  const config = await new ConfigLoader({ preset }).resolveConfig({ rules: off }, undefined);
  const name = basename(path);
  if (path.endsWith('.docx')) {
    // As the command line does (src/engine/run.ts): the findings, then their places in Word.
    const buffer = readFileSync(path);
    const pkg = await openDocx(name, buffer);
    const doc = await parseDocx(buffer, pkg, name);
    const result = await lintDocument(doc, config);
    await locateFindings(buffer, pkg, doc.text, result.findings);
    // The document's own text, without its pictures' alt text (as src/engine/run.ts keeps it).
    return { ...result, text: pageText(doc) };
  }
  const doc = parseMarkdown(readFileSync(path, 'utf8'), name);
  return { ...(await lintDocument(doc, config)), text: doc.text };
}

export function byCategory(findings: Array<{ ruleId: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[categoryOf(f.ruleId)] = (counts[categoryOf(f.ruleId)] ?? 0) + 1;
  return counts;
}

/** Problems in the page's list: each item counts its places. */
export function listed(page: Page): Promise<number> {
  return page.locator('#problem-list li.group').evaluateAll((items) => items.reduce((n, li) => n + Number((li as HTMLElement).dataset.count), 0));
}

/** The filter boxes' labels, "Simpler words (3)", as counts by category. */
export async function categoryCounts(page: Page): Promise<Record<string, number>> {
  const labels = await page.locator('#filters label').allTextContents();
  return Object.fromEntries(labels.map((t) => /^(.*) \((\d+)\)$/.exec(t)!).map((m) => [m[1], Number(m[2])]));
}

/** The draft's text as the page shows it, one line a paragraph, without the image placeholders and section notes. */
export function shownText(page: Page): Promise<string> {
  return page.locator('#text-view .ln').evaluateAll((lines) =>
    lines
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        for (const extra of Array.from(copy.querySelectorAll('.img'))) extra.remove();
        return copy.textContent;
      })
      .join('\n'),
  );
}

export function plain(findings: Array<{ ruleId: string; message: string; start: { offset: number }; end: { offset: number } }>) {
  return findings.map((f) => `${f.ruleId} ${f.start.offset}-${f.end.offset} ${f.message}`);
}

/** axe-core's WCAG 2.2 AA violations on the page as it is now. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
  }
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, AXE_TAGS);
  return violations;
}

/** The newest change to anything the page is built from. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src', 'rules', join('web', 'src')]) walk(join(ROOT, dir));
  for (const file of [join('web', 'index.html'), join('web', 'vite.config.ts')]) newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  return newest;
}

/**
 * Build the page as `npm run web` does, unless CI has just done that (.ci/run sets
 * PLAINLINT_WEB_BUILT) or the build is newer than its sources. Test files running at once
 * take turns (a lock folder), so one never reads a half-written build.
 */
export async function buildPage(): Promise<void> {
  const built = join(DIST, 'plainlint-checker.html');
  if (process.env.PLAINLINT_WEB_BUILT && existsSync(built)) return;
  const lock = join(ROOT, 'node_modules', '.plainlint-web-build.lock');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 300000) throw new Error(`${lock} is still there after 5 minutes: remove it if no build is running`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    if (existsSync(built) && statSync(built).mtimeMs > newestSource()) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'error' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

