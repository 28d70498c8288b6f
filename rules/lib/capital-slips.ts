/**
 * 3 slips with capitals that the capitals rule's sentence checks do not see.
 *
 * A name's last word written 2 ways in one document: “the Blue Badge Scheme” in one place and
 * “the Blue Badge scheme” in another, “our Stop Smoking Service” and “the Stop Smoking service”.
 * The words before it keep their capitals both times, so they are a name; the last word is a common
 * noun (scheme, service, team) that the page writes both with a capital and without. Readers cannot
 * tell whether the 2 are one thing. Only the form with the capital is named, once for each place,
 * and only when the other form is on the page too.
 *
 * A unit of time with a capital after a number or “per”, in running text: “30 Hours per Week”,
 * “£24,000 Per Annum”. These are common nouns, and a job advert's labels often give them capitals.
 *
 * A place's or a language's name written in lower case: “Location: nottingham” (lowerName, below).
 * Used by the capitals rule.
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf, type Token } from './tokens.js';
import { overlaps } from './terms.js';
import { markQuotes } from './mentions.js';
import { camelForms } from './capital-camel.js';

/** Common nouns that end the name of a scheme, a service or a group. */
const HEAD_NOUNS = new Set([
  'scheme', 'service', 'services', 'team', 'programme', 'project', 'plan', 'strategy', 'policy', 'fund', 'grant',
  'allowance', 'campaign', 'pathway', 'network', 'partnership', 'panel', 'forum', 'group', 'committee', 'unit', 'clinic',
  'centre', 'hub', 'helpline', 'framework', 'review', 'assessment', 'card', 'pass', 'badge', 'award', 'directory',
]);
/** Words that start a sentence or a heading but are no part of a name: “The Blue Badge Scheme”. */
const OPENERS = new Set(['the', 'our', 'a', 'an', 'your', 'this', 'their', 'its', 'new', 'each', 'every', 'any']);
const CAPITAL = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$|^\p{Lu}{2,6}$/u;

export interface HeadForm {
  start: number;
  end: number;
  written: string;
  other: string;
}

export function headForms(doc: LintDocument, skip: Array<[number, number]>): HeadForm[] {
  const capital: Array<HeadForm & { key: string }> = [];
  const lower = new Map<string, string>();
  for (const block of doc.blocks) {
    if (block.inTable || block.kind === 'tableCell') continue;
    const tokens = tokensOf(block);
    for (let i = 1; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (head.kind !== 'word' || !HEAD_NOUNS.has(head.lower)) continue;
      const name = nameBefore(tokens, i);
      if (!name) continue;
      const words = name.map((t) => t.raw);
      const key = `${words.join(' ')} ${head.lower.replace(/s$/, '')}`;
      if (/^\p{Ll}/u.test(head.raw)) {
        if (!lower.has(key)) lower.set(key, `${words.join(' ')} ${head.raw}`);
        continue;
      }
      // A capital on the last word only when the next word does not go on with the name (“Blue
      // Badge Scheme Rules”), and not in link text, quotes or code.
      const next = tokens[i + 1];
      if (next?.kind === 'word' && next.sentence === head.sentence && /^\p{Lu}/u.test(next.raw)) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(head.raw) || overlaps(skip, name[0]!.start, head.end)) continue;
      capital.push({ start: head.start, end: head.end, written: `${words.join(' ')} ${head.raw}`, other: '', key });
    }
  }
  return capital.filter((c) => lower.has(c.key)).map(({ key, ...c }) => ({ ...c, other: lower.get(key)! }));
}

/** The capitalised words right before the head noun, in its sentence, with no opener (“The”) at their start: the name. */
function nameBefore(tokens: Token[], i: number): Token[] | undefined {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && tokens[k]!.sentence === tokens[i]!.sentence && CAPITAL.test(tokens[k]!.raw) && i - k <= 4) k--;
  let name = tokens.slice(k + 1, i);
  while (name.length && OPENERS.has(name[0]!.lower)) name = name.slice(1);
  // At least one word, and not only a word that starts the sentence (“Our Team”, “Support Team” at the start).
  if (!name.length) return undefined;
  return name;
}

/** What the capitals rule reports for these slips. */
export interface Slip {
  start: number;
  end: number;
  message: string;
  why: string;
  suggestion: string;
  data: Record<string, unknown>;
}

const UNITS = new Set(['hour', 'hours', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'annum', 'minute', 'minutes']);

/** The 3 slips, each with its message: a name's last word written 2 ways, a unit of time with a capital and a name in lower case. */
export function capitalSlips(doc: LintDocument, skip: Array<[number, number]>, upperOnly?: (word: string) => boolean): Slip[] {
  const slips: Slip[] = headForms(doc, skip).map((h) => ({
    start: h.start,
    end: h.end,
    message: `This document writes “${h.written}” and “${h.other}”. Use one form: a capital only if it is part of the official name.`,
    why: 'Writing a term one way helps readers: 2 forms make them wonder whether these are 2 different things.',
    suggestion: h.other,
    data: { words: h.written, kind: 'forms', term: h.other.toLowerCase() },
  }));
  // “eConsult” and “Econsults” on one page: the form with the inner capital is the product's name.
  for (const c of camelForms(doc, skip)) {
    slips.push({
      start: c.start,
      end: c.end,
      message: `This document writes “${c.right}” and “${c.written}”. Write the name one way: “${c.right}”.`,
      why: 'Writing a name one way helps readers: 2 forms make them wonder whether these are 2 different things.',
      suggestion: c.right,
      data: { words: c.written, kind: 'forms', term: c.right.toLowerCase() },
    });
  }
  // Words in quotation marks are quoted as written: “write "nottingham" here”.
  let quoted: Uint8Array | undefined;
  for (const block of doc.blocks) {
    if (block.inTable || block.kind === 'tableCell' || block.kind === 'heading') continue;
    const tokens = tokensOf(block);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1] ?? t;
      if (upperOnly && lowerName(tokens, i, upperOnly, doc.text) && !overlaps(skip, t.start, t.end) && !(quoted ??= markQuotes(doc.text))[t.start]) {
        const right = t.raw.charAt(0).toUpperCase() + t.raw.slice(1);
        slips.push({
          start: t.start,
          end: t.end,
          message: `Write “${right}” with a capital letter: it is a name.`,
          why: 'Names of places, people and languages start with a capital letter, so readers see at once that they are names.',
          suggestion: right,
          data: { words: t.raw, kind: 'name', term: t.raw },
        });
        continue;
      }
      if (t.kind !== 'word' || !UNITS.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || prev.sentence !== t.sentence) continue;
      // After a number (“30 Hours”) or after “per”, “a” or “each” in lower case (“per Week”).
      if (!/^\d+(?:\.\d+)?$/.test(prev.raw) && !/^(?:per|a|each|every)$/.test(prev.raw)) continue;
      // The next word goes on with a name (“24 Hours In Care”) or numbers it (“a Year 7 pupil”).
      const next = tokens[i + 1];
      if (next?.kind === 'word' && next.sentence === t.sentence && (/^\p{Lu}/u.test(next.raw) || /^\d/.test(next.raw)) && !UNITS.has(next.lower)) continue;
      if (overlaps(skip, prev.start, t.end)) continue;
      slips.push({
        start: t.start,
        end: t.end,
        message: `“${t.raw}” does not need a capital: write “${t.lower}”.`,
        why: 'Units of time are common nouns. NHS and GOV.UK style write them in lower case, so the page is easier to read.',
        suggestion: t.lower,
        data: { words: t.raw, kind: 'common', term: t.lower },
      });
    }
  }
  return slips;
}

/** Words before a place's name: “in leeds”, “across nottingham”, “Location: nottingham”. */
const PLACE_BEFORE = new Set(['in', 'at', 'across', 'from', 'near', 'around', 'throughout', 'within', 'to', ':']);
/** Days and months: the capitals rule's own check names them (capital-days.ts). */
const DAYS_MONTHS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:january|february|april|june|july|september|october|november|december)$/;

/**
 * A place's or a language's name written all in lower case (“Location: nottingham”): a word of 5
 * letters or more that the dictionary lists only with a capital, after a word that comes before a
 * place (“in”, “across”, a label's colon) or written with its capital elsewhere on the page. Not a
 * plural (“trojans”: a name used as a common noun). Not after “@”, “#”, “/” or “.”
 * (an address, a tag or a file), and not next to another word of that kind (a phrase from another
 * language, or a name the writer set in lower case on purpose, like a brand).
 */
function lowerName(tokens: Token[], i: number, upperOnly: (word: string) => boolean, text: string): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !/^\p{Ll}{5,}$/u.test(t.raw) || /[^s]s$/.test(t.raw) || DAYS_MONTHS.test(t.raw)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && !prev.spaceBefore && prev.kind !== 'word' && /^[@#/.\\_]$/.test(prev.raw)) return false;
  if (prev?.kind === 'punct' && /^[@#/.\\_]$/.test(prev.raw) && !t.spaceBefore) return false;
  if (next?.kind === 'punct' && /^[@/.\\_]$/.test(next.raw) && tokens[i + 2] && !tokens[i + 2]!.spaceBefore && !next.spaceBefore) return false;
  // A place after “in”, “across” or a label's colon, or a name the page writes with its capital too.
  const written = new RegExp(`(?<![\\p{L}])${t.raw.charAt(0).toUpperCase()}${t.raw.slice(1)}(?![\\p{L}])`, 'u');
  if (!(prev && PLACE_BEFORE.has(prev.lower) && prev.sentence === t.sentence) && !written.test(text)) return false;
  if (!upperOnly(t.raw)) return false;
  const side = (k: number) => tokens[k]?.kind === 'word' && tokens[k]!.sentence === t.sentence && /^\p{Ll}{2,}$/u.test(tokens[k]!.raw) && upperOnly(tokens[k]!.raw);
  return !side(i - 1) && !side(i + 1);
}
