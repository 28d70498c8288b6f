import type { RuleMeta } from '../types.js';
import type { FileReport } from '../engine/run.js';

export interface ReportContext {
  version: string;
  /** Use colour (stylish only). */
  color: boolean;
  /** Every rule's meta (for SARIF rule descriptions). */
  rules: RuleMeta[];
  cwd: string;
  /** HTML report: head each file with its folders too, not just its name (--full-paths, for CI). */
  fullPaths?: boolean;
}

export type Reporter = (reports: FileReport[], context: ReportContext) => string;

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  suggestions: number;
  /** Files that could not be checked. */
  inputErrors: number;
  ruleFailures: number;
  fixable: number;
}

/** "1 error", "2 errors". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summarise(reports: FileReport[]): Summary {
  const summary: Summary = { files: reports.length, errors: 0, warnings: 0, suggestions: 0, inputErrors: 0, ruleFailures: 0, fixable: 0 };
  for (const report of reports) {
    if (report.error) summary.inputErrors++;
    summary.ruleFailures += report.ruleFailures.length;
    for (const f of report.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.suggestions++;
      // --fix never changes a Word file, so its fixes are not counted.
      if (f.fix && report.format !== 'docx') summary.fixable++;
    }
  }
  return summary;
}
