/**
 * False positives fixed for issue 18: acronyms explained in the same sentence, acronyms used
 * again inside quotation marks, acronyms either house style uses as they are, and mnemonics in
 * capitals that the text spells out. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import acronyms from '../rules/acronyms.js';
import allCaps from '../rules/all-caps.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(rule: Rule, text: string, settings: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('acronyms explained in the same sentence', () => {
  it('“known as the FSB”, “called the FSB”, “or FSB”', async () => {
    for (const text of [
      'We met the Federation of Small Businesses, known as the FSB, in May. The FSB agreed.',
      'We met the Federation of Small Businesses, also known as FSB. The FSB agreed.',
      'The Federation of Small Businesses (or FSB) agreed. The FSB will help.',
      'We work with the Federation of Small Businesses, called the FSB here. The FSB agreed.',
    ]) {
      expect(await lint(acronyms, text), text).toEqual([]);
    }
  });

  it('“ABC, a score that …” and “XYZ – a group of …”', async () => {
    expect(await lint(acronyms, 'Your doctor works out your QRISK, a score that shows your risk. Ask about your QRISK.')).toEqual([]);
    expect(await lint(acronyms, 'Join the PPG – a group of patients who help the surgery. The PPG meets monthly.')).toEqual([]);
  });

  it('still flags words that do not spell the acronym, ', async () => {
    const found = await lint(acronyms, 'We met the local businesses, known as the FSB, in May. The FSB agreed.');
    expect(found.map((f) => f.excerpt)).toEqual(['FSB']);
  });
});

describe('acronyms used again inside quotation marks', () => {
  it('is not “used only once”', async () => {
    const text = 'The integrated care board (ICB) plans care. Some people call it “the ICB”.';
    expect(await lint(acronyms, text)).toEqual([]);
  });
});

describe('acronyms either house style uses as they are', () => {
  it('A&E, CT and MRI in the GOV.UK preset, VAT and TV in the NHS preset', async () => {
    expect(await lint(acronyms, 'Go to A&E. A&E is open. You may need an MRI scan. The MRI takes an hour.', { preset: 'govuk' })).toEqual([]);
    expect(await lint(acronyms, 'Prices include VAT. VAT is 20%. Watch it on TV. TV is free.', { preset: 'nhs' })).toEqual([]);
  });
});

describe('mnemonics in capitals', () => {
  it('leaves alone a mnemonic the text spells out after or before it', async () => {
    expect(await lint(allCaps, 'Think FAST: Face drooping, Arm weakness, Speech problems, Time to call 999.')).toEqual([]);
    expect(await lint(allCaps, 'Remember BEFAST:\n\n- Balance\n- Eyes\n- Face\n- Arms\n- Speech\n- Time')).toEqual([]);
    expect(await lint(allCaps, 'Stop, Assess, Feel, Explain, Return: we call this SAFER.')).toEqual([]);
  });

  it('still flags shouting', async () => {
    expect((await lint(allCaps, 'Please do NOT come FAST. Call us first.')).map((f) => f.excerpt)).toEqual(['NOT', 'FAST']);
  });
});
