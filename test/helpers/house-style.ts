/**
 * The house-style rule alone on made-up markdown, for the house-style tests: its findings, its
 * checks with their words, and the text after its fixes (applied as `--fix` applies them).
 */
import { expect } from 'vitest';
import houseStyle from '../../rules/house-style.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { lintDocument } from '../../src/engine/lint.js';
import { applyFixes } from '../../src/fix/apply.js';
import type { Finding } from '../../src/types.js';
import { oneRule } from './rule-config.js';

export async function lint(text: string, options: Record<string, unknown> = {}): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(houseStyle, options, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

/** “check: words” for each finding. */
export const found = async (text: string, options: Record<string, unknown> = {}) =>
  (await lint(text, options)).map((f) => `${f.data?.check}: ${f.excerpt}`);

/** The text with every fix made; the fixes never overlap, so none is left out. */
export function fixedText(text: string, findings: readonly Finding[]): string {
  const result = applyFixes(text, findings.flatMap((f) => (f.fix ? [f.fix] : [])));
  expect(result.skipped).toBe(0);
  return result.text;
}
