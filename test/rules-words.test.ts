/**
 * The word-based rules (jargon, simpler-words, uk-spelling, inclusive-language,
 * repeated-words, spelling) and the shared phrase matcher behind them (rules/lib/terms.ts):
 * exact positions, context, the bracket and quotation exemptions, fixes that give the right
 * text, presets, Word input and linear time on a long document.
 */
import { MAX_FINDINGS_PER_RULE } from '../src/engine/lint.js';
import { suggestCase } from '../rules/lib/terms.js';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import simplerWords from '../rules/simpler-words.js';
import ukSpelling from '../rules/uk-spelling.js';
import inclusiveLanguage from '../rules/inclusive-language.js';
import repeatedWords from '../rules/repeated-words.js';
import spelling from '../rules/spelling.js';
import { compileTerms, findTerms, matchCase, type TermEntry } from '../rules/lib/terms.js';
import { runRetext } from '../rules/lib/retext.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import { lintDraft } from '../src/engine/run.js';
import { ConfigLoader } from '../src/config/load.js';
import type { Finding, Rule } from '../src/types.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import { oneRule as config } from './helpers/rule-config.js';

const jargon = builtinRules.find((r) => r.meta.id === 'jargon')!;


async function lint(rule: Rule, text: string, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), config(rule, options, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

const excerpts = (findings: Finding[]) => findings.map((f) => f.excerpt);
const at = (f: Finding) => [f.start.line, f.start.column, f.end.line, f.end.column];

/** Apply every fix, last first, as an editor would. */
function applyFixes(text: string, findings: Finding[]): string {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  let limit = Infinity;
  for (const fix of fixes) {
    expect(fix.range[1]).toBeLessThanOrEqual(limit);
    out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1]);
    limit = fix.range[0];
  }
  return out;
}

const entries: TermEntry[] = [
  { id: 'going-forward', match: ['going forward'], alternatives: ['from now on'], fix: true },
  { id: 'utilise', match: ['utilise', 'utilises'], alternatives: ['use', 'uses'], fix: true },
  { id: 'co-production', match: ['co-production', 'co-produce'], alternatives: ['working together'] },
  { id: 'deliver', match: ['deliver'], alternatives: ['give', 'make'], context: { onlyIfFollowedBy: ['transformation', 'change'] } },
  { id: 'drive', match: ['drive'], alternatives: ['lead to'], context: { skipIfFollowedBy: ['to the hospital', 'to'] } },
  { id: 'foster', match: ['foster'], alternatives: ['encourage'], context: { skipIfFollowedBy: ['carers', 'care'] } },
  { id: 'dialogue', match: ['dialogue'], alternatives: ['talk'], context: { onlyIfPrecededBy: ['a', 'open'] } },
  { id: 'haemorrhoids', match: ['haemorrhoids'], alternatives: ['piles'] },
  { id: 'us', match: ['US'], alternatives: ['the United States'], caseSensitive: true },
  { id: 'chemist', match: ['chemist'], alternatives: ['pharmacy'], presets: ['nhs'] },
];

function find(text: string, preset = 'nhs') {
  return findTerms(parseMarkdown(text, 'x.md'), entries, { preset });
}
const ids = (text: string, preset?: string) => find(text, preset).map((m) => m.entry.id);

describe('terms matcher', () => {
  it('matches phrases across spaces and line breaks, with exact offsets', () => {
    const text = 'We will, going\nforward, utilise it.';
    const found = find(text);
    expect(found.map((m) => [m.entry.id, m.text, text.slice(m.start, m.end)])).toEqual([
      ['going-forward', 'going forward', 'going\nforward'],
      ['utilise', 'utilise', 'utilise'],
    ]);
  });

  it('matches words, not parts of words, and not across punctuation', () => {
    expect(ids('Utilised well. Going, forward.')).toEqual([]);
  });

  it('matches hyphenated words as one word', () => {
    expect(ids('We believe in co-production. We co-produce leaflets.')).toEqual(['co-production', 'co-production']);
    expect(ids('We co production and production.')).toEqual([]);
  });

  it('applies context: followed by and preceded by', () => {
    expect(ids('We will deliver a parcel to you.')).toEqual([]);
    expect(ids('We will deliver transformation.')).toEqual(['deliver']);
    expect(ids('You can drive to the hospital.')).toEqual([]);
    expect(ids('This will drive improvement.')).toEqual(['drive']);
    expect(ids('Foster carers are welcome. We foster good habits.')).toEqual(['foster']);
    expect(ids('We had a dialogue. The dialogue box closed.')).toEqual(['dialogue']);
  });

  it('leaves a term explained in brackets alone, both ways round', () => {
    expect(ids('Piles (haemorrhoids) are common.')).toEqual([]);
    expect(ids('Piles (also called haemorrhoids) are common.')).toEqual([]);
    expect(ids('Haemorrhoids (piles) are common.')).toEqual([]);
    expect(ids('Haemorrhoids are common.')).toEqual(['haemorrhoids']);
    expect(ids('(Haemorrhoids are common.)')).toEqual(['haemorrhoids']);
  });

  it('leaves short quoted terms alone, but not long quotes', () => {
    expect(ids('Do not say “going forward” or "utilise" or \'deliver change\'.')).toEqual([]);
    expect(ids('Do not say ‘utilise’.')).toEqual([]);
    expect(ids('She said: “we will utilise every clinic we have”.')).toEqual(['utilise']);
    expect(ids("The patients' choice is to utilise it.")).toEqual(['utilise']);
  });

  it('skips code and web addresses', () => {
    expect(ids('Run `utilise` or see https://example.com/going-forward today.')).toEqual([]);
  });

  it('honours case-sensitive entries and presets', () => {
    expect(ids('Tell us about the US.')).toEqual(['us']);
    expect(ids('Ask the chemist.', 'nhs')).toEqual(['chemist']);
    expect(ids('Ask the chemist.', 'govuk')).toEqual([]);
  });

  it('keeps the writer’s capitals in fixes, but suggestions do not shout', () => {
    expect(matchCase('Utilise', 'use')).toBe('Use');
    // A fix keeps the capitals, so the swap is safe; capitals are a problem of their own
    // (all-caps), so the suggestion is in lower case.
    expect(matchCase('UTILISE', 'use')).toBe('USE');
    expect(suggestCase('UTILISE', 'use')).toBe('use');
    expect(matchCase('utilise', 'use')).toBe('use');
    expect(matchCase('Going forward', 'from now on')).toBe('From now on');
  });

  it('compiles a list once', () => {
    expect(compileTerms(entries)).toBe(compileTerms(entries));
  });

  it('is linear: a 20,000-word document finishes with the right count', () => {
    const paragraph =
      'Going forward, we will utilise the clinic and deliver transformation for patients in the area. ' +
      'You can drive to the hospital and park next to the main entrance of the building on most days of the week.';
    const words = paragraph.split(/\s+/).length; // 37
    const copies = Math.ceil(20000 / words);
    const text = Array.from({ length: copies }, () => paragraph).join('\n\n');
    const found = find(text);
    expect(found).toHaveLength(copies * 3);
  });

  it('is linear through a whole rule too', async () => {
    const paragraph = 'Going forward, we will deliver transformation. You can drive to the hospital and park there.';
    const words = paragraph.split(/\s+/).length;
    const copies = Math.ceil(20000 / words);
    const text = Array.from({ length: copies }, () => paragraph).join('\n\n');
    // Every copy is matched; the engine keeps the first 500 of a rule's findings in one file.
    expect(copies * 2).toBeGreaterThan(MAX_FINDINGS_PER_RULE);
    expect(await lint(jargon, text)).toHaveLength(MAX_FINDINGS_PER_RULE);
  });
});

describe('retext adapter', () => {
  it('turns plugin messages into exact source positions', async () => {
    const text = '# Title\n\nBring it to the the clinic.';
    const doc = parseMarkdown(text, 'x.md');
    const messages = await runRetext(doc, 'test-repeated', () => import('retext-repeated-words'));
    expect(messages).toHaveLength(1);
    expect(text.slice(messages[0]!.start.offset, messages[0]!.end.offset)).toBe('the the');
    expect([messages[0]!.start.line, messages[0]!.start.column]).toEqual([3, 13]);
  });
});

describe('jargon', () => {
  it('finds management-speak with exact positions and plain messages', async () => {
    const text = '# Our plans\n\nGoing forward, we will leverage our\npartnerships to deliver transformation.';
    const found = await lint(jargon, text);
    expect(excerpts(found)).toEqual(['Going forward', 'leverage', 'deliver']);
    expect(at(found[0]!)).toEqual([3, 1, 3, 14]);
    expect(at(found[1]!)).toEqual([3, 24, 3, 32]);
    // The finding covers the word to change, not the words after it that made it jargon.
    expect(at(found[2]!)).toEqual([4, 17, 4, 24]);
    expect(found[2]!.message).toBe('“deliver” is management-speak that many readers do not use.');
    expect(found[1]!.message).toBe('“leverage” is management-speak that many readers do not use.');
    for (const f of found) {
      expect(f.suggestions?.length).toBeGreaterThan(0);
      expect(f.message).not.toMatch(/\be\.g\.|\bi\.e\.|&/);
    }
  });

  it('reads the words around a term', async () => {
    expect(await lint(jargon, 'We will deliver a parcel to your home.')).toEqual([]);
    expect(excerpts(await lint(jargon, 'We will deliver transformation.'))).toEqual(['deliver']);
    expect(await lint(jargon, 'You can drive to the hospital.')).toEqual([]);
    expect(excerpts(await lint(jargon, 'Our teams drive improvement.'))).toEqual(['drive']);
    // “key areas”: the problem is “key”, so the finding and its message name only “key” …
    const key = await lint(jargon, 'We have 4 key areas of work.');
    expect(excerpts(key)).toEqual(['key']);
    expect(key[0]!.message).toBe('“key” is management-speak that many readers do not use.');
    // … but “focus on” takes in “on”, because the suggestion replaces both words (“work on”).
    expect(excerpts(await lint(jargon, 'We will focus on prevention.'))).toEqual(['focus on']);
    expect(await lint(jargon, 'Foster carers can get support.')).toEqual([]);
  });

  it('leaves “piles (haemorrhoids)” alone but flags “haemorrhoids” on its own', async () => {
    expect(await lint(jargon, 'Piles (haemorrhoids) are swollen blood vessels.')).toEqual([]);
    const found = await lint(jargon, 'Haemorrhoids are swollen blood vessels.');
    expect(excerpts(found)).toEqual(['Haemorrhoids']);
    expect(found[0]!.suggestions).toContain('Piles');
  });

  it('leaves quoted terms alone', async () => {
    expect(await lint(jargon, 'In letters, do not write "leverage" or “going forward”.')).toEqual([]);
  });

  it('leaves alone the titles of pages on other websites', async () => {
    expect(await lint(jargon, 'Read [Developer and integration hub](https://digital.nhs.uk/developer).')).toEqual([]);
    expect(excerpts(await lint(jargon, 'Read about our [integration hub](/hub-page) plans.'))).toEqual(['hub']);
  });

  it('works the same on Word documents', async () => {
    const markdown = '# Plans\n\nGoing forward, we will leverage our partnerships.';
    const loader = new ConfigLoader({ preset: 'nhs' });
    const report = await lintDraft({ path: 'x.docx', kind: 'docx', buffer: await markdownToDocx(markdown), notices: [] }, 'x', { loader });
    const found = report.findings.filter((f) => f.ruleId === 'jargon');
    expect(excerpts(found)).toEqual(['Going forward', 'leverage']);
  });
});

describe('simpler-words', () => {
  it('suggests plainer words, with fixes that give the right text', async () => {
    const text = 'Utilise the NHS App in order to book. Bring your medication prior to the visit.';
    const found = await lint(simplerWords, text);
    expect(excerpts(found)).toEqual(['Utilise', 'in order to', 'medication', 'prior to']);
    expect(found[0]!.suggestions?.[0]).toBe('Use');
    expect(found[0]!.message).toBe('There is a simpler way to say “Utilise”.');
    expect(applyFixes(text, found)).toBe('Use the NHS App to book. Bring your medicine before the visit.');
  });

  it('keeps only the checked retext-simplify phrases', async () => {
    expect(await lint(simplerWords, 'Choose an option. There is a component for multiple pages. However, it is fine.')).toEqual([]);
    const found = await lint(simplerWords, 'Tell us in the event of a problem.');
    expect(excerpts(found)).toEqual(['in the event of']);
    expect(found[0]!.suggestions).toEqual(['if']);
    expect(found[0]!.data?.source).toBe('retext-simplify');
  });

  it('reports words that both lists know once', async () => {
    // "prior to" is in our list and in retext-simplify's.
    const found = await lint(simplerWords, 'Eat nothing prior to the test.');
    expect(found).toHaveLength(1);
    expect(found[0]!.data?.source).toBeUndefined();
  });

  it('leaves words the jargon and house-style rules check to them', async () => {
    const result = await lintMarkdown('We will facilitate a meeting. Please note the new times.');
    expect(result.findings.filter((f) => f.ruleId === 'simpler-words')).toEqual([]);
  });

  it('follows the preset', async () => {
    expect(excerpts(await lint(simplerWords, 'Ask your chemist.', {}, { preset: 'nhs' }))).toEqual(['chemist']);
    expect(await lint(simplerWords, 'Ask your chemist.', {}, { preset: 'govuk' })).toEqual([]);
  });
});

describe('uk-spelling', () => {
  it('flags American spellings with fixes', async () => {
    const text = 'Our pediatric team will prioritize children with anemia.';
    const found = await lint(ukSpelling, text);
    expect(excerpts(found)).toEqual(['pediatric', 'prioritize', 'anemia']);
    expect(found[1]!.message).toBe('“prioritize” is American English: write “prioritise”.');
    expect(applyFixes(text, found)).toBe('Our paediatric team will prioritise children with anaemia.');
  });

  it('says so when a document spells a word both ways, in the finding on the word (not a second one)', async () => {
    const text = 'We prioritize carers.\n\nWe prioritise older people. We prioritize children.';
    const found = await lint(ukSpelling, text);
    expect(found).toHaveLength(2);
    expect(at(found[0]!)).toEqual([1, 4, 1, 14]);
    expect(found[0]!.message).toBe('“prioritize” is American English, and this document also spells it “prioritise”.');
    expect(found[1]!.message).toBe(found[0]!.message);
  });

  it('leaves proper names alone', async () => {
    expect(await lint(ukSpelling, 'Read advice from the World Health Organization and Boston Medical Center.')).toEqual([]);
    expect(excerpts(await lint(ukSpelling, 'Meet us at the center.'))).toEqual(['center']);
  });

  it('follows the preset', async () => {
    expect(excerpts(await lint(ukSpelling, 'About 5 percent of people.', {}, { preset: 'govuk' }))).toEqual(['percent']);
    expect(await lint(ukSpelling, 'About 5 percent of people.', {}, { preset: 'nhs' })).toEqual([]);
  });

  it('does not read code written as a paragraph', async () => {
    expect(await lint(ukSpelling, '.nhsuk-example { color: $color_blue; }')).toEqual([]);
  });
});

describe('inclusive-language', () => {
  it('uses person-first language but allows clinical terms', async () => {
    const found = await lint(inclusiveLanguage, 'Diabetics should book a foot check.');
    expect(excerpts(found)).toEqual(['Diabetics']);
    expect(found[0]!.suggestions?.[0]).toBe('Person with diabetes');
    expect(at(found[0]!)).toEqual([1, 1, 1, 10]);
    expect(await lint(inclusiveLanguage, 'Book your diabetic eye screening. Have an epileptic seizure plan.')).toEqual([]);
  });

  it('keeps only the checked retext-equality findings', async () => {
    const found = await lint(inclusiveLanguage, 'We need more manpower. The chairman will open the meeting.');
    expect(excerpts(found)).toEqual(['manpower', 'chairman']);
    expect(found[1]!.suggestions).toEqual(['chair']);
    // retext-equality flags these, but they are right in UK NHS text.
    expect(
      await lint(
        inclusiveLanguage,
        'Disabled people in the UK can get easy read leaflets. It is simple: just ask. A man with mental health problems, his wife and Down’s syndrome services.',
      ),
    ).toEqual([]);
  });

  it('never treats an acronym as a bad word', async () => {
    expect(await lint(inclusiveLanguage, 'The UK, the NHS and the ICB work together. GP and A&E services.')).toEqual([]);
  });

  it('reports once when both lists find the same words', async () => {
    const found = await lint(inclusiveLanguage, 'The lift is for people who are confined to a wheelchair.');
    expect(found).toHaveLength(1);
    expect(found[0]!.data?.source).toBeUndefined();
  });
});

describe('repeated-words', () => {
  it('finds a repeated word with exact positions and a fix', async () => {
    const text = '# Booking\n\nBring your NHS number to the\nthe appointment.';
    const found = await lint(repeatedWords, text);
    expect(found).toHaveLength(1);
    expect(at(found[0]!)).toEqual([3, 26, 4, 4]);
    expect(found[0]!.message).toBe('The word “the” is written twice.');
    expect(applyFixes(text, found)).toBe('# Booking\n\nBring your NHS number to the appointment.');
  });

  it('ignores deliberate repeats', async () => {
    expect(await lint(repeatedWords, 'If you had had a vaccine. We know that that is hard. Bye bye, and there there.')).toEqual([]);
  });

  it('asks for a comma, not a cut, where “you you” joins an opening clause to the main one', async () => {
    const text = 'Provided you bring your letter with you you can park for free.';
    const found = await lint(repeatedWords, text);
    expect(found.map((f) => f.message)).toEqual(['Add a comma after the first “you”: the part that starts with “Provided” ends there.']);
    expect(found[0]!.suggestions).toEqual(['you, you']);
    expect(applyFixes(text, found)).toBe('Provided you bring your letter with you, you can park for free.');
    expect((await lint(repeatedWords, 'Unless we ask for it it stays with you.'))[0]!.message).toBe('Add a comma after the first “it”: the part that starts with “Unless” ends there.');
    // a slip is still a slip: no opening clause, or the first word does not end one
    expect((await lint(repeatedWords, 'Call us if you you need help.'))[0]!.message).toBe('The word “you” is written twice.');
    expect((await lint(repeatedWords, 'If you you need help, call us.'))[0]!.message).toBe('The word “you” is written twice.');
  });

  it('does not offer a fix across formatting', async () => {
    const found = await lint(repeatedWords, 'Come to the **the** clinic.');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('finds a phrase of 2 to 4 words written twice, and fixes it', async () => {
    const text = 'Rest as much as much as possible. Put the form in the in the box. We will call you on the day on the day before.';
    const found = await lint(repeatedWords, text);
    expect(excerpts(found)).toEqual(['as much as much', 'in the in the', 'on the day on the day']);
    expect(found[0]!.message).toBe('The words “as much” are written twice.');
    expect(found[0]!.suggestions).toEqual(['as much']);
    expect(applyFixes(text, found)).toBe('Rest as much as possible. Put the form in the box. We will call you on the day before.');
    // across a line break too
    expect(excerpts(await lint(repeatedWords, 'Bring it to the\nto the clinic.'))).toEqual(['to the\nto the']);
    // a small word is never half of a “face to face” pair
    expect(excerpts(await lint(repeatedWords, 'Go to the to the shop. Talk to you to you soon.'))).toEqual(['to the to the', 'to you to you']);
  });

  it('leaves deliberate and broken repeats of a phrase alone', async () => {
    const text = [
      'We tried again and again and again. Learn step by step by step. It went on day after day after day.',
      'That is, that is the plan. Fly to New York New York. The “in the in the” slip is common, like “as much as much as possible”.',
      'Call [find out](https://example.org/a) find out more. Choose **in the** in the list.',
      'A file whose folder is shared is shared too. People who were seen were seen quickly.',
      'We are going back to face to face meetings. Help moves from home to day to day support. Staff went door to door to help.',
    ].join('\n\n');
    expect(await lint(repeatedWords, text)).toEqual([]);
    // one word 4 times is the one-word check's finding, not a phrase
    const word = await lint(repeatedWords, 'Go to the the the the clinic.');
    expect(word.length).toBeGreaterThan(0);
    expect(word.every((f) => f.message.startsWith('The word '))).toBe(true);
  });
});

describe('spelling', () => {
  it('is a suggestion, so presets can leave it off', () => {
    expect(spelling.meta.severity).toBe('suggestion');
  });

  it('finds unknown words and suggests the right one', async () => {
    const found = await lint(spelling, 'You will recive a letter about your appontment.');
    expect(excerpts(found)).toEqual(['recive', 'appontment']);
    expect(found[0]!.suggestions?.[0]).toBe('receive');
    expect(found[0]!.message).toBe('Check the spelling of “recive”: did you mean “receive”?');
    expect(at(found[1]!)).toEqual([1, 37, 1, 47]);
  });

  it('takes extra words, and skips names, acronyms and numbers', async () => {
    expect(await lint(spelling, 'You will recive a letter.', { words: ['recive'] })).toEqual([]);
    expect(await lint(spelling, 'Visit Basildon Hospital or the ICB at 10am about COVID-19.')).toEqual([]);
  });
});

describe('lists of words to avoid', () => {
  it('skips a list introduced by “We do not say:”, but not an ordinary list', async () => {
    const avoid = 'We do not say:\n\n- suffering from\n- confined to a wheelchair\n- manpower\n- in order to\n';
    expect(await lint(inclusiveLanguage, avoid)).toEqual([]);
    expect(await lint(simplerWords, avoid)).toEqual([]);
    expect(await lint(jargon, 'Avoid these words:\n\n- leverage\n- going forward\n')).toEqual([]);
    const used = await lint(inclusiveLanguage, 'Our patients:\n\n- are suffering from long waits\n');
    expect(excerpts(used)).toEqual(['suffering from']);
  });
});

describe('quoted words and plugin findings', () => {
  it('leaves quoted phrases alone for retext plugins too', async () => {
    expect(await lint(simplerWords, 'Do not write “in order to” or "in accordance with".')).toEqual([]);
    expect(await lint(inclusiveLanguage, 'Never write “manpower” in a job advert.')).toEqual([]);
    expect(await lint(repeatedWords, 'A typo like “the the” is easy to miss.')).toEqual([]);
  });
});
