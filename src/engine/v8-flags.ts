/**
 * V8 settings for a run that checks many files in one process (the command with 5 files or
 * more, and each job). A run of a few files is left as it is: loading node:v8 costs about 5 ms.
 * bin/plainlint.js loads the code cache before these change, so V8 still accepts it. An unknown
 * flag is ignored here, so a later Node without one of them still runs.
 *
 * - No inlining. V8's optimising compiler (TurboFan) copies small functions into the hot
 *   functions that call them ("inlining"). With plainlint's code this makes each optimisation
 *   slow. On the 198-file corpus V8 spent about 5 seconds compiling, on helper threads that
 *   compete with the checks for the cores, and some hot functions were compiled 10 times or
 *   more. Without inlining the corpus took about 11% less time, and 11 files 9% less.
 * - The heap grows by 2.5 times what is in use after each full garbage collection, not by up to
 *   4 times (V8's own choice, which depends on how fast collection has been). Which choice V8
 *   makes depends on the moment, so over the same 1,980 files the peak memory was 216 MB in one
 *   run and 307 MB in another; with 2.5 it stayed between 183 and 190 MB, in about the same time.
 *
 * docs/performance.md has the measurements.
 */
export const MANY_FILE_FLAGS = ['--no-turbo-inlining', '--heap-growing-percent=150'] as const;

/**
 * Node flags for each job (a child process: see pool.ts), which also uses MANY_FILE_FLAGS.
 *
 * - Garbage collection on the job's main thread only, so each job keeps to one core.
 * - Optimise a function only after about 3 times V8's usual budget (67,584). Each job compiles
 *   its own copy of the code, and with 2 jobs on 2 cores each job's compiler takes time from the
 *   other job. With this budget a job made about 800 compiles over the 10x corpus, not 1,250
 *   (3.8 seconds of processor time, not 5.3), and 2 jobs took about 5% less time. The command
 *   itself keeps V8's budget: with one job, compiling uses the other core, and the corpus took
 *   longer with this budget.
 */
export const JOB_FLAGS = ['--single-threaded-gc', '--interrupt-budget=200000'] as const;

/** Runs in this process with at least this many files use MANY_FILE_FLAGS. */
export const MANY_FILES = 5;

export async function useManyFileFlags(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  for (const flag of MANY_FILE_FLAGS) setFlagsFromString(flag);
}
