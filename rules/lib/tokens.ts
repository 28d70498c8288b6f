/**
 * A block's words as rules match them: words (hyphenated words joined, "co-production"),
 * punctuation and code, each with its source offsets and sentence number. Worked out once per
 * block and shared by the word lists (terms.ts) and the mention index (mentions.ts).
 */
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Block } from '../../src/types.js';
import { oncePer } from './memo.js';

export type TokenKind = 'word' | 'punct' | 'source';

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  raw: string;
  /** Normalised text (curly apostrophes straight, hyphen variants as "-"). */
  text: string;
  lower: string;
  first: Word | undefined;
  last: Word | undefined;
  start: number;
  end: number;
  /** Whitespace (or a line break) right before this token. */
  spaceBefore: boolean;
  sentence: number;
}

export const TOKEN = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const HYPHEN = /^[-‐‑]$/;

const SPECIAL = /[’‘‐‑]/;
/** Straight apostrophes and plain hyphens, so ’ and ' match alike. */
export function normaliseToken(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-') : text;
}

const PLAIN_WORD = /^[A-Za-z]+$/;

/** Split a phrase from a word list into tokens the way the document is split. */
export function tokenise(phrase: string): string[] {
  // Most entries are one plain word (the long spelling list): no need for the full pattern.
  if (PLAIN_WORD.test(phrase)) return [phrase];
  return normaliseToken(phrase).match(TOKEN) ?? [];
}

/** The tokens of one block: words (hyphenated words joined), punctuation and code, with sentence numbers (once per block). */
export const tokensOf: (block: Block) => Token[] = oncePer(readTokens);

function readTokens(block: Block): Token[] {
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  let space = false;
  for (const child of block.nlcst.children) {
    if (child.type === 'WhiteSpaceNode') {
      space = true;
      continue;
    }
    if (child.type !== 'SentenceNode') continue;
    sentenceIndex++;
    for (const node of (child as Sentence).children) {
      if (node.type === 'WhiteSpaceNode') {
        space = true;
        continue;
      }
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      if (node.type === 'WordNode') {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        const value = only && 'value' in only ? only.value : toString(node);
        const prev = tokens[tokens.length - 1];
        const before = tokens[tokens.length - 2];
        // "co-production" split as word, hyphen, word: join it back into one word.
        if (
          !space &&
          prev &&
          before &&
          prev.kind === 'punct' &&
          HYPHEN.test(prev.text) &&
          !prev.spaceBefore &&
          before.kind === 'word' &&
          prev.sentence === sentenceIndex &&
          before.sentence === sentenceIndex
        ) {
          tokens.pop();
          const joined = before.raw + '-' + value;
          before.raw = joined;
          before.text = normaliseToken(joined);
          before.lower = before.text.toLowerCase();
          before.last = node;
          before.end = end;
          space = false;
          continue;
        }
        const text = normaliseToken(value);
        const token: Token = {
          kind: 'word',
          raw: value,
          text,
          lower: text.toLowerCase(),
          first: node,
          last: node,
          start,
          end,
          spaceBefore: space,
          sentence: sentenceIndex,
        };
        tokens.push(token);
      } else if (node.type === 'SourceNode') {
        tokens.push({ kind: 'source', raw: '', text: '', lower: '', first: undefined, last: undefined, start, end, spaceBefore: space, sentence: sentenceIndex });
      } else {
        const value = 'value' in node ? (node.value as string) : toString(node);
        const text = normaliseToken(value);
        const token: Token = { kind: 'punct', raw: value, text, lower: text, first: undefined, last: undefined, start, end, spaceBefore: space, sentence: sentenceIndex };
        tokens.push(token);
      }
      space = false;
    }
  }
  return tokens;
}