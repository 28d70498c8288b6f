#!/usr/bin/env node
// The plainlint command. Thin on purpose: everything lives in src/, built into dist/.
// It loads dist/bundle/cli.cjs (the whole command in one file) with the code cache made at
// build time, so a pre-commit run skips most compiling. Without them it falls back to
// dist/bundle/cli.js, then dist/src/cli.js.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// An error outside any one file's check (a custom rule's timer, say): one plain line, exit code 2.
process.on('uncaughtException', (error) => {
  process.stderr.write(`plainlint: the check stopped because of an unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(2);
});

const file = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
let cli;
let script;
if (existsSync(file)) {
  const cacheFile = `${file}.cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname, __plainlintImport) {${readFileSync(file, 'utf8')}\n})`;
  script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  cli = module.exports;
} else {
  try {
    cli = await import('../dist/bundle/cli.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    cli = await import('../dist/src/cli.js');
  }
}
process.exitCode = await cli.main(process.argv);
// At build time (scripts/bundle.mjs): save the code compiled during this run.
if (script && process.env.PLAINLINT_WRITE_CODE_CACHE === '1') writeFileSync(`${file}.cache`, script.createCachedData());
