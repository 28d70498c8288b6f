#!/usr/bin/env node
// Part of `npm run bench`: is any step worse than linear in the length of a document?
// Builds one markdown file of 0.3, 0.6, 1.2 and 2.4 MB from the corpus, and times parsing and
// each rule on its own (best of 2, memory cleaned up before each, so garbage collection from
// one step is not charged to the next). Prints milliseconds per MB: a flat row means linear.
// Run with: node --expose-gc scripts/bench-rules.mjs <corpus folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { ConfigLoader } = await import(join(root, 'dist/src/config/load.js'));
const { parseMarkdown } = await import(join(root, 'dist/src/parse/markdown.js'));
const { lintDocument } = await import(join(root, 'dist/src/engine/lint.js'));

const corpus = process.argv[2];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.md')) files.push(readFileSync(p, 'utf8'));
  }
};
walk(corpus);
const config = await new ConfigLoader({}).forFile(resolve(corpus, 'page.md'));
const sizes = [0.3, 0.6, 1.2, 2.4];
const best = async (run) => {
  let ms = Infinity;
  for (let k = 0; k < 2; k++) {
    globalThis.gc?.();
    const start = performance.now();
    await run();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
};
// "(engine, no rules)" is what every row below it includes: finding quoted examples, disable
// comments and the document's statistics.
const rows = new Map([['(parsing)', []], ['(engine, no rules)', []], ...config.rules.map((r) => [r.rule.meta.id, []])]);
for (const mb of sizes) {
  const parts = [];
  for (let i = 0, size = 0; size < mb * 2 ** 20; i++) {
    parts.push(files[i % files.length]);
    size += files[i % files.length].length;
  }
  const text = parts.join('\n\n');
  rows.get('(parsing)').push((await best(() => parseMarkdown(text, 'big.md'))) / mb);
  const doc = parseMarkdown(text, 'big.md');
  rows.get('(engine, no rules)').push((await best(() => lintDocument(doc, { ...config, rules: [] }))) / mb);
  for (const active of config.rules) {
    const one = { ...config, rules: [active] };
    rows.get(active.rule.meta.id).push((await best(() => lintDocument(doc, one))) / mb);
  }
}
console.log(JSON.stringify({ sizes, rows: [...rows] }));
