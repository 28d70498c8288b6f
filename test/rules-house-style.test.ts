/**
 * house-style: each check firing and staying silent on near misses, exact positions, fixes that
 * give the right text, both presets, the `checks` option and preferred terms.
 */
import { describe, expect, it } from 'vitest';
import houseStyle from '../rules/house-style.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import type { Finding, LintDocument } from '../src/types.js';
import { lintDraft } from '../src/engine/run.js';
import { ConfigLoader } from '../src/config/load.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import data from '../rules/data/house-style.json' with { type: 'json' };
import { oneRule } from './helpers/rule-config.js';
import { fixedText } from './helpers/house-style.js';
import govukPreset from '../rules/presets/govuk.json' with { type: 'json' };

const config = (options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) => oneRule(houseStyle, options, settings);

async function lintDoc(doc: LintDocument, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const result = await lintDocument(doc, config(options, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

async function lint(text: string, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  return lintDoc(parseMarkdown(text, 'draft.md'), options, settings);
}

const checksOf = (findings: Finding[]) => findings.map((f) => f.data?.check);

/** The govuk preset's house-style options and settings, as the preset gives them. */
const GOVUK = govukPreset.rules['house-style'] as Record<string, unknown>;
const GOVUK_SETTINGS = { preset: 'govuk' };
const excerpts = (findings: Finding[]) => findings.map((f) => f.excerpt);

async function silent(text: string, options: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const found = await lint(text, options, settings);
  expect(found.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual([]);
}

describe('house-style: short forms', () => {
  it('finds eg, e.g., ie, i.e. and etc with exact positions', async () => {
    const text = 'Bring ID, e.g. a passport.\nUse photo ID, ie a card, i.e. a licence, eg a bus pass, etc.';
    const found = await lint(text);
    expect(checksOf(found)).toEqual(['eg', 'ie', 'ie', 'eg', 'etc']);
    expect(excerpts(found)).toEqual(['e.g.', 'ie', 'i.e.', 'eg', 'etc.']);
    expect(found[0]!.start).toMatchObject({ line: 1, column: 11, offset: 10 });
    expect(found[0]!.end).toMatchObject({ line: 1, column: 15 });
    expect(found[1]!.start).toMatchObject({ line: 2, column: 15 });
    expect(found[0]!.message).toBe('Write “for example” in place of the short form “eg”.');
    expect(found[0]!.suggestions).toEqual(['for example']);
    expect(found[0]!.data?.source).toContain('service-manual.nhs.uk');
    // Only eg has a fix: "that is" and "and so on" need a person to check the sentence.
    expect(found.map((f) => Boolean(f.fix))).toEqual([true, false, false, true, false]);
    expect(fixedText(text, found)).toBe(
      'Bring ID, for example a passport.\nUse photo ID, ie a card, i.e. a licence, for example a bus pass, etc.',
    );
  });

  it('keeps the capital at the start of a sentence', async () => {
    const text = 'E.g. this one. Eg that one.';
    const found = await lint(text);
    expect(fixedText(text, found)).toBe('For example this one. For example that one.');
  });

  it('leaves near misses alone', async () => {
    await silent('Internet Explorer (IE) and EG Ltd. A pie chart, an egg, a tie. Write ‘eg’ and "i.e." only in quotes. See `e.g.` in code.');
    await silent('Our site at www.example.nhs.uk/eg/ie has the leaflets, and `fetch(etc)` is code.');
  });
});

describe('house-style: ampersands', () => {
  it('finds “&” in prose and fixes it', async () => {
    const text = 'Tea & coffee are free. Bring a drink&snack.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['&', '&']);
    expect(found[0]!.start.column).toBe(5);
    expect(found[0]!.suggestions).toEqual(['Tea and coffee']);
    expect(fixedText(text, found)).toBe('Tea and coffee are free. Bring a drink and snack.');
  });

  it('fixes a character reference in markdown as a whole', async () => {
    const text = 'Tea &amp; coffee.';
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(fixedText(text, found)).toBe('Tea and coffee.');
  });

  it('finds “&” in a heading in title case, when both words are ordinary words', async () => {
    const found = await lint('# Patients & Visitors\n\nText.\n\n## Useful Links & Contacts\n\nMore text.\n');
    expect(found.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'ampersand: & → Patients and Visitors',
      'ampersand: & → Links and Contacts',
    ]);
  });

  it('leaves names in headings alone: places, organisations and bodies', async () => {
    await silent('# Perth & Kinross\n\n## HM Revenue & Customs\n\n## Wigan & Leigh Teaching Hospitals\n\n## Nursing & Midwifery Council\n');
  });

  it('leaves names alone', async () => {
    await silent('Go to A&E. Shop at M&S, B&Q or P&O. Read the T&Cs. Write to HM Revenue & Customs or the Department of Health & Social Care.');
  });
});

describe('house-style: contractions', () => {
  it('finds negative contractions, straight or curly, once per document, and keeps capitals', async () => {
    let text = "Don't worry. We can’t help. DON'T run. You won't need it. It isn't far, so you shouldn't drive.";
    const found = await lint(text);
    // One finding on the first, counting the rest: a page full of them is one message.
    expect(excerpts(found)).toEqual(["Don't"]);
    expect(found[0]!.message).toBe('Write “Do not” in full, not “Don\'t”. This page has 6 negative contractions: write each in full.');
    expect(found[0]!.start.column).toBe(1);
    // Fixing pass by pass (as --fix does) writes every one in full.
    for (let pass = 0; pass < 10; pass++) {
      const again = await lint(text);
      if (!again.length) break;
      text = fixedText(text, again);
    }
    expect(text).toBe('Do not worry. We cannot help. DO NOT run. You will not need it. It is not far, so you should not drive.');
  });

  it('leaves names, labels, quotes and friendly contractions alone', async () => {
    await silent("Use Do and Don't lists. The tick (do) and cross (don't) icons.\n\nDon't\n\nYou'll get a text. We're here. It's free.");
    await silent('Dr Patel said: “We can’t wait to open.”\n\n> I don’t know what I would have done without the nurses.');
  });
});

describe('house-style: times', () => {
  it('finds each wrong form and gives the house-style time', async () => {
    const text = 'Open 9.00am, 9:00am, 5.30pm, 5 pm, 5PM, 09:00, 17:00, 1700hrs, 12pm, 12 noon, 12am and 00:00.';
    const found = await lint(text);
    expect(found.every((f) => f.data?.check === 'times')).toBe(true);
    expect(found.map((f) => f.suggestions?.[0])).toEqual([
      '9am', '9am', '5:30pm', '5pm', '5pm', '9am', '5pm', '5pm', 'midday', 'midday', 'midnight', 'midnight',
    ]);
    expect(found[5]!.message).toBe('Write “9am”, not the 24-hour time “09:00”.');
    expect(found[0]!.start).toMatchObject({ line: 1, column: 6 });
    expect(fixedText(text, found)).toBe(
      'Open 9am, 9am, 5:30pm, 5pm, 5pm, 9am, 5pm, 5pm, midday, midday, midnight and midnight.',
    );
  });

  it('keeps a full stop that also ends the sentence', async () => {
    const text = 'Come at 9 a.m. Then wait.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['9 a.m']);
    expect(fixedText(text, found)).toBe('Come at 9am. Then wait.');
  });

  it('suggests but does not fix a time that could be either clock', async () => {
    const found = await lint('The clinic starts at 10:30.');
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual(['10:30am']);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('leaves right times and look-alikes alone', async () => {
    await silent('Open 9am to 5pm, and 5:30pm on Fridays. Book a meeting at 1:15pm. Version 2.0 and v10.5 are out.');
    await silent('John 3:16 is a verse. Screens have a 16:10 ratio. The file was saved at `17:00:00`. It costs £12.00.', { checks: { money: false } });
  });
});

describe('house-style: micrograms (NHS A to Z, made-up text)', () => {
  it('asks for “micrograms” in full, not “mcg” or “μg”, with one finding for a spaced “mcg”', async () => {
    const text = 'Take 400mcg of folic acid a day. Adults need 10 μg of vitamin D. Take 1 mcg each day.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['400mcg', '10 μg', '1 mcg']);
    expect(found[0]!.message).toBe('Write “400 micrograms” in full, not “400mcg”.');
    expect(fixedText(text, found)).toBe('Take 400 micrograms of folic acid a day. Adults need 10 micrograms of vitamin D. Take 1 microgram each day.');
  });

  it('leaves the explanation of the short form, tables and GOV.UK style alone', async () => {
    await silent('The word microgram is sometimes written as mcg or μg. The packet may say 10μg.\n\n| Dose | Amount |\n| --- | --- |\n| Daily | 400mcg |');
    await silent('Take 400mcg of folic acid a day.', GOVUK, GOVUK_SETTINGS);
  });
});

describe('house-style: dates', () => {
  it('writes the day of the week in full and with no comma before the date (made-up text)', async () => {
    const text = 'The fair is on Monday, 4 June 2029. Come on Tues. 5 June or Wed 6 June. It opened on Friday, 2nd March.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['Monday, 4 June 2029', 'Tues. 5 June', 'Wed 6 June', 'Friday, 2nd March']);
    expect(found[0]!.message).toBe('Write the date as “Monday 4 June 2029”, not “Monday, 4 June 2029”.');
    expect(fixedText(text, found)).toBe(
      'The fair is on Monday 4 June 2029. Come on Tuesday 5 June or Wednesday 6 June. It opened on Friday 2 March.',
    );
    await silent('The fair is on Monday 4 June 2029. We are open Monday to Friday, 9am to 5pm. She sat 4 exams.');
    // GOV.UK allows short forms in tables, where space is an issue
    await silent('| Day | Date |\n| --- | --- |\n| Mon 4 June | Sat 9 June |', GOVUK, GOVUK_SETTINGS);
  });

  it('finds ordinals, numeric dates and short months', async () => {
    const text = 'On 1st January, January 1st, the 3rd of May 2026, 01/02/2026, 1 Jan, Jan 5, 12 Sept 2026 and June 30, 2026.';
    const found = await lint(text);
    expect(checksOf(found).every((c) => c === 'dates')).toBe(true);
    expect(found.map((f) => f.suggestions?.[0])).toEqual([
      '1 January', '1 January', '3 May 2026', '1 February 2026', '1 January', '5 January', '12 September 2026', '30 June 2026',
    ]);
    expect(found[2]!.excerpt).toBe('the 3rd of May 2026');
    // Numeric dates can be read two ways, so they are not fixed.
    expect(found[3]!.fix).toBeUndefined();
    expect(fixedText(text, found)).toBe(
      'On 1 January, 1 January, 3 May 2026, 01/02/2026, 1 January, 5 January, 12 September 2026 and 30 June 2026.',
    );
  });

  it('finds “January 6” after a word that makes it a date, and a weekday with an ordinal but no month', async () => {
    const text = 'We open on January 6 and close on Monday 1st. Come on Tuesday, the 3rd.';
    const found = await lint(text);
    expect(found.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'dates: January 6 → 6 January',
      'dates: Monday 1st → Monday 1 and the month',
      'dates: Tuesday, the 3rd → Tuesday 3 and the month',
    ]);
    expect(found[1]!.message).toBe('Write the date with its month and no “st”, like “Monday 1 March”, not “Monday 1st”.');
    await silent('In March 2 people left. By June 3 wards had opened. Come on Monday 4 June.');
  });

  it('finds a short month before a year or joined to another by a slash', async () => {
    const found = await lint('Our clinics run in Oct/Nov 2025. The new unit opens in Sept 2026.');
    expect(found.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'Oct/Nov 2025 → October and November 2025',
      'Sept 2026 → September 2026',
    ]);
    await silent('Mar is short. Jan Smith will call you. Dec has 31 days.');
  });

  it('leaves right dates, months on their own and “May” the word alone', async () => {
    await silent('On 1 January 2026, Wednesday 6 August 2026 and 5 May. In March 2 new clinics opened. You may 3 times. Mar is short.');
  });

  it('allows short months in tables under govuk only', async () => {
    const table = '| Month | Clinic |\n| --- | --- |\n| 3 Jan | Flu |\n';
    expect(checksOf(await lint(table))).toEqual(['dates']);
    expect(await lint(table, GOVUK, GOVUK_SETTINGS)).toEqual([]);
  });
});

describe('house-style: ranges', () => {
  it('finds dashes in ranges of numbers, money, times, days and months', async () => {
    const text = 'Ages 10-12, Monday–Friday, £5 – £10, 2025-26, 9-5pm, 2-5pm, Mon-Fri and January-March.';
    const found = await lint(text);
    expect(checksOf(found).every((c) => c === 'ranges')).toBe(true);
    expect(found.map((f) => f.suggestions?.[0])).toEqual([
      '10 to 12', 'Monday to Friday', '£5 to £10', '2025 to 2026', '9am to 5pm', '2pm to 5pm', 'Monday to Friday', 'January to March',
    ]);
    expect(found[0]!.start).toMatchObject({ line: 1, column: 6 });
    expect(found[0]!.message).toBe('Use “to” in ranges: “10 to 12”, not “10-12”.');
    expect(fixedText(text, found)).toBe(
      'Ages 10 to 12, Monday to Friday, £5 to £10, 2025 to 2026, 9am to 5pm, 2pm to 5pm, Monday to Friday and January to March.',
    );
  });

  it('asks for “to” in place of the American “through” between days or months', async () => {
    const text = 'We are open Monday through Friday, from January thru March.';
    const found = await lint(text);
    expect(found.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'ranges: Monday through Friday → Monday to Friday',
      'ranges: January thru March → January to March',
    ]);
    expect(fixedText(text, found)).toBe('We are open Monday to Friday, from January to March.');
    await silent('We sat through Monday and worked from Friday through the night.');
  });

  it('asks for “to” in place of “till” between 2 times, changing only the word', async () => {
    const text = 'We are open 8am till 6pm, or 9am til 1pm on Saturday.';
    const found = await lint(text);
    expect(found.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'ranges: 8am till 6pm → 8am to 6pm',
      'ranges: 9am til 1pm → 9am to 1pm',
    ]);
    expect(fixedText(text, found)).toBe('We are open 8am to 6pm, or 9am to 1pm on Saturday.');
    await silent('Wait till 5pm. Stay till the end. We are open from 8am until 6pm.');
  });

  it('finds a range with a hyphen spaced on one side only', async () => {
    const text = 'The group meets 2pm- 3:30pm. It takes 5 -10 minutes.';
    const found = await lint(text);
    expect(found.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'ranges: 2pm- 3:30pm → 2pm to 3:30pm',
      'ranges: 5 -10 → 5 to 10',
    ]);
    expect(fixedText(text, found)).toBe('The group meets 2pm to 3:30pm. It takes 5 to 10 minutes.');
  });

  it('fixes a range and its times without the fixes overlapping', async () => {
    const text = 'Open 8.30am-6.00pm.';
    const found = await lint(text);
    expect(checksOf(found)).toEqual(['times', 'ranges', 'times']);
    expect(found[1]!.suggestions).toEqual(['8:30am to 6pm']);
    expect(fixedText(text, found)).toBe('Open 8:30am to 6pm.');
  });

  it('leaves phone numbers, NHS numbers, codes and hyphenated words alone', async () => {
    await silent('Call 0300-123-4567 or 01234-567890. Your NHS number is 999 123 4567. COVID-19 vaccines, a 24-hour line and the 6-in-1 vaccine.', { checks: { phone: false } });
    await silent('It meets ISO 9241-210. Listen to BBC Radio 4 – 28 minutes. Visit us at 133-155 Station Road. Read John 3:16-18.');
  });
});

describe('house-style: numbers and units', () => {
  it('adds commas to numbers over 999', async () => {
    const text = 'We have 1000 staff, 12000 patients, £1000 and £25000.50 to spend, and 1500 people waiting.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['1000', '12000', '£1000', '£25000.50', '1500']);
    expect(found[0]!.message).toBe('Write “1,000” with a comma.');
    expect(fixedText(text, found)).toBe('We have 1,000 staff, 12,000 patients, £1,000 and £25,000.50 to spend, and 1,500 people waiting.');
  });

  it('adds commas to a number in the range of years when what it counts follows', async () => {
    const text = 'Last month we sent 1850 prescriptions and answered 1204 requests.';
    expect(excerpts(await lint(text))).toEqual(['1850', '1204']);
    await silent('In 1850 the hospital opened. The 2024 survey asked 900 people.');
  });

  it('leaves years, phone numbers, references and codes alone', async () => {
    await silent('In 2025 we opened. Since 1948 the NHS has grown. Call 0300 123 4567 or text 18001 119. NHS number 999 123 4567.');
    await silent('Quote ref 12345 or room 1203. Colour #003087. The standard ISB 0149. Postcode SS1 2AB. Around 1,000 people. 2,500 steps.');
    // A code after a label and a colon or a dash: “Job reference: 4821”, “Ref - 55210”.
    await silent('Job reference: 4821\n\nCase no. - 55210. Your ID: 12345.');
  });

  it('takes out the space between a number and its unit', async () => {
    const text = 'Take 250 mg, 5 ml, 2 kg, 10 km or 2,500 kcal.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['250 mg', '5 ml', '2 kg', '10 km', '2,500 kcal']);
    expect(fixedText(text, found)).toBe('Take 250mg, 5ml, 2kg, 10km or 2,500kcal.');
  });

  it('leaves units written the house way, and unknown units, alone', async () => {
    await silent('Take 250mg or 0.5mg. Walk 5 miles, or 10 m. It weighs 2kg. Take 2 tablets.');
  });

  it('groups an NHS number 3, 3 and 4 when the sentence is about NHS numbers', async () => {
    const text = 'Your NHS number is 9991234567. Your NHS no. is 999-123-4567.';
    const found = await lint(text);
    expect(checksOf(found)).toEqual(['nhs-number', 'nhs-number']);
    expect(found[0]!.start.column).toBe(20);
    expect(fixedText(text, found)).toBe('Your NHS number is 999 123 4567. Your NHS no. is 999 123 4567.');
    await silent('Your NHS number is 999 123 4567. The order number is 9991234567.', { checks: { 'number-commas': false } });
  });
});

describe('house-style: phrases and punctuation', () => {
  it('suggests leaving out “please note”', async () => {
    const found = await lint('Please note that the surgery is closed on Monday. Please note: bring ID.');
    expect(checksOf(found)).toEqual(['please-note', 'please-note']);
    expect(found[0]!.severity).toBe('suggestion');
    expect(found[0]!.suggestions).toEqual(['The surgery is closed on Monday.']);
    expect(found[1]!.suggestions).toEqual(['Bring ID.']);
  });

  it('suggests starting a news story with the news, not “we are pleased to announce”', async () => {
    const found = await lint('We’re excited to announce that our new clinic opened on Monday. We are delighted to announce the winners.');
    expect(checksOf(found)).toEqual(['please-note', 'please-note']);
    expect(found[0]!.suggestions).toEqual(['Our new clinic opened on Monday.']);
    expect(found[1]!.suggestions).toEqual(['Start with the news: say what happened.']);
    await silent('We were pleased to see so many of you. We will announce the winners in May.');
  });

  it('flags exclamation marks as suggestions, but not in quotes or code', async () => {
    const found = await lint('Book your flu vaccine now! It is free.');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('suggestion');
    expect(found[0]!.excerpt).toBe('Book your flu vaccine now!');
    expect(found[0]!.suggestions).toEqual(['Book your flu vaccine now.']);
    await silent('Dr Patel said: “We are so proud!” Run `npm test!` to check. Is it x != y?');
    await silent('> What a great service!');
  });
});

describe('house-style: formatting', () => {
  it('flags underlined text that is not a link (Word)', async () => {
    const doc = parseMarkdown('Bring your *repeat prescription* and your [*appointment letter*](https://example.org).', 'draft.md');
    const walk = (node: any) => {
      if (node.type === 'emphasis') node.data = { underline: true };
      for (const c of node.children ?? []) walk(c);
    };
    walk(doc.mdast);
    const found = await lintDoc(doc);
    expect(found).toHaveLength(1);
    expect(found[0]!.data?.check).toBe('underline');
    expect(found[0]!.excerpt).toBe('*repeat prescription*');
    expect(found[0]!.message).toBe('Underlined text looks like a link: “repeat prescription”.');
  });

  it('flags long italics, not short ones', async () => {
    const found = await lint('Read *before you come to the surgery* and the *Lancet* study.');
    expect(checksOf(found)).toEqual(['italics']);
    expect(found[0]!.severity).toBe('suggestion');
    await silent('Read the *Lancet* or *The Independent*. Search for "*how to deal with stress*".');
  });

  it('flags a long paragraph that is mostly bold', async () => {
    const found = await lint('**Our pharmacy team will review your repeat prescriptions before your next appointment.** Thank you.');
    expect(checksOf(found)).toEqual(['bold']);
    expect(found[0]!.message).toBe('12 of the 14 words in this paragraph are bold.');
    await silent('Select **Book an appointment**, then choose a time that suits you from the list of times.');
    await silent('**Short bold line.**');
  });
});

describe('house-style: presets', () => {
  it('nhs: numerals for ordinals with doses and jabs', async () => {
    const text = 'Book your second dose and first booster. Your third jab.';
    const found = await lint(text);
    expect(excerpts(found)).toEqual(['second dose', 'first booster', 'third jab']);
    expect(fixedText(text, found)).toBe('Book your 2nd dose and 1st booster. Your 3rd jab.');
    await silent('Your first appointment, first aid, a second opinion and the 1st dose. 10 people came.');
  });

  it('govuk: first to ninth in words, and no numeral at the start of a sentence', async () => {
    const text = 'Book your 2nd dose on the 1st floor. 10 people came. 34 more are booked. In 2025, 150 came.';
    const found = await lint(text, GOVUK, GOVUK_SETTINGS);
    expect(checksOf(found)).toEqual(['ordinals', 'ordinals', 'sentence-start-number', 'sentence-start-number']);
    expect(found[2]!.suggestions).toEqual(['Ten people']);
    expect(found[3]!.suggestions).toEqual(['Thirty-four more']);
    expect(found[2]!.severity).toBe('suggestion');
    expect(found[0]!.data?.source).toContain('gov.uk');
    expect(fixedText(text, found)).toBe('Book your second dose on the first floor. 10 people came. 34 more are booked. In 2025, 150 came.');
  });

  it('govuk: a number after a short form with a full stop does not start a sentence (made-up text)', async () => {
    await silent('See form No. 5 for details. Read p. 12 first. We expect approx. 40 people.', GOVUK, GOVUK_SETTINGS);
    // “no.” in lower case ends a sentence
    const found = await lint('The answer was no. 5 people said yes.', GOVUK, GOVUK_SETTINGS);
    expect(checksOf(found)).toEqual(['sentence-start-number']);
  });

  it('asks for a 0 before a decimal point, as GOV.UK writes “0.5”, in both presets (made-up text)', async () => {
    const text = 'Only .5 of the fund was spent. A ticket costs £.50 more.';
    for (const found of [await lint(text), await lint(text, GOVUK, GOVUK_SETTINGS)]) {
      expect(excerpts(found)).toEqual(['.5', '.50']);
      expect(found[0]!.message).toBe('Write “0.5”, not “.5”: put a 0 before the decimal point.');
      expect(fixedText(text, found)).toBe('Only 0.5 of the fund was spent. A ticket costs £0.50 more.');
    }
    await silent('Use .NET 8 or v.5 of the app. It rose by 1.5 points. Open report.2024 to read it. Write 0.5, not .5 as some do.');
  });

  it('govuk: leaves second dose and dates, lists and headings alone', async () => {
    await silent('# 8 tips for winter\n\nYour second dose is on the 1 March. 2025 was busy. 9am is the start.\n\n- 1 developing hazard', GOVUK, GOVUK_SETTINGS);
  });
});

describe('house-style: options and settings', () => {
  it('turns single checks off with the checks option', async () => {
    const text = 'Book now! Don’t wait, e.g. call 111.';
    expect(checksOf(await lint(text))).toEqual(['exclamation', 'contractions', 'eg']);
    expect(checksOf(await lint(text, { checks: { exclamation: false, eg: false } }))).toEqual(['contractions']);
  });

  it('uses preferred terms from settings.terms and the terms option', async () => {
    const text = 'M&SE ICS and the m&se area. Service users can call. We work across mid and south essex.';
    const found = await lint(text, { terms: { 'service users': 'patients' } }, { terms: { 'M&SE': 'Mid and South Essex' } });
    // Terms with capitals match only as written, so “m&se” is left to the ampersand check.
    expect(checksOf(found)).toEqual(['terms', 'ampersand', 'terms']);
    expect(excerpts(found)).toEqual(['M&SE', '&', 'Service users']);
    expect(found[0]!.message).toBe('Write “Mid and South Essex”, not “M&SE”.');
    expect(fixedText(text, found)).toBe(
      'Mid and South Essex ICS and the m and se area. Patients can call. We work across mid and south essex.',
    );
  });

  it('does not flag a term inside the words it should become', async () => {
    await silent('We serve Mid and South Essex.', { terms: { Essex: 'Mid and South Essex' } });
  });

  it('runs with the whole nhs preset through lintMarkdown', async () => {
    const result = await lintMarkdown('Call us 9am-5pm.', { rules: { 'sentence-length': 'off', readability: 'off' } });
    expect(result.findings.filter((f) => f.ruleId === 'house-style').map((f) => f.data?.check)).toEqual(['ranges']);
  });
});

describe('house-style: Word documents', () => {
  it('finds the same words in a .docx, with the paragraph as the line', async () => {
    const markdown = '# Opening times\n\nWe are open 9am-5pm.\n\nDon’t come in if you have a cough, e.g. with a fever.\n';
    const loader = new ConfigLoader({ preset: 'nhs' });
    const report = await lintDraft(
      { path: 'draft.docx', kind: 'docx', buffer: await markdownToDocx(markdown), notices: [] },
      'x',
      { loader },
    );
    const found = report.findings.filter((f) => f.ruleId === 'house-style');
    expect(found.map((f) => [f.paragraph, f.excerpt])).toEqual([
      [2, '9am-5pm'],
      [3, 'Don’t'],
      [3, 'e.g.'],
    ]);
  });
});

describe('house-style: its own words', () => {
  it('follow the house style it checks', async () => {
    const m = houseStyle.meta;
    const texts = [m.description, m.docs, ...data.entries.map((e) => e.reason), ...Object.values(data.checks).map((c) => c.reason)];
    await silent(texts.join('\n\n'));
  });

  it('every entry and check has a reason and a guide section', () => {
    for (const e of data.entries) {
      expect(e.reason.length).toBeGreaterThan(10);
      expect(e.source).toMatch(/^https:\/\/(service-manual\.nhs\.uk|www\.gov\.uk)\//);
      expect(e.match.length).toBeGreaterThan(0);
    }
    for (const c of Object.values(data.checks)) expect(c.source).toMatch(/^https:\/\//);
  });
});

describe('house-style: quick first looks find the same things', () => {
  // Range checks run only in paragraphs with a hyphen or dash, ordinal checks only in paragraphs
  // with an ordinal word (nhs) or a digit (govuk). Each kind of dash and case still counts.
  it('ranges written with a hyphen, an en dash or an em dash', async () => {
    const found = await lint('Open Monday–Friday. Ages 10—12. Children aged 5-11 can come.');
    expect(checksOf(found)).toEqual(['ranges', 'ranges', 'ranges']);
    expect(excerpts(found)).toEqual(['Monday–Friday', '10—12', '5-11']);
  });

  it('ordinal words in capitals or at the start of a sentence', async () => {
    const found = await lint('Second dose: book now. Your SECOND DOSE is due.');
    expect(checksOf(found)).toEqual(['ordinals', 'ordinals']);
    expect(excerpts(found)).toEqual(['Second dose', 'SECOND DOSE']);
  });

  it('govuk: a numeral ordinal still needs only its digit', async () => {
    const found = await lint('Book your 2nd dose.', GOVUK, GOVUK_SETTINGS);
    expect(checksOf(found)).toEqual(['ordinals']);
  });
});
