/**
 * Job adverts, newsletters and easy read pages (issue 18, session 19, tuning pages 121 to 124):
 * reference codes are not acronyms, a visa's name keeps its capitals, and "health and care
 * workers" are not paid carers. All text is made up.
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

describe('a visa’s name, and health and care workers', () => {
  it('keeps the capitals of a visa’s name', async () => {
    expect(await excerpts('capitals', 'You may need a Health and Care Worker visa to work here.')).toEqual([]);
    expect(await excerpts('capitals', 'The Skilled Worker visa has a salary threshold.')).toEqual([]);
  });

  it('does not call health and care workers, or a visa, “paid carers”', async () => {
    expect(await excerpts('simpler-words', 'We thank all our health and care workers.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Read about the Health and Care Worker visa.')).toEqual([]);
    expect(await excerpts('simpler-words', 'A care worker visits twice a day.')).toEqual(['care worker']);
  });
});

describe('word choice in job adverts, newsletters and easy read', () => {
  it('flags the stock opening of a job advert, journey metaphors about health and “person-centred”', async () => {
    expect(await excerpts('jargon', 'A great opportunity has arisen for a ward clerk.')).toEqual(['opportunity has arisen']);
    expect(await excerpts('jargon', 'We are here for you on your wellbeing journey.')).toEqual(['wellbeing journey']);
    expect(await excerpts('jargon', 'Staff give person centred support.')).toEqual(['person centred']);
  });

  it('leaves other opportunities and journeys alone', async () => {
    expect(await excerpts('jargon', 'This is a chance to learn new skills. Plan your journey to the hospital.')).toEqual([]);
    expect(await excerpts('jargon', 'Many journeys to healthcare start online.')).toEqual([]);
  });

  it('corrects “face paced” to “fast-paced”', async () => {
    expect(await excerpts('misspellings', 'It is a face paced ward.')).toEqual(['face paced']);
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
