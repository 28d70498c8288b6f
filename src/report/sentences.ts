/**
 * Sentences that one finding names: sentence-length gathers a page's long sentences into one
 * finding that stands on the longest and lists every one in `data.sentences`. Reporters show
 * where each is (stylish and the HTML report list their places, the language server gives them
 * as related information), and summaries count them.
 */
import type { Finding } from '../types.js';

export interface NamedSentence {
  line: number;
  column: number;
  offset: number;
  endOffset: number;
  words: number;
  /** In a Word file: the paragraph as Word counts it, when plainlint found the words there. */
  paragraph?: number;
}

/** The sentences a finding names in `data.sentences` (well-formed entries only). */
export function namedSentences(f: Pick<Finding, 'data'>): NamedSentence[] {
  const list = f.data?.sentences;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (s): s is NamedSentence =>
      !!s && typeof s === 'object' && ['line', 'column', 'offset', 'endOffset', 'words'].every((k) => Number.isInteger((s as Record<string, unknown>)[k])),
  );
}

/** How many long sentences a file's findings name: each one counted once. */
export function longSentenceCount(findings: ReadonlyArray<Pick<Finding, 'ruleId' | 'data'>>): number {
  let n = 0;
  for (const f of findings) {
    if (f.ruleId !== 'sentence-length') continue;
    const named = namedSentences(f).length;
    if (named) n += named;
    else if (typeof f.data?.words === 'number') n++;
  }
  return n;
}

/** A named sentence's place in a Word file: Word's own paragraph number when known (like wordPlace). */
export function sentenceParagraph(s: NamedSentence): number {
  return typeof s.paragraph === 'number' ? s.paragraph : s.line;
}

/** “12:1 (27 words), 14:3 (38 words)”: the places of the sentences, with `place` for each. */
export function sentencePlaces(f: Pick<Finding, 'data'>, place: (s: NamedSentence) => string, separator = ', '): string {
  return namedSentences(f)
    .map((s) => `${place(s)} (${s.words} words)`)
    .join(separator);
}

/** A further place a habit finding names in `data.places` (the passive verbs on a page). */
export interface NamedPlace {
  line: number;
  column: number;
  offset: number;
  endOffset: number;
  /** The words there, when the rule gives them (“were sent”). */
  phrase?: string;
}

/**
 * The places a finding names in `data.places` (well-formed entries only), other than the place it
 * stands on. Machine formats give each one, so a pull request shows every line.
 */
export function namedPlaces(f: Pick<Finding, 'data' | 'start'>): NamedPlace[] {
  const list = f.data?.places;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is NamedPlace =>
      !!p &&
      typeof p === 'object' &&
      ['line', 'column', 'offset', 'endOffset'].every((k) => Number.isInteger((p as Record<string, unknown>)[k])) &&
      !((p as NamedPlace).line === f.start.line && (p as NamedPlace).column === f.start.column),
  );
}
