/**
 * A noun counted or brought in with “a”, and the words that describe it: “a new Education
 * Facility”, “an additional 8 bed Care Unit”, “3 new Community Hubs”, “one Councillor”. A name is
 * one of a kind: “a new” or a number shows the words after are a kind of thing, so lower case
 * (GOV.UK A to Z, “job titles”: lower case unless with a name; NHS A to Z: “urgent treatment centre”).
 */
import type { Token } from './tokens.js';
import { AFTER_INDEFINITE, DETERMINERS, FUNCTION, FUNCTION_OR_VERB, SMALL, isLowerWord, isPlural, isWord } from './capital-words.js';

const NUMBERS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** At most this many describing words between “a” or the number and the capitals. */
const DESCRIBERS = 3;

/** A word that describes the noun after it: “new”, “additional”, “bed” in “8 bed”; not “the”, “is”, “needs”. */
const describes = (t: Token) =>
  (isLowerWord(t) && !SMALL.has(t.lower) && !NUMBERS.test(t.lower) && !FUNCTION_OR_VERB.test(t.lower) && (!/s$/.test(t.lower) || /ous$/.test(t.lower)) && t.lower.length > 1) ||
  (isWord(t) && /^\d+$/.test(t.raw));

/**
 * The capitals at tokens[first] come after “a”, “an”, “one” or a number, with up to 3 describing
 * words between (at least 1 after “a”: “a Macmillan nurse” is left to the other checks). Not
 * “the one Board” or “our 2 Boards”: after “the” or “our”, the words may name one of them.
 */
export function afterQuantity(tokens: Token[], first: number, from: number): boolean {
  let k = first - 1;
  while (k >= from && first - 1 - k < DESCRIBERS && describes(tokens[k]!)) k--;
  const between = first - 1 - k;
  const lead = k >= from ? tokens[k]! : undefined;
  if (lead && (lead.lower === 'a' || lead.lower === 'an')) return between > 0;
  if (lead && (lead.lower === 'one' || NUMBERS.test(lead.lower))) return !(k - 1 >= from && DETERMINERS.has(tokens[k - 1]!.lower));
  // “will get 3 new Youth Hubs”: a number among the describing words counts them, when no “the” or “our” is before it.
  for (let d = k + 1; d < first - 1; d++) {
    // Not a year: “in 2024 new Community Hubs opened”.
    if (/^\d+$/.test(tokens[d]!.raw) && !/^(?:19|20)\d\d$/.test(tokens[d]!.raw)) return !(d - 1 >= from && DETERMINERS.has(tokens[d - 1]!.lower));
  }
  return false;
}

/**
 * The capitals end the noun: a full stop or a comma after them, or a small word (“a new Community
 * Hub for young people”). Not before a noun (“a nationwide Deaf audience”: the capital is the
 * writer's choice of word) or an acronym in brackets (“a new Child and Adolescent Mental Health
 * Services (CAMHS) Unit”). Not a plural after “a” or “one”: “a new Mental Health Services unit”.
 */
export function endsCounted(tokens: Token[], first: number, last: Token, after: Token | undefined, from: number): boolean {
  if (after && after.kind === 'punct' && !/^[.,;:!?]$/.test(after.raw)) return false;
  if (after && after.kind !== 'punct' && !(isLowerWord(after) && (FUNCTION.has(after.lower) || AFTER_INDEFINITE.has(after.lower)))) return false;
  let k = first - 1;
  while (k >= from && describes(tokens[k]!)) k--;
  const single = k >= from && /^(?:a|an|one)$/i.test(tokens[k]!.raw);
  return !(single && isPlural(last.lower.replace(/['’]s$/, '')));
}

/** Words after a noun that are not nouns: “go to a GP Surgery today”, “find an NHS Trust near you”. */
const NOT_NOUN = /^(?:near|across|around|within|today|tomorrow|tonight|now|soon|first|instead|too|again|online|yet|already|\p{L}+ly)$/u;

/** A noun after the capitals, which “a” or “an” belongs to: “an NHS App message”, not “an NHS Trust in Leeds”. */
export function nounAfter(t: Token | undefined): boolean {
  return isLowerWord(t) && !FUNCTION.has(t!.lower) && !SMALL.has(t!.lower) && !AFTER_INDEFINITE.has(t!.lower) && !NOT_NOUN.test(t!.lower);
}
