/**
 * confused-words: “less” before things you count (“fewer”), and “as such as” (one word too many
 * before an example). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('confused-words: “less” for things you count', () => {
  it('flags “less” before a plural you can count', async () => {
    expect(await excerpts('confused-words', 'The new rota means less appointments are wasted and less people wait.')).toEqual(['less', 'less']);
  });

  it('leaves amounts and comparisons alone', async () => {
    expect(await excerpts('confused-words', 'You will wait less time. It is less likely to hurt. Less than 5 patients said no. Drink less alcohol.')).toEqual([]);
  });
});

describe('confused words: “as such as”', () => {
  it('flags one word too many before an example', async () => {
    expect(await excerpts('confused-words', 'Bring snacks, as such as fruit or crackers.')).toEqual(['as such as']);
  });

  it('leaves “as such as long as” alone', async () => {
    expect(await excerpts('confused-words', 'It counts as such as long as you sign it.')).toEqual([]);
  });
});
