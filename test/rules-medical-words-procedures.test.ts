/**
 * medical-words: words for tests and procedures (“contrast media”, “endoscopist”, “catheter”),
 * flagged in running text and left alone when the text explains them or the reader has one.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('medical words: “contrast media” and “endoscopist”', () => {
  it('flags them', async () => {
    expect(await excerpts('medical-words', 'We may inject contrast media. A clinical endoscopist will do the test.')).toEqual([
      'contrast media',
      'clinical endoscopist',
    ]);
  });

  it('leaves them alone when the text explains them', async () => {
    expect(await excerpts('medical-words', 'The endoscopist (the doctor or nurse doing the test) will see you.')).toEqual([]);
  });
});

describe('medical-words: a catheter the reader has', () => {
  it('leaves "your catheter" and "a blocked catheter" alone, and flags the word on its own', async () => {
    expect(await excerpts('medical-words', 'Call us if your catheter is blocked. We can help with a blocked catheter at night.')).toEqual([]);
    expect(await excerpts('medical-words', 'The doctor will put in a catheter.')).toEqual(['catheter']);
  });
});
