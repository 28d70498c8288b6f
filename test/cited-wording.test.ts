/**
 * Cited wording is the law's or a rule's, not the writer's: words inside a quotation that a
 * document or rule says ('The regulations state that "…"', 'replacing the caveat of “…”') are
 * not flagged, however long the quotation. Speech ('“…,” said the chair') is still checked:
 * an organisation writes its own quotes. Found on real pages (a GP page quoting regulations, a
 * council quoting an old scheme rule). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import simplerWords from '../rules/simpler-words.js';
import inclusiveLanguage from '../rules/inclusive-language.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function flagged(rule: Rule, text: string): Promise<string[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('cited wording', () => {
  it('leaves words inside a quotation of a law, a rule or a letter', async () => {
    expect(await flagged(simplerWords, 'The regulations state that "a patient must attend the surgery prior to any home visit being agreed".')).toEqual([]);
    expect(await flagged(simplerWords, 'The old policy said: “Staff will endeavour to respond to all complaints in a timely manner.”')).toEqual([]);
    expect(
      await flagged(inclusiveLanguage, 'We are replacing the condition of “no other able-bodied adult living in the home who can help” with a simpler test.'),
    ).toEqual([]);
  });

  it('leaves words inside a quotation that opens with an ellipsis: words cut from another text', async () => {
    expect(await flagged(simplerWords, 'We can use it for:\n\n- ‘…the provision of care or treatment…’, and\n- ‘...a task carried out in the public interest’\n')).toEqual([]);
    expect(await flagged(simplerWords, 'We rely on "... the provision of care" and the provision of advice.')).toEqual(['the provision of']);
  });

  it('still checks speech, and the words around the quotation', async () => {
    expect(await flagged(simplerWords, '“We want everyone to attend their check,” said the practice manager.')).toEqual(['attend']);
    expect(await flagged(simplerWords, 'Please attend on time. The rules state that "a patient who is late may be asked to rebook on another day".')).toEqual(['attend']);
    expect(await flagged(simplerWords, 'Dr Lee said that "patients should attend the clinic prior to their operation".')).toEqual(['attend', 'prior to']);
  });
});
