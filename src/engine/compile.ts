/**
 * How V8 compiles plainlint's code when a run checks many files.
 *
 * V8's optimising compiler (TurboFan) copies small functions into the hot functions that call
 * them ("inlining"). With plainlint's code this makes each optimisation slow. On the 198-file
 * corpus V8 spent about 5 seconds compiling, on helper threads that compete with the checks for
 * the cores. Some hot functions were compiled 10 times or more, as they met new shapes of node.
 * Without inlining the corpus took about 11% less time, and 11 files 9% less (docs/performance.md).
 *
 * One file is checked before much is optimised, and loading node:v8 costs about 5 ms, so a run of
 * a few files is left as it is. bin/plainlint.js loads the code cache before this changes, so V8
 * still accepts it. An unknown flag is ignored here, so a later Node without this one still runs.
 */
export const NO_INLINING = '--no-turbo-inlining';

/** Runs in this process with at least this many files compile without inlining. */
export const FILES_FOR_NO_INLINING = 5;

export async function compileForManyFiles(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString(NO_INLINING);
}
