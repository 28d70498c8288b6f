/**
 * Health and social care system words from public jargon busters (rules/data/README.md, “Words
 * from public jargon busters”): the terms that councils, Healthwatch, ICSs and NHS trusts explain
 * to the public because readers do not know them. Each is flagged in running text and left alone
 * when the page explains it, inside a capitalised name, in quotation marks, or in its plain sense
 * (“decant the wine”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts, THOROUGH } from './helpers/rule-excerpts.js';

describe('jargon: NHS planning and hospital words from jargon busters', () => {
  it('flags case mix, benchmarking, episodes of care and skill mix', async () => {
    expect(await excerpts('jargon', 'The ward has a complex case mix.')).toEqual(['case mix']);
    expect(await excerpts('jargon', 'We are benchmarking our waiting times.')).toEqual(['benchmarking']);
    expect(await excerpts('jargon', 'We benchmark against other hospitals.')).toEqual(['benchmark against']);
    expect(await excerpts('jargon', 'Each episode of care is recorded.')).toEqual(['episode of care']);
    expect(await excerpts('jargon', 'We will change the skill mix on the wards.')).toEqual(['skill mix']);
  });

  it('flags words for leaving hospital and moving wards, not “decant” in its kitchen sense', async () => {
    expect(await excerpts('jargon', 'Patients who are medically optimised wait for a care home place.')).toEqual(['medically optimised']);
    expect(await excerpts('jargon', 'He had no criteria to reside on Monday.')).toEqual(['no criteria to reside']);
    expect(await excerpts('jargon', 'The ward will decant to the new building in May.')).toEqual(['decant']);
    expect(await excerpts('jargon', 'Decant the wine an hour before the meal.')).toEqual([]);
  });

  it('flags care bundles, accountable care, hybrid approaches and the third sector', async () => {
    expect(await excerpts('jargon', 'Every patient gets the sepsis care bundle.')).toEqual(['care bundle']);
    expect(await excerpts('jargon', 'The area is moving to accountable care.')).toEqual(['accountable care']);
    expect(await excerpts('jargon', 'We will take a hybrid approach to the clinics.')).toEqual(['hybrid approach']);
    expect(await excerpts('jargon', 'We thank our third sector partners.')).toEqual(['third sector']);
  });

  it('leaves a multidisciplinary team to a thorough check, as staff pages use it as their own word', async () => {
    expect(await excerpts('jargon', 'You will be seen by a multidisciplinary team.')).toEqual([]);
    expect(await excerpts('jargon', 'You will be seen by a multidisciplinary team.', 'nhs', THOROUGH)).toEqual(['multidisciplinary team']);
    expect(await excerpts('jargon', 'Our multi-professional team meets weekly.', 'nhs', THOROUGH)).toEqual(['multi-professional team']);
  });
});

describe('jargon: social care words from jargon busters', () => {
  it('flags care packages, personalisation, brokerage and budgets', async () => {
    expect(await excerpts('jargon', 'Your care package starts on Monday.')).toEqual(['care package']);
    expect(await excerpts('jargon', 'We arrange a package of care for you.')).toEqual(['package of care']);
    expect(await excerpts('jargon', 'We believe in personalisation.')).toEqual(['personalisation']);
    expect(await excerpts('jargon', 'Our support brokerage service can help.')).toEqual(['support brokerage']);
    expect(await excerpts('jargon', 'We will send you your indicative budget.')).toEqual(['indicative budget']);
    expect(await excerpts('jargon', 'The resource allocation system sets the amount.')).toEqual(['resource allocation system']);
    expect(await excerpts('jargon', 'You can choose a managed budget.')).toEqual(['managed budget']);
    expect(await excerpts('jargon', 'Self-funders pay the full cost.')).toEqual(['Self-funders']);
  });

  it('flags a strengths-based approach, not “strengths-based” before other words', async () => {
    expect(await excerpts('jargon', 'We take a strengths-based approach.')).toEqual(['strengths-based']);
    expect(await excerpts('jargon', 'Staff use asset-based conversations.')).toEqual(['asset-based']);
    expect(await excerpts('jargon', 'The report lists asset-based funds.')).toEqual([]);
  });

  it('flags care charging words and TLAP’s service words', async () => {
    expect(await excerpts('jargon', 'The 12-week property disregard may apply.')).toEqual(['12-week property disregard']);
    expect(await excerpts('jargon', 'We may count it as notional capital.')).toEqual(['notional capital']);
    expect(await excerpts('jargon', 'This could be deprivation of assets.')).toEqual(['deprivation of assets']);
    expect(await excerpts('jargon', 'Assessments are non-chargeable.')).toEqual(['non-chargeable']);
    expect(await excerpts('jargon', 'Bring your person-held record.')).toEqual(['person-held record']);
    expect(await excerpts('jargon', 'The scheme has background support at night.')).toEqual(['background support']);
  });

  it('flags NHS and council money words: tariffs, spot purchasing and pooled budgets', async () => {
    expect(await excerpts('jargon', 'Hospitals are paid the national tariff for each operation.')).toEqual(['national tariff']);
    expect(await excerpts('jargon', 'The council will spot purchase a care home place.')).toEqual(['spot purchase']);
    expect(await excerpts('jargon', 'The NHS and the council share a pooled budget.')).toEqual(['pooled budget']);
    expect(await excerpts('jargon', 'Check your energy tariff before you switch.')).toEqual([]);
  });

  it('leaves personalisation settings in an app alone', async () => {
    expect(await excerpts('jargon', 'You can change the personalisation settings in the app.')).toEqual([]);
  });
});

describe('jargon: the guards keep jargon-buster words quiet where a writer cannot or need not change them', () => {
  it('leaves a word the page explains', async () => {
    expect(await excerpts('jargon', 'A package of care (the help you get at home) starts soon.')).toEqual([]);
    expect(await excerpts('jargon', 'We work out what your care will cost. This is called your indicative amount.')).toEqual([]);
    expect(await excerpts('jargon', 'Case mix means the kinds of patients a ward treats.')).toEqual([]);
  });

  it('still flags the word when “called” names something else', async () => {
    expect(await excerpts('jargon', 'Your worker is called Sam. Your indicative amount is £200.')).toEqual(['indicative amount']);
  });

  it('leaves a word inside the name of a team or service, and in quotation marks', async () => {
    expect(await excerpts('jargon', 'The Care Package Team will call you.')).toEqual([]);
    expect(await excerpts('jargon', 'Contact the Support Brokerage Service on 01234 567890.')).toEqual([]);
    expect(await excerpts('jargon', 'We no longer say “care package” on our website.')).toEqual([]);
  });
});

describe('medical-words: audiology and bariatric', () => {
  it('flags the words in running text', async () => {
    expect(await excerpts('medical-words', 'You may need audiology tests.')).toEqual(['audiology']);
    expect(await excerpts('medical-words', 'Bariatric surgery can help some people.')).toEqual(['Bariatric surgery']);
  });

  it('leaves the name of a place a patient must find', async () => {
    expect(await excerpts('medical-words', 'The audiology department is on the first floor.')).toEqual([]);
    expect(await excerpts('medical-words', 'Go to the bariatric clinic on level 2.')).toEqual([]);
  });
});
