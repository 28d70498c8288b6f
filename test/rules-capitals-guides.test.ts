/**
 * capitals on general terms that the NHS A to Z and the GOV.UK A to Z write in lower case
 * (rules/data/capitals-guides.json): “the Integrated Care System”, “a Walk-In Centre”. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { guideTerm } from '../rules/lib/guide-lower.js';

async function lint(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const excerpts = async (text: string) => (await lint(text)).map((f) => f.excerpt);

describe('guideTerm', () => {
  it('finds a listed term, its plural and its possessive, and names the guide', () => {
    expect(guideTerm(['Integrated', 'Care', 'System'])).toEqual({ lower: 'integrated care system', guide: 'the NHS A to Z', plural: false });
    expect(guideTerm(['Walk-In', 'Centres'])).toMatchObject({ lower: 'walk-in centres', plural: true });
    expect(guideTerm(['Governing', 'Body’s'])).toMatchObject({ guide: 'the GOV.UK A to Z', plural: false });
    // a term in both guides: the preset's guide
    expect(guideTerm(['Foundation', 'Trust'])).toMatchObject({ guide: 'the NHS A to Z' });
    expect(guideTerm(['Foundation', 'Trust'], 'govuk')).toMatchObject({ guide: 'the GOV.UK A to Z' });
    expect(guideTerm(['Integrated', 'Care', 'Board'], 'govuk')).toMatchObject({ guide: 'the NHS A to Z' });
    // a term the guide lists in the plural is not a plural use
    expect(guideTerm(['Human', 'Resources'])).toMatchObject({ plural: false });
  });

  it('takes the whole term only', () => {
    expect(guideTerm(['Care', 'System'])).toBeUndefined();
    expect(guideTerm(['Integrated', 'Care', 'System', 'Strategy'])).toBeUndefined();
  });
});

describe('capitals on terms the guides write in lower case', () => {
  it('flags a term after "the", "our" or "a", whatever its length, and names the guide', async () => {
    const found = await lint('Partners across the Integrated Care System agreed a plan. Go to a Walk-In Centre if you cannot wait.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Integrated Care System', 'integrated care system'],
      ['Walk-In Centre', 'walk-in centre'],
    ]);
    expect(found[0]!.message).toBe('“Integrated Care System” does not need capitals here: the NHS A to Z writes “integrated care system” in lower case.');
    expect(await excerpts('Papers go to our Governing Body each month.')).toEqual(['Governing Body']);
    // a possessive: the message gives the term, the suggestion keeps the possessive
    const owner = await lint('We met the Integrated Care Board’s chair.');
    expect(owner.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Integrated Care Board’s', 'integrated care board’s']]);
    expect(owner[0]!.message).toContain('writes “integrated care board” in lower case');
    expect((await lint('Papers go to our Governing Body each month.'))[0]!.message).toContain('the GOV.UK A to Z');
  });

  it('flags a plural, and a term that describes the noun after it', async () => {
    expect(await excerpts('We work with Integrated Care Systems across the region.')).toEqual(['Integrated Care Systems']);
    expect(await excerpts('The hospital gained Foundation Trust status in 2010.')).toEqual(['Foundation Trust']);
  });

  it('leaves a full name alone: an organisation, a place, a document', async () => {
    for (const text of [
      'NHS Anytown Integrated Care Board buys local services.',
      'Anytown and District Integrated Care System has a new chair.',
      'Salisbury NHS Foundation Trust runs the hospital.',
      'Read the Integrated Care System Strategy for Anytown.',
      'The Walk-In Centre Anytown opens at 8am.',
      'The Integrated Care Board for Anytown meets in public.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('leaves titles, headings, links, quotes, list labels and a name the page defines alone', async () => {
    for (const text of [
      '# How the Integrated Care System works\n\nIt joins up care.',
      'Read [the Integrated Care System plan](https://example.org/plan) online.',
      'Read ‘The Integrated Care System and You’ online.',
      'Read *Integrated Care System Explained* before you come.',
      '- Integrated Care System: the partners who plan care together',
      'Anytown NHS Foundation Trust (the Foundation Trust) runs 3 hospitals. The Foundation Trust has 5,000 staff.',
      'Our 2024 Business Plan is online.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('leaves a term used as a name on its own alone, when nothing shows it is general', async () => {
    // “contact Human Resources”: the name of a department, and “resources” is not a plural use
    expect(await lint('Contact Human Resources for a form.')).toEqual([]);
  });

  it('leaves a job title next to a person’s name alone', async () => {
    expect(await lint('Jane Smith, Executive Director, opened the clinic.')).toEqual([]);
    expect(await excerpts('Our Executive Director opened the clinic.')).toEqual(['Executive Director']);
  });
});

describe('terms from the GOV.UK capitalisation list: “Do not capitalise” (made-up text)', () => {
  it('flags “the Ministry”, “the Directorate”, “the Military”, “our Deputy Director”, “the Working Group” and “the Law”', async () => {
    const text =
      'The report went to the Ministry today. The Directorate will reply. Help came from the Military. ' +
      'Our Deputy Director will chair it. We told the Working Group. You must follow the Law.';
    expect(await excerpts(text)).toEqual(['Ministry', 'Directorate', 'Military', 'Deputy Director', 'Working Group', 'Law']);
    expect((await lint('Help came from the Military.', 'govuk'))[0]!.message).toBe(
      '“Military” does not need capitals here: the GOV.UK A to Z writes “military” in lower case.',
    );
  });

  it('leaves a specific ministry, directorate or group by name alone', async () => {
    const text =
      'The Ministry of Justice replied. She joined the Transformation Directorate last year. ' +
      'The Law Commission wrote to us. We asked the Ministry of Defence and the Knowledge and Innovation Group.';
    expect(await excerpts(text)).toEqual([]);
    expect(await excerpts('The ministry replied. The military helped. Follow the law.')).toEqual([]);
  });
});

describe('a term the guides write in lower case, after a verb or a preposition', () => {
  it('flags it at the end of a sentence or a clause, or before a small word', async () => {
    expect(await excerpts('You may be able to get Continuing Healthcare.')).toEqual(['Continuing Healthcare']);
    expect(await excerpts('Think twice before going to Accident and Emergency for minor injuries.')).toEqual(['Accident and Emergency']);
    expect(await excerpts('We invest in Public Health, housing and transport.')).toEqual(['Public Health']);
  });

  it('leaves it alone at the end of a title after “of”', async () => {
    expect(await excerpts('Directors of Public Health have a duty to write a report.')).toEqual([]);
    expect(await excerpts('The Director of Public Health will speak.')).toEqual([]);
  });

  it('flags a term of 2 words or more that starts a sentence, keeping its first capital', async () => {
    const found = await lint('Free School Meals can help your family. You can apply at any time.', 'govuk');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Free School Meals', 'Free school meals']]);
    expect(found[0]!.message).toBe('“Free School Meals” does not need capitals here: the GOV.UK A to Z writes “free school meals” in lower case.');
    expect((await lint('Pupil Premium is extra money for each school.', 'govuk')).map((f) => f.suggestions![0])).toEqual(['Pupil premium']);
  });

  it('leaves a sentence-opening term alone when it is part of a longer name or a heading', async () => {
    expect(await lint('Free School Meals Anytown is our team name. It answers calls.', 'govuk')).toEqual([]);
    expect(await lint('Free School Meals 2025 is the title of the report.', 'govuk')).toEqual([]);
    expect(await lint('# Free School Meals help\n\nText here.', 'govuk')).toEqual([]);
    // one word at the start of a sentence is only the sentence's capital
    expect(await lint('Free meals are on offer. School starts at 9am.', 'govuk')).toEqual([]);
  });
});

describe('capitals on school years (GOV.UK)', () => {
  it('flags a school year with a capital on a page about schools, with the govuk preset', async () => {
    const text = 'All pupils in Reception, Years 1 and 2 get a free lunch. Year 6 pupils move school in September. Children starting Year 7 get a letter.';
    const found = await lint(text, 'govuk');
    // “Year 6 pupils” starts its sentence, so its capital stays.
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Years', 'years'],
      ['Year', 'year'],
    ]);
    expect(found[1]!.start.column).toBe(text.indexOf('Year 7') + 1);
    expect(found[0]!.message).toBe('Write “years 1 and 2” in lower case: the GOV.UK A to Z writes school years like “year 1”.');
  });

  it('leaves alone the nhs preset, a page not about schools, a year of a plan and a heading', async () => {
    expect(await lint('Pupils in Year 8 are offered the vaccine at school.')).toEqual([]);
    expect(await lint('In Year 1 we will open 2 hubs. In Year 2 we will open 3 more.', 'govuk')).toEqual([]);
    expect(await lint('Schools will get funding in Year 1 of the plan.', 'govuk')).toEqual([]);
    expect(await lint('# Moving into Year 7\n\nYour school will write to you.', 'govuk')).toEqual([]);
  });
});


describe('a kept name with a general word after it', () => {
  it('flags the general word, not the name: “the Healthy Start Programme”, “the Blue Badge Scheme”', async () => {
    expect(await excerpts('The Healthy Start Programme helps families. You get Healthy Start Vouchers each week.')).toEqual([
      'Programme',
      'Vouchers',
    ]);
    expect(await excerpts('Apply to the Blue Badge Scheme today.')).toEqual(['Scheme']);
  });

  it('leaves the name alone, and a longer name or a link', async () => {
    expect(await lint('Ask about the Healthy Start scheme. Read about Council Tax Support. Get a Blue Badge.')).toEqual([]);
    expect(await lint('See [Blue Badge Scheme](https://example.org) for more.')).toEqual([]);
  });
});

describe('an urgent treatment centre', () => {
  it('is lower case in running text, as the NHS A to Z writes it, but a named one is left alone', async () => {
    expect(await excerpts('If it is not an emergency, go to the Urgent Treatment Centre at the hospital.')).toEqual(['Urgent Treatment Centre']);
    expect(await lint('Anytown Urgent Treatment Centre is open every day.')).toEqual([]);
  });
});
