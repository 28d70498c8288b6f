/**
 * `--format stylish` (the default): findings grouped by file. Each file's block opens with a
 * short summary of the document (reading age against the target, long sentences, the terms
 * flagged most, length). Then each item: where, how serious, what is wrong, the words, what to
 * write instead and why. Findings that give the same advice are one item ("say it once",
 * src/report/group.ts): the same words flagged several times show the first place in full, then
 * how many times and the other places; several words with the same advice show one line for each
 * word, with its places and what to write instead.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Reporter } from './types.js';
import { plural, summarise } from './types.js';
import type { Finding } from '../types.js';
import type { FileReport } from '../engine/run.js';
import { oneLine, snippet } from './escape.js';
import { wordPlace } from './word.js';
import { groupFindings, type FindingGroup, type TermGroup } from './group.js';
import { longSentenceCount, namedPlaces, sentenceParagraph, sentencePlaces } from './sentences.js';
import { groupTitle, placeNote, severalWords, sharedAdvice, sharedWhy, termAdvice, termWords, topTerms } from './group-text.js';


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

/** The other places of a group, a few to a line. */
function placesLines(report: FileReport, group: FindingGroup, indent: string, c: ChalkInstance): string[] {
  // A place that differs from the first (other words, another section) says how.
  const others = group.findings.slice(1).map((f) => {
    const note = placeNote(group, f);
    return note ? `${location(report, f)} (${oneLine(note)})` : location(report, f);
  });
  const lines: string[] = [];
  const perLine = report.format === 'docx' ? 8 : 12;
  for (let i = 0; i < others.length; i += perLine) {
    const chunk = others.slice(i, i + perLine).join(', ');
    const count = group.term ? `${group.findings.length} times` : `${group.findings.length} places`;
    lines.push(indent + c.dim(i === 0 ? `${count}: here and at ${chunk}` : `  ${chunk}`));
  }
  return lines;
}

/** One word of a group of several: its words, count and places, and what to write instead. */
function termLines(report: FileReport, term: TermGroup, first: boolean, indent: string, c: ChalkInstance, why: boolean, advise: boolean): string[] {
  const places = term.findings.map((f, i) => (first && i === 0 ? 'here' : location(report, f)));
  const perLine = report.format === 'docx' ? 8 : 12;
  const count = term.findings.length > 1 ? ` ${term.findings.length} times` : '';
  const advice = advise ? termAdvice(term) : undefined;
  const lines: string[] = [];
  for (let i = 0; i < places.length; i += perLine) {
    const chunk = places.slice(i, i + perLine).join(', ');
    if (i === 0) lines.push(`${indent}“${oneLine(termWords(term))}”${count}: ${c.dim(first ? chunk : `at ${chunk}`)}${advice ? `. ${c.green('Try: ')}${oneLine(advice)}` : ''}`);
    else lines.push(`${indent}  ${c.dim(chunk)}`);
  }
  const reason = term.findings[0]!.why;
  if (why && reason) lines.push(`${indent}  ${c.dim('Why: ' + oneLine(reason))}`);
  return lines;
}

/** The document in one line: reading age against the target, long sentences, the terms flagged most, length. */
export function documentSummary(report: FileReport, groups: FindingGroup[]): string {
  const parts: string[] = [];
  const stats = report.stats;
  const age = stats?.readingAge;
  if (stats && age) {
    if (age.tooShort) parts.push(`reading age: too short to score (${plural(age.sentences ?? stats.sentences, 'sentence')})`);
    else {
      const target = stats.readingAgeTarget;
      parts.push(`reading age ${age.smogAge}${target ? (age.smogAge > target ? ` (aim for ${target} or under)` : ` (within ${target})`) : ''}`);
    }
  }
  const long = longSentenceCount(report.findings);
  if (long) parts.push(plural(long, 'long sentence'));
  const top = topTerms(groups).map(oneLine);
  if (top.length) parts.push(`flagged most: ${top.join(', ')}`);
  if (stats && stats.words > 0) parts.push(plural(stats.words, 'word'), `${stats.readingMinutes} min read`);
  return parts.join(' · ');
}

function fileBlock(report: FileReport, c: ChalkInstance): string {
  const lines: string[] = [];
  const header = c.underline(oneLine(report.path));
  const groups = groupFindings(report.findings);
  const summary = documentSummary(report, groups);
  if (summary) lines.push(c.dim(`  ${summary}`));
  for (const notice of report.notices) lines.push(`  ${c.yellow('note')}  ${oneLine(notice)}`);
  for (const failure of report.ruleFailures) {
    lines.push(`  ${c.red('rule failed')}  ${oneLine(failure.ruleId)}: ${oneLine(failure.message)}`);
  }
  let width = 0;
  for (const g of groups) width = Math.max(width, location(report, g.findings[0]!).length);
  const indent = ' '.repeat(2 + width + 2 + 10 + 2);
  for (const group of groups) {
    const f = group.findings[0]!;
    const sev = f.severity === 'error' ? c.red('error     ') : f.severity === 'warning' ? c.yellow('warning   ') : c.cyan('suggestion');
    lines.push(`  ${c.dim(location(report, f).padEnd(width))}  ${sev}  ${oneLine(groupTitle(group))}  ${c.dim(oneLine(f.ruleId))}`);
    if (severalWords(group)) {
      // Several words with the same advice: each with its places and what to write instead.
      const why = sharedWhy(group);
      const advice = sharedAdvice(group);
      group.terms.forEach((term, i) => lines.push(...termLines(report, term, i === 0, indent, c, !why, !advice)));
      if (advice) lines.push(`${indent}${c.green('Try: ')}${oneLine(advice)}`);
      if (why) lines.push(`${indent}${c.dim('Why: ' + oneLine(why))}`);
      continue;
    }
    const quote = snippet(f.excerpt);
    if (quote && (report.format === 'docx' || !f.message.toLowerCase().includes(quote.toLowerCase()))) {
      lines.push(`${indent}${c.dim('“' + quote + '”')}`);
    }
    if (group.findings.length > 1) lines.push(...placesLines(report, group, indent, c));
    // A finding that names several sentences (long sentences on a page): where each one is.
    const named = sentencePlaces(f, (s) => (report.format === 'docx' ? `¶${sentenceParagraph(s)}` : `${s.line}:${s.column}`));
    if (named) lines.push(`${indent}${c.dim(`Sentences: ${named}`)}`);
    // A finding that speaks for several places of one slip (a page's contractions): the others.
    const also = report.format === 'docx' ? '' : [...new Set(namedPlaces(f).map((p) => `${p.line}:${p.column}`))].join(', ');
    if (also) lines.push(`${indent}${c.dim(`Also at: ${also}`)}`);
    if (f.suggestions?.length) lines.push(`${indent}${c.green('Try: ')}${oneLine(f.suggestions.join(' or '))}`);
    if (f.why) lines.push(`${indent}${c.dim('Why: ' + oneLine(f.why))}`);
  }
  if (!report.findings.length && !report.notices.length && !report.ruleFailures.length) {
    return `${header}  ${c.green('✔')}\n${lines.join('\n')}`;
  }
  return `${header}\n${lines.join('\n')}`;
}
