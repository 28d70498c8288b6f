/**
 * The rule test kit (import from "plainlint/testing"), in the spirit of ESLint's RuleTester:
 *
 *   await testRule(rule, {
 *     valid: ['We work together.'],
 *     invalid: [{ text: 'We want synergy.', findings: [{ message: /synergy/, line: 1, column: 9 }], output: 'We want teamwork.' }],
 *   });
 *
 * It runs the rule alone, through the same engine as the command line (mentions, disable
 * comments, sorting), on each case, and throws one error listing every case that went wrong.
 * It also runs the rule's documented examples (meta.examples), so the docs cannot drift.
 * It works in any test runner: vitest, jest, mocha or node:test.
 */
import { parseMarkdown } from './parse/markdown.js';
import { lintDocument, type RuleFailure } from './engine/lint.js';
import { resolveFromPresets, type ResolvedConfig } from './config/resolve.js';
import { isRule } from './config/plugins.js';
import { applyFixes } from './fix/apply.js';
import type { Finding, Rule, Settings, Severity } from './types.js';

export interface RuleTestCase {
  /** The markdown the rule checks. */
  text: string;
  /** A name for the case in error messages (default: the start of the text). */
  name?: string;
  /** The rule's options, over its defaults. */
  options?: Record<string, unknown>;
  /** Shared settings (acronyms, terms, readingAge …), over the preset's. */
  settings?: Partial<Settings>;
  /** The house style: nhs (the default), govuk or recommended. */
  preset?: string;
}

/** What one finding must be. Leave out what does not matter. Lines and columns count from 1. */
export interface ExpectedFinding {
  /** The whole message, or a pattern it must match. */
  message?: string | RegExp;
  /** The flagged words, as they stand in the text. */
  excerpt?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** What to write instead, in order. */
  suggestions?: string[];
}

export interface InvalidCase extends RuleTestCase {
  /** The findings, in order: how many, or what each must be. */
  findings: number | ExpectedFinding[];
  /**
   * The text once the findings' fixes are made. Leave out to not check the fixes; null when the
   * rule must offer no fix here.
   */
  output?: string | null;
}

export interface RuleTests {
  /** Text the rule must accept: no findings. */
  valid?: Array<string | RuleTestCase>;
  /** Text the rule must flag. */
  invalid?: InvalidCase[];
}

export interface TestRuleOptions {
  /** Run the rule's documented examples too (default true). */
  examples?: boolean;
}

export interface RuleRun {
  findings: Finding[];
  /** The rule threw: its message. */
  failure?: RuleFailure;
  /** The text with every fix made (the same as the input when there are none). */
  output: string;
  /** How many findings carried a fix. */
  fixes: number;
}

/** Thrown by testRule: every case that went wrong, one block each. */
export class RuleTestError extends Error {
  constructor(
    readonly ruleId: string,
    readonly problems: string[],
  ) {
    super(`rule "${ruleId}": ${problems.length} ${problems.length === 1 ? 'case went' : 'cases went'} wrong\n\n${problems.join('\n\n')}`);
    this.name = 'RuleTestError';
  }
}

/** Run one rule alone on some markdown, as the command line would with only that rule on. */
export async function runRule(rule: Rule, text: string, test: Omit<RuleTestCase, 'text' | 'name'> = {}): Promise<RuleRun> {
  const result = await lintDocument(parseMarkdown(text, 'test.md'), configFor(rule, test));
  const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const failure = result.ruleFailures[0];
  return { findings: result.findings, ...(failure ? { failure } : {}), output: applyFixes(text, fixes).text, fixes: fixes.length };
}

/** Check a rule against cases it must accept and cases it must flag; throws a RuleTestError if any go wrong. */
export async function testRule(rule: Rule, tests: RuleTests, options: TestRuleOptions = {}): Promise<void> {
  if (!isRule(rule)) {
    throw new TypeError('testRule needs a plainlint rule: { meta: { id, description, severity, ... }, check(doc, context) }');
  }
  const valid = (tests.valid ?? []).map((c) => (typeof c === 'string' ? { text: c } : c));
  const invalid = [...(tests.invalid ?? [])];
  if (options.examples !== false && rule.meta.examples) {
    for (const e of rule.meta.examples.good ?? []) valid.push({ text: e.text, name: `documented good example "${short(e.text)}"`, ...(e.options ? { options: e.options } : {}) });
    for (const e of rule.meta.examples.bad ?? []) {
      invalid.push({
        text: e.text,
        name: `documented bad example "${short(e.text)}"`,
        findings: e.count ?? -1,
        ...(e.options ? { options: e.options } : {}),
        ...(e.flags ? { flags: e.flags } : {}),
      } as InvalidCase);
    }
  }
  if (!valid.length && !invalid.length) throw new TypeError(`testRule: give rule "${rule.meta.id}" some valid or invalid cases`);

  const problems: string[] = [];
  for (const [i, test] of valid.entries()) {
    const run = await runRule(rule, test.text, test);
    const name = test.name ?? `valid case ${i + 1} "${short(test.text)}"`;
    if (run.failure) problems.push(`${name}: the rule threw: ${run.failure.message}`);
    else if (run.findings.length) problems.push(`${name}: expected no findings, got ${run.findings.length}:\n${run.findings.map(describe).join('\n')}`);
  }
  for (const [i, test] of invalid.entries()) {
    const run = await runRule(rule, test.text, test);
    const name = test.name ?? `invalid case ${i + 1} "${short(test.text)}"`;
    if (run.failure) {
      problems.push(`${name}: the rule threw: ${run.failure.message}`);
      continue;
    }
    const wrong = checkInvalid(test, run);
    if (wrong.length) problems.push(`${name}:\n${wrong.map((w) => `  - ${w}`).join('\n')}\n  found:\n${run.findings.map(describe).join('\n') || '    (nothing)'}`);
  }
  if (problems.length) throw new RuleTestError(rule.meta.id, problems);
}

function checkInvalid(test: InvalidCase & { flags?: string[] }, run: RuleRun): string[] {
  const wrong: string[] = [];
  const got = run.findings;
  if (typeof test.findings === 'number') {
    // -1: a documented bad example without a count: at least one finding.
    if (test.findings < 0 ? !got.length : got.length !== test.findings) {
      wrong.push(`expected ${test.findings < 0 ? 'at least 1 finding' : `${test.findings} findings`}, got ${got.length}`);
    }
  } else {
    if (got.length !== test.findings.length) wrong.push(`expected ${test.findings.length} findings, got ${got.length}`);
    for (const [j, want] of test.findings.entries()) {
      const f = got[j];
      if (!f) break;
      wrong.push(...compare(j + 1, want, f));
    }
  }
  for (const [j, words] of (test.flags ?? []).entries()) {
    if (!(got[j]?.excerpt.toLowerCase() ?? '').includes(words.toLowerCase())) wrong.push(`finding ${j + 1} should quote "${words}"`);
  }
  if (test.output === null && run.fixes) wrong.push(`expected no fix, but ${run.fixes} ${run.fixes === 1 ? 'finding has' : 'findings have'} one`);
  else if (typeof test.output === 'string' && run.output !== test.output) {
    wrong.push(`the text after fixing should be ${JSON.stringify(test.output)}, but is ${JSON.stringify(run.output)}`);
  }
  return wrong;
}

function compare(n: number, want: ExpectedFinding, f: Finding): string[] {
  const wrong: string[] = [];
  const is = (what: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(actual)) {
      wrong.push(`finding ${n}: ${what} should be ${JSON.stringify(expected)}, but is ${JSON.stringify(actual)}`);
    }
  };
  if (want.message instanceof RegExp) {
    if (!want.message.test(f.message)) wrong.push(`finding ${n}: message ${JSON.stringify(f.message)} does not match ${want.message}`);
  } else is('message', want.message, f.message);
  is('excerpt', want.excerpt, f.excerpt);
  is('line', want.line, f.start.line);
  is('column', want.column, f.start.column);
  is('endLine', want.endLine, f.end.line);
  is('endColumn', want.endColumn, f.end.column);
  is('severity', want.severity, f.severity);
  is('suggestions', want.suggestions, f.suggestions ?? []);
  return wrong;
}

function configFor(rule: Rule, test: Omit<RuleTestCase, 'text' | 'name'>): ResolvedConfig {
  const preset = resolveFromPresets(test.preset ?? 'nhs');
  // A built-in rule gets the preset's options for it, as on the command line; a plugin rule its defaults.
  const fromPreset = preset.rules.find((r) => r.rule.meta.id === rule.meta.id)?.options ?? {};
  return {
    rules: [{ rule, severity: rule.meta.severity, severityChanged: false, options: { ...rule.meta.defaultOptions, ...fromPreset, ...test.options } }],
    settings: { ...preset.settings, ...test.settings },
    ignore: [],
    hash: 'test',
  };
}

function describe(f: Finding): string {
  return `    ${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.severity} ${JSON.stringify(f.message)} [${f.excerpt}]${f.fix ? ` fix: ${JSON.stringify(f.fix.text)}` : ''}`;
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
