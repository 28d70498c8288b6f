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

// The worker thread that checks the files (src/engine/guard.ts) loads the same 2 MB bundle as
// this thread. When a check will surely run, start it now, so it loads while this thread loads
// the command: the two start-ups overlap instead of following each other (the worker starts at
// about 60 ms, not 200. A run ended about 85 ms sooner when a core was free; on a machine whose
// cores are all busy it gains nothing). The guarded job takes it over (adoptEarlyWorker in guard.ts) and sends it its
// settings then. Its memory limits must be guard.ts's FILE_HEAP_MB and 64 MB (guard.ts checks).
// Not for subcommands, --help or --version: an unused worker would only take a core.
const EARLY_HEAP_MB = 768;
const EARLY_YOUNG_MB = 64;
function startWorkerEarly() {
  const args = process.argv.slice(2);
  if (process.env.PLAINLINT_WRITE_CODE_CACHE === '1') return;
  if (!args.some((a) => !a.startsWith('-') || a === '-')) return;
  if (args.some((a) => ['rules', 'explain', 'init', 'serve', 'lsp', 'help', '-h', '--help', '-v', '--version'].includes(a))) return;
  const workerFile = join(__dirname, '..', 'dist', 'bundle', 'worker.cjs');
  if (!existsSync(workerFile)) return;
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(workerFile, {
    resourceLimits: { maxOldGenerationSizeMb: EARLY_HEAP_MB, maxYoungGenerationSizeMb: EARLY_YOUNG_MB },
    stderr: true,
    stdout: true,
  });
  worker.unref();
  // Until it is taken over, an error only means it is not used (the guarded job starts its own).
  worker.on('error', () => undefined);
  const ready = new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (!message?.ready) return;
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      resolve();
    };
    const onExit = () => reject(new Error('stopped as it started'));
    worker.on('message', onMessage);
    worker.once('exit', onExit);
  });
  ready.catch(() => undefined);
  globalThis.__plainlintEarlyWorker = { worker, ready, file: workerFile, heapMb: EARLY_HEAP_MB, youngMb: EARLY_YOUNG_MB };
}
startWorkerEarly();

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
