/**
 * The words the capitals rule knows (rules/data/capitals.json) and the small tests it makes on a
 * token: is it a capitalised word, a lower-case word, a plural.
 */
import type { Token } from './tokens.js';
import data from '../data/capitals.json' with { type: 'json' };

/** Common nouns and generic job titles that stay in lower case in running text (rules/data/capitals.json). */
export const COMMON = new Set(data.common);
export const JOB_TITLES = new Set(data.jobTitles);
/** Words before a common noun that show it is used as a common noun: “our Engagement Team”, “the Panel”. */
export const DETERMINERS = new Set(data.determiners);
/** Words that show a noun is used in general: “every Integrated Care Board”, “two Health and Wellbeing Boards”. */
export const GENERIC = new Set(data.generic);
/** Verbs that lists in plans capitalise after “to”: “to Improve outcomes”. */
export const VERBS = new Set(data.verbs);
export const SEASONS = new Set(data.seasons);
/** “bank holiday”: GOV.UK writes it in lower case, like “weekend” (a named one, “the Spring Bank Holiday”, is a longer run). */
export const HOLIDAYS = new Set(data.holidays);
/** Conditions the guides write in lower case: “diabetes”, “hay fever” (not “Alzheimer's disease”). */
export const CONDITIONS = new Set(data.conditions);
/** General names of medicines, which the NHS writes in lower case (“paracetamol”, “antibiotics”), and their forms (“gel”). */
export const MEDICINES = new Set(data.medicines);
const MEDICINE_FORMS = new Set(data.medicineForms);
/** A medicine's general name, with its form if any: “Paracetamol”, “Ibuprofen Gel”. */
export const isMedicine = (words: string[]) => MEDICINES.has(words[0]!) && words.slice(1).every((w) => MEDICINE_FORMS.has(w));
/** Nouns after which a capitalised describing word is not a name: “the Endoscopy team”. */
export const HEADS = new Set(data.heads);
/** Words after “a Colonoscopy” that show it is a common noun, not a product: “A Colonoscopy is a test”. */
export const AFTER_INDEFINITE = new Set(
  'is are was were will would can could should may might must has have had does helps involves means takes uses lets looks checks shows gives needs to for of in on at with from by that which who if when where before after during'.split(' '),
);
/** Punctuation after which a capital starts a new clause: “– New centres”, “c) To improve”. */
export const CLAUSE = new Set([':', '–', '—', '-', '(', ')', '“', '‘', '"', "'", '•', ';', '[', '*', '/', '|']);
/** Words after a capitalised noun that show it is not describing a noun after it: “across Government and the NHS”. */
export const FUNCTION = new Set(
  'and or but nor the a an this that these those with for from into onto to of in on at by as is are was were be been will would can could should may might must has have had not also then than there here when where which who what how why because about after before over under its their our your his her'.split(
    ' ',
  ),
);
/** Pronouns and small words that a label like “A” (for “answer”) may come before: “A You can”. */
export const SMALL = new Set([...FUNCTION, ...'you we they she he it yes please thank thanks every each some many most much more none only'.split(' ')]);
/** Words that are not describing words: “the one Board”, “to the Board”. */
export const FUNCTION_OR_VERB = /^(?:of|for|and|or|to|in|on|at|by|with|from|is|are|was|were|be|has|have|had|will|can|one|only|same|whole)$/;
/** Small words inside names: “Minister for Health”, “Health and Wellbeing Board”. */
export const JOINERS = new Set(['of', 'for', 'and', '&', 'in', 'on', 'at', 'upon']);
/** A month or a day of the week: a date after “in” or “on”, not the rest of a name. */
export const WHEN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Titles before a person's name: “Chief Executive, Dr Jane Smith”. */
export const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'professor', 'prof', 'sir', 'dame', 'lord', 'lady', 'cllr', 'councillor']);
/** A word with a capital first letter and lower case after it: “Board”, “Well-being”, “Trust's”. */
export const CAP_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}+)*(?:'s)?$/u;

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const isCap = (t: Token | undefined) => isWord(t) && CAP_WORD.test(t.text);
export const startsUpper = (t: Token | undefined) => isWord(t) && /^\p{Lu}/u.test(t.raw);
export const isLowerWord = (t: Token | undefined) => isWord(t) && /^\p{Ll}/u.test(t.raw);
export const base = (t: Token) => t.lower.replace(/'s$/, '');
/** “staff” is a plural without an “s”: “thanked Staff for their work”. */
export const isPlural = (word: string) => word === 'staff' || (/s$/.test(word) && !/(ss|us|is)$/.test(word));

/**
 * A common noun with a capital at the start of a compound, after a word in lower case: “offer
 * referral to Council-run day centres”, “our Trust-wide policies”. The guides write the noun in
 * lower case, and the compound is not a name.
 */
export function capitalCompound(t: Token, prev: Token | undefined): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-\p{Ll}+$/u.exec(t.raw);
  return !!m && COMMON.has(m[1]!.toLowerCase()) && isLowerWord(prev);
}
