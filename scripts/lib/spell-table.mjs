// The spell table (rules/lib/spell-table.ts): nspell's words for dictionary-en-gb, built once
// here instead of each time plainlint starts. Shared by scripts/spell-table.mjs (the build,
// which writes dist/spell/en-gb.bin) and scripts/prebuilt.mjs (which puts it inside the file).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The table's bytes. */
export async function spellTableBytes() {
  // The encoder is TypeScript: compile it here, so this needs no earlier build.
  const compiled = await build({
    absWorkingDir: root,
    entryPoints: ['rules/lib/spell-table.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const { encodeSpellTable } = await import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`);
  const require = createRequire(join(root, 'package.json'));
  const nspell = require('nspell');
  const dictionaryDir = dirname(require.resolve('dictionary-en-gb'));
  const aff = readFileSync(join(dictionaryDir, 'index.aff'), 'utf8');
  const dic = readFileSync(join(dictionaryDir, 'index.dic'));
  const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const versions = [`dictionary-en-gb ${version(dictionaryDir)}`, `nspell ${version(dirname(dirname(require.resolve('nspell'))))}`];
  return encodeSpellTable(nspell({ aff, dic }), aff, versions.join(', '));
}
