/**
 * One term written in several ways in one document: “Wi-Fi” and “wifi”, “long COVID” and “long
 * covid”, “follow-up meeting” and “follow up meeting”. Used by the capitals rule.
 *
 * - A capital that only starts a sentence or a heading is not another form (“Long COVID patients
 *   to get help” is “long COVID”), and a term inside a longer name is the name's form
 *   (“Berkshire Long COVID Integrated Service”).
 * - Only prose counts: not link addresses, code or image file names.
 * - A finding at each place written in another form than the guide's: the reports for people
 *   show the places of one term as one item (src/report/group.ts).
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';
import { matchesOf } from './matches.js';
import { COMPOUNDS } from '../house-style/compounds.js';
import { singular } from '../house-style/shared.js';
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
    // A term one preset's word list already covers (“health care” in NHS style is uk-spelling's).
    if ('presets' in term && term.presets && !term.presets.includes(preset)) continue;
    term.re.lastIndex = 0;
    // One pass over the page (matchesOf, as the rules use): most terms are not on it.
    const matches = matchesOf(text, term.re);
    if (!matches.length) continue;
    const guide = preset === 'govuk' ? term.govuk : term.nhs;
    const source = preset === 'govuk' ? term.sourceGovuk : term.sourceNhs;
    // Each place, in order; a capital that only starts a sentence hides how the word is written
    // elsewhere, so those places get their form after the others are known.
    const seen: Array<{ form: string; at: number; place: Place }> = [];
    for (const m of matches) {
      const place = placeAt(m.index);
      if (!place || place.inName || overlaps(skip, m.index, m.index + m[0].length)) continue;
      // Part of a longer name: “Health Care Assistant”, “Long COVID Integrated Service”.
      if (/^[ \t]+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && /\p{Lu}/u.test(m[0])) continue;
      // “emails” counts as “email”: compare the forms without a plural ending.
      seen.push({ form: m[0].replace(/s$/i, ''), at: m.index, place });
    }
    const startOnly = (s: { form: string; place: Place }) => s.place.starts && s.form.charAt(0).toLowerCase() === guide.charAt(0).toLowerCase();
    const known = seen.filter((s) => !startOnly(s)).map((s) => s.form);
    const forms = new Map<string, Array<{ at: number; len: number; place: Place }>>();
    for (const s of seen) {
      let form = s.form;
      // A sentence-start “Wellbeing” is the form written elsewhere (“Wellbeing” or “wellbeing”).
      // Only a difference after its first letter makes it another form: “Long covid” beside “long COVID”.
      if (startOnly(s)) form = known.find((k) => k.slice(1) === form.slice(1) && k.charAt(0).toLowerCase() === form.charAt(0).toLowerCase()) ?? guide.charAt(0) + form.slice(1);
      const list = forms.get(form) ?? [];
      list.push({ at: s.at, len: s.form.length, place: s.place });
      forms.set(form, list);
    }
    // “Covid-19” alone: both guides say not to write it that way, so one form is enough.
    if (forms.size === 1 && 'always' in term && term.always && !forms.has(guide)) {
      const [form, list] = [...forms][0]!;
      for (const at of list)
        out.push({
          start: at.at,
          end: at.at + at.len,
          written: text.slice(at.at, at.at + at.len),
          message: `Write “${guide}”, not “${form}”.`,
          why: `Writing a term one way helps readers. ${source.charAt(0).toUpperCase()}${source.slice(1)} writes “${guide}”, and says not to write “${form}”.`,
          suggestion: startCase(guide, at.place.starts),
          data: { term: term.id, forms: [form] },
        });
      continue;
    }
    if (forms.size < 2) continue;
    // Each place written in another form than the guide's is a place to change.
    const others = [...forms].filter(([f]) => f !== guide).flatMap(([, list]) => list).sort((a, b) => a.at - b.at);
    const names = [...forms.keys()].map((f) => `“${f}”`);
    for (const at of others)
      out.push({
        start: at.at,
        end: at.at + at.len,
        written: text.slice(at.at, at.at + at.len),
        message: `This document writes ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}. Use “${guide}” every time.`,
        why: `Writing a term one way helps readers, and “${guide}” is the form ${source} uses.`,
        suggestion: startCase(guide, at.place.starts),
        data: { term: term.id, forms: [...forms.keys()] },
      });
  }

  hyphenPairs();
  return out;

  /**
   * “follow-up meeting” and “follow up meeting” in one document. One pass over the words: a
   * hyphenated word and the word after it, and every 3 words in a row, keyed the same way.
   */
  function hyphenPairs(): void {
    if (!/\p{L}-\p{L}/u.test(text)) return;
    type Seen = { at: number; end: number; starts: boolean; heading: boolean };
    const hyphened = new Map<string, Seen>();
    const spaced = new Map<string, Seen[]>();
    const firstParts = new Set<string>();
    // Pass 1: hyphenated words and the word after them. Pass 2: the same 3 words with spaces.
    for (const pass of [1, 2]) {
      if (pass === 2 && !firstParts.size) return;
      for (const block of doc.blocks) {
        const tokens = tokensOf(block);
        let sentence = -1;
        let first = 0;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i]!;
          if (t.sentence !== sentence) {
            sentence = t.sentence;
            first = i;
          }
          if (t.kind !== 'word') continue;
          if (pass === 1) {
            if (!t.text.includes('-')) continue;
            const parts = /^(\p{L}{2,})-(\p{L}{2,})$/u.exec(t.text);
            const next = tokens[i + 1];
            if (!parts || next?.kind !== 'word' || !next.spaceBefore || next.sentence !== sentence || !/^\p{L}{3,}$/u.test(next.text)) continue;
            // Not before a noun: “we follow-up with you”, “a follow-up this week”.
            if (NOT_NOUN.has(next.text.toLowerCase())) continue;
            const key = `${parts[1]} ${parts[2]} ${singular(next.text)}`.toLowerCase();
            if (!hyphened.has(key)) hyphened.set(key, { at: t.start, end: next.end, starts: i === first, heading: block.kind === 'heading' });
            firstParts.add(parts[1]!.toLowerCase());
            continue;
          }
          if (!firstParts.has(t.lower)) continue;
          const b = tokens[i + 1];
          const c = tokens[i + 2];
          if (b?.kind !== 'word' || c?.kind !== 'word' || !b.spaceBefore || !c.spaceBefore || c.sentence !== sentence) continue;
          const key = `${t.lower} ${b.lower} ${singular(c.lower)}`;
          if (!hyphened.has(key)) continue;
          const list = spaced.get(key) ?? [];
          list.push({ at: t.start, end: c.end, starts: i === first, heading: block.kind === 'heading' });
          spaced.set(key, list);
        }
      }
    }
    for (const [key, h] of hyphened) {
      const found = (spaced.get(key) ?? []).filter((p) => !overlaps(skip, p.at, p.end));
      if (!found.length || overlaps(skip, h.at, h.end)) continue;
      const [a, b] = key.split(' ') as [string, string];
      if (HOUSE_COMPOUNDS.has(`${a} ${b}`)) continue;
      const pair = `${a}-${b}`;
      if (TERMS.some((t) => new RegExp(t.pattern, 'iu').test(pair))) continue;
      const other = text.slice(h.at, h.end).replace(/\s+/g, ' ');
      for (const at of found) {
        const written = text.slice(at.at, at.end).replace(/\s+/g, ' ');
        // The words as this place writes them, joined: “NHS funded transport” → “NHS-funded transport”.
        const want = written.replace(/ /, '-');
        out.push({
          start: at.at,
          end: at.end,
          written,
          message: `This document writes “${other}” and “${written}”. Use one form: “${want}”, with a hyphen.`,
          why: 'Writing a term one way helps readers. When 2 words work together to describe the next word, a hyphen joins them.',
          suggestion: want,
          data: { term: pair, forms: [other, written] },
        });
      }
    }
  }
}

/** The guide's form, with a capital when it starts a sentence or a heading: “Long COVID clinics”. */
function startCase(form: string, starts: boolean): string {
  return starts ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}
