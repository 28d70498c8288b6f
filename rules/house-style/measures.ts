/**
 * house-style checks on fractions, file sizes, decimal hours, “zero degrees” and sort codes, as
 * the NHS and GOV.UK A to Z guides write them: “two-thirds” (not “two thirds” or “2/3 of”), “4MB”
 * (not “4096KB”), “6 hours 30 minutes” (not “6.5 hours”), “zero degrees” (GOV.UK, not “0
 * degrees”) and “60 70 80” (GOV.UK sort codes, not “60-70-80”).
 */
import type { Env, Hit } from './shared.js';
import { q, swapHit } from './shared.js';
import { type BlockText, atSentenceStart, capitalise, claim, freeMatches } from './text.js';
import { matchesOf } from '../lib/matches.js';

const NHS_NUMBERS = 'https://service-manual.nhs.uk/content/numbers-measurements-dates-time';

/** “4MB not 4096KB”, “not '0 degrees' or 0°”: a note that names the form to avoid. */
function namedAsWrong(t: BlockText, from: number): boolean {
  return /\bnot\b[^.;:!?]{0,25}$/i.test(t.text.slice(Math.max(0, from - 30), from));
}
const GOVUK_NUMBERS = 'https://www.gov.uk/guidance/style-guide/a-to-z#numbers';

// ---------------------------------------------------------------------------------------------
// Fractions

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PARTS: Record<number, [string, string]> = {
  3: ['third', 'thirds'],
  4: ['quarter', 'quarters'],
  5: ['fifth', 'fifths'],
  6: ['sixth', 'sixths'],
  8: ['eighth', 'eighths'],
  10: ['tenth', 'tenths'],
};
/** “two thirds”, “three quarters”: a fraction in words with no hyphen (plural parts only: “one third party” is not a fraction). */
const FRACTION_WORDS = /(?<![\p{L}\p{N}-])(two|three|four|five|six|seven|eight|nine)[ \t]+(thirds|quarters|fifths|sixths|eighths|tenths)(?![\p{L}\p{N}-])/giu;
/** “2/3 of”, “3/4 of the”: a fraction in numerals before “of” (not a date like “2/3”). */
const FRACTION_DIGITS = /(?<![\p{L}\p{N}/.,])([1-9])\/([2-9]|10)(?=[ \t]+of[ \t])/gu;

/** The fraction in words: “two-thirds”, “a half” for 1/2. */
function fractionWords(n: number, d: number): string | undefined {
  if (n >= d) return undefined;
  if (d === 2) return 'half';
  const part = PARTS[d];
  if (!part) return undefined;
  return `${NUMBER_WORDS[n - 1]}-${n === 1 ? part[0] : part[1]}`;
}

export function checkFractions(t: BlockText, env: Env, hits: Hit[]): void {
  const sourceUrl = env.guide === 'govuk' ? GOVUK_NUMBERS : `${NHS_NUMBERS}#fractions-and-percentages`;
  if (/thirds|quarters|fifths|sixths|eighths|tenths/i.test(t.text)) {
    for (const { m, from, to } of freeMatches(t, FRACTION_WORDS)) {
      if (namedAsWrong(t, from)) continue;
      const right = `${m[1]}-${m[2]}`;
      claim(t, from, to);
      hits.push({
        check: 'hyphens',
        from,
        to,
        message: `Write ${q(right)} with a hyphen.`,
        why: 'Both guides write fractions in words with a hyphen, so they read as one number.',
        suggestions: [right],
        fix: { from, to, text: right },
        sourceUrl,
      });
    }
  }
  if (t.text.includes('/') && !t.block.inTable) {
    for (const { m, from, to } of freeMatches(t, FRACTION_DIGITS)) {
      if (namedAsWrong(t, from)) continue;
      const words = fractionWords(Number(m[1]), Number(m[2]));
      if (!words) continue;
      const right = atSentenceStart(t, from) ? capitalise(words) : words;
      claim(t, from, to);
      hits.push({
        check: 'hyphens',
        from,
        to,
        message: `Write ${q(right)} in words, not ${q(m[0])}.`,
        why: 'Both guides spell out common fractions. Screen readers can read “2/3” as a date or as “2 slash 3”.',
        suggestions: [right],
        sourceUrl,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// File sizes

/** “4096KB”, “1,500 KB”, “0.55MB”: MB for anything over 1MB, KB for anything under. */
const FILE_SIZE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([ \t]?)(KB|kB|Kb|kb|MB|Mb|mb)(?![\p{L}\p{N}])/gu;

export function checkFileSizes(t: BlockText, env: Env, hits: Hit[]): void {
  if (t.block.inTable || !/[kKmM][bB]/.test(t.text)) return;
  const sizes = matchesOf(t.text, FILE_SIZE).map((m) => ({ mega: m[4]!.toUpperCase() === 'MB', value: Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`) }));
  for (const { m, from, to } of freeMatches(t, FILE_SIZE)) {
    if (namedAsWrong(t, from)) continue;
    const value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
    const mega = m[4]!.toUpperCase() === 'MB';
    const wrongUnit = mega ? value > 0 && value < 1 : value >= 1024;
    // Sizes compared in one unit (“at 2.4 MB as at 0.3 MB”) keep it: the guides ask for one format in a sequence.
    const sameUnit = sizes.some((s) => s.mega === mega && (mega ? s.value >= 1 : s.value < 1024));
    let right: string | undefined;
    let caseOnly = false;
    if (wrongUnit && !sameUnit) right = mega ? `${Math.round(value * 1024)}KB` : `${Number((value / 1024).toFixed(2))}MB`;
    // “2.45mb”, “300kb”, “2.5 Mb”, “40 Kb”: the unit in capitals, as both guides write it (“4MB”, “569KB”).
    else if (!/^(?:MB|KB)$/.test(m[4]!)) {
      right = `${m[1]}${m[2] ?? ''}${m[4]!.toUpperCase()}`;
      caseOnly = true;
    }
    if (!right) continue;
    claim(t, from, to);
    const why = caseOnly
      ? 'Both guides write file sizes as “4MB” and “569KB”: capital letters and no space, so readers know it is the size of the file.'
      : 'Both guides give a file size in MB when it is over 1MB and in KB when it is under, so sizes are easy to compare.';
    hits.push(swapHit('units', from, to, m[0], right, why, env.guide === 'govuk' ? GOVUK_NUMBERS : 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#kilobytes-and-megabytes-kb-and-mb'));
  }
}

// ---------------------------------------------------------------------------------------------
// Download details

/**
 * “(PDF/77KB/8 pages)”, “(pdf | 1.2MB)”, “(Word - 300KB)”: the details of a download split by slashes,
 * bars or dashes. GOV.UK writes them with commas: “(PDF, 77KB, 8 pages)”.
 */
const DOWNLOAD_DETAILS =
  /\((PDF|DOCX?|XLSX?|ODT|ODS|CSV|PPTX?|RTF|Word|Excel)[ \t]*[/|–-][ \t]*(\d+(?:\.\d+)?)[ \t]?(KB|MB|kb|mb|Kb|Mb)(?:[ \t]*[/|–-][ \t]*(\d+)[ \t]+(pages?))?\)/giu;

export function checkDownloadDetails(t: BlockText, env: Env, hits: Hit[]): void {
  if (!/\d[ \t]?[kKmM][bB]/.test(t.text)) return;
  for (const { m, from, to } of freeMatches(t, DOWNLOAD_DETAILS)) {
    const kind = /^(word|excel)$/i.test(m[1]!) ? capitalise(m[1]!.toLowerCase()) : m[1]!.toUpperCase();
    const right = `(${[kind, `${m[2]}${m[3]!.toUpperCase()}`, ...(m[4] ? [`${m[4]} ${m[5]!.toLowerCase()}`] : [])].join(', ')})`;
    claim(t, from, to);
    const why = 'GOV.UK and NHS pages give the details of a download in brackets, split by commas, like “(PDF, 77KB, 8 pages)”. Screen readers read slashes and dashes out, which breaks up the details.';
    hits.push(swapHit('units', from, to, m[0], right, why));
  }
}

// ---------------------------------------------------------------------------------------------
// Decimal hours

/** “6.5 hours”, “1.5hrs”, “2.25 hours”: hours and minutes read more easily. */
const DECIMAL_HOURS = /(?<![\p{L}\p{N}.,])(\d{1,2})\.(5|25|75)[ \t]?(hours|hour|hrs|hr)\.?(?![\p{L}\p{N}])/gu;

const WEEKLY_AFTER = /^[ \t]*(?:(?:per|a|each|every)[ \t]+(?:week|fortnight|month|year)\b|weekly\b|pw\b|p\/w\b)/i;
const CONTRACT_BEFORE = /\b(?:work|works|working|worked|contract|contracted|contracts|full[- ]time|part[- ]time)[ \t]+(?:of[ \t]+|for[ \t]+|is[ \t]+)?$/i;

export function checkDecimalHours(t: BlockText, env: Env, hits: Hit[]): void {
  if (t.block.inTable) return;
  for (const { m, from, to: end } of freeMatches(t, DECIMAL_HOURS)) {
    if (namedAsWrong(t, from)) continue;
    // Hours in a contract (“37.5 hours per week”, “working 22.5 hours”) are a figure people
    // know as written, not a length of time to read on a clock.
    if (WEEKLY_AFTER.test(t.text.slice(end, end + 20)) || CONTRACT_BEFORE.test(t.text.slice(Math.max(0, from - 24), from))) continue;
    // Keep a full stop that ends the sentence.
    const to = m[0].endsWith('.') && /^(?:\s|$)/.test(t.text.slice(end, end + 1)) ? end - 1 : end;
    const hours = Number(m[1]);
    const minutes = m[2] === '5' ? 30 : m[2] === '25' ? 15 : 45;
    const right = hours === 0 ? `${minutes} minutes` : `${hours} ${hours === 1 ? 'hour' : 'hours'} ${minutes} minutes`;
    claim(t, from, to);
    const why = 'Both guides write lengths of time in hours and minutes. People misread “6.5 hours” as 6 hours 50 minutes.';
    hits.push(swapHit('times', from, to, t.text.slice(from, to), right, why, env.guide === 'govuk' ? 'https://www.gov.uk/guidance/style-guide/a-to-z#times' : `${NHS_NUMBERS}#time`));
  }
}

// ---------------------------------------------------------------------------------------------
// GOV.UK: zero degrees, sort codes

/** “0 degrees”, “0°C”, “0°”: GOV.UK writes “zero degrees”. */
const ZERO_DEGREES = /(?<![\p{L}\p{N}.,\-−])0(?:[ \t]+degrees?(?:[ \t]+(?:Celsius|centigrade|C))?|[ \t]?[°º][ \t]?C?)(?![\p{L}\p{N}])/gu;
/** “sort code 60-70-80”, “sort code: 60.70.80”. */
const SORT_CODE = /(?<=\bsort[ \t]+code\b[ \t:–-]*(?:is[ \t]+)?)(\d{2})[-.](\d{2})[-.](\d{2})(?![\p{N}])/giu;

export function checkGovukNumbers(t: BlockText, env: Env, hits: Hit[]): void {
  if (env.guide !== 'govuk') return;
  if (env.enabled('units') && t.text.includes('0')) {
    for (const { m, from, to } of freeMatches(t, ZERO_DEGREES)) {
      if (namedAsWrong(t, from)) continue;
      const right = atSentenceStart(t, from) ? 'Zero degrees' : 'zero degrees';
      claim(t, from, to);
      hits.push(swapHit('units', from, to, m[0], right, 'GOV.UK style writes “zero degrees”, which is easier to read than a 0 with a degree sign.', GOVUK_NUMBERS));
    }
  }
  if (env.enabled('hyphens') && /sort\s+code/i.test(t.text)) {
    for (const { m, from, to } of freeMatches(t, SORT_CODE)) {
      if (namedAsWrong(t, from)) continue;
      const right = `${m[1]} ${m[2]} ${m[3]}`;
      claim(t, from, to);
      hits.push({
        check: 'hyphens',
        from,
        to,
        message: `Write the sort code with spaces: ${q(right)}.`,
        why: 'GOV.UK writes sort codes with spaces, not hyphens, so they are easy to read and type.',
        suggestions: [right],
        fix: { from, to, text: right },
        sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#bank-details',
      });
    }
  }
}
