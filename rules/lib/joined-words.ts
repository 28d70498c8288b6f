/**
 * 2 words typed with no space between them, the second with a capital: “aSenior”, “theTrust”,
 * “andCare”. Only a short word that cannot end a brand name (“a”, “the”, “and”, “of”, “our”…)
 * before a capitalised word the dictionary knows, so brands and code (“eConsult”, “iPlayer”,
 * “myGP”, “onClick”, “toString”, “forEach”) are left alone. The spelling rule reports them.
 */
import { eachPlainWord } from './words.js';

/** A short word in lower case run into a capitalised word of 3 letters or more. */
const JOINED = /^(a|an|the|and|of|in|our|your|their|with|from|at|by|or)(\p{Lu}\p{Ll}{2,})$/u;

export interface Joined {
  start: number;
  end: number;
  /** Where the space goes. */
  at: number;
  first: string;
  second: string;
}

/**
 * Joined words in the sentences, not in quotes, not in code or addresses, and not written 3 times
 * or more (a name the document uses on purpose). `known` is the dictionary; the whole word must be
 * unknown to it and the second part known (“Senior” in “aSenior”).
 */
export function joinedWords(text: string, sentences: ReadonlyArray<{ type: string }>, known: (w: string) => boolean): Joined[] {
  const out: Joined[] = [];
  const count = new Map<string, number>();
  const found: Array<Joined & { word: string }> = [];
  eachPlainWord(sentences, (word, start, end) => {
    const m = JOINED.exec(word);
    if (!m) return;
    // Handles, addresses, file names and code: “@theTrust”, “nhs.uk/ourServices”, “ofType()”.
    if (/[/\\@#._$-]/.test(text[start - 1] ?? '') || /^(?:[/\\@(_$]|[.-]\p{L})/u.test(text.slice(end, end + 2))) return;
    count.set(word, (count.get(word) ?? 0) + 1);
    found.push({ word, start, end, at: start + m[1]!.length, first: m[1]!, second: m[2]! });
  });
  for (const j of found) {
    if ((count.get(j.word) ?? 0) >= 3 || known(j.word) || known(j.word.toLowerCase()) || !known(j.second.toLowerCase())) continue;
    out.push({ start: j.start, end: j.end, at: j.at, first: j.first, second: j.second });
  }
  return out;
}
