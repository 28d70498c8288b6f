/**
 * `--format github`: GitHub Actions workflow commands, so findings show as annotations on
 * the pull request. Values are escaped as the Actions toolkit does, and control characters
 * from the draft are made visible.
 */
import type { Reporter } from './types.js';
import { plural, summarise } from './types.js';
import { repoPath, sourceRoot } from './sarif.js';
import { escapeControl } from './escape.js';
import { wordPlace } from './word.js';
import { namedPlaces, sentencePlaces } from './sentences.js';

const LEVEL = { error: 'error', warning: 'warning', suggestion: 'notice' } as const;

function data(value: string): string {
  return escapeControl(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Reporter = (reports, context) => {
  const lines: string[] = [];
  // GitHub places annotations by the path from the repository's root.
  const root = sourceRoot(context.cwd);
  for (const r of reports) {
    const report = { ...r, path: repoPath(r.path, context.cwd, root) };
    if (report.error) {
      lines.push(`::error file=${property(report.path)},title=${property('plainlint: cannot check this file')}::${data(report.error)}`);
    }
    for (const failure of report.ruleFailures) {
      lines.push(`::error file=${property(report.path)},title=${property(`plainlint rule ${failure.ruleId} failed`)}::${data(failure.message)}`);
    }
    for (const f of report.findings) {
      const where = report.format === 'docx' ? `${wordPlace(f)} ` : '';
      // A finding that names several sentences (long sentences on a page): the line of each one.
      const named = report.format === 'docx' ? '' : sentencePlaces(f, (s) => `line ${s.line}`);
      // A finding for a habit (the passive verbs on a page): the line of each other place.
      const also = report.format === 'docx' ? '' : [...new Set(namedPlaces(f).map((p) => `line ${p.line}`))].join(', ');
      const body = [where + f.message, named ? `Sentences: ${named}` : '', also ? `Also at: ${also}` : '', f.suggestions?.length ? `Try: ${f.suggestions.join(' or ')}` : '', f.why ?? '']
        .filter(Boolean)
        .join('\n');
      const position =
        report.format === 'docx'
          ? ''
          : `,line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column}`;
      lines.push(`::${LEVEL[f.severity]} file=${property(report.path)}${position},title=${property(`plainlint (${f.ruleId})`)}::${data(body)}`);
    }
  }
  const s = summarise(reports);
  lines.push(`plainlint: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.suggestions, 'suggestion')} in ${plural(s.files, 'file')}`);
  return lines.join('\n') + '\n';
};
