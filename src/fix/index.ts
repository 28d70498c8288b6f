/**
 * `--fix` and `--fix-dry-run` for markdown files. Only findings that carry a `fix` are changed:
 * rules add one only for safe, unambiguous swaps (house-style terms, "e.g." → "for example",
 * simpler single words). Fixes are applied in passes (up to MAX_PASSES): after each pass the
 * new text is checked again, so a fix that overlapped another gets its turn. The file is
 * written once, atomically, with its BOM, line endings and mode kept. Word files are never
 * rewritten.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileReport } from '../engine/run.js';
import { applyFixes } from './apply.js';
import { unifiedDiff } from './diff.js';
import { ChangedOnDiskError, NotFixableError, writeAtomic } from './write.js';

export { applyFixes } from './apply.js';
export { unifiedDiff } from './diff.js';
export { writeAtomic, ChangedOnDiskError } from './write.js';

const MAX_PASSES = 10;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface FixOptions {
  cwd: string;
  /** Show a diff instead of writing. */
  dryRun: boolean;
  /** Check new text again, filtered as the first run was (baseline, changed lines). */
  relint: (report: FileReport, file: string, text: string) => Promise<FileReport>;
  /** Paths of reports that did not come from a file (standard input). */
  skipPaths?: ReadonlySet<string>;
}

export interface FixResult {
  /** The reports after fixing: what is left to do by hand. */
  reports: FileReport[];
  /** Fixes made (or, in a dry run, that would be made). */
  fixed: number;
  /** Files changed (or that would change). */
  files: number;
  /** The unified diff of every change (dry run only). */
  diff: string;
  /** Plain notes for the writer, one line each. */
  notes: string[];
}

export async function fixReports(reports: FileReport[], options: FixOptions): Promise<FixResult> {
  const result: FixResult = { reports: [], fixed: 0, files: 0, diff: '', notes: [] };
  let wordFiles = 0;
  for (const report of reports) {
    const fixable = report.findings.some((f) => f.fix);
    const fromStdin = options.skipPaths?.has(report.path) ?? false;
    if (!fixable || report.error || fromStdin) {
      if (fixable && fromStdin) result.notes.push('text from standard input is not fixed: save it to a file and run again');
      result.reports.push(report);
      continue;
    }
    if (report.format === 'docx') {
      wordFiles++;
      result.reports.push(report);
      continue;
    }
    result.reports.push(await fixOne(report, options, result));
  }
  if (wordFiles) {
    result.notes.push(
      `${wordFiles === 1 ? '1 Word file has' : `${wordFiles} Word files have`} problems that could be fixed, but plainlint never changes Word files. Make the changes in Word`,
    );
  }
  return result;
}

async function fixOne(original: FileReport, options: FixOptions, result: FixResult): Promise<FileReport> {
  const file = resolve(options.cwd, original.path);
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch {
    result.notes.push(`${original.path} could not be read again, so it was not fixed`);
    return original;
  }
  if (raw.length >= 2 && ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff))) {
    result.notes.push(`${original.path} is saved as UTF-16, so it was not fixed. Save it as UTF-8 to use --fix`);
    return original;
  }
  const bom = raw.subarray(0, 3).equals(BOM) ? BOM : Buffer.alloc(0);
  const body = raw.subarray(bom.length);
  const before = body.toString('utf8');
  if (!Buffer.from(before, 'utf8').equals(body)) {
    result.notes.push(`${original.path} is not saved as UTF-8, so it was not fixed. Save it as UTF-8 to use --fix`);
    return original;
  }

  // The findings must point into the text on disk now; if not (the file changed, or the
  // report came from the cache without its text), check it again first.
  let report = original.source === before ? original : await options.relint(original, file, before);
  let text = before;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = report.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (!fixes.length) break;
    const next = applyFixes(text, fixes);
    if (!next.applied || next.text === text) break;
    fixed += next.applied;
    text = next.text;
    report = await options.relint(report, file, text);
    if (report.error) return original;
  }
  if (!fixed || text === before) return original;

  if (options.dryRun) {
    result.diff += unifiedDiff(original.path, before, text);
  } else {
    try {
      await writeAtomic(file, raw, Buffer.concat([bom, Buffer.from(text, 'utf8')]), options.cwd);
    } catch (error) {
      result.notes.push(
        error instanceof NotFixableError
          ? `${original.path} ${error.message}`
          : error instanceof ChangedOnDiskError
          ? `${original.path} was changed by someone else while plainlint was fixing it, so it was left alone. Run plainlint again`
          : `${original.path} could not be saved, so it was left alone (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
      return original;
    }
  }
  result.fixed += fixed;
  result.files++;
  return report;
}

/** One line for the writer about what --fix did. */
export function fixSummary(result: FixResult, dryRun: boolean): string {
  const fixes = `${result.fixed} ${result.fixed === 1 ? 'fix' : 'fixes'}`;
  const files = `${result.files} ${result.files === 1 ? 'file' : 'files'}`;
  if (!result.fixed) return dryRun ? 'nothing to fix: no file would change' : 'nothing to fix: no file was changed';
  return dryRun ? `${fixes} would be made in ${files}. Nothing was changed` : `made ${fixes} in ${files}`;
}
