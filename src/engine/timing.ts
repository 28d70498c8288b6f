/**
 * PLAINLINT_TIMING=1: how long reading, parsing and each rule took, summed over all files and
 * printed on stderr after the report (like ESLint's TIMING). For finding a slow rule, or a
 * custom rule that slows a run down. PLAINLINT_TIMING=all lists every rule; any other value
 * lists the 10 slowest.
 */

/** Milliseconds by step (READ, PARSE, WORD_PLACES) and by rule id. */
export type Timing = Record<string, number>;

export const READ = '(reading the file)';
export const PARSE = '(parsing)';
export const WORD_PLACES = '(finding places in Word)';

/** How many rows to show, from the environment: 0 means timing is off. */
export function timingRows(env: Record<string, string | undefined>): number {
  const value = env.PLAINLINT_TIMING;
  if (!value || value === '0' || value === 'false') return 0;
  return value === 'all' ? Infinity : 10;
}

/** Add the time `run` takes to `key` in `into` (when timing is on). */
export async function timed<T>(into: Timing | undefined, key: string, run: () => T | Promise<T>): Promise<T> {
  if (!into) return run();
  const start = performance.now();
  try {
    return await run();
  } finally {
    into[key] = (into[key] ?? 0) + performance.now() - start;
  }
}

export function addTiming(into: Timing, from: Timing | undefined): void {
  if (!from) return;
  for (const [key, ms] of Object.entries(from)) into[key] = (into[key] ?? 0) + ms;
}

/** A plain-text table, slowest first, like ESLint's. */
export function timingTable(total: Timing, rows: number, files: number): string {
  const entries = Object.entries(total).sort((a, b) => b[1] - a[1]);
  const sum = entries.reduce((s, [, ms]) => s + ms, 0);
  const shown = entries.slice(0, rows);
  const head = ['step or rule', 'time (ms)', 'share'];
  const body = shown.map(([key, ms]) => [key, ms.toFixed(1), sum ? `${((100 * ms) / sum).toFixed(1)}%` : '0.0%']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  const out = [
    `plainlint timing: ${files} ${files === 1 ? 'file' : 'files'}, ${sum.toFixed(0)} ms in all`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...body.map(line),
  ];
  if (entries.length > shown.length) out.push(`(${entries.length - shown.length} more: PLAINLINT_TIMING=all shows them all)`);
  return out.join('\n') + '\n';
}
