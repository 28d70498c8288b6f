/**
 * Word-list entries added in session 20 from GP practice pages: “less” before things you count
 * (“fewer”), “key” before “subjects”, “clinician” after “appropriate”, “suitable” or “relevant”,
 * “require” after a medicine or “then”, “implement” before a system or a scheme, words like
 * “back-ache” written as one word, and “prescription only” with its hyphen before a noun.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('confused-words: “less” for things you count', () => {
  it('flags “less” before a plural you can count', async () => {
    expect(await excerpts('confused-words', 'The new rota means less appointments are wasted and less people wait.')).toEqual(['less', 'less']);
  });

  it('leaves amounts and comparisons alone', async () => {
    expect(await excerpts('confused-words', 'You will wait less time. It is less likely to hurt. Less than 5 patients said no. Drink less alcohol.')).toEqual([]);
  });
});

describe('jargon and simpler words: guards widened for GP pages', () => {
  it('flags “key subjects” and “clinician” after “appropriate”, “suitable” or “relevant”', async () => {
    expect(await excerpts('jargon', 'The course covers 6 key subjects.')).toEqual(['key']);
    expect(await excerpts('jargon', 'You will see the most appropriate clinician. We book a suitable clinician for you.')).toEqual(['clinician', 'clinician']);
    expect(await excerpts('jargon', 'Your key worker covers the subjects you choose.')).toEqual([]);
  });

  it('flags “require” after a medicine or “then”, and “implement” before a system or scheme', async () => {
    expect(await excerpts('simpler-words', 'Some medicines require a check first. The shop may then require 2 days.')).toEqual(['require', 'require']);
    expect(await excerpts('simpler-words', 'Waits fell after we implemented this system.')).toEqual(['implemented']);
    expect(await excerpts('simpler-words', 'The law requires a check. We implemented it last year.')).toEqual([]);
  });
});

describe('simpler-words: “is required” after what a patient needs', () => {
  it('flags “required” after treatment, an appointment or tests', async () => {
    expect(await excerpts('simpler-words', 'We will call you if an appointment is required. Come back if more tests are required.')).toEqual(['is required', 'are required']);
    expect(await excerpts('simpler-words', 'A password is required. No action is needed.')).toEqual([]);
  });

  it('flags “are as follows” before a list, not “set up as follows”', async () => {
    expect(await excerpts('simpler-words', 'The dates are as follows: 3 May and 9 June.')).toEqual(['as follows']);
    expect(await excerpts('simpler-words', 'Change the settings as follows: open the menu.')).toEqual([]);
  });
});

describe('house-style: one-word forms and “prescription-only”', () => {
  it('writes “backache” and “toothache” as one word', async () => {
    expect(await excerpts('house-style', 'A pharmacist can help with back-ache and tooth-ache.')).toEqual(['back-ache', 'tooth-ache']);
  });

  it('hyphens “prescription only” before a noun, not after “on”', async () => {
    expect(await excerpts('house-style', 'Ask about prescription only medicines.')).toEqual(['prescription only']);
    expect(await excerpts('house-style', 'It is given on prescription only, by your GP. You can get it on prescription only at weekends.')).toEqual([]);
  });
});
