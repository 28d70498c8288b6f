/**
 * inclusive-language: labels for people: a condition used as a label (“asthma patients”),
 * “suffering” with an object, and “the disabled” (left alone inside a name like “the Disabled
 * Students Allowance”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';
import inclusive from '../rules/inclusive-language.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(rule: Rule, text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('inclusive-language: "the Disabled" inside a name', () => {
  it('leaves alone "the Disabled" before another capitalised word', async () => {
    expect(await lint(inclusive, 'Students can apply for the Disabled Students Allowance.')).toEqual([]);
  });

  it('still flags "the disabled" in running text', async () => {
    expect((await lint(inclusive, 'We support the disabled in our town.')).map((f) => f.excerpt)).toEqual(['the disabled']);
    expect((await lint(inclusive, 'We support the Disabled and their carers.')).map((f) => f.excerpt)).toEqual(['the Disabled']);
  });
});

describe('inclusive-language: labels', () => {
  it('flags a condition used as a label, and "suffering" with an object', async () => {
    expect(await excerpts('inclusive-language', 'We treat asthma patients and COPD patients.')).toEqual(['asthma patients', 'COPD patients']);
    expect(await excerpts('inclusive-language', 'Patients suffering ongoing health issues can get help.')).toEqual(['suffering']);
  });

  it('leaves other uses alone', async () => {
    expect(await excerpts('inclusive-language', 'Patients with asthma can book. Nobody should suffer in silence.')).toEqual([]);
  });
});
