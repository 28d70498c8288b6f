/**
 * repeated-words: a word written twice across a line break or a stray paragraph break, and what is
 * left alone (a new sentence, a heading, a list). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import repeatedWords from '../rules/repeated-words.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Finding, Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(rule: Rule, text: string, settings: Record<string, unknown> = {}): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const excerpts = (found: Finding[]) => found.map((f) => f.excerpt);

describe('repeated-words across a break', () => {
  it('finds a word repeated across a line break', async () => {
    expect(excerpts(await lint(repeatedWords, 'Bring your letter to the\nthe clinic.'))).toEqual(['the\nthe']);
  });

  it('finds a word repeated across a stray paragraph break in the middle of a sentence', async () => {
    const found = await lint(repeatedWords, 'We will send you\n\nyou a letter.');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('The word “you” is written twice, across a paragraph break.');
  });

  it('leaves alone a new sentence, a heading and a list', async () => {
    expect(await lint(repeatedWords, 'We will send a letter to you.\n\nYou can call us too.')).toEqual([]);
    expect(await lint(repeatedWords, '# Contact\n\ncontact details are below.')).toEqual([]);
    expect(await lint(repeatedWords, '- book an appointment\n- appointment times vary')).toEqual([]);
  });
});
