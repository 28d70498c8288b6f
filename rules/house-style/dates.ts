/**
 * house-style/dates: 1 January 2026; not “1st Jan”, “Jan 1” or “01/01/2026”.
 */
import type { Env, Hit } from './shared.js';
import { MONTHS, MONTH_ABBR, patterns, q } from './shared.js';
import { type BlockText, claim, freeMatches, isClaimed, isQuoted } from './text.js';
import { matchesOf } from '../lib/matches.js';
export function fullMonth(name: string): string {
  return MONTH_ABBR[name] ?? name;
}

function dateHit(t: BlockText, from: number, to: number, right: string, message: string, fix: boolean, hits: Hit[]): void {
  const hit: Hit = { check: 'dates', from, to, message, suggestions: [right] };
  if (fix) hit.fix = { from, to, text: right };
  claim(t, from, to);
  hits.push(hit);
}

/**
 * A day of the week just before a date: group 1 the day, group 2 the rest of a full name (“day”),
 * group 3 a comma after it. A short day (“Mon”, “Tues.”) is written in full, and no comma follows.
 */
const WEEKDAY_BEFORE = /(?<![\p{L}])(Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(day|sday|nesday|rsday|urday)?\.?(,)?[ \t]+$/u;
const WEEKDAY_FULL: Record<string, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** Words before “January 6” that show it is a date (“on January 6”), not a month and a number (“in March 2 people”). */
const DATE_WORD_BEFORE = /(?<![\p{L}])(?:on|from|until|till|since|before|after|starting|ending)[ \t]+$/iu;

/** “Monday 1st”, “Tuesday the 3rd”: a day of the week and an ordinal, with no month after it. */
const WEEKDAY_ORDINAL = new RegExp(
  `(?<![\\p{L}])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \\t]+(?:the[ \\t]+)?([12]\\d|3[01]|[1-9])(st|nd|rd|th)(?![\\p{L}\\p{N}])(?![ \\t]+(?:of[ \\t]+)?(?:${MONTHS.join('|')}|${Object.keys(MONTH_ABBR).join('|')})(?![\\p{L}]))`,
  'gu',
);

/** A short month (“Oct”, “Sept.”), perhaps a second after a slash (“Oct/Nov”), and a year. */
const SHORT_ABBR = Object.keys(MONTH_ABBR).sort((a, b) => b.length - a.length).join('|');
const SHORT_MONTHS = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(${SHORT_ABBR})\\.?(?:[ \\t]*/[ \\t]*(${SHORT_ABBR})\\.?)?(?:[ \\t]+((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}/-])`,
  'gu',
);

export function checkDates(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  const tableShortMonthsOk = env.relaxTables && t.block.inTable;
  p.dayMonth.lastIndex = 0;
  for (const m of matchesOf(text, p.dayMonth)) {
    const [whole, the, day, ord, of, month, , yearGap, year] = m as unknown as Array<string | undefined>;
    const isAbbr = month! in MONTH_ABBR;
    const leadingZero = day!.length === 2 && day!.startsWith('0');
    // The day of the week before it, written the guides' way: “Monday 4 June”, not “Monday, 4 June” or “Mon 4 June”.
    const wd = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index));
    const weekday = wd ? (WEEKDAY_FULL[wd[1]!.toLowerCase().slice(0, 3)] ?? '') : '';
    const wdWrong = wd !== null && (wd[3] !== undefined || (wd[2] === undefined && !tableShortMonthsOk));
    if (!ord && !of && !isAbbr && !leadingZero && !(yearGap && yearGap.includes(',')) && !wdWrong) continue;
    if (!ord && !of && isAbbr && !leadingZero && tableShortMonthsOk && !wdWrong) continue;
    let from = m.index;
    if (the && !(ord || of)) from += whole!.indexOf(day!, the.length);
    if (wd && wdWrong) from = m.index - wd[0].length;
    const to = m.index + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${wd && wdWrong ? `${weekday} ` : ''}${Number(day)} ${fullMonth(month!)}${year ? ` ${year}` : ''}`;
    const original = text.slice(from, to);
    const message = isAbbr && !ord && !of && !wdWrong
      ? `Write the month in full: ${q(right)}, not ${q(original)}.`
      : `Write the date as ${q(right)}, not ${q(original)}.`;
    dateHit(t, from, to, right, message, true, hits);
  }
  p.monthDay.lastIndex = 0;
  for (const m of matchesOf(text, p.monthDay)) {
    const [whole, month, , day, ord, , year] = m as unknown as Array<string | undefined>;
    const isAbbr = month! in MONTH_ABBR;
    // “on January 6”: with no ordinal or year, only a word before that says it is a date.
    if (!ord && !isAbbr && !year && !DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!ord && !year && isAbbr && tableShortMonthsOk) continue;
    // "May" is also a word: only with an ordinal or a year ("May 1st", "May 1, 2026").
    if (month === 'May' && !ord && !year) continue;
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${Number(day)} ${fullMonth(month!)}${year ? ` ${year}` : ''}`;
    dateHit(t, from, to, right, `Write the date as ${q(right)}, not ${q(whole!)}.`, true, hits);
  }
  // “Oct/Nov 2020”, “Sept 2021”: a short month with no day, before a year or joined to another by a
  // slash. “Mar is short” and a name (“Jan Smith”) have neither, so they are left alone.
  if (!tableShortMonthsOk) {
    for (const { m, from, to } of freeMatches(t, SHORT_MONTHS)) {
      const [whole, one, two, year] = m as unknown as Array<string | undefined>;
      if (!two && !year) continue;
      const right = `${fullMonth(one!)}${two ? ` and ${fullMonth(two)}` : ''}${year ? ` ${year}` : ''}`;
      dateHit(t, from, to, right, `Write the month in full: ${q(right)}, not ${q(whole!)}.`, !two, hits);
    }
  }
  for (const { m, from, to } of freeMatches(t, WEEKDAY_ORDINAL)) {
    const [whole, weekday, day, suffix] = m as unknown as string[];
    const right = `${weekday} ${day}`;
    claim(t, from, to);
    hits.push({
      check: 'dates',
      from,
      to,
      message: `Write the date with its month and no ${q(suffix!)}, like ${q(`${right} March`)}, not ${q(whole!)}.`,
      suggestions: [`${right} and the month`],
    });
  }
  p.numericDate.lastIndex = 0;
  for (const m of matchesOf(text, p.numericDate)) {
    const [whole, a, sep, b, y] = m as unknown as string[];
    if (y!.length === 2 && sep !== '/') continue;
    if (y!.length === 4 && !/^(19|20)/.test(y!)) continue;
    let day = Number(a);
    let month = Number(b);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const yearFull = y!.length === 2 ? `20${y}` : y!;
    const right = `${day} ${MONTHS[month - 1]} ${yearFull}`;
    dateHit(t, from, to, right, `Write the date in words: ${q(right)}, not ${q(whole!)}.`, false, hits);
  }
  p.isoDate.lastIndex = 0;
  for (const m of matchesOf(text, p.isoDate)) {
    const [whole, y, mo, d] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
    dateHit(t, from, to, right, `Write the date in words: ${q(right)}, not ${q(whole!)}.`, true, hits);
  }
}
