/**
 * all-caps: names of systems and products in a list keep their makers' capitals, and are not
 * shouting (found on a real job advert: “IT systems such as CLIP, ICE comms, Sunrise and PAS”).
 * Shouting phrases next to a list are still found. All text is made up.
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

describe('all-caps and lists of names', () => {
  it('leaves names in capitals in a list with other names', async () => {
    expect(await flagged('You will use IT systems such as DRUM, BELL notes, Horizon and PAS.')).toEqual([]);
    expect(await flagged('You will use SPIN and Lorenzo every day.')).toEqual([]);
    expect(await flagged('Our apps include Patient Access, CARE and EMIS Web.')).toEqual([]);
    expect(await flagged('The ward uses Meditech or HOPE for notes.')).toEqual([]);
  });

  it('still flags shouting beside a list or a name', async () => {
    expect(await flagged('The clinic is CLOSED, Monday is a bank holiday.')).toEqual(['CLOSED']);
    expect(await flagged('Do NOT forget, Horizon and PAS are down.')).toEqual(['NOT']);
    expect(await flagged('STOP, LOOK, LISTEN before you cross.')).toEqual(['STOP, LOOK, LISTEN']);
    expect(await flagged('PLEASE BRING YOUR RED BOOK, Passport and letter.')).toEqual(['PLEASE BRING YOUR RED BOOK']);
  });
});
