/**
 * A job that lints the files it is sent and sends back the reports. It runs either as a worker
 * thread (the guarded job: every file with a time and memory limit, see guard.ts) or as a child
 * process (for sharing many files among the cores: see pool.ts for why). worker.ts starts it;
 * so does the bundled command (dist/bundle/worker.cjs), which loads with the command's code cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { lintDraft, lintFile, type DraftOptions } from './run.js';
import { stageWriter } from './guard.js';
import type { JobSetup } from './pool.js';
import { useManyFileFlags } from './v8-flags.js';
import { displayPath } from '../read/files.js';

type Message =
  | { id: number; file: string; skipRules?: string[]; draft?: { text: string; notices: string[]; shown: string } }
  // A child process gets its settings this way, and so does a worker thread that bin/plainlint.js
  // started before they were known (guard.ts, adoptEarlyWorker).
  | { setup: JobSetup & { stage?: SharedArrayBuffer } };

const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send!(message));
let options: DraftOptions | undefined;
let started = false;

/** Start answering the files sent to this worker thread or child process. */
/**
 * The prebuilt command's entry (bin/prebuilt-entry.mjs) asks for its code cache to be saved when
 * it has none: once, after the first file, so the cache holds the rules' compiled code too, and
 * before that file's report goes back, so a run of one file still saves it.
 */
function saveCodeCacheOnce(): void {
  const holder = globalThis as { __plainlintSaveCodeCache?: () => void };
  const save = holder.__plainlintSaveCodeCache;
  if (!save) return;
  delete holder.__plainlintSaveCodeCache;
  save();
}

export function startJob(): void {
  if (started) return;
  started = true;

  function init(setup: JobSetup & { stage?: SharedArrayBuffer }): void {
    const loader = new ConfigLoader(setup.loaderOptions);
    options = {
      loader,
      cwd: setup.cwd,
      readLimits: setup.readLimits,
      docxLimits: setup.docxLimits,
      keepSource: setup.keepSource ?? false,
      timing: setup.timing ?? false,
      ...(setup.ruleTimeoutMs !== undefined ? { ruleTimeoutMs: setup.ruleTimeoutMs } : {}),
      // A guarded job tells the watchdog which rule it is running (see guard.ts).
      ...(setup.stage ? { onRule: stageWriter(setup.stage) } : {}),
    };
  }

  if (workerData) init(workerData as JobSetup);
  if (!parentPort) {
    // A child process: an error outside a file's check goes back as one line, then the process ends.
    process.on('uncaughtException', (error) => {
      send({ crash: error instanceof Error ? error.message : String(error) });
      process.exitCode = 1;
      process.disconnect?.();
    });
    process.on('disconnect', () => process.exit());
  }

  // One file at a time, in the order they come (the pool sends the next one early). A child
  // process checks a share of many files, so it sets the flags for many files (v8-flags.ts) before
  // the first; the listeners below are in place first, so no message from the pool can come before them.
  let queue: Promise<void> = parentPort ? Promise.resolve() : useManyFileFlags();
  const onMessage = (message: Message) => {
    if ('setup' in message) return init(message.setup);
    queue = queue.then(async () => {
      const run = message.skipRules?.length ? { ...options!, skipRules: message.skipRules } : options!;
      const shown = message.draft?.shown ?? displayPath(message.file, options!.cwd);
      try {
        const report = message.draft
          ? await lintDraft({ path: message.file, kind: 'markdown', text: message.draft.text, notices: message.draft.notices }, shown, run)
          : await lintFile(message.file, run);
        saveCodeCacheOnce();
        send({ id: message.id, report });
      } catch (error) {
        // A report that cannot be sent (or a check that failed outside lintFile's own catch):
        // this file's error, not the job's.
        const text = error instanceof Error ? error.message : 'an unexpected error';
        send({ id: message.id, report: { path: shown, findings: [], notices: [], ruleFailures: [], error: `could not be checked (${text.split('\n')[0]!.slice(0, 200)})` } });
      }
    });
  };
  if (parentPort) {
    parentPort.on('message', onMessage);
    // The guarded job starts a file's clock only now (guard.ts).
    send({ ready: true });
  } else process.on('message', onMessage);
}
