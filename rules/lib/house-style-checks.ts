/**
 * house-style checks on the words of one block: short forms, contractions, times, dates,
 * ranges, numbers, units, NHS numbers, ordinals, exclamation marks and preferred terms.
 *
 * Each check reads a BlockText (see house-style-text.ts) and returns hits in text indices.
 * Patterns are compiled once, on first use. Every check is linear in the length of the block.
 */
import type { Severity } from '../../src/types.js';
import data from '../data/house-style.json' with { type: 'json' };
import {
  type BlockText,
  atSentenceStart,
  capitalise,
  claim,
  escapeRegExp,
  isClaimed,
  isQuoted,
  matchCase,
  sentenceAt,
  wordBefore,
} from './house-style-text.js';

export const CHECK_IDS = [
  'terms',
  'eg',
  'ie',
  'etc',
  'contractions',
  'please-note',
  'ampersand',
  'nhs-number',
  'times',
  'dates',
  'ranges',
  'number-commas',
  'units',
  'ordinals',
  'sentence-start-number',
  'exclamation',
  'underline',
  'italics',
  'bold',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Preset = 'nhs' | 'govuk';

export interface Hit {
  check: CheckId;
  /** Text indices in the BlockText (or source offsets when `source` is true). */
  from: number;
  to: number;
  message: string;
  why?: string;
  suggestions: string[];
  fix?: { from: number; to: number; text: string };
  severity?: Severity;
  /** The guide section for this finding, when it is not the check's own. */
  sourceUrl?: string;
}

export interface Env {
  preset: Preset;
  enabled: (id: CheckId) => boolean;
  terms?: TermMatcher;
  /** The heading of the section the block is in (a section about contractions mentions them). */
  sectionHeading?: string;
}

interface Entry {
  id: string;
  check: string;
  match: string[];
  alternatives: string[];
  reason: string;
  source: string;
  sourceGovuk?: string;
  fix: boolean;
  skipUpperCase?: boolean;
}

const ENTRIES = data.entries as Entry[];
const MONTHS: string[] = data.months;
const MONTH_ABBR: Record<string, string> = data.monthAbbreviations;
const WEEKDAYS: Record<string, string> = data.weekdays;
const UNITS: string[] = data.units;
const COUNT_NOUNS = new Set(data.countNouns.map((w) => w.toLowerCase()));
const REFERENCE_WORDS = new Set(data.referenceWords.map((w) => w.toLowerCase()));
const ORDINAL_SKIP = new Set(data.ordinalSkip);
const MONTH_NAMES = new Set([...MONTHS, ...Object.keys(MONTH_ABBR)]);
const DAY_NAMES = new Set(Object.keys(WEEKDAYS));

const q = (s: string) => `“${s}”`;

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return NUMBER_WORDS[n];
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}-${NUMBER_WORDS[n % 10]}` : t;
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled on first use.

interface Patterns {
  phrases: RegExp;
  phraseIndex: Map<string, Entry>;
  clock: RegExp;
  hour: RegExp;
  noon: RegExp;
  h24: RegExp;
  hrs: RegExp;
  dayMonth: RegExp;
  monthDay: RegExp;
  numericDate: RegExp;
  isoDate: RegExp;
  nhsNumber: RegExp;
  rangeNumber: RegExp;
  rangeDay: RegExp;
  rangeMonth: RegExp;
  bigNumber: RegExp;
  units: RegExp;
  unitAfter: RegExp;
  ordinalNumeral: RegExp;
  ordinalWord: RegExp;
  /** Any ordinal word: a quick first look before ordinalWord. */
  ordinalWordHint: RegExp;
}

let compiled: Patterns | undefined;

const normalisePhrase = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

function patterns(): Patterns {
  if (compiled) return compiled;
  const phraseIndex = new Map<string, Entry>();
  const forms: string[] = [];
  for (const entry of ENTRIES) {
    for (const form of entry.match) {
      phraseIndex.set(normalisePhrase(form), entry);
      forms.push(form);
    }
  }
  forms.sort((a, b) => b.length - a.length);
  const alternation = forms
    .map((f) => escapeRegExp(f).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
  const day = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
  const abbr = Object.keys(MONTH_ABBR).sort((a, b) => b.length - a.length).join('|');
  const month = `${MONTHS.join('|')}|${abbr}`;
  const days = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');
  const units = [...UNITS].sort((a, b) => b.length - a.length).join('|');
  const dash = String.raw`(\s*[–—]\s*|-|\s+-\s+)`;
  const numTok = String.raw`£?\d+(?:[.,:]\d+)*(?:\s?(?:am|pm)|%|(?:${units})(?![\p{L}]))?`;
  const year = String.raw`(?:(,?\s+)((?:19|20)\d{2})(?![\p{N}]))?`;
  compiled = {
    phrases: new RegExp(`(?<![\\p{L}\\p{N}_'’.@/\\\\-])(?:${alternation})(?![\\p{L}\\p{N}_'’@/\\\\-]|\\.[\\p{L}\\p{N}])`, 'giu'),
    phraseIndex,
    clock: /(?<![\p{L}\p{N}.:,£$/])(\d{1,2})([.:])(\d{2})(\s?)([aApP])(\.?)([mM])(\.?)(?![\p{L}\p{N}])/gu,
    hour: /(?<![\p{L}\p{N}.:,£$/-])(\d{1,2})(\s?)([aApP])(\.?)([mM])(\.?)(?![\p{L}\p{N}])/gu,
    noon: /(?<![\p{L}\p{N}])(?:12(?:[.:]00)?\s?(noon|midday|midnight)|(noon))(?![\p{L}\p{N}])/gu,
    h24: /(?<![\p{L}\p{N}.:,£$/-])([01]\d|2[0-4]):([0-5]\d)(\s?(?:hrs|hr|h|hours)(?![\p{L}]))?(?![\p{N}]|:\d|[.,]\d|\s?[aApP]\.?[mM](?![\p{L}]))/gu,
    hrs: /(?<![\p{L}\p{N}.:,£$/-])([01]\d|2[0-3])([0-5]\d)\s?(hrs|hr|h)(?![\p{L}\p{N}])/gu,
    dayMonth: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:([Tt]he)\\s+)?(${day})(st|nd|rd|th)?(\\s+of)?\\s+(${month})(\\.(?=\\s+\\d))?(?![\\p{L}])${year}`,
      'gu',
    ),
    monthDay: new RegExp(
      `(?<![\\p{L}\\p{N}])(${month})(\\.)?\\s+(${day})(st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]\\d)${year}`,
      'gu',
    ),
    numericDate: /(?<![\p{L}\p{N}/.\-:£$])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[/.\-:]\d)/gu,
    isoDate: /(?<![\p{L}\p{N}/.\-:])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}]|[/.\-:T]\d)/gu,
    nhsNumber: /(?<![\p{N}\-/.,])(\d{3})([ -]?)(\d{3})([ -]?)(\d{4})(?![\p{N}]|[-/]\d)/gu,
    rangeNumber: new RegExp(
      `(?<![\\p{L}\\p{N}_.,/\\-–—:+#'’])(${numTok})${dash}(${numTok})(?![\\p{N}_]|[.,]\\d|[\\-–—/:]\\d|-\\p{L})`,
      'gu',
    ),
    rangeDay: new RegExp(`(?<![\\p{L}])(${days})(\\.?)${dash}(${days})(?![\\p{L}])`, 'gu'),
    rangeMonth: new RegExp(`(?<![\\p{L}])(${month})(\\.?)${dash}(${month})(?![\\p{L}])`, 'gu'),
    bigNumber: /(?<![\p{L}\p{N}_.,/#:+'’])(£|\$|€)?(\d{4,})(\.\d+)?(?![\p{N}_]|[.,:/]\d)/gu,
    units: new RegExp(`(?<![\\p{L}\\p{N}_.,])(\\d+(?:[.,]\\d+)*)([ \\t]+)(${units})(?![\\p{L}\\p{N}])`, 'gu'),
    unitAfter: new RegExp(`^\\s?(?:${units})(?![\\p{L}])`, 'u'),
    ordinalNumeral: /(?<![\p{L}\p{N}])([1-9])(st|nd|rd|th)(?![\p{L}\p{N}])/gu,
    ordinalWord: new RegExp(
      `(?<![\\p{L}])(${data.ordinalWords.join('|')})\\s+(${data.ordinalNouns.join('|')})(?![\\p{L}])`,
      'giu',
    ),
    ordinalWordHint: new RegExp(data.ordinalWords.join('|'), 'iu'),
  };
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// Preferred terms: built once per run from settings.terms and the rule's `terms` option.

export interface TermMatcher {
  sensitive?: RegExp;
  insensitive?: RegExp;
  sensitiveMap: Map<string, string>;
  insensitiveMap: Map<string, string>;
}

export function buildTermMatcher(terms: Record<string, string>): TermMatcher | undefined {
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  const sensitiveMap = new Map<string, string>();
  const insensitiveMap = new Map<string, string>();
  for (const [avoid, prefer] of Object.entries(terms)) {
    const key = avoid.trim();
    if (!key || typeof prefer !== 'string' || !prefer.trim()) continue;
    const pattern = escapeRegExp(key).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
    if (/\p{Lu}/u.test(key)) {
      sensitive.push(pattern);
      sensitiveMap.set(key.replace(/’/g, "'").replace(/\s+/g, ' '), prefer.trim());
    } else {
      insensitive.push(pattern);
      insensitiveMap.set(normalisePhrase(key), prefer.trim());
    }
  }
  if (!sensitive.length && !insensitive.length) return undefined;
  const wrap = (list: string[], flags: string) =>
    list.length
      ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_])`, flags)
      : undefined;
  const matcher: TermMatcher = { sensitiveMap, insensitiveMap };
  const s = wrap(sensitive, 'gu');
  const i = wrap(insensitive, 'giu');
  if (s) matcher.sensitive = s;
  if (i) matcher.insensitive = i;
  return matcher;
}

function checkTerms(t: BlockText, terms: TermMatcher, hits: Hit[]): void {
  const found: Array<{ from: number; to: number; original: string; prefer: string; sensitive: boolean }> = [];
  for (const [re, map, sensitive] of [
    [terms.sensitive, terms.sensitiveMap, true],
    [terms.insensitive, terms.insensitiveMap, false],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of t.text.matchAll(re)) {
      const original = m[0];
      const key = sensitive ? original.replace(/’/g, "'").replace(/\s+/g, ' ') : normalisePhrase(original);
      const prefer = map.get(key);
      if (!prefer) continue;
      found.push({ from: m.index, to: m.index + original.length, original, prefer, sensitive });
    }
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  let last = -1;
  for (const f of found) {
    if (f.from < last) continue;
    if (isQuoted(t, f.from, f.to) || isClaimed(t, f.from, f.to)) continue;
    // Already part of the preferred words ("Essex" inside "Mid and South Essex")?
    const window = t.text.slice(Math.max(0, f.from - f.prefer.length), f.to + f.prefer.length);
    const offset = Math.max(0, f.from - f.prefer.length);
    const inside = window.toLowerCase().indexOf(f.prefer.toLowerCase());
    if (inside >= 0 && offset + inside <= f.from && offset + inside + f.prefer.length >= f.to) continue;
    last = f.to;
    const text = !f.sensitive && /^\p{Lu}/u.test(f.original) ? capitalise(f.prefer) : f.prefer;
    claim(t, f.from, f.to);
    hits.push({
      check: 'terms',
      from: f.from,
      to: f.to,
      message: `Write ${q(text)}, not ${q(f.original)}.`,
      suggestions: [text],
      fix: { from: f.from, to: f.to, text },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Short forms, contractions and "please note": the term-list entries in the data file.

function checkPhrases(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const inQuote = t.block.kind === 'blockquote';
  p.phrases.lastIndex = 0;
  for (const m of t.text.matchAll(p.phrases)) {
    const original = m[0];
    const from = m.index;
    const to = from + original.length;
    const entry = p.phraseIndex.get(normalisePhrase(original));
    if (!entry) continue;
    const check = entry.check as CheckId;
    if (!env.enabled(check)) continue;
    if (entry.skipUpperCase && original === original.toUpperCase()) continue;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const sourceUrl = env.preset === 'govuk' && entry.sourceGovuk ? entry.sourceGovuk : entry.source;
    if (check === 'contractions') {
      if (inQuote) continue;
      // "Do and Don't lists" and "dos and don'ts" are names of things, not instructions.
      if (/^\p{Lu}/u.test(original) && original !== original.toUpperCase() && !atSentenceStart(t, from)) continue;
      if (/\bdos?\)?\s*(?:and|or|&|\/)\s*$/i.test(t.text.slice(Math.max(0, from - 12), from))) continue;
      // A label on its own ("Don't" above a list), in brackets ("(don't)"), or a sentence about contractions.
      if (t.text.length < 40 && /^[\s\p{P}]*$/u.test(t.text.slice(0, from) + t.text.slice(to))) continue;
      if (t.text[from - 1] === '(' && t.text[to] === ')') continue;
      const k = sentenceAt(t, from);
      if (/contraction/i.test(t.text.slice(t.sentenceStarts[k] ?? 0, t.sentenceEnds[k] ?? t.text.length))) continue;
      if (env.sectionHeading && /contraction/i.test(env.sectionHeading)) continue;
      const text = matchCase(original, entry.alternatives[0]!);
      hits.push({
        check,
        from,
        to,
        message: `Write ${q(text)} in full, not ${q(original)}.`,
        why: entry.reason,
        suggestions: [text],
        fix: { from, to, text },
        sourceUrl,
      });
    } else if (check === 'eg' || check === 'ie' || check === 'etc') {
      const alternative = entry.alternatives[0]!;
      const text = /^\p{Lu}/u.test(original) ? capitalise(alternative) : alternative;
      const message =
        check === 'eg'
          ? `Write ${q(text)} in place of the short form ${q('eg')}.`
          : check === 'ie'
            ? `Many people do not know what ${q('ie')} means: write ${q(text)}, or reword.`
            : `Write ${q(text)} in place of ${q('etc')}, or name the main things.`;
      const hit: Hit = { check, from, to, message, why: entry.reason, suggestions: entry.alternatives.map((a) => (/^\p{Lu}/u.test(original) ? capitalise(a) : a)), sourceUrl };
      if (entry.fix) hit.fix = { from, to, text };
      hits.push(hit);
    } else if (check === 'please-note') {
      const k = sentenceAt(t, from);
      const end = t.sentenceEnds[k] ?? t.text.length;
      let rest = t.text.slice(to, end).replace(/^\s*(?:that\s+|[,:;–-]\s*)?/, '');
      const stop = /[.!?](?=\s|$)/.exec(rest);
      if (stop) rest = rest.slice(0, stop.index + 1);
      rest = rest.trim();
      const suggestions: string[] = [];
      if (atSentenceStart(t, from) && rest && !rest.includes('\uFFFC') && rest.length < 160) {
        rest = capitalise(rest);
        suggestions.push(rest);
      } else {
        suggestions.push('Leave out “please note” and say the important thing directly.');
      }
      hits.push({
        check,
        from,
        to,
        message: `Leave out ${q(original)} and say it directly.`,
        why: entry.reason,
        suggestions,
        severity: 'suggestion',
        sourceUrl,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Ampersands.

function checkAmpersand(t: BlockText, hits: Hit[]): void {
  const text = t.text;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (isQuoted(t, i, i + 1) || isClaimed(t, i, i + 1)) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // A&E, P&O, M&S, B&Q, T&Cs: names.
    if (/\p{Lu}/u.test(before) && /\p{Lu}/u.test(after)) continue;
    const spacedBefore = /\s/.test(before);
    const spacedAfter = /\s/.test(after);
    // "HM Revenue & Customs", "Health & Social Care": capitalised words on both sides are a name.
    const prev = /([\p{L}\p{N}]+)[)\]”"’'.,]*\s*$/u.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    const next = /^\s*[(\[“"‘']*([\p{L}\p{N}]+)/u.exec(text.slice(i + 1, i + 31))?.[1];
    if (prev && next && /^\p{Lu}/u.test(prev) && /^\p{Lu}/u.test(next)) continue;
    const replacement = `${spacedBefore ? '' : ' '}and${spacedAfter ? '' : ' '}`;
    hits.push({
      check: 'ampersand',
      from: i,
      to: i + 1,
      message: `Write ${q('and')} in place of ${q('&')}.`,
      suggestions: [prev && next ? `${prev} and ${next}` : 'and'],
      fix: { from: i, to: i + 1, text: replacement },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Times.

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

function checkTimes(t: BlockText, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  p.clock.lastIndex = 0;
  for (const m of text.matchAll(p.clock)) {
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
  for (const m of text.matchAll(p.hour)) {
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
  for (const m of text.matchAll(p.noon)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = m[1] === 'midnight' ? 'midnight' : 'midday';
    timeHit(t, from, to, right, true, hits);
  }
  p.h24.lastIndex = 0;
  for (const m of text.matchAll(p.h24)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
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
  p.hrs.lastIndex = 0;
  for (const m of text.matchAll(p.hrs)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = formatTime(Number(m[1]), m[2]!);
    if (!right) continue;
    timeHit(t, from, to, right, true, hits);
  }
}

// ---------------------------------------------------------------------------------------------
// Dates.

function fullMonth(name: string): string {
  return MONTH_ABBR[name] ?? name;
}

function dateHit(t: BlockText, from: number, to: number, right: string, message: string, fix: boolean, hits: Hit[]): void {
  const hit: Hit = { check: 'dates', from, to, message, suggestions: [right] };
  if (fix) hit.fix = { from, to, text: right };
  claim(t, from, to);
  hits.push(hit);
}

function checkDates(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  const tableShortMonthsOk = env.preset === 'govuk' && t.block.inTable;
  p.dayMonth.lastIndex = 0;
  for (const m of text.matchAll(p.dayMonth)) {
    const [whole, the, day, ord, of, month, , yearGap, year] = m as unknown as Array<string | undefined>;
    const isAbbr = month! in MONTH_ABBR;
    const leadingZero = day!.length === 2 && day!.startsWith('0');
    if (!ord && !of && !isAbbr && !leadingZero && !(yearGap && yearGap.includes(','))) continue;
    if (!ord && !of && isAbbr && !leadingZero && tableShortMonthsOk) continue;
    let from = m.index;
    if (the && !(ord || of)) from += whole!.indexOf(day!, the.length);
    const to = m.index + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${Number(day)} ${fullMonth(month!)}${year ? ` ${year}` : ''}`;
    const original = text.slice(from, to);
    const message = isAbbr && !ord && !of
      ? `Write the month in full: ${q(right)}, not ${q(original)}.`
      : `Write the date as ${q(right)}, not ${q(original)}.`;
    dateHit(t, from, to, right, message, true, hits);
  }
  p.monthDay.lastIndex = 0;
  for (const m of text.matchAll(p.monthDay)) {
    const [whole, month, , day, ord, , year] = m as unknown as Array<string | undefined>;
    const isAbbr = month! in MONTH_ABBR;
    if (!ord && !isAbbr && !year) continue;
    if (!ord && !year && isAbbr && tableShortMonthsOk) continue;
    // "May" is also a word: only with an ordinal or a year ("May 1st", "May 1, 2026").
    if (month === 'May' && !ord && !year) continue;
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${Number(day)} ${fullMonth(month!)}${year ? ` ${year}` : ''}`;
    dateHit(t, from, to, right, `Write the date as ${q(right)}, not ${q(whole!)}.`, true, hits);
  }
  p.numericDate.lastIndex = 0;
  for (const m of text.matchAll(p.numericDate)) {
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
  for (const m of text.matchAll(p.isoDate)) {
    const [whole, y, mo, d] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const right = `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
    dateHit(t, from, to, right, `Write the date in words: ${q(right)}, not ${q(whole!)}.`, true, hits);
  }
}

// ---------------------------------------------------------------------------------------------
// NHS numbers.

const NHS_NUMBER_WORDS = /\bNHS\s+(?:number|no\b)/i;

function checkNhsNumbers(t: BlockText, hits: Hit[], report: boolean): void {
  const p = patterns();
  const text = t.text;
  if (!NHS_NUMBER_WORDS.test(text)) return;
  p.nhsNumber.lastIndex = 0;
  for (const m of text.matchAll(p.nhsNumber)) {
    const [whole, a, s1, b, s2, c] = m as unknown as string[];
    if (s1 !== s2 && s1 && s2) continue;
    if (a!.startsWith('0')) continue;
    const from = m.index;
    const to = from + whole!.length;
    const k = sentenceAt(t, from);
    const sentence = text.slice(t.sentenceStarts[k] ?? 0, t.sentenceEnds[k] ?? text.length);
    if (!NHS_NUMBER_WORDS.test(sentence)) continue;
    claim(t, from, to);
    if (s1 === ' ' && s2 === ' ') continue;
    if (!report || isQuoted(t, from, to)) continue;
    const right = `${a} ${b} ${c}`;
    hits.push({
      check: 'nhs-number',
      from,
      to,
      message: `Write the NHS number in 3 groups: ${q(right)}.`,
      suggestions: [right],
      fix: { from, to, text: right },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges: "10 to 12", not "10-12".

function isCapitalisedName(word: string | undefined): boolean {
  return Boolean(word && /^\p{Lu}/u.test(word) && !MONTH_NAMES.has(word) && !DAY_NAMES.has(word));
}

const AMPM = /(am|pm)$/i;

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

function checkRanges(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  p.rangeNumber.lastIndex = 0;
  for (const m of text.matchAll(p.rangeNumber)) {
    const [whole, a, dash, b] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to)) continue;
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
    if (before) {
      if (/^\p{Lu}{2,}$/u.test(before.word.replace(/[&.]/g, '')) && before.word.length >= 2) continue;
      if (/^(?:section|clause|regulation|article|standard|version|v|no|number|ref|reference)$/i.test(before.word)) continue;
      if (isCapitalisedName(before.word) && !atSentenceStart(t, before.start)) continue;
    }
    const nextWord = /^\s+([\p{L}][\p{L}'’]*)/u.exec(text.slice(to, to + 40))?.[1];
    if (isCapitalisedName(nextWord)) continue;
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
    for (const m of text.matchAll(re)) {
      const [whole, a, , , b] = m as unknown as string[];
      const from = m.index;
      const to = from + whole!.length;
      if (isQuoted(t, from, to)) continue;
      if (a === b) continue;
      if (!names && env.preset === 'govuk' && t.block.inTable) continue;
      const full = (w: string) => (names ? names[w] ?? w : fullMonth(w));
      const right = `${full(a!)} to ${full(b!)}`;
      rangeHit(t, from, to, { from, to, text: right }, right, hits);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers over 999 need a comma; units need no space.

function checkNumbers(t: BlockText, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  p.bigNumber.lastIndex = 0;
  for (const m of text.matchAll(p.bigNumber)) {
    const [whole, currency, digits, decimals] = m as unknown as Array<string | undefined>;
    const from = m.index;
    const to = from + whole!.length;
    const numStart = from + (currency?.length ?? 0);
    if (digits!.startsWith('0')) continue;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const prevChar = text[from - 1] ?? '';
    if (/[-–—]/.test(prevChar)) {
      // The end of a range ("1000-2000") is fine to check; a code ("AB-1234") is not.
      if (!/(?:^|[^\p{N}\-–—.,/])[1-9][\d,]*\s*[-–—]$/u.test(text.slice(Math.max(0, from - 20), from))) continue;
    }
    // Groups of digits: phone numbers and NHS numbers ("0300 123 4567", "999 123 4567").
    if (/\d[ \t]$/.test(text.slice(Math.max(0, from - 2), from)) || /^[ \t]\d/.test(text.slice(to, to + 2))) continue;
    const after = text.slice(to, to + 30);
    const unit = p.unitAfter.test(after);
    if (/^\p{L}/u.test(after) && !unit) continue;
    const nextWord = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    const rangeNoun = /^\s*[-–—]\s*£?\d[\d,.]*\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
    const counted =
      unit || (nextWord !== undefined && COUNT_NOUNS.has(nextWord)) || (rangeNoun !== undefined && COUNT_NOUNS.has(rangeNoun));
    const n = Number(digits);
    if (!currency && !decimals && digits!.length === 4 && n >= 1000 && n <= 2099 && !counted) continue;
    if (!currency && digits!.length >= 7 && !counted) continue;
    const before = wordBefore(t, from);
    if (before) {
      const w = before.word.toLowerCase();
      if (REFERENCE_WORDS.has(w)) continue;
      if (/^\p{Lu}{2,}$/u.test(before.word) && before.word !== 'NHS') continue;
    }
    const right = `${currency ?? ''}${withCommas(digits!)}${decimals ?? ''}`;
    claim(t, from, to);
    hits.push({
      check: 'number-commas',
      from,
      to,
      message: `Write ${q(right)} with a comma.`,
      suggestions: [right],
      fix: { from: numStart, to: numStart + digits!.length, text: withCommas(digits!) },
    });
  }
}

function checkUnits(t: BlockText, hits: Hit[]): void {
  const p = patterns();
  p.units.lastIndex = 0;
  for (const m of t.text.matchAll(p.units)) {
    const [whole, num, space, unit] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to)) continue;
    const right = `${num}${unit}`;
    const spaceFrom = from + num!.length;
    hits.push({
      check: 'units',
      from,
      to,
      message: `Write ${q(right)} with no space.`,
      suggestions: [right],
      fix: { from: spaceFrom, to: spaceFrom + space!.length, text: '' },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ordinals and numbers at the start of a sentence: the presets differ.

function checkOrdinals(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  if (env.preset === 'govuk') {
    if (t.block.inTable) return;
    p.ordinalNumeral.lastIndex = 0;
    for (const m of text.matchAll(p.ordinalNumeral)) {
      const [whole, digit, suffix] = m as unknown as string[];
      const n = Number(digit);
      if (ordinalSuffix(n) !== suffix!.toLowerCase()) continue;
      const from = m.index;
      const to = from + whole!.length;
      if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
      // Dates belong to the dates check.
      const next = /^\s+(?:of\s+)?([\p{L}]+)/u.exec(text.slice(to, to + 20))?.[1];
      const prev = wordBefore(t, from)?.word;
      if ((next && MONTH_NAMES.has(next)) || (prev && MONTH_NAMES.has(prev))) continue;
      let right = data.ordinalWords[n - 1]!;
      if (atSentenceStart(t, from)) right = capitalise(right);
      hits.push({
        check: 'ordinals',
        from,
        to,
        message: `Write ${q(right)}, not ${q(whole!)}.`,
        why: 'GOV.UK style spells out first to ninth, and uses numerals from 10th.',
        suggestions: [right],
        fix: { from, to, text: right },
        sourceUrl: data.checks.ordinals.sourceGovuk,
      });
    }
    return;
  }
  p.ordinalWord.lastIndex = 0;
  for (const m of text.matchAll(p.ordinalWord)) {
    const [whole, word, noun] = m as unknown as string[];
    if (ORDINAL_SKIP.has(`${word!.toLowerCase()} ${noun!.toLowerCase()}`)) continue;
    const from = m.index;
    const to = from + word!.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const n = data.ordinalWords.indexOf(word!.toLowerCase()) + 1;
    const right = `${n}${ordinalSuffix(n)}`;
    hits.push({
      check: 'ordinals',
      from,
      to: from + whole!.length,
      message: `Write ${q(`${right} ${noun}`)}, not ${q(whole!)}.`,
      suggestions: [`${right} ${noun}`],
      fix: { from, to, text: right },
    });
  }
}

function checkSentenceStartNumber(t: BlockText, hits: Hit[]): void {
  if (t.block.kind === 'heading' || t.block.inList || t.block.inTable) return;
  const text = t.text;
  for (const start of t.sentenceStarts) {
    const m = /^(\d+(?:[.,]\d+)*)(%?)/.exec(text.slice(start, start + 30));
    if (!m) continue;
    const from = start;
    const to = start + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const after = text.slice(to, to + 20);
    if (/^\s?(?:am|pm|a\.m|p\.m)\b|^[:.]\d|^[\p{L}]/iu.test(after)) continue;
    const next = /^\s+([\p{L}]+)/u.exec(after)?.[1];
    if (next && MONTH_NAMES.has(next)) continue;
    const n = Number(m[1]!.replace(/,/g, ''));
    if (m[1]!.length === 4 && n >= 1000 && n <= 2099) continue;
    const words = !m[2] && !m[1]!.includes('.') ? numberInWords(n) : undefined;
    const nextWords = after.match(/^\s+[\p{L}]+/u)?.[0] ?? '';
    hits.push({
      check: 'sentence-start-number',
      from,
      to,
      message: `Write the number at the start of the sentence in words: ${q(m[0])}.`,
      suggestions: words
        ? [`${capitalise(words)}${nextWords}`]
        : ['Reword the sentence so it does not start with a number.'],
      severity: 'suggestion',
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Exclamation marks.

function checkExclamation(t: BlockText, hits: Hit[]): void {
  if (t.block.kind === 'blockquote') return;
  const text = t.text;
  const re = /[!?]*![!?]*/g;
  for (const m of text.matchAll(re)) {
    const from = m.index;
    const to = from + m[0].length;
    if (from === 0 || /\s/.test(text[from - 1]!)) continue;
    if (text[to] === '=' || isQuoted(t, from, to)) continue;
    // "Yahoo! Mail", a name with an exclamation mark inside a sentence.
    if (/^\s+\p{Ll}/u.test(text.slice(to, to + 3))) continue;
    const k = sentenceAt(t, from);
    const sentenceStart = t.sentenceStarts[k] ?? 0;
    const lead = text.slice(sentenceStart, from);
    const wm = /(?:\S+\s+){0,5}\S+$/.exec(lead);
    if (!wm) continue;
    const shown = wm[0].replace(/\s+/g, ' ');
    if (shown.includes('\uFFFC')) continue;
    const spanFrom = sentenceStart + wm.index;
    hits.push({
      check: 'exclamation',
      from: spanFrom,
      to,
      message: `${q(`${shown}${m[0]}`)} ends with an exclamation mark.`,
      suggestions: [`${shown}.`],
      severity: 'suggestion',
    });
  }
}

// ---------------------------------------------------------------------------------------------

/** Run every word check on one block. */
export function checkBlock(t: BlockText, env: Env): Hit[] {
  const hits: Hit[] = [];
  const on = env.enabled;
  if (env.terms && on('terms')) checkTerms(t, env.terms, hits);
  checkPhrases(t, env, hits);
  if (on('ampersand')) checkAmpersand(t, hits);
  // Most blocks have no digits: skip the checks that need one (their patterns are costly to set up).
  const digits = /\d/.test(t.text);
  if (digits) checkNhsNumbers(t, hits, on('nhs-number'));
  if (on('times') && (digits || /noon|midday|midnight/i.test(t.text))) checkTimes(t, hits);
  if (on('dates') && digits) checkDates(t, env, hits);
  if (on('number-commas') && digits) checkNumbers(t, hits);
  // Every range pattern needs a hyphen or a dash.
  if (on('ranges') && /[-–—]/.test(t.text)) checkRanges(t, env, hits);
  if (on('units') && digits) checkUnits(t, hits);
  // Ordinals need a digit (govuk: "2nd") or an ordinal word (nhs: "second dose").
  if (on('ordinals') && (env.preset === 'govuk' ? digits : patterns().ordinalWordHint.test(t.text))) checkOrdinals(t, env, hits);
  if (on('sentence-start-number') && env.preset === 'govuk') checkSentenceStartNumber(t, hits);
  if (on('exclamation')) checkExclamation(t, hits);
  return hits;
}
