/**
 * headings: title case in a heading: not a name because the body quotes a title with the same
 * words (a short quoted name still is), and after a date (“March 2027 Patient Newsletter”).
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('headings: capitals in a quoted title are not a name', () => {
  it('flags a heading in title case when the body quotes a title with the same words', async () => {
    const text = '# Coming into Hospital for Knee Surgery\n\nRead our leaflet ‘Risks and Benefits of Knee Surgery’ first.\n';
    expect(await excerpts('headings', text)).toEqual(['# Coming into Hospital for Knee Surgery']);
  });

  it('still takes a short quoted name as a name', async () => {
    const text = '# Getting to the Eye Hospital\n\nFollow the signs to ‘the Eye Hospital’ at the main gate.\n';
    expect(await excerpts('headings', text)).toEqual([]);
  });
});

describe('headings: title case after a date', () => {
  it('flags a heading in title case that opens with a month and a year', async () => {
    expect(await excerpts('headings', '# March 2027 Patient Newsletter\n\nNews from the surgery.')).toHaveLength(1);
    expect(await excerpts('headings', '# 2027 Annual Report\n\nWhat we did this year.')).toHaveLength(1);
  });

  it('leaves alone a date with one capitalised word, or with a name', async () => {
    expect(await excerpts('headings', '# March 2027 Newsletter\n\nNews from the surgery.')).toEqual([]);
    expect(await excerpts('headings', '# March 2027 Riverside Surgery\n\nNews from the surgery.')).toEqual([]);
  });
});
