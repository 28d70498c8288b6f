/**
 * A product's name with a capital inside it (“eConsult”, “iPad”) written another way on the same
 * page: “Econsults gathers information”, “an Econsult form”, “E-consult”. The page's own form with
 * the inner capital is the name, so every other form is a slip. Only when the page has that form;
 * not in quotes, links or code. Used by the capitals rule (capital-slips.ts).
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';

/** 1 to 3 small letters, then a capital and 4 small letters or more: “eConsult”, “iPhone”, “myChart”. */
const CAMEL = /^\p{Ll}{1,3}\p{Lu}\p{Ll}{4,}$/u;

export interface CamelSlip {
  start: number;
  end: number;
  written: string;
  right: string;
}

const key = (word: string) => word.toLowerCase().replace(/['’]s$/u, '').replace(/-/g, '').replace(/s$/u, '');

export function camelForms(doc: LintDocument, skip: Array<[number, number]>): CamelSlip[] {
  const names = new Map<string, string>();
  const words: Array<{ start: number; end: number; raw: string }> = [];
  for (const block of doc.blocks) {
    if (block.inTable || block.kind === 'tableCell') continue;
    for (const t of tokensOf(block)) {
      if (t.kind !== 'word' || overlaps(skip, t.start, t.end)) continue;
      const bare = t.raw.replace(/['’]s$/u, '').replace(/s$/u, '');
      if (CAMEL.test(bare)) {
        if (!names.has(key(bare))) names.set(key(bare), bare);
      } else words.push(t);
    }
  }
  if (!names.size) return [];
  const slips: CamelSlip[] = [];
  for (const w of words) {
    const name = names.get(key(w.raw));
    if (!name || !/^[\p{L}'’-]+$/u.test(w.raw)) continue;
    const plural = /s$/u.test(w.raw.replace(/['’]s$/u, '')) && !/s$/u.test(name) ? 's' : '';
    slips.push({ start: w.start, end: w.end, written: w.raw, right: name + plural });
  }
  return slips;
}
