/**
 * capitals where there is no dictionary (the checker page has none): the rule goes on with its
 * own lists. All text is made up.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../rules/lib/spell.js', () => ({
  loadSpeller: () => Promise.reject(new Error('The full spell check is not available on the web page.')),
}));

const { default: capitals } = await import('../rules/capitals.js');
const { default: headings } = await import('../rules/headings.js');
const { parseMarkdown } = await import('../src/parse/markdown.js');
const { lintDocument } = await import('../src/engine/lint.js');
const { oneRule } = await import('./helpers/rule-config.js');

describe('capitals without a dictionary', () => {
  it('still flags common nouns, seasons and conditions, and nothing fails', async () => {
    const text = 'The Panel meets this Summer about Diabetes care. A Colonoscopy is a test. You can go to a Walk-In Centre.';
    const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals));
    expect(result.ruleFailures).toEqual([]);
    // “Colonoscopy” needs the dictionary, so it is not flagged here; the guides' terms do not
    expect(result.findings.map((f) => f.excerpt)).toEqual(['Panel', 'Summer', 'Diabetes', 'Walk-In Centre']);
  });

  it('headings: a short title-case heading of everyday words needs the dictionary, and nothing fails', async () => {
    const text = '# Prescription Requests\n\nOrder online.\n\n## Opening Times And Contact Details\n\nCall us.';
    const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(headings));
    expect(result.ruleFailures).toEqual([]);
    expect(result.findings.map((f) => f.excerpt)).toEqual(['## Opening Times And Contact Details']);
  });
});
