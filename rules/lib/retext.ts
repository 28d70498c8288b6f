/**
 * Run a retext plugin (a unified attacher such as retext-simplify or retext-equality) on a
 * document's nlcst tree and get its messages back with exact source positions.
 *
 * The nlcst tree already points into the source (src/parse/prose.ts), so a message's place is
 * where the words are. Plugins load lazily, the first time a rule needs them, and each plugin
 * (with its options) is set up once and reused for every document: a plugin like retext-spell
 * does its heavy work (reading a dictionary) when it is set up.
 */
import type { Paragraph, Root, Sentence, Source, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Block, LintDocument, Point } from '../../src/types.js';

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
function treeFor(doc: LintDocument, run: RunOptions): Root {
  if (!run.onlyWith && !run.hideWord) return doc.nlcst;
  const paragraphs: Paragraph[] = [];
  for (const block of doc.blocks) {
    const paragraph = block.nlcst;
    if (run.onlyWith && !holdsAny(paragraph, run.onlyWith)) continue;
    paragraphs.push(run.hideWord ? hide(paragraph, run.hideWord) : paragraph);
  }
  return { type: 'RootNode', children: paragraphs };
}

function holdsAny(paragraph: Paragraph, words: ReadonlySet<string>): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue;
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue;
      const text = toString(node).toLowerCase();
      if (words.has(text)) return true;
      if (text.includes('-') && text.split('-').some((part) => words.has(part))) return true;
    }
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

const indexes = new WeakMap<LintDocument, WordIndex>();

/** Find word nodes, their block and sentence from source offsets (built once per document). */
export function wordIndex(doc: LintDocument): WordIndex {
  let index = indexes.get(doc);
  if (index) return index;
  index = { byStart: new Map(), byEnd: new Map(), place: new Map() };
  for (const block of doc.blocks) {
    for (const sentence of block.nlcst.children) {
      if (sentence.type !== 'SentenceNode') continue;
      sentence.children.forEach((node, i) => {
        if (node.type !== 'WordNode') return;
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        index!.byStart.set(start, node);
        index!.byEnd.set(end, node);
        index!.place.set(start, { block, sentence, index: i });
      });
    }
  }
  indexes.set(doc, index);
  return index;
}
