/**
 * The words a report for people shows for a group (src/report/group.ts): its title, the list of
 * its words with their counts, each word's own advice, and the reason they share. Plain string
 * building with no Node modules, so the checker page uses it too.
 */
import type { Finding } from '../types.js';
import { adviceKey, type FindingGroup, type TermGroup } from './group.js';
import { endSentence } from './plain.js';

/**
 * Titles for groups of several words that read better than the first message with "the same
 * for": by rule and check. A title a rule does not have here falls back to that form, which
 * reads well for every message.
 */
const TITLES: Record<string, string> = {
  'house-style/contractions': 'Write these in full',
  'house-style/dates': 'Write these dates in house style',
  'house-style/times': 'Write these times in house style',
  'house-style/ordinals': 'Write these in house style',
  'house-style/terms': 'Write these words as house style does',
  'house-style/ranges': 'Use “to” in these ranges',
  numbers: 'Write these numbers as numerals',
};

function checkOf(f: Finding): string {
  const data = f.data as { check?: unknown; kind?: unknown } | undefined;
  return typeof data?.check === 'string' ? data.check : typeof data?.kind === 'string' ? data.kind : '';
}

/**
 * The words of a term as its message names them (the link text, not the markdown link), or as
 * first flagged when the message quotes more than one thing; short and on one line.
 */
export function termWords(term: TermGroup, max = 30): string {
  const f = term.findings[0]!;
  const quoted = [...f.message.matchAll(/“([^”]+)”/g)];
  const flat = (quoted.length === 1 ? quoted[0]![1]! : f.excerpt).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** “don't” (3 times), “can't” (2 times) and “won't”; after `max` words, "and 4 more". */
export function termList(terms: readonly TermGroup[], max = 6): string {
  const shown = terms.slice(0, max).map((t) => `“${termWords(t)}”${t.findings.length > 1 ? ` (${t.findings.length} times)` : ''}`);
  const more = terms.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

/** True when the group names several different words (each with its own places and advice). */
export function severalWords(group: FindingGroup): boolean {
  return group.term && group.terms.length > 1;
}

/**
 * What the report says for the group as a whole. One word, or the same problem in several
 * sentences: the first finding's message. Several words: a title naming them all, such as
 * "Write these in full: “don't” (3 times) and “can't”." or "There is a simpler way to say
 * “utilise”. The same for “in order to” and “commence”."
 */
export function groupTitle(group: FindingGroup): string {
  const first = group.findings[0]!;
  if (!severalWords(group)) return first.message;
  const label = TITLES[`${first.ruleId}/${checkOf(first)}`] ?? TITLES[first.ruleId];
  if (label) return `${label}: ${termList(group.terms)}.`;
  return `${endSentence(first.message)} The same for ${termList(group.terms.slice(1))}.`;
}

/** What to write instead of one term: its first finding's suggestions, joined with "or". */
export function termAdvice(term: TermGroup): string | undefined {
  const s = term.findings[0]!.suggestions;
  return s?.length ? s.join(' or ') : undefined;
}

/** The reason every finding of the group gives, or undefined when the words have their own reasons. */
export function sharedWhy(group: FindingGroup): string | undefined {
  const why = group.findings[0]!.why;
  return group.findings.every((f) => f.why === why) ? why : undefined;
}

/** The words flagged most often, for a document's summary: “stakeholders” 4 times, … (only words flagged more than once). */
export function topTerms(groups: readonly FindingGroup[], max = 3): string[] {
  return groups
    .filter((g) => g.term)
    .flatMap((g) => g.terms)
    .filter((t) => t.findings.length > 1)
    .sort((a, b) => b.findings.length - a.findings.length)
    .slice(0, max)
    .map((t) => `“${termWords(t)}” ${t.findings.length} times`);
}

/**
 * What to say beside a place of a group, so each place is clear on its own: for words, the words
 * when they differ from the first place's; for sentences, the finding's own message when it names
 * another problem (a long sentence in a section with a long average), or what it names when that
 * differs (another section). Undefined when the place says the same as the first.
 */
export function placeNote(group: FindingGroup, f: Finding): string | undefined {
  const first = group.findings[0]!;
  if (f === first) return undefined;
  // A place in an image's alt text says so: the writer would not look for it there.
  const note = wordsNote(group, f, first);
  if (!inAltText(f) || inAltText(first)) return note;
  return note ? `${note}, in alt text` : 'in alt text';
}

function inAltText(f: Finding): boolean {
  return (f.data as { altText?: unknown } | undefined)?.altText === true;
}

function wordsNote(group: FindingGroup, f: Finding, first: Finding): string | undefined {
  if (group.term) {
    const words = f.excerpt.replace(/\s+/g, ' ').trim();
    return words.toLowerCase() !== first.excerpt.replace(/\s+/g, ' ').trim().toLowerCase() ? `“${shorten(words, 30)}”` : undefined;
  }
  if (adviceKey(f) !== adviceKey(first)) return shorten(f.message, 60);
  const named = /“([^”]*)”/.exec(f.message)?.[1];
  return named && named !== /“([^”]*)”/.exec(first.message)?.[1] ? `“${shorten(named, 30)}”` : undefined;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** What to write instead, when every word of the group takes the same advice ("Describe what the image shows"). */
export function sharedAdvice(group: FindingGroup): string | undefined {
  const advice = termAdvice(group.terms[0]!);
  return advice !== undefined && group.terms.every((t) => termAdvice(t) === advice) ? advice : undefined;
}
