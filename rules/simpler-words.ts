import { defineRule, type ReportInput } from '../src/types.js';
import data from './data/simpler-words.json' with { type: 'json' };
import keepData from './data/simplify-keep.json' with { type: 'json' };
import houseStyle from './data/house-style.json' with { type: 'json' };
import jargon from './data/jargon.json' with { type: 'json' };
import { exampleRanges, externalLinkRanges, findTerms, quotedRanges, matchCase, overlaps, quote, type TermEntry, type TermList, reportTerm } from './lib/terms.js';
import { PhraseFilter, runRetext } from './lib/retext.js';

interface KeepEntry {
  id: string;
  alternatives: string[];
  reason: string;
  tip?: string;
  fix?: boolean;
}

const KEEP = new Map<string, KeepEntry>((keepData.entries as KeepEntry[]).map((e) => [e.id, e]));

/** retext-simplify only sees sentences that could hold a phrase we keep. */
let triggers: PhraseFilter | undefined;
let ownList: TermList<TermEntry> | undefined;
let elsewhere: Set<string> | undefined;
/**
 * Our list, less the phrases other rules already check: house-style ("please note") and
 * jargon ("facilitate"), so one problem gets one finding.
 */
function list(): TermList<TermEntry> {
  if (ownList) return ownList;
  elsewhere = new Set<string>();
  for (const source of [houseStyle, jargon] as Array<{ entries: Array<{ match?: string[] }> }>) {
    for (const e of source.entries) for (const m of e.match ?? []) elsewhere.add(m.toLowerCase());
  }
  const entries = (data as TermList<TermEntry>).entries.filter((e) => !e.match.every((m) => elsewhere!.has(m.toLowerCase())));
  ownList = { entries };
  return ownList;
}

const NO_ALTERNATIVE = 'Say it in everyday words.';

export default defineRule({
  meta: {
    id: 'simpler-words',
    description: 'Long or formal words and phrases that have a simpler alternative, like “utilise” (use) and “in order to” (to).',
    severity: 'suggestion',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'Suggests plainer words for formal ones: “use” for “utilise”, “before” for “prior to”, “buy” for ' +
      '“purchase”. The words come from the NHS A to Z of health writing and GOV.UK style ' +
      '(rules/data/simpler-words.json). It also uses a checked part of the retext-simplify list ' +
      '(rules/data/simplify-keep.json), so everyday words like “option” or “however” are fine. ' +
      'Words in quotation marks and words explained in brackets are left alone. When the plainer ' +
      'word fits in every sentence, the finding has a fix.',
    fixable: true,
    examples: {
      good: [
        { text: 'You can use the NHS App to book an appointment before you come in.' },
        { text: 'Choose the option that suits you. However, you may need to wait.' },
        { text: 'Avoid words like “utilise” in your letters.' },
      ],
      bad: [
        { text: 'You can utilise the NHS App in order to book an appointment.', count: 2, flags: ['utilise', 'in order to'] },
        { text: 'Please bring your medication prior to the appointment.', count: 2, flags: ['medication', 'prior to'] },
        {
          text: 'The clinic will cease to offer walk-in appointments in accordance with the new policy.',
          count: 2,
          flags: ['cease', 'in accordance with'],
        },
      ],
    },
  },
  async check(doc, context) {
    const preset = context.settings?.preset;
    const taken: Array<[number, number]> = [];
    for (const match of findTerms(doc, list(), { preset, skipExternalLinkText: true })) {
      reportTerm(doc, context, match, {
        message: `There is a simpler way to say ${quote(match.text)}.`,
        why: 'Simple, everyday words are quicker to read and easier for everyone to understand.',
        fallback: NO_ALTERNATIVE,
      });
      taken.push([match.start, match.end]);
    }

    triggers ??= new PhraseFilter([...KEEP.keys()]);
    const messages = await runRetext(doc, 'retext-simplify', () => import('retext-simplify'), { ignore: keepData.dropped }, {
      sentences: (_, words) => words.map((w) => triggers!.mayMatch(w)),
    });
    if (!messages.length) return;
    taken.sort((a, b) => a[0] - b[0]);
    const links = externalLinkRanges(doc);
    const quoted = quotedRanges(doc);
    const examples = exampleRanges(doc);
    for (const m of messages) {
      const keep = KEEP.get(m.ruleId);
      if (!keep || elsewhere?.has(m.actual.toLowerCase().replace(/\s+/g, ' '))) continue;
      if (overlaps(taken, m.start.offset, m.end.offset) || overlaps(links, m.start.offset, m.end.offset)) continue;
      if (overlaps(quoted, m.start.offset, m.end.offset) || overlaps(examples, m.start.offset, m.end.offset)) continue;
      const written = doc.text.slice(m.start.offset, m.end.offset);
      const suggestions = keep.alternatives.map((a) => matchCase(written, a));
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
        input.fix = { range: [m.start.offset, m.end.offset], text: suggestions[0] };
      }
      context.report(input);
    }
  },
});
