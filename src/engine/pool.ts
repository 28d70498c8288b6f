/**
 * Check many files. A few files are checked in this thread (a fast start for pre-commit). Many
 * files are shared among jobs (`--jobs`; by default one for each 200 files, up to the number of
 * cores), each taking the next file as soon as it is free. A large file (64 KB or more) is
 * checked in a guarded thread of its own, which is stopped if it takes longer than its time
 * limit. Reports come back in any order; the caller sorts them.
 *
 * Words used here, one meaning each:
 * - a job: a child process that checks a share of the files (startJob);
 * - a guarded thread: a worker thread that checks one large file, with a time limit (startGuardedThread);
 * - worker.ts: the code both of them run.
 */
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { LoaderOptions } from '../config/load.js';
import type { DocxLimits } from '../docx/package.js';
import type { ReadLimits } from '../read/input.js';
import { readDraft } from '../read/input.js';
import { displayPath } from '../read/files.js';
import { LintCache, contentHash } from './cache.js';
import { lintFile, type FileReport, type DraftOptions } from './run.js';
import { useManyFileFlags, JOB_FLAGS, MANY_FILES } from './v8-flags.js';

export interface JobSetup {
  loaderOptions: LoaderOptions;
  cwd: string;
  readLimits?: ReadLimits;
  docxLimits?: DocxLimits;
  keepSource?: boolean;
  timing?: boolean;
}

export interface ManyFilesOptions extends DraftOptions {
  loaderOptions: LoaderOptions;
  jobs?: number;
  cache?: LintCache;
  /** Called as each file is done (for streaming output or progress). */
  onReport?: (report: FileReport) => void;
  /** Stop checking a large file after this many milliseconds (0: no limit). */
  timeoutMs?: number;
}

/** Files at least this big are checked in a guarded thread of their own, which can be stopped in time. */
export const GUARDED_SIZE = 64 * 1024;
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The default time limit for a file: a minute, or 20 seconds a megabyte for bigger files. */
export function defaultTimeout(bytes: number): number {
  return Math.max(DEFAULT_TIMEOUT_MS, Math.ceil((bytes / (1024 * 1024)) * 20) * 1000);
}

/** The time limit for a file of this size: --timeout if given (0 for none), or the default for its size. */
function timeoutForSize(bytes: number, options: ManyFilesOptions): number {
  return options.timeoutMs ?? defaultTimeout(bytes);
}

/**
 * A file's size in bytes, or 0 if it cannot be read (reported when it is checked). Synchronous:
 * asking Node's file threads for each file's size left this thread idle, waiting (see ConfigLoader).
 */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The same for a file on disk, whose size is read only when there is no --timeout. */
function timeoutFor(file: string, options: ManyFilesOptions): number {
  return options.timeoutMs ?? defaultTimeout(sizeOf(file));
}
// The prebuilt command (src/one-file.ts) is its own job: scripts/prebuilt.mjs sets ONE_FILE.
declare const PLAINLINT_ONE_FILE: boolean | undefined;
const ONE_FILE = typeof PLAINLINT_ONE_FILE !== 'undefined' && PLAINLINT_ONE_FILE;
/** The code jobs and guarded threads run. */
const WORKER_SCRIPT = ONE_FILE ? new URL(import.meta.url) : new URL('./worker.js', import.meta.url);

/**
 * Memory for each guarded thread. A bigger young generation means fewer garbage collections (markdown
 * parsing makes many short-lived objects). The old generation is capped at what this process
 * may use, so a file too big for memory stops its thread with a clear error, not a crash.
 */
async function guardedThreadLimits(): Promise<ResourceLimits> {
  const { getHeapStatistics } = await import('node:v8');
  return { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: Math.floor(getHeapStatistics().heap_size_limit / 1024 / 1024) };
}

/** A job: a child process that checks a share of the files (see startJob). */
interface Job {
  post(message: { id: number; file: string }): void;
  onReport(handler: (message: { id: number; report: FileReport }) => void): void;
  onceFailed(handler: (error: Error & { code?: string }) => void): void;
  stop(): void;
}

/**
 * Memory for each job. Jobs only get files under 64 KB (bigger ones run in a guarded thread with a
 * time limit), which need about 20 MB at most. Without a cap, V8 lets a long-running job's heap
 * grow far beyond what it uses, so a big repository would need more memory than a small one.
 * A small file that needs more (a Word file that unpacks to a long document, say) is checked
 * again in a guarded thread, with all the memory this process may use (see inJobs).
 */
const JOB_HEAP_MB = 256;

/**
 * Start a job: a child process that checks the files it is sent. Processes, not threads: V8 collects garbage and compiles
 * code on helper threads, and with threads these compete with the other jobs for the same cores
 * (on 2 cores one job already used 1.3). A job runs with JOB_FLAGS (single-threaded garbage
 * collection, and a later start for optimising: see v8-flags.ts), so each job uses one core.
 */
async function startJob(setup: JobSetup): Promise<Job> {
  const { fork } = await import('node:child_process');
  const child = fork(fileURLToPath(WORKER_SCRIPT), ONE_FILE ? ['--plainlint-job'] : [], {
    execArgv: [...JOB_FLAGS, `--max-old-space-size=${JOB_HEAP_MB}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // Keep the end of what the job says on stderr, to tell an out-of-memory stop from others.
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  let crash: string | undefined;
  child.send({ setup });
  return {
    post: (message) => child.send(message),
    onReport: (handler) =>
      child.on('message', (message: { id: number; report: FileReport } | { crash: string }) => {
        if ('crash' in message) crash = message.crash;
        else handler(message);
      }),
    onceFailed: (handler) => {
      child.once('exit', (code, signal) => {
        if (code === 0 && !crash) return;
        const error: Error & { code?: string } = new Error(crash ?? `stopped unexpectedly (${signal ?? `exit code ${code}`})`);
        if (/heap out of memory/i.test(stderr)) error.code = 'ERR_WORKER_OUT_OF_MEMORY';
        handler(error);
      });
      child.on('error', (error: Error & { code?: string }) => {
        // A file sent while the job is stopping cannot reach it (EPIPE, or the channel is
        // closed). Its 'exit' follows and says why it stopped, so wait for that. Any other error
        // (the job could not start) is the reason.
        if (error.code === 'EPIPE' || error.code === 'ERR_IPC_CHANNEL_CLOSED') return;
        handler(error);
      });
    },
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

/** Start a guarded thread (worker_threads loads only when one is needed: a one-file run never does). */
async function startGuardedThread(setup: JobSetup): Promise<Worker> {
  const { Worker } = await import('node:worker_threads');
  return new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: await guardedThreadLimits() });
}

/** Why a job or guarded thread stopped, in words for the writer. */
function stoppedReason(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'needs more memory to check than plainlint can use, so it was stopped. Split it into smaller files';
  }
  return `could not be checked: ${error.message.split('\n')[0]}`;
}

/**
 * By default, a job for each 200 files, up to the number of cores. Starting a job and warming it
 * up costs about as much as checking 100 files, so fewer files run faster in this thread.
 * An explicit --jobs is used as given.
 */
const FILES_PER_JOB = 200;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function lintMany(files: string[], options: ManyFilesOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const done = (report: FileReport) => {
    reports.push(report);
    options.onReport?.(report);
  };

  let todo = files;
  const keys = new Map<string, { hash: string; config: string }>();
  if (options.cache) {
    todo = [];
    for (const file of files) {
      const key = await cacheKey(file, options);
      const hit = key && options.cache.get(file, key.hash, key.config);
      if (hit) {
        done({ ...hit, path: displayPath(file, options.cwd) });
        continue;
      }
      if (key) keys.set(file, key);
      todo.push(file);
    }
  }

  const byFile = new Map<string, FileReport>();
  const finish = (file: string, report: FileReport) => {
    byFile.set(file, report);
    done(report);
  };
  // Large files run one at a time in a guarded thread with a time limit, so no file can hang the run.
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // (Running from the TypeScript sources, as the unit tests do, there is no built worker.js.)
  if (timeoutMs > 0 && existsSync(fileURLToPath(WORKER_SCRIPT))) {
    const small: string[] = [];
    for (const file of todo) {
      const size = sizeOf(file);
      if (size >= GUARDED_SIZE) finish(file, await inGuardedThread(file, timeoutForSize(size, options), options));
      else small.push(file);
    }
    todo = small;
  }

  const jobs =
    options.jobs !== undefined
      ? Math.max(1, Math.min(options.jobs, todo.length))
      : Math.max(1, Math.min(defaultJobs(), Math.floor(todo.length / FILES_PER_JOB)));
  // One job: this thread checks the files. More: jobs (child processes) share a queue, and this
  // thread only hands out files and collects reports.
  if (jobs <= 1) {
    if (todo.length >= MANY_FILES) await useManyFileFlags();
    for (const file of todo) finish(file, await lintFile(file, options));
  } else await inJobs(new Queue(todo), jobs, options, finish);

  if (options.cache) {
    for (const [file, report] of byFile) {
      const key = keys.get(file);
      if (key) options.cache.set(file, key.hash, key.config, report);
    }
    await options.cache.save();
  }
  return reports;
}

/** The content hash and config hash of a file, or undefined if it cannot be read (reported later). */
async function cacheKey(file: string, options: ManyFilesOptions): Promise<{ hash: string; config: string } | undefined> {
  try {
    const draft = await readDraft(file, options.readLimits);
    const config = await options.loader.forFile(file);
    return { hash: contentHash(draft.text ?? draft.buffer ?? ''), config: config.hash };
  } catch {
    return undefined;
  }
}

function setupFor(options: ManyFilesOptions): JobSetup {
  return {
    loaderOptions: options.loaderOptions,
    cwd: options.cwd ?? process.cwd(),
    ...(options.readLimits ? { readLimits: options.readLimits } : {}),
    ...(options.docxLimits ? { docxLimits: options.docxLimits } : {}),
    ...(options.keepSource ? { keepSource: true } : {}),
    ...(options.timing ? { timing: true } : {}),
  };
}

/**
 * Check one file in a fresh guarded thread; stop it and report a clear error if it takes longer than
 * `timeoutMs` (0: no time limit, as with --timeout 0).
 */
async function inGuardedThread(file: string, timeoutMs: number, options: ManyFilesOptions): Promise<FileReport> {
  const thread = await startGuardedThread(setupFor(options));
  const shown = displayPath(file, options.cwd);
  return new Promise((resolve) => {
    const timer = timeoutMs > 0 ? setTimeout(() => {
      void thread.terminate();
      const seconds = Math.round(timeoutMs / 1000);
      resolve({
        path: shown,
        findings: [],
        notices: [],
        ruleFailures: [],
        error: `took more than ${seconds} seconds to check, so it was stopped. Split it into smaller files, or allow more time with --timeout`,
      });
    }, timeoutMs) : undefined;
    thread.once('message', (message: { report: FileReport }) => {
      clearTimeout(timer);
      void thread.terminate();
      resolve(message.report);
    });
    thread.once('error', (error) => {
      clearTimeout(timer);
      resolve({ path: shown, findings: [], notices: [], ruleFailures: [], error: stoppedReason(error) });
    });
    thread.postMessage({ id: 0, file });
  });
}

/** The files still to check, by index: any job takes the next one; a stopped job's unchecked files go back. */
class Queue {
  private next = 0;
  private readonly back: number[] = [];

  constructor(readonly files: string[]) {}

  take(): number | undefined {
    if (this.back.length) return this.back.shift();
    return this.next < this.files.length ? this.next++ : undefined;
  }

  putBack(id: number): void {
    this.back.push(id);
  }

  get empty(): boolean {
    return !this.back.length && this.next >= this.files.length;
  }
}

/** Files each job holds at once: one to check and one waiting, so it is never idle. */
const IN_FLIGHT = 2;

/**
 * Share the files among `jobs` jobs (child processes), each taking the next file from the queue when it
 * is free. When one stops, a new one takes its place: the file it was checking is checked again
 * on its own if the job ran out of memory, and reported as an error otherwise; the files it was
 * holding go back in the queue.
 */
async function inJobs(
  queue: Queue,
  jobs: number,
  options: ManyFilesOptions,
  onReport: (file: string, r: FileReport) => void,
): Promise<void> {
  const setup = setupFor(options);
  const files = queue.files;
  const run = async (): Promise<void> => {
    while (!queue.empty) {
      const job = await startJob(setup);
      const held = new Set<number>();
      const failed = await new Promise<(Error & { code?: string }) | undefined>((resolve) => {
        const give = () => {
          while (held.size < IN_FLIGHT) {
            const id = queue.take();
            if (id === undefined) break;
            held.add(id);
            job.post({ id, file: files[id]! });
          }
          if (!held.size) resolve(undefined);
        };
        job.onReport((message) => {
          held.delete(message.id);
          onReport(files[message.id]!, message.report);
          give();
        });
        job.onceFailed((error) => resolve(error));
        give();
      });
      job.stop();
      if (!failed) return;
      // A job checks its files in order: the first it holds is the one that stopped it.
      const [stopped, ...waiting] = [...held];
      for (const id of waiting) queue.putBack(id);
      if (stopped === undefined) continue;
      const file = files[stopped]!;
      if (failed.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // Out of the job's memory: check it once more in a guarded thread, with the time limit.
        onReport(file, await inGuardedThread(file, timeoutFor(file, options), options));
        continue;
      }
      onReport(file, { path: displayPath(file, options.cwd), findings: [], notices: [], ruleFailures: [], error: stoppedReason(failed) });
    }
  };
  await Promise.all(Array.from({ length: jobs }, run));
}
