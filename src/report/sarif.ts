/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other tools.
 * Columns are UTF-16 code units (as in JavaScript strings and SARIF's default).
 * Word files have no lines: there, the line is the paragraph number, and the
 * region carries a snippet of the words. When plainlint found the words in Word's XML, the line
 * is Word's own paragraph number; for words in the main text the region also has their columns
 * in that paragraph, and `properties.word` has the full place (footnote, text box, columns).
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonText } from './escape.js';
import type { Reporter } from './types.js';
import type { Finding, Severity } from '../types.js';
import { termKey } from './group.js';
import { sentences } from './plain.js';
import { namedPlaces, namedSentences } from './sentences.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

function uri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
}

/**
 * The folder paths are relative to: git's top folder (the repository root, which is what code
 * scanning means by %SRCROOT%), found by looking up from where plainlint was started for `.git`
 * (a folder, or a file in a worktree). Outside a repository, the folder plainlint was started in.
 */
export function sourceRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** A report's path as seen from the source root, with forward slashes. */
export function repoPath(path: string, cwd: string, root: string): string {
  if (path === '<stdin>' || path === '-') return path;
  const rel = relative(root, isAbsolute(path) ? path : resolve(cwd, path));
  // A file outside the repository keeps the path it was given.
  if (rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}

/** A Word finding's region: the paragraph as the line, and columns when the words are in the main text. */
function wordRegion(f: Finding): Record<string, unknown> {
  const w = f.word;
  if (!w || w.story !== 'body') return { startLine: f.paragraph ?? f.start.line, snippet: { text: f.excerpt } };
  const endColumn = w.endParagraph === w.paragraph ? Math.max(w.endColumn, w.column) : w.endColumn;
  return {
    startLine: w.paragraph,
    startColumn: w.column,
    endLine: Math.max(w.endParagraph, w.paragraph),
    endColumn: Math.max(1, endColumn),
    snippet: { text: f.excerpt },
  };
}

export const sarif: Reporter = (reports, context) => {
  const rules = context.rules.map((meta) => ({
    id: meta.id,
    name: meta.id
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs },
    help: { text: `${meta.docs}\n\nPrinciple: ${meta.principle}`, markdown: `${meta.docs}\n\n**Principle:** ${meta.principle}` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ['plain-language'], principle: meta.principle },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));

  const results = [];
  const notifications = [];
  const artifacts: Array<{ location: { uri: string; uriBaseId: string }; sourceLanguage?: string }> = [];
  const root = sourceRoot(context.cwd);
  for (const report of reports) {
    const artifactIndex = artifacts.length;
    const fileUri = uri(repoPath(report.path, context.cwd, root));
    artifacts.push({ location: { uri: fileUri, uriBaseId: '%SRCROOT%' } });
    // The nth place of the same words (by the same rule) in this file: part of its fingerprint,
    // so two places of one word are two alerts, and each keeps its alert as the text above changes.
    const seen = new Map<string, number>();
    if (report.error) {
      notifications.push({
        level: 'error',
        message: { text: `${report.path}: ${report.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: fileUri, uriBaseId: '%SRCROOT%', index: artifactIndex } } }],
      });
    }
    for (const failure of report.ruleFailures) {
      notifications.push({
        level: 'error',
        message: { text: `${report.path}: rule ${failure.ruleId} failed: ${failure.message}` },
        associatedRule: { id: failure.ruleId },
      });
    }
    for (const f of report.findings) {
      // Word has no lines to point at: name the words, so the writer can find them with Find.
      const quote = report.format === 'docx' && f.excerpt && !f.message.includes(f.excerpt) ? `“${oneLineOf(f.excerpt)}”: ` : '';
      const text = sentences(quote + f.message, f.suggestions?.length ? `Try: ${f.suggestions.join(' or ')}` : undefined, f.why);
      const region =
        report.format === 'docx'
          ? wordRegion(f)
          : {
              startLine: f.start.line,
              startColumn: f.start.column,
              endLine: f.end.line,
              endColumn: Math.max(f.end.column, f.end.line === f.start.line ? f.start.column : 1),
              snippet: { text: f.excerpt },
            };
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        message: { text },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri, uriBaseId: '%SRCROOT%', index: artifactIndex },
              region,
            },
          },
        ],
        partialFingerprints: { 'plainlint/v2': fingerprint(fileUri, f, seen) },
      };
      // A finding that names several sentences (long sentences on a page): where each one is.
      const named = report.format === 'docx' ? [] : namedSentences(f);
      // A finding for a habit (the passive verbs on a page): every other place it names.
      const others = report.format === 'docx' ? [] : namedPlaces(f);
      const at = (line: number, column: number) => ({
        artifactLocation: { uri: fileUri, uriBaseId: '%SRCROOT%', index: artifactIndex },
        region: { startLine: line, startColumn: column },
      });
      const related = [
        ...named.map((s) => ({ physicalLocation: at(s.line, s.column), message: { text: `A sentence of ${s.words} words` } })),
        ...others.map((p) => ({ physicalLocation: at(p.line, p.column), message: { text: p.phrase ? `Also here: “${p.phrase}”` : 'Also here' } })),
      ];
      if (related.length) result.relatedLocations = related.map((r, id) => ({ id, ...r }));
      const ruleIndex = index.get(f.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      if (report.format === 'docx') result.properties = { paragraph: f.paragraph, ...(f.word ? { word: f.word } : {}) };
      results.push(result);
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plainlint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: 'https://www.npmjs.com/package/plainlint',
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root + sep).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return jsonText(log, 2) + '\n';
};

function oneLineOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/**
 * What identifies a finding across runs: the file, the rule, the words (lower case), and which
 * place of those words in the file it is (1st, 2nd …). Line numbers are left out on purpose, so
 * an alert survives text added above it.
 */
function fingerprint(fileUri: string, f: Finding, seen: Map<string, number>): string {
  const key = termKey(f) ?? `${f.ruleId}:${f.excerpt.toLowerCase().replace(/\s+/g, ' ').slice(0, 80)}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${fileUri}:${key}:${n}`;
}
