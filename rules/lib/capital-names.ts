/**
 * Names the capitals rule leaves alone because the page shows they are names: titles listed after
 * a plural, a job title next to a person's name, a short name or a role defined in brackets.
 */
import type { Token } from './tokens.js';
import { COMMON, DETERMINERS, HONORIFICS, base, isCap, startsUpper } from './capital-words.js';
import { matchesOf } from './matches.js';
import { NAMED_KIND } from './names.js';

/**
 * A list of titles right after a plural, after a comma or a colon: “Strategies, Start Well, Live Well
 * and Age Well”. The plural names those titles, so it is part of them. It takes 2 titles or more, the
 * first of 2 words or more, each word with a capital and lower case after it and not a common noun: so
 * not “Boards, Trust Boards”, and not “Integrated Care Systems, NHS England and councils” (a list of
 * partners, not titles).
 */
export function namesFollow(tokens: Token[], next: number, to: number): boolean {
  const mark = tokens[next];
  if (!mark || next >= to || (mark.raw !== ',' && mark.raw !== ':')) return false;
  let k = next + 1;
  const titles: number[] = [];
  while (k < to) {
    let words = 0;
    while (k < to && isCap(tokens[k]) && !DETERMINERS.has(tokens[k]!.lower) && !COMMON.has(base(tokens[k]!))) {
      words++;
      k++;
    }
    if (!words) return false;
    titles.push(words);
    const sep = tokens[k];
    if (k >= to || !sep || !(sep.raw === ',' || sep.lower === 'and' || sep.lower === 'or')) break;
    k++;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k++;
  }
  return titles.length >= 2 && titles[0]! >= 2;
}

/** A job title next to a person's name: “Jane Smith, Chief Executive”, “Chief Executive, Dr Jane Smith”. */
export function nextToName(tokens: Token[], first: number, next: number, to: number): boolean {
  const a = tokens[next];
  if (a && next < to && a.raw === ',') {
    const n1 = tokens[next + 1];
    const n2 = tokens[next + 2];
    if (n1 && HONORIFICS.has(n1.lower)) return true;
    // Two capitalised words that are not common nouns: a name, not “Occupational Therapists”.
    if (startsUpper(n1) && startsUpper(n2) && !(COMMON.has(n1!.lower) && COMMON.has(base(n2!)))) return true;
  }
  // The name before: “Jane Smith, our Chief Executive” (the determiner may come between).
  let k = first - 1;
  if (k >= 0 && DETERMINERS.has(tokens[k]!.lower)) k--;
  const comma = tokens[k];
  return comma?.raw === ',' && startsUpper(tokens[k - 1]) && (startsUpper(tokens[k - 2]) || HONORIFICS.has(tokens[k - 2]?.lower ?? ''));
}

/** A name, then a short name or a role in brackets: “Anytown NHS Trust (the Trust)”, “Cllr Jones (Chair)”. */
const BRACKET_NAME =
  /[\p{Lu}&][\p{L}\p{N}&'’.-]*\s*\(\s*[“‘"']?\s*(?:the\s+|The\s+)?(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3})\s*[”’"']?\s*\)/gu;

/** The short names and roles a page defines in brackets, in lower case: left alone wherever the page uses them. */
export function bracketNames(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of matchesOf(text, BRACKET_NAME)) found.add(m[1]!.toLowerCase());
  return found;
}

/** “Anytown NHS Foundation Trust (the Trust)”: the short name in brackets, right after the full name. */
export function definedShortName(tokens: Token[], first: number, next: number): boolean {
  let k = first - 1;
  if (k >= 0 && DETERMINERS.has(tokens[k]!.lower)) k--;
  return tokens[k]?.raw === '(' && startsUpper(tokens[k - 1]) && tokens[next]?.raw === ')';
}

/** The page writes `written` right before a word that says what it names: “the Better Health campaign”. */
export function namesAKind(text: string, written: string): boolean {
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  for (const m of matchesOf(text, new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\s+(\\p{Ll}+)`, 'gu'))) {
    if (NAMED_KIND.has(m[1]!)) return true;
  }
  return false;
}
