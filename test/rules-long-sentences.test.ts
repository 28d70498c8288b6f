/**
 * sentence-length: every sentence well over the aim (30 words in the NHS preset) is named in some
 * finding, without adding findings. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import sentenceLength from '../rules/sentence-length.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, options: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(sentenceLength, options));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

const words = (n: number, start = 'Patients') => [start, ...Array.from({ length: n - 2 }, (_, i) => ['can', 'book', 'a', 'visit', 'at', 'the', 'clinic', 'near', 'their', 'home'][i % 10]), 'today.'].join(' ');
const s35 = words(35, 'Residents');
const s33 = words(33, 'Carers');
const s45 = words(45, 'Families');

describe('long sentences in short parts', () => {
  it('a 35-word sentence in a two-sentence part is named in the page’s finding about a longer sentence', async () => {
    const text = `# Visiting\n\n${s35} We are open daily.\n\n# Parking\n\n${s45}`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('This sentence has 45 words. Aim for 20 or fewer.');
    expect(found[0]!.suggestions).toHaveLength(1);
    expect(found[0]!.suggestions![0]).toMatch(/one idea in each\. Also split the other long sentence on this page: “Residents can book/);
    expect(found[0]!.suggestions![0]).toContain('(35 words)');
  });

  it('names every well-over sentence in its part’s average finding', async () => {
    const short = 'We are open daily.';
    const text = ['# Visiting', '', s35, s33, words(24), words(26), words(22), short].join(' ');
    const found = await lint(text.replace('# Visiting ', '# Visiting\n\n'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^Under “Visiting”, sentences are/);
    expect(found[0]!.suggestions![0]).toMatch(/^Start with the longest: “Residents can book.*\(35 words\) and “Carers can book.*\(33 words\)\.$/);
  });

  it('does not add a finding when nothing else names the sentence, unless asked to', async () => {
    const text = `# Visiting\n\n${s35} We are open daily.`;
    expect(await lint(text)).toEqual([]);
    const alone = await lint(text, { alone: 30 });
    expect(alone.map((f) => f.message)).toEqual(['This sentence has 35 words. Aim for 20 or fewer.']);
  });

  it('never names a sentence within the aim as the longest', async () => {
    const text = ['# Visiting', '', ...Array.from({ length: 6 }, () => words(21)), 'We are open.'].join('\n');
    const found = await lint(text);
    for (const f of found) expect(f.suggestions!.join(' ')).not.toContain('(3 words)');
  });
});
