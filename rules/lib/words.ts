/** Small helpers that rules share for looking at nlcst sentences and words. */
import type { Sentence, Word, Nodes } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Block } from '../../src/types.js';

/** Words a reader would count, worked out once per sentence: five rules and the reading-age
 * counts ask for the same sentence's words. */
const readerWordsOf = new WeakMap<Sentence, readonly Word[]>();

/** Words a reader would count: not code or URLs, not list markers like "1." or "(a)". */
export function readerWords(sentence: Sentence): readonly Word[] {
  let words = readerWordsOf.get(sentence);
  if (!words) {
    words = countedWords(sentence);
    readerWordsOf.set(sentence, words);
  }
  return words;
}

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

const sentencesIn = new WeakMap<Block, readonly Sentence[]>();

/** The sentences of a block, worked out once: most rules go through them. */
export function sentencesOf(block: Block): readonly Sentence[] {
  let sentences = sentencesIn.get(block);
  if (!sentences) {
    sentences = block.nlcst.children.filter((c): c is Sentence => c.type === 'SentenceNode');
    sentencesIn.set(block, sentences);
  }
  return sentences;
}

export function textOf(node: Nodes): string {
  return toString(node);
}
