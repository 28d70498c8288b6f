/**
 * uk-spelling: the forms the NHS and GOV.UK A to Z guides use (“email”, “wellbeing”,
 * “outpatient”), with a fix, in the house style's own forms, the other forms a document writes,
 * and names left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import ukSpelling from '../rules/uk-spelling.js';
import { excerptsOf as excerpts, fixedText as applyFixes, lintRule as lint } from './helpers/rule-excerpts.js';
import { groupFindings } from '../src/report/group.js';


describe('uk-spelling: the A to Z guides’ forms', () => {
  it('says which form the guides use, with a fix', async () => {
    const text = 'Send an e-mail about your well-being.';
    const found = await lint(ukSpelling, text);
    expect(excerpts(found)).toEqual(['e-mail', 'well-being']);
    expect(found[0]!.message).toBe('“e-mail” is written “email” in NHS and GOV.UK style.');
    expect(applyFixes(text, found)).toBe('Send an email about your wellbeing.');
  });

  it('follows the house style: NHS forms in the NHS style, GOV.UK forms in the GOV.UK style', async () => {
    const text = 'Side-effects are rare. Ask your head teacher or an advisor.';
    expect(excerpts(await lint(ukSpelling, text, { preset: 'nhs' }))).toEqual(['Side-effects']);
    expect(excerpts(await lint(ukSpelling, text, { preset: 'govuk' }))).toEqual(['head teacher', 'advisor']);
  });

  it('leaves a body’s name alone, but not a generic term in capitals', async () => {
    expect(await lint(ukSpelling, 'Contact the Oakfield Well-being Centre.')).toEqual([]);
    expect(excerpts(await lint(ukSpelling, 'We work with Health and Well-being Boards.'))).toEqual(['Well-being']);
  });

  it('says so when the document also uses the guide’s form', async () => {
    const found = await lint(ukSpelling, 'Our wellbeing service supports your well-being.');
    expect(found[0]!.message).toBe('“well-being” is written “wellbeing” in NHS and GOV.UK style. This document also writes “wellbeing”.');
  });

  it('names every other form of the word the document writes, plural or singular, the guide’s first', async () => {
    const text = '# Advice for Out Patients\n\nMost outpatients wait 10 minutes. Our out-patient clinic is on floor 2.';
    const found = await lint(ukSpelling, text);
    expect(excerpts(found)).toEqual(['Out Patients', 'out-patient']);
    expect(found[0]!.message).toBe('“Out Patients” is written “Outpatients” in NHS and GOV.UK style. This document also writes “outpatients” and “out-patient”.');
    expect(found[1]!.message).toBe('“out-patient” is written “outpatient” in NHS and GOV.UK style. This document also writes “outpatients” and “Out Patients”.');
    // one word in the reports: one item with both places
    expect(groupFindings(found).map((g) => [g.id, g.findings.length])).toEqual([['uk-spelling:outpatient', 2]]);
    // a plural of the same form is not another form
    const emails = await lint(ukSpelling, 'Send an e-mail. We answer e-mails in 2 days.');
    expect(emails[0]!.message).toBe('“e-mail” is written “email” in NHS and GOV.UK style.');
  });

  it('flags a hyphenated form in a label when the page writes the guide’s form too, not an organisation’s name', async () => {
    // “Dermatology Out-patients” beside “the Outpatient Desk”: one word written 2 ways
    expect(excerpts(await lint(ukSpelling, 'Go to Dermatology Out-patients. Then ask at the Outpatient Desk.'))).toEqual(['Out-patients']);
    // no guide's form on the page: the label is left alone
    expect(await lint(ukSpelling, 'Go to Dermatology Out-patients on floor 2.')).toEqual([]);
    // an organisation's name, and a spaced form in a name, are left alone
    expect(await lint(ukSpelling, 'The Oakfield Well-being Service supports your wellbeing.')).toEqual([]);
    expect(await lint(ukSpelling, 'Go to the Dermatology Out Patient Desk. Most outpatients wait 10 minutes.')).toEqual([]);
  });

  it('flags a spaced form in a job title when the page writes the same title the guide’s way', async () => {
    const text = 'We want a Lead Health Care Assistant. The Lead Health Care Assistant works days. Each Lead Healthcare Assistant has a mentor.';
    const found = await lint(ukSpelling, text);
    expect(excerpts(found)).toEqual(['Health Care', 'Health Care']);
    expect(found[0]!.message).toBe('“Health Care” is written “Healthcare” in NHS style, as one word. This document also writes “Healthcare”.');
    // the title only ever written one way, another title, or an organisation's name: left alone
    expect(await lint(ukSpelling, 'We want a Lead Health Care Assistant. The Lead Health Care Assistant works days.')).toEqual([]);
    expect(await lint(ukSpelling, 'We want a Lead Health Care Assistant. We give healthcare to all.')).toEqual([]);
    expect(await lint(ukSpelling, 'Northshire Health Care Trust runs it. Northshire Healthcare Trust was its old name.')).toEqual([]);
    // a title quoted to talk about it
    expect(await lint(ukSpelling, 'We say “Lead Health Care Assistant”, not “Lead Healthcare Assistant”.')).toEqual([]);
  });

  it('names the UK form in the message of an American spelling', async () => {
    const found = await lint(ukSpelling, 'We will prioritize carers.');
    expect(found[0]!.message).toBe('“prioritize” is American English: write “prioritise”.');
  });
});
