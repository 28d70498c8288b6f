/** A worker thread that lints the files it is sent and posts back the reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { lintFile } from './run.js';
import type { WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const loader = new ConfigLoader(setup.loaderOptions);
const options = { loader, cwd: setup.cwd, readLimits: setup.readLimits, docxLimits: setup.docxLimits, keepSource: setup.keepSource ?? false };

// One file at a time, in the order they come (the pool sends the next one early).
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (message: { id: number; file: string }) => {
  queue = queue.then(async () => {
    const report = await lintFile(message.file, options);
    parentPort!.postMessage({ id: message.id, report });
  });
});
