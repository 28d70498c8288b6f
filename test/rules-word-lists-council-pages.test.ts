/**
 * Word choice on council pages for residents (carers, disabled parking, social care assessments,
 * drug and alcohol support), issue 18, session 20: “free of charge”, “documentation” after words
 * that ask for it, “provisionally”, “self-refer”, “establish” when it means “find out”, “meet the
 * eligibility criteria”, “access” after “parents to” and the like, and “inform” before people
 * with no “the” (“inform health professionals”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('simpler words on council pages', () => {
  it('flags “free of charge” and “provisionally”', async () => {
    expect(await excerpts('simpler-words', 'The bus pass is free of charge for people over 66.')).toEqual(['free of charge']);
    expect(await excerpts('simpler-words', 'Your booking has been provisionally accepted.')).toEqual(['provisionally']);
  });

  it('flags “documentation” when a page asks for it, not the documentation of a software tool', async () => {
    expect(await excerpts('simpler-words', 'Send all required documentation with your form.')).toEqual(['documentation']);
    expect(await excerpts('simpler-words', 'You will need to bring supporting documentation to the visit.')).toEqual(['documentation']);
    expect(await excerpts('simpler-words', 'Read the documentation before you install the package. The documentation site has examples.')).toEqual([]);
  });

  it('flags “self-refer” and “establish” when it means find out', async () => {
    expect(await excerpts('simpler-words', 'You can self-refer to the clinic by phone.')).toEqual(['self-refer']);
    expect(await excerpts('simpler-words', 'The nurse will establish what help you need.')).toEqual(['establish']);
    expect(await excerpts('simpler-words', 'We are establishing whether the road is safe.')).toEqual(['establishing']);
    expect(await excerpts('simpler-words', 'The charity was established in 1990. We want to establish a new group for dads.')).toEqual([]);
  });

  it('flags “eligibility criteria” after “meet”, not in a policy that lists them', async () => {
    expect(await excerpts('simpler-words', 'If you meet the eligibility criteria, fill in the form.')).toEqual(['eligibility criteria']);
    expect(await excerpts('simpler-words', 'All carers must meet certain eligibility criteria.')).toEqual(['eligibility criteria']);
    expect(await excerpts('simpler-words', 'The board agreed new eligibility criteria for the scheme.')).toEqual([]);
  });

  it('flags “access” after people and “to”, and “inform” before professionals', async () => {
    expect(await excerpts('simpler-words', 'It is better for parents to access support early.')).toEqual(['access']);
    expect(await excerpts('simpler-words', 'You should be able to access treatment near home.')).toEqual(['access']);
    expect(await excerpts('simpler-words', 'The GP can inform health professionals that you are a carer.')).toEqual(['inform']);
    expect(await excerpts('simpler-words', 'Staff need to access the records system. Access to the car park is free.')).toEqual([]);
  });

  it('flags “receive” after “you should” and “you can”, not after “we”', async () => {
    expect(await excerpts('simpler-words', 'You should receive a letter within 5 days.')).toEqual(['receive']);
    expect(await excerpts('simpler-words', 'You can receive help at home.')).toEqual(['receive']);
    expect(await excerpts('simpler-words', 'We receive many calls. The letters you received are safe.')).toEqual([]);
  });
});
