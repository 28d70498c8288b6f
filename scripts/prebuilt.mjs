#!/usr/bin/env node
// Build prebuilt/plainlint.mjs: the whole command (plainlint, the packages it uses, its word lists
// and the UK English dictionary) in one file that runs with Node.js 20+ and no node_modules. The
// GitHub Action and the pre-commit hook run it from a plain clone, so neither installs anything.
// The file is committed; test/prebuilt.test.ts builds it again and fails if it differs (as
// actions/typescript-action's check-dist does), so run `npm run build:prebuilt` after a change.
//
//   node scripts/prebuilt.mjs            write prebuilt/plainlint.mjs
//   node scripts/prebuilt.mjs --out DIR  write DIR/plainlint.mjs instead (for the check)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chmodSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { jsonAsParse, lazyChildProcess } from './lib/esbuild-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const outDir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'prebuilt');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'plainlint.mjs');

// dictionary-en-gb reads index.aff and index.dic beside itself: put their text in the bundle.
const dictionaryInline = {
  name: 'dictionary-inline',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]dictionary-en-gb[\\/]index\.js$/ }, async (args) => {
      const dir = args.path.replace(/index\.js$/, '');
      const aff = await readFile(join(dir, 'index.aff'), 'utf8');
      const dic = await readFile(join(dir, 'index.dic'), 'utf8');
      const enc = 'Buffer.from';
      return { contents: `export default { aff: ${enc}(${JSON.stringify(aff)}), dic: ${enc}(${JSON.stringify(dic)}) };`, loader: 'js' };
    });
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
  plugins: [jsonAsParse, lazyChildProcess, dictionaryInline],
  banner: {
    js:
      '#!/usr/bin/env node\n' +
      '// plainlint, prebuilt by scripts/prebuilt.mjs from the sources in this repository (do not edit).\n' +
      "import { createRequire as __plainlintCreateRequire } from 'node:module'; const require = __plainlintCreateRequire(import.meta.url);",
  },
});
chmodSync(outfile, 0o755);
