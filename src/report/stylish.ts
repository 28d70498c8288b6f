/**
 * `--format stylish` (the default): findings grouped by file, each with where it is, how
 * serious, what is wrong, the words, why it matters and what to write instead; then the
 * file's reading age and reading time, and a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Reporter } from './types.js';
import { plural, summarise } from './types.js';
import type { Finding } from '../types.js';
import type { FileReport } from '../engine/run.js';
import { oneLine, snippet } from './escape.js';
import { wordPlace } from './word.js';


export const stylish: Reporter = (reports, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const report of reports) {
    // Files that could not be read are reported on stderr, one line each.
    if (report.error) continue;
    const clean = !report.findings.length && !report.notices.length && !report.ruleFailures.length;
    // A clean file is shown only when it is the only one (a writer checking one draft wants its reading age).
    if (clean && reports.length > 1) continue;
    out.push(fileBlock(report, c));
  }
  const s = summarise(reports);
  const total = s.errors + s.warnings + s.suggestions;
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.suggestions, 'suggestion')];
  const checked = s.files - s.inputErrors;
  let line: string;
  if (total === 0 && s.inputErrors === 0 && s.ruleFailures === 0) {
    line = c.green(`✔ No problems found in ${plural(checked, 'file')}.`);
  } else {
    const colour = s.errors || s.inputErrors || s.ruleFailures ? c.red : s.warnings ? c.yellow : c.cyan;
    line = colour(`${total ? '✖' : '!'} ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(checked, 'file')} checked.`);
    if (s.inputErrors) line += '\n' + c.red(`${plural(s.inputErrors, 'file')} could not be checked.`);
    if (s.ruleFailures) line += '\n' + c.red(`${plural(s.ruleFailures, 'rule')} failed to run. Please report this.`);
    if (s.fixable) line += '\n' + c.dim(`${s.fixable} of these can be fixed for you with --fix.`);
  }
  out.push(line);
  return out.join('\n\n') + '\n';
};

function location(report: FileReport, f: Finding): string {
  return report.format === 'docx' ? wordPlace(f) : `${f.start.line}:${f.start.column}`;
}

function fileBlock(report: FileReport, c: ChalkInstance): string {
  const lines: string[] = [];
  const header = c.underline(oneLine(report.path));
  for (const notice of report.notices) lines.push(`  ${c.yellow('note')}  ${oneLine(notice)}`);
  for (const failure of report.ruleFailures) {
    lines.push(`  ${c.red('rule failed')}  ${oneLine(failure.ruleId)}: ${oneLine(failure.message)}`);
  }
  let width = 0;
  for (const f of report.findings) width = Math.max(width, location(report, f).length);
  const indent = ' '.repeat(2 + width + 2 + 10 + 2);
  for (const f of report.findings) {
    const sev = f.severity === 'error' ? c.red('error     ') : f.severity === 'warning' ? c.yellow('warning   ') : c.cyan('suggestion');
    lines.push(`  ${c.dim(location(report, f).padEnd(width))}  ${sev}  ${oneLine(f.message)}  ${c.dim(oneLine(f.ruleId))}`);
    const quote = snippet(f.excerpt);
    if (quote && (report.format === 'docx' || !f.message.toLowerCase().includes(quote.toLowerCase()))) {
      lines.push(`${indent}${c.dim('“' + quote + '”')}`);
    }
    if (f.suggestions?.length) lines.push(`${indent}${c.green('Try: ')}${oneLine(f.suggestions.join(' or '))}`);
    if (f.why) lines.push(`${indent}${c.dim('Why: ' + oneLine(f.why))}`);
  }
  const stats = report.stats;
  if (stats && stats.words > 0) {
    const age = stats.readingAge;
    const ageText = age
      ? age.tooShort
        ? `reading age: too short to score (${plural(stats.sentences, 'sentence')})`
        : `reading age ${age.smogAge} (${age.smogBand}, SMOG), ${age.fleschKincaidAge} (Flesch–Kincaid)`
      : '';
    lines.push(c.dim(`  ${[ageText, plural(stats.words, 'word'), `${stats.readingMinutes} min read`].filter(Boolean).join(' · ')}`));
  }
  if (!report.findings.length && !report.notices.length && !report.ruleFailures.length) {
    return `${header}  ${c.green('✔')}\n${lines.join('\n')}`;
  }
  return `${header}\n${lines.join('\n')}`;
};
