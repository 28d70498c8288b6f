/** numbers: numerals for numbers, with the guides' exceptions. All text is made up. */
import { describe, expect, it } from 'vitest';
import numbers from '../rules/numbers.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, settings: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(numbers, {}, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('numbers', () => {
  it('asks for numerals, with the exact words and a fix', async () => {
    const found = await lint('We will focus on three core areas over the next five years.');
    expect(found.map((f) => [f.excerpt, f.message, f.fix?.text])).toEqual([
      ['three', 'Write “3”, not “three”.', '3'],
      ['five', 'Write “5”, not “five”.', '5'],
    ]);
    expect(found[0]!.start).toMatchObject({ line: 1, column: 18 });
  });

  it('handles “five-year” and “one in five”', async () => {
    expect((await lint('Our five-year plan is ready.')).map((f) => f.fix?.text)).toEqual(['5']);
    expect((await lint('About one in five people have hay fever.')).map((f) => [f.excerpt, f.message])).toEqual([
      ['one in five', 'Write “1 in 5”, not “one in five”.'],
    ]);
  });

  it('leaves the guides’ exceptions alone', async () => {
    for (const text of [
      'Three people came. One of the nurses called.',
      'It is a two-way talk. Talk to one or two friends.',
      'The two of us went. I was in two minds about it.',
      'Two Rivers Surgery opens on Monday. We visited Five Oaks ward.',
      'We use a one-to-one session and a one-stop shop.',
      'Do not write “three areas” in your letter.',
      'It costs two-thirds of the price. Hundreds of people came.',
      'There were two, maybe three.',
      'Read [two and a half years at the trust](https://example.org/blog).',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('asks for a numeral at the start of a heading, as both guides do, but not at the start of a sentence', async () => {
    for (const preset of ['nhs', 'govuk']) {
      const found = await lint('# Three things to know\n\n## Two hundred new beds\n\nFour people came. We have 3 clinics.', { preset });
      expect(found.map((f) => [f.excerpt, f.fix?.text])).toEqual([
        ['Three', '3'],
        ['Two hundred', '200'],
      ]);
    }
  });

  it('leaves a heading alone when a name or a set phrase follows its first number', async () => {
    for (const text of ['# Five Ways to Wellbeing', '# Two-thirds of adults', '# Two of us went', '# Ten']) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('asks for numerals inside headings, after “a”, and for tens and compound numbers', async () => {
    expect((await lint('# About our five year plan')).map((f) => f.excerpt)).toEqual(['five']);
    expect((await lint('We will write a five year plan.')).map((f) => f.fix?.text)).toEqual(['5']);
    const found = await lint('We met twenty-five people and sixty staff.');
    expect(found.map((f) => [f.excerpt, f.fix?.text])).toEqual([
      ['twenty-five', '25'],
      ['sixty', '60'],
    ]);
  });

  it('writes a number in several words as one numeral, not its first word', async () => {
    const found = await lint(
      'The area has four million people and two hundred wards. About a hundred staff and one thousand volunteers help. ' +
        'We raised three hundred and twenty pounds. There are eighty seven beds and twenty five rooms.',
    );
    expect(found.map((f) => [f.excerpt, f.fix?.text])).toEqual([
      ['four million', '4 million'],
      ['two hundred', '200'],
      ['a hundred', '100'],
      ['one thousand', '1,000'],
      ['three hundred and twenty', '320'],
      ['eighty seven', '87'],
      ['twenty five', '25'],
    ]);
  });

  it('leaves the rest of a number at the start of a sentence alone', async () => {
    expect(await lint('Forty two people came to the fair. Three hundred and ten forms came back.')).toEqual([]);
  });

  it('asks for “1” for a length of time or a measure in NHS style, not in GOV.UK style', async () => {
    const text = 'You have one calendar month to reply. Rest for up to one hour. The clinic opens for one day a week. We offer a one-year course.';
    expect((await lint(text)).map((f) => [f.excerpt, f.fix?.text])).toEqual([
      ['one', '1'],
      ['one', '1'],
      ['one', '1'],
      ['one', '1'],
    ]);
    expect((await lint('The rash lasts one to three weeks.')).map((f) => f.fix?.text)).toEqual(['1', '3']);
    expect(await lint(text, { preset: 'govuk' })).toEqual([]);
  });

  it('numbers a label the page also writes with numerals: “Level one” next to “Level 1”, “stage two” next to “Stage 3”', async () => {
    const text = '# Support Worker Level 1\n\nThe pay is £24,000 (Level one), rising at Level 2. Staff at stage two of the course and Band Five nurses join us.\n\nStage 3 is in the spring. Band 5 starts in May.';
    expect((await lint(text, { preset: 'govuk' })).map((f) => [f.excerpt, f.fix?.text])).toEqual([
      ['one', '1'],
      ['two', '2'],
      ['Five', '5'],
    ]);
  });

  it('leaves a label in words alone when the page never numbers it', async () => {
    for (const text of ['Phase one of the work starts in May.', 'We are at level one. Part Two covers costs.', 'It is the one level 1 course we run, with a part one.']) {
      expect(await lint(text, { preset: 'govuk' }), text).toEqual([]);
    }
  });

  it('leaves “one” alone when it means “a” or “some”, or counts a dose', async () => {
    for (const text of [
      'I hope one day to run the race.',
      'The one week we were away, it snowed.',
      'Take one tablet with water.',
      'It takes one or two weeks to heal.',
      'Some days, one minute you feel fine and the next you feel ill.',
      'No one hour is the same.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});
