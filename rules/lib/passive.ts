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
 *   nurses" is not passive.
 */
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const GET = new Set(['get', 'gets', 'got', 'getting', 'gotten']);
const PAST_BE = new Set(['was', 'were']);

/** Words that may stand between the verb and the participle ("is often used", "was not sent"). */
const BETWEEN = new Set([
  'not', 'also', 'often', 'always', 'never', 'sometimes', 'usually', 'already', 'still', 'then', 'now', 'all', 'both',
  'each', 'first', 'just', 'only', 'rarely', 'soon', 'again', 'once', 'even', 'generally', 'normally', 'typically',
]);

/** Irregular past participles that make a passive ("was sent", "is given"). */
const IRREGULAR = new Set([
  'bought', 'brought', 'built', 'caught', 'chosen', 'dealt', 'done', 'drawn', 'driven', 'eaten', 'fed', 'felt', 'forgotten',
  'found', 'given', 'heard', 'held', 'hidden', 'kept', 'known', 'laid', 'led', 'lost', 'made', 'meant', 'met', 'paid',
  'put', 'read', 'run', 'said', 'seen', 'sent', 'set', 'shown', 'sold', 'spent', 'spoken', 'taken', 'taught', 'told',
  'thought', 'thrown', 'understood', 'won', 'written', 'withdrawn', 'undertaken', 'overseen', 'arisen', 'begun', 'broken',
  'bound', 'cut', 'hit', 'let', 'shut', 'spread', 'struck', 'sought', 'sworn', 'torn', 'worn', 'woken', 'stolen', 'frozen',
  'forbidden', 'forgiven', 'hung', 'upheld', 'withheld', 'mislaid', 'misled', 'rebuilt', 'rewritten', 'redone',
]);

/**
 * Participles used as adjectives after "be": "we are committed to", "is based in", "are
 * interested", "is closed on Sundays". Also passives so settled that editors leave them:
 * "is called", "is known as", "are registered with a GP", "are entitled to".
 */
const ADJECTIVES = new Set([
  'committed', 'based', 'interested', 'concerned', 'involved', 'pleased', 'delighted', 'worried', 'tired', 'married',
  'qualified', 'experienced', 'skilled', 'located', 'situated', 'related', 'dedicated', 'determined', 'prepared', 'supposed',
  'aged', 'advanced', 'bored', 'confused', 'excited', 'surprised', 'shocked', 'scared', 'frightened', 'embarrassed',
  'ashamed', 'annoyed', 'disappointed', 'satisfied', 'dissatisfied', 'relieved', 'exhausted', 'stressed', 'depressed',
  'isolated', 'vaccinated', 'immunised', 'immunized', 'registered', 'entitled', 'titled', 'called', 'named', 'closed',
  'limited', 'detailed', 'complicated', 'sophisticated', 'balanced', 'crowded', 'equipped', 'focused', 'focussed',
  'connected', 'linked', 'associated', 'assured', 'obsessed', 'devoted', 'united', 'mixed', 'used', 'accustomed', 'tied',
  'engaged', 'stuck', 'dressed', 'hooked', 'amazed', 'thrilled', 'honoured', 'privileged', 'proud', 'overjoyed',
  'motivated', 'inspired', 'impressed', 'disabled', 'skewed', 'biased', 'talented', 'gifted', 'retired', 'unemployed',
  'employed', 'self-employed', 'housebound', 'bedbound', 'pregnant', 'infected', 'affected', 'diagnosed', 'inclined',
  'compared', 'alarmed', 'puzzled', 'offended', 'upset', 'hurt', 'lost', 'finished', 'raised', 'swollen',
  'bound', 'meant', 'born', 'licensed', 'trained', 'certified', 'accredited', 'contracted',
  'valued', 'needed', 'listed', 'shaped', 'sized', 'coloured', 'colored', 'ranked', 'rated', 'priced', 'numbered',
  'dated', 'subscribed', 'logged', 'renowned', 'acclaimed', 'famed', 'esteemed', 'respected', 'well-known', 'unknown',
]);

/** Participles that are adjectives before these words: "is made up of", "is known as", "filled with fluid". */
const ADJECTIVE_BEFORE = new Map<string, Set<string>>([
  ['made', new Set(['up', 'of', 'from'])],
  ['set', new Set(['up', 'out', 'in'])],
  ['built', new Set(['in', 'into'])],
  ['known', new Set(['as', 'for'])],
  ['filled', new Set(['with'])],
  ['covered', new Set(['in'])],
]);

/** "-ed" words that are not verbs, or not participles of one. */
const NOT_VERBS = new Set([
  'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'learned', 'red', 'bed', 'shed', 'need', 'feed',
  'seed', 'speed', 'indeed', 'deed', 'breed', 'greed', 'bred', 'shred', 'sled', 'wed', 'led', 'fed', 'ragged', 'crooked',
  'aged', 'blessed', 'cursed', 'dogged', 'jagged', 'wretched', 'sledged', 'embed', 'offered', 'proceed', 'exceed', 'succeed',
]);

/** Words that can follow a passive participle: it is not a noun phrase. */
const AFTER = new Set([
  'by', 'to', 'in', 'into', 'on', 'onto', 'at', 'for', 'from', 'with', 'within', 'without', 'about', 'as', 'after',
  'before', 'during', 'through', 'across', 'under', 'over', 'until', 'till', 'via', 'if', 'when', 'while', 'where',
  'because', 'so', 'and', 'or', 'but', 'that', 'than', 'unless', 'once', 'again', 'here', 'there', 'now', 'soon',
  'today', 'tomorrow', 'yesterday', 'later', 'first', 'each', 'every', 'up', 'out', 'off', 'back', 'down', 'away',
  'together', 'separately', 'automatically', 'directly', 'online', 'below', 'above', 'annually', 'weekly', 'monthly',
  'yearly', 'daily', 'regularly', 'straight', 'too', 'also', 'yet', 'either', 'against', 'among', 'between', 'towards',
  'toward', 'around', 'throughout', 'upon', 'beyond', 'alongside', 'near', 'per', 'whether', 'which', 'who', 'how',
  'this', 'next', 'last',
]);

/** Verbs whose participle alone after "get" is not passive in the sense that matters. */
const GET_FINE = new Set(['vaccinated', 'immunised', 'tested', 'checked', 'involved', 'married', 'dressed', 'started', 'used', 'lost', 'engaged', 'tired', 'bored', 'stuck', 'paid', 'hurt', 'worried', 'scared', 'confused', 'excited', 'ready', 'sorted', 'registered', 'screened', 'treated', 'help', 'helped']);

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
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

/** The passive verbs of a sentence, at most one for each "be" or "get". */
export function findPassives(sentence: Sentence): PassiveMatch[] {
  const tokens = sentence.children;
  const found: PassiveMatch[] = [];
  const words: Array<{ node: Word; lower: string; index: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'WordNode') words.push({ node: t, lower: toString(t).toLowerCase(), index: i });
  }
  for (let w = 0; w < words.length; w++) {
    const verb = words[w]!;
    const isBe = BE.has(verb.lower);
    const isGet = !isBe && GET.has(verb.lower);
    if (!isBe && !isGet) continue;
    let p = w + 1;
    while (p < words.length && p <= w + 2 && (BETWEEN.has(words[p]!.lower) || /^\p{L}+ly$/u.test(words[p]!.lower))) {
      if (!adjacent(tokens, words[p - 1]!.index, words[p]!.index)) break;
      p++;
    }
    const part = words[p];
    if (!part || !adjacent(tokens, words[p - 1]!.index, part.index)) continue;
    const raw = toString(part.node);
    if (/\p{Lu}/u.test(raw) || raw.includes('-')) continue;
    const lower = part.lower;
    if (!isParticiple(lower)) continue;
    if (isGet && GET_FINE.has(lower)) continue;
    if (ADJECTIVES.has(lower)) continue;
    if (!followedWell(tokens, part.index, words[p + 1])) continue;
    if (words[p + 1] && ADJECTIVE_BEFORE.get(lower)?.has(words[p + 1]!.lower)) continue;
    // "to be" after "needs": "needs to be done" is still passive; "used to be" is not.
    const before = words[w - 1]?.lower;
    if (verb.lower === 'been' && before === 'have' && lower === 'to') continue;
    const lead = leadOf(words, w);
    const first = lead.includes(' ') && adjacent(tokens, words[w - 1]!.index, verb.index) ? words[w - 1]!.node : verb.node;
    found.push({ verb: verb.node, first, participle: part.node, lead, active: activeFor(words, w, lower) });
  }
  return found;
}

/** True when only spaces (no punctuation) stand between two tokens. */
function adjacent(tokens: Sentence['children'], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.type !== 'WhiteSpaceNode') return false;
  return true;
}

function isParticiple(word: string): boolean {
  if (IRREGULAR.has(word)) return true;
  if (NOT_VERBS.has(word) || word.length < 5 || !word.endsWith('ed')) return false;
  if (/^un/.test(word) && !/^(under|unit|unif|unlock|unveil)/.test(word)) return false; // "unqualified", "unexpected": adjectives
  return true;
}

/** The participle must end the clause or be followed by a word that cannot start a noun phrase. */
function followedWell(tokens: Sentence['children'], index: number, next: { node: Word; lower: string; index: number } | undefined): boolean {
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'WhiteSpaceNode') continue;
    if (t.type !== 'WordNode') return true; // punctuation or a symbol: the clause ends
    break;
  }
  if (!next) return true;
  return AFTER.has(next.lower) || /^\p{L}+ly$/u.test(next.lower) || /^\d/.test(next.lower);
}

function leadOf(words: Array<{ lower: string }>, w: number): string {
  const before = words[w - 1]?.lower;
  const verb = words[w]!.lower;
  if (before && (MODALS.has(before) || before === 'to' || before === 'have' || before === 'has' || before === 'had')) return `${before} ${verb}`;
  return verb;
}

/** “we issued” for “were issued”, “we will send” for “will be sent”, “you can access” for “can be accessed”. */
function activeFor(words: Array<{ lower: string }>, w: number, participle: string): string | undefined {
  const verb = words[w]!.lower;
  const before = words[w - 1]?.lower;
  if (PAST_BE.has(verb)) return IRREGULAR.has(participle) ? undefined : `we ${participle}`;
  const base = baseForm(participle);
  if (!base) return undefined;
  if (verb === 'be' && before && MODALS.has(before)) return `${before === 'can' || before === 'may' || before === 'could' ? 'you' : 'we'} ${before} ${base}`;
  if (verb === 'is' || verb === 'are' || verb === 'am') return `we ${base}`;
  return undefined;
}

const IRREGULAR_BASE: Record<string, string> = {
  sent: 'send', given: 'give', told: 'tell', made: 'make', taken: 'take', shown: 'show', held: 'hold', kept: 'keep',
  paid: 'pay', done: 'do', written: 'write', seen: 'see', found: 'find', brought: 'bring', bought: 'buy', built: 'build',
  chosen: 'choose', heard: 'hear', known: 'know', met: 'meet', sold: 'sell', spent: 'spend', taught: 'teach', thought: 'think',
  understood: 'understand', withdrawn: 'withdraw', undertaken: 'undertake', led: 'lead', put: 'put', read: 'read', set: 'set',
  created: 'create', cut: 'cut', sought: 'seek', drawn: 'draw', overseen: 'oversee', upheld: 'uphold', withheld: 'withhold', spoken: 'speak',
};

/**
 * How a regular participle drops its ending, tried in order: [ending, letters to drop].
 * Endings that could go either way ("developed", "targeted", "visited") are left out.
 */
const ENDINGS: Array<[RegExp, number, string?]> = [
  [/ied$/, 3, 'y'],
  [/eed$/, 1],
  [/(ell|oll)ed$/, -1],
  [/(ss|ll|ff|zz|dd)ed$/, 2],
  [/([bgmnprt])\1ed$/, 3],
  [/(ea|ai|ou|oo|ee|oa|oi|au)[^scvgzu]ed$/, 2],
  [/(ow|ew|aw|ay|ey|oy)ed$/, 2],
  [/(h|x|w)ed$/, 2],
  [/(ited|eted|oped|eped|ored)$/, -1],
  [/([aou]ted|[aiou]ded)$/, 1],
  [/[bcdfghjklmnpqrstvwxz](ted|ded)$/, 2],
  [/[aeiouy](s|z|v|c|g|u)ed$/, 1],
  [/(u|v)ed$/, 1],
  [/[lnrp](s|c|g)ed$/, 1],
  [/e[rn]ed$/, 2],
  [/[aiu]red$/, 1],
  [/[^aeiou]red$/, -1],
  [/[bcdfgkptz]led$/, 1],
  [/[aiou]led$/, 1],
  [/[rl]led$|[^aeiou][nml]ed$/, 2],
  [/[aiou][nmb]ed$/, 1],
  [/[aiu]ped$/, 1],
  [/[^aeiou][kpb]ed$/, 2],
  [/[aiou]ked$/, 1],
];

/** The plain form of a verb from its participle, when the spelling makes it plain; otherwise undefined. */
export function baseForm(participle: string): string | undefined {
  if (IRREGULAR_BASE[participle]) return IRREGULAR_BASE[participle];
  if (IRREGULAR.has(participle) || !participle.endsWith('ed')) return undefined;
  for (const [ending, drop, add] of ENDINGS) {
    if (!ending.test(participle)) continue;
    if (drop < 0) return undefined;
    return participle.slice(0, -drop) + (add ?? '');
  }
  return undefined;
}
