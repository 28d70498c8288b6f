/**
 * What the dictionary says about a word's capitals, for the capitals rule: “colonoscopy”,
 * “diabetes” and “team” are listed only in lower case, so a capital on them in the middle of a
 * sentence is a choice, not a name; “Reading”, “Summer” and “January” are listed with their
 * capital, so they may be names. Also the names the guides write with capitals although every
 * word is an ordinary word (“Blue Badge”, “Council Tax”, “Word document”), which are never flagged.
 */
import { loadSpeller, type Speller } from './spell.js';
import data from '../data/capitals.json' with { type: 'json' };

/** Names in capitals that are made of ordinary words: GOV.UK A to Z title-case entries and common brands, in lower case. */
const KEEP = data.keep.map((name) => ` ${name.toLowerCase()} `);

export interface WordCase {
  /** The dictionary lists the word in lower case only: “Colonoscopy”, “Decision-Making”. */
  lowerOnly(word: string): boolean;
  /** The dictionary lists the word only with a capital, as a name: “nottingham”, “wednesbury”. */
  upperOnly(word: string): boolean;
  /** The dictionary has the word in lower case, maybe as a name too: “Death” (“death”), not “Lyme”. */
  knownLower(word: string): boolean;
}

/** “Colonoscopy's” → “Colonoscopy”; “Colonoscopies” also tries “Colonoscopy”: the word first, then its singulars. */
export function stems(word: string): string[] {
  const plain = word.replace(/['’]s$|['’]$/u, '');
  const out = [plain];
  if (/ies$/.test(plain)) out.push(`${plain.slice(0, -3)}y`);
  if (/es$/.test(plain)) out.push(plain.slice(0, -2));
  if (/s$/.test(plain)) out.push(plain.slice(0, -1));
  return out;
}

/**
 * The ending of a test's, an operation's or a condition's name: “cystoscopy”, “appendicectomy”,
 * “tonsillitis”, “mammogram”. The dictionary lacks many of them, but they are ordinary nouns,
 * written in lower case (NHS A to Z), whatever the dictionary knows.
 */
const MEDICAL_NOUN = /^\p{L}{3,}(?:oscopy|ectomy|ostomy|otomy|plasty|itis|ography|ogram)$/u;

/** Does the word end like the name of a test, an operation or a condition (“Cystoscopy”)? */
export const isMedicalNoun = (word: string) => MEDICAL_NOUN.test(word.toLowerCase());

/** A word the dictionary does not know, with the ending of a test's or a condition's name. */
const medicalNoun = (speller: Speller, word: string) => MEDICAL_NOUN.test(word.toLowerCase()) && !speller.listed(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());

function lowerOnlyWith(speller: Speller, word: string): boolean {
  const parts = word.split('-');
  if (parts.length > 1) return parts.every((p) => p.length > 1 && lowerOnlyWith(speller, p));
  const forms = stems(word);
  if (forms.some((f) => speller.listed(f))) return false;
  return forms.some((f) => f.toLowerCase() !== f && (speller.known(f.toLowerCase()) || medicalNoun(speller, f)));
}

/** The dictionary's view of capitals, loaded with the spell checker (once, and shared with the spelling rule). */
export async function loadWordCase(): Promise<WordCase> {
  const speller = await loadSpeller();
  const seen = new Map<string, boolean>();
  return {
    lowerOnly(word) {
      let answer = seen.get(word);
      if (answer === undefined) {
        answer = lowerOnlyWith(speller, word);
        if (seen.size > 5000) seen.clear();
        seen.set(word, answer);
      }
      return answer;
    },
    upperOnly(word) {
      return !speller.known(word) && speller.listed(word.charAt(0).toUpperCase() + word.slice(1));
    },
    knownLower(word) {
      return word.split('-').every((part) => stems(part).some((f) => speller.known(f.toLowerCase()) || medicalNoun(speller, f)));
    },
  };
}

const norm = (words: string) => ` ${words.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')} `;

/**
 * Is this run of words part of a name the guides keep in capitals (“Blue Badge holder”, “Council
 * Tax”), or a product with the word before or after it (“a Teams meeting”, “on Teams”)?
 */
export function keptName(words: string, before?: string, after?: string): boolean {
  // “Blue Badges” is the name “Blue Badge”.
  const text = norm(words).replace(/(?<=[^s])s $/, ' ');
  if (KEEP.some((name) => text.includes(name))) return true;
  const wide = norm(`${before ?? ''} ${words} ${after ?? ''}`);
  return KEEP.some((name) => wide.includes(name));
}
