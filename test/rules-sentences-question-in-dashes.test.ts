/**
 * The sentence splitter (sentences in src/rule-helpers.ts): a question inside dashes does not end
 * the sentence when the words after the dash go on in lower case. Its name starts with rules- so
 * it runs in the fast project with the rules' tests. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';
import { sentences } from '../src/rule-helpers.js';

describe('a question inside dashes', () => {
  const texts = (md: string) => [...sentences(parseMarkdown(md, 'draft.md'))].map((s) => s.text);

  it('does not end the sentence when the words after the dash go on in lower case', () => {
    expect(texts('Our new guide – Who can help at home? – explains where to start. Read it today.')).toEqual([
      'Our new guide – Who can help at home? – explains where to start.',
      'Read it today.',
    ]);
  });

  it('ends it when a capital follows the dash', () => {
    expect(texts('Can you come in? – Yes, we can see you.')).toHaveLength(2);
  });
});
