import { expect } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { lintDocument } from '../../src/engine/lint.js';
import { applyFixes as apply } from '../../src/fix/apply.js';
import type { Finding, Rule } from '../../src/types.js';
import { oneRule } from './rule-config.js';

/** The rule option that also checks the entries editors often let pass ("level": "thorough"). */
export const THOROUGH = { level: 'thorough' };

/** The words one built-in rule flags in a markdown text, alone, in a house style (nhs unless named). */
export async function excerpts(id: string, text: string, preset = 'nhs', options: Record<string, unknown> = {}): Promise<string[]> {
  const rule = builtinRules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, options, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

/** The findings of one rule object on a markdown text, with its settings; the rule must not fail. */
export async function lintRule(rule: Rule, text: string, settings: Record<string, unknown> = {}): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

/** The flagged words of some findings, in order. */
export const excerptsOf = (found: Finding[]): string[] => found.map((f) => f.excerpt);

/** The text after applying every fix the findings offer. */
export const fixedText = (text: string, found: Finding[]): string => apply(text, found.flatMap((f) => (f.fix ? [f.fix] : []))).text;
