/**
 * all-caps: a mnemonic is not shouting when the text spells it out, either with capitalised words
 * just after or before it (“FAST: Face, Arms, Speech, Time”), or with words marked by a capital
 * inside the questions that follow it, each of which opens with its own capital. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import allCaps from '../rules/all-caps.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function flagged(text: string): Promise<string[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(allCaps, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('all-caps and mnemonics spelled out in questions', () => {
  it('leaves a mnemonic whose letters are capitals inside the questions after it', async () => {
    const text = [
      'A quick way to think about your sleep is the REST check. Ask yourself these questions:',
      '',
      '1. Do you often feel Restless at night?',
      '2. Do you wake up feeling Exhausted?',
      '3. Do you find it hard to Settle after you wake?',
      '4. Do you need more Time in bed than you used to?',
    ].join('\n');
    expect(await flagged(text)).toEqual([]);
  });

  it('still flags a word in capitals when the capitals inside the questions after it spell something else', async () => {
    const text = ['Please READ this before your visit:', '', '1. Have you got your Letter?', '2. Have you had a light Meal?', '3. Do you know where to Park?'].join('\n');
    expect(await flagged(text)).toEqual(['READ']);
  });

  it('still flags a word whose letters the capitals inside sentences do not spell', async () => {
    expect(await flagged('The clinic is CLOSED. We Care about Leeds and Open again on Saturday.')).toEqual(['CLOSED']);
  });
});
