/**
 * medical-words (rules/data/lists/medical-words.json, rules/medical-words.ts): medical words for
 * tests, treatments, parts of the body and conditions that many readers do not know. The NHS asks
 * writers to use an everyday word, or to explain a medical word the first time they use it, so a
 * word the page explains, or a name, is left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import { excerpts } from './helpers/rule-excerpts.js';
import { oneRule } from './helpers/rule-config.js';

async function findings(text: string) {
  const rule = builtinRules.find((r) => r.meta.id === 'medical-words')!;
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, { preset: 'nhs' }));
  return result.findings;
}

describe('medical-words', () => {
  it('flags tests, treatments, signs and blood words, with their everyday words', async () => {
    const text =
      'You will have a gastroscopy and a barium swallow next week. After the angioplasty we will check your haemoglobin. ' +
      'The nurse found erythema and a haematoma near the wound.';
    const found = await findings(text);
    expect(found.map((f) => f.excerpt)).toEqual(['gastroscopy', 'barium swallow', 'angioplasty', 'haemoglobin', 'erythema', 'haematoma']);
    expect(found[0]!.suggestions).toEqual(['a test to look inside your food pipe and stomach']);
    expect(found[4]!.suggestions).toEqual(['redness', 'red skin']);
    expect(found[5]!.suggestions?.[0]).toBe('bruise');
  });

  it('says kindly that it is a medical word, and what to do', async () => {
    const [finding] = await findings('Your sigmoidoscopy is on Monday.');
    expect(finding!.message).toBe(
      '“sigmoidoscopy” is a medical word that many readers do not know. Use an everyday word, or explain it the first time you use it.',
    );
  });

  it('finds the UK spellings and the word forms', async () => {
    expect(await excerpts('medical-words', 'We found oesophageal polyps and some lesions. A fractured femur needs surgery.')).toEqual([
      'oesophageal',
      'polyps',
      'lesions',
      'fractured',
      'femur',
    ]);
    expect(await excerpts('medical-words', 'She had 2 colonoscopies and an endoscopic test.')).toEqual(['colonoscopies', 'endoscopic']);
  });

  it('leaves alone a word the page explains, and its later uses', async () => {
    expect(await excerpts('medical-words', 'You will have a colonoscopy (a test to look inside your bowel). The colonoscopy takes 30 minutes.')).toEqual([]);
    expect(await excerpts('medical-words', 'You may need a biopsy, where a doctor takes a small sample. The biopsy results take 2 weeks.')).toEqual([]);
    expect(await excerpts('medical-words', 'A cannula is a thin tube that goes into a vein. The nurse will put in the cannula.')).toEqual([]);
    expect(await excerpts('medical-words', '## What is a bronchoscopy?\n\nIt lets a doctor look inside your airways. A bronchoscopy takes 20 minutes.')).toEqual([]);
    expect(await excerpts('medical-words', 'The doctor passes a thin tube called an endoscope into your mouth.')).toEqual([]);
  });

  it('leaves alone names of places, teams and acronyms', async () => {
    expect(await excerpts('medical-words', 'Go to the Endoscopy Unit on floor 2. Ask at the endoscopy unit reception.')).toEqual([]);
    expect(await excerpts('medical-words', 'The cardiology department is next to the main entrance. Call the Cardiology team.')).toEqual([]);
    expect(await excerpts('medical-words', 'We offer balloon pulmonary angioplasty (BPA) to some people.')).toEqual([]);
    expect(await excerpts('medical-words', 'The new building has outpatients, endoscopy, day case surgery and a pharmacy.')).toEqual([]);
    expect(await excerpts('medical-words', 'The hubs will offer tests, post-op, rehab, and nursing care.')).toEqual([]);
  });

  it('leaves alone a page written for clinical staff, as its title or first line says', async () => {
    expect(await excerpts('medical-words', '# Measles programme: information for healthcare practitioners\n\nOffer the vaccine to immunosuppressed adults.')).toEqual([]);
    expect(await excerpts('medical-words', '# Measles\n\nGuidance for health professionals. Offer the vaccine to immunosuppressed adults.')).toEqual([]);
    // a page for the public that mentions staff further down is still checked
    expect(await excerpts('medical-words', '# Measles\n\nAsk us about the vaccine if you are immunosuppressed.\n\nThere is a page for health professionals too.')).toEqual([
      'immunosuppressed',
    ]);
  });

  it('leaves alone someone quoted in their own words', async () => {
    expect(await excerpts('medical-words', 'Dr Amir Shah said: “Patients can now have their colonoscopy closer to home.”')).toEqual([]);
    expect(await excerpts('medical-words', 'The delays are symptomatic of a wider problem. There was a palpable sense of relief.')).toEqual([]);
  });

  it('reads the words around a word with another meaning', async () => {
    expect(await excerpts('medical-words', 'This is a topical issue. We signed a bilateral trade agreement.')).toEqual([]);
    expect(await excerpts('medical-words', 'Use a topical cream twice a day. The pain is bilateral.')).toEqual(['topical', 'bilateral']);
    expect(await excerpts('medical-words', 'If your heart stops, this is a cardiac arrest. You will have cardiac tests.')).toEqual(['cardiac']);
  });

  it('is the one finding on a medical word the spell check does not know', async () => {
    // With every rule of the nhs preset on, spelling's “rigours” gives way to the medical word.
    const result = await lintMarkdown('Call us if you get rigors.', { extends: 'nhs', rules: { spelling: 'suggestion' } });
    expect(result.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([['medical-words', 'rigors']]);
  });

  it('names a test in a sentence that only looks like a list', async () => {
    expect(await excerpts('medical-words', 'If we find a tumour, the team will talk to you about more scans and possible resection.')).toEqual(['resection']);
    expect(await excerpts('medical-words', 'Other tests, such as a barium enema, may help.')).toEqual(['barium enema']);
    expect(await excerpts('medical-words', 'Take the bowel preparation the day before. Your post-operative pain will ease.')).toEqual(['bowel preparation', 'post-operative']);
  });

  it('still flags a sign in a list of signs', async () => {
    expect(await excerpts('medical-words', 'Look out for lesions, erythema and swelling.')).toEqual(['lesions', 'erythema']);
  });
});
