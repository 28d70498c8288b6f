/**
 * inclusive-language: the list in rules/data/lists/inclusive-language.json, then a checked part
 * of retext-equality (rules/data/equality-keep.json).
 */
import data from './data/lists/inclusive-language.json' with { type: 'json' };
import keepData from './data/equality-keep.json' with { type: 'json' };
import { overlaps, quote, suggestCase } from './lib/terms.js';
import { listRule, type ListFile } from './lib/list-rule.js';
import { PhraseFilter, runRetext } from './lib/retext.js';

interface KeepEntry {
  id: string;
  match: string[];
  alternatives: string[];
  reason: string;
}

const KEEP = new Map<string, KeepEntry>((keepData.entries as KeepEntry[]).map((e) => [e.id, e]));
/** retext-equality only runs on paragraphs holding one of the words we keep. */
let triggers: PhraseFilter | undefined;

export default listRule(data as ListFile, {
  async after(doc, context, matches) {
    const taken = matches.map((m): [number, number] => [m.start, m.end]);
    triggers ??= new PhraseFilter([...KEEP.values()].flatMap((e) => e.match));
    // retext-equality looks at whole paragraphs: give it each paragraph that could hold a phrase we keep.
    const messages = await runRetext(doc, 'retext-equality', () => import('retext-equality'), undefined, {
      sentences: (_, words) => (words.some((w) => triggers!.mayMatch(w)) ? words.map(() => true) : undefined),
    });
    for (const m of messages) {
      const keep = KEEP.get(m.ruleId);
      if (!keep) continue;
      if (overlaps(taken, m.start.offset, m.end.offset)) continue;
      const written = doc.text.slice(m.start.offset, m.end.offset);
      context.report({
        span: { start: m.start, end: m.end },
        message: `${quote(m.actual)} can exclude or upset some readers.`,
        why: keep.reason,
        suggestions: keep.alternatives.map((a) => (/^[a-z]/.test(a) ? suggestCase(written, a) : a)),
        data: { term: m.ruleId, source: 'retext-equality' },
      });
    }
  },
});
