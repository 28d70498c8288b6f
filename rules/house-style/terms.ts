/**
 * house-style/terms: the organisation's own preferred terms, from settings.terms and the rule's
 * `terms` option: “Write “Mid and South Essex”, not “M&SE”.”
 */
import type { Env, Hit } from './shared.js';
import { normalisePhrase, q } from './shared.js';
import { type BlockText, atSentenceStart, capitalise, claim, escapeRegExp, freeMatches, isClaimed, isQuoted } from './text.js';
import { matchesOf } from '../lib/matches.js';
export interface PreferredTerms {
  sensitive?: RegExp;
  insensitive?: RegExp;
  sensitiveMap: Map<string, string>;
  insensitiveMap: Map<string, string>;
}

export function buildPreferredTerms(terms: Record<string, string>): PreferredTerms | undefined {
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  const sensitiveMap = new Map<string, string>();
  const insensitiveMap = new Map<string, string>();
  for (const [avoid, prefer] of Object.entries(terms)) {
    const key = avoid.trim();
    if (!key || typeof prefer !== 'string' || !prefer.trim()) continue;
    const pattern = escapeRegExp(key).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
    if (/\p{Lu}/u.test(key)) {
      sensitive.push(pattern);
      sensitiveMap.set(key.replace(/’/g, "'").replace(/\s+/g, ' '), prefer.trim());
    } else {
      insensitive.push(pattern);
      insensitiveMap.set(normalisePhrase(key), prefer.trim());
    }
  }
  if (!sensitive.length && !insensitive.length) return undefined;
  const wrap = (list: string[], flags: string) =>
    list.length
      ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_])`, flags)
      : undefined;
  const matcher: PreferredTerms = { sensitiveMap, insensitiveMap };
  const s = wrap(sensitive, 'gu');
  const i = wrap(insensitive, 'giu');
  if (s) matcher.sensitive = s;
  if (i) matcher.insensitive = i;
  return matcher;
}

export function checkTerms(t: BlockText, terms: PreferredTerms, hits: Hit[]): void {
  const found: Array<{ from: number; to: number; original: string; prefer: string; sensitive: boolean }> = [];
  for (const [re, map, sensitive] of [
    [terms.sensitive, terms.sensitiveMap, true],
    [terms.insensitive, terms.insensitiveMap, false],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of matchesOf(t.text, re)) {
      const original = m[0];
      const key = sensitive ? original.replace(/’/g, "'").replace(/\s+/g, ' ') : normalisePhrase(original);
      const prefer = map.get(key);
      if (!prefer) continue;
      found.push({ from: m.index, to: m.index + original.length, original, prefer, sensitive });
    }
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  let last = -1;
  for (const f of found) {
    if (f.from < last) continue;
    if (isQuoted(t, f.from, f.to) || isClaimed(t, f.from, f.to)) continue;
    // Already part of the preferred words ("Essex" inside "Mid and South Essex")?
    const window = t.text.slice(Math.max(0, f.from - f.prefer.length), f.to + f.prefer.length);
    const offset = Math.max(0, f.from - f.prefer.length);
    const inside = window.toLowerCase().indexOf(f.prefer.toLowerCase());
    if (inside >= 0 && offset + inside <= f.from && offset + inside + f.prefer.length >= f.to) continue;
    last = f.to;
    const text = !f.sensitive && /^\p{Lu}/u.test(f.original) ? capitalise(f.prefer) : f.prefer;
    claim(t, f.from, f.to);
    hits.push({
      check: 'terms',
      from: f.from,
      to: f.to,
      message: `Write ${q(text)}, not ${q(f.original)}.`,
      suggestions: [text],
      fix: { from: f.from, to: f.to, text },
    });
  }
}

/**
 * “login” used as a verb (“you can login”, “Please login”): both guides write the verb as 2 words,
 * “log in” (NHS) or “sign in” (GOV.UK). “login” as a noun (“your login details”, “NHS login”) is
 * left alone.
 */
const LOGIN_VERB = /(?<=\b(?:to|can|cannot|will|must|should|please|then|you|we|they|and|or)\s+)(login|logon|signin)(?![\p{L}\p{N}@/-])(?!\s+(?:page|pages|details|screen|button|link|name|names|information|credentials|process|form|code|codes|id|account|accounts|system|area|portal)\b)/giu;

export function checkLoginVerb(t: BlockText, env: Env, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, LOGIN_VERB)) {
    const govuk = env.guide === 'govuk';
    let right = /^sign/i.test(m[0]) || govuk ? 'sign in' : /on$/i.test(m[0]) ? 'log on' : 'log in';
    if (/^\p{Lu}/u.test(m[0])) right = capitalise(right);
    claim(t, from, to);
    hits.push({
      check: 'terms',
      from,
      to,
      message: `Write ${q(right)} as 2 words when it is something people do, not ${q(m[0])}.`,
      why: govuk ? 'GOV.UK style uses “sign in” for the action and keeps “login” for names like “GOV.UK One Login”.' : 'NHS style writes the action as “log in” and keeps “login” for the NHS login.',
      suggestions: [right],
      fix: { from, to, text: right },
      sourceUrl: govuk ? 'https://www.gov.uk/guidance/style-guide/a-to-z#sign-in-or-log-in' : 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#log-in-and-log-out',
    });
  }
}

/**
 * NHS A to Z, NHS App: something inside the app is “in the NHS App”, not “on” it (“order repeat
 * prescriptions on the NHS App”). “Information on the NHS App” (about it) is left alone.
 */
const ON_THE_APP = /(?<=(?:^|[^\p{L}])(\p{L}+)[ \t]+)on(?=[ \t]+the[ \t]+NHS[ \t]+App(?![\p{L}]))/gu;
const ABOUT_NOUNS = new Set('information more details advice guidance help webinar webinars session sessions feedback questions question training update updates news leaflet leaflets video videos blog article articles faqs focus data figures views opinions comments survey report reports presentation talk talks poster posters'.split(' '));

export function checkAppPreposition(t: BlockText, env: Env, hits: Hit[]): void {
  if (env.guide !== 'nhs') return;
  for (const { m, from, to } of freeMatches(t, ON_THE_APP)) {
    if (ABOUT_NOUNS.has(m[1]!.toLowerCase())) continue;
    claim(t, from, to);
    hits.push({
      check: 'terms',
      from,
      to,
      message: `Write ${q('in the NHS App')}, not ${q('on the NHS App')}.`,
      why: 'The NHS says things are “in” the NHS App, so people know to open the app to find them.',
      suggestions: ['in'],
      fix: { from, to, text: 'in' },
      sourceUrl: 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#nhs-app',
    });
  }
}

/**
 * NHS A to Z, NHS: “the NHS”, unless “NHS” describes a noun (“NHS services”). A sentence that
 * opens “NHS is …” or “NHS will …” leaves out “the”.
 */
const NHS_NO_THE = /(?<![\p{L}\p{N}.-])NHS(?=[ \t]+(?:is|are|was|were|has|have|had|will|would|can|cannot|could|must|should|may|provides|offers|needs|wants|aims|does|did|continues|remains)(?![\p{L}]))/gu;

export function checkTheNhs(t: BlockText, env: Env, hits: Hit[]): void {
  // A heading may drop “the”, as a news headline does.
  if (env.guide !== 'nhs' || t.block.kind === 'heading') return;
  for (const { from, to } of freeMatches(t, NHS_NO_THE)) {
    if (!atSentenceStart(t, from)) continue;
    claim(t, from, to);
    hits.push({
      check: 'terms',
      from,
      to,
      message: `Write ${q('The NHS')}, not ${q('NHS')} on its own.`,
      why: 'The NHS writes “the NHS”, and uses “NHS” alone only to describe something, as in “NHS services”.',
      suggestions: ['The NHS'],
      fix: { from, to, text: 'The NHS' },
      sourceUrl: 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing#nhs',
    });
  }
}
