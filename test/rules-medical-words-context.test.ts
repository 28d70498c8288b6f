/**
 * medical-words: medical words with an everyday swap, each kept to its medical sense: words for
 * tests and procedures (“contrast media”, “endoscopist”, “catheter”), a symptom that “resolves”,
 * a “preparation” that is a medicine, and “rehabilitate”. Each is left alone when the text
 * explains it, the reader has one, or the word has its everyday sense. All text is made up.
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

describe('medical words: a symptom that “resolves”', () => {
  it('flags “resolves” when a time or “on its own” follows', async () => {
    expect(await excerpts('medical-words', 'The bruising usually resolves within 2 weeks.')).toEqual(['resolves']);
    expect(await excerpts('medical-words', 'Most rashes resolve on their own.')).toEqual(['resolve']);
  });

  it('leaves a problem or a complaint that is resolved to other lists', async () => {
    expect(await excerpts('medical-words', 'We aim to resolve your complaint quickly. The issue was resolved by the team.')).toEqual([]);
  });
});

describe('medical words: a “preparation” that is a medicine', () => {
  it('flags it after a word for a kind of medicine', async () => {
    expect(await excerpts('medical-words', 'The nurse may use a steroid preparation. A long-acting preparation lasts for weeks.')).toEqual([
      'preparation',
      'preparation',
    ]);
  });

  it('leaves getting ready alone', async () => {
    expect(await excerpts('medical-words', 'Read the preparation guide. Good preparation helps you recover.')).toEqual([]);
  });
});

describe('medical words: “rehabilitate”', () => {
  it('flags the verb, but not for offenders or land', async () => {
    expect(await excerpts('medical-words', 'Our team is rehabilitating people after a fall.')).toEqual(['rehabilitating']);
    expect(await excerpts('medical-words', 'The scheme helps rehabilitate offenders. They rehabilitate land near the river.')).toEqual([]);
  });
});
