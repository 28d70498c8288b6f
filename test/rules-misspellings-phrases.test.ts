/**
 * misspellings: slips the list finds by their context, not as single words: company names written
 * as 2 words (“Just Giving”, “You Tube”), “also know as” and “face paced”. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('misspellings: company names written as 2 words', () => {
  it('flags “Just Giving”, “You Tube” and “Whatsapp”', async () => {
    expect(await excerpts('misspellings', 'Give on our Just Giving page.')).toEqual(['Just Giving']);
    expect(await excerpts('misspellings', 'Watch our films on You Tube.')).toEqual(['You Tube']);
    expect(await excerpts('misspellings', 'Send us a message on Whatsapp.')).toEqual(['Whatsapp']);
  });

  it('leaves the same words in lower case alone', async () => {
    expect(await excerpts('misspellings', 'We are just giving you an update.')).toEqual([]);
  });
});

describe('misspellings: “also know as”', () => {
  it('flags the slip after “is” or “was”, not a verb after “you”', async () => {
    expect(await excerpts('misspellings', 'The clinic, which is also know as the Hub, is in Leith.')).toEqual(['also know as']);
    expect(await excerpts('misspellings', 'You also know as a parent that sleep matters.')).toEqual([]);
  });
});

describe('word choice in job adverts, newsletters and easy read', () => {
  it('corrects “face paced” to “fast-paced”', async () => {
    expect(await excerpts('misspellings', 'It is a face paced ward.')).toEqual(['face paced']);
  });
});
