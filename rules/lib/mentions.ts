/**
 * Mentioned, not used: the one place that decides which words a document quotes to talk about
 * them rather than uses. Guidance about plain language must be able to say 'do not write
 * "leverage"' without being told off for it.
 *
 * The mention index of a document (`mentionRanges`) holds:
 * - short quotations: 1 to 4 words in quotation marks ('do not say "leverage"'); longer quotes are speech;
 * - lists of words to avoid: a list right after a lead-in such as "We do not say:", "Avoid:" or
 *   "Words to avoid:";
 * - cited wording, of any length: a quotation that a document or rule says, introduced as such
 *   ('The regulations state that "…"', 'replacing the caveat of “…”', 'the letter reads: “…”').
 *   A quotation that opens with an ellipsis (‘…a task carried out in the public interest’) is
 *   cited wording too: words cut from another text.
 *   The writer cannot reword the law or a rule they quote. Speech (“…,” said Jane) is not cited
 *   wording: an organisation's own quotes are still checked.
 *
 * The engine (src/engine/lint.ts) drops every rule's findings that lie inside the index, unless
 * the rule's meta says `keepMentions: true`. The word lists (terms.ts) and the acronym count use
 * the same index while matching, so a quoted word never hides a real use next to it.
 *
 * `markQuotes` is the wider test the house-style checks use: any quotation, of any length, is the
 * speaker's own words, so its dates, numbers and capitals are left as written.
 */
import { toString } from 'mdast-util-to-string';
import type { LintDocument } from '../../src/types.js';
import { eachNode } from '../../src/parse/each-node.js';
import { oncePer } from './memo.js';
import { tokensOf, type Token } from './tokens.js';
import { matchesOf } from './matches.js';

const OPENERS: Record<string, string[]> = {
  '“': ['”'],
  '‘': ['’'],
  '«': ['»'],
  '"': ['"', '”'],
  "'": ["'", '’'],
};
const MAX_QUOTED_WORDS = 4;

/**
 * Mark the words that sit inside quotation marks holding 1 to 4 words: writers quote a term
 * to talk about it ('do not say "leverage"'), not to use it. Longer quotes are speech.
 */
export function quotedTokens(tokens: Token[]): boolean[] | undefined {
  let marks: boolean[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    const raw = t.raw;
    const closers = OPENERS[raw];
    if (!closers) continue;
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word' || next.spaceBefore) continue;
    // A straight quote opens only after a space, a bracket or at the start.
    if ((raw === '"' || raw === "'") && i > 0 && !t.spaceBefore && tokens[i - 1]!.text !== '(') continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length && j < i + 24; j++) {
      const u = tokens[j]!;
      if (u.kind === 'word' || u.kind === 'source') {
        if (++words > MAX_QUOTED_WORDS) break;
        continue;
      }
      const closer = u.raw;
      if (closers.includes(closer) && !u.spaceBefore) {
        // A closing mark is not followed straight away by a letter.
        const after = tokens[j + 1];
        if (after && after.kind === 'word' && !after.spaceBefore) break;
        marks ??= new Array<boolean>(tokens.length).fill(false);
        for (let k = i + 1; k < j; k++) marks[k] = true;
        i = j;
        break;
      }
      if (OPENERS[closer] && u.spaceBefore) break;
    }
  }
  return marks;
}
/** Sorted source ranges of short quotations (1 to 4 words in quotation marks) in the document. */
export const quotedRanges: (doc: LintDocument) => Array<[number, number]> = oncePer(findQuotedRanges);
function findQuotedRanges(doc: LintDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const block of doc.blocks) {
    const tokens = tokensOf(block);
    const marks = quotedTokens(tokens);
    if (!marks) continue;
    let open: [number, number] | undefined;
    marks.forEach((marked, i) => {
      const t = tokens[i]!;
      if (marked) {
        if (open) open[1] = t.end;
        else open = [t.start, t.end];
      } else if (open) {
        ranges.push(open);
        open = undefined;
      }
    });
    if (open) ranges.push(open);
  }
  return ranges;
}

/**
 * Words just before a quotation that make it cited wording: a document or rule, then a verb of
 * saying or "of", "that" or a colon: "The regulations state that", "the caveat of", "the sign
 * reads:", "the wording in the policy is".
 */
const CITE_CUE =
  /\b(regulations?|law|laws|act|bill|guidance|guidelines?|policy|policies|rules?|criteria|criterion|caveat|wording|clause|condition|definition|notice|sign|letter|form|report|contract|constitution|code|legislation|order|statute|motion|resolution|question)\b[^.!?“”"]{0,40}\b(states?|stated|says|said|reads?|of|that|is|was|as follows)\s*:?\s*$/i;
/** Closing marks for the opening marks a cited passage may use. */
const CITE_OPENERS: Record<string, string[]> = { '“': ['”'], '"': ['"', '”'], '‘': ['’'] };

/** Sorted source ranges of cited wording: quotations a document or rule says (see CITE_CUE). */
export const citedRanges: (doc: LintDocument) => Array<[number, number]> = oncePer(findCitedRanges);
function findCitedRanges(doc: LintDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const block of doc.blocks) {
    if (!/["“‘]/.test(block.text)) continue;
    const tokens = tokensOf(block);
    for (let i = 0; i < tokens.length; i++) {
      const closers = tokens[i]!.kind === 'punct' ? CITE_OPENERS[tokens[i]!.raw] : undefined;
      if (!closers) continue;
      const before = tokens
        .slice(Math.max(0, i - 10), i)
        .map((t) => (t.spaceBefore ? ' ' : '') + t.raw)
        .join('');
      // ‘…a task carried out in the public interest…’: a quotation that opens with an ellipsis is
      // words cut from another text (a law, a report), quoted as they stand.
      const extract = /^(?:…|\.\.\.)$/.test(tokens[i + 1]?.raw ?? '') || (tokens.length > i + 3 && tokens.slice(i + 1, i + 4).every((t) => t.raw === '.'));
      if (!extract && !CITE_CUE.test(before)) continue;
      for (let j = i + 2; j < tokens.length && j < i + 400; j++) {
        const t = tokens[j]!;
        if (t.kind === 'punct' && closers.includes(t.raw) && !t.spaceBefore) {
          ranges.push([tokens[i + 1]!.start, tokens[j - 1]!.end]);
          i = j;
          break;
        }
      }
    }
  }
  return ranges;
}

/**
 * The lead-in before a list of words to avoid: "We do not say:", "Avoid these words:",
 * "Never write:", "Do not use the words:", "Words to avoid:".
 */
const LEAD_IN =
  /(\b(do not|don't|never|avoid|instead of|rather than|not)\b[^:]{0,40}\b(say|use|write|words?|terms?|phrases?|describe)\b[^:]{0,40}|^\s*(avoid|words to avoid|examples? of [^:]{0,30}to avoid)\b[^:]{0,40}):\s*$/i;
// Only a line about words (“We do not use these terms:”), or a bare “Do not:” or “Avoid:” of a
// do-and-don't list. Not a line about things (“Please do not bring:”, “We do not provide:”):
// the list after it is in use, not quoted.
// A line that gives words as examples (“we use words like:”, “in phrases such as:”) quotes them too.
const EXAMPLE_INTRO =
  /^\s*(?:do not|don['’]t|never|avoid|instead of|rather than)\s*:\s*$|\b(?:words?|terms?|phrases?|expressions?)\s+(?:like|such as)\s*:\s*$|\b(?:do not|don['’]t|never|avoid|not use|not say|not write|instead of|rather than)\b[^.!?]*\b(?:say|says|saying|use|uses|using|write|writes|writing|call|calls|words?|terms?|phrases?|describe|spell|abbreviate|examples?)\b[^.!?]*:\s*$/i;

const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;

/** Sorted source ranges of lists that quote words as examples, after a lead-in. */
export const exampleRanges: (doc: LintDocument) => Array<[number, number]> = oncePer(findExampleRanges);

function findExampleRanges(doc: LintDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  eachNode(doc.mdast, 'list', (node, parent, index) => {
    if (!parent || index === 0 || !node.position) return;
    const previous = parent.children[index - 1];
    if (!previous || previous.type !== 'paragraph') return;
    // Zero-width spaces pasted from web pages (“words like:\u200b”) are not text.
    const text = toString(previous).replace(ZERO_WIDTH, '');
    if (!EXAMPLE_INTRO.test(text) && !(text.length <= 200 && LEAD_IN.test(text))) return;
    ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  });
  // A do-and-don't table set out as short lines (“We do not use:”, then “5.00pm or 1700hrs”, “12
  // noon, 12pm”): the short lines after the lead-in, up to the next sentence or heading, are examples.
  eachNode(doc.mdast, 'paragraph', (node, parent, index) => {
    if (!parent || !EXAMPLE_INTRO.test(toString(node).replace(ZERO_WIDTH, ''))) return;
    let last: number | undefined;
    for (let k = index + 1; k < parent.children.length; k++) {
      const next = parent.children[k]!;
      if (next.type !== 'paragraph' || !next.position) break;
      const text = toString(next).trim();
      if (text.split(/\s+/).length > 8 || /[.!?]$/.test(text)) break;
      last = next.position.end.offset;
    }
    if (last !== undefined && node.position) ranges.push([node.position.end.offset ?? 0, last]);
  });
  return merge(ranges);
}

/** Sort ranges and join those that overlap or touch. */
function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The mention index: sorted, separate source ranges of every mention in the document. */
export const mentionRanges: (doc: LintDocument) => Array<[number, number]> = oncePer((doc: LintDocument) =>
  merge([...quotedRanges(doc), ...exampleRanges(doc), ...citedRanges(doc)]),
);

/** Is the whole of [start, end) inside one mention? */
export function isMention(doc: LintDocument, start: number, end: number): boolean {
  const ranges = mentionRanges(doc);
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (e < start) lo = mid + 1;
    else if (s > start) hi = mid - 1;
    else return end <= e;
  }
  return false;
}

// Bounded, so a stray opening mark costs at most a few hundred characters of scanning. Each
// starts with its quotation mark, so V8 can jump from one mark to the next. (The straight single
// quote's "not after a letter or digit" comes after the mark, as a look back over both.)
const CURLY_DOUBLE = /“[^“”]{0,400}(?:”|$)/g;
const STRAIGHT_DOUBLE = /"[^"\n]{0,400}"/g;
const GUILLEMETS = /«[^«»]{0,400}(?:»|$)/g;
const CURLY_SINGLE = /‘(?:[^‘’\n]|’(?=\p{L})){0,300}’(?!\p{L})/gu;
const STRAIGHT_SINGLE = /'(?<![\p{L}\p{N}]')(?:[^'\n]|'(?=\p{L})){0,300}'(?![\p{L}\p{N}])/gu;
const QUOTES: Array<[string, RegExp]> = [
  ['“', CURLY_DOUBLE],
  ['"', STRAIGHT_DOUBLE],
  ['«', GUILLEMETS],
  ['‘', CURLY_SINGLE],
  ["'", STRAIGHT_SINGLE],
];

/** Mark every character between quotation marks (curly or straight, double or single). */
export function markQuotes(text: string): Uint8Array {
  const quoted = new Uint8Array(text.length);
  for (const [mark, re] of QUOTES) {
    if (!text.includes(mark)) continue;
    re.lastIndex = 0;
    for (const m of matchesOf(text, re)) {
      quoted.fill(1, m.index, m.index + m[0].length);
    }
  }
  return quoted;
}
