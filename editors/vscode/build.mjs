#!/usr/bin/env node
// Build the extension: the client (dist/extension.js, which VS Code loads) and plainlint's
// language server with everything it needs (dist/server/main.mjs), so the .vsix runs on its own.
// esbuild comes from the plainlint repository this folder sits in.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spellTableBytes } from '../../scripts/lib/spell-table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(join(here, 'dist'), { recursive: true, force: true });

// The client: CommonJS, as VS Code loads extensions; `vscode` is VS Code's own module.
await build({
  absWorkingDir: here,
  entryPoints: { extension: 'src/extension.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});

// The server: ES modules (the spelling dictionary loads with top-level await), split so that
// parts used rarely (Word reading, the spelling check) load only when needed.
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/lsp/main.ts' },
  outdir: join(here, 'dist', 'server'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { PLAINLINT_VERSION: JSON.stringify(version) },
  banner: { js: "import { createRequire as __plainlintCreateRequire } from 'node:module'; const require = __plainlintCreateRequire(import.meta.url);" },
});

// The UK English dictionary reads its two files from beside its own code, now the bundle.
const dictionary = dirname(createRequire(join(root, 'package.json')).resolve('dictionary-en-gb'));
mkdirSync(join(here, 'dist', 'server'), { recursive: true });
for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(join(dictionary, file), join(here, 'dist', 'server', file === 'license' ? 'dictionary-en-gb-license' : file));
// The spell table made from it (rules/lib/spell-table.ts), so the spell check starts at once:
// rules/lib/spell-file.ts finds it in spell/ beside the server's code.
mkdirSync(join(here, 'dist', 'server', 'spell'), { recursive: true });
writeFileSync(join(here, 'dist', 'server', 'spell', 'en-gb.bin'), await spellTableBytes());
console.log(`built the plainlint extension with plainlint ${version}`);
