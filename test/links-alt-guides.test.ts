/**
 * link-text and alt-text checks from the NHS and GOV.UK guides, on made-up text: more link words
 * that do not say where a link goes (“our website”, “Download”), link text that starts with
 * “click”, an email link whose text is not the address (GOV.UK), and alt text that starts with
 * “link to” or “icon of”, or is a single word like “Logo” or “Diagram”.
 */
import { describe, expect, it } from 'vitest';
import altText from '../rules/alt-text.js';
import linkText from '../rules/link-text.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import type { Rule } from '../src/types.js';

async function lint(rule: Rule, text: string, options: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, options));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('link text', () => {
  it('flags words that do not say where a link goes', async () => {
    for (const words of ['our website', 'Download', 'this document', 'the link below', 'View here', 'Web page']) {
      const found = await lint(linkText, `For the times, see [${words}](https://a.example/times).`);
      expect(found.map((f) => f.message), words).toEqual([`The link text “${words}” does not say where the link goes.`]);
    }
  });

  it('asks to take “here” out of link text that otherwise says what the link is for', async () => {
    const found = await lint(linkText, '- [Please tell us about your experience here](https://a.example/feedback)');
    expect(found.map((f) => `${f.message} → ${f.suggestions?.[0]} (${f.severity})`)).toEqual([
      'Take “here” out of the link text “Please tell us about your experience here”. → Tell us about your experience (suggestion)',
    ]);
    // Short words with “here”, a link that starts “click”, and “here” in the middle are named otherwise or fine.
    expect((await lint(linkText, '[Read more here](https://a.example/x)')).map((f) => f.message)).toEqual(['The link text “Read more here” does not say where the link goes.']);
    expect((await lint(linkText, '[Click to book your jab here](https://a.example/x)')).map((f) => f.message)).toEqual(['Link text that starts with “click” (“Click to book your jab here”) does not say where the link goes.']);
    expect(await lint(linkText, '[Here is our menu](https://a.example/x)')).toEqual([]);
  });

  it('asks to take out “by following this link” before link words that say where it goes', async () => {
    const found = await lint(linkText, 'Tell us by following this link [Share your story](https://a.example/story).');
    expect(found.map((f) => `${f.excerpt}: ${f.message} (${f.severity})`)).toEqual([
      'by following this link: Take out “by following this link”: the link text says where it goes. (suggestion)',
    ]);
    // Before a bare web address the pointer is needed, and a link away from the words is fine.
    expect(await lint(linkText, 'Text us using the following link https://a.example/y')).toEqual([]);
    expect(await lint(linkText, 'Follow this link. Then read [our menu](https://a.example/menu).')).toEqual([]);
  });

  it('flags link text that starts with “click”, and suggests the rest', async () => {
    const found = await lint(linkText, '[Click to book your flu vaccine](https://a.example/flu)');
    expect(found.map((f) => [f.message, f.suggestions])).toEqual([
      ['Link text that starts with “click” (“Click to book your flu vaccine”) does not say where the link goes.', ['Start with what the link is for, like “Book your flu vaccine”.']],
    ]);
  });

  it('leaves link text that names the place alone', async () => {
    expect(await lint(linkText, 'Read [our website’s accessibility statement](https://a.example/a11y). [Download the winter plan](https://a.example/plan).')).toEqual([]);
  });

  it('asks for the address as the text of an email link when emailAddressText is on (the govuk preset)', async () => {
    const text = '[Email the PALS team](mailto:pals@example.nhs.uk) or [pals@example.nhs.uk](mailto:pals@example.nhs.uk).';
    expect(await lint(linkText, text)).toEqual([]);
    const found = await lint(linkText, text, { emailAddressText: true });
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([
      ['[Email the PALS team](mailto:pals@example.nhs.uk)', 'Show the email address as the link text: “pals@example.nhs.uk”, not “Email the PALS team”.'],
    ]);
  });
});

describe('alt text', () => {
  it('flags alt text that starts with “link to” or “click”, with the rest as the suggestion', async () => {
    const found = await lint(altText, '[![External link to AccessAble, a disabled access guide](access.png)](https://a.example)');
    expect(found.map((f) => [f.message, f.suggestions])).toEqual([['The alt text starts with “External link to”.', ['AccessAble, a disabled access guide']]]);
    expect((await lint(altText, '![Click here to donate](d.png)')).map((f) => f.suggestions)).toEqual([['Donate']]);
  });

  it('flags alt text that starts with “icon of”, or is a single word like “Diagram”', async () => {
    expect((await lint(altText, '![Icon of a phone](p.png)')).map((f) => f.message)).toEqual(['The alt text starts with “Icon of”.']);
    expect((await lint(altText, '![Diagram](plan.png)')).map((f) => f.message)).toEqual(['The alt text “Diagram” does not say what the image shows.']);
  });

  it('flags “new logo” or “header image”: a plain word before “logo” or “image” still says nothing', async () => {
    expect((await lint(altText, '![new logo](l.png)')).map((f) => f.message)).toEqual(['The alt text “new logo” does not say what the image shows.']);
    expect((await lint(altText, '![Main header image](h.png)')).length).toBe(1);
    expect(await lint(altText, '![NHS logo](n.png) ![New clinic building](c.png)')).toEqual([]);
  });

  it('leaves alt text that describes the image alone', async () => {
    expect(await lint(altText, '![A map of the new car park next to the link road](map.png) ![Linked arms of 3 nurses](n.png)')).toEqual([]);
  });
});
