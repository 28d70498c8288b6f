/** Small helpers that rules share for looking at nlcst sentences and words. */
import type { Sentence, Word, Nodes } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { isLiteral } from 'nlcst-is-literal';
import type { Block } from '../../src/types.js';
import { oncePer } from './memo.js';

/**
 * Words a reader would count: not code or URLs, not list markers like "1." or "(a)". Worked out
 * once per sentence: five rules and the reading-age counts ask for the same sentence's words.
 */
export const readerWords: (sentence: Sentence) => readonly Word[] = oncePer(countedWords);

function countedWords(sentence: Sentence): Word[] {
  const words: Word[] = [];
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const text = toString(child);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (words.length === 0 && /^\(?([a-z]|[ivx]{1,4}|\d{1,3})[.)]$/i.test(text)) continue;
    words.push(child);
  }
  return words;
}

/** The sentences of a block, worked out once: most rules go through them. */
export const sentencesOf: (block: Block) => readonly Sentence[] = oncePer((block: Block) =>
  block.nlcst.children.filter((c): c is Sentence => c.type === 'SentenceNode'),
);

export function textOf(node: Nodes): string {
  return toString(node);
}

/**
 * Each word of the sentences that is not in quotation marks (not a word talked about), with its
 * text and where it is in the document.
 */
export function eachPlainWord(
  sentences: ReadonlyArray<{ type: string }>,
  visit: (word: string, start: number, end: number, sentence: Sentence, index: number) => void,
): void {
  for (const node of sentences) {
    if (node.type !== 'SentenceNode') continue;
    const sentence = node as Sentence;
    sentence.children.forEach((child, index) => {
      if (child.type !== 'WordNode') return;
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined || isLiteral(sentence, index)) return;
      visit(toString(child as Word), start, end, sentence, index);
    });
  }
}
