/**
 * Checks on how the items of one list end and start, for the lists rule: a numbered list of names,
 * a list with no lead-in line whose items end in different ways, short phrases with capitals
 * straight after a heading, and numbered steps that end in different ways. Each reports through
 * the rule's reporter, so a slip on several items is one finding that names each place.
 */
import type { List, ListItem } from 'mdast';
import { isName, PLACE_WORDS, sentenceCase, sentenceCount } from './list-text.js';

/** How the lists rule reports: on an item (its end or first word), or at offsets in the source. */
export interface ListReporter {
  report(item: ListItem, where: 'start' | 'end', length: number, message: string, why: string, suggestions: string[], others?: ListItem[]): void;
  reportAt(start: number, end: number, message: string, why: string, suggestions: string[], severity?: 'suggestion' | 'warning'): void;
  /** The length of a numbered item's marker (“1.”), for a finding on it. */
  markerLength(item: ListItem): number;
}

const ENDED = /[.!?]["”’)]*$/;
const FULL_STOP = /[^.]\.\s*$/;

/** A numbered list of names: the numbers suggest an order that is not there. */
export function checkOrder(r: ListReporter, list: List, items: Array<{ item: ListItem; text: string }>, leadText: string): void {
  if (items.length < 3 || items.length !== list.children.length) return;
  if (/\b(step|steps|order|first|then|rank|ranked|top|priority|priorities|in turn|sequence|stages?|agenda|contents|chapters?|sections?)\b/i.test(leadText)) return;
  // Names of organisations and places (“Riverside Community Hospital”): an agenda or a contents
  // list in title case has an order, and is left alone.
  if (items.filter((i) => isName(i.text)).length < items.length * 0.8) return;
  if (items.filter((i) => PLACE_WORDS.test(i.text)).length < items.length * 0.6) return;
  r.reportAt(
    list.children[0]!.position!.start.offset!,
    list.children[0]!.position!.start.offset! + r.markerLength(list.children[0]!),
    'This numbered list is a list of names, with no order to follow. Use bullets.',
    'Numbers tell readers the order matters, like steps. Bullets are right for a set of things.',
    ['Make it a bulleted list.'],
    'suggestion',
  );
}

/**
 * A list with no lead-in line whose items end in different ways: a few with full stops and the
 * rest with none (“- Work with our partners to create the conditions for success.”), or full
 * sentences with one left without its full stop. Items with a sentence inside them are left alone.
 */
export function checkLastStop(r: ListReporter, items: Array<{ item: ListItem; text: string }>): void {
  if (items.length < 3) return;
  const inner = (t: string) => /[.!?:]\s+["“‘']*\p{Lu}/u.test(t);
  const bare = (t: string) => !ENDED.test(t) && /[\p{L}\p{N})’'”]$/u.test(t);
  const ended = items.filter((i) => ENDED.test(i.text));
  const stops = items.filter((i) => FULL_STOP.test(i.text) && !inner(i.text));
  if (ended.length + items.filter((i) => bare(i.text)).length < items.length) return;
  const last = items[items.length - 1]!;
  if (stops.length === 1 && stops[0] === last && ended.length === 1) {
    r.report(last.item, 'end', 1, 'Only the last list item ends with a full stop. Take it out, so every item ends the same way.', 'Items that end in different ways look careless, and a full stop after the last one is not needed.', ['Take out the full stop.']);
    return;
  }
  // A few items with full stops among items with none: short phrases, not sentences.
  const few = ended.length * 2 < items.length || (ended.length * 2 === items.length && items.length >= 4);
  // Names and titles (“Riverside Community Hospital”) have no full stop of their own.
  const plain = items.filter((i) => bare(i.text) && !isName(i.text));
  if (stops.length && few && plain.length * 2 > items.length - ended.length && stops.every((i) => i.text.split(/\s+/).length <= 25)) {
    r.report(stops[0]!.item, 'end', 1, `${stops.length === 1 ? 'One list item ends' : `${stops.length} list items end`} with a full stop, and the others do not. End every item the same way.`, 'Items that end in different ways look careless. Short items need no full stop; full sentences each need one.', ['Take out the full stop, or end every item with one.'], stops.map((i) => i.item));
    return;
  }
  // Full sentences, each with a capital and a full stop, but one left without its full stop.
  const open = items.filter((i) => bare(i.text));
  if (open.length !== 1 || ended.length !== items.length - 1 || !items.every((i) => /^\p{Lu}/u.test(i.text))) return;
  const odd = open[0]!;
  if (odd.text.split(/\s+/).length < 5 || isName(odd.text) || !sentenceCase(odd.text)) return;
  if (items.filter((i) => i !== odd && sentenceCount(i.text) >= 1 && i.text.split(/\s+/).length >= 4).length < items.length - 1) return;
  r.report(odd.item, 'end', 1, 'This list item has no full stop, but the others do. End every full-sentence item with a full stop.', 'Items that end in different ways look careless.', ['Add a full stop.']);
}

/**
 * Short phrases with capitals straight after a heading (“## What to bring” then “- Any letters
 * about your appointment”): NHS style wants a lead-in line with a colon, not a heading, and
 * items in lower case. Full sentences, names and items with full stops are left alone.
 */
export function checkHeadingLead(r: ListReporter, items: Array<{ item: ListItem; text: string }>): void {
  if (items.length < 3 || items.some((i) => ENDED.test(i.text) || /[;:,]$/.test(i.text))) return;
  // A phrase: a capital, then words in lower case (“Medication and inhalers that you use”).
  const phrase = (t: string) => {
    const rest = t.split(/\s+/).slice(1);
    return /^\p{Lu}\p{Ll}+\s/u.test(t) && rest.length >= 2 && rest.filter((w) => /^\p{Ll}/u.test(w)).length >= rest.length * 0.7;
  };
  const capitals = items.filter((i) => (sentenceCase(i.text) || phrase(i.text)) && i.text.split(/\s+/).length <= 10);
  if (capitals.length < items.length - 1 || !items.every((i) => /^\p{Lu}/u.test(i.text) && !isName(i.text))) return;
  const word = capitals[0]!.text.split(/\s+/)[0]!.replace(/[^\p{L}'’-]/gu, '');
  r.report(capitals[0]!.item, 'start', word.length, `Use a lead-in line that ends with a colon, not a heading, and start the items in lower case, like “${word.toLowerCase()}”.`, 'Items that finish a lead-in line read as one sentence, so they start in lower case.', [word.toLowerCase()], capitals.map((i) => i.item));
}

/** Numbered steps that end in different ways: the ones with no full stop need one. */
export function checkStepStops(r: ListReporter, items: Array<{ item: ListItem; text: string }>): void {
  if (!items.every((i) => /^\p{Lu}/u.test(i.text))) return;
  const open = items.filter((i) => !ENDED.test(i.text) && /[\p{L}\p{N})]$/u.test(i.text) && !isName(i.text));
  const ended = items.filter((i) => ENDED.test(i.text));
  if (!open.length || !ended.length || open.length + ended.length < items.length) return;
  r.report(open[0]!.item, 'end', 1, open.length === 1 ? 'This numbered step has no full stop, but the others do. End each step with a full stop.' : `${open.length} numbered steps have no full stop, but ${ended.length === 1 ? 'one has' : 'the others do'}. End each step with a full stop.`, 'Steps in a numbered list are sentences: each starts with a capital letter and ends with a full stop.', ['Add a full stop.'], open.map((i) => i.item));
}
