/**
 * A shared phrase matcher for the word lists in rules/data (jargon, simpler words, UK spelling,
 * inclusive language).
 *
 * Linear in the length of the document: each list is compiled once into a Map from its first
 * word to the phrases that start with it, then every block is walked once, word by word.
 *
 * It sees words the way a reader does:
 * - phrases match across any spacing or line break, and hyphenated words ("place-based") are one word;
 * - code and web addresses (nlcst SourceNodes) are never matched;
 * - entry.context looks at the neighbouring words in the same sentence;
 * - a term explained the NHS way, "piles (haemorrhoids)", or "haemorrhoids (piles)", is left alone;
 * - a term quoted to talk about it, 'do not say "leverage"', or in a list after "We do not say:",
 *   is a mention (mentions.ts), not a use: it is not matched, so it cannot hide a use next to it.
 *
 * The parts: term-context.ts (the context keys) with term-sequence.ts (words in order),
 * term-skip.ts (what is left alone: code, links, words explained in brackets) and term-report.ts
 * (how a finding is worded and fixed). This file re-exports what rules import from it.
 */
import type { Word } from 'nlcst';
import type { Block, LintDocument } from '../../src/types.js';
import { exampleRanges, quotedTokens } from './mentions.js';
import { compileContext, contextAllows, followedTo, type CompiledContext } from './term-context.js';
import type { ContextPhrase } from './term-sequence.js';
import { bracketTokens, explainedAfter, externalLinks, looksLikeCode, overlaps } from './term-skip.js';
import { tokenise, tokensOf, type Token } from './tokens.js';

export { alternativesFor, matchCase, quote, reportTerm, suggestCase, termFix } from './term-report.js';
export { externalLinkRanges, overlaps } from './term-skip.js';
export type { ContextPhrase, ContextSequence, SequenceStep, WordKind } from './term-sequence.js';

/** Each key holds words and phrases, or sequences of words: { "sequence": [...] } (term-sequence.ts). */
export interface TermContext {
  skipIfFollowedBy?: ContextPhrase[];
  /** Within the next 3 words (after an optional “of”), with no linking word between: “deliver better local services”. */
  skipIfSoonFollowedBy?: ContextPhrase[];
  skipIfPrecededBy?: ContextPhrase[];
  onlyIfFollowedBy?: ContextPhrase[];
  onlyIfPrecededBy?: ContextPhrase[];
}

/** One entry of a word list (rules/data/README.md). Lists may add fields of their own. */
export interface TermEntry {
  id: string;
  match: string[];
  alternatives?: string[];
  reason?: string;
  source?: string;
  fix?: boolean;
  caseSensitive?: boolean;
  /** The words around a match that decide whether it is flagged; a list of sets: any one that allows it. */
  context?: TermContext | TermContext[];
  presets?: string[];
  [key: string]: unknown;
}

export interface TermList<E extends TermEntry = TermEntry> {
  name?: string;
  description?: string;
  entries: E[];
  /**
   * Match each form's other common spellings too: a hyphenated form with spaces (“self-manage”,
   * “self manage”), a phrase of 2 to 4 words with hyphens (“free of charge”, “free-of-charge”) and
   * the American spelling (“optimize”, “person-centered”). A spelling that is another form of the
   * list, or an entry's alternative (“log in” for “log-in”), is left to that entry.
   */
  spellings?: boolean;
}

export interface TermMatch<E extends TermEntry = TermEntry> {
  entry: E;
  /** The form from entry.match that matched (lower case unless the entry is case sensitive). */
  form: string;
  /** The words as written in the source, with spacing made single. */
  text: string;
  /** First and last word nodes: pass them to context.report({ from, to }). */
  from: Word;
  to: Word;
  /** Source offsets of the whole match. */
  start: number;
  end: number;
  block: Block;
  /** The word right before and right after the match in the same sentence, as written (if any). */
  before?: string | undefined;
  after?: string | undefined;
  /** True when the match starts its sentence (no word before it). */
  startsSentence: boolean;
  /** True when the word right before the match is the first word of its sentence. */
  secondInSentence?: boolean;
  /**
   * When the entry fires only before certain words ("drive" before "improvement"), the last of
   * those words: report from `from` to `contextTo` so the writer sees “drive improvement”.
   * Fixes still replace only the term itself.
   */
  contextTo?: Word | undefined;
  /** The term with its context words, as written: “drive improvement”. */
  contextText?: string | undefined;
}

interface Phrase<E> {
  entry: E;
  form: string;
  tokens: string[];
  caseSensitive: boolean;
}

export interface TermMatcher<E extends TermEntry = TermEntry> {
  /** First token (lower case) → phrases, longest first. */
  byFirst: Map<string, Phrase<E>[]>;
  /** First token as written → case-sensitive phrases, longest first. */
  byFirstExact: Map<string, Phrase<E>[]>;
}

const compiled = new WeakMap<object, TermMatcher<any>>();

/**
 * An entry's context keys, compiled the first time one of its forms matches, then kept. Most
 * entries never match on a page, and compiling every entry's words and sequences up front was
 * most of a word list's set-up: tens of milliseconds a list, paid on every run of the command.
 */
const compiledContexts = new WeakMap<TermEntry, CompiledContext[]>();
function contextOf(entry: TermEntry): CompiledContext[] | undefined {
  if (!entry.context) return undefined;
  let context = compiledContexts.get(entry);
  if (!context) {
    context = compileContext(entry.context)!;
    compiledContexts.set(entry, context);
  }
  return context;
}

/** Compile a word list once (cached per list object). */
export function compileTerms<E extends TermEntry>(list: TermList<E> | E[]): TermMatcher<E> {
  const cached = compiled.get(list);
  if (cached) return cached;
  const entries = Array.isArray(list) ? list : list.entries;
  const byFirst = new Map<string, Phrase<E>[]>();
  const byFirstExact = new Map<string, Phrase<E>[]>();
  const taken = !Array.isArray(list) && list.spellings ? takenForms(entries) : undefined;
  for (const entry of entries) {
    const caseSensitive = entry.caseSensitive === true;
    for (const form of taken ? withSpellings(entry, taken) : entry.match ?? []) {
      const raw = tokenise(form);
      if (!raw.length) continue;
      const tokens = caseSensitive ? raw : raw.map((t) => t.toLowerCase());
      const map = caseSensitive ? byFirstExact : byFirst;
      const key = tokens[0]!;
      const phrase: Phrase<E> = { entry, form: caseSensitive ? form : form.toLowerCase(), tokens, caseSensitive };
      const list = map.get(key);
      if (list) list.push(phrase);
      else map.set(key, [phrase]);
    }
  }
  for (const map of [byFirst, byFirstExact]) for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const matcher = { byFirst, byFirstExact };
  compiled.set(list, matcher);
  return matcher;
}


/** Every form and alternative of a list, lower case: a way of writing that one of them already is. */
function takenForms(entries: TermEntry[]): Set<string> {
  const taken = new Set<string>();
  for (const e of entries) for (const w of [...(e.match ?? []), ...(e.alternatives ?? [])]) taken.add(w.toLowerCase());
  return taken;
}

/** A phrase of 2 to 4 plain words: “free of charge”. */
const SPACED = /^\p{L}+(?: \p{L}+){1,3}$/u;
/** A word with hyphens between letters: “self-manage”, “state-of-the-art”. */
const HYPHENED = /^\p{L}+(?:-\p{L}+)+$/u;

/** The American spelling of a word's British ending: “optimise” → “optimize”, “analyse” → “analyze”, “centred” → “centered”. */
function american(form: string): string {
  return form.replace(/(\p{L}{2})([iy])s(e|es|ed|ing|ation|ations)\b/gu, '$1$2z$3').replace(/(\p{L})tre(s|d)?\b/gu, (_, a: string, end?: string) => `${a}ter${end === 'd' ? 'ed' : end ?? ''}`);
}

/** An entry's forms, and their other common spellings (TermList.spellings) unless the list has them already. */
function withSpellings(entry: TermEntry, taken: Set<string>): string[] {
  const forms = [...(entry.match ?? [])];
  const add = (other: string | undefined) => {
    if (other && !taken.has(other.toLowerCase()) && !forms.includes(other)) forms.push(other);
  };
  for (const form of entry.match ?? []) {
    const joined = HYPHENED.test(form) ? form.replace(/-/g, ' ') : SPACED.test(form) ? form.replace(/ /g, '-') : undefined;
    add(joined);
    if (entry.caseSensitive) continue;
    add(american(form));
    if (joined) add(american(joined));
  }
  return forms;
}

export interface FindOptions {
  /** The preset in force: entries with `presets` that leave it out are skipped. */
  preset?: string | undefined;
  /** Leave terms in quotation marks alone (default true). */
  skipQuoted?: boolean;
  /** Leave terms explained in brackets alone (default true). */
  skipBracketed?: boolean;
  /**
   * Leave alone the text of links to other websites: it is usually the title of someone else's
   * page, like “Developer and integration hub”, which the writer cannot change.
   */
  skipExternalLinkText?: boolean;
  /** Sorted source ranges to leave alone (see exampleRanges). */
  examples?: Array<[number, number]>;
}

/** Find every entry of a compiled list in the document, in document order. */
export function findTerms<E extends TermEntry>(
  doc: LintDocument,
  list: TermList<E> | E[] | TermMatcher<E>,
  options: FindOptions = {},
): TermMatch<E>[] {
  const matcher = 'byFirst' in list ? list : compileTerms(list);
  const out: TermMatch<E>[] = [];
  const withExamples = options.examples ? options : { ...options, examples: exampleRanges(doc) };
  // The lead-in line of the list being read: its items read on from it (leadIn).
  let lead: Token[] | undefined;
  for (const block of doc.blocks) {
    if (!block.inList) lead = leadIn(block);
    findInBlock(block, matcher, withExamples, out, block.inList ? lead : undefined);
  }
  return out;
}

/**
 * The last sentence of a paragraph that ends with a colon (“This year we will:”), less the colon:
 * the words a list item after it reads on from.
 */
function leadIn(block: Block): Token[] | undefined {
  if (block.kind !== 'paragraph' || !/:\s*$/.test(block.text)) return undefined;
  const tokens = tokensOf(block);
  const last = tokens[tokens.length - 1];
  if (last?.text !== ':') return undefined;
  return tokens.filter((t) => t.sentence === last.sentence).slice(0, -1);
}

/** Find the entries of a list in one block (`lead`: the lead-in line of the list item it is in). */
export function findInBlock<E extends TermEntry>(
  block: Block,
  matcher: TermMatcher<E>,
  options: FindOptions,
  out: TermMatch<E>[],
  lead?: Token[],
): void {
  if (looksLikeCode(block.text)) return;
  const tokens = tokensOf(block);
  if (!tokens.length) return;
  const examples = options.examples?.length ? options.examples : undefined;
  // Quotes, brackets and links matter only around a match, and most blocks have none: find
  // them when first needed (undefined: not looked for yet; null: none to skip).
  let links: Array<[number, number]> | null | undefined;
  let quoted: boolean[] | null | undefined;
  let bracketed: boolean[] | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const lower = matcher.byFirst.get(token.lower) ?? possessiveForms(matcher.byFirst, token.lower);
    const exact = matcher.byFirstExact.get(token.text) ?? startCapital(block, tokens, i, matcher) ?? possessiveForms(matcher.byFirstExact, token.text);
    if (!lower && !exact) continue;
    const candidates = !exact ? lower! : !lower ? exact : [...lower, ...exact].sort((a, b) => b.tokens.length - a.tokens.length);
    for (const phrase of candidates) {
      const end = matchAt(tokens, i, phrase);
      if (end < 0) continue;
      const entry = phrase.entry;
      if (entry.presets && options.preset && !entry.presets.includes(options.preset)) continue;
      if (quoted === undefined) quoted = (options.skipQuoted !== false && quotedTokens(tokens)) || null;
      if (quoted?.[i] && quoted[end]) continue;
      if (bracketed === undefined) bracketed = (options.skipBracketed !== false && bracketTokens(tokens)) || null;
      // The words in brackets name the word before (“piles (haemorrhoids)”, “(also called
      // haemorrhoids)”) only when the term ends them: “(regarding parking)” uses it.
      if (bracketed?.[i] && bracketed[end] && tokens[end + 1]?.text === ')') continue;
      if (explainedAfter(tokens, end, entry)) continue;
      if (links === undefined) links = (options.skipExternalLinkText && externalLinks(block.node)) || null;
      if (links?.some(([s, e]) => tokens[i]!.start >= s && tokens[i]!.start < e)) continue;
      if (examples && overlaps(examples, tokens[i]!.start, tokens[end]!.end)) continue;
      // Any one of the entry's context sets may allow the match.
      const context = contextOf(entry);
      const allowing = context?.find((c) => contextAllows(tokens, i, end, c, lead));
      if (context && !allowing) continue;
      // The last token of the first onlyIfFollowedBy phrase or sequence that allows the match.
      let following = -1;
      for (const p of allowing?.onlyIfFollowedBy ?? []) if ((following = followedTo(tokens, end, p)) >= 0) break;
      const first = tokens[i]!;
      const last = tokens[end]!;
      out.push({
        entry,
        form: phrase.form,
        text: matchedText(tokens, i, end, phrase.caseSensitive ? phrase.tokens.at(-1)!.toLowerCase() : phrase.tokens.at(-1)!),
        from: first.first!,
        to: last.last!,
        start: first.start,
        end: last.end,
        block,
        before: neighbour(tokens, i, -1),
        after: neighbour(tokens, end, 1),
        startsSentence: !tokens.slice(Math.max(0, i - 3), i).some((t) => t.kind === 'word' && t.sentence === first.sentence),
        secondInSentence: secondWord(tokens, i),
      });
      if (following > end) {
        const tail = tokens.slice(end + 1, following + 1);
        const lastWord = [...tail].reverse().find((t) => t.kind === 'word');
        if (lastWord) {
          const match = out[out.length - 1]!;
          match.contextTo = lastWord.last;
          match.contextText = match.text + tail.map((t) => (t.spaceBefore ? ' ' : '') + t.raw).join('');
        }
      }
      i = end;
      break;
    }
  }
}


function textOfToken(t: Token): string {
  return t.raw;
}

/** The next word token before or after tokens[i] in the same sentence, if it is right there. */
function neighbour(tokens: Token[], i: number, step: 1 | -1): string | undefined {
  const t = tokens[i + step];
  if (!t || t.kind !== 'word' || t.sentence !== tokens[i]!.sentence) return undefined;
  return textOfToken(t);
}

/** Is tokens[i] the second word of its sentence (the word right before it starts the sentence)? */
function secondWord(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || before.sentence !== tokens[i]!.sentence) return false;
  return !tokens.slice(Math.max(0, i - 4), i - 1).some((t) => t.kind === 'word' && t.sentence === before.sentence);
}

/**
 * A case-sensitive form in lower case (“primary care”, kept apart from the name “Primary Care
 * Network”) with the capital that only starts a sentence: “Primary care is busy.” Not in a heading,
 * where a capital may start a name or a title (“Hubs”), and not before a word with a capital.
 */
function startCapital<E extends TermEntry>(block: Block, tokens: Token[], i: number, matcher: TermMatcher<E>): Phrase<E>[] | undefined {
  const t = tokens[i]!;
  if (block.kind === 'heading' || !/^\p{Lu}\p{Ll}/u.test(t.text)) return undefined;
  const phrases = matcher.byFirstExact.get(t.text.charAt(0).toLowerCase() + t.text.slice(1));
  if (!phrases) return undefined;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === t.sentence; k--) if (tokens[k]!.kind === 'word') return undefined;
  return phrases.filter((p) => {
    const next = tokens[i + p.tokens.length];
    return !(next?.kind === 'word' && next.sentence === t.sentence && /^\p{Lu}/u.test(next.text));
  });
}

/** One-word forms for a possessive, “stakeholder’s” (the word itself, matchAt). */
function possessiveForms<E extends TermEntry>(map: Map<string, Phrase<E>[]>, word: string): Phrase<E>[] | undefined {
  if (!word.endsWith("'s")) return undefined;
  return map.get(word.slice(0, -2))?.filter((p) => p.tokens.length === 1);
}

/** Words whose “’s” is “is” or “us” (“that's”, “let's”), not a possessive. */
const NOT_POSSESSIVE = new Set(['it', 'that', 'what', 'who', 'he', 'she', 'there', 'here', 'let', 'where', 'how', 'when', 'this', 'one']);

/** “stakeholder’s” for the form “stakeholder”: a possessive is the word itself (apostrophes are straight in tokens). */
function possessiveOf(got: string, want: string): boolean {
  return got.length === want.length + 2 && got.endsWith("'s") && got.startsWith(want) && !want.endsWith("'s") && !NOT_POSSESSIVE.has(want);
}

/** The words of a match as written, less the “’s” of a possessive on its last word (“stakeholder’s” is “stakeholder”). */
function matchedText(tokens: Token[], i: number, end: number, last: string): string {
  const text = tokens
    .slice(i, end + 1)
    .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + textOfToken(t))
    .join('');
  const got = tokens[end]!.lower;
  return got !== last && possessiveOf(got, last) ? text.slice(0, -2) : text;
}

/** Does the phrase match at tokens[i]? Returns the index of its last token, or -1. */
function matchAt<E>(tokens: Token[], i: number, phrase: Phrase<E>): number {
  const sentence = tokens[i]!.sentence;
  for (let k = 0; k < phrase.tokens.length; k++) {
    const t = tokens[i + k];
    if (!t || t.sentence !== sentence || t.kind === 'source') return -1;
    const want = phrase.tokens[k]!;
    // The first word may have the capital that starts a sentence (startCapital).
    const text = phrase.caseSensitive && k === 0 && t.text !== want ? t.text.charAt(0).toLowerCase() + t.text.slice(1) : t.text;
    const got = phrase.caseSensitive ? text : t.lower;
    if (got !== want && !(k === phrase.tokens.length - 1 && possessiveOf(got, want))) return -1;
    // Punctuation inside a phrase must be written tight, as in the list ("A&E").
    if (k > 0 && t.kind === 'punct' && t.spaceBefore) return -1;
  }
  const last = tokens[i + phrase.tokens.length - 1]!;
  return last.kind === 'word' ? i + phrase.tokens.length - 1 : -1;
}

