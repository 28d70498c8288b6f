/**
 * house-style/times: 9am, 5:30pm, midday; not “9.00am”, “17:00” or “1700hrs”.
 */
import type { Hit } from './shared.js';
import { DAY_NAMES, MONTH_NAMES, patterns, q, swapHit } from './shared.js';
import { type BlockText, atSentenceStart, capitalise, claim, isClaimed, isQuoted, wordBefore, freeMatches } from './text.js';
import { matchesOf } from '../lib/matches.js';
/** The house-style way to write a time, from an hour, minutes and am or pm (or none for 24-hour). */
export function formatTime(hour: number, minutes: string, ampm?: 'am' | 'pm'): string | undefined {
  let h = hour;
  let suffix = ampm;
  if (!suffix) {
    if (h > 24 || (h === 24 && minutes !== '00')) return undefined;
    if (h === 0 || h === 24) {
      h = 12;
      suffix = 'am';
    } else if (h < 12) suffix = 'am';
    else {
      suffix = 'pm';
      if (h > 12) h -= 12;
    }
  } else {
    if (h > 12 && suffix === 'pm' && h < 24) h -= 12;
    if (h === 0) h = 12;
    if (h < 1 || h > 12) return undefined;
  }
  if (h === 12 && minutes === '00') return suffix === 'pm' ? 'midday' : 'midnight';
  return minutes === '00' ? `${h}${suffix}` : `${h}:${minutes}${suffix}`;
}

/**
 * 2 times in 24-hour form with a dash between, the same mark in both: “08.30-17.00”, “9:00 – 17:00”;
 * or with “to” between times with a colon: “9:00 to 17:00” (not “13.10 to 13.20”, which may be sections).
 */
const RANGE_24 =
  /(?<![\p{L}\p{N}.:,£$/-])([01]?\d|2[0-3])([.:])([0-5]\d)(?:[ \t]?[-–—][ \t]?|[ \t]+to[ \t]+(?=\d{1,2}:))([01]?\d|2[0-4])\2([0-5]\d)(?![\p{N}]|[.,:]\d|[ \t]?(?:[aApP]\.?[mM]|hrs?|hours)(?![\p{L}]))/gu;

/**
 * 2 times in 24-hour form with no mark in them, and a dash or “to” between: “0800 – 2200”,
 * “0900-1700”, “0830 to 1700”. Not a range of years (“1914-1918”) or phone numbers (“0800-1234-567”).
 */
const RANGE_24_BARE =
  /(?<![\p{L}\p{N}.:,£$/+-])([01]\d|2[0-3])([0-5]\d)(?:[ \t]?[-–—][ \t]?|[ \t]+to[ \t]+)([01]\d|2[0-4])([0-5]\d)(?![\p{N}]|[.,:/-]\d|[ \t]?(?:[aApP]\.?[mM]|hrs?|hours)(?![\p{L}]))/gu;

/** Words that say a bare 4-digit range is a time of day: “open 1000-1600”, “visiting times 1400 to 2000”. */
const TIME_WORDS_BEFORE = /\b(?:open|opening|opens|hours|visiting|visits|times?|daily|closed|closes|staffed|available|call|phone|ring)\b[^.!?\n]{0,24}$/i;

const DOTTED_24 = /(?<=(?:^|[^\p{L}])(?:at|from|until|till|by|to|between|and|starts?|ends?|[-–])[ \t]?)([01]\d|2[0-3])\.([0-5]\d)(?![\p{N}]|[.,:]\d|[ \t]?[aApP]\.?[mM](?![\p{L}]))/gu;

function isNameBefore(t: BlockText, i: number): boolean {
  const w = wordBefore(t, i);
  if (!w) return false;
  if (!/^\p{Lu}/u.test(w.word)) return false;
  if (MONTH_NAMES.has(w.word) || DAY_NAMES.has(w.word)) return false;
  return !atSentenceStart(t, w.start);
}

function timeHit(t: BlockText, from: number, to: number, right: string, fix: boolean, hits: Hit[]): void {
  const original = t.text.slice(from, to);
  let text = right;
  if (/^\p{L}/u.test(text) && atSentenceStart(t, from)) text = capitalise(text);
  const twentyFour = /^\d{2}:?\d{2}/.test(original) && !/[ap]\.?\s?m/i.test(original);
  const hit: Hit = {
    check: 'times',
    from,
    to,
    message: twentyFour
      ? `Write ${q(text)}, not the 24-hour time ${q(original)}.`
      : `Write ${q(text)}, not ${q(original)}.`,
    suggestions: [text],
  };
  if (fix) hit.fix = { from, to, text };
  claim(t, from, to);
  hits.push(hit);
}

/** Keep a final "." that also ends the sentence ("at 9 a.m. Then …"). */
function trailingDot(t: BlockText, end: number, hasInnerDot: boolean, dot: string): boolean {
  if (!dot) return false;
  if (!hasInnerDot) return true;
  const after = t.text.slice(end, end + 3);
  return after === '' || /^\s+\p{Lu}/u.test(after) || /^\s*$/.test(after);
}

export function checkTimes(t: BlockText, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  p.clock.lastIndex = 0;
  for (const m of matchesOf(text, p.clock)) {
    let to = m.index + m[0].length;
    const [, hh, , mm, , ap, dot1, , dot2] = m as unknown as string[];
    if (trailingDot(t, to, dot1 === '.', dot2 ?? '')) to -= 1;
    if (isQuoted(t, m.index, to)) continue;
    const ampm = ap!.toLowerCase() === 'a' ? 'am' : 'pm';
    const right = formatTime(Number(hh), mm!, ampm);
    if (!right) continue;
    const original = text.slice(m.index, to);
    if (original === right) continue;
    timeHit(t, m.index, to, right, true, hits);
  }
  p.hour.lastIndex = 0;
  for (const m of matchesOf(text, p.hour)) {
    let to = m.index + m[0].length;
    const [, hh, , ap, dot1, , dot2] = m as unknown as string[];
    if (trailingDot(t, to, dot1 === '.', dot2 ?? '')) to -= 1;
    if (isQuoted(t, m.index, to) || isClaimed(t, m.index, to)) continue;
    const h = Number(hh);
    if (h < 1 || h > 12 || hh!.length > 1 && hh!.startsWith('0')) continue;
    const ampm = ap!.toLowerCase() === 'a' ? 'am' : 'pm';
    const right = formatTime(h, '00', ampm)!;
    const original = text.slice(m.index, to);
    if (original === right) continue;
    // "PM" on its own after a number is more often a prime minister than a time.
    if (/^\d+\s+[AP]M$/.test(original) && !/^\s*(?:to|and|until|till|[-–—])\s/u.test(text.slice(to, to + 8)) && !/\b(?:at|from|until|by|before|after|to|between)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    timeHit(t, m.index, to, right, true, hits);
  }
  p.noon.lastIndex = 0;
  for (const { m, from, to } of freeMatches(t, p.noon)) {
    const right = m[1] === 'midnight' ? 'midnight' : 'midday';
    timeHit(t, from, to, right, true, hits);
  }
  // “08.30-17.00”, “9:00 to 17:00”: 2 times in 24-hour form with a dash or “to” between them are a
  // range of times, whatever the word before. One finding for both, with “to”.
  for (const { m, from, to } of freeMatches(t, RANGE_24)) {
    const [, h1, , mm1, h2, mm2] = m as unknown as string[];
    // One side must be clearly 24-hour (“08.30”, “17.00”): not “10.15-11.30”, which may be a score or a sum.
    if (!h1!.startsWith('0') && !h2!.startsWith('0') && Number(h1) <= 12 && Number(h2) <= 12) continue;
    const range = timeRange(text, from, to, [h1!, mm1!, h2!, mm2!]);
    if (!range) continue;
    claim(t, from, to);
    hits.push(swapHit('times', from, to, range.original, range.right));
  }
  // “0800 – 2200”, “0900-1700”: the same, with no mark in the times. One side must start with 0
  // (years never do), or a word before must say these are times (“open 1000-1600”).
  for (const { m, from, to } of freeMatches(t, RANGE_24_BARE)) {
    const [, h1, mm1, h2, mm2] = m as unknown as string[];
    const zero = h1!.startsWith('0') || h2!.startsWith('0');
    if (!zero && !TIME_WORDS_BEFORE.test(text.slice(Math.max(0, from - 40), from))) continue;
    // “1990-2010” after “open”: years, not times.
    if (!zero && /^(?:19|20)$/.test(h1!) && /^(?:19|20)$/.test(h2!)) continue;
    if (Number(h2) * 60 + Number(mm2) <= Number(h1) * 60 + Number(mm1) && h2 !== '00') continue;
    if (isQuoted(t, from, to)) continue;
    const range = timeRange(text, from, to, [h1!, mm1!, h2!, mm2!]);
    if (!range) continue;
    claim(t, from, to);
    hits.push({ ...swapHit('times', from, to, range.original, range.right), message: `Write ${q(range.right)}, not the 24-hour times ${q(range.original)}.` });
  }
  p.h24.lastIndex = 0;
  for (const { m, from, to } of freeMatches(t, p.h24)) {
    const [, hh, mm, suffix] = m as unknown as string[];
    const h = Number(hh);
    // "John 10:10", "a ratio of 16:10": not times.
    if (isNameBefore(t, from)) continue;
    const around = text.slice(Math.max(0, from - 12), Math.min(text.length, to + 8)).toLowerCase();
    if (/ratio|score|verse/.test(around)) continue;
    const right = formatTime(h, mm!);
    if (!right) continue;
    const clearly24 = hh!.startsWith('0') || h > 12 || h === 24 || Boolean(suffix);
    timeHit(t, from, to, right, clearly24, hits);
  }
  // “at 14.00”, “from 09.30”: a 24-hour time with a full stop, after a word that says it is a time.
  for (const { m, from, to } of freeMatches(t, DOTTED_24)) {
    const [, hh, mm] = m as unknown as string[];
    if (!hh!.startsWith('0') && Number(hh) <= 12) continue;
    const right = formatTime(Number(hh), mm!);
    if (!right) continue;
    timeHit(t, from, to, right, true, hits);
  }
  p.hrs.lastIndex = 0;
  for (const { m, from, to } of freeMatches(t, p.hrs)) {
    const right = formatTime(Number(m[1]), m[2]!);
    if (!right) continue;
    timeHit(t, from, to, right, true, hits);
  }
}

/** A range of 2 times in 24-hour form (hour, minutes, hour, minutes) as written and as the guides write it (“8am to 10pm”). */
function timeRange(text: string, from: number, to: number, [h1, mm1, h2, mm2]: [string, string, string, string]): { original: string; right: string } | undefined {
  const a = formatTime(Number(h1), mm1);
  const b = formatTime(Number(h2), mm2);
  return a && b ? { original: text.slice(from, to), right: `${a} to ${b}` } : undefined;
}
