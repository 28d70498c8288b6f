/**
 * house-style/ranges: “10 to 12”, “Monday to Friday”; not “10-12”, “Mon-Fri” or “Monday through Friday”.
 */
import type { Env, Hit } from './shared.js';
import { DAY_NAMES, MONTH_NAMES, WEEKDAYS, patterns, q, withCommas } from './shared.js';
import { type BlockText, atSentenceStart, claim, isClaimed, isQuoted, wordBefore } from './text.js';
import { formatTime } from './times.js';
import { fullMonth } from './dates.js';
import { matchesOf } from '../lib/matches.js';
function isCapitalisedName(word: string | undefined): boolean {
  return Boolean(word && /^\p{Lu}/u.test(word) && !MONTH_NAMES.has(word) && !DAY_NAMES.has(word));
}

const AMPM = /(am|pm)$/i;
/** 1 to 3 capitalised words and a street word: the numbers before it are house numbers. */
const STREET_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}[ \t]+(?:Street|St|Road|Rd|Lane|Avenue|Close|Way|Drive|Place|Court|Crescent|Square|Terrace|Gardens|Grove|Row|Parade|Mews)(?![\p{L}])/u;

/** "8.30am" → "8:30am", "6.00pm" → "6pm", for the suggestion of a range. */
function tidyTime(token: string): string {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?m\.?$/i.exec(token);
  if (!m) return token;
  return formatTime(Number(m[1]), m[2] ?? '00', m[3]!.toLowerCase() === 'a' ? 'am' : 'pm') ?? token;
}

function rangeHit(
  t: BlockText,
  from: number,
  to: number,
  fix: { from: number; to: number; text: string },
  right: string,
  hits: Hit[],
): void {
  const original = t.text.slice(from, to);
  hits.push({
    check: 'ranges',
    from,
    to,
    message: `Use ${q('to')} in ranges: ${q(right)}, not ${q(original)}.`,
    suggestions: [right],
    fix,
  });
}

export function checkRanges(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  p.rangeNumber.lastIndex = 0;
  for (const m of matchesOf(text, p.rangeNumber)) {
    const [whole, a, dash, b] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to)) continue;
    // “9.00-17.00”: the times check took the whole range, dash and all (“9am to 5pm”).
    if (isClaimed(t, from + a!.length, from + a!.length + dash!.length)) continue;
    const aDigits = a!.replace(/\D/g, '');
    const bDigits = b!.replace(/\D/g, '');
    // Phone numbers, long references.
    if ((a!.startsWith('0') && aDigits.length >= 3) || (b!.startsWith('0') && bDigits.length >= 3)) continue;
    if ((!a!.includes(',') && aDigits.length >= 6) || (!b!.includes(',') && bDigits.length >= 6)) continue;
    // Times written with ":" are only times with am or pm ("John 3:16-18" is not).
    if ((a!.includes(':') && !AMPM.test(a!)) || (b!.includes(':') && !AMPM.test(b!))) {
      if (!(AMPM.test(a!) || AMPM.test(b!))) continue;
    }
    // "a 3-2 vote", "a 50-50 split": not ranges. A range goes up (times aside: "9-5pm").
    const isTime = AMPM.test(a!) || AMPM.test(b!);
    const value = (s: string) => Number(s.replace(/[£,]/g, '').replace(/\s?(am|pm)$/i, '').replace(/[^\d.]+$/, ''));
    if (!isTime && !(/^\d{4}$/.test(a!) && /^\d{2}$/.test(b!)) && !(value(b!) > value(a!))) continue;
    const before = wordBefore(t, from);
    // Years (“2023-28”, “2023-2028”) take “to” in a title too: GOV.UK writes “Annual report 2022 to
    // 2023”. A capital before or after them (“our Trust Strategy 2023-28”) is no name of the range’s.
    const years = /^(?:19|20)\d{2}$/.test(a!) && /^(?:(?:19|20)\d{2}|\d{2})$/.test(b!);
    if (before) {
      if (/^\p{Lu}{2,}$/u.test(before.word.replace(/[&.]/g, '')) && before.word.length >= 2) continue;
      if (/^(?:section|clause|regulation|article|standard|version|v|no|number|ref|reference)$/i.test(before.word)) continue;
      if (isCapitalisedName(before.word) && !atSentenceStart(t, before.start) && !years) continue;
    }
    const nextWord = /^\s+([\p{L}][\p{L}'’]*)/u.exec(text.slice(to, to + 40))?.[1];
    // A name follows (“Grade 3-5 Apprenticeship”). GOV.UK only: not a street, as “49-53 Cherry
    // Street” is an address range, which its A to Z writes “49 to 53 Cherry Street”.
    if (isCapitalisedName(nextWord) && !years && !(env.guide === 'govuk' && STREET_AFTER.test(text.slice(to, to + 80)))) continue;
    // "2-3" in "COVID-19 2-3"? The pattern already needs a space or start before the first number.
    let a2 = a!;
    let b2 = b!;
    let changeA = false;
    let changeB = false;
    const aStart = from;
    const aEnd = from + a!.length;
    const bStart = aEnd + dash!.length;
    if (!AMPM.test(a!) && AMPM.test(b!) && /^\d{1,2}(?::\d{2})?$/.test(a!) && !isClaimed(t, aStart, aEnd)) {
      const ha = Number(a!.split(':')[0]);
      const hb = Number(/^\d+/.exec(b!)![0]);
      const bSuffix = b!.toLowerCase().endsWith('pm') ? 'pm' : 'am';
      const suffix = bSuffix === 'pm' && ha !== 12 && ha > hb ? 'am' : bSuffix === 'am' && ha > hb && ha !== 12 ? 'pm' : bSuffix;
      const formatted = formatTime(ha, a!.split(':')[1] ?? '00', ha === 12 && bSuffix === 'pm' ? 'pm' : suffix);
      if (formatted) {
        a2 = formatted;
        changeA = true;
      }
    }
    if (/^\d{4}$/.test(a!) && /^\d{2}$/.test(b!) && /^(19|20)/.test(a!)) {
      b2 = a!.slice(0, 2) + b!;
      if (Number(b2) <= Number(a!)) continue;
      changeB = true;
    }
    const grouped = (s: string) => (/^£?\d{4,}$/.test(s) && isClaimed(t, from, to) ? s.replace(/\d+/, withCommas) : s);
    if (!changeA) a2 = grouped(a2);
    if (!changeB) b2 = grouped(b2);
    const pound = a!.startsWith('£') && !b!.startsWith('£') ? '£' : '';
    const right = `${tidyTime(a2)} to ${pound}${tidyTime(b2)}`;
    const fixFrom = changeA ? aStart : aEnd;
    const fixTo = changeB ? to : bStart;
    const fixText = `${changeA ? a2 : ''} to ${pound}${changeB ? b2 : ''}`;
    rangeHit(t, from, to, { from: fixFrom, to: fixTo, text: fixText }, right, hits);
  }
  for (const [re, names] of [
    [p.rangeDay, WEEKDAYS],
    [p.rangeMonth, null],
  ] as const) {
    re.lastIndex = 0;
    for (const m of matchesOf(text, re)) {
      const [whole, a, , , b] = m as unknown as string[];
      const from = m.index;
      const to = from + whole!.length;
      if (isQuoted(t, from, to)) continue;
      if (a === b) continue;
      if (!names && env.relaxTables && t.block.inTable) continue;
      const full = (w: string) => (names ? names[w] ?? w : fullMonth(w));
      const right = `${full(a!)} to ${full(b!)}`;
      rangeHit(t, from, to, { from, to, text: right }, right, hits);
    }
  }
  // “Monday through Friday”, “January thru March”: American English for a range.
  for (const m of matchesOf(text, THROUGH_RANGE)) {
    const [whole, a, , b] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    const days = DAY_NAMES.has(a!);
    if (a === b || days !== DAY_NAMES.has(b!) || isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${a} to ${b}`;
    claim(t, from, to);
    rangeHit(t, from, to, { from, to, text: right }, right, hits);
  }
  // “8am till 6pm”: “till” is informal; ranges take “to”. Only the word changes, so a fix to a time
  // on either side (“8.30am”) does not overlap this one.
  for (const m of matchesOf(text, TILL_RANGE)) {
    const [whole, a, word, b] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to)) continue;
    const at = from + whole!.indexOf(word!, a!.length);
    rangeHit(t, from, to, { from: at, to: at + word!.length, text: 'to' }, `${tidyTime(a!)} to ${tidyTime(b!)}`, hits);
  }
  // “Mon to Fri”: a range with “to” but short day names. GOV.UK keeps short names for tables.
  if (env.relaxTables && t.block.inTable) return;
  for (const m of matchesOf(text, SHORT_DAY_RANGE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${WEEKDAYS[m[1]!]} to ${WEEKDAYS[m[3]!]}`;
    claim(t, from, to);
    hits.push({ check: 'ranges', from, to, message: `Write the days in full: ${q(right)}, not ${q(m[0])}.`, suggestions: [right], fix: { from, to, text: right } });
  }
}

/** “Mon to Fri”, “Mon. to Sat.”: short day names on both sides of “to”. */
const SHORT_DAY = 'Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun';
const SHORT_DAY_RANGE = new RegExp(`(?<![\\p{L}])(${SHORT_DAY})(\\.?)[ \\t]+to[ \\t]+(${SHORT_DAY})(?![\\p{L}])`, 'gu');

/** “Monday through Friday”, “January thru March”: full names of days or of months on both sides. */
const FULL_NAMES =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';
const THROUGH_RANGE = new RegExp(`(?<![\\p{L}])(${FULL_NAMES})[ \\t]+(through|thru)[ \\t]+(${FULL_NAMES})(?![\\p{L}])`, 'gu');
/** “8am till 6pm”, “9.30am til 1pm”: 2 times with am or pm and “till” between. */
const TIME_AMPM = String.raw`\d{1,2}(?:[.:]\d{2})?[ \t]?(?:[aApP]\.[mM]\.|[aApP][mM])`;
/** Or the first time with no am or pm (“2 till 4pm”, “9.30 til 1pm”): the second says which. */
const TIME_BARE = String.raw`\d{1,2}(?:[.:]\d{2})?`;
const TILL_RANGE = new RegExp(`(?<![\\p{L}\\p{N}.:£])(${TIME_AMPM}|${TIME_BARE})[ \\t]+(till|til|['’]til)[ \\t]+(${TIME_AMPM})(?![\\p{L}\\p{N}])`, 'gu');

/** “2023/24”, “2019/2020”: 2 years in a row with a slash between them. */
const YEAR_SLASH = /(?<![\p{L}\p{N}_/.\-–—:])((?:19|20)\d{2})\/((?:19|20)?\d{2})(?![\p{N}_/]|[.\-–—:]\d)/gu;

/**
 * A financial or school year with a slash (“2023/24”, “in 2019/2020”): GOV.UK writes year ranges
 * with “to” and no other mark (“tax year 2011 to 2012”). Only 2 years in a row, so dates and
 * references (“2023/0412”) are left alone.
 */
export function checkYearSlash(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, YEAR_SLASH)) {
    const [whole, a, b] = m as unknown as [string, string, string];
    const from = m.index;
    const to = from + whole.length;
    const second = b.length === 2 ? a.slice(0, 2) + b : b;
    if (Number(second) !== Number(a) + 1 || isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    // A range of such years (“2023/24 – 2028/29”, “2023/24 to 2028/29”): “2023 to 2024” in it
    // would read oddly, so the pair is left to the writer.
    if (/^[ \t]*(?:[-–—]|to)[ \t]*(?:19|20)\d{2}\//.test(t.text.slice(to, to + 12)) || /(?:19|20)\d{2}\/\d{2,4}[ \t]*(?:[-–—]|to)[ \t]*$/.test(t.text.slice(Math.max(0, from - 16), from))) continue;
    const right = `${a} to ${second}`;
    claim(t, from, to);
    rangeHit(t, from, to, { from, to, text: right }, right, hits);
  }
}

/** “aged 65+”, “people over 18+”: an age with a plus sign. */
const AGE_PLUS = /(?<![\p{L}])(aged|ages?|over)[ \t]+(\d{1,3})[ \t]?\+(?![\p{L}\p{N}+])/giu;

/** GOV.UK: make it clear who is included, “aged 50 years and over”; a plus sign is easy to miss. */
export function checkAgePlus(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, AGE_PLUS)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    // “The New Patient Form (Aged 16+)”: a capital mid-sentence is part of a title, which the writer may not change.
    if (/^\p{Lu}/u.test(m[1]!) && !atSentenceStart(t, from)) continue;
    const word = m[1]!.toLowerCase() === 'over' ? 'aged' : m[1]!;
    const right = `${word} ${m[2]} and over`;
    claim(t, from, to);
    hits.push({
      check: 'ranges',
      from,
      to,
      message: `Write ${q(right)}, not ${q(t.text.slice(from, to))}.`,
      why: 'Words make it clear who is included. A plus sign is easy to miss, and screen readers may read it out as “plus”.',
      suggestions: [right],
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#ages',
    });
  }
}
