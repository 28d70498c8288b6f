/**
 * passive-voice: "set out" after "was", "were" or "been" is a passive when it does not say where
 * ("our aims were set out", "the plans have been set out by the board"), but "set out in the
 * plan", "set out below" and "set out in rows" still say where or how, so they are left alone.
 * Issue 18, session 19 second round. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import passiveVoice from '../rules/passive-voice.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function each(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(passiveVoice, { each: true }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('passive-voice: “were set out”', () => {
  it('names “were set out” and “have been set out” when they do not say where', async () => {
    expect(await each('Our aims were set out, recognising the need for more beds.')).toEqual(['were set']);
    expect(await each('The plans have been set out by the board.')).toEqual(['have been set']);
  });

  it('leaves alone “set out” that says where, and “is set out”', async () => {
    expect(await each('The rules are set out in the plan. The chairs were set out in rows.')).toEqual([]);
    expect(await each('The costs were set out below. Our aims are set out on page 4.')).toEqual([]);
  });
});
