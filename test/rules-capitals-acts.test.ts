/**
 * capitals: a law's name written in lower case (“the mental health act”), from the GOV.UK A to Z
 * entry “act, act of Parliament” (title case for an act's title); and a term written with capitals
 * after a determiner and up to 3 describing words (“your free and confidential Sexual Health Kit”)
 * when the page writes it in lower case too. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import headings from '../rules/headings.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function run(rule: Rule, text: string, preset = 'govuk') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const messages = async (text: string) => (await run(capitals, text)).map((f) => `${f.excerpt}: ${f.message}`);

describe('a law’s name in lower case', () => {
  it('flags the name of an act written in lower case', async () => {
    expect(await messages('Staff are trained in the mental health act.')).toEqual(['mental health act: Write “Mental Health Act”, not “mental health act”.']);
    expect(await messages('Your rights under the care act 2014 are set out below.')).toEqual(['care act: Write “Care Act”, not “care act”.']);
  });

  it('leaves the name in title case and an everyday phrase alone', async () => {
    expect(await messages('Staff are trained in the Mental Health Act and the Care Act 2014.')).toEqual([]);
    expect(await messages('Every small care act counts when someone is lonely.')).toEqual([]);
  });
});

describe('a term with capitals after describing words', () => {
  it('flags it when the page writes it in lower case too', async () => {
    const text = 'We test for sexual health infections. Order your free and confidential Sexual Health Infections kit today.';
    expect(await messages(text)).toEqual([
      'Sexual Health Infections: This document writes “Sexual Health Infections” and “sexual health infections”. Use lower case each time.',
    ]);
  });

  it('leaves it alone when the page never writes it in lower case', async () => {
    expect(await messages('Order your free and confidential Sexual Health Infections kit today.')).toEqual([]);
  });
});

describe('a heading that opens with a term in title case', () => {
  const titleCase = async (text: string) => (await run(headings, text)).filter((f) => f.data?.kind === 'title-case').map((f) => f.suggestions![0]);
  it('flags it when the page writes the term in lower case', async () => {
    const text = '# Clinic\n\nWe test for urinary tract infections.\n\n## Urinary Tract Infection (UTI) testing\n\nOrder a kit online.';
    expect(await titleCase(text)).toEqual(['Urinary tract infection (UTI) testing']);
  });

  it('leaves it alone when the page does not write the term in lower case', async () => {
    const text = '# Clinic\n\nWe test for infections.\n\n## Urinary Tract Infection (UTI) testing\n\nOrder a kit online.';
    expect(await titleCase(text)).toEqual([]);
  });
});
