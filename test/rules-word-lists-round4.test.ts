/**
 * Word lists, fourth round: GOV.UK's "focus" in the forms writers use ("is now focused on",
 * "focuses mainly on", "focus our efforts"), "vacate", and three wrong findings with a general
 * cause: "individuals" set against groups ("teams and individuals"), "purchases" as a noun
 * ("one-off purchases"), and the NHS A to Z's "medication" in GOV.UK style. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('GOV.UK words to avoid: focus', () => {
  it('finds "focus" after "now" and before an adverb and "on"', async () => {
    expect(await excerpts('jargon', 'The team is now focused on shorter waits.')).toEqual(['focused on']);
    expect(await excerpts('jargon', 'The plan focuses mainly on children.')).toEqual(['focuses']);
    expect(await excerpts('jargon', 'Our work focuses specifically on older people.')).toEqual(['focuses']);
  });

  it('finds "focus our efforts" and "focus resources"', async () => {
    expect(await excerpts('jargon', 'We will focus our efforts on prevention.')).toEqual(['focus']);
    expect(await excerpts('jargon', 'The board will focus resources where they are needed.')).toEqual(['focus']);
  });

  it('leaves alone a reader who is trying to focus', async () => {
    expect(await excerpts('jargon', 'Breathing slowly can help you focus your attention on your body.')).toEqual([]);
    expect(await excerpts('jargon', 'If you find it hard to focus on reading, take a break.')).toEqual([]);
  });
});

describe('simpler words', () => {
  it('suggests "leave" for "vacate"', async () => {
    expect(await excerpts('simpler-words', 'Staff will vacate the old ward in May.')).toEqual(['vacate']);
  });

  it('leaves alone "individuals" set against groups, and still flags it for people', async () => {
    expect(await excerpts('simpler-words', 'We offer supervision to teams and individuals.')).toEqual([]);
    expect(await excerpts('simpler-words', 'We support vulnerable individuals at home.')).toEqual(['individuals']);
  });

  it('leaves alone "purchases" as a noun, and still flags the verb', async () => {
    expect(await excerpts('simpler-words', 'For one-off purchases, ask us first. Keep your purchases safe.')).toEqual([]);
    expect(await excerpts('simpler-words', 'The council purchases equipment for you.')).toEqual(['purchases']);
  });

  it('asks for "medicine" in NHS style, not in GOV.UK style', async () => {
    expect(await excerpts('simpler-words', 'Bring a list of the medication you take.', 'nhs')).toEqual(['medication']);
    expect(await excerpts('simpler-words', 'Bring a list of the medication you take.', 'recommended')).toEqual(['medication']);
    expect(await excerpts('simpler-words', 'Bring a list of the medication you take.', 'govuk')).toEqual([]);
  });
});

describe('plain English swaps from the Plain English Campaign’s A to Z', () => {
  it('suggests "follow" for "abide by", and leaves "abide" alone', async () => {
    expect(await excerpts('simpler-words', 'Visitors must abide by these rules.')).toEqual(['abide by']);
    expect(await excerpts('simpler-words', 'I cannot abide loud music.')).toEqual([]);
  });

  it('flags "adverse outcomes" and "adverse events", not an everyday "adverse"', async () => {
    expect(await excerpts('jargon', 'Older people are at risk of adverse outcomes.')).toEqual(['adverse outcomes']);
    expect(await excerpts('jargon', 'Staff report adverse events to the safety team.')).toEqual(['adverse events']);
    expect(await excerpts('jargon', 'Flights may be cancelled in adverse weather.')).toEqual([]);
  });
});

describe('"following" where it means "after"', () => {
  it('suggests "after" before an event', async () => {
    expect(await excerpts('simpler-words', 'Following your operation, rest at home for 2 days.')).toEqual(['Following']);
    expect(await excerpts('simpler-words', 'The notes will be sent following the meeting.')).toEqual(['following']);
  });

  it('leaves alone "following" in the sense of doing what something says, and "the following"', async () => {
    const text =
      'By following this guidance you will help. Read the following advice. Following this link opens a form. ' +
      'It helps if you are following a training programme. We are following the meeting closely.';
    expect(await excerpts('simpler-words', text)).toEqual([]);
  });
});
