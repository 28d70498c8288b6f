'use strict';
// How the command starts fast. Shared by bin/plainlint.js (which loads dist/bundle/cli.cjs) and
// the prebuilt command (prebuilt/plainlint.mjs, made by scripts/prebuilt.mjs, which loads
// prebuilt/plainlint.bundle.cjs): both load one CommonJS bundle with V8's code cache, and start
// the worker thread that checks the files while this thread loads the command.
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// The worker's memory limits: they must be guard.ts's FILE_HEAP_MB and YOUNG_MB (guard.ts
// checks, and test/guard-early.test.ts reads these two lines).
const EARLY_HEAP_MB = 768;
const EARLY_YOUNG_MB = 64;

/** Arguments after which no file is checked: an unused worker would only take a core. */
const NO_CHECK = new Set(['rules', 'explain', 'init', 'serve', 'lsp', 'help', '-h', '--help', '-v', '--version']);

/**
 * The worker thread that checks the files (src/engine/guard.ts) loads the same bundle as this
 * thread. When a check will surely run, start it now, so it loads while this thread loads the
 * command: the two start-ups overlap instead of following each other (on a machine with a free
 * core a run ends about 85 ms sooner; with every core busy it gains nothing). The guarded job
 * takes it over (adoptEarlyWorker in guard.ts) and sends it its settings then.
 */
function startWorkerEarly(workerFile, argv) {
  const args = argv.slice(2);
  if (process.env.PLAINLINT_WRITE_CODE_CACHE === '1') return;
  if (!args.some((a) => !a.startsWith('-') || a === '-')) return;
  if (args.some((a) => NO_CHECK.has(a))) return;
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

/**
 * Load a bundle made for the code cache (scripts/lib/esbuild-plugins.mjs, codeCacheScript): one
 * function expression in ASCII, so it is read as latin1 (the same text as UTF-8, about twice as
 * fast) and compiled as it is. `cachedData` is compiled code saved earlier; V8 checks that it
 * belongs to this text and this V8, and compiles afresh when not (`script.cachedDataRejected`).
 */
function loadBundle(file, cachedData) {
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  return { exports: module.exports, script };
}

/** A file's bytes, or undefined when it cannot be read (no cache yet, say). */
function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The prebuilt command's code cache lives in the user's own cache folder (like pre-commit's
 * ~/.cache/pre-commit), never beside the command: the command may sit in a repository, and a
 * shared temporary folder would let another user's file be run as code. One file per build of
 * the bundle and per V8 version, so two versions of Node never overwrite each other's.
 */
function codeCacheFile(buildId) {
  const home = process.env.HOME || process.env.USERPROFILE;
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : home && join(home, '.cache'));
  if (!base) return undefined;
  return join(base, 'plainlint', `code-${buildId}-${process.versions.v8}-${process.arch}.cache`);
}

/**
 * Save the code compiled so far. Written to a file of its own first, then renamed, so a run that
 * reads the cache while another writes it sees the whole file or none. Any failure (a read-only
 * home folder, say) only means the next run compiles again.
 */
function saveCodeCache(script, file) {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const part = `${file}.${process.pid}.${require('node:worker_threads').threadId}.part`;
    writeFileSync(part, script.createCachedData(), { mode: 0o600 });
    renameSync(part, file);
    pruneCodeCaches(dir, file);
  } catch {
    // The cache is only a speed-up.
  }
}

/**
 * Caches of other builds pile up as plainlint is updated (about 4 MB each). Two repositories may
 * use 2 versions side by side, so a cache is not removed because it is another build's, only when
 * it was written over 30 days ago: one in use is then written again once.
 */
const PRUNE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
function pruneCodeCaches(dir, keep) {
  const { readdirSync, statSync, unlinkSync } = require('node:fs');
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep || !/^code-.+\.(cache|part)$/.test(name)) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > PRUNE_AFTER_MS) unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

module.exports = { EARLY_HEAP_MB, EARLY_YOUNG_MB, startWorkerEarly, loadBundle, readIfThere, codeCacheFile, saveCodeCache };
