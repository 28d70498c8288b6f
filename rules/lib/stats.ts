/**
 * Document figures for the summary: words, sentences, reading time and reading age.
 * Reading age is plainlint's own: SMOG on the UK reading-age scale, with Flesch–Kincaid as a
 * second view (US grade + 5 = age). See rules/readability.ts for how it is used.
 */
import type { Sentence } from 'nlcst';
import { syllable } from 'syllable';
import { toString } from 'nlcst-to-string';
import type { Block, LintDocument, Section, Settings } from '../../src/types.js';
import { readerWords, sentencesOf } from './words.js';
import { oncePer } from './memo.js';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
}

export interface ReadingAge {
  /** SMOG grade, scaled to 30 sentences. */
  smogGrade: number;
  /** UK reading age from the SMOG grade (the bands health writers use). */
  smogAge: number;
  /** The band as words, like "12 to 13". */
  smogBand: string;
  /** Flesch–Kincaid grade level + 5. */
  fleschKincaidAge: number;
  /** True when there are too few sentences for SMOG to be reliable (under 10). */
  tooShort: boolean;
  /** The sentences it was worked out from (lists of names and links left out). */
  sentences: number;
}

export interface DocumentStats extends TextCounts {
  /** Minutes to read at 200 words a minute, rounded up. */
  readingMinutes: number;
  readingAge?: ReadingAge;
}

const syllableCache = new Map<string, number>();
/** A word's syllables (at least 1; a number counts as 1), worked out once per word. */
export function syllables(word: string): number {
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    n = /^\d/.test(key) ? 1 : Math.max(1, syllable(key));
    if (syllableCache.size > 50000) syllableCache.clear();
    syllableCache.set(key, n);
  }
  return n;
}

/**
 * Each block is counted once, however many times it is asked for: the readability rule counts
 * each part of the document, and the summary counts the whole document again.
 */
const countBlock = oncePer((block: Block): TextCounts => {
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0, polysyllables: 0 };
  for (const child of block.nlcst.children) {
    if (child.type !== 'SentenceNode') continue;
    const words = readerWords(child as Sentence);
    if (!words.length) continue;
    counts.sentences++;
    for (const word of words) {
      const n = syllables(toString(word));
      counts.words++;
      counts.syllables += n;
      if (n >= 3) counts.polysyllables++;
    }
  }
  return counts;
});

export function countBlocks(blocks: Block[]): TextCounts {
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0, polysyllables: 0 };
  for (const block of blocks) {
    const one = countBlock(block);
    counts.words += one.words;
    counts.sentences += one.sentences;
    counts.syllables += one.syllables;
    counts.polysyllables += one.polysyllables;
  }
  return counts;
}

/** SMOG grade to UK reading age: 2–4 → 7–9, 5–6 → 10–11, 7–8 → 12–13, 9–11 → 14–16, 12+ → 17+. */
export function smogToAge(grade: number): { age: number; band: string } {
  const g = Math.round(grade);
  if (g <= 4) return { age: Math.max(7, g + 5), band: '7 to 9' };
  if (g <= 6) return { age: g + 5, band: '10 to 11' };
  if (g <= 8) return { age: g + 5, band: '12 to 13' };
  if (g <= 11) return { age: Math.min(16, g + 5), band: '14 to 16' };
  return { age: 17, band: '17 or over' };
}

export function readingAge(counts: TextCounts): ReadingAge | undefined {
  if (counts.sentences === 0 || counts.words === 0) return undefined;
  // SMOG: 1.043 × √(polysyllables × 30 / sentences) + 3.1291 (McLaughlin 1969, scaled to 30 sentences).
  const smogGrade = 1.043 * Math.sqrt((counts.polysyllables * 30) / counts.sentences) + 3.1291;
  const fk = 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  const { age, band } = smogToAge(smogGrade);
  return {
    smogGrade: round1(smogGrade),
    smogAge: age,
    smogBand: band,
    fleschKincaidAge: round1(Math.max(5, fk + 5)),
    tooShort: counts.sentences < 10,
    sentences: counts.sentences,
  };
}

/**
 * Blocks that are sentences, not names or titles: a list of people, teams or places (“Dr Amina
 * Patel, Consultant Cardiologist”) or of links to other pages has long words but is not hard to
 * read, and a reading-age formula needs sentences. A block with no full stop at the end is left
 * out when its words are mostly capitalised or mostly the text of links. The reading age of the
 * document summary and of the readability rule are worked out from these blocks alone, so a
 * draft has one reading age.
 */
export function isProse(block: Block): boolean {
  if (block.kind === 'heading') return false;
  if (/[.?!…]["”’)]*$/.test(block.text.trim())) return true;
  let words = 0;
  let capitals = 0;
  for (const sentence of sentencesOf(block)) {
    for (const word of readerWords(sentence)) {
      words++;
      if (/^\p{Lu}/u.test(toString(word))) capitals++;
    }
  }
  if (words === 0) return true;
  if (capitals * 10 >= words * 6) return false;
  const { all, linked } = linkText(block.node as MdNode);
  return linked * 10 < all * 6;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Characters of text in a block, and how many of them are the text of links. */
function linkText(node: MdNode, inLink = false): { all: number; linked: number } {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) {
    const n = node.value.trim().length;
    return { all: n, linked: inLink ? n : 0 };
  }
  let all = 0;
  let linked = 0;
  for (const child of node.children ?? []) {
    const sub = linkText(child, inLink || node.type === 'link' || node.type === 'linkReference');
    all += sub.all;
    linked += sub.linked;
  }
  return { all, linked };
}

export function documentStats(doc: LintDocument): DocumentStats {
  const counts = countBlocks(doc.blocks.filter((b) => b.kind !== 'heading'));
  const age = readingAge(countBlocks(doc.blocks.filter(isProse)));
  return { ...counts, readingMinutes: Math.max(1, Math.ceil(counts.words / 200)), ...(age ? { readingAge: age } : {}) };
}

/** How the readability rule judges a part: its target age, how far over it is too hard, and how short a part is too short to score. */
export interface ReadingAgeOptions {
  target: number;
  margin: number;
  minSentences: number;
}

/** The readability rule's options (its own, then the config's reading age, then 11, 3 and 10). */
export function readingAgeOptions(options: Record<string, unknown> | undefined, settings: Settings): ReadingAgeOptions {
  return {
    target: Number(options?.target ?? settings.readingAge ?? 11),
    margin: Number(options?.margin ?? 3),
    minSentences: Number(options?.minSentences) || 10,
  };
}

/** A part of a document whose reading age is over the target: a section, or the whole page (no section). */
export interface HardPart {
  section?: Section;
  age: ReadingAge;
  /** Its prose blocks (isProse), the ones the age is worked out from. */
  body: Block[];
}

/**
 * The parts that are too hard to read: each part under a heading with enough sentences to score,
 * or the whole page when no part has. Too hard is more than `margin` years over the target, by
 * SMOG and by Flesch–Kincaid (in whole years, as people say ages: 14.6 is 14). The readability
 * rule reports these; sentence-length names the reading age of those its long sentences are in.
 */
export function hardParts(doc: LintDocument, o: ReadingAgeOptions): HardPart[] {
  const tooHard = (age: ReadingAge) => age.smogAge > o.target + o.margin && Math.floor(age.fleschKincaidAge) > o.target + o.margin;
  const parts: HardPart[] = [];
  let scored = 0;
  for (const section of doc.sections) {
    const body = section.blocks.filter(isProse);
    const counts = countBlocks(body);
    if (counts.sentences < o.minSentences) continue;
    scored++;
    const age = readingAge(counts);
    if (age && tooHard(age)) parts.push({ section, age, body });
  }
  if (scored > 0) return parts;
  // Parts too short to score on their own: the whole document instead.
  const body = doc.blocks.filter(isProse);
  const counts = countBlocks(body);
  if (counts.sentences < o.minSentences) return parts;
  const age = readingAge(counts);
  if (age && tooHard(age)) parts.push({ age, body });
  return parts;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
