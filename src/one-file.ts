/**
 * The entry of the prebuilt command (prebuilt/plainlint.mjs, made by scripts/prebuilt.mjs): the
 * whole of plainlint, its packages and its data in one file that runs with no node_modules, for
 * the GitHub Action and the pre-commit hook. The same file is also the job that checks files in
 * parallel: the pool starts it again with `--plainlint-job` (or as a worker thread).
 */
import { isMainThread } from 'node:worker_threads';

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`plainlint: needs Node.js 20 or later; this is Node.js ${process.versions.node}.\n`);
  process.exit(2);
}

if (!isMainThread || process.argv[2] === '--plainlint-job') {
  await import('./engine/worker.js');
} else {
  process.on('uncaughtException', (error) => {
    process.stderr.write(`plainlint: the check stopped because of an unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`);
    process.exit(2);
  });
  const { main } = await import('./cli.js');
  process.exitCode = await main(process.argv);
}
