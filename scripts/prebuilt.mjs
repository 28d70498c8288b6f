#!/usr/bin/env node
// Build prebuilt/plainlint.mjs: the whole command (plainlint, the packages it uses, its word lists
// and the UK English spell table) in one file that runs with Node.js 20+ and no node_modules. The
// GitHub Action and the pre-commit hook run it from a plain clone, so neither installs anything.
// The file is committed; test/prebuilt.test.ts builds it again and fails if it differs (as
// actions/typescript-action's check-dist does), so run `npm run build:prebuilt` after a change.
//
//   node scripts/prebuilt.mjs            write prebuilt/plainlint.mjs
//   node scripts/prebuilt.mjs --out DIR  write DIR/plainlint.mjs instead (for the check)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chmodSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonAsParse, lazyChildProcess } from './lib/esbuild-plugins.mjs';
import { spellTableBytes } from './lib/spell-table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const outDir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'prebuilt');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'plainlint.mjs');

// The spell table (rules/lib/spell-table.ts) goes inside the file, in place of the module that
// reads it from dist/spell/; the dictionary it is made from is then not needed at all. Its words
// are text (one byte a character), kept as a string; the binary part before them, as base64.
const table = Buffer.from(await spellTableBytes());
const settingsEnd = table.indexOf(10, table.indexOf(10) + 1);
const { groups } = JSON.parse(table.subarray(table.indexOf(10) + 1, settingsEnd).toString('latin1'));
const wordsAt = Math.ceil((settingsEnd + 1) / 4) * 4 + (groups + 1) * 4;
const spellFile = `export function readSpellTable() {
  return Buffer.concat([Buffer.from(${JSON.stringify(table.subarray(0, wordsAt).toString('base64'))}, 'base64'), Buffer.from(${JSON.stringify(table.subarray(wordsAt).toString('latin1'))}, 'latin1')]);
}`;
const spellTableInline = {
  name: 'spell-table-inline',
  setup(b) {
    b.onLoad({ filter: /[\\/]rules[\\/]lib[\\/]spell-file\.ts$/ }, () => ({ contents: spellFile, loader: 'js' }));
    b.onResolve({ filter: /^dictionary-en-gb$/ }, () => ({ path: 'dictionary-en-gb', namespace: 'no-dictionary' }));
    b.onLoad({ filter: /.*/, namespace: 'no-dictionary' }, () => ({
      contents: "throw new Error('plainlint: the prebuilt command has its spell table inside it, and no dictionary');",
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['src/one-file.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { PLAINLINT_ONE_FILE: 'true' },
  plugins: [jsonAsParse, lazyChildProcess, spellTableInline],
  banner: {
    js:
      '#!/usr/bin/env node\n' +
      '// plainlint, prebuilt by scripts/prebuilt.mjs from the sources in this repository (do not edit).\n' +
      "import { createRequire as __plainlintCreateRequire } from 'node:module'; const require = __plainlintCreateRequire(import.meta.url);",
  },
});
chmodSync(outfile, 0o755);
