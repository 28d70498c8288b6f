/**
 * Lists written into a sentence (“These areas include Renal Unit, Gastroenterology, Respiratory,
 * Cardiology, Surgery, Theatres, Intensive Care and Emergency Department.”), for the lists rule.
 * A run of many short items split by commas is hard to take in: a bulleted list is quicker to
 * scan, and screen readers say how many items it has.
 */
import type { Paragraph } from 'mdast';
import { plainText } from './mdast.js';
import { findWords } from './list-text.js';
import type { ListHit } from './list-style.js';
import { matchesOf } from './matches.js';

/** Words that lead in to a list inside a sentence: the items start after them. */
const LEAD = /(?:^|\s)(?:include|includes|including|included|such as|like|are|were|cover|covers|covering|offer|offers|as well as|(?:team|teams|made up|consists|consisting) of)\s+|:\s+/gi;
/** Between items: a comma (with “and” or “or” after it), or “and”, “or”, “as well as”. */
const SEPARATOR = /(,\s+(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)/;
/** The fewest commas between short items, and the fewest items, that make a list worth setting out. */
const MIN_COMMAS = 6;
const MIN_ITEMS = 9;
/** The most words an item of such a list has. */
const MAX_ITEM_WORDS = 4;

export interface InlineList {
  /** Offset in the sentence of the first item and just after the last one. */
  start: number;
  end: number;
  /** How many items. */
  count: number;
  /** True when semicolons split the items. */
  semicolons?: boolean;
}

/** The words after the last lead-in word of a piece, or the whole piece when it has none. */
function afterLead(piece: string): { text: string; at: number } {
  let last: RegExpExecArray | undefined;
  for (const m of matchesOf(piece, LEAD)) last = m as RegExpExecArray;
  if (!last) return { text: piece, at: 0 };
  const at = last.index + last[0].length;
  return { text: piece.slice(at), at };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isItem = (s: string) => words(s) >= 1 && words(s) <= MAX_ITEM_WORDS && !/[;:()“”"]/.test(s) && /\p{L}/u.test(s);

/** The longest run of short items split by commas in one sentence, when it has 9 items or more. */
export function inlineList(sentence: string): InlineList | undefined {
  if (!/[.!?]["”’)]*\s*$/.test(sentence)) return undefined;
  // A short aside in brackets belongs to its item (“nurses (including a consultant nurse)”): blanked
  // out, at the same length, so the offsets still match the sentence.
  const body = sentence.replace(/[.!?]["”’)]*\s*$/, '').replace(/ \([^()]{1,60}\)/g, (m) => ' '.repeat(m.length));
  if ((body.match(/,/g) ?? []).length < MIN_COMMAS) return undefined;
  const parts = body.split(SEPARATOR);
  // Offsets of each piece (the even parts) in the sentence.
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    offsets.push(at);
    at += p.length;
  }
  let best: InlineList | undefined;
  let run: { start: number; end: number; count: number; commas: number } | undefined;
  for (let k = 0; k < parts.length; k += 2) {
    const raw = parts[k]!;
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (run && isItem(piece)) {
      run.count++;
      if (/,/.test(parts[k - 1] ?? '')) run.commas++;
      run.end = offsets[k]! + lead + piece.length;
    } else {
      // A new run starts at a piece that ends in a short item after a lead-in word (“include Renal Unit”).
      const tail = afterLead(raw);
      const item = tail.text.trim();
      run = isItem(item) && (tail.at > 0 || isItem(piece)) ? { start: offsets[k]! + tail.at + (tail.text.length - tail.text.trimStart().length), end: offsets[k]! + raw.trimEnd().length, count: 1, commas: 0 } : undefined;
    }
    if (run && run.commas >= MIN_COMMAS && run.count >= MIN_ITEMS && (!best || run.count > best.count)) best = { start: run.start, end: run.end, count: run.count };
  }
  return best;
}

/**
 * A whole sentence with one colon after a lead-in line of 3 words or more, with a word in lower
 * case (so not a label, like “Address: 1 High Street”): the sentence without its end, where the
 * colon is, and the words after it.
 */
function afterLeadIn(sentence: string): { body: string; colon: number; rest: string } | undefined {
  if (!/[.!?]["”’)]*\s*$/.test(sentence)) return undefined;
  const body = sentence.replace(/[.!?]["”’)]*\s*$/, '');
  const colon = body.indexOf(': ');
  if (colon < 0 || body.indexOf(':', colon + 1) >= 0) return undefined;
  const before = body.slice(0, colon);
  if (words(before) < 3 || !/\s\p{Ll}/u.test(before)) return undefined;
  return { body, colon, rest: body.slice(colon + 2) };
}

/** The most words an item has in a list after a colon inside a sentence. */
const MAX_COLON_ITEM_WORDS = 6;

/**
 * A list run into a sentence after a colon (“When you come you will need: your NHS number, your
 * address, a photo ID and a letter from your GP.”): 4 or more short items that run to the end of
 * the sentence, the last after “and” or “or”. The words before the colon are a lead-in line of 3
 * words or more, so labels (“Address: 1 High Street, Newtown, Kent”) are left alone.
 */
export function colonList(sentence: string): InlineList | undefined {
  const lead = afterLeadIn(sentence);
  if (!lead) return undefined;
  const { body, colon, rest } = lead;
  const parts = rest.split(SEPARATOR);
  const pieces = parts.filter((_, k) => k % 2 === 0).map((p) => p.trim());
  const seps = parts.filter((_, k) => k % 2 === 1);
  if (pieces.length < 4 || !/\b(?:and|or)\s+$/.test(seps[seps.length - 1] ?? '')) return undefined;
  // Commas between all items but the last, so it is one list and not two joined by “and”.
  if (seps.slice(0, -1).some((s) => !/^,\s+$/.test(s))) return undefined;
  if (!pieces.every((p) => words(p) <= MAX_COLON_ITEM_WORDS && !/[;()“”"]/.test(p) && /\p{L}/u.test(p))) return undefined;
  const start = colon + 2 + (rest.length - rest.trimStart().length);
  return { start, end: body.trimEnd().length, count: pieces.length };
}

/** The most words an item has in a list split by semicolons after a colon. */
const MAX_SEMICOLON_ITEM_WORDS = 12;

/**
 * A list run into a sentence after a colon, its items split by semicolons (“The team offers: one
 * number to call; visits at home; help with equipment; groups for carers.”): 4 or more items, the
 * semicolons doing a list's work. The words before the colon are a lead-in line of 3 words or more.
 */
export function semicolonList(sentence: string): InlineList | undefined {
  const lead = afterLeadIn(sentence);
  if (!lead) return undefined;
  const { body, colon, rest } = lead;
  const pieces = rest.split(/;\s+/).map((p) => p.trim());
  if (pieces.length < 4) return undefined;
  if (!pieces.every((p) => words(p) >= 1 && words(p) <= MAX_SEMICOLON_ITEM_WORDS && !/[“”"]/.test(p) && /\p{L}/u.test(p))) return undefined;
  const start = colon + 2 + (rest.length - rest.trimStart().length);
  return { start, end: body.trimEnd().length, count: pieces.length, semicolons: true };
}

/**
 * The lists run into the sentences of one paragraph, each as a finding from its first item to the
 * end of its last. A run after a colon inside a list item (`inItem`) is left alone: a list inside
 * a bullet is harder to read.
 */
export function runInLists(docText: string, para: Paragraph, inItem: boolean): ListHit[] {
  const from = para.position?.start.offset;
  const to = para.position?.end.offset;
  if (from === undefined || to === undefined) return [];
  const text = plainText(para).replace(/\s+/g, ' ');
  if ((text.match(/,/g) ?? []).length < 2 && (text.match(/;/g) ?? []).length < 3) return [];
  const source = docText.slice(from, to);
  const out: ListHit[] = [];
  let cursor = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu})/u)) {
    const found = inlineList(sentence) ?? (inItem ? undefined : colonList(sentence) ?? semicolonList(sentence));
    if (!found) continue;
    const run = sentence.slice(found.start, found.end);
    const first = /^[^,;]+?(?=[,;]|\s+(?:and|or)\s|$)/.exec(run)?.[0] ?? '';
    const last = /[^,;]+$/.exec(run)?.[0]?.replace(/^\s*(?:and|or)\s+/, '').trim() ?? '';
    const firstAt = findWords(source, first, cursor);
    const lastAt = firstAt ? findWords(source, last, firstAt[1]) : undefined;
    if (!firstAt || !lastAt) continue;
    cursor = lastAt[1];
    out.push({
      start: from + firstAt[0],
      end: from + lastAt[1],
      message: found.semicolons
        ? `This sentence runs ${found.count} items together with semicolons. A bulleted list would be easier to scan.`
        : `This sentence lists about ${found.count} things. A bulleted list would be easier to scan.`,
      why: `A long run of items split by ${found.semicolons ? 'semicolons' : 'commas'} is hard to take in. Readers scan a list faster, and screen readers say how many items it has.`,
      suggestions: ['Put the items in a bulleted list, after a lead-in line that ends with a colon.'],
    });
  }
  return out;
}
