/** capitals: common nouns capitalised in running text, and one term written several ways. All text is made up. */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('capitals on common nouns', () => {
  it('flags common nouns and job titles after "the", "our", "this"', async () => {
    const found = await lint('Our Engagement Team met the Panel. This Trust and the Government agree. Ask the Consultant.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Engagement Team', 'engagement team'],
      ['Panel', 'panel'],
      ['Trust', 'trust'],
      ['Government', 'government'],
      ['Consultant', 'consultant'],
    ]);
    expect(found[0]!.message).toBe('“Engagement Team” does not need capitals here.');
  });

  it('flags a generic plural name', async () => {
    expect((await lint('We work with all Health and Wellbeing Boards.')).map((f) => f.excerpt)).toEqual(['Health and Wellbeing Boards']);
  });

  it('leaves names, headings, links and quotes alone', async () => {
    for (const text of [
      'We met the Department of Health and the Health and Wellbeing Board.',
      'The Trust Board Papers are here. The Trust Nightingale Ward is open.',
      '# Our Engagement Team\n\nWe are here to help.',
      'Read [the Board papers](https://example.org).',
      'Do not write “the Panel” in letters.',
      'Mid and South Essex NHS Foundation Trust runs the hospitals. The panel meets monthly.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});

describe('one term written several ways', () => {
  it('says which form the guide uses, once per term', async () => {
    const found = await lint('The clinic has Wi-Fi. Ask for the wifi code. The WiFi is free.');
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('Wi-Fi');
    expect(found[0]!.message).toBe('This document writes “Wi-Fi”, “wifi” and “WiFi”. Use “wifi” every time.');
    expect((await lint('Long Covid clinics help people with long COVID.')).map((f) => f.excerpt)).toEqual(['Long Covid']);
    // A form the guides never use (“e-mail”) is uk-spelling's finding, every time: not a second one here.
    expect(await lint('Send an e-mail. Our email address is below.')).toEqual([]);
    expect(await lint('Our well-being team supports your wellbeing.')).toEqual([]);
    expect((await lint('Our well being team supports your wellbeing.')).map((f) => f.excerpt)).toEqual(['well being']);
  });

  it('leaves one form, or a capital at the start of a sentence, alone', async () => {
    expect(await lint('Email us. We answer every email.')).toEqual([]);
    expect(await lint('Our wellbeing service helps. Wellbeing matters.')).toEqual([]);
  });
});
