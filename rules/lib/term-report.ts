/**
 * How the word-list rules word a finding: suggestions in the writer's case, quoted terms, safe
 * fixes, and one finding for one match (reportTerm).
 */
import type { LintDocument, ReportInput, RuleContext } from '../../src/types.js';
import type { TermMatch } from './terms.js';

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
  words: { message: string; why: string; fallback?: string; wide?: boolean; term?: string | undefined },
): void {
  const suggestions = alternativesFor(match);
  const input: ReportInput = {
    from: match.from,
    to: (words.wide ? match.contextTo : undefined) ?? match.to,
    message: words.message,
    why: match.entry.reason ?? words.why,
    suggestions: suggestions.length || !words.fallback ? suggestions : [words.fallback],
    // the entry's id, and a key the rule gives to several entries of one word (uk-spelling's forms)
    data: words.term ? { term: match.entry.id, termGroup: words.term } : { term: match.entry.id },
  };
  const first = match.entry.alternatives?.[0];
  if (match.entry.fix && first) {
    const fix = termFix(doc, match, first);
    if (fix) input.fix = fix;
  }
  context.report(input);
}
