/** A worker thread that lints the files it is sent and posts back the reports. */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { lintFile } from './run.js';
import type { WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const loader = new ConfigLoader(setup.loaderOptions);
const options = { loader, cwd: setup.cwd, readLimits: setup.readLimits, docxLimits: setup.docxLimits, keepSource: setup.keepSource ?? false };

parentPort!.on('message', async (message: { id: number; file: string }) => {
  const report = await lintFile(message.file, options);
  parentPort!.postMessage({ id: message.id, report });
});
