/**
 * The code that checks the files it is sent and sends back the reports. It runs either as a job
 * (a child process checking a share of many files) or as a guarded thread (a worker thread
 * checking one large file with a time limit): see pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { lintFile, type DraftOptions } from './run.js';
import type { JobSetup } from './pool.js';
import { useManyFileFlags } from './v8-flags.js';

type Message = { id: number; file: string } | { setup: JobSetup };

const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send!(message));
let options: DraftOptions | undefined;

function init(setup: JobSetup): void {
  const loader = new ConfigLoader(setup.loaderOptions);
  options = { loader, cwd: setup.cwd, readLimits: setup.readLimits, docxLimits: setup.docxLimits, keepSource: setup.keepSource ?? false, timing: setup.timing ?? false };
}

if (workerData) init(workerData as JobSetup);
if (!parentPort) {
  // A job (child process): an error outside a file's check goes back as one line, then the process ends.
  process.on('uncaughtException', (error) => {
    send({ crash: error instanceof Error ? error.message : String(error) });
    process.exitCode = 1;
    process.disconnect?.();
  });
  process.on('disconnect', () => process.exit());
}

// One file at a time, in the order they come (the pool sends the next one early). A job checks a share of many files, so it sets the flags for many files (v8-flags.ts) before
// the first; the listeners below are in place first, so no message from the pool can come before them.
let queue: Promise<void> = parentPort ? Promise.resolve() : useManyFileFlags();
const onMessage = (message: Message) => {
  if ('setup' in message) return init(message.setup);
  queue = queue.then(async () => {
    const report = await lintFile(message.file, options!);
    send({ id: message.id, report });
  });
};
if (parentPort) parentPort.on('message', onMessage);
else process.on('message', onMessage);
