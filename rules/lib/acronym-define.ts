/**
 * Where an acronym is spelled out, kept apart from acronym-scan.ts, which finds the acronyms:
 * - defineAt: “integrated care board (ICB)”, “ICB (integrated care board)”, “ICB stands for …”,
 *   “ICB: …” opening a block, or a glossary table;
 * - explainedInSentence: in the same sentence without brackets, which writers often do: “the
 *   Federation of Small Businesses, known as the FSB”, “… (or FSB)”, “ABC, a score that …”,
 *   “PALS, which is the patient advice service”.
 */
import type { Nodes as MdastNodes } from 'mdast';
import type { Block } from '../../src/types.js';
import type { Definition, Lexicon } from './acronym-scan.js';

/** Stands for code, URLs and email addresses in the flattened text: never part of a word. */
export const STOP = '\uFFFC';

/** “known as (the) ACR”, “called (the) ACR”, “referred to as ACR”, “or ACR”, “also ACR”. */
const NAMED_AS = /(?:\b(?:known|also known|referred to|written|shortened)\s+as|\b(?:called|calls? it|named|or simply|or just|or)|\bcall(?:ed)? (?:it|them))\s+(?:the\s+|an?\s+)?$/i;
/** “ACR, a …”, “ACR – an …”, “ACR, which is …”, “ACR, meaning …”, “ACR means …”. */
const THEN_EXPLAINS = /^(?:\s*[,–—]\s*|\s+-\s+)(?:a|an|which (?:is|are|means)|meaning|that is|the)\s+\p{Ll}|^\s+(?:means|is an? \p{Ll}+ (?:that|which|for|of|used))/u;

export interface SameSentence {
  expansion: string;
  strict: boolean;
}

/**
 * Is the acronym at s[start, end) explained in its own sentence, which starts at `from`?
 * `match(words)` says whether the words' initials spell it.
 */
export function explainedInSentence(
  s: string,
  from: number,
  start: number,
  end: number,
  match: (words: string) => boolean,
): SameSentence | undefined {
  const before = s.slice(from, start);
  const named = NAMED_AS.exec(before);
  if (named) {
    // The words just before “known as”: their initials must spell the acronym.
    const lead = before.slice(0, named.index).replace(/[\s,(–—-]+$/, '');
    const words = lead.split(/\s+/).filter(Boolean);
    for (let j = words.length - 1; j >= Math.max(0, words.length - 12); j--) {
      const candidate = words.slice(j).join(' ').replace(/^[“"‘'(]+|[”"’',]+$/g, '');
      if (match(candidate)) return { expansion: candidate, strict: true };
    }
    return undefined;
  }
  const after = s.slice(end, end + 80);
  if (THEN_EXPLAINS.test(after)) {
    const text = after.replace(/^[\s,–—-]+/, '');
    const stop = text.search(/[.;:\n)\uFFFC]/);
    const expansion = (stop < 0 ? text : text.slice(0, stop)).trim();
    if (expansion.split(/\s+/).length >= 2) return { expansion, strict: match(expansion) };
  }
  return undefined;
}

/** Small words an expansion may skip: “Child and Adolescent Mental Health Services (CAMHS)”. */
const SMALL = new Set([
  'and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'with', 'at', 'by', 'or', 'from', 'into', '&',
  'who', 'have', 'has', 'is', 'are', 'be', 'as', 'per', 'via', 'that', 'its', 'their', 'your', 'our',
]);

/** Words that open brackets holding something other than an explanation. */
const NOT_EXPLANATION = new Set(['see', 'opens', 'page', 'pages', 'if', 'which', 'who', 'when', 'where', 'for', 'link', 'optional', 'required']);

const WORD_CHAR = /[\p{L}\p{N}'’&-]/u;

const AFTER_GLOSSARY_TERM = /\s*(?:[:=–—]|\s[-–—])\s*/y;

const STANDS_FOR = /\s+(?:stands for|is short for)\s+/y;

/** Parts of words for matching initials: hyphens split words, digits stay as numbers. */
export function partsOf(text: string): string[] {
  const parts: string[] = [];
  for (const word of text.split(/[\s,]+/)) {
    for (const part of word.split(/[-–]/)) {
      const clean = part.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}&]/gu, '');
      if (clean) parts.push(clean);
    }
  }
  return parts;
}

/**
 * Do the words spell the letters? The first word gives the first letter. Each other word gives
 * its initial and perhaps more letters from inside it, in order (“COronaVIrus Disease”); small
 * words (“and”, “of”) and numbers may give nothing.
 */
export function initialsMatch(letters: string, words: string[]): boolean {
  const n = words.length;
  const total = letters.length;
  const parts = words.map((w) => w.toLowerCase());
  if (!n || !total || parts[0]![0] !== letters[0]) return false;
  // In a name in capitals, lower-case words may give nothing: “Medicines and Healthcare products Regulatory Agency”.
  const named = /^\p{Lu}/u.test(words[0]!);
  const memo = new Map<number, boolean>();
  const go = (i: number, p: number): boolean => {
    if (i === n) return p === total;
    const key = i * (total + 1) + p;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    const word = parts[i]!;
    let ok = false;
    if (i > 0 && (SMALL.has(word) || /^\d+$/.test(word) || (named && /^\p{Ll}/u.test(words[i]!)))) ok = go(i + 1, p);
    if (!ok && p < total && word[0] === letters[p]) {
      let q = p + 1;
      let from = 1;
      ok = go(i + 1, q);
      while (!ok && q < total) {
        const at = word.indexOf(letters[q]!, from);
        if (at < 0) break;
        from = at + 1;
        q++;
        ok = go(i + 1, q);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** Lower case, “&” as “and”, no plural endings: for comparing two expansions. */
export function normalExpansion(text: string): string {
  return partsOf(text.replace(/&/g, ' and '))
    .map((w) => w.toLowerCase())
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w))
    .join(' ');
}

/** Letters of an acronym for matching initials: “A&E” → “ae”, “COVID-19” → “covid”. */
export function lettersOf(key: string): string {
  return key.replace(/[^A-Z]/g, '').toLowerCase();
}

/** The first “)” at or after `from`, looking no further than `limit` characters; -1 if none. */
export function closeWithin(s: string, from: number, limit: number): number {
  const at = s.slice(from, from + limit).indexOf(')');
  return at < 0 ? -1 : from + at;
}

/**
 * Is the acronym at s[start, end) spelled out here? Four ways:
 * “words (ACR)”, “ACR (words)”, “ACR: words” at the start of a block or “ACR stands for words”,
 * and a table cell holding only the acronym with the words in the next cell.
 */
export function defineAt(
  s: string,
  map: number[],
  start: number,
  end: number,
  key: string,
  lexicon: Lexicon,
  block: Block,
  cells: Map<MdastNodes, string> | undefined,
  endOf: (i: number) => number,
  sentenceStart = 0,
): Omit<Definition, 'block'> | undefined {
  const letters = lettersOf(key);
  const here = { start: map[start]!, end: endOf(end) };

  // “High Risk Human Papilloma Virus (HR HPV)”: 2 or 3 acronyms in one bracket, spelled out together.
  const group = acronymGroup(s, start, end);
  if (group) {
    const expansion = groupExpansion(s, group, start, sentenceStart);
    return expansion ? { ...here, expansion, strict: true } : undefined;
  }

  // “integrated care board (ICB)”, and “men who have sex with men (MSM includes …)” when the initials match.
  const alone = s[end] === ')';
  if (s[start - 1] === '(' && (alone || closeWithin(s, end, 200) > end)) {
    const { textEnd, words } = wordsBefore(s, start - 1, sentenceStart);
    const bracket: [number, number] | undefined = alone ? [endOf(textEnd), endOf(end + 1)] : undefined;
    for (let j = words.length - 1; j >= Math.max(0, words.length - 12); j--) {
      const candidate = words.slice(j).join(' ').replace(/^[,\s]+|[,\s]+$/g, '');
      if (initialsMatch(letters, partsOf(candidate))) return { ...here, expansion: candidate, strict: true, bracket };
    }
    if (!alone) return undefined;
    const tail = normalExpansion(words.slice(-12).join(' '));
    for (const expansion of lexicon.glossary.get(key) ?? []) {
      const wanted = normalExpansion(expansion);
      if (wanted && (tail === wanted || tail.endsWith(' ' + wanted))) {
        const count = wanted.split(' ').length;
        return { ...here, expansion: words.slice(-count).join(' '), strict: true, bracket };
      }
    }
    // The writer meant to spell it out, with words that do not quite match: accept it, loosely.
    for (let j = words.length - 1; j >= Math.max(0, words.length - 8); j--) {
      if (words[j]![0]?.toLowerCase() === letters[0]) {
        return { ...here, expansion: words.slice(j).join(' ').replace(/,+$/, ''), strict: false, bracket };
      }
    }
    return undefined;
  }

  // “Single Point of Access (Mindmate SPA)”: a service's own name and the acronym in the bracket,
  // the words before it spelling the acronym.
  const named = /\((\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) $/u.exec(s.slice(Math.max(0, start - 40), start));
  if (named && s[end] === ')') {
    const { words } = wordsBefore(s, start - named[0].length, sentenceStart);
    for (let j = words.length - 1; j >= Math.max(0, words.length - 12); j--) {
      const candidate = words.slice(j).join(' ').replace(/^[,\s]+|[,\s]+$/g, '');
      if (initialsMatch(letters, partsOf(candidate))) return { ...here, expansion: candidate, strict: true };
    }
  }

  // “ICB (integrated care board)”
  let q = end;
  while (q < s.length && q - end < 2 && s[q] === ' ') q++;
  if (s[q] === '(') {
    const close = closeWithin(s, q, 200);
    if (close > q) {
      const inside = s.slice(q + 1, close).trim();
      if (explains(inside)) return { ...here, expansion: inside, strict: initialsMatch(letters, partsOf(inside)) };
    }
  }

  // “ICB stands for integrated care board”, or “ICB: integrated care board” opening a block.
  STANDS_FOR.lastIndex = end;
  let rest = STANDS_FOR.exec(s);
  if (!rest && !/[\p{L}\p{N}]/u.test(s.slice(0, start))) {
    AFTER_GLOSSARY_TERM.lastIndex = end;
    rest = AFTER_GLOSSARY_TERM.exec(s);
  }
  if (rest) {
    const from = end + rest[0].length;
    const stop = s.slice(from, from + 120).search(/[.;(\n\uFFFC]/);
    const inside = s.slice(from, stop < 0 ? from + 120 : from + stop).trim();
    if (explains(inside)) return { ...here, expansion: inside, strict: initialsMatch(letters, partsOf(inside)) };
  }

  // A glossary table: the acronym alone in a cell, the words in the next cell.
  if (cells && block.kind === 'tableCell' && s.trim().length === end - start) {
    const next = cells.get(block.node)?.trim() ?? '';
    if (explains(next)) return { ...here, expansion: next, strict: initialsMatch(letters, partsOf(next)) };
  }
  return undefined;
}

const GROUP_TOKEN = /[A-Z][A-Za-z0-9&]*[A-Z0-9]/y;
const GROUP_GAP = /\s*(?:\/|\+|\band\b|\s)\s*/y;

/** The acronyms in a bracket that holds only 2 or 3 of them (“(HR HPV)”, “(ICB/ICS)”), else undefined. */
function acronymGroup(s: string, start: number, end: number): { open: number; parts: Array<[number, number]> } | undefined {
  const open = s.lastIndexOf('(', start);
  if (open < 0 || start - open > 40 || s.slice(open, start).includes(')')) return undefined;
  const parts: Array<[number, number]> = [];
  let at = open + 1;
  while (at < s.length && parts.length < 4) {
    GROUP_TOKEN.lastIndex = at;
    const token = GROUP_TOKEN.exec(s);
    if (!token) return undefined;
    parts.push([at, at + token[0].length]);
    at += token[0].length;
    if (s[at] === ')') break;
    GROUP_GAP.lastIndex = at;
    const gap = GROUP_GAP.exec(s);
    if (!gap || !gap[0]) return undefined;
    at += gap[0].length;
  }
  if (s[at] !== ')' || parts.length < 2 || parts.length > 3) return undefined;
  if (!parts.some(([a, b]) => a === start && b <= end)) return undefined;
  return { open, parts };
}

/**
 * The words before the bracket that spell every acronym in it, in order, split into one part for
 * each: “High Risk” for HR and “Human Papilloma Virus” for HPV. The part for the acronym at `start`.
 */
function groupExpansion(s: string, group: { open: number; parts: Array<[number, number]> }, start: number, sentenceStart: number): string | undefined {
  let textEnd = group.open;
  while (textEnd > 0 && /\s/.test(s[textEnd - 1]!)) textEnd--;
  let from = textEnd;
  while (from > sentenceStart && textEnd - from < 200 && (WORD_CHAR.test(s[from - 1]!) || /[\s,]/.test(s[from - 1]!))) from--;
  const words = s.slice(from, textEnd).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const letters = group.parts.map(([a, b]) => lettersOf(s.slice(a, b)));
  const index = group.parts.findIndex(([a]) => a === start);
  // Split the last words into one run for each acronym, back to front.
  const split = (upTo: number, k: number): string[] | undefined => {
    if (k < 0) return [];
    for (let j = upTo - 1; j >= Math.max(0, upTo - 8); j--) {
      const run = words.slice(j, upTo);
      if (!initialsMatch(letters[k]!, partsOf(run.join(' ')))) continue;
      const rest = split(j, k - 1);
      if (rest) return [...rest, run.join(' ')];
    }
    return undefined;
  };
  return split(words.length, letters.length - 1)?.[index]?.replace(/^[,\s]+|[,\s]+$/g, '');
}

/** Do these words read like an explanation, not a number, a file size or another acronym? */
function explains(text: string): boolean {
  if (!/\p{L}/u.test(text) || text.includes(STOP)) return false;
  const first = text.split(/[\s,]+/)[0] ?? '';
  if (!/^\p{L}/u.test(first)) return false;
  const letters = first.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return false;
  return !NOT_EXPLANATION.has(first.toLowerCase());
}

/**
 * The words before an opening bracket at `open`, back to the start of the sentence (never an
 * expansion made up from the line before) and at most 160 characters: where they end, and the words.
 */
function wordsBefore(s: string, open: number, sentenceStart: number): { textEnd: number; words: string[] } {
  let i = open - 1;
  while (i >= 0 && /\s/.test(s[i]!)) i--;
  const textEnd = i + 1;
  let from = textEnd;
  while (from > sentenceStart && textEnd - from < 160 && (WORD_CHAR.test(s[from - 1]!) || /[\s,]/.test(s[from - 1]!))) from--;
  return { textEnd, words: s.slice(from, textEnd).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)) };
}
