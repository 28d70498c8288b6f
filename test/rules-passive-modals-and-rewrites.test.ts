/**
 * passive-voice: “used” and “called” after a modal (“should be used alongside”, “may be called
 * for treatment”), “of” after verbs like “informed”, and rewrites that do not guess the wrong doer
 * (“we threaten you”) or cut a verb wrongly (“we decommissione”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import passiveVoice from '../rules/passive-voice.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { baseForm } from '../rules/lib/passive.js';

async function each(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(passiveVoice, { each: true }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('passive-voice, fourth round', () => {
  it('finds “used” and “called” after a modal, but not “used to waiting” or a name', async () => {
    expect((await each('This leaflet should be used alongside the guide.')).map((f) => f.excerpt)).toEqual(['should be used']);
    expect((await each('The money must be used to pay for care.')).map((f) => f.excerpt)).toEqual(['must be used']);
    expect((await each('Patients may be called for their scan.')).map((f) => f.excerpt)).toEqual(['may be called']);
    expect(await each('You will soon be used to waiting. The new clinic is called Oak House. It may be called Oak House.')).toEqual([]);
    expect(await each('The room is used for meetings. We are used to it.')).toEqual([]);
  });

  it('finds “vaccinated” or “diagnosed” after a modal before a time, but not as a state', async () => {
    expect((await each('Children could be immunised at any time of year.')).map((f) => f.excerpt)).toEqual(['could be immunised']);
    expect((await each('Most people may be diagnosed after a scan.')).map((f) => f.excerpt)).toEqual(['may be diagnosed']);
    expect(await each('You may be vaccinated already. If you are vaccinated, you are safer. You should be vaccinated against flu.')).toEqual([]);
  });

  it('finds “was informed of”, but not “is made of” or “is proud of”', async () => {
    expect((await each('The panel was informed of the delay.')).map((f) => f.excerpt)).toEqual(['was informed']);
    expect(await each('The wall is made of brick. The team is tired of waiting.')).toEqual([]);
  });

  it('says “you” only for what a reader does, and no doer where “we” would be wrong', async () => {
    const [leaflet] = await each('This leaflet can be made larger.');
    expect(leaflet!.suggestions).toEqual(['Say who does it: “we can make …” in place of “can be made”.']);
    const [found] = await each('More help can be found online.');
    expect(found!.suggestions).toEqual(['Say who does it: “you can find …” in place of “can be found”.']);
    const [should] = await each('This form should be used by carers.');
    expect(should!.suggestions?.[0]).not.toMatch(/we should use/);
    const [threat] = await each('You are threatened with losing your home.');
    expect(threat!.suggestions).toEqual(['Say who does it, like “we will send your results” in place of “your results will be sent”.']);
    const [required] = await each('Staff were required to wear masks.');
    expect(required!.suggestions?.[0]).not.toMatch(/we required/);
  });

  it('cuts “-ioned” and “-soned” verbs to their plain form', () => {
    expect(baseForm('decommissioned')).toBe('decommission');
    expect(baseForm('questioned')).toBe('question');
    expect(baseForm('reasoned')).toBe('reason');
    expect(baseForm('phoned')).toBe('phone');
    expect(baseForm('combined')).toBe('combine');
  });
});
