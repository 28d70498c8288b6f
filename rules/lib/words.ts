/** Small helpers that rules share for looking at nlcst sentences and words. */
import type { Sentence, Word, Nodes } from 'nlcst';
import { toString } from 'nlcst-to-string';
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
