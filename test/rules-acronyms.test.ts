import { describe, expect, it } from 'vitest';
import acronyms, { createAcronymsRule } from '../rules/acronyms.js';
import { initialsMatch } from '../rules/lib/acronym-scan.js';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import type { Rule } from '../src/types.js';
import { oneRule as configFor } from './helpers/rule-config.js';

/** A tiny glossary, so the tests do not depend on the wording of the real one. */
const small = createAcronymsRule({
  entries: [
    { acronym: 'ICB', expansion: 'integrated care board' },
    { acronym: 'PCN', expansion: 'primary care network' },
    { acronym: 'PALS', expansion: 'patient advice and liaison service' },
    { acronym: 'BMI', expansion: 'body mass index' },
    { acronym: 'IV', expansion: 'intravenous' },
    { acronym: 'PA', expansion: 'physician associate' },
    { acronym: 'CAMHS', expansion: "children and young people's mental health services" },
  ],
  wellKnown: { nhs: ['NHS', 'GP', 'UK', 'A&E', 'COVID'], govuk: ['NHS', 'GP', 'UK', 'BBC'] },
});


async function run(text: string, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}, rule: Rule = small) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), configFor(rule, options, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

const where = (f: { start: { line: number; column: number } }) => `${f.start.line}:${f.start.column}`;

describe('acronyms: registration and data', () => {
  it('is registered and uses the real glossary', async () => {
    expect(builtinRules.map((r) => r.meta.id)).toContain('acronyms');
    const found = await run('The ICB meets today. The ICB is open.', {}, {}, acronyms);
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions?.[0]).toContain('integrated care board (ICB)');
  });

  it('runs in the default preset through lintMarkdown', async () => {
    const result = await lintMarkdown('The PCN meets today. The PCN is open.');
    const mine = result.findings.filter((f) => f.ruleId === 'acronyms');
    expect(mine.map((f) => f.excerpt)).toEqual(['PCN']);
  });
});

describe('acronyms: spelled out', () => {
  it('accepts “words (ACR)” and “ACR (words)”', async () => {
    expect(await run('The integrated care board (ICB) plans services. The ICB meets monthly.')).toEqual([]);
    expect(await run('The ICB (integrated care board) plans services. The ICB meets monthly.')).toEqual([]);
  });

  it('accepts lower-case and capitalised expansions, small words and letters from inside words', async () => {
    expect(await run('Your body mass index (BMI) is a guide. A high BMI can be a risk.')).toEqual([]);
    expect(await run('Child and Adolescent Mental Health Services (CAMHS) can help. Ask CAMHS today.')).toEqual([]);
    expect(await run('Medicines and Healthcare products Regulatory Agency (MHRA) rules. The MHRA checks them.')).toEqual([]);
    expect(await run('The integrated care board (ICB) plans services. The ICB meets monthly.', {}, {}, acronyms)).toEqual([]);
  });

  it('matches initials the way writers write them', () => {
    expect(initialsMatch('icb', ['integrated', 'care', 'board'])).toBe(true);
    expect(initialsMatch('camhs', ['Child', 'and', 'Adolescent', 'Mental', 'Health', 'Services'])).toBe(true);
    expect(initialsMatch('covid', ['coronavirus', 'disease', '2019'])).toBe(true);
    expect(initialsMatch('ae', ['accident', 'and', 'emergency'])).toBe(true);
    expect(initialsMatch('icb', ['local', 'care', 'board'])).toBe(false);
  });

  it('accepts the glossary wording after any words, and a glossary table or list', async () => {
    expect(await run('Contact the patient advice and liaison service (PALS) today. PALS can help.')).toEqual([]);
    const table = ['| Short name | Meaning |', '| --- | --- |', '| PCN | primary care network |', '', 'Your PCN can help. Ask your PCN.'].join('\n');
    expect(await run(table)).toEqual([]);
    expect(await run('- PCN: primary care network\n- Your PCN is open late')).toEqual([]);
  });

  it('accepts a definition in a heading', async () => {
    expect(await run('# The integrated care board (ICB)\n\nThe ICB plans services.')).toEqual([]);
  });
});

describe('acronyms: not spelled out', () => {
  it('warns once, at the first use, with the glossary words', async () => {
    const found = await run('The ICB plans services.\n\nThe ICB meets monthly. Ask the ICB.');
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(where(f!)).toBe('1:5');
    expect(f!.end.column).toBe(8);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toBe('“ICB” is an acronym many readers will not know.');
    expect(f!.why).toBe('Spell it out the first time you use it. Staff and residents asked for fewer acronyms.');
    expect(f!.suggestions).toEqual(['Write “integrated care board (ICB)” the first time, or just “integrated care board”.']);
  });

  it('handles plurals and possessives as the same acronym', async () => {
    const found = await run("ICBs plan services. The ICB's board meets. The ICBs' plans are online.");
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('ICBs');
    expect(where(found[0]!)).toBe('1:1');
    expect(found[0]!.suggestions?.[0]).toBe('Write “Integrated care boards (ICBs)” the first time, or just “Integrated care boards”.');
    expect(await run('Integrated care boards (ICBs) plan services. Each ICB meets. The ICB’s board.')).toEqual([]);
  });

  it('says when an acronym is spelled out later than its first use', async () => {
    const found = await run('# ICB news\n\nThe integrated care board (ICB) meets today.');
    expect(found).toHaveLength(1);
    expect(where(found[0]!)).toBe('1:3');
    expect(found[0]!.message).toContain('You spell it out later, but not the first time.');
  });

  it('suggests spelling out acronyms the glossary does not know', async () => {
    const found = await run('The XYZ team will call you. The XYZ team is kind.');
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual(['Spell out what “XYZ” stands for the first time, then put “XYZ” in brackets after it.']);
  });

  it('finds A&E, written as one acronym over several nlcst nodes', async () => {
    const found = await run('Go to A&E. A&E is open all day.', {}, { preset: 'govuk' }, createAcronymsRule({ entries: [], wellKnown: {} }));
    expect(found.map((f) => [f.excerpt, where(f)])).toEqual([['A&E', '1:7']]);
    expect(await run('Go to A&E. A&E is open all day.')).toEqual([]);
  });

  it('finds acronyms in links, headings, lists and tables, at the exact place', async () => {
    const text = [
      '# About the PCN', // 1
      '',
      'Read [the ICB plan](https://example.org/plan). The ICB agrees.', // 3
      '',
      '- ask PALS for help', // 5
      '- PALS is free',
      '',
      '| Team | Phone |', // 8
      '| --- | --- |',
      '| CQC and XYZ | 0300 |', // 10
      '',
      'The PCN, CQC and XYZ meet.', // 12
    ].join('\n');
    const found = await run(text);
    expect(found.map((f) => `${f.excerpt} ${where(f)}`)).toEqual(['PCN 1:13', 'ICB 3:11', 'PALS 5:7', 'CQC 10:3', 'XYZ 10:11']);
  });
});

describe('acronyms: left alone', () => {
  it('skips code, web addresses and email addresses', async () => {
    const text = 'Use `ICB` in code. Visit https://example.org/ICB or email ICB@example.org, or www.example.org/PCN.';
    expect(await run(text)).toEqual([]);
  });

  it('skips well-known acronyms, Roman numerals, units, file types, names of websites and shouting', async () => {
    const text = [
      'Your GP and the NHS in the UK. Read Part IV and type II diabetes. I will call.',
      'Download the leaflet (PDF, 5 MB) or the 200 KB version. Visit GOV.UK or NHS.UK.',
      'PLEASE DO NOT COME TO THE SURGERY. Write to SW1A 2AA. Fill in [NAME].',
      'The COVID-19 vaccine. Use the HTML version. We are OK. Press the ESC key.',
    ].join('\n');
    expect(await run(text)).toEqual([]);
  });

  it('tells IV the acronym from IV the number', async () => {
    const found = await run('You may be given IV fluids. You may need IV antibiotics. Read Part IV.');
    expect(found.map((f) => `${f.excerpt} ${where(f)}`)).toEqual(['IV 1:18']);
  });
});

describe('acronyms: used once, and spelled out two ways', () => {
  it('suggests leaving out an acronym used only once, with a safe fix', async () => {
    const text = 'Speak to the patient advice and liaison service (PALS) if you have a concern.';
    const found = await run(text);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f!.severity).toBe('suggestion');
    expect(where(f!)).toBe('1:50');
    expect(f!.message).toBe('“PALS” is only used once, so you do not need the acronym.');
    expect(f!.suggestions).toEqual(['Write “patient advice and liaison service” and leave out “(PALS)”.']);
    expect(f!.fix).toBeDefined();
    const fixed = text.slice(0, f!.fix!.range[0]) + f!.fix!.text + text.slice(f!.fix!.range[1]);
    expect(fixed).toBe('Speak to the patient advice and liaison service if you have a concern.');
  });

  it('gives one warning for an acronym used once and not spelled out', async () => {
    const found = await run('Ask the PCN about it.');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.suggestions).toEqual(['Write “primary care network” instead.']);
  });

  it('leaves an acronym used once alone when the sentence gives it as a name readers will meet', async () => {
    expect(await run('You might also hear the term primary care network (PCN) used by your surgery.')).toEqual([]);
    expect(await run('The Hub, also known as the community wellbeing service (CWS), is open daily.')).toEqual([]);
    // Not a name readers will meet: still not needed.
    expect(await run('Ask the community wellbeing service (CWS) for help.')).toHaveLength(1);
  });

  it('takes the words before a bracket that holds a service name and the acronym as spelling it out', async () => {
    expect(await run('Call the Single Point of Access (Riverside SPA) team. The SPA will call you back.')).toEqual([]);
    // The words before do not spell it: still unexplained.
    expect(await run('Call the duty team (Riverside SPA) now. The SPA will call you back.')).toHaveLength(1);
  });

  it('can stop the used-once suggestion', async () => {
    expect(await run('Speak to the patient advice and liaison service (PALS) today.', { usedOnce: false })).toEqual([]);
  });

  it('warns when the same acronym is spelled out in two different ways', async () => {
    const text = 'A physician associate (PA) sees patients.\n\nA personal assistant (PA) helps at home. Ask your PA.';
    const found = await run(text);
    expect(found).toHaveLength(1);
    expect(where(found[0]!)).toBe('3:23');
    expect(found[0]!.message).toBe('“PA” is spelled out in 2 ways: “physician associate” and “personal assistant”.');
    // Plural and capitals are the same words.
    expect(await run('Integrated care boards (ICBs) plan.\n\nAn integrated care board (ICB) meets.')).toEqual([]);
  });
});

describe('acronyms: settings and presets', () => {
  const text = 'The PCN is open. The PCN is busy. The CQC came.';

  it('takes the allow option and the acronyms setting', async () => {
    expect((await run(text)).map((f) => f.excerpt)).toEqual(['PCN', 'CQC']);
    expect((await run(text, { allow: ['PCN'] })).map((f) => f.excerpt)).toEqual(['CQC']);
    expect((await run(text, {}, { acronyms: ['pcn', 'CQC'] })).map((f) => f.excerpt)).toEqual([]);
  });

  it('follows the well-known list of the preset', async () => {
    const nhs = 'Go to A&E. A&E is open. We spoke to the BBC. The BBC came. The BBC left.';
    // BBC is in the GOV.UK list, A&E in the NHS list: an acronym either guide uses as it is is
    // well known in both presets.
    expect((await run(nhs, {}, { preset: 'nhs' })).map((f) => f.excerpt)).toEqual([]);
    expect((await run(nhs, {}, { preset: 'govuk' })).map((f) => f.excerpt)).toEqual([]);
    expect(await run(nhs, {}, { preset: 'nhs' }, acronyms)).toEqual([]);
    expect(await run(nhs, {}, { preset: 'govuk' }, acronyms)).toEqual([]);
  });

  it('can leave link text alone', async () => {
    const linked = 'Read [the XYZ report](https://example.org). It is short.';
    expect(await run(linked)).toHaveLength(1);
    expect(await run(linked, { links: false })).toEqual([]);
  });
});

describe('acronyms: long documents', () => {
  it('checks a document with 10,000 acronym uses', async () => {
    const names = ['ICB', 'PCN', 'PALS', 'XYZ', 'CQC'];
    const paragraphs: string[] = ['The integrated care board (ICB) plans services.'];
    for (let i = 0; i < 2000; i++) paragraphs.push(names.map((n) => `The ${n} met.`).join(' '));
    const found = await run(paragraphs.join('\n\n'));
    expect(found.map((f) => f.excerpt)).toEqual(['PCN', 'PALS', 'XYZ', 'CQC']);
  });
});

describe('acronyms: everyday and reference letters (fresh-text audit)', () => {
  it('leaves alone things people know by their letters, and medical acronyms the guides use as they are', async () => {
    expect(await run('You can get this leaflet in large print, on CD or DVD. Enter your PIN.', {}, {}, acronyms)).toEqual([]);
    // devices and things named in capitals: not letters readers need spelt out
    expect(await run('Fill in the form on a PC or a tablet. Scan the QR code. Ask for the WIFI password.', {}, {}, acronyms)).toEqual([]);
    expect((await run('Fill in the form on a PC. Then send it to the PCT.', {}, {}, acronyms)).map((f) => f.excerpt)).toEqual(['PCT']);
    for (const preset of ['nhs', 'govuk']) {
      expect(await run('This includes someone living with HIV. The MMR vaccine is free. Ask about IVF.', {}, { preset }, acronyms)).toEqual([]);
    }
  });

  it('leaves alone letters that start a reference joined by slashes or hyphens, but not an acronym before a date range', async () => {
    expect(await run('Job reference: LR/37/18. Quote REF-2024-07 when you call.', {}, {}, acronyms)).toEqual([]);
    expect((await run('The ICB/2025 plan is out.')).map((f) => f.data?.acronym)).toEqual(['ICB']);
  });
});

describe('acronyms: 2 or 3 in one bracket (fresh-text audit)', () => {
  it('reads the words before the bracket as spelling out each acronym in turn', async () => {
    const text = 'Your test found High Risk Human Papilloma Virus (HR HPV). We test for HR HPV every year. Ask your ICB about HR HPV.';
    const found = await run(text);
    expect(found.map((f) => f.data?.acronym)).toEqual(['ICB']);
    const slash = await run('Talk to the integrated care board or integrated care system (ICB/ICS). The ICB and the ICS meet today.');
    expect(slash).toEqual([]);
  });

  it('still flags a bracket of acronyms the words before it do not spell out', async () => {
    const found = await run('We have new clinics for patients (HR HPV). We test for HR HPV every year.');
    expect(found.map((f) => f.data?.acronym)).toEqual(['HR', 'HPV']);
  });
});

describe('acronyms: form numbers and HMRC (fresh-text audit)', () => {
  it('leaves alone the number of a form, and HMRC, which GOV.UK uses as it is', async () => {
    expect(await run('Fill in the GMS1 registration form. Keep your P45 certificate.', {}, {}, acronyms)).toEqual([]);
    expect(await run('You can contact HMRC by phone.', {}, { preset: 'govuk' }, acronyms)).toEqual([]);
  });
});

describe('acronyms: in a line written in capitals', () => {
  it('still finds an acronym the glossary knows, but not the everyday words around it', async () => {
    const found = await run('# STAFF NURSE/SENIOR ODP, BAND 6, DAY UNIT\n\nApply by Friday.', {}, {}, acronyms);
    expect(found.map((f) => f.data?.acronym)).toEqual(['ODP']);
    expect(found[0]!.suggestions?.[0]).toContain('operating department practitioner');
  });

  it('leaves ODP alone as a file format', async () => {
    expect(await run('Read the [slides](/files/talk.odp) (ODP, 2MB).', {}, {}, acronyms)).toEqual([]);
  });
});

describe('acronyms: letters that are a company name (fresh-text audit)', () => {
  it('leaves alone letters with a word that makes them a company or product name', async () => {
    expect(await run('We bought 2 scanners from GE Healthcare. The practice uses EMIS Web. Call BT Group.', {}, {}, acronyms)).toEqual([]);
  });

  it('still checks an acronym the glossary explains, and letters before an ordinary word', async () => {
    expect((await run('The ICB Systems team meets today. The ICB is open.')).map((f) => f.data?.acronym)).toEqual(['ICB']);
    expect((await run('The XQ scanners arrive today.')).map((f) => f.data?.acronym)).toEqual(['XQ']);
  });
});
