#!/usr/bin/env node
// Bundle the CLI and its worker into dist/bundle with esbuild, so the command starts fast:
// one file to load instead of hundreds of small modules. Rarely used parts (Word reading,
// reporters other than the default) stay in separate chunks that load only when needed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { codeCacheScript, jsonAsParse, lazyChildProcess, zodEnglishOnly } from './lib/esbuild-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [jsonAsParse, lazyChildProcess, zodEnglishOnly],
};

await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunk-[hash]',
  // The spelling dictionary reads its files next to itself: load it from node_modules.
  external: ['dictionary-en-gb'],
  // Some dependencies are CommonJS and call require(): give them one.
  banner: {
    js: "import { createRequire as __plainlintCreateRequire } from 'node:module'; const require = __plainlintCreateRequire(import.meta.url);",
  },
});

// The command itself, as one CommonJS file that bin/plainlint.js loads with V8's code cache:
// compiled code saved at build time, so a run skips most compiling (about 50 ms of a pre-commit
// run). Node 20 has no code cache for ES modules, hence CommonJS. Word reading, YAML configs and
// globbing load their packages from node_modules only when used, through `__plainlintImport`
// (the loader's import: in a script with a code cache, import() itself does not work on Node 20).
// nspell is inside the bundle: the spell check loads it on most runs, and an import() from
// node_modules would start Node's ES module loader in the job for it.
await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: ['dictionary-en-gb', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'mammoth', 'hast-util-from-html', 'jszip', 'yauzl', 'yaml', 'tinyglobby', '@xmldom/xmldom'],
  supported: { 'dynamic-import': true },
  define: { 'import.meta.url': '__plainlintUrl' },
  banner: { js: "const __plainlintUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const cjsPath = new URL('../dist/bundle/cli.cjs', import.meta.url);
writeFileSync(cjsPath, codeCacheScript(readFileSync(cjsPath, 'utf8')));

// The entry of a job (a worker thread or child process, src/engine/guard.ts and pool.ts): it
// loads the same bundle with the same code cache, so a job starts about as fast as the command.
writeFileSync(
  new URL('../dist/bundle/worker.cjs', import.meta.url),
  `'use strict';
// A job's entry (made by scripts/bundle.mjs): the command's bundle, with its code cache.
const { join } = require('node:path');
const { loadBundle, readIfThere } = require('../../bin/launch.cjs');
const file = join(__dirname, 'cli.cjs');
loadBundle(file, readIfThere(file + '.cache')).exports.startJob();
`,
);

// Make the code cache: run the command once on the example draft, as a writer would. (The files
// are checked in this thread while it is made, so the cache holds the rules' code too.)
const made = spawnSync(process.execPath, ['bin/plainlint.js', 'fixtures/example-draft.md'], {
  cwd: root,
  env: { ...process.env, PLAINLINT_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  encoding: 'utf8',
});
if (made.status !== 0 && made.status !== 1) {
  console.error(`bundle: making the code cache failed:\n${made.stderr}`);
  process.exit(1);
}
