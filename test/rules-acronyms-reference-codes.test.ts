/**
 * acronyms: letters inside a reference code (“401-QRT-AB12-26-ZX”) are not acronyms; an acronym
 * next to a hyphen or a slash that is not part of a code is still flagged. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('acronyms: letters inside a reference code', () => {
  it('leaves alone the letters of a code of 3 or more parts with digits', async () => {
    expect(await excerpts('acronyms', 'Job ref: 401-QRT-AB12-26-ZX. Closing date: 3 May.')).toEqual([]);
    expect(await excerpts('acronyms', 'Quote file 2026/KLM/17 when you write.')).toEqual([]);
  });

  it('still flags an acronym next to a hyphen or slash that is not part of a code', async () => {
    expect(await excerpts('acronyms', 'Our QRT-led clinics open soon.')).toEqual(['QRT']);
    expect(await excerpts('acronyms', 'Ask the QRT/PALS team.')).toEqual(['QRT', 'PALS']);
  });
});
