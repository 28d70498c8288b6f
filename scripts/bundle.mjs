#!/usr/bin/env node
// Bundle the CLI and its worker into dist/bundle with esbuild, so the command starts fast:
// one file to load instead of hundreds of small modules. Rarely used parts (Word reading,
// reporters other than the default) stay in separate chunks that load only when needed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const root = fileURLToPath(new URL('..', import.meta.url));

rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

// Word lists are large: V8 reads JSON.parse('…') much faster than the same data as JavaScript.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  // The spelling dictionary reads its files next to itself: load it from node_modules.
  external: ['dictionary-en-gb'],
  plugins: [jsonAsParse],
  // Some dependencies are CommonJS and call require(): give them one.
  banner: {
    js: "import { createRequire as __plainlintCreateRequire } from 'node:module'; const require = __plainlintCreateRequire(import.meta.url);",
  },
});
