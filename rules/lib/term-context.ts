/**
 * The context keys of a word-list entry (rules/data/README.md): the neighbouring words in the
 * same sentence that decide whether a match is flagged. Used by the phrase matcher (terms.ts).
 * Each key holds words and phrases, or sequences of words (term-sequence.ts).
 */
import type { TermContext } from './terms.js';
import { compileSequence, isSequence, matchSequence, type CompiledSequence, type ContextPhrase } from './term-sequence.js';
import { tokenise, type Token } from './tokens.js';

/** A phrase as lower-case tokens, or a sequence. */
export type Pattern = string[] | CompiledSequence;

export interface CompiledContext {
  skipIfFollowedBy: Pattern[];
  skipIfSoonFollowedBy: Pattern[];
  skipIfPrecededBy: Pattern[];
  onlyIfFollowedBy: Pattern[];
  onlyIfPrecededBy: Pattern[];
}

export function compileContext(context: TermContext | TermContext[] | undefined): CompiledContext[] | undefined {
  if (!context) return undefined;
  const compile = (list: ContextPhrase[] | undefined) =>
    (list ?? []).map((p) => (isSequence(p) ? compileSequence(p) : tokenise(p).map((t) => t.toLowerCase()))).filter((t) => !Array.isArray(t) || t.length);
  return (Array.isArray(context) ? context : [context]).map((c) => ({
    skipIfFollowedBy: compile(c.skipIfFollowedBy),
    skipIfSoonFollowedBy: compile(c.skipIfSoonFollowedBy),
    skipIfPrecededBy: compile(c.skipIfPrecededBy),
    onlyIfFollowedBy: compile(c.onlyIfFollowedBy),
    onlyIfPrecededBy: compile(c.onlyIfPrecededBy),
  }));
}

/** Do the words after tokens[end] (same sentence) start with this pattern? The index of its last token, or -1. */
export function followedTo(tokens: Token[], end: number, pattern: Pattern): number {
  const sentence = tokens[end]!.sentence;
  if (!Array.isArray(pattern)) return matchSequence(tokens, end + 1, sentence, pattern, 1);
  for (let k = 0; k < pattern.length; k++) {
    const t = tokens[end + 1 + k];
    if (!t || t.sentence !== sentence || t.lower !== pattern[k]) return -1;
  }
  return end + pattern.length;
}

/** Do the words after tokens[end] (same sentence) start with this pattern? */
export function followedBy(tokens: Token[], end: number, pattern: Pattern): boolean {
  return followedTo(tokens, end, pattern) >= 0;
}

/** Is there a word before tokens[start] in its block? */
function hasWordBefore(tokens: Token[], start: number): boolean {
  for (let k = 0; k < start; k++) if (tokens[k]!.kind === 'word') return true;
  return false;
}

/**
 * Do the words before tokens[start] (same sentence) end with this pattern? A list item's first
 * word (the block's first) reads on from its lead-in line (“We will:” then “- focus on prevention”): `lead` is that
 * line's last sentence, less its colon, and stands before it.
 */
function precededBy(tokens: Token[], start: number, pattern: Pattern, lead?: Token[]): boolean {
  if (lead?.length && !hasWordBefore(tokens, start)) return precededBy(lead, lead.length, pattern);
  // (start is past the end for a lead-in line: its last sentence)
  const sentence = (tokens[start] ?? tokens[start - 1])!.sentence;
  if (!Array.isArray(pattern)) return matchSequence(tokens, start - 1, sentence, pattern, -1) >= 0;
  for (let k = 0; k < pattern.length; k++) {
    const t = tokens[start - pattern.length + k];
    if (!t || t.sentence !== sentence || t.lower !== pattern[k]) return false;
  }
  return true;
}

/** Words that link the match to something else, so a phrase after them is not what the match acts on. */
const LINKING = new Set(['to', 'for', 'in', 'across', 'within', 'into', 'through', 'on', 'and', 'or', 'with', 'by', 'from', 'than', 'at', 'of']);

/** Does the pattern start within the next 3 words (after an optional “of”), with no linking word between? */
function soonFollowedBy(tokens: Token[], end: number, pattern: Pattern): boolean {
  const sentence = tokens[end]!.sentence;
  let at = end;
  if (tokens[at + 1]?.lower === 'of' && tokens[at + 1]!.sentence === sentence) at++;
  for (let k = 0; k < 3; k++) {
    if (followedBy(tokens, at, pattern)) return true;
    const next = tokens[at + 1];
    if (!next || next.sentence !== sentence || next.kind !== 'word' || LINKING.has(next.lower)) return false;
    at++;
  }
  return false;
}

/** Does the context set allow the match at tokens[start..end]? `lead`: a list item's lead-in line (precededBy). */
export function contextAllows(tokens: Token[], start: number, end: number, c: CompiledContext, lead?: Token[]): boolean {
  if (c.skipIfFollowedBy.some((p) => followedBy(tokens, end, p))) return false;
  if (c.skipIfSoonFollowedBy.some((p) => soonFollowedBy(tokens, end, p))) return false;
  if (c.skipIfPrecededBy.some((p) => precededBy(tokens, start, p, lead))) return false;
  if (c.onlyIfFollowedBy.length && !c.onlyIfFollowedBy.some((p) => followedBy(tokens, end, p))) return false;
  if (c.onlyIfPrecededBy.length && !c.onlyIfPrecededBy.some((p) => precededBy(tokens, start, p, lead))) return false;
  return true;
}
