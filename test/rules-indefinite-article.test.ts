/**
 * Issue 18, spelling: “a” or “an” that does not fit the sound of the next word (indefinite-article).
 * It goes by sound, and leaves alone the letter A, titles, years, web addresses and quotes. All text
 * is made up.
 */
import { describe, expect, it } from 'vitest';
import rule from '../rules/indefinite-article.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { applyFixes as apply } from '../src/fix/apply.js';
import type { Finding } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const flagged = async (text: string) => (await lint(text)).map((f) => `${f.excerpt} ${f.message}`);

describe('indefinite-article', () => {
  it('finds “an” before a consonant sound and “a” before a vowel sound', async () => {
    expect(await flagged('You will get an needs assessment within a hour.')).toEqual([
      'an Write “a” before “needs”: it starts with a consonant sound.',
      'a Write “an” before “hour”: it starts with a vowel sound.',
    ]);
    expect((await lint('It is an one-off. Book a 8-week course with an user account. Ask for a MRI scan.')).map((f) => f.suggestions?.[0])).toEqual(['a', 'an', 'a', 'an']);
  });

  it('goes by sound, not by letter', async () => {
    expect(await flagged('Wait an hour. It is a one-off, a user account, a UK service, an honest answer, an 11-year-old, an SMS and an MRI scan.')).toEqual([]);
  });

  it('reads an acronym with no vowel letter by letter, and a few that have one', async () => {
    expect((await lint('You need a NHS number. Book a STI test with an GP. It is a ICB plan for a HR team.')).map((f) => `${f.excerpt}>${f.suggestions?.[0]} ${f.data?.word}`)).toEqual([
      'a>an nhs',
      'a>an sti',
      'an>a gp',
      'a>an icb',
      'a>an hr',
    ]);
    // Read as words, or right already: left alone.
    expect(await flagged('Read a NICE guideline, a SEND review, a UN report and a UKHSA page. Ask an NHS trust or a GP. Use Plan A NHS rules.')).toEqual([]);
  });

  it('leaves alone the letter A, a capital A in a title, years and web addresses', async () => {
    expect(await flagged('Go to A and E. Read Part A Overview. Choose plan A or plan B. It is an 1851 census. Every site needs an nhs.uk address.')).toEqual([]);
  });

  it('leaves alone quoted words and the text of links to other websites', async () => {
    expect(await flagged('We do not say a ‘easy read’ guide. Read [A Elephant in the Room](https://example.org/book).')).toEqual([]);
  });

  it('fixes the article, keeping a capital at the start of a sentence', async () => {
    const text = 'An user guide is here. Take a hour off.';
    const found = await lint(text);
    expect(apply(text, found.flatMap((f) => (f.fix ? [f.fix] : []))).text).toBe('A user guide is here. Take an hour off.');
  });

  it('“a our team” has a stray word: it says so, with no swap', async () => {
    const found = await lint('You will join a our therapy team.');
    expect(found.map((f) => [f.excerpt, f.message, f.suggestions ?? [], f.fix ?? null])).toEqual([['a', '“a” and “our” are both here: keep one of them.', [], null]]);
  });

  it('“an questions” and “a concerns”: a slip for “any”, not the wrong article', async () => {
    const text = 'If you have an questions, call us. Tell us about a concerns you have. An questions about care go to us.';
    const found = await lint(text);
    expect(found.map((f) => `${f.excerpt} ${f.message}`)).toEqual([
      'an Write “any” before “questions”: “an” goes before one thing.',
      'a Write “any” before “concerns”: “a” goes before one thing.',
      'An Write “Any” before “questions”: “An” goes before one thing.',
    ]);
    expect(apply(text, found.flatMap((f) => (f.fix ? [f.fix] : []))).text).toBe(
      'If you have any questions, call us. Tell us about any concerns you have. Any questions about care go to us.',
    );
  });

  it('leaves a plural that describes the next noun alone: “a complaints procedure”', async () => {
    expect(
      await flagged('Read our complaints procedure or a complaints leaflet. We keep an issues log. A questions and answers page is here. Fill in a symptoms diary. See Part A Questions.'),
    ).toEqual([]);
  });
});
