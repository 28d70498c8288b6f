/**
 * house-style helpers: one block of prose as a flat string the checks can search with regular
 * expressions, with a table from every character back to its place in the source.
 *
 * Code and web addresses are one placeholder character (U+FFFC), so no pattern can match in or
 * across them. Quoted words are marked, so checks can leave quotations and mentions alone.
 */
import type { Nodes } from 'nlcst';
import type { Block } from '../../src/types.js';
import { markQuotes } from '../lib/mentions.js';
import { matchesOf } from '../lib/matches.js';

/** Stands for code or a web address: never a letter, digit, space or punctuation a pattern needs. */
export const SOURCE_CHAR = '\uFFFC';

export interface BlockText {
  block: Block;
  text: string;
  /** starts[i]: source offset of text[i]. */
  starts: number[];
  /** ends[i]: source offset just after text[i]. */
  ends: number[];
  /** quoted[i] is 1 when text[i] is inside quotation marks. */
  quoted: Uint8Array;
  /** Start of each sentence in `text` (its first character that is not a space). */
  sentenceStarts: number[];
  /** End (exclusive) of each sentence in `text`. */
  sentenceEnds: number[];
  /** claimed[i] is 1 when text[i] is already taken by a check (so later checks do not flag it again). */
  claimed: Uint8Array;
}

export function buildBlockText(block: Block, source: string): BlockText {
  const t: BlockText = {
    block,
    text: '',
    starts: [],
    ends: [],
    quoted: new Uint8Array(0),
    sentenceStarts: [],
    sentenceEnds: [],
    claimed: new Uint8Array(0),
  };
  // Built as chunks: reading characters back from a string built with += is slow on long blocks.
  const chunks: string[] = [];
  let length = 0;
  let lastChar = '';
  const push = (value: string) => {
    if (!value) return;
    chunks.push(value);
    length += value.length;
    lastChar = value[value.length - 1]!;
  };
  let lastEnd = -1;
  const leaf = (node: Nodes): void => {
    const pos = node.position;
    const start = pos?.start.offset ?? 0;
    const end = pos?.end.offset ?? start;
    // The parser can drop a line break between sentences: keep a space where the source has one.
    if (lastEnd >= 0 && start > lastEnd && length && !/\s/.test(lastChar) && /\s/.test(source.slice(lastEnd, start))) {
      push(' ');
      t.starts.push(lastEnd);
      t.ends.push(lastEnd + 1);
    }
    lastEnd = Math.max(lastEnd, end);
    if (node.type === 'SourceNode') {
      push(SOURCE_CHAR);
      t.starts.push(start);
      t.ends.push(Math.max(end, start + 1));
      return;
    }
    const value = 'value' in node ? String(node.value) : '';
    if (value.length === end - start) {
      for (let i = 0; i < value.length; i++) {
        t.starts.push(start + i);
        t.ends.push(start + i + 1);
      }
      push(value);
      return;
    }
    // The source holds more than the value (escapes, character references): line them up.
    let s = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      let at = s;
      while (at < end && source[at] !== ch && source[at] !== '&' && source[at] !== '\\') at++;
      if (at >= end) at = Math.min(s, Math.max(start, end - 1));
      let stop = at + 1;
      if (source[at] === '&' && ch !== '&') {
        const ref = /^&(#\w{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/.exec(source.slice(at, at + 40));
        if (ref) stop = at + ref[0].length;
      } else if (source[at] === '\\' && source[at + 1] === ch) {
        stop = at + 2;
      }
      t.starts.push(at);
      t.ends.push(Math.min(stop, Math.max(end, at + 1)));
      push(ch);
      s = stop;
    }
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'SentenceNode') {
      const first = length;
      const firstChunk = chunks.length;
      for (const child of node.children) walk(child);
      // Skip leading spaces (a space put in for a dropped line break).
      let a = first;
      for (let c = firstChunk; c < chunks.length && /^\s+$/.test(chunks[c]!); c++) a += chunks[c]!.length;
      if (a < length) {
        t.sentenceStarts.push(a);
        t.sentenceEnds.push(length);
      }
      return;
    }
    if ('children' in node) {
      for (const child of node.children as Nodes[]) walk(child);
      return;
    }
    leaf(node);
  };
  walk(block.nlcst);
  const text = chunks.join('');
  t.text = text;
  t.quoted = markQuotes(text);
  t.claimed = new Uint8Array(text.length);
  return t;
}

export function isQuoted(t: BlockText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (t.quoted[i]) return true;
  return false;
}

export function isClaimed(t: BlockText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (t.claimed[i]) return true;
  return false;
}

/**
 * Each match of a pattern in the block's text whose words are free: not in quotation marks and not
 * already claimed by another check. The caller claims the words when it reports them.
 */
export function* freeMatches(t: BlockText, pattern: RegExp): Generator<{ m: RegExpExecArray; from: number; to: number }> {
  for (const m of matchesOf(t.text, pattern)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!isQuoted(t, from, to) && !isClaimed(t, from, to)) yield { m, from, to };
  }
}

export function claim(t: BlockText, from: number, to: number): void {
  t.claimed.fill(1, from, to);
}

/** Source offsets for text[from, to). */
export function sourceRange(t: BlockText, from: number, to: number): [number, number] {
  return [t.starts[from] ?? 0, t.ends[Math.max(from, to - 1)] ?? t.starts[from] ?? 0];
}

/** Index of the sentence that holds text[i] (binary search: blocks can hold many sentences). */
export function sentenceAt(t: BlockText, i: number): number {
  let lo = 0;
  let hi = t.sentenceStarts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.sentenceStarts[mid]! <= i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Is text[i] the first character of a sentence (ignoring opening brackets and quotes)? */
export function atSentenceStart(t: BlockText, i: number): boolean {
  const k = sentenceAt(t, i);
  const start = t.sentenceStarts[k] ?? 0;
  return /^[\s(\[“"‘'*_]*$/.test(t.text.slice(start, i));
}

/**
 * The word just before text[i] (skipping spaces), with its start index, or undefined. Only within
 * text[i]'s sentence: in “by phone. Follow up calls”, nothing comes before “Follow”.
 */
export function wordBefore(t: BlockText, i: number): { word: string; start: number } | undefined {
  const m = /([\p{L}\p{N}][\p{L}\p{N}'’&.-]*)[\s]+$/u.exec(t.text.slice(Math.max(0, i - 40), i));
  if (!m) return undefined;
  const start = i - m[0].length;
  if (start < (t.sentenceStarts[sentenceAt(t, i)] ?? 0)) return undefined;
  return { word: m[1]!.replace(/\.$/, ''), start };
}

/** Keep the case of the words replaced: “Don't” → “Do not”, “DON'T” → “DO NOT”. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) {
    return replacement.toUpperCase();
  }
  if (/^\p{Lu}/u.test(original)) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
