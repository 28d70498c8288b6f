/**
 * house-style: an age with a plus sign (“aged 65+” is “aged 65 and over”), and a plus sign left
 * alone when it is not an age or is inside a form's name. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('house-style: an age with a plus sign', () => {
  it('asks for “aged 65 and over”', async () => {
    expect(await excerpts('house-style', 'The jab is for people aged 65+ and carers.')).toEqual(['aged 65+']);
    expect(await excerpts('house-style', 'It is free for anyone over 70+.')).toEqual(['over 70+']);
  });

  it('leaves alone a plus sign that is not an age', async () => {
    expect(await excerpts('house-style', 'Call 999. Press the + button. Our team has 40+ nurses.')).toEqual([]);
  });
});

describe('house-style: an age with a plus sign in a title', () => {
  it('leaves alone “(Aged 16+)” inside a form’s name, but not at the start of a sentence', async () => {
    expect(await excerpts('house-style', 'Fill in the Joining Form (Aged 16+) and send it to us.')).toEqual([]);
    expect(await excerpts('house-style', 'Aged 16+ people can book online.')).toEqual(['Aged 16+']);
  });
});
