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
  const counted = lead !== undefined && (lead.lower === 'one' || NUMBERS.test(lead.lower));
  // “3 new Community Hubs”: the first describing word is the number.
  const number = between > 1 && /^\d+$/.test(tokens[k + 1]!.raw);
  if (!counted && !number) return false;
  // Not “the one Board”, “our 3 new Boards”.
  const det = counted ? tokens[k - 1] : lead;
  return !(det && (counted ? k - 1 >= from : true) && DETERMINERS.has(det.lower));
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
