/**
 * False positives fixed for issue 18 in the word lists: "seek to" is "try to", not "ask for";
 * "promote" in the marketing sense; words inside a name ("Mid Essex Acute Hospitals NHS Trust");
 * suggestions in lower case when the flagged word is in capitals. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(id: string, text: string) {
  const rule = builtinRules.find((r) => r.meta.id === id)!;
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('word-list false positives', () => {
  it('"seek to" means "try to"; "seek help" still means "ask for"', async () => {
    const [to] = await lint('simpler-words', 'We seek to improve care.');
    expect([to!.excerpt, to!.suggestions!.slice(0, 2)]).toEqual(['seek to', ['try to', 'aim to']]);
    const [help] = await lint('simpler-words', 'You can seek help from your GP.');
    expect(help!.suggestions).toEqual(['ask for', 'look for', 'get']);
  });

  it('leaves "promote" in the marketing sense alone', async () => {
    expect(await lint('jargon', 'We promote our services on social media. Help us promote the survey.')).toEqual([]);
    expect((await lint('jargon', 'We promote wellbeing across the county.')).map((f) => f.excerpt)).toEqual(['promote']);
  });

  it('leaves words inside a name alone, but not in running text', async () => {
    expect(await lint('jargon', 'Mid Essex Acute Hospitals NHS Trust runs the clinic. Visit the Harlow Hub today.')).toEqual([]);
    expect((await lint('jargon', 'Most acute hospitals are busy.')).map((f) => f.excerpt)).toEqual(['acute hospitals']);
  });

  it('suggests lower case words for a word in capitals', async () => {
    const [found] = await lint('simpler-words', 'Please UTILISE the service.');
    expect(found!.suggestions).toEqual(['use']);
  });

  it('leaves alone short example lines after "We do not use:", as in a do-and-don’t table', async () => {
    const text = '## Time\n\nWe use:\n\nWe do not use:\n\n5pm\n\n5.00pm or 1700hrs\n\n12 noon, 12pm\n\nThe clinic opens at 1700hrs.';
    const found = await lint('house-style', text);
    expect(found.map((f) => f.excerpt)).toEqual(['1700hrs']);
    expect(found[0]!.start.line).toBe(13);
  });

  it('leaves "empowering" as an adjective alone, but not the verb', async () => {
    expect(await lint('jargon', 'Our tone is warm. It’s empowering, not patronising. People feel empowered.')).toEqual([]);
    expect((await lint('jargon', 'We will empower communities.')).map((f) => f.excerpt)).toEqual(['empower']);
  });

  it('leaves a paragraph number in minutes alone (“6.1 Dan presented …”) in the GOV.UK preset', async () => {
    const rule = builtinRules.find((r) => r.meta.id === 'house-style')!;
    const config = oneRule(rule, { guide: 'govuk', ordinals: 'words', startNumbers: 'words' }, { preset: 'govuk', readingAge: 9 });
    const lintGovuk = async (text: string) => (await lintDocument(parseMarkdown(text, 'draft.md'), config)).findings.filter((f) => f.message.includes('at the start of the sentence'));
    expect(await lintGovuk('6.1 Dan Corfield presented the plan.\n\n6.2 The board agreed.')).toEqual([]);
    expect((await lintGovuk('10 people came to the meeting.')).length).toBe(1);
  });
});
