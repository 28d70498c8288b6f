/**
 * Findings as the editor sees them: LSP diagnostics with exact ranges (UTF-16 code units, which
 * is what JavaScript string offsets already are), severities mapped, the rule as `code`, and
 * hover text that says why a finding matters and what to write instead.
 */
import { DiagnosticSeverity, MarkupKind, type Diagnostic, type Hover, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleMeta, Severity } from '../types.js';
import type { CheckResult } from './check.js';
import { namedPlaces, namedSentences } from '../report/sentences.js';

export const SOURCE = 'plainlint';

/** Where the rules are described: the README's rules table (built-in rules have no page each). */
export const RULES_DOCS = 'https://www.npmjs.com/package/plainlint#rules';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  suggestion: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to the server (code actions find their finding by it). */
export interface DiagnosticData {
  /** Index of the finding in the document's last result. */
  index: number;
  version: number;
}

export function rangeOf(doc: TextDocument, finding: { start: { offset: number }; end: { offset: number } }): Range {
  return { start: doc.positionAt(finding.start.offset), end: doc.positionAt(finding.end.offset) };
}

/** A rule's documentation page: the rule's own `meta.url` (custom rules may set one), or the rules table. */
export function docsUrl(meta: RuleMeta | undefined, builtin: boolean): string | undefined {
  const own = (meta as (RuleMeta & { url?: unknown }) | undefined)?.url;
  if (typeof own === 'string' && /^https?:\/\//.test(own)) return own;
  return builtin ? RULES_DOCS : undefined;
}

export function toDiagnostics(doc: TextDocument, result: CheckResult, builtinIds: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (result.problem) {
    const p = result.problem;
    diagnostics.push({
      range: top,
      severity: p.kind === 'input' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: SOURCE,
      code: p.kind === 'config' ? 'config' : p.kind === 'input' ? 'too-big-or-complex' : 'internal',
      message:
        p.kind === 'config'
          ? `plainlint could not use the settings in ${p.file}: ${p.message}. Fix the settings file to see advice here again.`
          : p.kind === 'input'
            ? p.message
            : `plainlint could not check this document: ${p.message}. Please report this, with the document if you can share it.`,
    });
  }
  for (const failure of result.ruleFailures) {
    diagnostics.push({
      range: top,
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      code: failure.ruleId,
      message: `The rule "${failure.ruleId}" stopped with an error, so its advice is missing: ${failure.message}. The other rules still ran.`,
    });
  }
  const length = doc.getText().length;
  result.findings.forEach((finding, index) => {
    const meta = result.rules.get(finding.ruleId);
    const href = docsUrl(meta, builtinIds.has(finding.ruleId));
    const data: DiagnosticData = { index, version: doc.version };
    // A finding that names several sentences (long sentences on a page) points to each of them.
    const related = namedSentences(finding)
      .filter((s) => s.endOffset <= length && s.offset <= s.endOffset)
      .map((s) => ({ location: { uri: doc.uri, range: rangeOf(doc, { start: { offset: s.offset }, end: { offset: s.endOffset } }) }, message: `A sentence of ${s.words} words` }));
    // A finding that speaks for several places of one slip (a page's passives or contractions): each other place.
    for (const p of namedPlaces(finding)) {
      if (p.endOffset > length || p.offset > p.endOffset) continue;
      related.push({ location: { uri: doc.uri, range: rangeOf(doc, { start: { offset: p.offset }, end: { offset: p.endOffset } }) }, message: p.phrase ? `Also here: “${p.phrase}”` : 'Also here' });
    }
    diagnostics.push({
      range: rangeOf(doc, finding),
      severity: SEVERITY[finding.severity],
      source: SOURCE,
      code: finding.ruleId,
      ...(href ? { codeDescription: { href } } : {}),
      message: finding.message,
      ...(related.length ? { relatedInformation: related } : {}),
      data,
    });
  });
  return diagnostics;
}

/** Is the position inside the finding (its end included, so a cursor just after a word counts)? */
export function contains(doc: TextDocument, finding: Finding, position: { line: number; character: number }): boolean {
  const at = doc.offsetAt(position);
  return at >= finding.start.offset && at <= finding.end.offset;
}

/** Hover over flagged words: the message, why it matters, what to write instead, the principle. */
export function hoverFor(doc: TextDocument, result: CheckResult, position: { line: number; character: number }): Hover | null {
  const here = result.findings.filter((f) => contains(doc, f, position));
  if (!here.length) return null;
  const parts = here.map((f) => {
    const meta = result.rules.get(f.ruleId);
    const lines = [`**${escapeMarkdown(f.message)}**`];
    if (f.why) lines.push('', escapeMarkdown(f.why));
    if (f.suggestions?.length) lines.push('', `Instead, try: ${f.suggestions.map((s) => `“${escapeMarkdown(s)}”`).join(', ')}`);
    if (meta?.principle) lines.push('', `Principle: ${escapeMarkdown(meta.principle)}`);
    lines.push('', `plainlint rule \`${f.ruleId}\` (${f.severity})${f.fix ? '. A quick fix can make this change for you.' : ''}`);
    return lines.join('\n');
  });
  const first = here[0]!;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: rangeOf(doc, first),
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
