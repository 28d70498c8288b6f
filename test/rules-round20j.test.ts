/**
 * Round 20 (tuning pages 161 to 164, children's and family services): "in regards to" and
 * "a variety of different" as wordy phrases, alt text that ends with "image", and "the Disabled …"
 * inside a name. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';
import altText from '../rules/alt-text.js';
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

describe('simpler-words: wordy phrases', () => {
  it('flags "in regards to" and "a variety of different"', async () => {
    expect(await excerpts('simpler-words', 'Ask us anything in regards to your child’s sleep.')).toEqual(['in regards to']);
    expect(await excerpts('simpler-words', 'We teach in a variety of different ways. We run a number of different groups.')).toEqual([
      'a variety of different',
      'a number of different',
    ]);
  });

  it('leaves plain uses alone', async () => {
    expect(await excerpts('simpler-words', 'We teach in different ways. We run a range of different groups. A variety show is on.')).toEqual([]);
  });
});

describe('alt-text: alt text that ends with "image"', () => {
  it('flags a description that ends with "image" and suggests it without', async () => {
    const found = await lint(altText, '![Information for parents image](parents.jpg)');
    expect(found.map((f) => f.message)).toEqual(['The alt text ends with “image”.']);
    expect(found[0]!.suggestions).toEqual(['Information for parents']);
  });

  it('leaves alone a scan image, 2 words, and "image" inside the text', async () => {
    expect(await lint(altText, '![A chest X-ray image](xray.jpg)')).toEqual([]);
    expect(await lint(altText, '![An ultrasound scan image](scan.jpg)')).toEqual([]);
    expect(await lint(altText, '![A mirror image of the ward sign](sign.jpg)')).toEqual([]);
  });
});

describe('inclusive-language: "the Disabled" inside a name', () => {
  it('leaves alone "the Disabled" before another capitalised word', async () => {
    expect(await lint(inclusive, 'Students can apply for the Disabled Students Allowance.')).toEqual([]);
  });

  it('still flags "the disabled" in running text', async () => {
    expect((await lint(inclusive, 'We support the disabled in our town.')).map((f) => f.excerpt)).toEqual(['the disabled']);
    expect((await lint(inclusive, 'We support the Disabled and their carers.')).map((f) => f.excerpt)).toEqual(['the Disabled']);
  });
});
