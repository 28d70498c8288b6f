/**
 * Word-list entries from tuning pages 179 to 183 (session 21): “as been” for “has been”
 * (confused-words), “on-going” (misspellings), “substantive” for a permanent job (jargon) and
 * “excipients” (medical-words), also on a page for healthcare professionals and the public.
 * Each fires in its own sense only. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function flagged(id: string, text: string, preset = 'nhs'): Promise<string[]> {
  const rule = builtinRules.find((r) => r.meta.id === id)!;
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('confused-words: “as been”', () => {
  it('flags “as been” with “has been”', async () => {
    expect(await flagged('confused-words', 'The waiting room as been painted.')).toEqual(['as been']);
  });
  it('leaves “as has been said” and “has been” alone', async () => {
    expect(await flagged('confused-words', 'As has been said, the clinic has been busy.')).toEqual([]);
  });
});

describe('misspellings: “on-going”', () => {
  it('flags the hyphen in “on-going”', async () => {
    expect(await flagged('misspellings', 'We give on-going support at home.')).toEqual(['on-going']);
  });
  it('leaves “ongoing” alone', async () => {
    expect(await flagged('misspellings', 'We give ongoing support at home.')).toEqual([]);
  });
});

describe('jargon: “substantive” for a permanent job', () => {
  it('flags “substantive” before a post, staff or a contract', async () => {
    expect(await flagged('jargon', 'Our substantive staff can also pick up extra shifts.')).toEqual(['substantive staff']);
    expect(await flagged('jargon', 'This is a substantive post in the pharmacy team.')).toEqual(['substantive post']);
  });
  it('leaves other senses to simpler-words', async () => {
    expect(await flagged('jargon', 'We had substantive feedback from the survey.')).toEqual([]);
    expect(await flagged('simpler-words', 'We had substantive feedback from the survey.')).toEqual(['substantive']);
  });
});

describe('medical-words: “excipients”', () => {
  it('flags the word', async () => {
    expect(await flagged('medical-words', 'The leaflet lists the excipients in the tablet.')).toEqual(['excipients']);
  });
  it('leaves a page that does not use it alone', async () => {
    expect(await flagged('medical-words', 'The leaflet lists the other ingredients in the tablet.')).toEqual([]);
  });
  it('checks a page for healthcare professionals and the public, not one for professionals only', async () => {
    const both = '# Anytown tablets\n\nInformation for healthcare professionals and the public about Anytown tablets.\n\nThe leaflet lists the excipients.';
    expect(await flagged('medical-words', both)).toEqual(['excipients']);
    const staff = '# Anytown tablets\n\nInformation for healthcare professionals about Anytown tablets.\n\nThe leaflet lists the excipients.';
    expect(await flagged('medical-words', staff)).toEqual([]);
  });
});
