/**
 * One term written with capitals and without them in one document: “our Joint Forward Plan” and
 * “the joint forward plan”, “Urgent Treatment Centres” and “urgent treatment centres”. Used by the
 * capitals rule. Only terms of 1 to 5 ordinary words count (words the dictionary has only in lower
 * case, or common nouns from rules/data/capitals.json), so names of places and people never do.
 * The capitalised form counts only in the middle of a sentence, away from other capitalised words
 * (“NHS Joint Forward Plan” is part of a longer name), and outside headings, tables, links and quotes.
 * A job title (“Lead Designer at NHS Digital”, which GOV.UK allows next to a name), a name with a
 * number (“Regulations 2018”), a name given its acronym (“Joint Forward Plan (JFP)”) and the end of
 * a longer name (“Licensing of Animal Dealers”) do not count.
 * One word counts only after “the”, “our” or “a” in both forms, and not before a noun: “the Dispensary”
 * and “the dispensary”.
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf, type Token } from './tokens.js';
import { overlaps } from './terms.js';
import type { WordCase } from './word-case.js';

export interface CaseForm {
  start: number;
  end: number;
  written: string;
  lower: string;
}

/** Words before a term used as a common noun. */
const DETERMINERS = new Set(['the', 'our', 'your', 'their', 'this', 'these', 'that', 'those', 'its', 'his', 'her', 'my', 'a', 'an']);
const JOINERS = new Set(['and', 'of', 'for', '&', 'in', 'on', 'at']);
/** Small words after a noun: “the Pharmacy of your choice”, “the Review is”. */
const SMALL_WORDS = new Set(
  'and or but of for in on at to by with from as is are was were will would can could should may might must has have had not that which who'.split(' '),
);
const CAP_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** A hyphenated word with a capital after each hyphen: “Non-Emergency”, “Follow-Up”. */
const HYPHEN_TITLE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const MAX = 5;

/** “centres” and “centre”, “plan's” and “plan”: the same term. */
function key(words: string[]): string {
  const last = words[words.length - 1]!.replace(/'s$/, '').replace(/(?<=[^s])s$/, '');
  return [...words.slice(0, -1), last].join(' ');
}

const startsUpper = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.raw);

/** The capitalised terms the document also writes in lower case: each capitalised place of each. */
export function caseForms(
  doc: LintDocument,
  ordinary: (word: string) => boolean,
  keep: (word: string) => boolean,
  skip: Array<[number, number]>,
  single?: (word: string) => boolean,
): CaseForm[] {
  // First the capitalised terms, then the lower-case runs, only when there are capitalised terms
  // and only from a word that starts one: most pages have none, and building every run of 2 to 5
  // lower-case words (5 keys a word) was most of this function's time.
  const capital = new Map<string, CaseForm[]>();
  /** Hyphenated words in lower case (“non-emergency”), and the same words with capitals after the hyphen too. */
  const lowerHyphened = new Set<string>();
  const capitalHyphened = new Map<string, CaseForm[]>();
  for (const block of doc.blocks) {
    const tokens = tokensOf(block);
    const prose = block.kind !== 'heading' && block.kind !== 'tableCell' && !block.inTable;
    let sentenceStart = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (i === 0 || t.sentence !== tokens[i - 1]!.sentence) sentenceStart = i;
      if (t.kind !== 'word') continue;
      // Lower-case words: runs are looked at below (lowerTerms); hyphenated ones now.
      if (LOWER_WORD.test(t.text)) {
        if (t.text.includes('-')) lowerHyphened.add(key([t.lower]));
        continue;
      }
      // A capitalised run in the middle of a sentence, with no capitalised word on either side.
      if (!prose || i === sentenceStart || !CAP_WORD.test(t.text) || startsUpper(tokens[i - 1])) continue;
      let j = i;
      while (j < tokens.length && tokens[j]!.sentence === t.sentence && tokens[j]!.kind === 'word' && CAP_WORD.test(tokens[j]!.text)) j++;
      const run = tokens.slice(i, j);
      const at = i;
      i = j - 1;
      const next = tokens[j];
      if (run.length > MAX || startsUpper(next)) continue;
      // “the Non-Emergency transport policy” beside “non-emergency journeys”: a capital after the
      // hyphen is a title's capitals, and the page's own lower-case form shows it is no name.
      if (run.length === 1 && HYPHEN_TITLE.test(t.text) && prose && tokens[at - 1]?.kind === 'word' && !overlaps(skip, t.start, t.end)) {
        const k = key([t.lower]);
        const list = capitalHyphened.get(k) ?? [];
        list.push({ start: t.start, end: t.end, written: t.text, lower: t.lower });
        capitalHyphened.set(k, list);
        continue;
      }
      // One word only right after “the”, “our” or “a”, and only a word the dictionary has in lower case
      // alone: “the Review” and “the review”, not “the Trust” and “we trust”. Not before a noun, where
      // it may start a name: “the Messaging best practice section”, “the Terminal application”.
      if (run.length === 1) {
        const after = next?.kind === 'word' && LOWER_WORD.test(next.raw) && !SMALL_WORDS.has(next.lower);
        if (after || !single?.(t.text) || t.text.length <= 3 || tokens[at - 1]?.kind !== 'word' || !DETERMINERS.has(tokens[at - 1]!.lower)) continue;
      }
      // Used as a common noun: after “the”, “our”, “a”, with one describing word between at most
      // (“our new Strategic Framework”), or a plural (“we run Community Diagnostic Centres”);
      // not “contact Adult Social Care” or “see Eligibility Criteria”.
      const before = tokens[at - 1];
      const det = (w: Token | undefined) => w?.kind === 'word' && DETERMINERS.has(w.lower);
      const lowerBefore = before?.kind === 'word' && LOWER_WORD.test(before.raw);
      const plural = /[^su]s$/.test(run[run.length - 1]!.lower);
      // “shingles (Herpes Zoster)”: another name for a word in lower case, in brackets after it.
      const bracketed = before?.raw === '(' && next?.raw === ')' && tokens[at - 2]?.kind === 'word' && LOWER_WORD.test(tokens[at - 2]!.raw);
      // A determiner up to 3 describing words back: “your free and confidential Sexual Health Kit”.
      const detBack = () => {
        if (SMALL_WORDS.has(before?.lower ?? '') && before?.lower !== 'and') return false;
        for (let k = at - 2; k >= Math.max(0, at - 4); k--) {
          const w = tokens[k];
          if (det(w)) return true;
          if (w?.kind !== 'word' || !LOWER_WORD.test(w.raw) || (SMALL_WORDS.has(w.lower) && w.lower !== 'and')) return false;
        }
        return false;
      };
      if (!det(before) && !(lowerBefore && (plural || detBack())) && !(bracketed && run.length >= 2)) continue;
      // Part of a longer name: “Care and Support Plan”, “Support Plan for Carers”, and from the
      // other side, “the Licensing of Animal Dealers (Scotland) Regulations”, when the capitalised
      // word before the joining word is not just the first word of the sentence.
      if (JOINERS.has(next?.lower ?? '') && startsUpper(tokens[j + 1])) continue;
      const joinBefore = tokens[at - 1];
      if (joinBefore?.kind === 'word' && JOINERS.has(joinBefore.lower) && at - 2 > sentenceStart && startsUpper(tokens[at - 2])) continue;
      // “Regulations 2018”, “Joint Forward Plan (JFP)”: the name of one thing, given in full.
      if (next?.kind === 'word' && /\d/.test(next.raw)) continue;
      if (next?.raw === '(' && /^\p{Lu}{2,}s?$/u.test(tokens[j + 1]?.raw ?? '')) continue;
      if (!run.every((w) => ordinary(w.text) && !keep(w.lower))) continue;
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      if (overlaps(skip, start, end)) continue;
      const k = key(run.map((w) => w.lower));
      const list = capital.get(k) ?? [];
      list.push({ start, end, written: doc.text.slice(start, end), lower: run.map((w) => w.lower).join(' ') });
      capital.set(k, list);
    }
  }
  const lower = capital.size ? lowerTerms(doc, new Set([...capital.keys()].map((k) => k.split(' ')[0]!))) : new Set<string>();
  return [
    ...[...capital].filter(([k]) => lower.has(k)).flatMap(([, forms]) => forms),
    ...[...capitalHyphened].filter(([k]) => lowerHyphened.has(k)).flatMap(([, forms]) => forms),
  ].sort((a, b) => a.start - b.start);
}

/**
 * The terms the document writes in lower case: every run of 2 to 5 lower-case words in a sentence,
 * and one word after “the”, “our” or “a” (“the review”), as keys. Runs count only from a word in
 * `firsts` (the first words of the capitalised terms): no other run can be one of them.
 */
function lowerTerms(doc: LintDocument, firsts: Set<string>): Set<string> {
  const lower = new Set<string>();
  for (const block of doc.blocks) {
    const tokens = tokensOf(block);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !LOWER_WORD.test(t.text)) continue;
      // One word counts as a noun after “the”, “our” or “a”: “the review”.
      const prev = tokens[i - 1];
      if (prev?.kind === 'word' && DETERMINERS.has(prev.lower)) lower.add(key([t.lower]));
      if (!firsts.has(t.lower)) continue;
      const words = [t.lower];
      for (let k = i + 1; k < tokens.length && words.length < MAX; k++) {
        const w = tokens[k]!;
        if (w.kind !== 'word' || w.sentence !== t.sentence || !LOWER_WORD.test(w.text)) break;
        words.push(w.lower);
        lower.add(key(words));
      }
    }
  }
  return lower;
}

/** Ordinary words: the dictionary has them only in lower case, or they are common nouns. */
export function ordinaryWords(wordCase: WordCase, common: Set<string>): (word: string) => boolean {
  return (word) => common.has(word.toLowerCase().replace(/'s$/, '')) || wordCase.lowerOnly(word);
}
