/**
 * Words in order, for the context keys of a word list (rules/data/README.md): “a determiner,
 * then one of these nouns”, in the spirit of Vale's `sequence` rules and spaCy's Matcher, kept
 * small enough to read in JSON.
 *
 *   { "sequence": [{ "kind": "determiner" }, { "words": ["operation", "heart attack"] }] }
 *
 * finds “the operation”, “your heart attack” and “this operation”. Each step is one of:
 * - `words`: one of these words or phrases, as written in the list (lower case);
 * - `kind`: one word of a kind (KINDS below): “determiner”, “number”, “word” (any word that
 *   carries meaning: not a determiner, a number or a small linking word like “to”, “of” or “and”)
 *   or “participle” (a past participle that ends in “-ed”: “removed”, “booked”);
 * and may say `"optional": true`: the step may be left out.
 */
import { tokenise, type Token } from './tokens.js';

/** The word kinds a step can ask for. */
export type WordKind = 'determiner' | 'number' | 'word' | 'participle';

/** One step of a sequence, as a list file writes it. */
export type SequenceStep = ({ words: string[]; kind?: never } | { kind: WordKind; words?: never }) & { optional?: boolean };

/** Words in order, as a list file writes it. */
export interface ContextSequence {
  sequence: SequenceStep[];
}

/** What a context key holds: a word or phrase, or a sequence. */
export type ContextPhrase = string | ContextSequence;

/** Articles, “this” and “that” words, and possessives: the words that start a noun phrase. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);
const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'.split(
    ' ',
  ),
);
const FIGURES = /^\d+(?:[.,]\d+)*$/;
/** Small words that join or point, not words that carry meaning: a `word` step never takes them. */
const LINKING = new Set(
  'to of for in on at by with from into onto across within through about and or but nor than as if so that which who whom whose it its they them we us you he she him i me is are was were be been being'.split(' '),
);
const isNumber = (t: Token) => FIGURES.test(t.text) || t.lower.split('-').every((w) => NUMBER_WORDS.has(w));

/**
 * Words that end in “-ed” but are not past participles: verbs whose plain form ends so (“need”,
 * “proceed”, “shed”, “embed”) and a few adjectives and nouns (“hundred”, “sacred”).
 */
const NOT_PARTICIPLE = /eed$|^(?:bed|red|shed|wed|shred|sled|embed|imbed|hundred|sacred|naked|wicked|kindred|rugged|ragged|jagged|crooked|wretched|beloved)$/;

/** Does one word token belong to the kind? */
export const KINDS: Record<WordKind, (t: Token) => boolean> = {
  determiner: (t) => DETERMINERS.has(t.lower),
  // “3”, “2.5”, “three”, “twenty-one” (“1,000” is read as “1”, a comma and “000”: its “1” is a number).
  number: isNumber,
  // “development” in “key development activities”, “Hampshire” in “enable Hampshire Hospitals to”.
  word: (t) => /\p{L}/u.test(t.text) && !DETERMINERS.has(t.lower) && !LINKING.has(t.lower) && !isNumber(t),
  // “removed” in “you will removed” (a word left out: “will be removed”).
  participle: (t) => /^[a-z]{2,}ed$/.test(t.lower) && !NOT_PARTICIPLE.test(t.lower),
};

interface CompiledStep {
  /** Phrases as lower-case tokens, longest first; or undefined for a kind. */
  phrases: string[][] | undefined;
  kind: ((t: Token) => boolean) | undefined;
  optional: boolean;
}

/** A sequence made ready to match. */
export interface CompiledSequence {
  steps: CompiledStep[];
}

export function isSequence(phrase: ContextPhrase): phrase is ContextSequence {
  return typeof phrase === 'object' && phrase !== null && Array.isArray((phrase as ContextSequence).sequence);
}

export function compileSequence(sequence: ContextSequence): CompiledSequence {
  return {
    steps: sequence.sequence.map((step) => ({
      phrases: step.words
        ?.map((w) => tokenise(w).map((t) => t.toLowerCase()))
        .filter((t) => t.length)
        .sort((a, b) => b.length - a.length),
      kind: step.kind ? KINDS[step.kind] : undefined,
      optional: step.optional === true,
    })),
  };
}

/**
 * Match the sequence in the given sentence, reading forwards from tokens[from] (step 1) or
 * backwards from it (step -1, the last step first). Returns the index of the token farthest from
 * `from` that the sequence took, or -1 when it does not match or takes no word.
 */
export function matchSequence(tokens: Token[], from: number, sentence: number, sequence: CompiledSequence, step: 1 | -1): number {
  const steps = sequence.steps;
  const order = step === 1 ? steps : [...steps].reverse();
  // at: the next token to read; last: the farthest token taken so far. Whether the rest of the
  // sequence fits from a place does not depend on how it was reached: a place that failed once
  // fails again, so many optional steps cannot make the search slow.
  const failed = new Set<number>();
  const walk = (k: number, at: number, last: number): number => {
    if (k === order.length) return last;
    const key = k * (tokens.length + 2) + (at + 1);
    if (failed.has(key)) return -1;
    const s = order[k]!;
    if (s.kind) {
      const t = tokens[at];
      if (t && t.sentence === sentence && t.kind === 'word' && s.kind(t)) {
        const found = walk(k + 1, at + step, at);
        if (found >= 0) return found;
      }
    } else {
      for (const phrase of s.phrases ?? []) {
        if (!phraseAt(tokens, at, phrase, sentence, step)) continue;
        const far = at + step * (phrase.length - 1);
        const found = walk(k + 1, far + step, far);
        if (found >= 0) return found;
      }
    }
    const found = s.optional ? walk(k + 1, at, last) : -1;
    if (found < 0) failed.add(key);
    return found;
  };
  return walk(0, from, -1);
}

/** Do the tokens from `at` (forwards, or backwards ending there) hold the phrase, in one sentence? */
function phraseAt(tokens: Token[], at: number, phrase: string[], sentence: number, step: 1 | -1): boolean {
  const first = step === 1 ? at : at - phrase.length + 1;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[first + k];
    if (!t || t.sentence !== sentence || t.lower !== phrase[k]) return false;
  }
  return true;
}
