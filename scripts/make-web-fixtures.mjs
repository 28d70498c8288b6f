#!/usr/bin/env node
// Writes fixtures/docx/long-strategy.docx: a Word "strategy" of about 48 KB for the checker
// page's tests and timings (test/web-page.test.ts, docs/performance.md).
//
//   node scripts/make-web-fixtures.mjs
//
// Its text is the repository's own: the drafts in fixtures/drafts, the rule fixtures in
// fixtures/rules and plainlint's docs and README (each under a heading), so the file has headings, lists, links, tables and
// images with and without alt text. It is made with the tests' markdown-to-Word helper
// (test/helpers/md-to-docx.ts, compiled here with esbuild) and made byte-stable.
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stableDocx, unzipParts } from './lib/stable-docx.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'fixtures', 'docx', 'long-strategy.docx');

const parts = [];
/** About 48 KB of Word file: stop adding parts after this much markdown. */
const LIMIT = 150_000;
const title = (name) => name.replace(/\.md$/, '').replace(/[-.]/g, ' ').replace(/^./, (c) => c.toUpperCase());
const sources = [['fixtures', ['example-draft.md']], ['fixtures/drafts'], ['fixtures/rules'], ['docs'], ['.', ['README.md']], ['rules/data', ['README.md']], ['fixtures/docx', ['README.md']], ['fixtures/docx-annotate', ['README.md']]];
for (const [dir, only] of sources) {
  for (const name of (only ?? readdirSync(join(root, dir)).filter((n) => n.endsWith('.md')).sort())) {
    // Each file's own headings go one level down, under a heading that names the part.
    const text = readFileSync(join(root, dir, name), 'utf8').replace(/^(#{1,5}) /gm, '#$1 ');
    parts.push(`## ${title(name)}\n\n${text.trim()}\n`);
    if (parts.join('\n').length > LIMIT) break;
  }
}
const markdown = `# Our integrated care strategy 2026 to 2030\n\n${parts.join('\n')}`;

// Inside the repository, so the compiled helper finds the packages in node_modules.
const temp = mkdtempSync(join(root, 'node_modules', '.plainlint-fixture-'));
try {
  const helper = join(temp, 'md-to-docx.mjs');
  await build({
    entryPoints: [join(root, 'test', 'helpers', 'md-to-docx.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: helper,
    packages: 'external',
    logLevel: 'error',
  });
  const { markdownToDocx } = await import(pathToFileURL(helper).href);
  const docx = await markdownToDocx(markdown);
  const stable = await stableDocx(await unzipParts(docx), { paraIds: true });
  writeFileSync(out, stable);
  console.log(`wrote ${out}: ${(stable.length / 1024).toFixed(1)} KB from ${(markdown.length / 1024).toFixed(1)} KB of markdown`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
