/**
 * inclusive-language: patterns, not only listed words. A condition named by its ending before
 * "patients" ("kidney disease patients", "glaucoma patients", "pulmonary hypertension (PH)
 * patients"), and a person "in a wheelchair". All text is made up.
 */
import { describe, expect, it } from 'vitest';
import rule from '../rules/inclusive-language.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('a condition before "patients"', () => {
  it('flags a condition the list does not name, by its ending, and suggests "people with"', async () => {
    const found = await lint('The unit treats glaucoma patients, coeliac disease patients and idiopathic pulmonary hypertension (IPH) patients.');
    expect(found.map((f) => f.excerpt)).toEqual(['glaucoma patients', 'coeliac disease patients', 'hypertension (IPH) patients']);
    expect(found.map((f) => f.suggestions?.[0])).toEqual(['people with glaucoma', 'people with coeliac disease', 'people with IPH']);
    expect(found[0]!.message).toBe('“glaucoma patients” labels people by their condition.');
  });

  it('leaves alone names, "patients" on its own, words that are not conditions, and quotes', async () => {
    expect(await lint('The Glaucoma Patients Forum meets on Monday.')).toEqual([]);
    expect(await lint('We see patients with glaucoma. Treating disease patients early helps.')).toEqual([]);
    expect(await lint('Your diagnosis patients letter is ready.')).toEqual([]);
    expect(await lint('Do not write “glaucoma patients” in a leaflet.')).toEqual([]);
  });

  it('leaves alone a state or an age before "patients", which is not a condition', async () => {
    expect(await lint('The ward looks after frail patients. A new unit for frail patients opens soon.')).toEqual([]);
  });

  it('says it once where the word list already names the condition', async () => {
    expect((await lint('We treat kidney disease patients.')).map((f) => f.excerpt)).toEqual(['kidney disease patients']);
  });
});

describe('"in a wheelchair"', () => {
  it('flags a person described as in a wheelchair, also written "wheel chair"', async () => {
    const found = await lint('The photo shows a man in a wheelchair. Children in wheelchairs can join. She is in a wheel chair.');
    expect(found.map((f) => f.excerpt)).toEqual(['in a wheelchair', 'in wheelchairs', 'in a wheel chair']);
    expect(found[0]!.suggestions).toEqual(['who uses a wheelchair', 'wheelchair user']);
  });

  it('leaves alone wheelchair access and things in a wheelchair', async () => {
    expect(await lint('You can book a room that is in a wheelchair accessible part of the building.')).toEqual([]);
    expect(await lint('Keep your bag in a wheelchair pouch. There is space in a wheelchair bay.')).toEqual([]);
  });
});
