/**
 * hidden-verbs: a light verb and a noun made from a verb, where the verb itself is shorter: “make
 * a decision” (decide), “carry out an assessment of” (assess), “give consideration to” (consider).
 * Plain English guides call these nominalisations and ask for the verb.
 *
 * The pairs are data (rules/data/hidden-verbs.json): each noun, its verb and the light verbs it
 * goes with, so “have a discussion” is found but “have an assessment” (the reader has one done to
 * them) is not. Every form of the light verb is found, and the suggestion keeps its tense: “made
 * a decision” → “decided”, “is carrying out a review of” → “is reviewing”.
 *
 * Precision first:
 * - only “a”, “an”, “the”, “any”, “some” or “your”, “our”, “their” … between the verb and the noun:
 *   “make an informed decision” says more than “decide”, so it is left alone;
 * - the noun must end the phrase: “make a payment plan” and “submit an application form” are
 *   other things;
 * - a passive (“was given consideration”) is passive-voice's to find;
 * - “make an appointment”, “make a complaint” and “make a referral” are how the NHS writes, so they
 *   are not in the data.
 */
import { defineRule } from '../src/types.js';
import data from './data/hidden-verbs.json' with { type: 'json' };
import { tokensOf, type Token } from './lib/tokens.js';
import { exampleRanges } from './lib/mentions.js';
import { externalLinkRanges, overlaps } from './lib/terms.js';

type Tense = 'base' | 's' | 'past' | 'participle' | 'ing';
type Forms = Record<Tense, string>;

interface NounEntry {
  nouns: string[];
  verb: string;
  with: string[];
  /** Words after the noun that go when the verb is used: “an assessment of your needs” → “assess your needs”. */
  drop?: string[];
  /** Found only with one of the `drop` words after it: “provide support to” but not “provide support”. */
  needsDrop?: boolean;
  /** Left alone before these words: “make a decision about your care” (“decide about” is no plainer). */
  notBefore?: string[];
  /**
   * The plural with no article is an everyday phrase: “help you make decisions about your health”,
   * “make choices”. Found only with a word like “any” or “your” before it.
   */
  plainPlural?: boolean;
  /** What a dropped word becomes after the verb: “provide information on” → “tell you about”. */
  dropAs?: Record<string, string>;
  /**
   * The verb needs a person after it: “tell us” when the reader is the one to provide it (“you will
   * need to provide information”), “tell you” otherwise. Not when “to” names the person.
   */
  object?: boolean;
  /**
   * A second verb, offered when no word like “about” or “with” follows (“discuss about” is wrong):
   * “we had a discussion” → “we talked” or “we discussed”.
   */
  also?: string;
  /** The verb's forms where the usual spelling rules do not make them: “paid”, “chosen”. */
  forms?: Partial<Forms>;
}

/** Words after “for” that name a price, not who gets the thing: “provide support for free”. */
const FOR_FREE = new Set(['free', 'nothing']);
const LIGHT = data.lightVerbs as Record<string, Forms>;
const NOUNS = data.nouns as NounEntry[];

/** Each light verb's first word → its forms as token lists, with their tense. */
interface LightForm {
  light: string;
  tense: Tense;
  tokens: string[];
}
const BY_FIRST = new Map<string, LightForm[]>();
for (const [light, forms] of Object.entries(LIGHT)) {
  const seen = new Set<string>();
  for (const tense of ['base', 's', 'past', 'participle', 'ing'] as Tense[]) {
    const written = forms[tense];
    // “made” is the past and the participle: the words before it decide which (below).
    if (seen.has(written)) continue;
    seen.add(written);
    const tokens = written.split(' ');
    const list = BY_FIRST.get(tokens[0]!) ?? [];
    list.push({ light, tense, tokens });
    BY_FIRST.set(tokens[0]!, list);
  }
}

/** Noun (lower case) → its entries: “check” is one noun, but a noun could pair with several verbs. */
const BY_NOUN = new Map<string, NounEntry[]>();
for (const entry of NOUNS) {
  for (const noun of entry.nouns) BY_NOUN.set(noun, [...(BY_NOUN.get(noun) ?? []), entry]);
}

/** Words that may stand between the light verb and the noun: articles and “your”, “our”. */
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'some', 'your', 'our', 'their', 'his', 'her', 'its', 'my', 'this', 'that', 'these', 'those']);

/**
 * Words that may follow the noun and show the phrase has ended: “make a decision about”, “made a
 * payment online”. Any other word may make the noun part of a longer name (“a payment plan”).
 */
const AFTER = new Set([
  'about', 'on', 'to', 'for', 'of', 'in', 'into', 'at', 'by', 'with', 'within', 'without', 'from', 'over', 'under', 'as',
  'after', 'before', 'during', 'until', 'unless', 'if', 'when', 'whether', 'where', 'while', 'because', 'so', 'and', 'or',
  'but', 'that', 'which', 'who', 'than', 'together', 'now', 'soon', 'today', 'tomorrow', 'yet', 'again', 'first', 'later',
  'online', 'quickly', 'regarding', 'around', 'towards', 'toward', 'through', 'here', 'there', 'this', 'next', 'last',
  'each', 'every', 'yourself', 'ourselves', 'themselves', 'himself', 'herself', 'itself', 'once', 'too', 'also', 'either',
  'between', 'among', 'against', 'via', 'based', 'please',
]);

/** Forms of “be” and “get” before a participle: “was given consideration” is a passive. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't", 'get', 'gets', 'got', 'getting']);
/** Words before a participle that make it a perfect tense: “have made a decision”, “we’ve made”. */
const HAVE = new Set(['have', 'has', 'had', 'having', "haven't", "hasn't", "hadn't"]);
/** Words that may come between “have” and the participle: “has not made”, “have already made”. */
const BETWEEN = new Set(['not', 'already', 'now', 'just', 'recently', 'also', 'never', 'still', 'finally', 'since']);
const isHave = (word: string | undefined) => word !== undefined && (HAVE.has(word) || word.endsWith("'ve"));

/** A verb's form in a tense, by the usual spelling rules unless the data gives it. */
export function verbForm(entry: NounEntry, tense: Tense): string {
  const verb = entry.verb;
  const given = entry.forms?.[tense];
  if (given) return given;
  if (tense === 'base') return verb;
  if (tense === 'participle' && entry.forms?.past) return entry.forms.past;
  if (tense === 's') return /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  if (tense === 'ing') return /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

/** The words from tokens[i] on, when they are plain words in one sentence: “carry”, “out”. */
function wordsAt(tokens: Token[], i: number, want: string[]): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = 0; k < want.length; k++) {
    const t = tokens[i + k];
    if (!t || t.kind !== 'word' || t.sentence !== sentence || t.lower !== want[k]) return false;
  }
  return true;
}

export interface HiddenVerb {
  start: number;
  end: number;
  /** The words as written, spacing made single. */
  written: string;
  /** The verb in the light verb's tense: “decided”. */
  suggestion: string;
  /** It, and any other verb that fits: “talked”, “discussed”. */
  suggestions: string[];
  /** The plain verb: “decide”. */
  verb: string;
  noun: string;
  /** The pair, one for all its forms: “make decision”. */
  term: string;
  /** True when a word after the noun went with it (“of”), so what follows is the verb's object. */
  dropped: boolean;
}

/** Words that start what “to” leads to, when it is not before a verb: “give consideration to the plan”. */
const OBJECT_START = new Set([
  'the', 'a', 'an', 'your', 'our', 'their', 'his', 'her', 'its', 'my', 'this', 'that', 'these', 'those', 'all', 'any', 'each',
  'every', 'some', 'both', 'other', 'people', 'anyone', 'everyone', 'someone', 'them', 'you', 'us', 'him', 'me', 'staff',
  'local', 'older', 'young', 'whether', 'what', 'how', 'who', 'which', 'where', 'when', 'why',
]);

/** Does the word at tokens[k] start a noun phrase (“the plan”, “carers”, “extending”, “Leeds”), not a verb? */
function objectAfter(tokens: Token[], k: number, sentence: number): boolean {
  const t = tokens[k];
  if (!t || t.sentence !== sentence || t.kind !== 'word') return false;
  if (OBJECT_START.has(t.lower) || /\p{Lu}/u.test(t.raw.charAt(0)) || /^\d/.test(t.raw)) return true;
  // a plural (“carers”, not “access”) or a word in “-ing” (“extending the hours”)
  return (/s$/.test(t.lower) && !/ss$/.test(t.lower)) || /ing$/.test(t.lower);
}

/** Is the reader the subject: “you” or “your” earlier in the sentence? */
function readerBefore(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.lower === 'you' || tokens[k]!.lower === "you'll" || tokens[k]!.lower === "you're") return true;
  }
  return false;
}

/** Every hidden verb in the document, in order. */
export function findHiddenVerbs(doc: Parameters<typeof exampleRanges>[0]): HiddenVerb[] {
  const out: HiddenVerb[] = [];
  let examples: Array<[number, number]> | undefined;
  let links: Array<[number, number]> | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') continue;
    const tokens = tokensOf(block);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const forms = BY_FIRST.get(t.lower);
      if (!forms) continue;
      for (const form of forms) {
        if (!wordsAt(tokens, i, form.tokens)) continue;
        let at = i + form.tokens.length;
        const determiner = tokens[at]?.kind === 'word' && DETERMINERS.has(tokens[at]!.lower) && tokens[at]!.sentence === t.sentence;
        if (determiner) at++;
        const nounToken = tokens[at];
        if (!nounToken || nounToken.kind !== 'word' || nounToken.sentence !== t.sentence) continue;
        const entries = BY_NOUN.get(nounToken.lower)?.filter((e) => e.with.includes(form.light));
        const entry = entries?.[0];
        if (!entry) continue;
        if (entry.plainPlural && !determiner && nounToken.lower !== entry.nouns[0]) continue;
        const prev = tokens[i - 1]?.sentence === t.sentence && tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.lower : undefined;
        const prev2 = tokens[i - 2]?.sentence === t.sentence && tokens[i - 2]?.kind === 'word' ? tokens[i - 2]!.lower : undefined;
        // “was given consideration”, “is being carried out”: a passive, not this.
        const participle = LIGHT[form.light]!.participle === form.tokens.join(' ');
        if (participle && prev && BE.has(prev)) continue;
        let tense = form.tense;
        if (participle && tense !== 'participle') {
          // “made”: the past (“we made”), or the participle after “have” (“we have made”, “has not made”).
          if (isHave(prev) || (prev !== undefined && BETWEEN.has(prev) && isHave(prev2))) tense = 'participle';
        }
        let end = at;
        let dropped = false;
        const next = tokens[at + 1];
        const nextWord = next && next.sentence === t.sentence && next.kind === 'word' ? next : undefined;
        if (nextWord && entry.notBefore?.includes(nextWord.lower)) continue;
        // “make improvements to reduce waiting times”: “to” before a verb is not the object's “to”.
        if (nextWord?.lower === 'to' && entry.drop?.includes('to') && !objectAfter(tokens, at + 2, t.sentence)) continue;
        if (nextWord && entry.drop?.includes(nextWord.lower)) {
          end = at + 1;
          dropped = true;
        } else if (entry.needsDrop) continue;
        // “provide support for free”, “give treatment for nothing”: the price, not the object.
        if (dropped) {
          const after = tokens[end + 1];
          if (after && after.sentence === t.sentence && after.kind === 'word' && FOR_FREE.has(after.lower)) continue;
        }
        // The phrase must end at the noun: “make a payment plan” is not “pay”.
        if (!dropped && nextWord && !AFTER.has(nextWord.lower) && !/ly$/.test(nextWord.lower)) continue;
        const start = t.start;
        const stop = tokens[end]!.end;
        examples ??= exampleRanges(doc);
        links ??= externalLinkRanges(doc);
        if (overlaps(examples, start, stop) || overlaps(links, start, stop)) continue;
        const suggestions = [verbForm(entry, tense)];
        const linked = nextWord && ['about', 'on', 'with', 'regarding', 'around', 'to', 'of'].includes(nextWord.lower);
        if (entry.also && !linked) suggestions.push(verbForm({ ...entry, verb: entry.also, forms: {} }, tense));
        let suggestion = suggestions[0]!;
        const droppedWord = dropped ? tokens[end]!.lower : undefined;
        if (entry.object && droppedWord !== 'to') suggestion += readerBefore(tokens, i) ? ' us' : ' you';
        const kept = droppedWord ? entry.dropAs?.[droppedWord] : undefined;
        if (kept) suggestion += ` ${kept}`;
        suggestions[0] = suggestion;
        const capital = /^\p{Lu}/u.test(t.raw);
        const cased = suggestions.map((w) => (capital ? w.charAt(0).toUpperCase() + w.slice(1) : w));
        out.push({
          start,
          end: stop,
          written: doc.text.slice(start, stop).replace(/\s+/g, ' '),
          suggestion: cased[0]!,
          suggestions: cased,
          verb: entry.verb,
          noun: nounToken.lower,
          term: `${form.light} ${entry.nouns[0]}`,
          dropped,
        });
        i = end;
        break;
      }
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'hidden-verbs',
    description: 'A verb hidden in a noun, like “make a decision” (decide) or “carry out a review” (review), where the verb is shorter.',
    severity: 'suggestion',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'Finds a verb hidden in a noun: “make a decision” (decide), “carry out a review” (review), ' +
      '“give consideration to” (consider), “make a payment” (pay), “have a discussion about” (discuss). ' +
      'It suggests the verb in the same tense: “we made a decision” becomes “we decided”. ' +
      'It leaves alone a noun with a word that says more (“make an informed decision”), a noun that is ' +
      'part of a longer name (“a payment plan”), passives (“was given consideration”), and phrases ' +
      'the NHS uses, like “make an appointment” and “make a complaint”. The nouns and their verbs are ' +
      'in rules/data/hidden-verbs.json.',
    fixable: false,
    schema: (z) => z.strictObject({}),
    examples: {
      good: [
        { text: 'We decided to open the clinic. Make an informed decision about your care.' },
        { text: 'Set up a payment plan. You will have an assessment at home. The decision was made in May.' },
      ],
      bad: [
        { text: 'The board made a decision to close the ward.', count: 1, flags: ['made a decision'] },
        { text: 'We will carry out an assessment of your needs and give consideration to your views.', count: 2, flags: ['carry out an assessment of', 'give consideration to'] },
      ],
    },
  },
  check(doc, context) {
    for (const found of findHiddenVerbs(doc)) {
      context.report({
        span: { start: doc.pointAt(found.start), end: doc.pointAt(found.end) },
        message: `Use the verb: write ${quote(found.suggestion)} in place of ${quote(found.written)}.`,
        why: 'A verb is shorter than a noun with a verb in front of it, and it says who does what: “we decided” is clearer than “we made a decision”.',
        suggestions: found.suggestions,
        data: { term: found.term, verb: found.verb },
      });
    }
  },
});
