/**
 * Days and months written in lower case (“open on monday”, “from january”), for the capitals rule.
 * Both guides write them with a capital, as names. “may”, “march” and “august” are everyday words
 * too (“you may”, “march on”), so they are left alone; so are code, web addresses, email
 * addresses and file names, which are not words in the block's text.
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';
import data from '../data/house-style.json' with { type: 'json' };
import { matchesOf } from './matches.js';

/** Everyday words too (“you may”, “march on”, “an august body”): left alone in lower case. */
const EVERYDAY = new Set(['may', 'march', 'august']);
/** The days and months of house-style's data, in lower case. */
const NAMES = new Set(
  [...new Set(Object.values(data.weekdays)), ...data.months].map((n) => n.toLowerCase()).filter((n) => !EVERYDAY.has(n)),
);
const PART = /[\p{L}\p{N}]+/gu;

export interface LowerName {
  start: number;
  end: number;
  written: string;
  right: string;
}

/** Each day or month in lower case, outside `skip` (links, quotes, bold and italic words). */
export function lowerCaseNames(doc: LintDocument, skip: Array<[number, number]>): LowerName[] {
  const out: LowerName[] = [];
  for (const block of doc.blocks) {
    if (!/(?:day|uary|ember|ober|une|uly|pril)/.test(block.text)) continue;
    for (const t of tokensOf(block)) {
      if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.raw)) continue;
      // “monday-friday”: each part of a hyphenated word.
      for (const m of matchesOf(t.raw, PART)) {
        const word = m[0];
        const name = word.replace(/s$/, '');
        if (!NAMES.has(name) || word !== word.toLowerCase()) continue;
        const start = t.start + m.index;
        const end = start + word.length;
        // An email address or a file name: “monday@example.org”, “june.pdf”.
        if (/^[@.]\w|^_/.test(doc.text.slice(end, end + 2)) || /[@._/]$/.test(doc.text.slice(start - 1, start))) continue;
        if (overlaps(skip, start, end)) continue;
        out.push({ start, end, written: word, right: word.charAt(0).toUpperCase() + word.slice(1) });
      }
    }
  }
  return out;
}
