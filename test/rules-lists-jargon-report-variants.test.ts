/**
 * jargon: forms of known words that annual reports and board papers use, found on 5 long pages
 * (session 21): “key” before more nouns, “focus our efforts”, “collaboration on”, “has
 * progressed,”, “continued its journey” and “enabling clinicians to”. Each keeps its guard. All
 * text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule as config } from './helpers/rule-config.js';

const jargon = builtinRules.find((r) => r.meta.id === 'jargon')!;

async function excerpts(text: string): Promise<string[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), config(jargon, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('jargon: more forms from reports and board papers', () => {
  it('flags “key” before more nouns, but not a key worker or a key safe', async () => {
    expect(await excerpts('We read the key documentation and met key experts.')).toEqual(['key', 'key']);
    expect(await excerpts('A key worker will call. Use the key safe by the door.')).toEqual([]);
  });

  it('flags “focus our efforts”, but not a camera or a group that focuses on sight', async () => {
    expect(await excerpts('We will focus our collective efforts on 2 goals.')).toEqual(['focus']);
    expect(await excerpts('Press the button to focus the camera.')).toEqual([]);
  });

  it('flags “collaboration on” and “has progressed,” in running text', async () => {
    expect(await excerpts('This means collaboration on the new plan.')).toEqual(['collaboration']);
    expect(await excerpts('Our recruitment plan has progressed, and more staff have joined.')).toEqual(['progressed']);
    expect(await excerpts('Her cancer has progressed to stage 3.')).toEqual([]);
  });

  it('flags “continued its journey” and “enabling clinicians to”, but not a real journey', async () => {
    expect(await excerpts('The team has continued its journey to better care.')).toEqual(['journey']);
    expect(await excerpts('The new system saves time, enabling clinicians to see more patients.')).toEqual(['clinicians']);
    expect(await excerpts('The bus continued its journey to the hospital.')).toEqual([]);
  });
});
