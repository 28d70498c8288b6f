/**
 * house-style: hyphens and one-word forms: a hyphen after “pre” (“pre-assessment”), “backache”
 * and “toothache” as one word, and “prescription-only” before a noun. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';
import { found } from './helpers/house-style.js';

describe('house-style: “pre” as a word of its own', () => {
  it('asks for a hyphen after “pre”', async () => {
    expect(await found('Come to the pre assessment clinic. Pre op checks take an hour.')).toEqual([
      'hyphens: pre assessment',
      'hyphens: Pre op',
    ]);
  });

  it('leaves “pre and post”, “pre- and post-” and words that start with “pre” alone', async () => {
    expect(await found('We run pre and post checks. Read the pre- and post-operative notes. Prepare well and preheat the oven.')).toEqual([]);
  });
});

describe('house-style: one-word forms and “prescription-only”', () => {
  it('writes “backache” and “toothache” as one word', async () => {
    expect(await excerpts('house-style', 'A pharmacist can help with back-ache and tooth-ache.')).toEqual(['back-ache', 'tooth-ache']);
  });

  it('hyphens “prescription only” before a noun, not after “on”', async () => {
    expect(await excerpts('house-style', 'Ask about prescription only medicines.')).toEqual(['prescription only']);
    expect(await excerpts('house-style', 'It is given on prescription only, by your GP. You can get it on prescription only at weekends.')).toEqual([]);
  });
});
