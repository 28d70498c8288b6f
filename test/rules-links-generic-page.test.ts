/**
 * link-text: link text made only of pointing words and a word for a page (“a separate page”,
 * “our dedicated page”, “the relevant website”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import linkText from '../rules/link-text.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(linkText));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('link text that only points at a page', () => {
  it('flags “a separate page”, “our dedicated page” and “the relevant website”', async () => {
    for (const words of ['a separate page', 'our dedicated page', 'the relevant website', 'another page']) {
      const found = await lint(`Opening times are on [${words}](https://example.org/times).`);
      expect(found, words).toHaveLength(1);
      expect(found[0]!.message).toBe(`The link text “${words}” does not say where the link goes.`);
    }
  });

  it('leaves link text that names the page alone', async () => {
    for (const words of ['our opening times page', 'the flu vaccine page', 'page 4 of the leaflet', 'the Anytown Clinic website']) {
      expect(await lint(`Read [${words}](https://example.org/times).`), words).toEqual([]);
    }
  });
});
