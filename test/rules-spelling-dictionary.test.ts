/**
 * spelling: a spell check a writer can trust: what it leaves alone (names, Latin terms, words the
 * document repeats, link text, compounds), slips 1 or 2 letters from a dictionary word, American
 * spellings named with their UK form, the first word of a sentence and hyphenated words. The
 * guides' forms are in rules-uk-spelling-guide-forms.test.ts, the misspellings list in
 * rules-misspellings.test.ts. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import spelling from '../rules/spelling.js';
import ukSpelling from '../rules/uk-spelling.js';
import { builtinRules } from '../rules/index.js';
import { excerptsOf as excerpts, fixedText as applyFixes, lintRule as lint } from './helpers/rule-excerpts.js';

const misspellings = builtinRules.find((r) => r.meta.id === 'misspellings')!;


describe('spelling: what a writer would call right is left alone', () => {
  it('names, places and organisations: anything with a capital letter', async () => {
    expect(await lint(spelling, 'Dr Okonjo works at Penhallow Surgery in Trelawny with the Maeshir Trust.')).toEqual([]);
  });

  it('the Latin second word of a species or a condition, after its capitalised first word', async () => {
    // Guessing “penis” for “pedis”, or “difficult” for “difficile”, would be wrong and would offend.
    expect(await lint(spelling, 'Athlete’s foot (Tinea pedis) is a fungal infection of the skin.')).toEqual([]);
    expect(await lint(spelling, 'The test looks for Clostridioides difficile in your poo.')).toEqual([]);
    expect(await lint(spelling, 'Ear infections (otitis externa) are common in swimmers.')).toEqual([]);
    // Not after an English word with a capital, and not a word with no Latin ending.
    expect(excerpts(await lint(spelling, 'The Green clinis are open late on Mondays.'))).toEqual(['clinis']);
    expect(excerpts(await lint(spelling, 'The Tamworth hosptal is open late on Mondays.'))).toEqual(['hosptal']);
  });

  it('a word the document uses more than once, or in a link address, code or an email address', async () => {
    expect(await lint(spelling, 'Try the carewise app. The carewise app is free.')).toEqual([]);
    expect(await lint(spelling, 'Read about [kanbun boards](https://example.org/kanbun).')).toEqual([]);
    expect(await lint(spelling, 'Run `npm run biuld` or email jsmith@example.nhs.uk for help.')).toEqual([]);
  });

  it('the text of a link to another website (often that page’s title), but not of a link within the site', async () => {
    expect(await lint(spelling, 'Read [the medcine guide](https://example.org/guide).')).toEqual([]);
    expect(await lint(misspellings, 'Read [a seperate guide](https://example.org/guide).')).toEqual([]);
    expect(await lint(ukSpelling, 'Read [the color guide](https://example.org/guide).')).toEqual([]);
    expect(excerpts(await lint(spelling, 'Read [the medcine page](/medicines).'))).toEqual(['medcine']);
  });

  it('plurals, possessives, closed compounds and prefixed words of dictionary words', async () => {
    expect(await lint(spelling, 'We avoid initialisms and talk about morbidities. The carers’ group meets on our webchat and at the helpdesk. You can untick the box.')).toEqual([]);
  });

  it('hyphenated words made of words and prefixes, and word parts talked about', async () => {
    expect(await lint(spelling, 'Our eco-schools work is often mis-read. Words ending in ‘–ment’ are long.')).toEqual([]);
  });

  it('short words, abbreviations with a full stop, words with numbers, and placeholders', async () => {
    expect(await lint(spelling, 'Call approx. once a week, eg on Monday. Use form sa100b. [[toc]]')).toEqual([]);
  });

  it('words with an accent that the dictionary lists without it, but not a slip with an accent', async () => {
    expect(await lint(spelling, 'That phrase is a cliché. Meet us in the café for a naïve question.')).toEqual([]);
    expect((await lint(spelling, 'We will send your resluts and a clichéd answer.')).map((f) => f.excerpt)).toEqual(['resluts']);
  });

  it('medicines, conditions and UK forms the dictionary lacks', async () => {
    expect(await lint(spelling, 'Your pharmacist may suggest atorvastatin or apixaban for your bronchiectasis. The judgment was focussed on the foetus. Wash it at the laundrette.')).toEqual([]);
  });

  it('sentences in another language, and 2 unknown words side by side', async () => {
    expect(await lint(spelling, 'Mae croeso cynnes i bawb yn y feddygfa. Unclaimed estates are bona vacantia.')).toEqual([]);
  });

  it('a name or an acronym written in lower case is a point about capitals, not spelling', async () => {
    expect(await lint(spelling, 'Rubella (german measles) is rare. We support people with adhd and offer bsl interpreters.')).toEqual([]);
  });

  it('leaves list words to their own rules: one finding a word', async () => {
    expect(await lint(spelling, 'You will recieve a letter about the color of your card.')).toEqual([]);
  });
});

describe('spelling: slips and American spellings', () => {
  it('flags a slip 1 letter from a dictionary word, and says which word', async () => {
    const found = await lint(spelling, 'Bring your medcine to the clinic.');
    expect(excerpts(found)).toEqual(['medcine']);
    expect(found[0]!.message).toBe('Check the spelling of “medcine”: did you mean “medicine”?');
    expect(found[0]!.suggestions?.[0]).toBe('medicine');
  });

  it('allows 2 letters for long words, but 1 for short ones and for 2 words written as one', async () => {
    expect(excerpts(await lint(spelling, 'Book an apointmnet. Use our webchat.'))).toEqual(['apointmnet']);
  });

  it('ranks the commonest slips first: a missing letter before a wrong one', async () => {
    const found = await lint(spelling, 'You will recive a letter.');
    expect(found[0]!.suggestions?.[0]).toBe('receive');
  });

  it('ranks a missing letter before an extra one: writers leave letters out more often', async () => {
    const found = await lint(spelling, 'The surgey is shut today.');
    expect(found[0]!.suggestions?.[0]).toBe('surgery');
    expect(found[0]!.message).toBe('Check the spelling of “surgey”: did you mean “surgery”?');
  });

  it('checks each part of a hyphenated word, and points at the wrong part', async () => {
    const found = await lint(spelling, 'Fill in the self-asessment form.');
    expect(excerpts(found)).toEqual(['asessment']);
    expect(found[0]!.suggestions?.[0]).toBe('assessment');
  });

  it('names American spellings the uk-spelling list does not have, with the UK form and a fix', async () => {
    const text = 'We endeavor to treat every patient with rigor and fervor.';
    const found = await lint(spelling, text);
    expect(excerpts(found)).toEqual(['endeavor', 'rigor', 'fervor']);
    expect(found[0]!.message).toBe('“endeavor” is the American spelling. UK English writes “endeavour”.');
    expect(applyFixes(text, found)).toBe('We endeavour to treat every patient with rigour and fervour.');
  });

  it('turns -ize into -ise only when the result is a word: size, prize and capsize stay', async () => {
    expect(excerpts(await lint(spelling, 'We will amortize the cost. The prize is a boat that may capsize if you seize the wrong size.'))).toEqual(['amortize']);
  });

  it('finds a name or acronym written once with a letter missing, when the document writes it 3 times or more', async () => {
    const text = 'The NHS app is free. Ask the NHS. The NHS helps. Visit Oakfield HS Foundation Trust. Bassetlaw, Bassetlaw and Bassetlaw Road lead to Basetlaw station.';
    const found = await lint(spelling, text);
    expect(excerpts(found)).toEqual(['HS', 'Basetlaw']);
    expect(found[0]!.message).toBe('Check the spelling of “HS”: this document writes “NHS” 3 times.');
  });

  it('leaves alone plurals, dictionary words, and acronyms with swapped letters or a lower-case word', async () => {
    expect(await lint(spelling, 'The Trusts, the Trusts and the Trusts. Each Trust helps.')).toEqual([]);
    expect(await lint(spelling, 'Send ODT, ODT or ODT files, or a DOT file. Not DOCX, DOCX, DOCX or DOC.')).toEqual([]);
  });

  it('does not take a sentence of American spellings for another language', async () => {
    expect(excerpts(await lint(spelling, 'Our endeavor is rigor and fervor and candor.'))).toEqual(['endeavor', 'rigor', 'fervor']);
  });

  it('finds American spellings even when the document uses them more than once', async () => {
    expect(excerpts(await lint(spelling, 'Our savior is the NHS. The NHS is a savior.'))).toEqual(['savior', 'savior']);
  });
});

describe('spelling: the first word of a sentence', () => {
  it('checks a long first word in lower case, and keeps its capital in the suggestion', async () => {
    const found = await lint(spelling, 'Appontment letters go out today. The pharmacy is shut.\n\n## Medcine reviews');
    expect(found.map((f) => [f.excerpt, f.suggestions?.[0], f.message])).toEqual([
      ['Appontment', 'Appointment', 'Check the spelling of “Appontment”: did you mean “Appointment”?'],
      ['Medcine', 'Medicine', 'Check the spelling of “Medcine”: did you mean “Medicine”?'],
    ]);
  });

  it('leaves names there alone: short ones, ones with another capitalised word, and words used again', async () => {
    for (const text of [
      'Conor will call you on Monday.',
      'Eastbourne has a new walk-in centre.',
      'Tremlow Valley Hospital is open.',
      'Penhallow said the clinic opens soon. We thank Penhallow for this.',
    ]) {
      expect(await lint(spelling, text), text).toEqual([]);
    }
  });
});

describe('spelling: hyphenated words', () => {
  it('accepts a word the dictionary knows without its hyphen, and still finds a slip in a part', async () => {
    expect(await lint(spelling, 'Our care co-ordinator will call. Care is co-ordinated across teams. We co-operate with the council.')).toEqual([]);
    expect(excerpts(await lint(spelling, 'Call our appontment-booking line.'))).toEqual(['appontment']);
  });
});
