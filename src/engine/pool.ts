/**
 * Check many files: one by one in the guarded job (guard.ts: a worker thread with a time and
 * memory limit for every file) for up to a few hundred files, or across child processes for
 * many (`--jobs`, default: one for each 200 files, up to the number of cores). Each child takes
 * the next file as soon as it is free. Results come back in any order; the caller sorts them.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoaderOptions } from '../config/load.js';
import type { DocxLimits } from '../docx/package.js';
import type { ReadLimits } from '../read/input.js';
import { readDraft } from '../read/input.js';
import { displayPath } from '../read/files.js';
import { LintCache, contentHash } from './cache.js';
import { lintFile, type FileReport, type DraftOptions } from './run.js';
import { useManyFileFlags, JOB_FLAGS, MANY_FILES } from './v8-flags.js';
import { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_RULE_TIMEOUT_MS, GuardedJob, ONE_FILE, WORKER_URL, errorReport, guardAvailable, workerError, type GuardLimits } from './guard.js';

export interface JobSetup {
  loaderOptions: LoaderOptions;
  cwd: string;
  readLimits?: ReadLimits;
  docxLimits?: DocxLimits;
  keepSource?: boolean;
  timing?: boolean;
  ruleTimeoutMs?: number;
}

export interface ManyFilesOptions extends DraftOptions {
  loaderOptions: LoaderOptions;
  jobs?: number;
  cache?: LintCache;
  /** Called as each file is done (for streaming output or progress). */
  onReport?: (report: FileReport) => void;
  /** Stop checking a file after this many milliseconds (0: no limit). */
  timeoutMs?: number;
  /** A guarded job already started (warm) by the caller, to use for the files. */
  guard?: GuardedJob;
}

/**
 * Files at least this big are checked one at a time in the guarded job even when there are
 * several jobs: a child process has a small heap (JOB_HEAP_MB).
 */
export const GUARDED_SIZE = 64 * 1024;

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

/**
 * The limits for each file: --timeout (default a minute, 0 for none) for the whole file, and for
 * each rule on it the rule limit or half the file limit, whichever is shorter (so a file whose
 * rule was stopped still has time to be checked again without it).
 */
export function guardLimits(options: { timeoutMs?: number; ruleTimeoutMs?: number }): GuardLimits {
  const fileMs = options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const rule = options.ruleTimeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;
  return { fileMs, ruleMs: fileMs === 0 ? rule : rule === 0 ? fileMs / 2 : Math.min(rule, fileMs / 2) };
}

/** A guarded job for these options, or undefined when there is no built worker (unit tests). */
export function guardedJob(options: ManyFilesOptions): GuardedJob | undefined {
  if (options.guard) return options.guard;
  return guardAvailable() ? new GuardedJob(setupFor(options), guardLimits(options)) : undefined;
}

/** A job that checks many files: a child process (see startChildJob). */
interface Job {
  post(message: { id: number; file: string }): void;
  onReport(handler: (message: { id: number; report: FileReport }) => void): void;
  onceFailed(handler: (error: Error & { code?: string }) => void): void;
  stop(): void;
  /** Stop at once (a file took too long). */
  kill(): void;
}

/**
 * Memory for each child. Children only get files under 64 KB (bigger ones run on their own with a
 * time limit), which need about 20 MB at most. Without a cap, V8 lets a long-running child's heap
 * grow far beyond what it uses, so a big repository would need more memory than a small one.
 * A small file that needs more (a Word file that unpacks to a long document, say) is checked
 * again on its own, with all the memory this process may use (see inWorkers).
 */
const JOB_HEAP_MB = 256;

/**
 * Start a child process to check files. Processes, not threads: V8 collects garbage and compiles
 * code on helper threads, and with threads these compete with the other jobs for the same cores
 * (on 2 cores one job already used 1.3). A child runs with JOB_FLAGS (single-threaded garbage
 * collection, and a later start for optimising: see v8-flags.ts), so each job uses one core.
 */
async function startChildJob(setup: JobSetup): Promise<Job> {
  const { fork } = await import('node:child_process');
  const child = fork(fileURLToPath(WORKER_URL), ONE_FILE ? ['--plainlint-job'] : [], {
    execArgv: [...JOB_FLAGS, `--max-old-space-size=${JOB_HEAP_MB}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // Keep the end of what the child says on stderr, to tell an out-of-memory stop from others.
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
        // A file sent while the child is stopping cannot reach it (EPIPE, or the channel is
        // closed). Its 'exit' follows and says why it stopped, so wait for that. Any other error
        // (the child could not start) is the reason.
        if (error.code === 'EPIPE' || error.code === 'ERR_IPC_CHANNEL_CLOSED') return;
        handler(error);
      });
    },
    stop: () => {
      if (child.connected) child.disconnect();
    },
    kill: () => {
      child.kill('SIGKILL');
    },
  };
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
  const jobs =
    options.jobs !== undefined
      ? Math.max(1, Math.min(options.jobs, todo.length))
      : Math.max(1, Math.min(defaultJobs(), Math.floor(todo.length / FILES_PER_JOB)));
  // Every file is checked with a time and memory limit (guard.ts). One job: the guarded job
  // checks the files one after another. More: child processes share a queue, and large files
  // (which need more memory than a child has) go to the guarded job.
  const guard = todo.length ? guardedJob(options) : undefined;
  try {
    if (jobs <= 1 || !guard) {
      if (todo.length >= MANY_FILES) await useManyFileFlags();
      // Without a guarded job (unit tests run from the sources), a rule that never settles is
      // still stopped at the rule limit; one that loops cannot be stopped here.
      const inThread = { ...options, ruleTimeoutMs: guardLimits(options).ruleMs };
      for (const file of todo) finish(file, guard ? await guard.check(file, options.cwd) : await lintFile(file, inThread));
    } else {
      const small: string[] = [];
      const large: string[] = [];
      for (const file of todo) (sizeOf(file) >= GUARDED_SIZE ? large : small).push(file);
      await Promise.all([
        (async () => {
          for (const file of large) finish(file, await guard.check(file, options.cwd));
        })(),
        small.length ? inWorkers(new Queue(small), Math.min(jobs, small.length), options, finish, guard) : undefined,
      ]);
    }
  } finally {
    if (guard && guard !== options.guard) guard.close();
  }

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
    ...(options.ruleTimeoutMs !== undefined ? { ruleTimeoutMs: options.ruleTimeoutMs } : {}),
  };
}

/** The files still to check, by index: any job takes the next one; a worker's unchecked files go back. */
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

/** Files each worker holds at once: one to check and one waiting, so it is never idle. */
const IN_FLIGHT = 2;

/**
 * Share the files among `jobs` child processes, each taking the next file from the queue when it
 * is free. When one stops, a new one takes its place: the file it was checking is checked again
 * by the guarded job if the child ran out of memory or took longer than the rule limit (a child
 * cannot say which rule it was running: the guarded job can, and keeps the other rules'
 * findings), and reported as an error otherwise; the files it was holding go back in the queue.
 */
async function inWorkers(
  queue: Queue,
  jobs: number,
  options: ManyFilesOptions,
  onReport: (file: string, r: FileReport) => void,
  guard: GuardedJob,
): Promise<void> {
  const setup = setupFor(options);
  const files = queue.files;
  const limits = guardLimits(options);
  const childMs = limits.ruleMs || limits.fileMs;
  const run = async (): Promise<void> => {
    while (!queue.empty) {
      const worker = await startChildJob(setup);
      const held = new Set<number>();
      let current: number | undefined;
      let since = Date.now();
      let timedOut = false;
      const failed = await new Promise<(Error & { code?: string }) | undefined>((resolve) => {
        const watch = childMs > 0
          ? setInterval(() => {
              const first = held.values().next().value;
              if (first !== current) {
                current = first;
                since = Date.now();
              } else if (first !== undefined && Date.now() - since > childMs) {
                timedOut = true;
                clearInterval(watch);
                worker.kill();
              }
            }, 250)
          : undefined;
        const stop = (error: (Error & { code?: string }) | undefined) => {
          clearInterval(watch);
          resolve(error);
        };
        const give = () => {
          while (held.size < IN_FLIGHT) {
            const id = queue.take();
            if (id === undefined) break;
            held.add(id);
            worker.post({ id, file: files[id]! });
          }
          if (!held.size) stop(undefined);
        };
        worker.onReport((message) => {
          held.delete(message.id);
          onReport(files[message.id]!, message.report);
          give();
        });
        worker.onceFailed((error) => stop(error));
        give();
      });
      worker.stop();
      if (!failed) return;
      // The worker checks its files in order: the first it holds is the one that stopped it.
      const [stopped, ...waiting] = [...held];
      for (const id of waiting) queue.putBack(id);
      if (stopped === undefined) continue;
      const file = files[stopped]!;
      if (timedOut || failed.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // Out of the child's memory, or too slow: check it once more in the guarded job.
        onReport(file, await guard.check(file, options.cwd));
        continue;
      }
      onReport(file, errorReport(displayPath(file, options.cwd), workerError(failed)));
    }
  };
  await Promise.all(Array.from({ length: jobs }, run));
}
