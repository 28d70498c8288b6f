/**
 * house-style/numbers: phone numbers as the NHS and GOV.UK A to Z guides write them: “01423
 * 553486” not “(01423) 553486” or “01423-553486”, “020 3299 3107” not “0203 299 3107”, and
 * “Phone:” (NHS) or “Telephone:” (GOV.UK) before a number, not “Tel:”.
 */
import type { Env, Hit } from './shared.js';
import { q } from './shared.js';
import { type BlockText, claim, isClaimed, isQuoted, sentenceAt } from './text.js';
import { matchesOf } from '../lib/matches.js';

/**
 * A UK phone number: an area code in brackets, or digits with hyphens or dots between them, or
 * 10 or 11 digits with no spaces at all. Numbers already written with spaces are fine.
 */
const PHONE = /(?<![\p{L}\p{N}+\-./£$])(?:\((0\d{2,5})\)[ \t]?(\d{3,4}(?:[ \t-]?\d{3,4})?)|(0\d{2,5}(?:[-.]\d{2,6}){1,3})|(0[1-9]\d{8,9}))(?![\p{N}]|[-./]\d)/gu;
/** Words that say a number is a phone number. */
const PHONE_WORDS = /\b(?:call|calls|calling|phone|phones|telephone|tel|ring|mobile|mob|fax|helpline|hotline|textphone|minicom|switchboard|contact|text|sms|whatsapp)\b/i;
/** “Tel:”, “Tel.”, “Tel no:”, “Telephone:”, “Mob:”, “Mobile:” as a label before a number. */
const PHONE_LABEL = /(?<![\p{L}])(Tel|TEL|Telephone|Mob|MOB|Mobile)((?:[ \t]*(?:[Nn]o|[Nn]umber)\.?)?(?:[ \t]*[.:])?)[ \t]*(?=[+(]?\d)/gu;

/** How long the area code is: 020 and other 02 codes, 0113 and 0121 cities, 01xxx, 03/08/09, 07. */
function areaLength(digits: string): number {
  if (digits.startsWith('02')) return 3;
  if (/^01(1\d|\d1)/.test(digits)) return 4;
  if (digits.startsWith('01') || digits.startsWith('07')) return 5;
  return 4;
}

/** A UK phone number written the guides’ way: the area code, then the rest in 2 groups. */
export function phoneFormat(digits: string): string {
  const a = areaLength(digits);
  const area = digits.slice(0, a);
  const rest = digits.slice(a);
  if (rest.length <= 4) return `${area} ${rest}`;
  const cut = rest.length === 8 ? 4 : 3;
  return `${area} ${rest.slice(0, cut)} ${rest.slice(cut)}`;
}

/**
 * A London, Cardiff or Belfast number (02 and one more digit is the whole area code) written with
 * spaces but with the area code run into the local number: “0203 299 3107”, “02920 123456”.
 */
const SPACED_02 = /(?<![\p{L}\p{N}+\-./£$])02\d(?:\d[ \t]+\d{3}[ \t]+\d{4}|\d{2}[ \t]+\d{6}|\d[ \t]+\d{7})(?![\p{N}]|[-./]\d)/gu;

export function checkPhoneNumbers(t: BlockText, env: Env, hits: Hit[]): void {
  const text = t.text;
  for (const m of matchesOf(text, PHONE_LABEL)) {
    const label = m[1]!.toLowerCase();
    const from = m.index;
    const to = from + m[1]!.length + m[2]!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const mobile = label.startsWith('mob');
    let right: string;
    if (env.guide === 'govuk') {
      if (label === 'telephone') continue;
      right = mobile ? 'Mobile phone:' : 'Telephone:';
    } else {
      if (label === 'mobile') continue;
      right = mobile ? 'Mobile:' : 'Phone:';
    }
    claim(t, from, to);
    hits.push({
      check: 'phone',
      from,
      to,
      message: `Write ${q(right)} before a phone number, not ${q(text.slice(from, to))}.`,
      why:
        env.guide === 'govuk'
          ? 'GOV.UK style writes “Telephone:” or “Mobile phone:” in full before a number, so everyone knows what it is.'
          : 'NHS style writes “Phone:” or “Mobile:” before a number: “phone” is the word people use.',
      suggestions: [right],
      sourceUrl:
        env.guide === 'govuk'
          ? 'https://www.gov.uk/guidance/style-guide/a-to-z#telephone-numbers'
          : 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#phone-and-phone-numbers',
      severity: 'suggestion',
    });
  }
  if (!/\d{3}/.test(text)) return;
  for (const m of matchesOf(text, PHONE)) {
    const [whole, bracketArea, bracketRest, separated, run] = m as unknown as Array<string | undefined>;
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const digits = whole!.replace(/\D/g, '');
    if (digits.length < 10 || digits.length > 11) continue;
    // Dates and version numbers with dots or hyphens (“01-02-2024”) are not phone numbers.
    if (separated && /^\d{2}[-.]\d{2}[-.]\d{2,4}$/.test(separated)) continue;
    const k = sentenceAt(t, from);
    const before = text.slice(Math.max(0, (t.sentenceStarts[k] ?? 0) - 60), from);
    if (!bracketArea && !PHONE_WORDS.test(before) && !PHONE_WORDS.test(text.slice(to, to + 30))) continue;
    const right = bracketArea
      ? `${bracketArea} ${bracketRest!.replace(/[ \t-]+/g, ' ')}`
      : phoneFormat(digits);
    const problem = bracketArea
      ? 'with no brackets round the area code'
      : separated
        ? 'with spaces, not hyphens or dots'
        : 'with spaces after the area code';
    claim(t, from, to);
    hits.push({
      check: 'phone',
      from,
      to,
      message: `Write the phone number ${problem}: ${q(right)}.`,
      why: 'Phone numbers are easiest to read, remember and dial in groups, with the area code on its own.',
      suggestions: [right],
      ...(run || bracketArea ? {} : { fix: { from, to, text: right } }),
      severity: 'suggestion',
    });
  }
  for (const m of matchesOf(text, SPACED_02)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const k = sentenceAt(t, from);
    const before = text.slice(Math.max(0, (t.sentenceStarts[k] ?? 0) - 60), from);
    if (!PHONE_WORDS.test(before) && !PHONE_WORDS.test(text.slice(to, to + 30))) continue;
    const right = phoneFormat(m[0].replace(/\D/g, ''));
    claim(t, from, to);
    hits.push({
      check: 'phone',
      from,
      to,
      message: `Write the phone number with its area code on its own: ${q(right)}. The area code is ${q(right.slice(0, 3))}.`,
      why: 'Phone numbers are easiest to read, remember and dial in groups, with the area code on its own.',
      suggestions: [right],
      fix: { from, to, text: right },
      severity: 'suggestion',
    });
  }
}
