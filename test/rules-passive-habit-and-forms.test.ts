/**
 * passive-voice, fifth round: a habit's finding names every passive sentence on the page (also
 * those that do not count towards a habit, like “had been submitted” and “will be used”), the
 * score counts each passive verb, and forms that were missed: “being” with a verb, “it was raised
 * that”, “you are advised not to”, “are designed to be used”, “built in the 1940s”. “Are set to
 * benefit” (about to) is not a passive. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import passiveVoice from '../rules/passive-voice.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, options: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(passiveVoice, options));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const each = async (text: string) => (await lint(text, { each: true })).map((f) => f.excerpt);
const phrases = (f: { data?: Record<string, unknown> }) => (f.data?.places as Array<{ phrase: string }>).map((p) => p.phrase);
const active = 'We run the clinic. You can book by phone. We open at 8am. Our nurses will call you. You can park outside.';

describe('passive-voice, fifth round', () => {
  it('names a passive that does not count, once the page has a habit', async () => {
    const habit = 'The plan was agreed by the board. The report had been submitted to the council. It was noted that costs rose.';
    const [found] = await lint(`${habit}\n\n${active}`);
    expect(phrases(found!)).toEqual(['was agreed', 'had been submitted', 'was noted']);
    expect(found!.message).toMatch(/^3 of 8 sentences on this page/);
    // the rewrites come from the passives that count
    expect(found!.suggestions?.[0]).not.toMatch(/submitted/);
    // on its own it makes no habit, nor do 2 of them
    expect(await lint(`The report had been submitted to the council. The form has been updated.\n\n${active}`)).toEqual([]);
  });

  it('names “will be used” in a habit, but does not count it', async () => {
    const [found] = await lint(`The money will be used to buy 2 scanners. Staff were told in May. Patients will be moved to the new ward.\n\n${active}`);
    expect(phrases(found!)).toEqual(['will be used', 'were told', 'will be moved']);
    expect(await lint(`The money will be used to buy 2 scanners. The new ward will be used for day surgery.\n\n${active}`)).toEqual([]);
    // still not “you will be used to it”
    expect(await each('You will soon be used to the new system.')).toEqual([]);
  });

  it('counts every passive verb of a sentence towards a habit', async () => {
    // 2 sentences, 3 passive verbs (each 0.5): a habit
    const two = `The scanner is utilised daily and is about to be replaced. Each job is banded at a set level.\n\n${active} ${active}`;
    const [found] = await lint(two);
    expect(phrases(found!)).toEqual(['is utilised', 'to be replaced', 'is banded']);
    // 2 sentences with one passive verb each: not a habit
    expect(await lint(`The scanner is utilised daily. Each job is banded at a set level.\n\n${active} ${active}`)).toEqual([]);
  });

  it('finds a verb after “being”, but leaves a feeling or a state alone', async () => {
    expect(await each('Workshops are being set up for May.')).toEqual(['are being set']);
    expect(await each('After being diagnosed with asthma, Sam needed an inhaler.')).toEqual(['being diagnosed']);
    expect(await each('The old ward is being closed.')).toEqual(['is being closed']);
    expect(await each('Being interested in your care is good. Being married does not change this.')).toEqual([]);
  });

  it('finds “it was raised that”, but not “raised” as a state', async () => {
    expect(await each('It was raised that the minutes were wrong.')).toEqual(['was raised']);
    expect(await each('Her blood pressure was raised.')).toEqual([]);
  });

  it('finds a passive followed by “not”, “prior to” or “please”', async () => {
    expect(await each('You are advised not to drive for 24 hours.')).toEqual(['are advised']);
    expect(await each('The forms must be returned prior to your visit.')).toEqual(['must be returned']);
    expect(await each('If you have words you would like to be added please email us.')).toEqual(['to be added']);
    // "not" before a noun is still no passive
    expect(await each('These are trained nurses, not volunteers.')).toEqual([]);
  });

  it('leaves “are set to benefit” (about to) alone, but finds “was set to start” and “is set to zero”', async () => {
    expect(await each('Patients are set to benefit from a new scanner.')).toEqual([]);
    expect(await each('The clinic is set to open in May.')).toEqual([]);
    expect(await each('The talk was set to start at 6pm.')).toEqual(['was set']);
    expect(await each('The dial is set to zero.')).toEqual(['is set']);
  });

  it('finds “built in” before a time, not “built in” as part of a thing', async () => {
    expect(await each('The huts were built in the 1940s.')).toEqual(['were built']);
    expect(await each('The huts were built in 1948.')).toEqual(['were built']);
    expect(await each('The camera is built in.')).toEqual([]);
  });

  it('counts a thing’s passive with a purpose for the reader, but not one for others', async () => {
    // "are designed to be used" and "has been written to help you" count; "links are underlined" does not
    const counted = `Direct payments are designed to be used flexibly. This leaflet has been written to help you.\n\n${active} ${active}`;
    const [found] = await lint(counted);
    expect(phrases(found!)).toEqual(['are designed', 'to be used', 'has been written']);
    expect(await lint(`The guide is designed to help teams. The page has been written for staff.\n\n${active} ${active}`)).toEqual([]);
  });
});

describe('passive-voice, fifth round: headings', () => {
  it('names a passive heading in a habit’s finding, but does not count it', async () => {
    const text = `## What the money can be used for\n\nThe plan was agreed by the board. It was noted that costs rose.\n\n${active}`;
    const [found] = await lint(text);
    expect(phrases(found!)).toEqual(['can be used', 'was agreed', 'was noted']);
    // the heading is not one of the sentences counted
    expect(found!.message).toMatch(/^2 of 7 sentences on this page/);
    // a passive heading alone makes no habit, and is not named on its own
    expect(await lint(`## How decisions are made\n\n## What can be found here\n\nThe plan was agreed by the board.\n\n${active}`)).toEqual([]);
  });
});

describe('passive-voice, fifth round: questions the reader asks', () => {
  it('names “how much will I be paid?”, in a heading too, as what will be done to the reader', async () => {
    const [found] = await lint(`## How much will I be paid?\n\n${active}`);
    expect(found!.excerpt).toBe('will I be paid');
    expect(found!.suggestions).toEqual(['Say who does it: “we will pay you …” in place of “will I be paid”.']);
    const [two] = await lint(`## When will I be seen?\n\nYou will be contacted by text.\n\n${active}`);
    expect(two!.message).toBe('2 sentences on this page tell readers what will be done to them, but not who will do it: “will I be seen” and “will be contacted”.');
    // “I” as the writer is not the reader
    expect(await lint(`## Dates\n\nI will be told the date soon.\n\n${active}`)).toEqual([]);
  });
});

describe('passive-voice, fifth round: a participle with no “be” and no “by”', () => {
  it('names “no restriction placed on” in a habit, but does not count it', async () => {
    const habit = 'The plan was agreed by the board. It was noted that costs rose.';
    const [found] = await lint(`${habit} There should be no unfair limit placed on your budget.\n\n${active}`);
    expect(phrases(found!)).toEqual(['was agreed', 'was noted', 'placed']);
    // alone it is not named
    expect(await lint(`There should be no unfair limit placed on your budget. The trust will see its old wards replaced with a new building.\n\n${active}`)).toEqual([]);
  });

  it('leaves alone a past verb that is active, or a thing kept as it is', async () => {
    expect(await each('The teams worked with local councils.')).toEqual([]);
    expect(await each('Some readers missed the links at the top of the page and instead scrolled through the list.')).toEqual([]);
    expect(await each('Please keep your microphone muted during the meeting.')).toEqual([]);
    expect(await each('Call the number on the card supplied with your medicines.')).toEqual(['supplied']);
  });
});
