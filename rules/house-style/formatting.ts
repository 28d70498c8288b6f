/**
 * house-style/formatting: exclamation marks, underlined text that is not a link, long runs of
 * italics, and paragraphs that are mostly bold. The last three read the mdast, which Word files
 * share, and give source offsets.
 */
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Block } from '../../src/types.js';
import { readerWords, sentencesOf } from '../lib/words.js';
import type { Hit } from './shared.js';
import { type BlockText, isQuoted, sentenceAt } from './text.js';
import { matchesOf } from '../lib/matches.js';

export interface FormatHit {
  check: 'underline' | 'italics' | 'bold';
  /** Source offsets. */
  from: number;
  to: number;
  message: string;
  suggestions: string[];
  severity?: 'suggestion' | 'warning';
}

/** Italic runs with more words than this are flagged. */
export const ITALIC_WORDS = 3;
/** A paragraph is "mostly bold" when it has more words than this and over half are bold. */
export const BOLD_MIN_WORDS = 10;

const q = (s: string) => `“${s}”`;

function quoteOf(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
}

function offsets(node: MdastNodes): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** Underline and italics, anywhere in the document's prose. */
export function checkEmphasis(
  root: MdastParents,
  enabled: { underline: boolean; italics: boolean },
  hits: FormatHit[],
): void {
  const walk = (node: MdastNodes, inLink: boolean): void => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return;
    if (node.type === 'emphasis') {
      const range = offsets(node);
      const text = mdastToString(node);
      const underline = Boolean((node.data as { underline?: boolean } | undefined)?.underline);
      if (range && text.trim()) {
        if (underline && !inLink && enabled.underline) {
          hits.push({
            check: 'underline',
            from: range[0],
            to: range[1],
            message: `Underlined text looks like a link: ${q(quoteOf(text))}.`,
            suggestions: ['Remove the underlining. To make a point stand out, put it first in the sentence.'],
          });
          return;
        }
        if (!underline && enabled.italics && countWords(text) > ITALIC_WORDS) {
          hits.push({
            check: 'italics',
            from: range[0],
            to: range[1],
            message: `Italic text is harder to read: ${q(quoteOf(text))}.`,
            suggestions: ['Remove the italics. For the name of a document or scheme, use single quotation marks.'],
            severity: 'suggestion',
          });
          return;
        }
      }
    }
    if ('children' in node) {
      const link = inLink || node.type === 'link' || node.type === 'linkReference';
      for (const child of node.children as MdastNodes[]) walk(child, link);
    }
  };
  walk(root as MdastNodes, false);
}

/** Paragraphs where most of the words are bold. */
export function checkBold(blocks: Block[], hits: FormatHit[]): void {
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'tableCell') continue;
    const node = block.node;
    if (!('children' in node)) continue;
    const strong: Array<[number, number]> = [];
    const collect = (n: MdastNodes): void => {
      if (n.type === 'strong') {
        const r = offsets(n);
        if (r) strong.push(r);
        return;
      }
      if ('children' in n) for (const c of n.children as MdastNodes[]) collect(c);
    };
    collect(node);
    if (!strong.length) continue;
    let total = 0;
    let bold = 0;
    let k = 0;
    for (const sentence of sentencesOf(block)) {
      for (const word of readerWords(sentence)) {
        const at = word.position?.start.offset ?? -1;
        total++;
        while (k < strong.length && strong[k]![1] <= at) k++;
        if (k < strong.length && strong[k]![0] <= at && at < strong[k]![1]) bold++;
      }
    }
    if (total <= BOLD_MIN_WORDS || bold * 2 <= total) continue;
    const range = offsets(node);
    if (!range) continue;
    hits.push({
      check: 'bold',
      from: strong[0]![0],
      to: strong[strong.length - 1]![1],
      message: bold === total ? `All ${total} words in this paragraph are bold.` : `${bold} of the ${total} words in this paragraph are bold.`,
      suggestions: ['Remove the bold, or keep it for 1 or 2 key words.'],
      severity: 'suggestion',
    });
  }
}

export function checkExclamation(t: BlockText, hits: Hit[]): void {
  if (t.block.kind === 'blockquote') return;
  const text = t.text;
  const re = /[!?]*![!?]*/g;
  for (const m of matchesOf(text, re)) {
    const from = m.index;
    const to = from + m[0].length;
    if (from === 0 || /\s/.test(text[from - 1]!)) continue;
    if (text[to] === '=' || isQuoted(t, from, to)) continue;
    // "Yahoo! Mail", a name with an exclamation mark inside a sentence.
    if (/^\s+\p{Ll}/u.test(text.slice(to, to + 3))) continue;
    const k = sentenceAt(t, from);
    const sentenceStart = t.sentenceStarts[k] ?? 0;
    const lead = text.slice(sentenceStart, from);
    const wm = /(?:\S+\s+){0,5}\S+$/.exec(lead);
    if (!wm) continue;
    const shown = wm[0].replace(/\s+/g, ' ');
    if (shown.includes('\uFFFC')) continue;
    const spanFrom = sentenceStart + wm.index;
    hits.push({
      check: 'exclamation',
      from: spanFrom,
      to,
      message: `${q(`${shown}${m[0]}`)} ends with an exclamation mark.`,
      suggestions: [`${shown}.`],
      severity: 'suggestion',
    });
  }
}
