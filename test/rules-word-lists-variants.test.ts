/**
 * A known word to change, in the other shapes a new page writes it: the other common spelling
 * (hyphens or spaces, American), a possessive, a capital that starts a sentence, words in
 * brackets that use it, and forms an entry missed. Each cause is fixed in the list engine
 * (rules/lib/terms.ts), the engine's one finding for one word (src/engine/lint.ts) or an entry.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { excerpts } from './helpers/rule-excerpts.js';

/** The rule and words of every finding of a whole run. */
async function findings(text: string, preset = 'nhs') {
  const result = await lintText(text, { filePath: 'draft.md', preset });
  return result.findings.map((f) => [f.ruleId, f.excerpt]);
}

describe('the other common spelling of a form', () => {
  it('matches a hyphenated form written with spaces, and a phrase written with hyphens', async () => {
    expect(await excerpts('jargon', 'We help people self manage their condition.')).toEqual(['self manage']);
    expect(await excerpts('simpler-words', 'The service is free-of-charge.')).toEqual(['free-of-charge']);
  });

  it('leaves a spelling that is an alternative of the entry alone: “log in” is the verb for “log-in”', async () => {
    expect(await excerpts('simpler-words', 'You will need to log in to your account.')).toEqual([]);
  });

  it('matches the American spelling', async () => {
    expect(await excerpts('jargon', 'We give person-centered care.')).toEqual(['person-centered']);
  });

  it('says an American spelling once in a whole run: the UK spelling rule has it', async () => {
    const found = await findings('We will optimize care for older people.');
    expect(found.filter(([, words]) => words === 'optimize')).toEqual([['uk-spelling', 'optimize']]);
  });
});

describe('a word the spell check does not know but a word list does', () => {
  it('gets the word list’s finding, not a guess at a misspelling', async () => {
    const found = await findings('Teams were siloed in the past. The rollout starts in June.');
    expect(found.filter(([, words]) => words === 'siloed' || words === 'rollout')).toEqual([
      ['jargon', 'siloed'],
      ['jargon', 'rollout'],
    ]);
  });
});

describe('a possessive', () => {
  it('is the word itself', async () => {
    expect(await excerpts('jargon', 'We asked for each stakeholder’s views. The commissioner\'s plan is out.')).toEqual(['stakeholder’s', 'commissioner\'s']);
  });

  it('is not “’s” for “is”', async () => {
    expect(await excerpts('simpler-words', 'Tell us what’s changed.')).toEqual([]);
  });
});

describe('a capital that only starts a sentence', () => {
  it('matches a form kept apart from a name by its capitals', async () => {
    expect(await excerpts('jargon', 'Primary care is busy this winter.')).toEqual(['Primary care']);
  });

  it('leaves the name, and a heading, alone', async () => {
    expect(await excerpts('jargon', 'Primary Care Trust Board papers are online.')).toEqual([]);
    expect(await excerpts('jargon', '# Hubs\n\nRead about our centres.')).toEqual([]);
  });
});

describe('words in brackets', () => {
  it('are checked when they use the term', async () => {
    expect(await excerpts('simpler-words', 'Questions (regarding parking) go to reception.')).toEqual(['regarding']);
  });

  it('are left alone when the term names the word before', async () => {
    expect(await excerpts('jargon', 'Some people get piles (haemorrhoids). Others get sickness (nausea).')).toEqual([]);
  });
});

describe('forms an entry missed', () => {
  it('finds them', async () => {
    expect(await excerpts('jargon', 'Our work focusses on carers.')).toEqual(['focusses on']);
    expect(await excerpts('simpler-words', 'We provided you with a leaflet. We are providing them with a map.')).toEqual(['provided you with', 'providing them with']);
    expect(await excerpts('jargon', 'We are addressing health inequalities. We addressed health inequalities last year.')).toEqual(['addressing', 'addressed']);
    expect(await excerpts('jargon', 'We held engagement events in May.')).toEqual(['engagement events']);
  });

  it('finds each tense of a phrase that starts with a verb', async () => {
    expect(await excerpts('jargon', 'We touched base with the team. She raised the bar for us all.')).toEqual(['touched base', 'raised the bar']);
    expect(await excerpts('simpler-words', 'The nurse verified your identity before determining whether you need a scan.')).toEqual(['verified your identity', 'determining whether']);
  });

  it('leaves a letter addressed to someone alone', async () => {
    expect(await excerpts('jargon', 'The letter was addressed to you.')).toEqual([]);
  });
});

describe('a list item after a lead-in line', () => {
  it('reads on from the lead-in line, so words that must come before a term can be there', async () => {
    expect(await excerpts('jargon', 'This year we will:\n\n- hire more staff\n- focus on prevention')).toEqual(['focus on']);
    expect(await excerpts('simpler-words', 'You may:\n\n- require a blood test\n- need an X-ray')).toEqual(['require']);
  });

  it('does not read on from a line without a colon, or past the first sentence of an item', async () => {
    expect(await excerpts('simpler-words', 'Some tests.\n\n- require a blood test\n- need an X-ray')).toEqual([]);
    expect(await excerpts('simpler-words', 'You may:\n\n- need an X-ray. Require a blood test\n- rest')).toEqual([]);
  });
});
