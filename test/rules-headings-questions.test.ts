/**
 * headings: a heading worded as a question with no question mark, and orders, names and
 * statements left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('headings: a question with no question mark', () => {
  it('flags a heading in the word order of a question that has no question mark', async () => {
    const text = '# Your visit\n\n## Is there parking at the clinic\n\nYes.\n\n## How do I book\n\nCall us.\n\n## Can there be any side effects\n\nSome.\n';
    expect(await excerpts('headings', text)).toEqual(['## Is there parking at the clinic', '## How do I book', '## Can there be any side effects']);
  });

  it('leaves orders, names, statements and headings with a question mark alone', async () => {
    const text =
      '# Your visit\n\n## Do a short quiz\n\nText.\n\n## Have your say\n\nText.\n\n## How we use your data\n\nText.\n\n## What happens next\n\nText.\n\n## Is there parking?\n\nYes.\n\n## Are you a carer?  Read this\n\nText.\n';
    expect(await excerpts('headings', text)).toEqual([]);
  });
});
