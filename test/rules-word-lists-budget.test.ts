/**
 * Word-list entries added in the session 21 budget swap, where the clean NHS corpus had room:
 * each on made-up text, with the places it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { lintMarkdown } from '../src/index.js';

async function excerpts(rule: string, text: string, options: Record<string, unknown> = {}): Promise<string[]> {
  const result = await lintMarkdown(text, { extends: 'nhs', rules: { [rule]: ['warning', options] } });
  return result.findings.filter((f) => f.ruleId === rule).map((f) => f.excerpt ?? '');
}

describe('simpler-words: “we are able to”', () => {
  it('asks for “we can” by default', async () => {
    expect(await excerpts('simpler-words', 'We are able to lend you a wheelchair. Sometimes we’re able to see you the same day.')).toEqual([
      'We are able to',
      'we’re able to',
    ]);
  });

  it('gives “we can” as the plainer words', async () => {
    const result = await lintMarkdown('We are able to lend you a wheelchair.', { extends: 'nhs' });
    const finding = result.findings.find((f) => f.ruleId === 'simpler-words');
    expect(finding?.suggestions?.[0]).toMatch(/we can/i);
  });

  it('leaves other people “able to” to a thorough check, and says it once with “we”', async () => {
    expect(await excerpts('simpler-words', 'They are able to help. Staff are able to answer questions.')).toEqual([]);
    expect(await excerpts('simpler-words', 'We are able to help.', { level: 'thorough' })).toEqual(['We are able to']);
    expect(await excerpts('simpler-words', 'We want you to be able to get help. We were able to help.')).toEqual([]);
  });
});
