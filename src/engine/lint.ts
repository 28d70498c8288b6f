/**
 * Run the rules over one parsed document: collect findings, apply severities and inline
 * disable comments, sort them, and catch a rule that throws so the others still report.
 */
import type { Finding, LintDocument, Point, Positioned, ReportInput, Severity } from '../types.js';
import type { ActiveRule, ResolvedConfig } from '../config/load.js';
import { collectDirectives } from './disable.js';
import { isMention } from '../../rules/lib/mentions.js';
import { documentStats, type DocumentStats } from '../../rules/lib/stats.js';
import type { Timing } from './timing.js';

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  ruleFailures: RuleFailure[];
  stats: DocumentStats;
}

/** With `timing`, the milliseconds each rule takes are added to it, by rule id. */
export async function lintDocument(doc: LintDocument, config: ResolvedConfig, timing?: Timing): Promise<LintResult> {
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  for (const active of config.rules) {
    const start = timing ? performance.now() : 0;
    // Words quoted to talk about them ('do not say "leverage"', or a list after "We do not say:")
    // are mentions, not uses: guidance about plain language must be able to quote bad words.
    // One index decides (rules/lib/mentions.ts); a rule that must see them says keepMentions.
    const keepMentions = active.rule.meta.keepMentions === true;
    try {
      await active.rule.check(doc, {
        options: active.options,
        settings: config.settings,
        report: (input) => {
          const finding = toFinding(doc, active, input);
          if (!finding) return;
          if (keepMentions || !isMention(doc, finding.start.offset, finding.end.offset)) findings.push(finding);
        },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ruleFailures.push({ ruleId: active.rule.meta.id, message: message.split('\n')[0]! });
    }
    if (timing) timing[active.rule.meta.id] = (timing[active.rule.meta.id] ?? 0) + performance.now() - start;
  }
  let kept = findings;
  if (doc.format === 'markdown') {
    const suppressor = collectDirectives(doc.mdast);
    kept = kept.filter((f) => !suppressor.isSuppressed(f));
  }
  kept.sort(compareFindings);
  return { findings: dedupe(kept), ruleFailures, stats: documentStats(doc) };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start.offset - b.start.offset ||
    a.end.offset - b.end.offset ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

/** Two findings from one rule on the same words say the same thing once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.start.offset}\0${f.end.offset}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toPoint(doc: LintDocument, p: { line: number; column: number; offset?: number | undefined }): Point {
  if (typeof p.offset === 'number') return doc.pointAt(p.offset);
  // No offset: find it from line and column.
  let line = 1;
  let offset = 0;
  const text = doc.text;
  while (line < p.line && offset < text.length) {
    const ch = text[offset++];
    if (ch === '\n' || (ch === '\r' && text[offset] !== '\n')) line++;
  }
  return doc.pointAt(offset + p.column - 1);
}

function spanOf(doc: LintDocument, input: ReportInput): { start: Point; end: Point } {
  if (input.span) return input.span;
  const from: Positioned | undefined = input.from ?? input.node;
  const to: Positioned | undefined = input.to ?? input.node;
  if (from?.position && to?.position) {
    return { start: toPoint(doc, from.position.start), end: toPoint(doc, to.position.end) };
  }
  return { start: doc.pointAt(0), end: doc.pointAt(0) };
}

/** The finding for a report, or undefined when its family of checks is turned off. */
function toFinding(doc: LintDocument, active: ActiveRule, input: ReportInput): Finding | undefined {
  const family = input.family !== undefined ? active.families?.[input.family] : undefined;
  if (family === 'off') return undefined;
  const { start, end } = spanOf(doc, input);
  const severity: Severity = family ?? (active.severityChanged ? active.severity : (input.severity ?? active.severity));
  const finding: Finding = {
    ruleId: active.rule.meta.id,
    severity,
    message: input.message,
    start,
    end,
    excerpt: doc.text.slice(start.offset, end.offset),
  };
  if (input.why) finding.why = input.why;
  if (input.suggestions?.length) finding.suggestions = input.suggestions;
  if (input.fix) finding.fix = input.fix;
  if (input.data) finding.data = input.data;
  if (input.family !== undefined) finding.family = input.family;
  if (doc.format === 'docx') finding.paragraph = start.line;
  return finding;
}
