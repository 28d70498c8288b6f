/**
 * numbers: an age written in words at the end of a sentence or before a comma (“a child under
 * four”), and counts with no age in them left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('numbers: an age at the end of a sentence', () => {
  it('asks for a numeral after “aged”, and after “under” or “over” with people before it', async () => {
    expect(await excerpts('numbers', 'You can get vouchers if you have a child under four.')).toEqual(['four']);
    expect(await excerpts('numbers', 'The group is for people aged seven.')).toEqual(['seven']);
    expect(await excerpts('numbers', 'The clinic sees children aged under five.')).toEqual(['five']);
  });

  it('leaves alone a count with no age in it', async () => {
    expect(await excerpts('numbers', 'The work was split over two.')).toEqual([]);
    expect(await excerpts('numbers', 'We now have four.')).toEqual([]);
    expect(await excerpts('numbers', 'Sales went over one.')).toEqual([]);
  });
});

describe('numbers: an age before a comma', () => {
  it('asks for a numeral when a comma ends the clause', async () => {
    expect(await excerpts('numbers', 'If you have a child that’s under four, you can get vouchers.')).toEqual(['four']);
  });
});
