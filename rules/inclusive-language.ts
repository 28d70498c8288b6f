import { defineRule } from '../src/types.js';
import data from './data/inclusive.json' with { type: 'json' };
import keepData from './data/equality-keep.json' with { type: 'json' };
import { exampleRanges, findTerms, quotedRanges, matchCase, overlaps, quote, type TermEntry, type TermList, reportTerm } from './lib/terms.js';
import { PhraseFilter, runRetext } from './lib/retext.js';

interface KeepEntry {
  id: string;
  match: string[];
  alternatives: string[];
  reason: string;
}

const list = data as TermList<TermEntry>;
const KEEP = new Map<string, KeepEntry>((keepData.entries as KeepEntry[]).map((e) => [e.id, e]));
/** retext-equality only runs on paragraphs holding one of the words we keep. */
let triggers: PhraseFilter | undefined;
const NO_ALTERNATIVE = 'Describe people the way they describe themselves.';

export default defineRule({
  meta: {
    id: 'inclusive-language',
    description: 'Words that can exclude or upset people, like “the elderly”, “diabetics” or “wheelchair-bound”, with respectful alternatives.',
    severity: 'warning',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'Flags words that can hurt, exclude or label people, following NHS and GOV.UK guidance. For ' +
      'example: “the elderly” (older people), “BAME” (ethnic minorities), “suffering from” (has or ' +
      'lives with) and “diabetics” (people with diabetes). Clinical terms are fine: “diabetic eye ' +
      'screening” is not flagged.\n\n' +
      'It also runs a checked part of retext-equality (rules/data/equality-keep.json), leaving out its ' +
      'checks that flag clinical or everyday words. Words in quotation marks, and lists after “We do not ' +
      'say:”, are left alone. The word list is rules/data/inclusive.json.',
    fixable: true,
    examples: {
      good: [
        { text: 'Book your diabetic eye screening. People with diabetes are invited every year.' },
        { text: 'Older people and disabled people can ask for a home visit.' },
        { text: 'Avoid labels like “diabetics” in your letters.' },
      ],
      bad: [
        { text: 'Diabetics should book a foot check every year.', count: 1, flags: ['Diabetics'] },
        { text: 'The service supports the elderly and people suffering from dementia.', count: 2, flags: ['the elderly', 'suffering from'] },
        { text: 'The lift helps people who are confined to a wheelchair.', count: 1, flags: ['confined to a wheelchair'] },
        { text: 'We need more manpower on the wards.', count: 1, flags: ['manpower'] },
      ],
    },
  },
  async check(doc, context) {
    const preset = context.settings?.preset;
    const taken: Array<[number, number]> = [];
    for (const match of findTerms(doc, list, { preset })) {
      reportTerm(doc, context, match, {
        message: `${quote(match.text)} can exclude or upset some readers.`,
        why: 'People are more likely to trust and act on information that treats them with respect.',
        fallback: NO_ALTERNATIVE,
      });
      taken.push([match.start, match.end]);
    }

    triggers ??= new PhraseFilter([...KEEP.values()].flatMap((e) => e.match));
    // retext-equality looks at whole paragraphs: give it each paragraph that could hold a phrase we keep.
    const messages = await runRetext(doc, 'retext-equality', () => import('retext-equality'), undefined, {
      sentences: (_, words) => (words.some((w) => triggers!.mayMatch(w)) ? words.map(() => true) : undefined),
    });
    for (const m of messages) {
      const keep = KEEP.get(m.ruleId);
      if (!keep) continue;
      if (overlaps(taken, m.start.offset, m.end.offset) || overlaps(quotedRanges(doc), m.start.offset, m.end.offset)) continue;
      if (overlaps(exampleRanges(doc), m.start.offset, m.end.offset)) continue;
      const written = doc.text.slice(m.start.offset, m.end.offset);
      context.report({
        span: { start: m.start, end: m.end },
        message: `${quote(m.actual)} can exclude or upset some readers.`,
        why: keep.reason,
        suggestions: keep.alternatives.map((a) => (/^[a-z]/.test(a) ? matchCase(written, a) : a)),
        data: { term: m.ruleId, source: 'retext-equality' },
      });
    }
  },
});
