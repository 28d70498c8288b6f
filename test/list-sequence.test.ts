/**
 * Words in order in a word list's context (rules/lib/term-sequence.ts, rules/data/README.md):
 * a sequence of steps, each one of some words or one word of a kind, on made-up text, through
 * the list rule a user's list becomes (testRule), the shared matcher, the built-in
 * simpler-words entry "following-after" and the example the README gives.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRule, type ListEntry } from '../rules/lib/list-rule.js';
import { compileTerms, findTerms, type TermEntry } from '../rules/lib/terms.js';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { runRule, testRule } from '../src/testing.js';
import { ROOT } from './helpers/cli.js';

/** A user's list of one entry, as a rule. */
const listOf = (...entries: ListEntry[]) => listRule({ id: 'our-words', description: 'Words our trust has chosen.', entries });

const followingAfter: ListEntry = {
  id: 'following-after',
  match: ['following'],
  alternatives: ['after'],
  reason: '“After” is shorter.',
  context: {
    onlyIfFollowedBy: ['surgery', { sequence: [{ kind: 'determiner' }, { words: ['operation', 'heart attack', 'meeting'] }] }],
  },
};

describe('a sequence in onlyIfFollowedBy', () => {
  it('flags the word before a determiner and one of the words, and nothing else', () =>
    testRule(listOf(followingAfter), {
      valid: [
        'Keep following the advice your nurse gave you.',
        'Read the following meeting notes.',
        // The determiner alone is not enough, and the sequence stays in its sentence.
        'We are following the plan.',
        'Look out for the following. The meeting is on Monday.',
        'Rest following a long walk.',
      ],
      invalid: [
        { text: 'You may feel tired following your operation.', findings: [{ excerpt: 'following', column: 20, suggestions: ['after'] }] },
        { text: 'Following the heart attack, she rested.', findings: [{ excerpt: 'Following', suggestions: ['After'] }] },
        { text: 'We wrote to you following this meeting.', findings: [{ excerpt: 'following' }] },
        { text: 'Rest at home following surgery.', findings: [{ excerpt: 'following' }] },
        // Across a line break, like a phrase.
        { text: 'We will call you following\nyour\noperation.', findings: [{ excerpt: 'following', line: 1 }] },
      ],
    }));

  it('gives the matcher the words it took, for {phrase} and a finding that covers them', () => {
    const doc = parseMarkdown('Rest following the heart attack and following a meeting with us.', 'draft.md');
    const found = findTerms(doc, compileTerms([followingAfter as TermEntry]));
    expect(found.map((m) => [m.text, m.contextText])).toEqual([
      ['following', 'following the heart attack'],
      ['following', 'following a meeting'],
    ]);
  });
});

describe('steps', () => {
  it('a number kind takes figures and number words', () =>
    testRule(
      listOf({
        id: 'a-minimum-of',
        match: ['a minimum of'],
        alternatives: ['at least'],
        context: { onlyIfFollowedBy: [{ sequence: [{ kind: 'number' }, { words: ['days', 'weeks', 'hours'] }] }] },
      }),
      {
        valid: ['We ask for a minimum of fuss.', 'It takes a minimum of several days.'],
        invalid: [
          { text: 'Wait a minimum of 3 days.', findings: [{ excerpt: 'a minimum of', suggestions: ['at least'] }] },
          { text: 'Wait a minimum of 2.5 hours.', findings: 1 },
          { text: 'Wait a minimum of twenty-one days.', findings: 1 },
          { text: 'Wait a minimum of two weeks.', findings: 1 },
        ],
      },
    ));

  it('an optional step may be left out, and a words step takes phrases', () =>
    testRule(
      listOf({
        id: 'complete-form',
        match: ['complete'],
        alternatives: ['fill in'],
        context: {
          onlyIfFollowedBy: [{ sequence: [{ kind: 'determiner' }, { words: ['online', 'short paper'], optional: true }, { words: ['form', 'forms'] }] }],
        },
      }),
      {
        valid: ['Complete the survey online.', 'Complete the online survey.', 'We will complete the short course.', 'Complete short paper form.'],
        invalid: [
          { text: 'Please complete the form.', findings: [{ excerpt: 'complete' }] },
          { text: 'Please complete your online form.', findings: 1 },
          { text: 'Please complete this short paper form.', findings: 1 },
        ],
      },
    ));

  it('reads backwards in onlyIfPrecededBy: the sequence ends right before the match', () =>
    testRule(
      listOf({
        id: 'practise-noun',
        match: ['practise'],
        alternatives: ['practice'],
        context: { onlyIfPrecededBy: [{ sequence: [{ kind: 'determiner' }, { words: ['new', 'gp'], optional: true }] }] },
      }),
      {
        valid: ['You can practise the exercises at home.', 'We practise safe care.', 'New practise.'],
        invalid: [
          { text: 'Call the practise today.', findings: [{ excerpt: 'practise' }] },
          { text: 'Register with your new practise.', findings: 1 },
          { text: 'Ask at our GP practise.', findings: 1 },
        ],
      },
    ));

  it('works in skipIfFollowedBy and skipIfSoonFollowedBy too', async () => {
    const rule = listOf({
      id: 'deliver',
      match: ['deliver'],
      alternatives: ['give'],
      context: {
        skipIfFollowedBy: [{ sequence: [{ kind: 'number', optional: true }, { words: ['parcels', 'leaflets'] }] }],
        skipIfSoonFollowedBy: [{ sequence: [{ kind: 'determiner' }, { words: ['baby'] }] }],
      },
    });
    await testRule(rule, {
      valid: ['We deliver leaflets.', 'We deliver 200 parcels a week.', 'The midwife will deliver your baby.', 'She helped deliver safely the baby.'],
      invalid: [{ text: 'We deliver better care.', findings: 1 }],
    });
  });

  it('a sequence of optional steps that takes no word allows nothing', async () => {
    const rule = listOf({
      id: 'going-forward',
      match: ['going forward'],
      alternatives: ['from now on'],
      context: { onlyIfFollowedBy: [{ sequence: [{ kind: 'determiner', optional: true }] }] },
    });
    expect((await runRule(rule, 'Going forward, we will call you.')).findings).toEqual([]);
    expect((await runRule(rule, 'Going forward the team will call you.')).findings).toHaveLength(1);
  });
});

describe('bad lists', () => {
  it('a sequence of many optional steps stays quick', async () => {
    const steps = [...Array.from({ length: 40 }, () => ({ kind: 'number' as const, optional: true })), { words: ['never'] }];
    const rule = listOf({ id: 'count', match: ['count'], alternatives: [], context: { onlyIfFollowedBy: [{ sequence: steps }] } });
    const numbers = Array.from({ length: 40 }, (_, i) => String(i + 1)).join(' ');
    const started = Date.now();
    expect((await runRule(rule, `We count ${numbers} and stop.`)).findings).toEqual([]);
    expect((await runRule(rule, `We count ${numbers} never.`)).findings).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('the built-in simpler-words entry "following-after"', () => {
  const simpler = builtinRules.find((r) => r.meta.id === 'simpler-words')!;
  const flagged = async (text: string) =>
    (await runRule(simpler, text)).findings.filter((f) => f.data?.term === 'following-after').map((f) => f.excerpt);

  it('flags "following" before an event, with any determiner', async () => {
    expect(await flagged('Do not drive for 2 days following your general anaesthetic.')).toEqual(['following']);
    expect(await flagged('Following my appointment, I went home.')).toEqual(['Following']);
    expect(await flagged('The clinic reopened following the coronavirus pandemic.')).toEqual(['following']);
    expect(await flagged('Most people go home following surgery.')).toEqual(['following']);
    expect(await flagged('We changed the rota following the publication of the report.')).toEqual(['following']);
    expect(await flagged('Staff met following their recent move to the new wing.')).toEqual(['following']);
    expect(await flagged('Rest for a week following a caesarean section, and call us following childbirth if you bleed.')).toEqual(['following', 'following']);
    expect(await flagged('A midwife visits following your home birth.')).toEqual(['following']);
  });

  it('leaves "following" alone when it means obeying, or "the next"', async () => {
    expect(await flagged('Thank you for following the advice of your care team.')).toEqual([]);
    expect(await flagged('The following meeting is in June.')).toEqual([]);
    expect(await flagged('We are following the meeting on video.')).toEqual([]);
    expect(await flagged('Keep following the end of the path to the car park.')).toEqual([]);
    expect(await flagged('Bring the following: your letter and your medicines.')).toEqual([]);
  });
});

describe('the example in rules/data/README.md', () => {
  it('is a list entry that finds what the README says', async () => {
    const readme = readFileSync(join(ROOT, 'rules/data/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Words in order'));
    const entry = JSON.parse(/```json\n([^]*?)```/.exec(section)![1]!) as ListEntry;
    const rule = listOf({ ...entry, reason: '“After” is shorter.' });
    for (const text of ['Rest following surgery.', 'Rest following your operation.', 'Rest following the heart attack.']) {
      expect((await runRule(rule, text)).findings, text).toHaveLength(1);
    }
    for (const text of ['Thank you for following the advice.', 'Read the following meeting notes.']) {
      expect((await runRule(rule, text)).findings, text).toEqual([]);
    }
  });
});
