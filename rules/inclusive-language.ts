/**
 * inclusive-language: the list in rules/data/lists/inclusive-language.json, then a checked part
 * of retext-equality (rules/data/equality-keep.json).
 */
import data from './data/lists/inclusive-language.json' with { type: 'json' };
import keepData from './data/equality-keep.json' with { type: 'json' };
import type { LintDocument, RuleContext } from '../src/types.js';
import { overlaps, quote, suggestCase } from './lib/terms.js';
import { listRule, type ListFile } from './lib/list-rule.js';
import { PhraseFilter, runRetext } from './lib/retext.js';
import { isMention } from './lib/mentions.js';
import { sentencesOf } from './lib/words.js';
import { matchesOf } from './lib/matches.js';

interface KeepEntry {
  id: string;
  match: string[];
  alternatives: string[];
  reason: string;
}

/**
 * A condition named by its ending, then “patients”: “kidney disease patients”, “glaucoma patients”,
 * “pulmonary hypertension (CTEPH) patients”. The list names common ones (“asthma patients”); this
 * finds the rest. “Patients” with a capital is part of a name (“the Cancer Patients Forum”).
 */
const CONDITION_PATIENTS =
  /(?<![\p{L}\p{N}'’-])((?:([\p{Ll}'’-]+)\s+)?([\p{L}'’-]*(?:itis|osis|aemia|emia|oma|pathy|disease|syndrome|disorder|failure|hypertension|injury|infection))(?:\s+\(([A-Z][A-Za-z0-9-]{1,9})\))?)\s+patients(?![\p{L}\p{N}])/gu;
const NOT_CONDITION = new Set(['diagnosis', 'prognosis', 'coma']);
const GENERIC = new Set(['disease', 'syndrome', 'disorder', 'failure', 'injury', 'infection']);
const NOT_DESCRIBING = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'all', 'many', 'some', 'most', 'with', 'for', 'of', 'and', 'or', 'to', 'in', 'from', 'by', 'as', 'treat', 'treating', 'treated', 'have', 'has', 'had']);

const KEEP = new Map<string, KeepEntry>((keepData.entries as KeepEntry[]).map((e) => [e.id, e]));
/** retext-equality only runs on paragraphs holding one of the words we keep. */
let triggers: PhraseFilter | undefined;

export default listRule(data as ListFile, {
  async after(doc, context, matches) {
    const taken = matches.map((m): [number, number] => [m.start, m.end]);
    conditionLabels(doc, context, taken);
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

/** “kidney disease patients”: a condition the list does not name, before “patients”. */
function conditionLabels(doc: LintDocument, context: RuleContext, taken: Array<[number, number]>): void {
  if (!doc.text.includes('patients')) return;
  for (const block of doc.blocks) {
    for (const sentence of sentencesOf(block)) {
      const from = sentence.position?.start.offset;
      const to = sentence.position?.end.offset;
      if (from === undefined || to === undefined) continue;
      const text = doc.text.slice(from, to);
      if (!text.includes('patients')) continue;
      for (const m of matchesOf(text, CONDITION_PATIENTS)) {
        const [whole, , before, word, acronym] = m;
        if (NOT_CONDITION.has(word!.toLowerCase()) || word!.length < 5) continue;
        // “kidney disease patients”: a general word (“disease”) takes the word before it, when that
        // word can name a kind of disease (“with disease patients” cannot).
        const generic = GENERIC.has(word!.toLowerCase());
        const describing = generic && before && !NOT_DESCRIBING.has(before.toLowerCase()) && !/s$/.test(before) ? before : undefined;
        // “disease patients” alone says too little to name the condition.
        if (generic && !describing && !acronym) continue;
        const start = from + m.index! + (describing || !before ? 0 : whole!.indexOf(word!, before.length));
        const end = from + m.index! + whole!.length;
        if (overlaps(taken, start, end) || isMention(doc, start, end)) continue;
        const condition = acronym ?? (describing ? `${describing} ${word}` : word!);
        taken.push([start, end]);
        context.report({
          span: { start: doc.pointAt(start), end: doc.pointAt(end) },
          message: `${quote(doc.text.slice(start, end).replace(/\s+/g, ' '))} labels people by their condition.`,
          why: 'People are more than their condition. The NHS talks about people having or living with a condition.',
          suggestions: [`people with ${condition}`],
          data: { term: 'condition-patients', source: 'pattern' },
        });
      }
    }
  }
}
