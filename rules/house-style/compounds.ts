/**
 * house-style/punctuation, compound words: compound adjectives written without their hyphen before
 * a noun (“long term conditions” → “long-term conditions”), from a list and by pattern (“nurse led
 * clinics”, “full time posts”: the patterns are data in rules/data/house-style.json), “follow up”
 * before a noun, words ending in -based, -centred or -friendly, a number and a unit (“5 year
 * plan”), and “-ly” words with a hyphen (“newly-built” → “newly built”).
 */
import type { Env, Hit } from './shared.js';
import { data, foldCase, q, writesHyphened } from './shared.js';
import { type BlockText, atSentenceStart, claim, isClaimed, isQuoted, matchCase, wordBefore, freeMatches } from './text.js';
import { matchesOf } from '../lib/matches.js';

/**
 * Compound adjectives the guides hyphenate before a noun. Each pair is flagged only when a word
 * that can be a noun follows ("long term conditions"), never "in the long term" or "up to date."
 */
export const COMPOUNDS: Array<[string, string]> = [
  ['long term', 'long-term'],
  ['longer term', 'longer-term'],
  ['short term', 'short-term'],
  ['shorter term', 'shorter-term'],
  ['medium term', 'medium-term'],
  ['long lasting', 'long-lasting'],
  ['long standing', 'long-standing'],
  ['half day', 'half-day'],
  ['joined up', 'joined-up'],
  ['one off', 'one-off'],
  ['day to day', 'day-to-day'],
  ['low income', 'low-income'],
  ['up to date', 'up-to-date'],
  ['life changing', 'life-changing'],
  ['life threatening', 'life-threatening'],
  ['life saving', 'life-saving'],
  ['life limiting', 'life-limiting'],
  ['world class', 'world-class'],
];
const COMPOUND_INDEX = new Map(COMPOUNDS);
const COMPOUND_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${COMPOUNDS.map(([w]) => w.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]+([\\p{L}][\\p{L}'’-]*)`,
  'giu',
);

/** Words after the pair that show it is not before a noun: "in the long term we", "up to date with". */
const NOT_NOUN = new Set(
  (
    'a an the this that these those it its we you they he she i our your their his her my me us them ' +
    'and or but nor so yet if as at by for from in into of off on onto to with within without about ' +
    'is are was were be been being will would can could should may might must do does did has have had ' +
    'not only also then than there here when where while which who whom whose what how why because ' +
    'too very more most less least all each every some any no both either neither such other ' +
    'again already always never often now still just even across after before during over under until ' +
    'basis way ago instead'
  ).split(' '),
);

export function checkCompounds(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, COMPOUND_RE)) {
    const pair = m[1]!;
    const next = m[2]!;
    if (NOT_NOUN.has(next.toLowerCase())) continue;
    // "NHS Long Term Plan", "Joined Up Care Derbyshire": part of a name.
    const words = pair.split(/[ \t]+/);
    if (words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || /^\p{Lu}/u.test(next) && words.every((w) => /^\p{Lu}/u.test(w))) continue;
    // "follow-on", "long term-care": a hyphen already joins something here.
    const from = m.index;
    const to = from + pair.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const hyphenated = COMPOUND_INDEX.get(words.join(' ').toLowerCase());
    if (!hyphenated) continue;
    const text = matchCase(pair, hyphenated);
    hyphenBeforeNoun(t, from, to, text, next, hits);
  }
}

/**
 * Compound adjectives by pattern (rules/data/house-style.json, `compounds`): a first word from a
 * set and a second word from a set (“high quality”, “nurse led”, “third year”) or a whole phrase
 * (“out of hours”), with a hyphen missing before a noun: “a high quality service”, “nurse led
 * clinics”, “out of hours care”. Each group says where its words describe a noun and where they
 * do something else (“in the first year students”, “the nurse led the clinic”, “work part time”).
 */
interface CompoundGroup {
  first?: string[] | 'nouns';
  second?: string[];
  phrases?: string[];
  guide?: 'nhs' | 'govuk';
  before?: 'no-determiner' | 'no-definite' | 'indefinite' | 'modifier';
  skipBefore?: string[];
  notNext?: string[];
}
interface CompoundData {
  nouns: string[];
  groups: CompoundGroup[];
  notPhrases: string[];
  notNext: string[];
}

/** Words that show the next words are a noun’s own (“the first time you”): no compound before them. */
const DEFINITE = new Set('the this that these those its their your our his her my each every which whose what'.split(' '));
const DETERMINER = new Set([...DEFINITE, 'a', 'an']);

let compiled: { re: RegExp; groups: Map<string, CompoundGroup>; notNext: Set<string>; modifierBefore: Set<string> } | undefined;

function compoundPatterns() {
  if (compiled) return compiled;
  const table = data.compounds as unknown as CompoundData;
  const groups = new Map<string, CompoundGroup>();
  const alternatives: string[] = [];
  // Lower case, without the i flag: the pattern runs on foldCase(text) (see foldCase).
  const words = (list: string[]) => list.map((w) => w.toLowerCase().replace(/ /g, '[ \\t]+')).join('|');
  for (const group of table.groups) {
    const first = group.first === 'nouns' ? table.nouns : group.first ?? [];
    const phrases = group.phrases ?? first.flatMap((a) => (group.second ?? []).map((b) => `${a} ${b}`));
    for (const phrase of phrases) if (!table.notPhrases.includes(phrase)) groups.set(phrase, group);
    alternatives.push(group.phrases ? words(group.phrases) : `(?:${words(first)})[ \\t]+(?:${words(group.second ?? [])})`);
  }
  // The next word is looked at, not taken: “a high risk long term condition” has 2 compounds.
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’&.-])(${alternatives.join('|')})(?=[ \\t]+([\\p{L}][\\p{L}'’-]*))`, 'gu');
  // After these words the compound describes a noun: “for out of hours care”, “an in person visit”,
  // “back to face to face meetings” (“to” cannot start a verb here: no verb starts these phrases).
  const modifierBefore = new Set([...NOUN_BEFORE, ...DETERMINER, 'to', 'some', 'all', 'more', 'other', 'provide', 'provides', 'provided', 'providing', 'offering', 'use', 'using', 'avoid', 'through', 'via', 'as']);
  compiled = { re, groups, notNext: new Set(table.notNext), modifierBefore };
  return compiled;
}

export function checkCompoundPatterns(t: BlockText, env: Env, hits: Hit[]): void {
  const { re, groups, notNext, modifierBefore } = compoundPatterns();
  for (const m of matchesOf(foldCase(t.text), re)) {
    // The words as written: the pair is the whole match, and the next word follows its spaces.
    const from = m.index;
    const to = from + m[1]!.length;
    const written = t.text.slice(from, to);
    let at = to;
    while (t.text[at] === ' ' || t.text[at] === '\t') at++;
    const next = t.text.slice(at, at + m[2]!.length);
    const words = written.split(/[ \t]+/);
    const group = groups.get(words.join(' ').toLowerCase());
    if (!group || (group.guide && group.guide !== env.guide)) continue;
    // The next word must be able to be a noun: not “in the long term we”, “one day later”, “part time only”.
    const nextLower = next.toLowerCase().replace(/['’].*$/, '');
    if (NOT_NOUN.has(nextLower) || notNext.has(nextLower) || group.notNext?.includes(nextLower)) continue;
    if (/ly$/.test(nextLower) && !LY_ADJECTIVES.has(nextLower)) continue;
    // “Out of Hours Service”, “Red Cross”, “Nurse Led Clinic”: a capital other than at a sentence start
    // is a name (but “NHS wide”, “GP led” are short forms).
    if (words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || /^\p{Lu}\p{Ll}/u.test(next)) continue;
    if (/^\p{Lu}\p{Ll}/u.test(written) && !atSentenceStart(t, from)) continue;
    const before = wordBefore(t, from)?.word.toLowerCase();
    if (before && group.skipBefore?.includes(before)) continue;
    if (group.before === 'no-definite' && before && DEFINITE.has(before)) continue;
    if (group.before === 'no-determiner' && before && DETERMINER.has(before)) continue;
    if (group.before === 'indefinite' && before !== 'a' && before !== 'an') continue;
    if (group.before === 'modifier' && !(before && modifierBefore.has(before))) continue;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const text = words.join('-');
    if (writesHyphened(env, text, next)) continue;
    hyphenBeforeNoun(t, from, to, text, next, hits);
  }
}

/**
 * “follow up” is a verb; the noun and the word before a noun take a hyphen (NHS punctuation page:
 * “follow-up appointment”). Flagged only where it cannot be the verb: after “a”, “the”, “your” and
 * the like (“your follow up”), before a word for a visit or a check (“follow up appointment”), and
 * as a plural (“follow ups”).
 */
const FOLLOW_UP = new RegExp(
  '(?<![\\p{L}\\p{N}\'’-])(?:' +
    '(?<=(?:^|[^\\p{L}])(?:a|an|the|your|their|our|his|her|its|my|any|each|every|no|this|first|next|regular|further|routine)[ \\t]+)follow[ \\t]+ups?' +
    '|follow[ \\t]+up(?=[ \\t]+(appointments?|care|visits?|calls?|consultations?|clinics?|letters?|reviews?|scans?|tests?|treatments?|arrangements?|checks?|sessions?|meetings?|plans?|support|period|surveys?|x-rays?)(?![\\p{L}\\p{N}-]))' +
    '|follow[ \\t]+ups' +
  ')(?![\\p{L}\\p{N}-])',
  'giu',
);

/** Words after which “follow up appointment” is a noun with a hyphen missing, not the verb. */
const NOUN_BEFORE = new Set(
  ('for of with at in on by about after before from book booked booking arrange arranged attend attended attending ' +
    'need needs needed get gets got have has had offer offers offered give given receive receives received miss missed ' +
    'regular routine further telephone phone virtual clinical hospital outpatient face-to-face').split(' '),
);

/**
 * “Follow up appointments are by phone”, a heading “Follow up appointments”: at the start of a
 * sentence the words name a thing when a verb comes after the noun, or a heading ends there.
 * “Follow up appointments with a call” is the verb, and is left alone.
 */
function nounPhraseStart(t: BlockText, to: number, noun: string): boolean {
  const rest = t.text.slice(to).replace(/^[ \t]+/, '').slice(noun.length);
  if (t.block.kind === 'heading') return /^[ \t]*(?:(?:and|or)[ \t]+\p{L}+[ \t]*)?[.:?!]?[ \t]*$/u.test(rest);
  return /^[ \t]+(?:is|are|was|were|will|can|could|may|might|should|must|take|takes|happen|happens|usually|often)(?![\p{L}])/u.test(rest);
}

export function checkFollowUp(t: BlockText, env: Env, hits: Hit[]): void {
  for (const m of matchesOf(t.text, FOLLOW_UP)) {
    const written = m[0];
    // “Follow Up Clinic”: a name.
    if (/\sUp/.test(written)) continue;
    const from = m.index;
    // Before “appointment”, “calls”: only after a word that takes a noun (“book follow up calls”,
    // “for follow up care”), since “staff follow up letters” is the verb with its object.
    // The word before, in this sentence (wordBefore): “phone. Follow up calls” has none.
    const starts = atSentenceStart(t, from);
    const before = wordBefore(t, from)?.word.toLowerCase();
    const to = from + written.length;
    if (m[1] && !(before && NOUN_BEFORE.has(before)) && !(starts && nounPhraseStart(t, to, m[1]))) continue;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const next = /^[ \t]+(\p{L}+)/u.exec(t.text.slice(to))?.[1]?.toLowerCase();
    if (next && writesHyphened(env, 'follow-up', next)) continue;
    const text = written.replace(/[ \t]+/, '-');
    claim(t, from, to);
    hits.push({
      check: 'hyphens',
      from,
      to,
      message: `Write ${q(text)} with a hyphen when it is a thing, not something people do.`,
      why: '“Follow up” is what people do. The hyphen shows it is a thing, as in a follow-up appointment.',
      suggestions: [text],
      fix: { from, to, text },
      sourceUrl: 'https://service-manual.nhs.uk/content/punctuation#hyphens',
      severity: 'suggestion',
    });
  }
}

/**
 * A word and “based”, “centred” or “friendly” that together describe the next word: “evidence
 * based care”, “person centred support”, “dementia friendly places”. Both guides write them with a
 * hyphen (GOV.UK: “income-based”, “evidence-based”; the NHS manual: “user-centred”). Only before a
 * word that can be a noun, never “based on” or “is based in”.
 */
const SUFFIX_COMPOUND = /(?<![\p{L}\p{N}'’-])(\p{L}{3,})[ \t]+(based|centred|friendly)[ \t]+(\p{Ll}{3,})(?![\p{L}\p{N}'’-])/gu;

/** Words before “based” or “friendly” that are not part of a compound: “very friendly”, “some based”. */
const SUFFIX_NOT_FIRST = new Set(
  'some many most much more less very really quite so too extremely super always never often still now then therefore thus mostly partly'.split(' '),
);
/** Words after that show the words describe no noun: “based upon”, “based entirely”, “based here”. */
const SUFFIX_NOT_NEXT = new Set(
  ('upon here there near nearby around close abroad overseas elsewhere outside inside online remotely locally nationally ' +
    'throughout between among amongst beside along alongside opposite next away beyond upstairs downstairs').split(' '),
);
/**
 * The words that go before “friendly” in a compound (“dementia friendly”). Other words before it
 * are most often another adjective (“kind friendly staff”), where a comma is missing, not a hyphen.
 */
const FRIENDLY_FIRST = new Set(
  ('dementia family child children user eco environment wheelchair dyslexia autism baby breastfeeding age disability ' +
    'carer patient youth young pet dog budget mobile walk cycle bike pram buggy').split(' '),
);

export function checkSuffixCompounds(t: BlockText, env: Env, hits: Hit[]): void {
  for (const m of matchesOf(t.text, SUFFIX_COMPOUND)) {
    const [, first, suffix, next] = m as unknown as [string, string, string, string];
    const lower = first.toLowerCase();
    if (NOT_NOUN.has(lower) || SUFFIX_NOT_FIRST.has(lower) || /ly$/.test(lower) || /ly$/.test(next)) continue;
    if (NOT_NOUN.has(next) || SUFFIX_NOT_NEXT.has(next)) continue;
    if (suffix === 'friendly' && !FRIENDLY_FIRST.has(lower)) continue;
    // “UK based”, “Person Centred Care Team”: a capital inside a sentence is a name or a short form.
    if (/^\p{Lu}/u.test(first) && !atSentenceStart(t, m.index)) continue;
    const from = m.index;
    const pairEnd = from + first.length + m[0].slice(first.length).search(/\S/) + suffix.length;
    if (isQuoted(t, from, pairEnd) || isClaimed(t, from, pairEnd)) continue;
    if (writesHyphened(env, `${lower}-${suffix}`, next)) continue;
    const text = `${first}-${suffix}`;
    claim(t, from, pairEnd);
    hits.push({
      check: 'hyphens',
      from,
      to: pairEnd,
      message: `Write ${q(text)} with a hyphen before a noun, as in ${q(`${text} ${next}`)}.`,
      suggestions: [text],
      fix: { from, to: pairEnd, text },
      severity: 'suggestion',
    });
  }
}

/**
 * “a 2 year course”, “a 24 hour service”: a number with a singular unit before another word is a
 * compound adjective, hyphenated (GOV.UK: “the 5-year view”, “16-year-old”). After a number above
 * 1 the singular shows it describes the next word (“for 2 years” is left alone).
 */
const NUMBER_UNIT = /(?<![\p{L}\p{N}.,:£$€/–-])(\d+)[ \t]+(year|week|month|day|hour|minute|mile|bed|storey|seat|person)[ \t]+(\p{L}[\p{L}'’-]*)/gu;
/** “an 8 bed Psychiatric Intensive Care Unit”: before a name in capitals, only after a word like “a” or “new”. */
const BEFORE_NAME = /(?<![\p{L}])(?:a|an|the|new|additional|extra)[ \t]+$/iu;

const UNIT_NOUNS = /^(?:day (?:centres?|centers?|care|surgery|units?|cases?|patients?|hospices?|services?|trips?|rooms?)|year (?:groups?|heads?)|week (?:days?|nights?))$/i;

export function checkNumberCompounds(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, NUMBER_UNIT)) {
    const [, num, unit, next] = m as unknown as [string, string, string, string];
    // A year (“in 2024 month by month”), “old” (“5 year olds” takes 2 hyphens), a range (“2 to 3 year”).
    if (num.length === 4 || NOT_NOUN.has(next.toLowerCase()) || /^olds?$/.test(next)) continue;
    if (/^\p{Lu}/u.test(next) && !BEFORE_NAME.test(t.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // “2 day centres”, “3 year groups”: the unit is part of a noun, not a length of time.
    if (UNIT_NOUNS.test(`${unit} ${next}`)) continue;
    if (/\b(?:to|and|or)[ \t]+$/.test(t.text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const from = m.index;
    const end = from + m[0].indexOf(unit, num.length) + unit.length;
    if (isQuoted(t, from, end) || isClaimed(t, from, end)) continue;
    const text = `${num}-${unit}`;
    claim(t, from, end);
    hits.push({
      check: 'hyphens',
      from,
      to: end,
      message: `Write ${q(text)} with a hyphen before a noun, as in ${q(`${text} ${next}`)}.`,
      why: 'A number and a unit that together describe a noun take a hyphen (a 2-year course), so readers see at once which words go together.',
      suggestions: [text],
      fix: { from, to: end, text },
      severity: 'suggestion',
    });
  }
}

/** Words that end in -ly but are adjectives, not adverbs: “family-friendly”, “early-years”. */
const LY_ADJECTIVES = new Set(
  (
    'family daily weekly monthly yearly hourly nightly quarterly fortnightly early elderly only friendly ' +
    'lovely lonely lively likely timely homely costly deadly holy ugly silly jolly curly hilly woolly ' +
    'smelly sickly orderly kindly manly leisurely burly surly wily oily holly belly jelly bully rally ally ' +
    'tally july italy supply reply apply assembly comply multiply poorly unlikely unfriendly'
  ).split(' '),
);
const LY_HYPHEN = /(?<![\p{L}\p{N}-])(\p{L}{3,}ly)-(\p{L}{3,})(?![\p{L}-])/gu;

/** “highly-skilled”, “newly-qualified”: no hyphen after an adverb that ends in -ly. */
export function checkLyHyphens(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, LY_HYPHEN)) {
    const word = m[1]!;
    if (LY_ADJECTIVES.has(word.toLowerCase())) continue;
    if (/^\p{Lu}/u.test(word) && !atSentenceStart(t, m.index)) continue;
    const from = m.index + word.length;
    if (isQuoted(t, m.index, m.index + m[0].length) || isClaimed(t, from, from + 1)) continue;
    const right = `${word} ${m[2]}`;
    hits.push({
      check: 'hyphens',
      from: m.index,
      to: m.index + m[0].length,
      message: `Write ${q(right)} with no hyphen: a word ending in “-ly” needs none.`,
      why: 'GOV.UK style uses a hyphen only where the words are confusing without it, and they never are after a word ending in “-ly”.',
      suggestions: [right],
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#hyphenation',
      fix: { from, to: from + 1, text: ' ' },
      severity: 'suggestion',
    });
  }
}

/**
 * “pre” written as a word of its own: “the pre assessment visit”, “Pre op checks”. The prefix joins
 * the word after it (“pre-assessment”, as “pre-operative”). Not “pre and post” or “pre- and
 * post-operative”, where a hyphen or a second prefix shares the word.
 */
const PRE_SPACE = /(?<![\p{L}\p{N}'’&.-])([Pp]re)[ \t]+(\p{Ll}[\p{Ll}'’-]+)/gu;

export function checkPrefixSpace(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, PRE_SPACE)) {
    const [, pre, next] = m as unknown as [string, string, string];
    if (/^(?:and|or|to|&)$/.test(next)) continue;
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const text = `${pre}-${next}`;
    claim(t, from, to);
    hits.push({
      check: 'hyphens',
      from,
      to,
      message: `Write ${q(text)} with a hyphen: “pre” is not a word on its own.`,
      why: 'A prefix joins the word after it, so readers see one word: pre-assessment, pre-operative.',
      suggestions: [text],
      fix: { from, to, text },
      severity: 'suggestion',
    });
  }
}

/** Ask for the hyphenated form `text` of the words at from–to, before the noun `next`; the words are claimed. */
function hyphenBeforeNoun(t: BlockText, from: number, to: number, text: string, next: string, hits: Hit[]): void {
  claim(t, from, to);
  hits.push({
    check: 'hyphens',
    from,
    to,
    message: `Write ${q(text)} with a hyphen before a noun, as in ${q(`${text} ${next}`)}.`,
    suggestions: [text],
    fix: { from, to, text },
    severity: 'suggestion',
  });
}

/**
 * A hyphen in a phrasal verb (“to sign-up”, “you can log-in”, “please check-in”): the hyphen
 * belongs to the noun (“the sign-up form”), not to something people do. Only after a word that
 * comes before a verb, and only before a word that cannot start a noun after it (“to sign-up page”
 * is left alone). “follow-up” is a noun too: “we will follow-up with you” is what people do.
 */
const PHRASAL_HYPHEN = /(?<=(?:^|[^\p{L}])(?:to|will|can|cannot|could|must|should|may|might|please|then|you|we|they|I|also|just|need|needs)[ \t]+)(sign|log|check|set|opt|top|drop|pick|fill|back|hand|turn|catch|follow)-(up|in|out|off|on)(?![\p{L}\p{N}-])/giu;
/** What may follow the verb: an ending, a preposition, a determiner or a pronoun. */
const AFTER_VERB = /^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:to|for|with|at|by|on|in|your|the|a|an|our|their|his|her|my|this|these|those|it|them|here|now|online|today|before|when|if|and|or|using|via|as|so|again|first)(?![\p{L}]))/iu;

export function checkPhrasalHyphens(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, PHRASAL_HYPHEN)) {
    if (!AFTER_VERB.test(t.text.slice(to, to + 20))) continue;
    const text = `${m[1]} ${m[2]}`;
    claim(t, from, to);
    hits.push({
      check: 'hyphens',
      from,
      to,
      message: `Write ${q(text)} with no hyphen when it is something people do.`,
      why: 'The hyphen belongs to the thing, as in “the sign-up form”. When it is what people do, the words stay apart.',
      suggestions: [text],
      fix: { from, to, text },
      severity: 'suggestion',
    });
  }
}
