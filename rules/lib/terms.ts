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
 */
import type { Word } from 'nlcst';
import type { Block, LintDocument, ReportInput, RuleContext } from '../../src/types.js';
import { oncePer } from './memo.js';
import { exampleRanges, quotedTokens } from './mentions.js';
import { tokenise, tokensOf, type Token } from './tokens.js';

export interface TermContext {
  skipIfFollowedBy?: string[];
  /** Within the next 3 words (after an optional “of”), with no linking word between: “deliver better local services”. */
  skipIfSoonFollowedBy?: string[];
  skipIfPrecededBy?: string[];
  onlyIfFollowedBy?: string[];
  onlyIfPrecededBy?: string[];
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
  /** Any one of these sets may allow the match. */
  context: CompiledContext[] | undefined;
}

interface CompiledContext {
  skipIfFollowedBy: string[][];
  skipIfSoonFollowedBy: string[][];
  skipIfPrecededBy: string[][];
  onlyIfFollowedBy: string[][];
  onlyIfPrecededBy: string[][];
}

export interface TermMatcher<E extends TermEntry = TermEntry> {
  /** First token (lower case) → phrases, longest first. */
  byFirst: Map<string, Phrase<E>[]>;
  /** First token as written → case-sensitive phrases, longest first. */
  byFirstExact: Map<string, Phrase<E>[]>;
}

const compiled = new WeakMap<object, TermMatcher<any>>();

/** Compile a word list once (cached per list object). */
export function compileTerms<E extends TermEntry>(list: TermList<E> | E[]): TermMatcher<E> {
  const cached = compiled.get(list);
  if (cached) return cached;
  const entries = Array.isArray(list) ? list : list.entries;
  const byFirst = new Map<string, Phrase<E>[]>();
  const byFirstExact = new Map<string, Phrase<E>[]>();
  for (const entry of entries) {
    const caseSensitive = entry.caseSensitive === true;
    const context = compileContext(entry.context);
    for (const form of entry.match ?? []) {
      const raw = tokenise(form);
      if (!raw.length) continue;
      const tokens = caseSensitive ? raw : raw.map((t) => t.toLowerCase());
      const map = caseSensitive ? byFirstExact : byFirst;
      const key = tokens[0]!;
      const phrase: Phrase<E> = { entry, form: caseSensitive ? form : form.toLowerCase(), tokens, caseSensitive, context };
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

function compileContext(context: TermContext | TermContext[] | undefined): CompiledContext[] | undefined {
  if (!context) return undefined;
  const compile = (list: string[] | undefined) => (list ?? []).map((p) => tokenise(p).map((t) => t.toLowerCase())).filter((t) => t.length);
  return (Array.isArray(context) ? context : [context]).map((c) => ({
    skipIfFollowedBy: compile(c.skipIfFollowedBy),
    skipIfSoonFollowedBy: compile(c.skipIfSoonFollowedBy),
    skipIfPrecededBy: compile(c.skipIfPrecededBy),
    onlyIfFollowedBy: compile(c.onlyIfFollowedBy),
    onlyIfPrecededBy: compile(c.onlyIfPrecededBy),
  }));
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
  for (const block of doc.blocks) findInBlock(block, matcher, withExamples, out);
  return out;
}

/** Find the entries of a list in one block. */
export function findInBlock<E extends TermEntry>(
  block: Block,
  matcher: TermMatcher<E>,
  options: FindOptions,
  out: TermMatch<E>[],
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
    const lower = matcher.byFirst.get(token.lower);
    const exact = matcher.byFirstExact.get(token.text);
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
      if (bracketed?.[i] && bracketed[end]) continue;
      if (explainedAfter(tokens, end, entry)) continue;
      if (links === undefined) links = (options.skipExternalLinkText && externalLinks(block.node)) || null;
      if (links?.some(([s, e]) => tokens[i]!.start >= s && tokens[i]!.start < e)) continue;
      if (examples && overlaps(examples, tokens[i]!.start, tokens[end]!.end)) continue;
      const allowing = phrase.context?.find((c) => contextAllows(tokens, i, end, c));
      if (phrase.context && !allowing) continue;
      const following = allowing?.onlyIfFollowedBy.find((p) => followedBy(tokens, end, p));
      const first = tokens[i]!;
      const last = tokens[end]!;
      out.push({
        entry,
        form: phrase.form,
        text: tokens
          .slice(i, end + 1)
          .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + textOfToken(t))
          .join(''),
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
      if (following) {
        const tail = tokens.slice(end + 1, end + 1 + following.length);
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

const CODE_CHARS = /[{};=$<>]/g;
/** A block that is really code someone forgot to fence: `.nhsuk-example { color: $blue; }`. */
function looksLikeCode(text: string): boolean {
  if (!text.includes('{') && !text.includes('}')) return false;
  return (text.match(CODE_CHARS)?.length ?? 0) >= 3;
}

/** Source ranges of links to other websites inside a block's mdast node. */
function externalLinks(node: unknown): Array<[number, number]> | undefined {
  let out: Array<[number, number]> | undefined;
  const walk = (n: { type?: string; url?: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (n.type === 'link' && /^(https?:)?\/\//i.test(n.url ?? '') && n.position) {
      (out ??= []).push([n.position.start.offset ?? 0, n.position.end.offset ?? 0]);
      return;
    }
    for (const child of n.children ?? []) walk(child as typeof n);
  };
  walk(node as Parameters<typeof walk>[0]);
  return out;
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

/** Does the phrase match at tokens[i]? Returns the index of its last token, or -1. */
function matchAt<E>(tokens: Token[], i: number, phrase: Phrase<E>): number {
  const sentence = tokens[i]!.sentence;
  for (let k = 0; k < phrase.tokens.length; k++) {
    const t = tokens[i + k];
    if (!t || t.sentence !== sentence || t.kind === 'source') return -1;
    const want = phrase.tokens[k]!;
    if ((phrase.caseSensitive ? t.text : t.lower) !== want) return -1;
    // Punctuation inside a phrase must be written tight, as in the list ("A&E").
    if (k > 0 && t.kind === 'punct' && t.spaceBefore) return -1;
  }
  const last = tokens[i + phrase.tokens.length - 1]!;
  return last.kind === 'word' ? i + phrase.tokens.length - 1 : -1;
}

/** Do the words after tokens[end] (same sentence) start with this phrase? */
function followedBy(tokens: Token[], end: number, phrase: string[]): boolean {
  const sentence = tokens[end]!.sentence;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[end + 1 + k];
    if (!t || t.sentence !== sentence || t.lower !== phrase[k]) return false;
  }
  return true;
}

/** Do the words before tokens[start] (same sentence) end with this phrase? */
function precededBy(tokens: Token[], start: number, phrase: string[]): boolean {
  const sentence = tokens[start]!.sentence;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[start - phrase.length + k];
    if (!t || t.sentence !== sentence || t.lower !== phrase[k]) return false;
  }
  return true;
}

/** Words that link the match to something else, so a phrase after them is not what the match acts on. */
const LINKING = new Set(['to', 'for', 'in', 'across', 'within', 'into', 'through', 'on', 'and', 'or', 'with', 'by', 'from', 'than', 'at', 'of']);

/** Does the phrase start within the next 3 words (after an optional “of”), with no linking word between? */
function soonFollowedBy(tokens: Token[], end: number, phrase: string[]): boolean {
  const sentence = tokens[end]!.sentence;
  let at = end;
  if (tokens[at + 1]?.lower === 'of' && tokens[at + 1]!.sentence === sentence) at++;
  for (let k = 0; k < 3; k++) {
    if (followedBy(tokens, at, phrase)) return true;
    const next = tokens[at + 1];
    if (!next || next.sentence !== sentence || next.kind !== 'word' || LINKING.has(next.lower)) return false;
    at++;
  }
  return false;
}

function contextAllows(tokens: Token[], start: number, end: number, c: CompiledContext): boolean {
  if (c.skipIfFollowedBy.some((p) => followedBy(tokens, end, p))) return false;
  if (c.skipIfSoonFollowedBy.some((p) => soonFollowedBy(tokens, end, p))) return false;
  if (c.skipIfPrecededBy.some((p) => precededBy(tokens, start, p))) return false;
  if (c.onlyIfFollowedBy.length && !c.onlyIfFollowedBy.some((p) => followedBy(tokens, end, p))) return false;
  if (c.onlyIfPrecededBy.length && !c.onlyIfPrecededBy.some((p) => precededBy(tokens, start, p))) return false;
  return true;
}

/** "haemorrhoids (piles)": the term is explained by one of its alternatives in brackets right after it. */
function explainedAfter(tokens: Token[], end: number, entry: TermEntry): boolean {
  const open = tokens[end + 1];
  if (!open || open.text !== '(' || !entry.alternatives?.length) return false;
  const words: string[] = [];
  for (let k = end + 2; k < tokens.length && k < end + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ')') {
      const inside = words.join(' ');
      return entry.alternatives.some((a) => a.toLowerCase() === inside);
    }
    if (t.kind === 'word') words.push(t.lower);
  }
  return false;
}

/**
 * Mark words explained the NHS way, "piles (haemorrhoids)": in brackets (up to 6 words, like
 * "also called haemorrhoids") right after other words.
 */
function bracketTokens(tokens: Token[]): boolean[] | undefined {
  let marks: boolean[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== '(') continue;
    const before = tokens[i - 1]!;
    if (before.kind !== 'word' || before.sentence !== t.sentence) continue;
    let words = 0;
    for (let j = i + 1; j < tokens.length && j < i + 12; j++) {
      const u = tokens[j]!;
      if (u.text === ')') {
        if (words > 0 && words <= 6) {
          marks ??= new Array<boolean>(tokens.length).fill(false);
          for (let k = i + 1; k < j; k++) marks[k] = true;
        }
        i = j;
        break;
      }
      if (u.kind === 'word') words++;
      else if (u.text === '(') break;
    }
  }
  return marks;
}

/**
 * Write a replacement with the writer's capitals: "Utilise" → "Use", "UTILISE" → "USE".
 */
export function matchCase(written: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = written.replace(/[^\p{L}]/gu, '');
  // A fix keeps the writer's capitals, so the swap is safe ("UTILISE" → "USE"); suggestions
  // use suggestCase, which does not shout.
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = letters.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * A suggestion in the writer's case, sensibly: “Utilise” → “Use”, but a word written in capitals
 * (“BAME”, or shouting like “UTILISE”) does not make the suggestion shout: “ethnic minorities”,
 * with a capital first letter when the words start the sentence. Fixes keep using matchCase.
 */
export function suggestCase(written: string, replacement: string, startsSentence = false): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  const firstWord = written.split(/\s+/)[0]!.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // “GUM clinic”: an acronym first is not a reason for a capital.
  const acronymFirst = firstWord.length > 1 && firstWord === firstWord.toUpperCase() && firstWord !== firstWord.toLowerCase();
  if (shouting || acronymFirst) {
    return startsSentence ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  }
  return matchCase(written, replacement);
}

/** Curly-quote a phrase for a message, on one line. */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

/** The entry's alternatives with the writer's capitals. */
export function alternativesFor(match: TermMatch): string[] {
  return (match.entry.alternatives ?? []).map((a) => suggestCase(match.text, a, match.startsSentence));
}

/**
 * A safe fix that swaps the matched words for `replacement`: only when the source holds the
 * words plainly (no markup, escapes or code inside the match).
 */
export function termFix(doc: LintDocument, match: TermMatch, replacement: string): { range: [number, number]; text: string } | undefined {
  const source = doc.text.slice(match.start, match.end);
  if (source.replace(/\s+/g, ' ') !== match.text) return undefined;
  return { range: [match.start, match.end], text: matchCase(match.text, replacement) };
}

/**
 * Report one term match the way every word-list rule does: on the matched words (or the whole
 * phrase, with `wide`), the entry's reason, its alternatives with the writer's capitals (or
 * `fallback` when it has none), and a safe fix when the entry allows one.
 */
export function reportTerm(
  doc: LintDocument,
  context: RuleContext<any>,
  match: TermMatch,
  words: { message: string; why: string; fallback?: string; wide?: boolean },
): void {
  const suggestions = alternativesFor(match);
  const input: ReportInput = {
    from: match.from,
    to: (words.wide ? match.contextTo : undefined) ?? match.to,
    message: words.message,
    why: match.entry.reason ?? words.why,
    suggestions: suggestions.length || !words.fallback ? suggestions : [words.fallback],
    data: { term: match.entry.id },
  };
  const first = match.entry.alternatives?.[0];
  if (match.entry.fix && first) {
    const fix = termFix(doc, match, first);
    if (fix) input.fix = fix;
  }
  context.report(input);
}

/**
 * Does [start, end) overlap one of the ranges? The ranges must be sorted and must not overlap
 * each other (as findTerms returns them). Binary search, so checking many spans stays fast.
 */
export function overlaps(ranges: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (e <= start) lo = mid + 1;
    else if (s >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Sorted source ranges of every link to another website in the document (for `overlaps`). */
export const externalLinkRanges: (doc: LintDocument) => Array<[number, number]> = oncePer((doc: LintDocument) =>
  (externalLinks(doc.mdast) ?? []).sort((a, b) => a[0] - b[0]),
);
