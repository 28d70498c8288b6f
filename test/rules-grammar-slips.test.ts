/**
 * Issue 18, spelling: grammar slips a proofreader marks on any page. A word left out in a set
 * phrase (“in similar situation”), a verb that does not agree in a narrow frame (“there is many”,
 * “each of the forms are”), and words split that are one word (“through out”). Each pattern has
 * sentences where the same words are right and must be left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { applyFixes as apply } from '../src/fix/apply.js';
import type { Finding, Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!;
const confused = rule('confused-words');
const misspellings = rule('misspellings');

async function lint(r: Rule, text: string): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(r, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const flagged = async (text: string, r: Rule = confused) => (await lint(r, text)).map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`);
const fixed = async (text: string, r: Rule = confused) => apply(text, (await lint(r, text)).flatMap((f) => (f.fix ? [f.fix] : []))).text;

describe('confused-words: a word left out of a set phrase', () => {
  it('“in similar situation”, “at same time”, “as result of”', async () => {
    expect(await flagged('Talk to people in similar situation. Take both tablets at same time. As result of the change, we close early.')).toEqual([
      'in similar situation → in a similar situation',
      'at same time → at the same time',
      'As result of → As a result of',
    ]);
    expect(await fixed('We can see you in similar situation.')).toBe('We can see you in a similar situation.');
    expect(await flagged('Talk to people in similar situations. Take both tablets at the same time. As a result of the change, we close early.')).toEqual([]);
  });

  it('“on regular basis”, “in meantime”, “by end of”, but not “by end of life”', async () => {
    expect(await flagged('Check your feet on regular basis. In meantime, rest. Send the form by end of May.')).toEqual([
      'on regular basis → on a regular basis',
      'In meantime → In the meantime',
      'by end of → by the end of',
    ]);
    expect(await flagged('Care given by end of life teams. Check your feet on a regular basis. Rest in the meantime.')).toEqual([]);
  });

  it('“have family member”, “is member of”, “make difference to”', async () => {
    expect(await flagged('You can have family member with you. She is member of the panel. Small steps make difference to your health.')).toEqual([
      'have family member → have a family member',
      'is member of → is a member of',
      'make difference → make a difference',
    ]);
    expect(await flagged('You can have a family member with you. Each family member is welcome. She is a member of the panel. Small steps make a difference.')).toEqual([]);
  });
});

describe('confused-words: a verb that does not agree, in narrow frames', () => {
  it('“there is many” and “they was”', async () => {
    expect(await flagged('There is many ways to get help. They was told to wait.')).toEqual(['There is many → There are many', 'They was → They were']);
    expect(await flagged('There are many ways to get help. There is a way to get help. They were told to wait. What was it they said?')).toEqual([]);
  });

  it('“each of the forms are” and “one of the reasons are”, but not “one of the things you are”', async () => {
    expect(await flagged('Each of the forms are sent by post. One of the reasons are cost. Each of them are checked.')).toEqual(['are → is', 'are → is', 'are → is']);
    expect(await flagged('Each of the forms is sent by post. One of the things you are asked is your name. Some of the forms are sent by post.')).toEqual([]);
    expect(await flagged('The number of referrals are rising.')).toEqual(['are → is']);
    expect(await flagged('The number of referrals is rising. A number of referrals are late.')).toEqual([]);
  });

  it('“it don’t”', async () => {
    expect(await flagged("If it don't heal, call us.")).toEqual(["it don't → it doesn't"]);
    expect(await flagged("If it doesn't heal, call us. Please don't wait.")).toEqual([]);
  });
});

describe('confused-words: a stray article and a doubled comparative', () => {
  it('“a the”, “the an”: one of 2 articles is stray, but not “the A&E” or “the a/an rule”', async () => {
    expect(await flagged('Fill in a the form. Book the an appointment.')).toEqual(['a the → undefined', 'the an → undefined']);
    expect(await flagged('Go to the A&E desk. Use the a/an rule. Fill in the form.')).toEqual([]);
  });

  it('“more easier to”, “more quicker than”, but not “more longer appointments”', async () => {
    expect(await flagged('It is more easier to book online. Calls are more quicker than letters.')).toEqual(['more easier → easier', 'more quicker → quicker']);
    expect(await fixed('It is more easier to book online.')).toBe('It is easier to book online.');
    expect(await flagged('We need more longer appointments and more better-paid staff. It is easier to book.')).toEqual([]);
  });
});

describe('misspellings: words split that are one word', () => {
  it('“through out”, “never the less”, “with out”, but not “with out of hours” or “with out-of-date”', async () => {
    expect(await flagged('Drink water through out the day. Never the less, call us. Do not go with out food.', misspellings)).toEqual([
      'through out → throughout',
      'Never the less → Nevertheless',
      'with out → without',
    ]);
    expect(await flagged('Get help with out of hours care. Do not take medicines with out-of-date labels. Go through out of hours services.', misspellings)).toEqual([]);
  });

  it('2 words written as one: “atleast”, “inorder”, “infront”', async () => {
    expect(await fixed('Wait atleast 2 days. Call inorder to book. Sit infront of the screen.', misspellings)).toBe(
      'Wait at least 2 days. Call in order to book. Sit in front of the screen.',
    );
    expect(await flagged('Wait at least 2 days. Put things in order. Sit in front.', misspellings)).toEqual([]);
  });

  it('“in stead of”, “what so ever”, “where abouts”', async () => {
    expect(await fixed('Use a spoon in stead of a cup. We take no fee what so ever.', misspellings)).toBe('Use a spoon instead of a cup. We take no fee whatsoever.');
    expect(await flagged('Tell us your where abouts.', misspellings)).toEqual(['where abouts → whereabouts']);
  });
});

describe('spelling: 2 words typed with no space', () => {
  const spelling = rule('spelling');
  it('“aSenior”, “theTrust”: a short word run into a capitalised dictionary word', async () => {
    expect(await flagged('You will work as aSenior nurse. Read theTrust plan.', spelling)).toEqual(['aSenior → a Senior', 'theTrust → the Trust']);
    expect(await fixed('You will work as aSenior nurse.', spelling)).toBe('You will work as a Senior nurse.');
  });

  it('leaves brands, code, handles and addresses alone', async () => {
    expect(
      await flagged('Use eConsult, myGP, iPlayer or YouTube. Follow @theTrust. See nhs.uk/ourServices. Run `theValue` now. Call onClick() or forEach.', spelling),
    ).toEqual([]);
  });

  it('leaves a joined name the document writes 3 times', async () => {
    expect(await flagged('Join theForum today. theForum meets weekly. Ask theForum team.', spelling)).toEqual([]);
  });
});
