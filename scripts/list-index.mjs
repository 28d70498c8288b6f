#!/usr/bin/env node
/**
 * Write rules/data/lists/index.ts: one import for each list file in rules/data/lists/, so a new
 * list rule is one new .json file there. `npm run build` runs this first; test/lists.test.ts
 * fails when the index is out of date.
 *
 *   node scripts/list-index.mjs           write the index
 *   node scripts/list-index.mjs --print   print it instead
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../rules/data/lists/', import.meta.url));

export function listIndex(names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const ident = (i) => `list${i}`;
  return [
    '// Made by scripts/list-index.mjs from the .json files in this folder (npm run build runs it).',
    '// Do not edit: add a list file beside it and build.',
    "import type { ListFile } from '../../lib/list-rule.js';",
    ...names.map((n, i) => `import ${ident(i)} from './${n}' with { type: 'json' };`),
    '',
    `export const listFiles = [${names.map((_, i) => ident(i)).join(', ')}] as unknown as ListFile[];`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print')) process.stdout.write(listIndex());
  else writeFileSync(dir + 'index.ts', listIndex());
}
