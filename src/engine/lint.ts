/**
 * Run the rules over one parsed document: collect findings, apply severities and inline
 * disable comments, sort them, and catch a rule that throws so the others still report.
 */
import { SEVERITIES, type Finding, type LintDocument, type Point, type Positioned, type ReportInput, type Severity } from '../types.js';
import type { ActiveRule, ResolvedConfig } from '../config/load.js';
import { collectDirectives } from './disable.js';
import { ALT_TEXT_NOTE, altTextAt, withAltText } from '../parse/alt-text.js';
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
  /** Rules that found more than MAX_FINDINGS_PER_RULE, with the count of the rest. */
  notices?: string[];
}

/** How long one rule may take on one file before it is stopped (its promise left behind). */
export const DEFAULT_RULE_TIMEOUT_MS = 25_000;

/** Most findings one rule may report in one file; the rest are counted ("and 9,400 more"). */
export const MAX_FINDINGS_PER_RULE = 500;

export interface LintOptions {
  /** Milliseconds each rule may take (default DEFAULT_RULE_TIMEOUT_MS; 0: no limit). */
  ruleTimeoutMs?: number;
  /** Rules not to run (one that was stopped on this file before: see engine/guard.ts). */
  skipRules?: readonly string[];
  /** Told as each rule starts (undefined when the rules are done): for a watchdog. */
  onRule?: (ruleId: string | undefined) => void;
}

/** The message for a rule stopped because it took too long. */
export function ruleTimeoutMessage(ms: number): string {
  return `took more than ${Math.round(ms / 1000)} seconds on this file, so it was stopped. Its findings may be missing; the other rules' findings are shown`;
}

/** With `timing`, the milliseconds each rule takes are added to it, by rule id. */
export async function lintDocument(doc: LintDocument, config: ResolvedConfig, timing?: Timing, options: LintOptions = {}): Promise<LintResult> {
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  const counts = new Map<string, number>();
  const ruleMs = options.ruleTimeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;
  const suppressor = doc.format === 'markdown' ? collectDirectives(doc.mdast) : undefined;
  // Rules that check words see images' alt text too (src/parse/alt-text.ts): one document for all of them.
  let withAlt: LintDocument | undefined;
  for (const active of config.rules) {
    const id = active.rule.meta.id;
    if (options.skipRules?.includes(id)) continue;
    const start = timing ? performance.now() : 0;
    // Words quoted to talk about them ('do not say "leverage"', or a list after "We do not say:")
    // are mentions, not uses: guidance about plain language must be able to quote bad words.
    // One index decides (rules/lib/mentions.ts); a rule that must see them says keepMentions.
    const keepMentions = active.rule.meta.keepMentions === true;
    const seesAlt = active.rule.meta.altText === true && !!doc.altText?.length;
    const ruleDoc = seesAlt ? (withAlt ??= withAltText(doc)) : doc;
    options.onRule?.(id);
    let timer: NodeJS.Timeout | undefined;
    let running = true;
    try {
      const checked = active.rule.check(ruleDoc, {
        options: active.options,
        settings: config.settings,
        optionsOf: (ruleId) => {
          const other = config.rules.find((r) => r.rule.meta.id === ruleId && !options.skipRules?.includes(ruleId));
          return other ? { ...(other.options as Record<string, unknown>) } : undefined;
        },
        isDisabled: (offset) => {
          if (!suppressor || !Number.isInteger(offset) || offset < 0 || offset > doc.text.length) return false;
          const start = doc.pointAt(offset);
          return suppressor.isSuppressed({ ruleId: id, severity: active.severity, message: '', start, end: start, excerpt: '' });
        },
        report: (input) => {
          // After a rule was stopped, its left-behind promise may still report: ignore that.
          if (!running) return;
          const finding = toFinding(doc, active, input);
          if (!finding) return;
          if (!keepMentions && isMention(doc, finding.start.offset, finding.end.offset)) return;
          // Words in alt text are not on the page: the finding says where they are.
          const alt = seesAlt ? altTextAt(doc, finding.start.offset, finding.end.offset) : undefined;
          if (alt) {
            finding.message = `${finding.message} ${ALT_TEXT_NOTE}`;
            finding.data = { ...finding.data, altText: true };
            // Word keeps alt text apart from the paragraphs (src/parse/docx.ts writes it after them):
            // the finding points at the picture, and quotes the words.
            const at = doc.format === 'docx' ? alt.node.position?.start.offset : undefined;
            if (at !== undefined) {
              finding.start = finding.end = doc.pointAt(at);
              finding.paragraph = finding.start.line;
              delete finding.fix;
            }
          }
          const n = (counts.get(id) ?? 0) + 1;
          counts.set(id, n);
          if (n <= MAX_FINDINGS_PER_RULE) findings.push(finding);
        },
      });
      if (checked && typeof (checked as Promise<void>).then === 'function') {
        const limit =
          ruleMs > 0
            ? new Promise<never>((_, reject) => {
                timer = setTimeout(() => reject(new RuleTimeout(ruleMs)), ruleMs);
              })
            : undefined;
        await (limit ? Promise.race([checked, limit]) : checked);
      }
    } catch (error) {
      ruleFailures.push({ ruleId: id, message: ruleErrorText(error) });
    } finally {
      running = false;
      clearTimeout(timer);
    }
    if (timing) timing[id] = (timing[id] ?? 0) + performance.now() - start;
  }
  options.onRule?.(undefined);
  const more = [...counts].filter(([, n]) => n > MAX_FINDINGS_PER_RULE);
  let kept = findings;
  if (suppressor) kept = kept.filter((f) => !suppressor.isSuppressed(f));
  kept.sort(compareFindings);
  const result: LintResult = { findings: inSections(doc, dropCovered(dedupe(kept))), ruleFailures, stats: documentStats(doc) };
  if (more.length) {
    result.notices = more.map(
      ([id, n]) => `${id} found ${n.toLocaleString('en-GB')} things; the first ${MAX_FINDINGS_PER_RULE} are shown, and ${(n - MAX_FINDINGS_PER_RULE).toLocaleString('en-GB')} more`,
    );
  }
  return result;
}

class RuleTimeout extends Error {
  constructor(ms: number) {
    super(ruleTimeoutMessage(ms));
  }
}

/** A rule's error as one line of plain text (never a stack, never an object dump). */
function ruleErrorText(error: unknown): string {
  let message: string;
  try {
    message = error instanceof Error ? String(error.message) : typeof error === 'string' ? error : 'it stopped with an error that is not a message';
  } catch {
    message = 'it stopped with an error that cannot be shown';
  }
  const first = message.split('\n')[0] ?? '';
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

function validPoint(p: Point | undefined, doc: LintDocument): p is Point {
  return !!p && Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= doc.text.length && Number.isInteger(p.line) && Number.isInteger(p.column);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.length > 2000 ? `${value.slice(0, 2000)}…` : value;
  return value === undefined || value === null ? '' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start.offset - b.start.offset ||
    a.end.offset - b.end.offset ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

/** Marks each finding with the part of the document it starts in (for the reports' grouping). */
function inSections(doc: LintDocument, findings: Finding[]): Finding[] {
  const starts: Array<[number, number]> = [];
  for (const section of doc.sections) {
    const at = section.node?.position?.start.offset ?? section.blocks[0]?.node.position?.start.offset;
    if (typeof at === 'number') starts.push([at, section.index]);
  }
  if (!starts.length) return findings;
  starts.sort((a, b) => a[0] - b[0]);
  for (const f of findings) {
    let lo = 0;
    let hi = starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]![0] <= f.start.offset) {
        found = starts[mid]![1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    f.section = found;
  }
  return findings;
}

/**
 * When 2 built-in rules flag exactly the same words, the writer sees one finding: the one that
 * names the slip most exactly (“HS” is a misspelt “NHS” before it is an acronym; “web chat” is
 * the guide's spelling before it is a house-style term; “rigors” is a medical word before it is an
 * American spelling). A word a word list knows is a real word: its finding (“siloed” is
 * management-speak) comes before the spell check's guess (“did you mean silted?”). Earlier in
 * this list wins. Rules not in
 * it (plugins) are never dropped for another rule.
 */
const FIRST_SAY = [
  'misspellings', 'medical-words', 'uk-spelling', 'inclusive-language', 'jargon', 'hidden-verbs', 'simpler-words', 'spelling', 'house-style',
  'numbers', 'capitals', 'all-caps', 'acronyms', 'link-text', 'alt-text', 'repeated-words', 'passive-voice',
];

/** Two findings from one rule on the same words say the same thing once; so do 2 built-in rules. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const once = findings.filter((f) => {
    const key = `${f.ruleId}\0${f.start.offset}\0${f.end.offset}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A finding inside a longer one that speaks for it (INSIDE) says less: the longer one stays.
  const outer = once.filter((f) => INSIDE[f.ruleId] && f.end.offset > f.start.offset);
  const mine = once.filter(
    (f) =>
      !outer.some(
        (o) =>
          INSIDE[o.ruleId]!.includes(f.ruleId) &&
          o.start.offset <= f.start.offset &&
          f.end.offset <= o.end.offset &&
          o.end.offset - o.start.offset > f.end.offset - f.start.offset,
      ),
  );
  const best = new Map<string, number>();
  for (const f of mine) {
    const rank = FIRST_SAY.indexOf(f.ruleId);
    if (rank < 0 || f.end.offset === f.start.offset) continue;
    const key = `${f.start.offset}\0${f.end.offset}`;
    best.set(key, Math.min(best.get(key) ?? rank, rank));
  }
  return mine.filter((f) => {
    const rank = FIRST_SAY.indexOf(f.ruleId);
    if (rank < 0 || f.end.offset === f.start.offset) return true;
    return best.get(`${f.start.offset}\0${f.end.offset}`) === rank;
  });
}

/**
 * Built-in rules whose finding on a phrase speaks for the words inside it, and the rules whose
 * shorter findings there it drops. “undertake a review of” (hidden-verbs: write “review”) holds
 * “undertake” (simpler-words), and “have an impact on” (write “affect”) holds “impact” (jargon).
 * A word list that knows a whole phrase knows its words: the spell check does not flag “annum”
 * inside “per annum” again (“did you mean annul?”).
 */
const INSIDE: Record<string, string[]> = {
  'hidden-verbs': ['simpler-words', 'jargon'],
  misspellings: ['spelling'],
  'uk-spelling': ['spelling'],
  'inclusive-language': ['spelling'],
  jargon: ['spelling'],
  'medical-words': ['spelling'],
  'simpler-words': ['spelling'],
};

/**
 * Which built-in rule's finding may speak for which other rule's: sentence-length's finding for a
 * page's long sentences gives the reading age of the parts they make hard to read.
 */
const COVERS: Record<string, string[]> = { 'sentence-length': ['readability'] };

/**
 * Say it once across rules: a finding that lists another rule's finding in `data.covers` (as
 * `{ ruleId, section }`, the part of the document it is about, `null` for the whole page) says
 * what that finding says, so that finding is not shown as well. Only after disable comments, so
 * a finding turned off never hides another.
 */
function dropCovered(findings: Finding[]): Finding[] {
  const covered = new Set<string>();
  for (const f of findings) {
    const covers = f.data?.covers;
    if (!Array.isArray(covers)) continue;
    for (const c of covers as Array<{ ruleId?: unknown; section?: unknown }>) {
      if (c && typeof c.ruleId === 'string' && COVERS[f.ruleId]?.includes(c.ruleId)) covered.add(`${c.ruleId}\0${String(c.section ?? null)}`);
    }
  }
  if (!covered.size) return findings;
  return findings.filter((f) => !(f.data && 'section' in f.data && covered.has(`${f.ruleId}\0${String(f.data.section ?? null)}`)));
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

/**
 * A rule's report as a finding, or undefined when its family of checks is turned off. Plugin
 * rules are not trusted: a severity that is not one of the three, a message that is not text,
 * suggestions that are not a list of text, or a place outside the document are put right here,
 * before any reporter sees them.
 */
function toFinding(doc: LintDocument, active: ActiveRule, input: ReportInput): Finding | undefined {
  if (!input || typeof input !== 'object') input = { message: String(input) };
  const family = typeof input.family === 'string' ? active.families?.[input.family] : undefined;
  if (family === 'off') return undefined;
  let { start, end } = spanOf(doc, input);
  if (!validPoint(start, doc) || !validPoint(end, doc)) start = end = doc.pointAt(0);
  if (end.offset < start.offset) end = start;
  const asked = SEVERITIES.includes(input.severity as Severity) ? input.severity : undefined;
  const severity: Severity = family ?? (active.severityChanged ? active.severity : (asked ?? active.severity));
  const finding: Finding = {
    ruleId: active.rule.meta.id,
    severity,
    message: textOf(input.message) || `${active.rule.meta.id} found a problem here`,
    start,
    end,
    excerpt: doc.text.slice(start.offset, Math.min(end.offset, start.offset + 10_000)),
  };
  if (input.why && typeof input.why === 'string') finding.why = input.why;
  if (Array.isArray(input.suggestions)) {
    const suggestions = input.suggestions.filter((s): s is string => typeof s === 'string').slice(0, 20);
    if (suggestions.length) finding.suggestions = suggestions;
  }
  const fix = input.fix;
  if (fix && Array.isArray(fix.range) && typeof fix.text === 'string') {
    const [a, b] = fix.range;
    if (Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= doc.text.length) finding.fix = { range: [a, b], text: fix.text };
  }
  if (input.data && typeof input.data === 'object' && !Array.isArray(input.data)) {
    // Plain data only (it is sent between jobs and written as JSON): a copy, or nothing.
    try {
      const copy = JSON.stringify(input.data);
      if (copy.length <= 10_000) finding.data = JSON.parse(copy) as Record<string, unknown>;
    } catch {
      // Not plain data: left out.
    }
  }
  if (typeof input.family === 'string') finding.family = input.family;
  if (doc.format === 'docx') finding.paragraph = start.line;
  return finding;
}
