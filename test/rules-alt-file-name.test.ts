/** alt-text: file names in disguise ("Picture - annual-plan-cover-small"). All text is made up. */
import { describe, expect, it } from 'vitest';
import altText from '../rules/alt-text.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(altText));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('alt text that is a file name in disguise', () => {
  it('flags a slug after a word like "Picture"', async () => {
    const found = await lint('![Picture - annual-plan-cover-small](images/cover.png)');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('The alt text “Picture - annual-plan-cover-small” is a file name.');
  });

  it('flags names with underscores, several hyphens, or the image’s own name', async () => {
    expect(await lint('![hero_image_2](a.png)')).toHaveLength(1);
    expect(await lint('![winter-campaign-banner-final](a.png)')).toHaveLength(1);
    expect(await lint('![Logo: trust-logo-blue](a.png)')).toHaveLength(1);
    expect(await lint('![staffphoto](images/staffphoto.jpg)')).toHaveLength(1);
  });

  it('leaves real descriptions alone, hyphenated words included', async () => {
    expect(await lint('![A follow-up X-ray at the clinic](xray.jpg)')).toEqual([]);
    expect(await lint('![Well-being](wellbeing-banner.jpg)')).toEqual([]);
    expect(await lint('![Logo: Mid and South Essex NHS](logo.png)')).toEqual([]);
    expect(await lint('![COVID-19](covid.png)')).toEqual([]);
  });
});

describe('alt text that starts with words about the picture', () => {
  it('flags a symbol, drawing or picture "to represent" or "depicting" something, with the rest as the suggestion', async () => {
    const found = await lint('![Photosymbol to represent appointments - a calendar with a tick](a.png)\n\n![Drawing depicting a nurse at a desk](b.png)');
    expect(found.map((f) => f.message)).toEqual([
      'The alt text starts with “Photosymbol to represent”.',
      'The alt text starts with “Drawing depicting”.',
    ]);
    expect(found.map((f) => f.suggestions?.[0])).toEqual(['Appointments - a calendar with a tick', 'A nurse at a desk']);
  });

  it('leaves alone a description that names a symbol or drawing as what the picture shows', async () => {
    expect(await lint('![A child drawing a house with crayons](a.png)')).toEqual([]);
    expect(await lint('![The wheelchair symbol on a parking bay](b.png)')).toEqual([]);
  });
});
