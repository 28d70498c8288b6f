/**
 * The helpers plainlint's own rules use, for rules in a plugin (import from "plainlint/rule-helpers"):
 * walking words, sentences and blocks, finding phrases the way the word-list rules do, turning
 * offsets into positions, and the word and syllable counts behind the reading age.
 */
import type { Sentence, Word } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Block, LintDocument } from './types.js';
import { compileTerms, findTerms, type TermEntry, type TermMatch } from '../rules/lib/terms.js';

export { defineRule } from './types.js';
export type { Block, Example, Finding, Fix, LintDocument, Point, ReportInput, Rule, RuleContext, RuleMeta, Section, Settings, Severity, Span } from './types.js';
export { bodyBlocks, eachNode, normalWords, plainText, spanAt, tokensOf, type Token } from '../rules/lib/mdast.js';
export { sentenceWords, wordIndex, type WordIndex } from '../rules/lib/retext.js';
export { compileTerms, findTerms, matchCase, type TermEntry, type TermList, type TermMatch } from '../rules/lib/terms.js';
export { tokenise } from '../rules/lib/tokens.js';
export { countBlocks, documentStats, readingAge, syllables, type DocumentStats, type ReadingAge, type TextCounts } from '../rules/lib/stats.js';
/** The text of any nlcst node (a word, a sentence), as written. */
export { nlcstToString as textOf };

/** Each sentence of the document's prose, in order, with the block (paragraph, heading, list item, table cell) it is in. */
export function* sentences(doc: LintDocument): Generator<{ sentence: Sentence; block: Block; text: string }> {
  for (const block of doc.blocks) {
    for (const sentence of block.nlcst.children) {
      if (sentence.type === 'SentenceNode') yield { sentence, block, text: nlcstToString(sentence) };
    }
  }
}

/** Each word of the document's prose, in order: the word as written, its node (to report), and where it is. */
export function* words(doc: LintDocument): Generator<{ word: string; node: Word; sentence: Sentence; block: Block }> {
  for (const { sentence, block } of sentences(doc)) {
    for (const node of sentence.children) {
      if (node.type === 'WordNode') yield { word: nlcstToString(node), node, sentence, block };
    }
  }
}

/**
 * Find phrases the way the word-list rules do: any case, across spaces and line breaks, not in
 * code or web addresses, not when quoted on their own ('we do not say "leverage"') or explained
 * in brackets. Report a match with context.report({ from: match.from, to: match.to, … }).
 */
export function findPhrases(doc: LintDocument, phrases: Array<string | TermEntry>, options: { preset?: string } = {}): TermMatch[] {
  const entries = phrases.map((p): TermEntry => (typeof p === 'string' ? { id: p, match: [p] } : p));
  return findTerms(doc, compileTerms(entries), options.preset ? { preset: options.preset } : {});
}
