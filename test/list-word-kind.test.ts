/**
 * The `word` kind in a word list's sequence (rules/lib/term-sequence.ts): one word that carries
 * meaning, not a determiner, a number or a small linking word. On made-up text, through a user's
 * list and through the built-in entries that use it: jargon's "key" before a noun with a word
 * in between, and simpler-words' "enable … to".
 */
import { describe, expect, it } from 'vitest';
import { listRule, type ListEntry } from '../rules/lib/list-rule.js';
import { builtinRules } from '../rules/index.js';
import { runRule, testRule } from '../src/testing.js';

const listOf = (...entries: ListEntry[]) => listRule({ id: 'our-words', description: 'Words our trust has chosen.', entries });

describe('a "word" step', () => {
  const entry: ListEntry = {
    id: 'main-goals',
    match: ['main'],
    alternatives: [],
    reason: 'Say which.',
    context: { onlyIfFollowedBy: [{ sequence: [{ kind: 'word' }, { words: ['goals'] }] }] },
  };

  it('takes one word that carries meaning, and not a determiner, a number or a linking word', () =>
    testRule(listOf(entry), {
      valid: [
        'These are the main goals.', // no word between
        'Our main 3 goals are below.', // a number
        'The main of the goals is care.', // a linking word
        'The main the goals are.', // a determiner
        'The main road goes past. Goals come later.', // the sequence stays in its sentence
      ],
      invalid: [
        { text: 'Our main service goals are below.', findings: [{ excerpt: 'main' }] },
        { text: 'The main NHS goals are in the plan.', findings: [{ excerpt: 'main' }] },
      ],
    }));
});

describe('built-in entries that use it', () => {
  const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!;
  const flagged = async (id: string, term: string, text: string) =>
    (await runRule(rule(id), text)).findings.filter((f) => f.data?.term === term).map((f) => f.excerpt);

  it('jargon flags "key" before a listed noun with one word in between', async () => {
    expect(await flagged('jargon', 'key', 'The board heard about key development milestones for next year.')).toEqual(['key']);
    expect(await flagged('jargon', 'key', 'We set out the key service priorities.')).toEqual(['key']);
  });

  it('jargon leaves "key" alone in a key worker, Key Stage or key safe, and before other nouns', async () => {
    expect(await flagged('jargon', 'key', 'Your key worker support plan is ready.')).toEqual([]);
    expect(await flagged('jargon', 'key', 'Pupils sit Key Stage 2 tests in May.')).toEqual([]);
    expect(await flagged('jargon', 'key', 'The carer uses the key safe code to get in.')).toEqual([]);
    expect(await flagged('jargon', 'key', 'Leave the key under the mat for the staff.')).toEqual([]);
    expect(await flagged('jargon', 'key', 'Read the key facts about flu.')).toEqual([]);
  });

  it('simpler-words flags "enable" before "it to", "each of them to" and "the board to"', async () => {
    expect(await flagged('simpler-words', 'enable-to', 'We share reports with the regulator to enable it to learn.')).toEqual(['enable']);
    expect(await flagged('simpler-words', 'enable-to', 'The money will enable each of them to open a new clinic.')).toEqual(['enable']);
    expect(await flagged('simpler-words', 'enable-to', 'This report will enable the board to decide in May.')).toEqual(['enable']);
  });

  it('simpler-words leaves "enable" alone when no one is helped to do something', async () => {
    expect(await flagged('simpler-words', 'enable-to', 'Enable cookies to see the map.')).toEqual([]);
    expect(await flagged('simpler-words', 'enable-to', 'The money will enable the replacement of the old scanner.')).toEqual([]);
    expect(await flagged('simpler-words', 'enable-to', 'You can enable the setting in your browser.')).toEqual([]);
  });
});

describe('simpler-words "inform" and "require", with who is told and who needs', () => {
  const simpler = builtinRules.find((r) => r.meta.id === 'simpler-words')!;
  const flagged = async (term: string, text: string) =>
    (await runRule(simpler, text)).findings.filter((f) => f.data?.term === term).map((f) => f.excerpt);

  it('flags "inform" before a group or a person who is told', async () => {
    expect(await flagged('inform', 'The trust must inform the Health and Wellbeing Board of its plans.')).toEqual(['inform']);
    expect(await flagged('inform', 'Please inform your GP if your symptoms get worse.')).toEqual(['inform']);
    expect(await flagged('inform', 'We will inform the local council when the work starts.')).toEqual(['inform']);
  });

  it('leaves "inform" alone before things that are not told', async () => {
    expect(await flagged('inform', 'Your views will inform any changes we make.')).toEqual([]);
    expect(await flagged('inform', 'These aims inform our annual trust objectives.')).toEqual([]);
  });

  it('flags "requiring" after the people who need something', async () => {
    expect(await flagged('require', 'We offer care to individuals requiring extra support.')).toEqual(['requiring']);
    expect(await flagged('require', 'Older persons requiring a care home place can ask us.')).toEqual(['requiring']);
  });

  it('leaves "requires" alone when a thing needs something', async () => {
    expect(await flagged('require', 'This page requires JavaScript to show the map.')).toEqual([]);
  });
});

describe('jargon "embed" before the work or learning it makes part of everyday work', () => {
  const jargon = builtinRules.find((r) => r.meta.id === 'jargon')!;
  const flagged = async (text: string) => (await runRule(jargon, text)).findings.filter((f) => f.data?.term === 'embed-change').map((f) => f.excerpt);

  it('flags "embedding training" and "embed research"', async () => {
    expect(await flagged('We are embedding training in every ward team.')).toEqual(['embedding']);
    expect(await flagged('The plan will embed research across the trust.')).toEqual(['embed']);
  });

  it('leaves embedded content, videos and icons alone', async () => {
    expect(await flagged('The page has an embedded video and an embedded icon.')).toEqual([]);
    expect(await flagged('Check the review date of embedded content.')).toEqual([]);
  });
});
