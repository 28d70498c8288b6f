#!/usr/bin/env node
// The plainlint command. Thin on purpose: everything lives in src/, built into dist/.
// It loads dist/bundle/cli.cjs (the whole command in one file) with the code cache made at
// build time, so a pre-commit run skips most compiling. Without them it falls back to
// dist/bundle/cli.js, then dist/src/cli.js.
// This file is CommonJS (bin/package.json says so): Node starts a CommonJS file about 14 ms
// sooner than an ES module. Keep its name: npx and global installs link bin/plainlint.js, and a
// renamed file leaves their old links pointing at nothing ("plainlint: not found").
'use strict';
const { existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle, readIfThere, startWorkerEarly } = require('./launch.cjs');

// An error outside any one file's check (a custom rule's timer, say): one plain line, exit code 2.
process.on('uncaughtException', (error) => {
  process.stderr.write(`plainlint: the check stopped because of an unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(2);
});

// Start the worker thread that checks the files now, so it loads while this thread loads the
// command (bin/launch.cjs says why).
startWorkerEarly(join(__dirname, '..', 'dist', 'bundle', 'worker.cjs'), process.argv);

async function load() {
  const file = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
  if (existsSync(file)) {
    // The code cache: compiled code saved at build time (scripts/bundle.mjs), so a pre-commit run
    // skips most compiling.
    const { exports, script } = loadBundle(file, readIfThere(`${file}.cache`));
    return { cli: exports, script, file };
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
