#!/usr/bin/env node
// Build prebuilt/: the whole command (plainlint, the packages it uses, its word lists and the UK
// English spell table), which runs with Node.js 20+ and no node_modules. The GitHub Action and
// the pre-commit hook run prebuilt/plainlint.mjs from a plain clone, so neither installs anything.
// - prebuilt/plainlint.bundle.cjs: all the code, one script for V8's code cache (as dist/bundle/cli.cjs);
// - prebuilt/spell/en-gb.bin: the spell table (rules/lib/spell-table.ts), so no dictionary is needed;
// - prebuilt/plainlint.mjs: the entry (bin/prebuilt-entry.mjs), which loads the bundle with a
//   code cache it keeps in the user's cache folder, and starts the job that checks the files early.
// The folder is committed; test/prebuilt.test.ts builds it again and fails if it differs (as
// actions/typescript-action's check-dist does), so run `npm run build:prebuilt` after a change.
//
//   node scripts/prebuilt.mjs            write prebuilt/
//   node scripts/prebuilt.mjs --out DIR  write DIR/ instead (for the check)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { codeCacheScript, jsonAsParse, lazyChildProcess, zodEnglishOnly } from './lib/esbuild-plugins.mjs';
import { spellTableBytes } from './lib/spell-table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const outDir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'prebuilt');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'plainlint.mjs');

// Without the dictionary: the spell table beside the bundle is all the spell check needs.
const noDictionary = {
  name: 'no-dictionary',
  setup(b) {
    b.onResolve({ filter: /^dictionary-en-gb$/ }, () => ({ path: 'dictionary-en-gb', namespace: 'no-dictionary' }));
    b.onLoad({ filter: /.*/, namespace: 'no-dictionary' }, () => ({
      contents: "throw new Error('plainlint: the prebuilt command has its spell table beside it, and no dictionary');",
      loader: 'js',
    }));
  },
};

// Word's XML parser: src/docx/xml.ts imports it by a variable name (to keep its types out of the
// program), which esbuild cannot follow. Here, with no node_modules beside the command, it must
// be inside the bundle, or Word positions and comments are lost. The build stops if the line changes.
const xmldomInside = {
  name: 'xmldom-inside',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]docx[\\/]xml\.ts$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const variable = 'await import(name)';
      if (!code.includes(variable)) throw new Error(`prebuilt: ${args.path} no longer loads xmldom as expected`);
      return { contents: code.replace(variable, "await import('@xmldom/xmldom')"), loader: 'ts' };
    });
  },
};

const bundled = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts'],
  write: false,
  outfile: join(outDir, 'plainlint.bundle.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  supported: { 'dynamic-import': true },
  define: { PLAINLINT_ONE_FILE: 'true', 'import.meta.url': '__plainlintUrl' },
  plugins: [jsonAsParse, lazyChildProcess, zodEnglishOnly, noDictionary, xmldomInside],
  banner: {
    js:
      '// plainlint, prebuilt by scripts/prebuilt.mjs from the sources in this repository (do not edit).\n' +
      "const __plainlintUrl = require('node:url').pathToFileURL(__filename).href;",
  },
});
const bundle = codeCacheScript(bundled.outputFiles[0].text);
writeFileSync(join(outDir, 'plainlint.bundle.cjs'), bundle, 'latin1');

mkdirSync(join(outDir, 'spell'), { recursive: true });
writeFileSync(join(outDir, 'spell', 'en-gb.bin'), Buffer.from(await spellTableBytes()));

await build({
  absWorkingDir: root,
  entryPoints: ['bin/prebuilt-entry.mjs'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  define: { PLAINLINT_BUILD_ID: JSON.stringify(createHash('sha256').update(bundle).digest('hex').slice(0, 16)) },
  banner: {
    js:
      '#!/usr/bin/env node\n' +
      '// plainlint, prebuilt by scripts/prebuilt.mjs from the sources in this repository (do not edit).\n' +
      "import { createRequire as __plainlintCreateRequire } from 'node:module'; const require = __plainlintCreateRequire(import.meta.url);",
  },
});
chmodSync(outfile, 0o755);
