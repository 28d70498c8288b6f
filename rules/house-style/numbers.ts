/**
 * house-style/numbers: numbers and units. NHS numbers in 3 groups (999 123 4567), a comma in
 * numbers over 999, no space before a unit (250mg), ordinals (“2nd dose” or “second dose”, by
 * the `ordinals` option) and a numeral at the start of a sentence (the `startNumbers` option).
 */
import type { Env, Hit } from './shared.js';
import { COUNT_NOUNS, MONTH_NAMES, ORDINAL_SKIP, REFERENCE_WORDS, data, numberInWords, ordinalSuffix, patterns, q, swapHit, withCommas } from './shared.js';
import { type BlockText, atSentenceStart, capitalise, claim, isClaimed, isQuoted, sentenceAt, wordBefore } from './text.js';
import { matchesOf } from '../lib/matches.js';
const NHS_NUMBER_WORDS = /\bNHS\s+(?:number|no\b)/i;

export function checkNhsNumbers(t: BlockText, hits: Hit[], report: boolean): void {
  const p = patterns();
  const text = t.text;
  if (!NHS_NUMBER_WORDS.test(text)) return;
  p.nhsNumber.lastIndex = 0;
  for (const m of matchesOf(text, p.nhsNumber)) {
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

export function checkNumbers(t: BlockText, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  p.bigNumber.lastIndex = 0;
  for (const m of matchesOf(text, p.bigNumber)) {
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
    // A labelled code: “Job reference: 6647”, “Ref: 12345”, “Case no. - 4821”.
    const label = /([\p{L}]+)\.?[ \t]*[:#–-][ \t]*$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1];
    if (label && REFERENCE_WORDS.has(label.toLowerCase())) continue;
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

export function checkUnits(t: BlockText, hits: Hit[]): void {
  const p = patterns();
  p.units.lastIndex = 0;
  for (const m of matchesOf(t.text, p.units)) {
    const [whole, num, space, unit] = m as unknown as string[];
    const from = m.index;
    const to = from + whole!.length;
    if (isQuoted(t, from, to)) continue;
    // “400 mcg” that the micrograms check (NHS) already asks to write in full.
    if (unit === 'mcg' && isClaimed(t, from, to)) continue;
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

/**
 * NHS: “microgram” in full (“400 micrograms”, not “400mcg” or “400μg”). The A to Z keeps “mcg” only
 * to explain the packet's short form (“sometimes written as mcg”), which is left alone, as are tables.
 */
const MICROGRAMS = /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)[ \t]?(mcg|μg|µg)(?![\p{L}\p{N}])/gu;

export function checkMicrograms(t: BlockText, env: Env, hits: Hit[]): void {
  if (env.guide !== 'nhs' || t.block.inTable) return;
  for (const m of matchesOf(t.text, MICROGRAMS)) {
    const [whole, num] = m as unknown as [string, string];
    const from = m.index;
    const to = from + whole.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const sentence = sentenceAt(t, from);
    const start = t.sentenceStarts[sentence] ?? 0;
    const end = t.sentenceEnds[sentence] ?? t.text.length;
    if (/\b(?:written|shortened|short for|abbreviat|label|packet)/i.test(t.text.slice(start, end))) continue;
    const right = `${num} ${num === '1' ? 'microgram' : 'micrograms'}`;
    claim(t, from, to);
    hits.push({
      check: 'units',
      from,
      to,
      message: `Write ${q(right)} in full, not ${q(whole)}.`,
      why: 'Many people do not know “mcg” or “μg”, and screen readers read them out as letters or an odd sound. The NHS A to Z writes “microgram” in full.',
      suggestions: [right],
      fix: { from, to, text: right },
      sourceUrl: 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#microgram',
    });
  }
}

export function checkOrdinals(t: BlockText, env: Env, hits: Hit[]): void {
  const p = patterns();
  const text = t.text;
  if (env.ordinals === 'words') {
    if (env.relaxTables && t.block.inTable) return;
    p.ordinalNumeral.lastIndex = 0;
    for (const m of matchesOf(text, p.ordinalNumeral)) {
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
      hits.push(swapHit('ordinals', from, to, whole!, right, 'GOV.UK style spells out first to ninth, and uses numerals from 10th.', data.checks.ordinals.sourceGovuk));
    }
    return;
  }
  p.ordinalWord.lastIndex = 0;
  for (const m of matchesOf(text, p.ordinalWord)) {
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

/** A short form with a full stop just before a number: the number does not start a sentence. */
const SHORT_FORM_BEFORE = /(?:\bNos?|\b(?:[Pp]p?|[Pp]aras?|[Ff]igs?|[Vv]ols?|[Aa]pprox|[Rr]efs?|[Tt]el|[Aa]rts?|[Rr]egs?|[Ss]ecs?|[Cc]h|[Pp]t))\.[ \t]*$/u;

/**
 * A decimal with no digit before the point (“.5”): GOV.UK writes a 0 there, “0.5”, so the point is
 * not missed. Not a file type or a version (“.NET”, “v.5”, “1.5”), or a number in code.
 */
export function checkLeadingZero(t: BlockText, hits: Hit[]): void {
  const text = t.text;
  for (const m of matchesOf(text, /(?<=^|[\s(£$€])\.(\d+)(?![\d.,\p{L}])/gu)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    // A style guide's own note names the form to avoid: “0.5 not .5”.
    if (/\bnot[ \t]+$/i.test(text.slice(Math.max(0, from - 8), from))) continue;
    const right = `0${m[0]}`;
    hits.push({
      check: 'number-commas',
      from,
      to,
      message: `Write ${q(right)}, not ${q(m[0])}: put a 0 before the decimal point.`,
      why: 'A point with no digit before it is easy to miss, so “.5” can be read as “5”.',
      suggestions: [right],
      fix: { from, to, text: right },
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#numbers',
    });
  }
}

export function checkSentenceStartNumber(t: BlockText, hits: Hit[]): void {
  if (t.block.kind === 'heading' || t.block.inList || t.block.inTable) return;
  const text = t.text;
  for (const start of t.sentenceStarts) {
    const m = /^(\d+(?:[.,]\d+)*)(%?)/.exec(text.slice(start, start + 30));
    if (!m) continue;
    // A short form with a full stop is not the end of a sentence: “form No. 5”, “see p. 12”, “approx. 40”
    // (but “no.” in lower case ends a sentence: “The answer was no. 5 people said yes.”)
    if (SHORT_FORM_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    const from = start;
    const to = start + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const after = text.slice(to, to + 20);
    // A paragraph number in minutes and reports (“6.1 Dan Corfield presented …”) is a label, not a number in the sentence.
    if (start === text.search(/\S/) && /^\d+(?:\.\d+)+$/.test(m[1]!) && !m[2] && /^\s+\p{Lu}/u.test(after)) continue;
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
