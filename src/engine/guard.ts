/**
 * Every file is checked with a time and a memory limit, whatever its size on disk: a 37 KB Word
 * file can unpack to 24 MB of words, and 60 KB of markdown can nest 30,000 brackets deep.
 *
 * A guarded job is one worker thread, kept for the whole run, that checks one file at a time.
 * Its heap is capped (FILE_HEAP_MB), so a file that needs too much memory stops the worker, not
 * plainlint. A watchdog here looks at the worker every quarter second:
 * - a file that takes longer than the file limit is stopped and named;
 * - a rule that takes longer than the rule limit on a file (a plugin rule that loops forever,
 *   say) is stopped by stopping the worker; the file is then checked again without that rule,
 *   so the other rules' findings for it are kept, and the rule is named in the report.
 * The worker says which rule it is running through a small shared buffer (no message per rule).
 * After a stop, a fresh worker takes the next file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Loaded up front: every run uses it, and import() would load Node's ES module loader too.
import { Worker } from 'node:worker_threads';
import { displayPath } from '../read/files.js';
import type { FileReport } from './run.js';
import type { JobSetup } from './pool.js';
import { DEFAULT_RULE_TIMEOUT_MS, ruleTimeoutMessage } from './lint.js';

/**
 * The job's entry: in the bundled command, worker.cjs (which loads the command's own bundle with
 * its code cache, so a job starts about as fast as the command); else worker.js.
 */
const CACHED_WORKER_URL = new URL('./worker.cjs', import.meta.url);
// The prebuilt command's entry (prebuilt/plainlint.mjs, beside its bundle) is also its job's:
// scripts/prebuilt.mjs sets ONE_FILE.
declare const PLAINLINT_ONE_FILE: boolean | undefined;
export const ONE_FILE = typeof PLAINLINT_ONE_FILE !== 'undefined' && PLAINLINT_ONE_FILE;
export const WORKER_URL = ONE_FILE
  ? new URL('./plainlint.mjs', import.meta.url)
  : existsSync(fileURLToPath(CACHED_WORKER_URL))
    ? CACHED_WORKER_URL
    : new URL('./worker.js', import.meta.url);

/** The whole file's time limit by default, whatever its size: with starting up, a file takes under a minute. */
export const DEFAULT_FILE_TIMEOUT_MS = 50_000;

/**
 * The heap a guarded job may use, in MB. With the main thread and the file's own bytes, a run
 * stays under about 1 GB for any one file.
 */
export const FILE_HEAP_MB = 768;

/** The young generation of a guarded job's heap, in MB. */
export const YOUNG_MB = 64;

/**
 * The worker bin/plainlint.js starts as the command loads, when a check will surely run (so its
 * loading overlaps the main thread's). It has no settings yet: the guarded job that takes it
 * over sends them (job.ts). Taken at most once, and only with this job's entry and memory limits.
 */
interface EarlyWorker {
  worker: Worker;
  ready: Promise<void>;
  file: string;
  heapMb: number;
  youngMb: number;
}

export function adoptEarlyWorker(): EarlyWorker | undefined {
  const holder = globalThis as { __plainlintEarlyWorker?: EarlyWorker };
  const early = holder.__plainlintEarlyWorker;
  if (!early) return undefined;
  delete holder.__plainlintEarlyWorker;
  if (early.file !== fileURLToPath(WORKER_URL) || early.heapMb !== FILE_HEAP_MB || early.youngMb !== YOUNG_MB) {
    void early.worker.terminate();
    return undefined;
  }
  return early;
}

/** How often the watchdog looks. */
const TICK_MS = 250;

/** Bytes for the running rule's id in the shared buffer. */
const ID_BYTES = 120;

/** The built worker exists (running from the TypeScript sources, as unit tests do, it does not). */
export function guardAvailable(): boolean {
  // While the build makes the code cache, the files are checked in this thread, so that the
  // cache holds the rules' code too (the guarded job loads the same bundle and cache).
  if (process.env.PLAINLINT_WRITE_CODE_CACHE === '1') return false;
  return existsSync(fileURLToPath(WORKER_URL));
}

/** What a worker is doing, shared with the watchdog: [sequence, running (1) or not (0), id length], then the id. */
export function stageWriter(buffer: SharedArrayBuffer): (ruleId: string | undefined) => void {
  const head = new Int32Array(buffer, 0, 3);
  const bytes = new Uint8Array(buffer, 12, ID_BYTES);
  const encoder = new TextEncoder();
  return (ruleId) => {
    if (ruleId === undefined) {
      Atomics.store(head, 1, 0);
      Atomics.add(head, 0, 1);
      return;
    }
    const { written } = encoder.encodeInto(ruleId, bytes);
    Atomics.store(head, 2, written);
    Atomics.store(head, 1, 1);
    Atomics.add(head, 0, 1);
  };
}

function stageReader(buffer: SharedArrayBuffer): () => { sequence: number; ruleId: string | undefined } {
  const head = new Int32Array(buffer, 0, 3);
  const bytes = new Uint8Array(buffer, 12, ID_BYTES);
  const decoder = new TextDecoder();
  return () => ({
    sequence: Atomics.load(head, 0),
    ruleId: Atomics.load(head, 1) ? decoder.decode(bytes.slice(0, Atomics.load(head, 2))) : undefined,
  });
}

export interface GuardLimits {
  /** The whole file (0: no limit). */
  fileMs: number;
  /** One rule on one file (0: no limit). */
  ruleMs: number;
}

export function errorReport(path: string, error: string): FileReport {
  return { path, findings: [], notices: [], ruleFailures: [], error };
}

/** Why a worker stopped, in words for the writer. */
export function workerError(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'needs more memory to check than plainlint allows for one file, so it was stopped. Split it into smaller files';
  }
  return `could not be checked: ${String(error.message).split('\n')[0]}`;
}

export function fileTimeoutMessage(ms: number): string {
  return `took more than ${Math.round(ms / 1000)} seconds to check, so it was stopped. Split it into smaller files, or allow more time with --timeout`;
}

/** One worker thread that checks files one at a time, within the limits. */
export class GuardedJob {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private readonly stage = new SharedArrayBuffer(12 + ID_BYTES);
  private readonly readStage = stageReader(this.stage);
  private readonly resetStage = stageWriter(this.stage);
  private nextId = 0;
  private closed = false;
  private startingWorker: Worker | undefined;
  /** One file at a time: callers queue here. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly setup: JobSetup,
    private readonly limits: GuardLimits,
  ) {}

  /** Start the worker now (it loads while the files are being listed). */
  warm(): void {
    void this.start().catch(() => undefined);
  }

  private start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= (async () => {
      const setup = { ...this.setup, stage: this.stage, ruleTimeoutMs: this.limits.ruleMs };
      const early = adoptEarlyWorker();
      if (early) {
        const worker = early.worker;
        this.startingWorker = worker;
        // If it stopped as it started, start one of our own below.
        const started = await early.ready.then(
          () => true,
          () => false,
        );
        if (this.closed) {
          void worker.terminate();
          throw new Error('closed');
        }
        if (started) {
          this.prepare(worker);
          worker.postMessage({ setup });
          this.startingWorker = undefined;
          this.starting = undefined;
          this.worker = worker;
          return worker;
        }
        this.startingWorker = undefined;
      }
      const worker = new Worker(WORKER_URL, {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: FILE_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB },
        stderr: true,
        stdout: true,
      });
      this.prepare(worker);
      // Ready once it has loaded plainlint: the time to start does not count against a file.
      // (Stopped while starting: close() ends it.)
      this.startingWorker = worker;
      await new Promise<void>((resolve, reject) => {
        const onMessage = (message: { ready?: boolean }) => {
          if (!message?.ready) return;
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          resolve();
        };
        const onExit = () => reject(new Error('stopped as it started'));
        worker.on('message', onMessage);
        worker.once('exit', onExit);
      });
      this.starting = undefined;
      this.startingWorker = undefined;
      if (this.closed) {
        void worker.terminate();
        throw new Error('closed');
      }
      this.worker = worker;
      return worker;
    })();
    this.starting.catch(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private prepare(worker: Worker): void {
    // A plugin's console output must not reach plainlint's own output raw.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    // An error between files (a plugin's stray timer, say) ends this worker only.
    worker.on('error', () => {
      if (this.worker === worker) this.worker = undefined;
    });
  }

  private kill(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  /** Stop the job (also one still starting). */
  close(): void {
    this.closed = true;
    this.kill();
    if (this.startingWorker) void this.startingWorker.terminate();
  }

  /** Check one file (or, with `text`, markdown read already, such as standard input). */
  check(file: string, cwd: string | undefined, text?: { text: string; notices: string[]; shown: string }): Promise<FileReport> {
    const next = this.chain.then(() => this.checkNow(file, cwd, text));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async checkNow(file: string, cwd: string | undefined, text?: { text: string; notices: string[]; shown: string }): Promise<FileReport> {
    const shown = text?.shown ?? displayPath(file, cwd);
    const deadline = { at: Infinity };
    const skipped: Array<{ ruleId: string; message: string }> = [];
    // A rule stopped on this file: check it again without that rule (at most a few times).
    for (let attempt = 0; attempt < 4; attempt++) {
      const outcome = await this.once(file, text, skipped.map((s) => s.ruleId), deadline);
      if (outcome.kind === 'report') {
        const report = outcome.report;
        if (skipped.length) report.ruleFailures = [...skipped, ...report.ruleFailures];
        return report;
      }
      if (outcome.kind === 'rule') {
        skipped.push({ ruleId: outcome.ruleId, message: ruleTimeoutMessage(this.limits.ruleMs) });
        continue;
      }
      if (outcome.kind === 'timeout') return errorReport(shown, fileTimeoutMessage(this.limits.fileMs));
      return errorReport(shown, workerError(outcome.error));
    }
    return errorReport(shown, fileTimeoutMessage(this.limits.fileMs));
  }

  private async once(
    file: string,
    text: { text: string; notices: string[]; shown: string } | undefined,
    skipRules: string[],
    deadline: { at: number },
  ): Promise<
    | { kind: 'report'; report: FileReport }
    | { kind: 'rule'; ruleId: string }
    | { kind: 'timeout' }
    | { kind: 'failed'; error: Error & { code?: string } }
  > {
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      return { kind: 'failed', error: error as Error };
    }
    const id = this.nextId++;
    // The file's clock starts when a job is ready for it, and keeps running through any retry.
    if (deadline.at === Infinity && this.limits.fileMs > 0) deadline.at = Date.now() + this.limits.fileMs;
    // A worker stopped in a rule leaves that rule in the shared buffer: clear it first, so the
    // next file's parsing is never taken for that rule still running.
    this.resetStage(undefined);
    return new Promise((resolve) => {
      let last = this.readStage();
      let since = Date.now();
      const finish = (value: Parameters<typeof resolve>[0]) => {
        clearInterval(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(value);
      };
      const onMessage = (message: { id: number; report: FileReport }) => {
        if (message.id === id) finish({ kind: 'report', report: message.report });
      };
      const onError = (error: Error & { code?: string }) => {
        this.worker = undefined;
        finish({ kind: 'failed', error });
      };
      const onExit = () => {
        if (this.worker === worker) this.worker = undefined;
        finish({ kind: 'failed', error: new Error('stopped unexpectedly') });
      };
      const timer = setInterval(() => {
        const now = Date.now();
        const stage = this.readStage();
        if (stage.sequence !== last.sequence) {
          last = stage;
          since = now;
        } else if (stage.ruleId && this.limits.ruleMs > 0 && now - since > this.limits.ruleMs) {
          this.kill();
          finish({ kind: 'rule', ruleId: stage.ruleId });
          return;
        }
        if (now > deadline.at) {
          this.kill();
          finish({ kind: 'timeout' });
        }
      }, TICK_MS);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(text ? { id, file, skipRules, draft: text } : { id, file, skipRules });
    });
  }
}

export { DEFAULT_RULE_TIMEOUT_MS };
