/**
 * simpler-words: the list in rules/data/lists/simpler-words.json (less the phrases other rules
 * check), then a checked part of retext-simplify (rules/data/simplify-keep.json).
 */
import type { ReportInput } from '../src/types.js';
import data from './data/lists/simpler-words.json' with { type: 'json' };
import keepData from './data/simplify-keep.json' with { type: 'json' };
import houseStyle from './data/house-style.json' with { type: 'json' };
import jargon from './data/lists/jargon.json' with { type: 'json' };
import { externalLinkRanges, matchCase, suggestCase, overlaps, quote } from './lib/terms.js';
import { checkedAt, listRule, type ListEntry, type ListFile } from './lib/list-rule.js';
import { PhraseFilter, runRetext } from './lib/retext.js';
import { titleOrExplainedAt } from './lib/explained.js';

interface KeepEntry {
  id: string;
  alternatives: string[];
  reason: string;
  tip?: string;
  fix?: boolean;
  /** "thorough": only with the rule option "level": "thorough", as a list entry. */
  level?: string;
}

const KEEP = new Map<string, KeepEntry>((keepData.entries as KeepEntry[]).map((e) => [e.id, e]));

/** retext-simplify only sees sentences that could hold a phrase we keep. */
let triggers: PhraseFilter | undefined;
let elsewhere: Set<string> | undefined;
/** House-style phrases of more than one word: “please be advised that” holds retext-simplify's “be advised”. */
const HOUSE_PHRASES = (houseStyle as { entries: Array<{ match?: string[] }> }).entries.flatMap((e) => e.match ?? []).filter((m) => m.includes(' ')).map((m) => m.toLowerCase());

/** Is the retext-simplify phrase at this place part of a house-style phrase (that rule has it)? */
function insideHousePhrase(text: string, start: number, end: number, actual: string): boolean {
  const phrase = actual.toLowerCase().replace(/\s+/g, ' ');
  const around = text.slice(Math.max(0, start - 40), end + 40).toLowerCase().replace(/\s+/g, ' ');
  return HOUSE_PHRASES.some((p) => p !== phrase && p.includes(phrase) && around.includes(p));
}
/**
 * Our list, less the phrases other rules already check: house-style ("please note") and
 * jargon ("facilitate"), so one problem gets one finding. `elsewhere` ends up holding every
 * phrase a list decides, so retext-simplify does not flag them again.
 */
function ownEntries(file: ListFile): ListEntry[] {
  elsewhere = new Set<string>();
  for (const source of [houseStyle, jargon] as Array<{ entries: Array<{ match?: string[] }> }>) {
    for (const e of source.entries) for (const m of e.match ?? []) elsewhere.add(m.toLowerCase());
  }
  const own = file.entries.filter((e) => !e.match.every((m) => elsewhere!.has(m.toLowerCase())));
  // retext-simplify leaves alone the words our own list has: the list's context rules decide them.
  for (const e of own) for (const m of e.match) elsewhere.add(m.toLowerCase());
  return own;
}

const NO_ALTERNATIVE = 'Say it in everyday words.';
/** Words that put a sentence in the past. */
const PAST = /\b(?:was|were|had|did|last (?:year|month|week)|ago)\b/iu;

/** The sentence around [start, end), roughly: from the last full stop before to the next after. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 300);
  const next = after.search(/[.!?](?:\s|$)|\n/u);
  return before.slice(stop + 1) + text.slice(start, end) + (next >= 0 ? after.slice(0, next) : after);
}

export default listRule(data as ListFile, {
  entries: ownEntries,
  async after(doc, context, matches) {
    const taken = matches.map((m): [number, number] => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
    triggers ??= new PhraseFilter([...KEEP.keys()]);
    const messages = await runRetext(doc, 'retext-simplify', () => import('retext-simplify'), { ignore: keepData.dropped }, {
      sentences: (_, words) => words.map((w) => triggers!.mayMatch(w)),
    });
    if (!messages.length) return;
    const links = externalLinkRanges(doc);
    for (const m of messages) {
      const keep = KEEP.get(m.ruleId);
      if (!keep || elsewhere?.has(m.actual.toLowerCase().replace(/\s+/g, ' '))) continue;
      if (!checkedAt(keep, context.options?.level)) continue;
      if (overlaps(taken, m.start.offset, m.end.offset) || overlaps(links, m.start.offset, m.end.offset)) continue;
      if (insideHousePhrase(doc.text, m.start.offset, m.end.offset, m.actual)) continue;
      // “The library was closed at this time”: in the past, “at this time” means “then”, not “now”.
      if (m.ruleId === 'at-this-time' && PAST.test(sentenceAround(doc.text, m.start.offset, m.end.offset))) continue;
      // “at this time of year”, “at this time of day”: a season or an hour, not “now”.
      if (m.ruleId === 'at-this-time' && /^\s+of\b/iu.test(doc.text.slice(m.end.offset, m.end.offset + 8))) continue;
      // The title of another page or document, or a phrase the text explains, as the list's entries.
      if (titleOrExplainedAt(doc, m.start.offset, m.end.offset)) continue;
      const written = doc.text.slice(m.start.offset, m.end.offset);
      const suggestions = keep.alternatives.map((a) => suggestCase(written, a));
      const input: ReportInput = {
        span: { start: m.start, end: m.end },
        message: keep.alternatives.length
          ? `There is a simpler way to say ${quote(m.actual)}.`
          : `${quote(m.actual)} can usually be left out or said more simply.`,
        why: keep.reason,
        suggestions: suggestions.length ? suggestions : [keep.tip ?? NO_ALTERNATIVE],
        data: { term: m.ruleId, source: 'retext-simplify' },
      };
      // A safe swap, when the source holds the words plainly (no formatting inside).
      if (keep.fix && suggestions[0] && written.replace(/\s+/g, ' ') === m.actual.replace(/\s+/g, ' ')) {
        input.fix = { range: [m.start.offset, m.end.offset], text: matchCase(written, keep.alternatives[0]!) };
      }
      context.report(input);
    }
  },
});
