/**
 * house-style: what it leaves alone: short example lines after “We do not use:”, as in a
 * do-and-don't table, and a paragraph number in minutes (“6.1 Dan presented …”) in the GOV.UK
 * preset. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(id: string, text: string) {
  const rule = builtinRules.find((r) => r.meta.id === id)!;
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('word-list false positives', () => {
  it('leaves alone short example lines after "We do not use:", as in a do-and-don’t table', async () => {
    const text = '## Time\n\nWe use:\n\nWe do not use:\n\n5pm\n\n5.00pm or 1700hrs\n\n12 noon, 12pm\n\nThe clinic opens at 1700hrs.';
    const found = await lint('house-style', text);
    expect(found.map((f) => f.excerpt)).toEqual(['1700hrs']);
    expect(found[0]!.start.line).toBe(13);
  });

  it('leaves a paragraph number in minutes alone (“6.1 Dan presented …”) in the GOV.UK preset', async () => {
    const rule = builtinRules.find((r) => r.meta.id === 'house-style')!;
    const config = oneRule(rule, { guide: 'govuk', ordinals: 'words', startNumbers: 'words' }, { preset: 'govuk', readingAge: 9 });
    const lintGovuk = async (text: string) => (await lintDocument(parseMarkdown(text, 'draft.md'), config)).findings.filter((f) => f.message.includes('at the start of the sentence'));
    expect(await lintGovuk('6.1 Dan Corfield presented the plan.\n\n6.2 The board agreed.')).toEqual([]);
    expect((await lintGovuk('10 people came to the meeting.')).length).toBe(1);
  });
});
