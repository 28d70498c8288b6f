/**
 * The UK English word checker behind the spelling rule: nspell with dictionary-en-gb, loaded once
 * the first time a document is checked, and kept. nspell's words come ready-made from the build
 * (spell-table.ts), so loading takes a few milliseconds, not the 250 ms or more of building them
 * from the dictionary. Suggestions are slow (tens of milliseconds a word), so the rule asks for
 * them only for the few words it may report, and they are kept for the next document.
 *
 * It also knows the forms a dictionary lacks that are not mistakes: plurals and possessives of
 * dictionary words, closed compounds of 2 dictionary words (“webchat”, “helpdesk”), and American
 * spellings, which it turns into their UK form (“behavior” → “behaviour”, “anesthetize” →
 * “anaesthetise”).
 */
import { encodeSpellTable, SpellTable, type BuiltChecker } from './spell-table.js';
import { readSpellTable } from './spell-file.js';
import { matchesOf } from './matches.js';

export interface Speller {
  /** True when the dictionary has the word as written (or in lower case, for a capitalised word). */
  known(word: string): boolean;
  /** The dictionary's closest words, best first (kept for the next ask). */
  suggest(word: string): string[];
  /** True when the dictionary lists the word itself as written, capitals and all (“Summer”, “Reading”). */
  listed(word: string): boolean;
}

let loading: Promise<Speller> | undefined;

/** “cliché” → “cliche”: the letters without their accents. */
function plainLetters(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The dictionary's words: the table the build made, or (running from the sources before a
 * build) the same table made here from dictionary-en-gb, as the build makes it.
 */
export async function loadSpellTable(): Promise<SpellTable> {
  const bytes = readSpellTable();
  if (bytes) return new SpellTable(bytes);
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([import('nspell'), import('dictionary-en-gb')]);
  const checker = nspell(dictionary) as unknown as BuiltChecker;
  return new SpellTable(encodeSpellTable(checker, new TextDecoder().decode(dictionary.aff), 'dictionary-en-gb'));
}

/** The checker, loaded the first time it is asked for. */
export function loadSpeller(): Promise<Speller> {
  loading ??= (async () => {
    const [{ default: nspell }, table] = await Promise.all([import('nspell'), loadSpellTable()]);
    // nspell with the affix file only (its keyboard, replacements and flags), then the table's
    // words in place of the ones it would build from the dictionary.
    const checker = Object.assign(nspell({ aff: table.aff }), { data: table.entries(), compoundRules: table.compoundRules });
    const suggestions = new Map<string, string[]>();
    // nspell's look-up tries the word's forms (capitals, affixes) each time: on the clean corpus it
    // was a sixth of the spelling rule. The rules ask about the same everyday words on every page,
    // so the answers are kept, for the next document too (the dictionary never changes).
    const answers = new Map<string, boolean>();
    return {
      known(word) {
        let answer = answers.get(word);
        if (answer === undefined) {
          // A long session (the language server) meets many words: keep the last few tens of thousands.
          if (answers.size > 50000) answers.clear();
          // A word with an accent the dictionary lists without it (“cliché”, “café”, “naïve”) is known.
          answer = checker.correct(word) || (/[\u00C0-\u017F]/.test(word) && checker.correct(plainLetters(word)));
          answers.set(word, answer);
        }
        return answer;
      },
      listed: (word) => table.has(word),
      suggest(word) {
        let found = suggestions.get(word);
        if (!found) {
          // A long session (the language server) meets many words: keep the last few thousand.
          if (suggestions.size > 5000) suggestions.clear();
          found = checker.suggest(word);
          suggestions.set(word, found);
        }
        return found;
      },
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Short words that make a split word a slip, not a compound: “withthe”, “thankyou”. */
const GLUE = new Set(
  'the and for you are but not was can our has had his her its all any one two who how why out off own per via yet nor few may use'.split(' '),
);

/** “webchat” = “web” + “chat”: 2 dictionary words of 3 letters or more (or `least`), written as one. */
export function isCompound(word: string, known: (w: string) => boolean, least = 3): boolean {
  if (word.length < least * 2) return false;
  for (let i = least; i <= word.length - least; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!GLUE.has(a) && !GLUE.has(b) && known(a) && known(b)) return true;
  }
  return false;
}

/** Short words that run into the next word as a slip (“helpwith”, “ofthe”), with the glue words. */
const RUN_WORDS = new Set([...GLUE, ...'with from your this that will have they them what when where which into onto about of to in on at is it we'.split(' ')]);

/**
 * Words typed with no space between them: a short word like “with” or “the” and a dictionary word
 * (“helpwith”, “thenurse”), or 3 dictionary words of 3 letters or more (“stressanxietylow”). 2
 * dictionary words alone may be a compound (“webchat”), so they are left to the typo check.
 * Returns the words, or undefined.
 */
export function runTogether(word: string, known: (w: string) => boolean): string[] | undefined {
  if (word.length < 6 || !/^\p{Ll}+$/u.test(word)) return undefined;
  for (let i = 2; i <= word.length - 2; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    const glued = (RUN_WORDS.has(a) && b.length >= 4 && known(b)) || (RUN_WORDS.has(b) && a.length >= 4 && known(a));
    if (glued) return [a, b];
  }
  // An adjective run into the word after it (“specificaspects”, “clinicalstaff”): compounds are
  // made of nouns (“helpdesk”, “webchat”), so a first part with an adjective's ending is a slip.
  for (let i = 6; i <= word.length - 4; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (ADJECTIVE_END.test(a) && known(a) && known(b)) return [a, b];
  }
  // 2 dictionary words (“healthadvice”) may be a compound: not split in 3 (“health adv ice”).
  if (word.length < 12 || isCompound(word, known)) return undefined;
  let best: string[] | undefined;
  for (let i = 3; i <= word.length - 6; i++) {
    const a = word.slice(0, i);
    if (!known(a) || RUN_WORDS.has(a)) continue;
    for (let j = i + 3; j <= word.length - 3; j++) {
      const b = word.slice(i, j);
      const c = word.slice(j);
      if (RUN_WORDS.has(b) || RUN_WORDS.has(c) || !known(b) || !known(c)) continue;
      const parts = [a, b, c];
      if (!best || Math.min(...parts.map((w) => w.length)) > Math.min(...best.map((w) => w.length))) best = parts;
    }
  }
  return best;
}

/** Endings of adjectives (“specific”, “clinical”, “effective”, “serious”, “helpful”, “suitable”). */
const ADJECTIVE_END = /(?:ic|al|ive|ous|ful|able|ible)$/;

/** Prefixes that make new words from any word: “untick”, “retagging”, “unschedule”. */
const WORD_PREFIXES = ['un', 're', 'pre', 'non', 'co', 'de', 'dis', 'mis', 'over', 'under', 'sub', 'out'];

/** “untick” = “un” + “tick”: a prefix before a dictionary word of 4 letters or more. */
export function isPrefixed(word: string, known: (w: string) => boolean): boolean {
  return WORD_PREFIXES.some((p) => word.startsWith(p) && word.length - p.length >= 4 && known(word.slice(p.length)));
}

/** “initialisms”, “curriculums”, “morbidities”, “patient’s”: a dictionary word with a plural or possessive ending. */
export function isInflected(word: string, known: (w: string) => boolean): boolean {
  const stem = word.replace(/['’]s$|s['’]$|['’]$/u, '');
  if (stem !== word && known(stem)) return true;
  if (/es$/.test(word) && word.length > 4 && known(word.slice(0, -2))) return true;
  if (/ies$/.test(word) && word.length > 5 && known(`${word.slice(0, -3)}y`)) return true;
  return /[^s]s$/.test(word) && word.length > 4 && known(word.slice(0, -1));
}

/**
 * “cohorting”, “upskilled”: a dictionary word of 4 letters or more with “ing” or “ed”, when the
 * word needs no change to take them: it ends in 2 consonants (“cohort”, “upskill”) or in 2 vowels
 * and a consonant (“remain”). A word that ends in one vowel and one consonant doubles it
 * (“begin”, “beginning”), and one that ends in “e” drops it (“use”, “using”): “begining” and
 * “useing” stay slips.
 */
export function isVerbForm(word: string, known: (w: string) => boolean): boolean {
  const m = /^(.+?)(ing|ed)$/.exec(word);
  if (!m) return false;
  const stem = m[1]!;
  if (stem.length < 4 || !/(?:[^aeiou][^aeiouy]|[aeiou]{2}[^aeiouy])$/.test(stem)) return false;
  return known(stem);
}

/**
 * American spelling patterns and their UK forms. Each is tried at every place it fits, alone and
 * with one other, and a change counts only when it makes a dictionary word: “size”, “prize” and
 * “capsize” are dictionary words already, so they are never changed.
 */
const US_TO_UK: Array<[RegExp, string]> = [
  [/iz(?=e|ing|ation|able|er)/g, 'is'], // organize, organization, realizing
  [/yz(?=e|ing|er)/g, 'ys'], // analyze, paralyzing, analyzer
  [/or(?=$|s$|ed|ing|ful|less|ite|able|ably|al|ally|ous|ist)/g, 'our'], // color, behavioral, favorite
  [/er(?=$|s$)/g, 're'], // center, theaters
  [/er(?=ed$|ing$)/g, 'r'], // centered, centering
  [/ense(?=$|s$)/g, 'ence'], // defense, offenses
  [/l(?=ed$|ing$|er$|ers$)/g, 'll'], // traveled, canceling, counselor
  [/(?<=fi|ro|sti|sta|ski|wi)ll(?=$|s$|ment|ful)/g, 'l'], // fulfill, enrollment, skillful, installment
  [/og(?=$|s$)/g, 'ogue'], // catalog, analogs
  [/(?<=[^aeiou])e(?=[^aeiou])/g, 'ae'], // pediatric, anemia, anesthetic
  [/(?<=^|[^aeiou])e(?=[^aeiou])/g, 'oe'], // esophagus, edema, estrogen
  [/(?<=ag)(?=ing)/g, 'e'], // aging
  [/o(?=ld|lt|w$)/g, 'ou'], // mold, molt, plow
];

/** Every form with one pattern changed at one place. */
function oneChange(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, uk] of US_TO_UK) {
    for (const m of matchesOf(word, pattern)) {
      out.push(word.slice(0, m.index) + uk + word.slice(m.index + m[0].length));
    }
  }
  return out;
}

/** The UK spelling of an American one (“behavior” → “behaviour”), or undefined. */
export function ukSpelling(word: string, known: (w: string) => boolean): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^[a-z]+$/.test(lower)) return undefined;
  const first = oneChange(lower);
  const hit = first.find(known) ?? first.flatMap(oneChange).find(known);
  return hit && matchCase(word, hit);
}

/** The replacement with the capitals of the word it replaces: “Color” → “Colour”. */
export function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(written)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Edit distance with swaps of 2 letters (Damerau–Levenshtein, restricted). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
