import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';
import { DETERMINERS, FUNCTION, isCap } from './capital-words.js';
import type { WordCase } from './word-case.js';

/** The last word of a condition's name: “Sudden Infant Death Syndrome”, “Alzheimer’s Disease”. */
const HEADS = new Set(['disease', 'diseases', 'syndrome', 'disorder', 'disorders', 'infection', 'infections', 'fever', 'failure', 'cancer', 'cancers']);

export interface ConditionName {
  start: number;
  end: number;
  written: string;
  /** As the guides write it: “sudden infant death syndrome”, “Alzheimer’s disease”. */
  lower: string;
}

/**
 * A condition's name of 2 words or more with a capital on each word, in running text: “the risk of
 * Sudden Infant Death Syndrome”, “people with Alzheimer’s Disease”. The NHS A to Z writes conditions
 * in lower case and keeps the capital only on a person's or a place's name (“Alzheimer’s disease”,
 * “Lyme disease”). The name ends in a word like “disease” or “syndrome”; each other word the
 * dictionary has in lower case goes into lower case, and a name, a possessive or a word the
 * dictionary does not know keeps its capital. Not part of a longer name (“the Motor Neurone Disease
 * Association”) nor before another noun (“our Eating Disorders service”, a service's or a leaflet's
 * name), so only before punctuation, a small word or the end.
 */
export function conditionNames(doc: LintDocument, skip: Array<[number, number]>, wordCase: WordCase): ConditionName[] {
  const found: ConditionName[] = [];
  for (const block of doc.blocks) {
    if (block.inTable || block.kind === 'tableCell' || block.kind === 'heading') continue;
    const tokens = tokensOf(block);
    for (let i = 0; i < tokens.length; i++) {
      if (!isCap(tokens[i]) || !HEADS.has(tokens[i]!.lower)) continue;
      // Back over the run of capitalised words, one space apart, in one sentence.
      let k = i;
      while (k > 0 && isCap(tokens[k - 1]) && tokens[k - 1]!.sentence === tokens[i]!.sentence && /^ $/.test(doc.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--;
      if (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence && /^[\p{Lu}\d]/u.test(tokens[k - 1]!.raw)) continue;
      let run = tokens.slice(k, i + 1);
      const opening = k === 0 || tokens[k - 1]!.sentence !== tokens[i]!.sentence;
      // “The Sudden Infant Death Syndrome …”: a capitalised “The” starts the sentence, not the name.
      const trimmed = run.length > 2 && DETERMINERS.has(run[0]!.lower);
      if (trimmed) run = run.slice(1);
      // The first word of a sentence keeps its capital.
      const firstKeeps = opening && !trimmed;
      if (run.length < 2) continue;
      const next = tokens[i + 1];
      if (next && next.sentence === tokens[i]!.sentence && next.kind === 'word' && !(FUNCTION.has(next.raw) && next.raw === next.lower)) continue;
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (overlaps(skip, start, end)) continue;
      const words = run.map((t, n) => {
        if (n === run.length - 1) return t.lower;
        if (/['’]s$/.test(t.raw) || wordCase.upperOnly(t.lower) || !wordCase.knownLower(t.raw)) return t.raw;
        return n === 0 && firstKeeps ? t.raw : t.lower;
      });
      // A name of the dictionary's lower-case words only, or a person's or place's name and the last word.
      const kept = run.filter((t, n) => n < run.length - 1 && words[n] === t.raw && !(n === 0 && firstKeeps));
      if (kept.length > 1 || (kept.length === 1 && kept[0] !== run[0])) continue;
      found.push({ start, end, written: doc.text.slice(start, end), lower: words.join(' ') });
    }
  }
  return found;
}
