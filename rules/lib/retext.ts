/**
 * Run a retext plugin (a unified attacher such as retext-simplify or retext-equality) on a
 * document's nlcst tree and get its messages back with exact source positions.
 *
 * The nlcst tree already points into the source (src/parse/prose.ts), so a message's place is
 * where the words are. Plugins load lazily, the first time a rule needs them, and each plugin
 * (with its options) is set up once and reused for every document: a plugin like retext-simplify
 * does its heavy work (reading its word lists) when it is set up.
 */
import type { Paragraph, Root, Sentence, Source, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Block, LintDocument, Point } from '../../src/types.js';
import { oncePer } from './memo.js';

export interface RetextMessage {
  /** The plugin's rule id (retext-simplify: the phrase, like "in-order-to"). */
  ruleId: string;
  /** The plugin's name, like "retext-simplify". */
  source: string;
  /** The plugin's own message (developer wording: do not show it to writers). */
  reason: string;
  /** The words it flagged, as written. */
  actual: string;
  /** What the plugin suggests instead. */
  expected: string[];
  note?: string;
  start: Point;
  end: Point;
}

type Transformer = (tree: Root, file: unknown) => Promise<unknown> | unknown;
interface Processor {
  run(tree: Root, file: unknown): Promise<unknown>;
}

/** A loader returns the plugin module: () => import('retext-simplify'). */
export type PluginLoader = () => Promise<{ default: unknown }>;

const processors = new Map<string, Promise<Processor>>();

async function processorFor(key: string, load: PluginLoader, options: unknown): Promise<Processor> {
  let processor = processors.get(key);
  if (!processor) {
    processor = (async () => {
      const [{ unified }, plugin] = await Promise.all([import('unified'), load()]);
      const p = unified().use(plugin.default as never, options as never);
      p.freeze();
      return p as unknown as Processor;
    })();
    processors.set(key, processor);
    processor.catch(() => processors.delete(key));
  }
  return processor;
}

export interface RunOptions {
  /**
   * Only run the plugin on paragraphs that hold one of these words (lower case; hyphenated
   * words also count by their parts). A plugin that looks for a few hundred phrases runs much
   * faster on the handful of paragraphs that could match.
   */
  onlyWith?: ReadonlySet<string>;
  /** Give the plugin a copy of the tree in which these words are hidden (as SourceNodes). */
  hideWord?: (word: Word, sentence: Sentence, index: number) => boolean;
  /**
   * Give the plugin only the sentences it could report on: called with a block and the lower-case
   * words of each of its sentences, it returns the sentences to keep (none: the block is left
   * out). Only for plugins that look within one sentence at a time, like retext-simplify.
   */
  sentences?: (block: Block, words: ReadonlyArray<readonly string[]>) => boolean[] | undefined;
  /**
   * Give the plugin, in place of each sentence, the short parts of it that it could report on,
   * each as a sentence of its own (none: the sentence is left out). Only for plugins that look at
   * a word and its close neighbours, like retext-indefinite-article: the plugin's walk over every
   * node of the tree costs more than its checks.
   */
  parts?: (sentence: Sentence) => Sentence[];
}

/**
 * Run a plugin on the document. `key` names the plugin and its options, so the set-up is
 * cached: use the same key for the same options.
 */
export async function runRetext(
  doc: LintDocument,
  key: string,
  load: PluginLoader,
  options?: unknown,
  run: RunOptions = {},
): Promise<RetextMessage[]> {
  if (!doc.blocks.length) return [];
  const tree = treeFor(doc, run);
  if (!tree.children.length) return [];
  const [processor, { VFile }] = await Promise.all([processorFor(key, load, options), import('vfile')]);
  const file = new VFile({ value: doc.text, path: doc.path });
  await processor.run(tree, file);
  const out: RetextMessage[] = [];
  for (const m of file.messages) {
    const place = m.place;
    if (!place || !('start' in place)) continue;
    const start = toPoint(doc, place.start);
    const end = toPoint(doc, place.end);
    if (!start || !end) continue;
    const message: RetextMessage = {
      ruleId: m.ruleId ?? '',
      source: m.source ?? '',
      reason: m.reason,
      actual: m.actual ?? doc.text.slice(start.offset, end.offset),
      expected: m.expected ?? [],
      start,
      end,
    };
    if (m.note) message.note = m.note;
    out.push(message);
  }
  return out;
}

/** The tree to give the plugin: the document's, or a cheap copy holding less. */
let filtersOn = true;

/** For tests: turn the onlyWith and sentences filters off, to check they never change a finding. */
export function useRetextFilters(on: boolean): void {
  filtersOn = on;
}

function treeFor(doc: LintDocument, options: RunOptions): Root {
  const run = filtersOn ? options : { ...(options.hideWord ? { hideWord: options.hideWord } : {}) };
  if (!run.onlyWith && !run.hideWord && !run.sentences && !run.parts) return doc.nlcst;
  const paragraphs: Paragraph[] = [];
  for (const block of doc.blocks) {
    let paragraph = block.nlcst;
    if (run.onlyWith && !holdsAny(paragraph, run.onlyWith)) continue;
    if (run.sentences) {
      const sentences = paragraph.children.filter((node): node is Sentence => node.type === 'SentenceNode');
      const keep = run.sentences(block, sentences.map(sentenceWords));
      if (!keep || !keep.some(Boolean)) continue;
      paragraph = { ...paragraph, children: sentences.filter((_, i) => keep[i]) };
    }
    if (run.parts) {
      const parts = paragraph.children.filter((node): node is Sentence => node.type === 'SentenceNode').flatMap(run.parts);
      if (!parts.length) continue;
      paragraph = { ...paragraph, children: parts };
    }
    paragraphs.push(run.hideWord ? hide(paragraph, run.hideWord) : paragraph);
  }
  return { type: 'RootNode', children: paragraphs };
}

/** The words of a sentence, lower case with straight apostrophes, in order (worked out once per sentence and kept). */
export const sentenceWords: (sentence: Sentence) => string[] = oncePer((sentence: Sentence) => {
  const words: string[] = [];
  for (const node of sentence.children) if (node.type === 'WordNode') words.push(toString(node).toLowerCase().replace(/’/g, "'"));
  return words;
});

/** True when one of the words (or a part of a hyphenated word) is in the set. */
export function hasAnyWord(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const text of words) {
    if (set.has(text)) return true;
    if (text.includes('-') && text.split('-').some((part) => set.has(part))) return true;
  }
  return false;
}

/** A word as nlcst-search compares it: lower case, without hyphens or apostrophes. */
function searchForm(word: string): string {
  return word.includes('-') || word.includes("'") ? word.replace(/['-]/g, '') : word;
}

/**
 * A quick test of whether a sentence could hold one of a plugin's phrases, to decide which
 * sentences to give it. It errs on the side of yes: words may have punctuation between them.
 */
export class PhraseFilter {
  private readonly byFirst = new Map<string, string[][]>();

  /** Phrases as words separated by spaces. Hyphens count both ways: "walk-in" and "walk in". */
  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const lower = phrase.toLowerCase().replace(/’/g, "'");
      this.add(lower.split(/[\s-]+/).map(searchForm).filter(Boolean));
      this.add(lower.split(/\s+/).map(searchForm).filter(Boolean));
    }
  }

  private add(words: string[]): void {
    if (!words.length) return;
    const list = this.byFirst.get(words[0]!);
    if (list) list.push(words);
    else this.byFirst.set(words[0]!, [words]);
  }

  /** True when the words (from sentenceWords) might hold one of the phrases. */
  mayMatch(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      const list = this.byFirst.get(searchForm(words[i]!));
      if (!list) continue;
      for (const phrase of list) {
        let j = 1;
        while (j < phrase.length && i + j < words.length && searchForm(words[i + j]!) === phrase[j]) j++;
        if (j === phrase.length) return true;
      }
    }
    return false;
  }
}

function holdsAny(paragraph: Paragraph, words: ReadonlySet<string>): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type === 'SentenceNode' && hasAnyWord(sentenceWords(sentence), words)) return true;
  }
  return false;
}

function hide(paragraph: Paragraph, test: (word: Word, sentence: Sentence, index: number) => boolean): Paragraph {
  return {
    ...paragraph,
    children: paragraph.children.map((sentence) => {
      if (sentence.type !== 'SentenceNode') return sentence;
      let changed = false;
      const children = sentence.children.map((node, i) => {
        if (node.type !== 'WordNode' || !test(node, sentence, i)) return node;
        changed = true;
        return { type: 'SourceNode', value: toString(node), position: node.position } as Source;
      });
      return changed ? { ...sentence, children } : sentence;
    }),
  };
}

/** First words (and their hyphen parts) of phrases, lower case: for RunOptions.onlyWith. */
export function firstWords(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const first = phrase.toLowerCase().replace(/[’']/g, "'").split(/\s+/)[0] ?? '';
    if (!first) continue;
    out.add(first);
    for (const part of first.split('-')) if (part) out.add(part);
  }
  return out;
}

function toPoint(doc: LintDocument, p: { line: number; column: number; offset?: number | undefined }): Point | undefined {
  return typeof p.offset === 'number' ? doc.pointAt(p.offset) : undefined;
}

/** For tests: the transformer cache can be emptied. */
export function clearRetextCache(): void {
  processors.clear();
}

export type { Transformer };

export interface WordIndex {
  /** Word nodes by their start offset in the source. */
  byStart: Map<number, Word>;
  /** Word nodes by their end offset in the source. */
  byEnd: Map<number, Word>;
  /** The block and sentence each word is in (by start offset). */
  place: Map<number, { block: Block; sentence: Sentence; index: number }>;
}

/** Find word nodes, their block and sentence from source offsets (built once per document). */
export const wordIndex: (doc: LintDocument) => WordIndex = oncePer(buildWordIndex);

function buildWordIndex(doc: LintDocument): WordIndex {
  const index: WordIndex = { byStart: new Map(), byEnd: new Map(), place: new Map() };
  for (const block of doc.blocks) {
    for (const sentence of block.nlcst.children) {
      if (sentence.type !== 'SentenceNode') continue;
      sentence.children.forEach((node, i) => {
        if (node.type !== 'WordNode') return;
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        index.byStart.set(start, node);
        index.byEnd.set(end, node);
        index.place.set(start, { block, sentence, index: i });
      });
    }
  }
  return index;
}
