/**
 * Finding the passive voice in a sentence: a form of "be" (or "get"), perhaps an adverb or two,
 * then a past participle ("were issued", "can be accessed", "is hoped", "was sent").
 *
 * There is no part-of-speech tagger here, so three signals keep precision high:
 * - participles: the common irregular ones by name, and regular "-ed" words;
 * - adjectives that look like participles ("we are committed", "is based in", "are interested")
 *   are listed, as are "-ed" words that are not verbs at all ("hundred");
 * - the word after the participle must be one that can follow a passive verb (a preposition,
 *   "to", "by", an adverb, a conjunction, the end of the clause), not a noun: "these are trained
 *   nurses" is not passive; verbs with 2 objects ("you are given a leaflet") and verbs followed by
 *   an adjective ("are deemed unsuitable") are the exceptions.
 *
 * Each match also says what the rule needs to judge it: who the subject is, the doer named after
 * "by", an "it … that" passive, and how much it counts (passiveWeight). The word lists are in
 * passive-words.ts.
 */
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import {
  OF_VERBS, BE, GET, BETWEEN, IRREGULAR, ADJECTIVES, ADJECTIVE_BEFORE, NOT_VERBS, AFTER, NOUNS_IN_ING,
  QUANTITY, GET_FINE, TWO_OBJECTS, COMPLEMENT, NOT_AGENT, AGENT_START, PEOPLE, AGENT_STOP, SUBJECT_WORDS,
  IS_CONTRACTION, MODALS, NEGATED_AUX, FUTURE, PARTICLES, THING_VERBS, PERSON_SUBJECTS, APPEAL_VERBS, VERBS_AFTER_BEING, PURPOSE_VERBS,
  REDUCED_NEXT, DETERMINERS, GOVERNS,
} from './passive-words.js';
import { activeFor } from './passive-active.js';

export { activeWithAgent, baseForm } from './passive-active.js';

export interface PassiveMatch {
  /** The "be" or "get" word. */
  verb: Word;
  participle: Word;
  /** The first word of the verb: the modal or "to" in "will be sent", "to be seen", else the "be" word. */
  first: Word;
  /** The words before the participle that belong to the verb: "will be", "can be", "were". */
  lead: string;
  /** A pattern for the active sentence, like “we issued”. */
  active?: string;
  /** A little word that belongs to the verb: "out" in "will be rolled out". */
  particle?: string;
  /** "be", "get", or "reduced" for a participle with no verb before it ("information considered by the board"). */
  kind: 'be' | 'get' | 'reduced';
  /** The "by" phrase that says who does it, when there is one: "a clinician" in "looked at by a clinician". */
  agent?: string;
  /** The word just before the verb, in lower case: "you" in "you may be asked". */
  subject?: string;
  /** "It is hoped that", "it was agreed to": a passive with "it" that hides who hoped or agreed. */
  impersonal: boolean;
  /** The reader is the subject: "you will be contacted", "your results will be sent". */
  reader: boolean;
  /** A purpose follows: "has been written to help you", "are designed to be used". */
  purpose?: boolean;
  /** "are being urged to", "is being asked to": an appeal whose sender the sentence hides. */
  appeal?: boolean;
  /** A passive that counts for nothing, though a habit's finding names it: "will be used". */
  quiet?: boolean;
}

type Tok = { node: Word; raw: string; lower: string; index: number };

/** The passive verbs of a sentence, at most one for each "be" or "get", then reduced passives with "by". */
export function findPassives(sentence: Sentence): PassiveMatch[] {
  const tokens = sentence.children;
  const found: PassiveMatch[] = [];
  const words: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'WordNode') continue;
    const raw = toString(t);
    words.push({ node: t, raw, lower: raw.toLowerCase().replace(/’/g, "'"), index: i });
  }
  const used = new Set<number>();
  for (let w = 0; w < words.length; w++) {
    const verb = words[w]!;
    // "who's offered", "you're asked": the short form holds the subject and "is" or "are"
    const short = shortBe(verb.lower);
    const contracted = short !== undefined;
    const isBe = contracted || BE.has(verb.lower);
    const isGet = !isBe && GET.has(verb.lower);
    if (!isBe && !isGet) continue;
    let p = w + 1;
    while (p < words.length && p <= w + 2 && (BETWEEN.has(words[p]!.lower) || /^\p{L}+ly$/u.test(words[p]!.lower))) {
      if (!adjacent(tokens, words[p - 1]!.index, words[p]!.index)) break;
      p++;
    }
    const part = words[p];
    if (!part || !adjacent(tokens, words[p - 1]!.index, part.index)) continue;
    const raw = part.raw;
    if (/\p{Lu}/u.test(raw) || raw.includes('-')) continue;
    const lower = part.lower;
    if (!isParticiple(lower)) continue;
    if (isGet && GET_FINE.has(lower)) continue;
    const next = words[p + 1];
    const auxAt = contracted ? w : auxOf(tokens, words, w);
    const futureBe = verb.lower === 'be' && auxAt < w && /^(will|would|shall|won't|wouldn't)$|'ll$/.test(words[auxAt]!.lower);
    const modalBe = verb.lower === 'be' && auxAt < w && !futureBe;
    // "is being used", "after being diagnosed": after "being" these are verbs, not adjectives
    const progressive = verb.lower === 'being' && VERBS_AFTER_BEING.has(lower);
    // "it was raised that": an "it … that" passive, whatever the word
    const itThat = next?.lower === 'that' && (short ? short[0] === 'it' : words[auxAt - 1]?.lower === 'it');
    // "the money will be used to pay for": a verb, but common in clean text too, so it is only
    // named when the page has a passive habit (quiet: it counts for nothing)
    const quiet = futureBe && verbAfterModal(lower, next, words[p + 2]);
    if (ADJECTIVES.has(lower) && !progressive && !itThat && !quiet && !(modalBe && verbAfterModal(lower, next, words[p + 2]))) continue;
    // "the board was informed of", "you will be reminded of": "of" follows these verbs
    const ofVerb = next?.lower === 'of' && OF_VERBS.has(lower) && adjacent(tokens, part.index, next.index);
    if (!ofVerb && !followedWell(tokens, part.index, next, lower)) continue;
    // "is made up of", "is built in"; but "workshops are being set up", "wards that were built in the 1940s"
    const builtWhen = lower === 'built' && next?.lower === 'in' && /^(the|a|an|\d+s?)$/.test(words[p + 2]?.lower ?? '');
    // "our aims were set out", "the plans have been set out": someone set them out; but "as set out in
    // the plan", "is set out below" name where, so they stay adjectives
    const setOutDone = lower === 'set' && next?.lower === 'out' && /^(was|were|been)$/.test(verb.lower) && !SET_OUT_WHERE.test(words[p + 2]?.lower ?? '');
    if (next && ADJECTIVE_BEFORE.get(lower)?.has(next.lower) && !(progressive && lower === 'set') && !builtWhen && !setOutDone) continue;
    // "patients are set to benefit": "set to" and a verb means "about to", not a passive ("is set to zero"
    // is; "was set to start" hides who planned it)
    if (lower === 'set' && (short || /^(is|are|am|isn't|aren't)$/.test(verb.lower)) && next?.lower === 'to' && /^\p{Ll}+$/u.test(words[p + 2]?.raw ?? '') && !NOT_AFTER_SET_TO.test(words[p + 2]!.lower)) continue;
    // "to be" after "needs": "needs to be done" is still passive; "used to be" is not.
    const before = words[w - 1]?.lower;
    if (verb.lower === 'been' && before === 'have' && lower === 'to') continue;
    // "how much will I be paid?", "when will you be seen?": a question puts the subject after the modal
    const asker = verb.lower === 'be' && w >= 2 && /^(i|you)$/.test(words[w - 1]!.lower) && (MODALS.has(words[w - 2]!.lower) || !!NEGATED_AUX[words[w - 2]!.lower]) &&
      adjacent(tokens, words[w - 2]!.index, words[w - 1]!.index) && adjacent(tokens, words[w - 1]!.index, verb.index);
    const firstAt = contracted ? w : asker ? w - 2 : auxOf(tokens, words, w);
    const first = words[firstAt]!.node;
    const aux = firstAt < w ? auxName(words[firstAt]!.lower) : undefined;
    const lead = short ? `${short[0]} ${short[1]}` : aux ? `${aux} ${verb.lower}` : verb.lower;
    // "you'll be asked": the subject is in the same word as "will"; in a question the reader asks ("will I be paid?")
    const ownSubject = asker ? 'you' : short?.[0] ?? (/'ll$/.test(words[firstAt]!.lower) ? words[firstAt]!.lower.slice(0, -3) : undefined);
    const subjectAt = ownSubject !== undefined ? firstAt : firstAt - 1;
    const subject = ownSubject ?? words[firstAt - 1]?.lower;
    const particle = particleAfter(tokens, words, p);
    used.add(p);
    found.push({
      verb: verb.node,
      first,
      participle: part.node,
      lead,
      active: activeFor(short ? short[1] : verb.lower, aux, subject === 'you', lower, particle, words[subjectAt - 1]?.lower === 'your' && isNegated(words, firstAt, p)),
      particle,
      kind: isGet ? 'get' : 'be',
      agent: agentAfter(tokens, words, p),
      subject,
      impersonal: isImpersonal(words, subject, p),
      reader: subject === 'you' || words[subjectAt - 1]?.lower === 'your',
      purpose: purposeAfter(tokens, words, p),
      ...(words[p - 1]!.lower === 'being' && APPEAL_VERBS.has(lower) && words[p + 1]?.lower === 'to' ? { appeal: true } : {}),
      ...(quiet ? { quiet: true } : {}),
    });
  }
  // Reduced passives that name who does it: "information considered by the board".
  // (only in a sentence with "by" in it)
  const hasBy = words.some((t) => t.lower === 'by');
  for (let p = 1; hasBy && p < words.length; p++) {
    if (used.has(p)) continue;
    const part = words[p]!;
    if (!part.lower.endsWith('ed') && !IRREGULAR.has(part.lower)) continue;
    const raw = part.raw;
    if (/\p{Lu}/u.test(raw) || raw.includes('-') || /^(led|set|put|cut|hit|let|read|met|fed|bound|found|followed|preceded|accompanied)$/.test(part.lower)) continue;
    if (!isParticiple(part.lower) || ADJECTIVES.has(part.lower) || ADJECTIVE_BEFORE.has(part.lower)) continue;
    const agent = agentAfter(tokens, words, p);
    if (!agent) continue;
    // The word before must be a noun it describes, not a subject doing it ("we reviewed by").
    let b = p - 1;
    while (b > 0 && /^\p{L}+ly$/u.test(words[b]!.lower)) b--;
    const prev = words[b]!;
    if (!adjacent(tokens, prev.index, words[b + 1]!.index) || SUBJECT_WORDS.has(prev.lower) || MODALS.has(prev.lower) || BE.has(prev.lower)) continue;
    if (/\p{Lu}/u.test(prev.raw) && b === 0) continue;
    // "we reviewed by", "is being considered by": a verb before it; "funding announced by": a noun in "-ing"
    if ((/(ed|en|ing)$/.test(prev.lower) && !NOUNS_IN_ING.has(prev.lower)) || /^\d/.test(prev.lower)) continue;
    found.push({ verb: part.node, first: part.node, participle: part.node, lead: '', kind: 'reduced', agent, impersonal: false, reader: false, subject: prev.lower });
    used.add(p);
  }
  // Reduced passives with no "by", inside a phrase that is the object of a verb or a preposition:
  // "there should be no restriction placed on their use", "to see its old wards replaced with".
  // Past forms are often active too ("the teams worked with"), so these count for nothing: a
  // habit's finding names them (quiet).
  for (let p = 2; p < words.length - 1; p++) {
    if (used.has(p)) continue;
    const part = words[p]!;
    if (!part.lower.endsWith('ed') || IRREGULAR.has(part.lower) || /\p{Lu}/u.test(part.raw) || part.raw.includes('-') || /^(followed|preceded|accompanied)$/.test(part.lower)) continue;
    if (!isParticiple(part.lower) || ADJECTIVES.has(part.lower) || ADJECTIVE_BEFORE.has(part.lower)) continue;
    const next = words[p + 1]!;
    if (!REDUCED_NEXT.has(next.lower) || !adjacent(tokens, part.index, next.index)) continue;
    const prev = words[p - 1]!;
    if (!adjacent(tokens, prev.index, part.index) || !/^\p{Ll}+$/u.test(prev.raw) || notInNounPhrase(prev.lower) || DETERMINERS.has(prev.lower)) continue;
    if ((/(ed|en|ing|ly)$/.test(prev.lower) && !NOUNS_IN_ING.has(prev.lower)) || /^\d/.test(prev.lower)) continue;
    // back over the noun phrase to its determiner, then the word that governs it
    let d = p - 2;
    while (d >= 0 && d >= p - 6 && !DETERMINERS.has(words[d]!.lower) && !notInNounPhrase(words[d]!.lower) && /^\p{L}+$/u.test(words[d]!.raw) && adjacent(tokens, words[d]!.index, words[d + 1]!.index)) d--;
    if (d < 1 || !DETERMINERS.has(words[d]!.lower) || !adjacent(tokens, words[d]!.index, words[d + 1]!.index)) continue;
    const head = words[d - 1]!;
    if (!adjacent(tokens, head.index, words[d]!.index) || !(GOVERNS.has(head.lower) || BE.has(head.lower))) continue;
    found.push({ verb: part.node, first: part.node, participle: part.node, lead: '', kind: 'reduced', impersonal: false, reader: false, subject: prev.lower, quiet: true });
  }
  return found;
}

/**
 * "should be used alongside", "must be used to meet", "may be called for treatment": after a modal
 * and "be", "used" and "called" are verbs, unless "used to" comes before an "-ing" word or a noun
 * ("you will be used to waiting") or "called" before a name ("will be called Compass").
 */
/** Participles listed as adjectives that name something done to people: vaccinated, diagnosed. */
const EVENT_VERBS = new Set(['vaccinated', 'immunised', 'immunized', 'diagnosed', 'trained']);

function verbAfterModal(participle: string, next: Tok | undefined, after: Tok | undefined): boolean {
  if (participle === 'used') return !next || next.lower !== 'to' || (!!after && !/ing$/.test(after.lower) && !/^(it|this|that|the|a|an|them|being)$/.test(after.lower) && !/^\p{Lu}/u.test(after.raw));
  if (participle === 'called') return !!next && /^(for|in|back|to|by|when|if|again|up)$/.test(next.lower);
  // “will not be vaccinated until November”, “could be immunised at any time”: a time after it makes
  // it an event someone does, not a state (“if you are vaccinated”)
  if (EVENT_VERBS.has(participle)) return !!next && /^(until|from|before|after|first|during|every|each|at|this|next|when|once|as)$/.test(next.lower);
  return false;
}

/** Words that cannot be inside a noun phrase before a participle: "and", "instead", "is", "can". */
function notInNounPhrase(word: string): boolean {
  return SUBJECT_WORDS.has(word) || MODALS.has(word) || BE.has(word) || AFTER.has(word) || QUANTITY.has(word) || BETWEEN.has(word);
}

/** Words after "set out" that say where it is set out ("set out in the plan", "set out below"): not a passive. */
const SET_OUT_WHERE = /^(in|as|below|above|here|there|on|under|at|overleaf|opposite|within|like|clearly|neatly|over|across|into|for)$/;

/** Words after "set to" that make it a passive ("is set to the lowest level"), not "about to". */
const NOT_AFTER_SET_TO = /^(the|a|an|your|our|their|its|his|her|this|that|these|those|zero|one|two|three|four|five|six|seven|eight|nine|ten|high|low|on|off|auto|automatic|default|private|public)$/;

/**
 * "has been written to help you", "are designed to be used": a purpose after the participle, for
 * the reader ("to give you", "to meet your needs") or a passive ("to be used"). Not "to" and a
 * noun ("sent to your GP"), nor a purpose for others ("is designed to help teams").
 */
function purposeAfter(tokens: Sentence['children'], words: Tok[], p: number): boolean {
  const to = words[p + 1];
  const verb = words[p + 2];
  if (to?.lower !== 'to' || !verb || !adjacent(tokens, words[p]!.index, to.index) || !adjacent(tokens, to.index, verb.index)) return false;
  if (verb.lower === 'be') return true;
  const object = words[p + 3];
  return PURPOSE_VERBS.has(verb.lower) && !!object && adjacent(tokens, verb.index, object.index) && /^(you|your)$/.test(object.lower);
}

/** The "by" phrase after the participle that names who does it ("a clinician"), if there is one. */
function agentAfter(tokens: Sentence['children'], words: Tok[], p: number): string | undefined {
  let b = p + 1;
  // "looked at by", "carried out by", "taken into account by": a particle or two first
  while (b < words.length && b <= p + 3 && words[b]!.lower !== 'by' && /^(at|out|up|into|account|on|off|over|in|after|for|back|forward|further|\p{L}+ly)$/u.test(words[b]!.lower)) b++;
  if (words[b]?.lower !== 'by' || !adjacentRun(tokens, words[p]!.index, words[b]!.index)) return undefined;
  const head = words[b + 1];
  if (!head || !adjacent(tokens, words[b]!.index, head.index)) return undefined;
  const raw = head.raw;
  let at = b + 1;
  if (AGENT_START.has(head.lower)) {
    const noun = words[b + 2];
    if (!noun || !adjacent(tokens, head.index, noun.index) || NOT_AGENT.has(noun.lower) || /^\d/.test(noun.lower) || /ing$/.test(noun.lower)) return undefined;
  } else if (!/^\p{Lu}/u.test(raw) && !PEOPLE.has(head.lower)) return undefined;
  else if (NOT_AGENT.has(head.lower)) return undefined;
  // The rest of the name: "an independent research organisation", "the Department of Health".
  const agent = [raw];
  while (agent.length < 6) {
    const next = words[at + 1];
    if (!next || !adjacent(tokens, words[at]!.index, next.index)) break;
    const text = next.raw;
    const capital = /^\p{Lu}/u.test(text);
    const joiner = /^(of|and|for)$/.test(next.lower) && /^\p{Lu}/u.test((words[at + 2] ?? next).raw) && /^\p{Lu}/u.test(words[at]!.raw);
    // "by an experienced team": a word in "-ed" or "-ing" may describe the doer, but not follow it ("a nurse trained in")
    const describes = agent.length === 1 && AGENT_START.has(agent[0]!.toLowerCase());
    // "seen by the right professionals sooner": a word of time or degree ends the name
    if (!capital && !joiner && (AGENT_STOP.has(next.lower) || QUANTITY.has(next.lower) || /^\p{Lu}/u.test(words[at]!.raw) || (!describes && /(ing|ed|ly)$/.test(next.lower)))) break;
    agent.push(text);
    at++;
  }
  while (agent.length > 1 && /^(of|and|for)$/.test(agent[agent.length - 1]!)) agent.pop();
  if (agent.length === 1 && AGENT_START.has(agent[0]!.toLowerCase())) return undefined;
  return agent.join(' ');
}

/** Spaces and words only (no punctuation) between two tokens. */
function adjacentRun(tokens: Sentence['children'], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.type !== 'WhiteSpaceNode' && tokens[i]!.type !== 'WordNode') return false;
  return true;
}

/** "It is hoped that", "it was agreed to", "it will be assumed that". */
function isImpersonal(words: Tok[], subject: string | undefined, p: number): boolean {
  if (subject !== 'it') return false;
  const after = words[p + 1]?.lower;
  return after === 'that' || (after === 'to' && /^(decided|agreed|hoped|expected|proposed|planned|intended|recommended|suggested|felt|thought|believed|noted|reaffirmed|confirmed|resolved|understood|anticipated|estimated|acknowledged|accepted|reported)$/.test(words[p]!.lower));
}

/** True when only spaces (no punctuation) stand between two tokens. */
function adjacent(tokens: Sentence['children'], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.type !== 'WhiteSpaceNode') return false;
  return true;
}

function isParticiple(word: string): boolean {
  if (IRREGULAR.has(word)) return true;
  if (word === 'used') return true; // an adjective too: passive.ts checks it after a modal
  if (NOT_VERBS.has(word) || word.length < 5 || !word.endsWith('ed')) return false;
  if (/^un/.test(word) && !/^(under|unit|unif|unlock|unveil)/.test(word)) return false; // "unqualified", "unexpected": adjectives
  return true;
}

/** The participle must end the clause or be followed by a word that cannot start a noun phrase. */
function followedWell(tokens: Sentence['children'], index: number, next: Tok | undefined, participle: string): boolean {
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'WhiteSpaceNode') continue;
    if (t.type !== 'WordNode') return true; // punctuation or a symbol: the clause ends
    break;
  }
  if (!next) return true;
  // "you are given a leaflet", "who are deemed unsuitable": these verbs take a noun or an adjective after them
  if (TWO_OBJECTS.has(participle) || COMPLEMENT.has(participle)) return true;
  // "treated using this option", "repeated several times"
  if (/^\p{L}{2,}ing$/u.test(next.lower) && !NOUNS_IN_ING.has(next.lower)) return true;
  return AFTER.has(next.lower) || QUANTITY.has(next.lower) || /^\p{L}+ly$/u.test(next.lower) || /^\d/.test(next.lower);
}

/** The modal or "have" a word stands for: "will" for "won't" and "you'll", "has" for "hasn't". */
function auxName(word: string): string {
  if (/'ll$/.test(word)) return 'will';
  return NEGATED_AUX[word] ?? word;
}

/** [subject, "is" or "are"] for "who's", "it's", "you're", "they're"; otherwise undefined. */
function shortBe(word: string): [string, string] | undefined {
  if (word.endsWith("'s") && IS_CONTRACTION.test(word)) return [word.slice(0, -2), 'is'];
  if (/^(you|we|they)'re$/.test(word)) return [word.slice(0, -3), 'are'];
  return undefined;
}

/** Where the verb starts: the modal, "to" or "have" before "be" ("will also be", "has been"), or the "be" word. */
function auxOf(tokens: Sentence['children'], words: Tok[], w: number): number {
  for (let a = w - 1; a >= 0 && a >= w - 3; a--) {
    if (!adjacent(tokens, words[a]!.index, words[a + 1]!.index)) return w;
    const word = words[a]!.lower;
    if (MODALS.has(word) || NEGATED_AUX[word] || /'ll$/.test(word) || word === 'to' || word === 'have' || word === 'has' || word === 'had') return a;
    // "are being set up", "was being led": the "be" word before "being"
    if (words[w]!.lower === 'being' && BE.has(word) && word !== 'being' && word !== 'be' && word !== 'been') return a;
    if (!BETWEEN.has(word) && !/^\p{L}+ly$/u.test(word)) return w;
  }
  return w;
}

/** “we issued” for “were issued”, “we will send” for “will be sent”, “you can access” for “can be accessed”. */
/** "cannot be", "can't be", "will not be": a "not" in the verb. */
function isNegated(words: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.lower === 'not' || NEGATED_AUX[words[i]!.lower]) return true;
  return false;
}

function particleAfter(tokens: Sentence['children'], words: Tok[], p: number): string | undefined {
  const next = words[p + 1];
  if (!next || !adjacent(tokens, words[p]!.index, next.index)) return undefined;
  // "refused up front", "paid up to £50": not a part of the verb
  if (next.lower === 'up' && /^(front|to)$/.test(words[p + 2]?.lower ?? '')) return undefined;
  if (PARTICLES.has(next.lower) || (next.lower === 'at' && words[p]!.lower === 'looked')) return next.lower;
  return undefined;
}

/**
 * How much a passive sentence counts when deciding whether the passive is a habit (0, 0.5 or 1):
 * - 1 where the hidden doer matters: the reader or another person is the subject (“you may be
 *   asked”), the sentence names the doer (“looked at by a clinician”), an “it … that” passive
 *   (“it was agreed that”), or a promise about the future (“will be rolled out”);
 * - 0 for a thing made, shown or laid out (“links are underlined”, “the page has been updated”);
 * - 0.5 for the rest, and for a participle with no verb (“information considered by the board”).
 */
export function passiveWeight(match: PassiveMatch): number {
  if (match.quiet) return 0;
  if (match.kind === 'reduced') return 0.5;
  const participle = toString(match.participle).toLowerCase();
  const aux = match.lead.split(' ')[0]!;
  const future = FUTURE.has(aux);
  const modal = MODALS.has(aux);
  // “It was highlighted that”: an “it … that” passive hides who said it, whatever the verb.
  if (match.impersonal) return 1;
  // “Smokers are being urged to quit”: who urges them? (a press release's way of hiding “we”)
  if (match.appeal) return 1;
  // “links are underlined” counts for nothing, but “this leaflet has been written to help you” says why someone did it
  if (THING_VERBS.has(participle) && !future && !modal && !match.purpose) return 0;
  if (match.agent || PERSON_SUBJECTS.has(match.subject ?? '')) return 1;
  if (future && !THING_VERBS.has(participle)) return 1;
  return 0.5;
}

/**
 * “you will be contacted”, “your results may be sent”, “you can be referred”: the reader, and what
 * someone else will or may do to them or theirs, or can or should do to them. (“If your content
 * can be separated” is about what a thing allows, not about the reader.)
 */
export function isReaderPassive(match: PassiveMatch): boolean {
  const aux = match.lead.split(' ')[0]!;
  // "you will be seen by a nurse" says who does it
  if (!match.reader || match.agent) return false;
  return FUTURE.has(aux) || aux === 'may' || aux === 'might' || (match.subject === 'you' && MODALS.has(aux));
}
