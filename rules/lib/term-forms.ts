/**
 * One term written in several ways in one document: “Wi-Fi” and “wifi”, “long COVID” and “long
 * covid”, “follow-up meeting” and “follow up meeting”. Used by the capitals rule.
 *
 * - A capital that only starts a sentence or a heading is not another form (“Long COVID patients
 *   to get help” is “long COVID”), and a term inside a longer name is the name's form
 *   (“Berkshire Long COVID Integrated Service”).
 * - Only prose counts: not link addresses, code or image file names.
 * - One finding for each term, on the first place written in another form than the guide's,
 *   preferring a place in the middle of a sentence (the writer's own choice, not a heading's).
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';
import { COMPOUNDS } from '../house-style/punctuation.js';
import data from '../data/capitals.json' with { type: 'json' };

export interface FormReport {
  start: number;
  end: number;
  written: string;
  message: string;
  why: string;
  suggestion: string;
  data: Record<string, unknown>;
}

interface Place {
  /** The first word starts a sentence or a heading. */
  starts: boolean;
  /** The word before is capitalised: the term is part of a longer name. */
  inName: boolean;
  heading: boolean;
}

const TERMS = data.terms.map((t) => ({ ...t, re: new RegExp(t.pattern, 'giu') }));
/** Words after a hyphenated pair that show it is not a compound before a noun. */
const NOT_NOUN = new Set(
  'and or but nor the this that these those with for from into onto you your our their his her its was were are will would can could should may might must has have had not also then than there here when where which who what how why because about after before over under'.split(
    ' ',
  ),
);
const HOUSE_COMPOUNDS = new Set(COMPOUNDS.map(([spaced]) => spaced));

/** Where each prose word starts: does it start a sentence, follow a capitalised word, sit in a heading? */
function placesOf(doc: LintDocument): Map<number, Place> {
  const places = new Map<number, Place>();
  for (const block of doc.blocks) {
    const tokens = tokensOf(block);
    let sentence = -1;
    let first = true;
    let second = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.sentence !== sentence) {
        sentence = t.sentence;
        first = true;
      }
      if (t.kind !== 'word') continue;
      const prev = tokens[i - 1];
      // The word before counts only when its capital is not just for starting the sentence.
      const inName = !first && !second && prev !== undefined && prev.kind === 'word' && prev.sentence === t.sentence && /^\p{Lu}/u.test(prev.raw);
      places.set(t.start, { starts: first, inName, heading: block.kind === 'heading' });
      second = first;
      first = false;
    }
  }
  return places;
}

/** Each term written in more than one way, with the form the house style uses. */
export function termForms(doc: LintDocument, preset: 'nhs' | 'govuk', skip: Array<[number, number]>): FormReport[] {
  const out: FormReport[] = [];
  let places: Map<number, Place> | undefined;
  const placeAt = (at: number) => (places ??= placesOf(doc)).get(at);
  const text = doc.text;

  for (const term of TERMS) {
    term.re.lastIndex = 0;
    if (!term.re.test(text)) continue;
    term.re.lastIndex = 0; // matchAll starts where test stopped
    const guide = preset === 'govuk' ? term.govuk : term.nhs;
    const source = preset === 'govuk' ? term.sourceGovuk : term.sourceNhs;
    const forms = new Map<string, Array<{ at: number; len: number; place: Place }>>();
    for (const m of text.matchAll(term.re)) {
      const place = placeAt(m.index);
      if (!place || place.inName || overlaps(skip, m.index, m.index + m[0].length)) continue;
      // Part of a longer name: “Health Care Assistant”, “Long COVID Integrated Service”.
      if (/^[ \t]+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && /\p{Lu}/u.test(m[0])) continue;
      // “emails” counts as “email”: compare the forms without a plural ending.
      let form = m[0].replace(/s$/i, '');
      // A capital that only starts a sentence is not another form: “Long covid” is “long covid”.
      if (place.starts && form.charAt(0).toLowerCase() === guide.charAt(0).toLowerCase()) form = guide.charAt(0) + form.slice(1);
      const list = forms.get(form) ?? [];
      list.push({ at: m.index, len: form.length, place });
      forms.set(form, list);
    }
    if (forms.size < 2) continue;
    const others = [...forms].filter(([f]) => f !== guide).flatMap(([, list]) => list).sort((a, b) => a.at - b.at);
    const at = others.find((p) => !p.place.starts && !p.place.heading) ?? others[0]!;
    const written = text.slice(at.at, at.at + at.len);
    const names = [...forms.keys()].map((f) => `“${f}”`);
    out.push({
      start: at.at,
      end: at.at + at.len,
      written,
      message: `This document writes ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}. Use “${guide}” every time.`,
      why: `Writing a term one way helps readers, and “${guide}” is the form ${source} uses.`,
      suggestion: guide,
      data: { term: term.id, forms: [...forms.keys()] },
    });
  }

  hyphenPairs();
  return out;

  /** “follow-up meeting” and “follow up meeting” in one document. */
  function hyphenPairs(): void {
    if (!/\p{L}-\p{L}/u.test(text)) return;
    const seen = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}\p{N}-])(\p{L}{2,})-(\p{L}{2,})\s+(\p{L}{3,})(?![\p{L}-])/gu)) {
      const [, a, b, c] = m as unknown as [string, string, string, string];
      const key = `${a} ${b} ${c}`.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const pair = `${a}-${b}`;
      if (NOT_NOUN.has(c.toLowerCase()) || HOUSE_COMPOUNDS.has(`${a} ${b}`.toLowerCase())) continue;
      if (TERMS.some((t) => new RegExp(t.pattern, 'iu').test(pair))) continue;
      const hyphened = placeAt(m.index);
      if (!hyphened || overlaps(skip, m.index, m.index + m[0].length)) continue;
      const spaced = new RegExp(`(?<![\\p{L}\\p{N}-])${a}\\s+${b}\\s+${c}(?![\\p{L}-])`, 'giu');
      const found: Array<{ at: number; len: number; place: Place }> = [];
      for (const s of text.matchAll(spaced)) {
        const place = placeAt(s.index);
        if (place && !overlaps(skip, s.index, s.index + s[0].length)) found.push({ at: s.index, len: s[0].length, place });
      }
      if (!found.length) continue;
      const at = found.find((p) => !p.place.starts && !p.place.heading) ?? found[0]!;
      const written = text.slice(at.at, at.at + at.len);
      const want = `${a}-${b} ${c}`.toLowerCase();
      const other = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ');
      out.push({
        start: at.at,
        end: at.at + at.len,
        written,
        message: `This document writes “${other}” and “${written.replace(/\s+/g, ' ')}”. Use one form: “${want}”, with a hyphen.`,
        why: 'Writing a term one way helps readers. When 2 words work together to describe the next word, a hyphen joins them.',
        suggestion: at.place.starts ? want.charAt(0).toUpperCase() + want.slice(1) : want,
        data: { term: `${a}-${b}`.toLowerCase(), forms: [other, written] },
      });
    }
  }
}
