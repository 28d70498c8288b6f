/**
 * What the phrase matcher (terms.ts) leaves alone: code typed as text, the text of links to other
 * websites, and terms explained in brackets, "piles (haemorrhoids)" or "haemorrhoids (piles)".
 */
import type { LintDocument } from '../../src/types.js';
import { oncePer } from './memo.js';
import type { TermEntry } from './terms.js';
import type { Token } from './tokens.js';

const CODE_CHARS = /[{};=$<>]/g;
/** A block that is really code someone forgot to fence: `.nhsuk-example { color: $blue; }`. */
export function looksLikeCode(text: string): boolean {
  if (!text.includes('{') && !text.includes('}')) return false;
  return (text.match(CODE_CHARS)?.length ?? 0) >= 3;
}

/** Source ranges of links to other websites inside a block's mdast node. */
export function externalLinks(node: unknown): Array<[number, number]> | undefined {
  let out: Array<[number, number]> | undefined;
  const walk = (n: { type?: string; url?: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (n.type === 'link' && /^(https?:)?\/\//i.test(n.url ?? '') && n.position) {
      (out ??= []).push([n.position.start.offset ?? 0, n.position.end.offset ?? 0]);
      return;
    }
    for (const child of n.children ?? []) walk(child as typeof n);
  };
  walk(node as Parameters<typeof walk>[0]);
  return out;
}

/** "haemorrhoids (piles)": the term is explained by one of its alternatives in brackets right after it. */
export function explainedAfter(tokens: Token[], end: number, entry: TermEntry): boolean {
  const open = tokens[end + 1];
  if (!open || open.text !== '(' || !entry.alternatives?.length) return false;
  const words: string[] = [];
  for (let k = end + 2; k < tokens.length && k < end + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ')') {
      const inside = words.join(' ');
      return entry.alternatives.some((a) => a.toLowerCase() === inside);
    }
    if (t.kind === 'word') words.push(t.lower);
  }
  return false;
}

/**
 * Mark words explained the NHS way, "piles (haemorrhoids)": in brackets (up to 6 words, like
 * "also called haemorrhoids") right after other words.
 */
export function bracketTokens(tokens: Token[]): boolean[] | undefined {
  let marks: boolean[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== '(') continue;
    const before = tokens[i - 1]!;
    if (before.kind !== 'word' || before.sentence !== t.sentence) continue;
    let words = 0;
    let figures = false;
    for (let j = i + 1; j < tokens.length && j < i + 12; j++) {
      const u = tokens[j]!;
      if (u.text === ')') {
        // “(approximately 375 pages)” gives a size or a count, not another name for the word before.
        if (words > 0 && words <= 6 && !figures) {
          marks ??= new Array<boolean>(tokens.length).fill(false);
          for (let k = i + 1; k < j; k++) marks[k] = true;
        }
        i = j;
        break;
      }
      if (u.kind === 'word') {
        words++;
        if (/^\d/.test(u.text)) figures = true;
      } else if (u.text === '(') break;
    }
  }
  return marks;
}

/**
 * Does [start, end) overlap one of the ranges? The ranges must be sorted and must not overlap
 * each other (as findTerms returns them). Binary search, so checking many spans stays fast.
 */
export function overlaps(ranges: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (e <= start) lo = mid + 1;
    else if (s >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Sorted source ranges of every link to another website in the document (for `overlaps`). */
export const externalLinkRanges: (doc: LintDocument) => Array<[number, number]> = oncePer((doc: LintDocument) =>
  (externalLinks(doc.mdast) ?? []).sort((a, b) => a[0] - b[0]),
);
