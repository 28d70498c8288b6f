import type { Token } from './tokens.js';
import { isMedicalNoun, keptName, type WordCase } from './word-case.js';
import { answerLabel } from './capital-context.js';
import type { Kind } from './capital-messages.js';
import { AFTER_INDEFINITE, COMMON, CONDITIONS, HEADS, HOLIDAYS, SEASONS, SMALL, VERBS, base, isCap, isLowerWord, isMedicine, isPlural } from './capital-words.js';

/** Small words that end a phrase but never a noun (“Home First”, “Stay Well”, “Moving On”): a phrase that ends in one is a name. */
const NOT_NOUN_END = new Set(['first', 'well', 'on', 'together', 'forward', 'forwards', 'ahead', 'up', 'out', 'again', 'now', 'back', 'around', 'through', 'along', 'better']);

/**
 * Capitals beyond the list of common nouns, in places where a name cannot be: a season or a
 * condition (“this Summer”, “people with Diabetes”), a word the dictionary has only in lower
 * case after “a” (“A Colonoscopy is a test”) or before “team” (“the Endoscopy team”), a plural
 * in a list with a plural in lower case (“schools and Youth Clubs”), and a general name whose
 * last word is a common noun (“every Primary Care Network”).
 */
export function wider(text: string, wordCase: WordCase | undefined, all: Token[], lead: string, before: Token | undefined, after: Token | undefined, then: Token | undefined, heading: boolean, number: boolean, listed: boolean, counted: boolean): Kind | undefined {
  const written = all.map((t) => t.text).join(' ');
  const lower = written.toLowerCase().replace(/'s$/, '');
  if (keptName(written, before?.text, after?.text)) return undefined;
  const nameAfter = then !== undefined && isCap(then);
  if (!heading && lead !== 'clause' && all.length === 1 && SEASONS.has(lower)) return 'season';
  // “weekends and Bank Holidays”: not “the Spring Bank Holiday”, whose run of capitals is longer.
  if (!heading && lead !== 'clause' && HOLIDAYS.has(lower.replace(/(?<=[^s])s$/, ''))) return 'holiday';
  // “Diabetes and Hay Fever”: each part a condition.
  const parts: string[][] = [[]];
  all.forEach((t, k) => {
    if (k && /\S/.test(text.slice(all[k - 1]!.end, t.start))) parts.push([]);
    parts[parts.length - 1]!.push(t.lower);
  });
  if (!heading && !number && lead !== 'clause' && parts.every((p) => CONDITIONS.has(p.join(' ').replace(/'s$/, '')))) return 'condition';
  // “take Paracetamol”, “Ibuprofen Gel”: general names of medicines (not brands, like “Nurofen”).
  if (!heading && !number && lead !== 'clause' && isMedicine(all.map((t) => t.lower))) return 'medicine';
  if (number || !wordCase) return undefined;
  // “known as Cystoscopy”, “have a Gastroscopy”: a test's, an operation's or a condition's name,
  // by its ending, in the middle of a sentence. Not a department's or a clinic's name: not before
  // a capital (“Endoscopy Unit”, left out before) nor before a word like “department” or “team”.
  if (!heading && lead !== 'clause' && all.length === 1 && isMedicalNoun(all[0]!.text) && wordCase.lowerOnly(all[0]!.text) && !(after && isLowerWord(after) && HEADS.has(after.lower))) return 'generic';
  const indefinite = before !== undefined && !answerLabel(text, before) && (before.lower === 'a' || before.lower === 'an');
  // Not a pronoun or a small word: “Q … A You can claim” is a question and its answer.
  if (indefinite && all.length === 1 && all[0]!.text.length > 3 && !SMALL.has(all[0]!.lower) && wordCase.lowerOnly(all[0]!.text)) {
    if (!after || (after.kind === 'punct' && /^[.?!,;:]$/.test(after.raw)) || (isLowerWord(after) && AFTER_INDEFINITE.has(after.lower))) return 'generic';
  }
  if (heading) return undefined;
  // “Secondary School colleague expressed”: the first word only starts the sentence.
  // Not a name that is a phrase, ending in a word that cannot end a noun (“the Home First team”,
  // “the Stay Well team”): a service's own name, not what the team does.
  if (after && isLowerWord(after) && HEADS.has(after.lower) && !nameAfter && all.length <= 2 && all.every((t) => wordCase.lowerOnly(t.text)) && !(all.length === 2 && NOT_NOUN_END.has(all[1]!.lower))) return 'common';
  if (lead === 'clause') return undefined;
  // “a new Education Facility”, “an additional 8 bed Care Unit”: words the dictionary has in lower case, counted.
  // Not a name that is a phrase: “a new Living Well Service”.
  if (counted && all.length <= 4 && !all.some((t) => NOT_NOUN_END.has(t.lower)) && all.every((t) => COMMON.has(base(t)) || wordCase.lowerOnly(t.text))) return 'generic';
  const plural = isPlural(base(all[all.length - 1]!));
  // In a list with a plural in lower case: “schools and Youth Clubs”, “Care Homes or hospitals”.
  if (listed && plural && all.every((t) => COMMON.has(base(t)) || wordCase.lowerOnly(t.text))) return 'generic';
  // A kind of thing in the plural, of 2 or 3 words, after a word in lower case or “all”: “talk to Care Homes”,
  // “we asked Service Users,”. Not after “our” (“our Strategic Aims” may name a plan's parts), not one word
  // (“HIV or Aids”, “Dos and don'ts”), not before a noun (“Care Homes staff”), nor a phrase (“Moving On”).
  const ends = !after || (after.kind === 'punct' && /^[.,;:!?)]$/.test(after.raw)) || (isLowerWord(after) && (SMALL.has(after.lower) || AFTER_INDEFINITE.has(after.lower) || /^(?:near|across|around|within)$/.test(after.lower)));
  // Not a phrase that starts with a verb: “to Improve Health Outcomes” is a title. Not after a comma: “(Concerns, Complaints and Redress Arrangements)” is part of a law's title.
  if (plural && all.length >= 2 && all.length <= 3 && (lead === 'word' || lead === 'generic') && isLowerWord(before) && ends && !VERBS.has(all[0]!.lower) && !all.some((t) => NOT_NOUN_END.has(t.lower)) && all.every((t) => COMMON.has(base(t)) || wordCase.lowerOnly(t.text))) return 'generic';
  // Not after “a” unless plural: “an Ability Network” may be the name of one.
  if (lead === 'generic' && (plural || !(indefinite || /^\d+$/.test(before?.raw ?? ''))) && all.length >= 2 && COMMON.has(base(all[all.length - 1]!)) && all.every((t) => COMMON.has(base(t)) || wordCase.lowerOnly(t.text))) return 'generic';
  return undefined;
}
