#!/usr/bin/env node
// The plainlint command. Thin on purpose: everything lives in src/, built into dist/.
// It loads dist/bundle/cli.cjs (the whole command in one file) with the code cache made at
// build time, so a pre-commit run skips most compiling. Without them it falls back to
// dist/bundle/cli.js, then dist/src/cli.js.
// This file is CommonJS (bin/package.json says so): Node starts a CommonJS file about 14 ms
// sooner than an ES module. Keep its name: npx and global installs link bin/plainlint.js, and a
// renamed file leaves their old links pointing at nothing ("plainlint: not found").
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// An error outside any one file's check (a custom rule's timer, say): one plain line, exit code 2.
process.on('uncaughtException', (error) => {
  process.stderr.write(`plainlint: the check stopped because of an unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(2);
});

async function load() {
  const file = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
  if (existsSync(file)) {
    const cacheFile = `${file}.cache`;
    const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
    // The bundle is ASCII only (scripts/bundle.mjs makes it so), so reading it as latin1 gives
    // the same text as UTF-8, about twice as fast. It is one function expression, ready to compile.
    const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
    return { cli: module.exports, script, file };
  }
  try {
    return { cli: await import('../dist/bundle/cli.js') };
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return { cli: await import('../dist/src/cli.js') };
  }
}

load().then(async ({ cli, script, file }) => {
  process.exitCode = await cli.main(process.argv);
  // At build time (scripts/bundle.mjs): save the code compiled during this run.
  if (script && process.env.PLAINLINT_WRITE_CODE_CACHE === '1') writeFileSync(`${file}.cache`, script.createCachedData());
});
