/**
 * What the house-style check families share: the check ids and families, a hit, the settings
 * the checks read (Env), the data from rules/data/house-style.json and the patterns, compiled
 * once on first use.
 *
 * Each family is one file beside this one (times.ts, dates.ts, ranges.ts, numbers.ts,
 * short-forms.ts, formatting.ts, terms.ts, punctuation.ts); index.ts runs them on a block in a fixed order, since
 * a check claims the words it flags ("9.00am" is a time, not a number). Each check reads a
 * BlockText (text.ts) and returns hits in text indices, in time linear in the block's length.
 */
import type { Severity } from '../../src/types.js';
import data from '../data/house-style.json' with { type: 'json' };

export { data };
import { escapeRegExp } from './text.js';
import type { PreferredTerms } from './terms.js';

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
  'and-or',
  'dash',
  'hyphens',
  'semicolons',
  'commas',
  'money',
  'percent',
  'phone',
  'slashes',
  'brackets',
  'abbreviations',
  'spacing',
  'apostrophes',
  'quotes',
  'asterisks',
  'full-stops',
  'comma-splices',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * The families of checks: each can be turned off or given a severity on its own, as
 * "house-style/times" in the config and in disable comments.
 */
export const FAMILIES = {
  'short-forms': ['eg', 'ie', 'etc', 'contractions', 'please-note', 'ampersand'],
  times: ['times'],
  dates: ['dates'],
  ranges: ['ranges'],
  numbers: ['nhs-number', 'number-commas', 'units', 'ordinals', 'sentence-start-number', 'money', 'percent', 'phone'],
  formatting: ['exclamation', 'underline', 'italics', 'bold'],
  terms: ['terms'],
  punctuation: ['and-or', 'dash', 'hyphens', 'semicolons', 'commas', 'slashes', 'brackets', 'abbreviations', 'spacing', 'apostrophes', 'quotes', 'asterisks', 'full-stops', 'comma-splices'],
} as const satisfies Record<string, readonly CheckId[]>;
export type FamilyId = keyof typeof FAMILIES;

/** The family of each check. */
export const FAMILY_OF = Object.fromEntries(
  Object.entries(FAMILIES).flatMap(([family, checks]) => checks.map((check) => [check, family])),
) as Record<CheckId, FamilyId>;

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

/** The settings the checks read: the rule's options (the presets set the NHS and GOV.UK ones). */
export interface Env {
  enabled: (id: CheckId) => boolean;
  /** Whose guide the findings link to. */
  guide: 'nhs' | 'govuk';
  /** "numerals": “2nd dose” (NHS). "words": first to ninth in words, “second dose” (GOV.UK). */
  ordinals: 'numerals' | 'words';
  /** "words": a sentence should not start with a numeral (GOV.UK). */
  startNumbers: 'numerals' | 'words';
  /** In tables, short month names, month ranges with a dash and “2nd” are fine (GOV.UK). */
  relaxTables: boolean;
  terms?: PreferredTerms;
  /** The heading of the section the block is in (a section about contractions mentions them). */
  sectionHeading?: string;
  /** The block is a paragraph with a list straight after it (its last line leads in to the list). */
  beforeList?: boolean;
  /** All but at most one of the page's paragraphs of 8 words or more end with a full stop (or ? ! :). */
  stopsElsewhere?: boolean;
  /** The block before is a paragraph with no full stop at the end (a title or a label), or one that ends with a colon (a lead-in). */
  afterUnstopped?: boolean;
  /** The next block starts with a quotation mark (a long quote that runs on to it). */
  nextOpensQuote?: boolean;
  /**
   * Each hyphenated pair in this document with the word after it, in lower case (“follow-up
   * meeting”). The capitals rule names “follow up meeting” next to it as one term written 2 ways,
   * so this rule does not say it again.
   */
  hyphened?: Set<string>;
  /** An asterisk on the page starts a line or stands on its own (“*Terms apply”): a note or a key is there. */
  asteriskNote?: boolean;
  /**
   * The dictionary lists the word in lower case only (“Visitors”, not “Kinross”): loaded only when
   * a heading has “&” between capitalised words. Missing where there is no dictionary.
   */
  lowerOnly?: (word: string) => boolean;
}

export interface Entry {
  id: string;
  check: string;
  match: string[];
  alternatives: string[];
  reason: string;
  source: string;
  sourceGovuk?: string;
  fix: boolean;
  skipUpperCase?: boolean;
  /** Only under this guide's preset (a word form one guide sets and the other does not). */
  guide?: 'nhs' | 'govuk';
  /** The alternative is written with its own capitals (“A level”, “GHz”): a form that differs only in case is flagged. */
  keepCase?: boolean;
  /** Leave the form alone after one of these words (“vitamins A & E”). */
  notAfter?: string[];
}

export const ENTRIES = data.entries as Entry[];
export const MONTHS: string[] = data.months;
export const MONTH_ABBR: Record<string, string> = data.monthAbbreviations;
export const WEEKDAYS: Record<string, string> = data.weekdays;
export const UNITS: string[] = data.units;
export const COUNT_NOUNS = new Set(data.countNouns.map((w) => w.toLowerCase()));
export const REFERENCE_WORDS = new Set(data.referenceWords.map((w) => w.toLowerCase()));
export const ORDINAL_SKIP = new Set(data.ordinalSkip);
export const MONTH_NAMES = new Set([...MONTHS, ...Object.keys(MONTH_ABBR)]);
export const DAY_NAMES = new Set(Object.keys(WEEKDAYS));

export const q = (s: string) => `“${s}”`;

/** “Write “6 hours 30 minutes”, not “6.5 hours”.”: one form swapped for the guide's, with its fix. */
export function swapHit(check: CheckId, from: number, to: number, written: string, right: string, why?: string, sourceUrl?: string): Hit {
  return {
    check,
    from,
    to,
    message: `Write ${q(right)}, not ${q(written)}.`,
    ...(why ? { why } : {}),
    suggestions: [right],
    fix: { from, to, text: right },
    ...(sourceUrl ? { sourceUrl } : {}),
  };
}

/** “e.g.used”, “urgent?Call”: add a space after the mark that ends at `to`. */
export function spaceAfter(mark: string, to: number): Hit {
  return {
    check: 'spacing',
    from: to - mark.length,
    to,
    message: `Add a space after ${q(mark)}.`,
    suggestions: [`${mark} `],
    fix: { from: to, to, text: ' ' },
    severity: 'suggestion',
  };
}

export const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return NUMBER_WORDS[n];
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}-${NUMBER_WORDS[n % 10]}` : t;
}

export function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

export function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled on first use.

export interface Patterns {
  /** The forms of the entries, in lower case: run it on foldCase(text). */
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

/**
 * The text as the phrases pattern sees it: what the i and u flags together would match with a
 * lower-case letter, as that letter. Only A to Z, “ſ” (long s) and “K” (the kelvin sign) fold to
 * a to z under Unicode's simple case folding, each one character for one, so every match is at
 * the same place in the text. A pattern of lower-case forms without the i flag then finds
 * exactly what the same pattern with it finds, and V8 compiles it about 3 times as fast (the
 * phrases pattern was one of the slowest steps of a one-file check).
 */
export function foldCase(text: string): string {
  return /[A-Z\u017F\u212A]/.test(text) ? text.replace(/[A-Z\u017F\u212A]/g, (c) => (c === '\u017F' ? 's' : c === '\u212A' ? 'k' : c.toLowerCase())) : text;
}

export const normalisePhrase = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

export function patterns(): Patterns {
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
  // Lower case: the pattern runs on foldCase(text), not with the i flag (see foldCase).
  const alternation = forms
    .map((f) => escapeRegExp(f.toLowerCase()).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
  const day = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
  const abbr = Object.keys(MONTH_ABBR).sort((a, b) => b.length - a.length).join('|');
  const month = `${MONTHS.join('|')}|${abbr}`;
  const days = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');
  const units = [...UNITS].sort((a, b) => b.length - a.length).join('|');
  // A hyphen with a space on one side only (“2pm- 3:30pm”, “5 -10 minutes”) is the same range.
  const dash = String.raw`(\s*[–—]\s*|-|\s+-\s*|-\s+)`;
  const numTok = String.raw`£?\d+(?:[.,:]\d+)*(?:\s?(?:am|pm)|%|(?:${units})(?![\p{L}]))?`;
  const year = String.raw`(?:(,?\s+)((?:19|20)\d{2})(?![\p{N}]))?`;
  compiled = {
    phrases: new RegExp(`(?<![\\p{L}\\p{N}_'’.@/\\\\-])(?:${alternation})(?![\\p{L}\\p{N}_'’@/\\\\-]|\\.[\\p{L}\\p{N}])`, 'gu'),
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

/** “meetings” and “meeting” are one word after a hyphenated pair: “follow-up meetings”, “follow up meeting”. */
export function singular(word: string): string {
  return word.length > 3 && /[^su]s$/i.test(word) ? word.slice(0, -1) : word;
}

/** The page writes `pair` (“follow-up”) with its hyphen before `next` (“meeting”, or “meetings”). */
export function writesHyphened(env: Env, pair: string, next: string): boolean {
  return env.hyphened?.has(`${pair} ${singular(next)}`.toLowerCase()) === true;
}
