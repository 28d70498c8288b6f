// The prebuilt command's entry: scripts/prebuilt.mjs builds it, with bin/launch.cjs inside, into
// prebuilt/plainlint.mjs, which the pre-commit hook and the GitHub Action run from a plain clone
// with no install. It loads prebuilt/plainlint.bundle.cjs (all of plainlint and the packages it
// uses, in one script) with a code cache it makes on first use. It is also the entry of the jobs
// that check the files: a worker thread, or a child process started with --plainlint-job
// (src/engine/pool.ts).
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import launch from './launch.cjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`plainlint: needs Node.js 20 or later; this is Node.js ${process.versions.node}.\n`);
  process.exit(2);
}

const self = fileURLToPath(import.meta.url);
const file = fileURLToPath(new URL('./plainlint.bundle.cjs', import.meta.url));
// PLAINLINT_BUILD_ID: a hash of the bundle, set by scripts/prebuilt.mjs.
const cacheFile = launch.codeCacheFile(PLAINLINT_BUILD_ID);
const job = !isMainThread || process.argv[2] === '--plainlint-job';
if (!job) {
  // An error outside any one file's check: one plain line, exit code 2.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`plainlint: the check stopped because of an unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`);
    process.exit(2);
  });
  launch.startWorkerEarly(self, process.argv);
}
const cachedData = cacheFile && launch.readIfThere(cacheFile);
const { exports, script } = launch.loadBundle(file, cachedData);
if (job) {
  // No cache yet, or one V8 cannot use: the job saves one when it has checked its first file, so
  // the cache holds the rules' compiled code too (src/engine/job.ts).
  if (cacheFile && (!cachedData || script.cachedDataRejected)) globalThis.__plainlintSaveCodeCache = () => launch.saveCodeCache(script, cacheFile);
  exports.startJob();
} else {
  process.exitCode = await exports.main(process.argv);
}
