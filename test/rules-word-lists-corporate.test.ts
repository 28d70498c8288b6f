/**
 * Word choice in NHS corporate pages (news about a service change, quality accounts, committee
 * minutes, "get involved" pages), issue 18, session 19 second round: wordy phrases ("come to an
 * end", "on the basis of", "the manner in which", "irrespective of whether", "provide evidence
 * that"), "following" before more events ("following a period of", "following this directive"),
 * "key" before "tool" and the like, and "options appraisal". "Advise us on" is advice, so it is
 * left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('simpler words: wordy phrases with a one-word swap', () => {
  it('flags “come to an end”, “on the basis of”, “the manner in which” and “irrespective of whether”', async () => {
    expect(await excerpts('simpler-words', 'The old clinic contract comes to an end in June.')).toEqual(['comes to an end']);
    expect(await excerpts('simpler-words', 'We chose the site on the basis of travel times.')).toEqual(['on the basis of']);
    expect(await excerpts('simpler-words', 'This sets out the manner in which staff book rooms.')).toEqual(['the manner in which']);
    expect(await excerpts('simpler-words', 'You can park here irrespective of whether you have a badge.')).toEqual(['irrespective of whether']);
  });

  it('flags “provide evidence that” and “provide evidence of”', async () => {
    expect(await excerpts('simpler-words', 'You must provide evidence that you live in the borough.')).toEqual(['provide evidence that']);
    expect(await excerpts('simpler-words', 'The form provides evidence of your address.')).toEqual(['provides evidence of']);
  });

  it('leaves the plain forms alone', async () => {
    expect(await excerpts('simpler-words', 'The contract ends in June. We chose the site because of travel times. Show us a bill with your address.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Bring evidence of your address to the clinic.')).toEqual([]);
  });
});

describe('simpler words: “following” before more events', () => {
  it('flags “following a period of”, “following this directive” and “following consultation with”', async () => {
    expect(await excerpts('simpler-words', 'We made the change following a period of talks with the public.')).toEqual(['following']);
    expect(await excerpts('simpler-words', 'Following this directive, the two boards met.')).toEqual(['Following']);
    expect(await excerpts('simpler-words', 'The hours changed following consultation with local people.')).toEqual(['following']);
  });

  it('leaves “the following” and “following” as a verb alone', async () => {
    expect(await excerpts('simpler-words', 'The following period is the busiest. We are following the request of the panel.')).toEqual([]);
  });
});

describe('simpler words: “advise us on” is advice, not “tell us”', () => {
  it('leaves advice on a subject alone', async () => {
    expect(await excerpts('simpler-words', 'A panel of patients is advising us on the new signs.')).toEqual([]);
  });

  it('still flags “advise us of” and “advise us” in the sense of “tell us”', async () => {
    expect(await excerpts('simpler-words', 'You can advise us of any change to your address.')).toEqual(['advise us of']);
  });
});

describe('jargon: “key tool” and “options appraisal”', () => {
  it('flags “key” before “tool”, “mechanism” and the like', async () => {
    expect(await excerpts('jargon', 'The plan is the key tool for our work.')).toEqual(['key']);
    expect(await excerpts('jargon', 'The report is our key planning mechanism.')).toEqual(['key']);
  });

  it('flags “options appraisal”', async () => {
    expect(await excerpts('jargon', 'The board asked for an options appraisal on the two sites.')).toEqual(['options appraisal']);
  });

  it('leaves a key that opens a lock alone', async () => {
    expect(await excerpts('jargon', 'Use the key to open the tool cupboard. We compared the options in a report.')).toEqual([]);
  });
});

describe('simpler words: “determine who” and “determine what”', () => {
  it('flags them, as “determine if” is', async () => {
    expect(await excerpts('simpler-words', 'The council uses the rules to determine who gets a grant.')).toEqual(['determine who']);
    expect(await excerpts('simpler-words', 'We will determine what help you need.')).toEqual(['determine what']);
  });

  it('leaves “decide” and “work out” alone', async () => {
    expect(await excerpts('simpler-words', 'We work out who gets a grant, and a nurse decides what help you need.')).toEqual([]);
  });
});

describe('simpler words: “determine what” where the questions or the rules decide', () => {
  it('leaves alone a thing that settles the outcome', async () => {
    expect(await excerpts('simpler-words', 'Ask the questions that determine what people will get.')).toEqual([]);
  });
});
