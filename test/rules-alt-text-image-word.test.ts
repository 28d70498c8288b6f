/**
 * alt-text: alt text that ends with “image”, with a suggestion without it, and left alone for a
 * scan image, 2 words, or “image” inside the text. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import altText from '../rules/alt-text.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(rule: Rule, text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

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
