/**
 * A part of a document or an act, with its number, written with a capital in the middle of a
 * sentence when the page writes the same word in lower case with a number too: “amended Section 74”
 * and “under section 1”. The GOV.UK A to Z writes “section 2” in lower case (“as in part of an act
 * or a strategy”). A capital that starts a sentence, a heading, a table or a link, or that follows
 * another capitalised word (“Care Act Section 2”), is left alone. Used by the capitals rule.
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';

/** The words for parts of a document or an act that take a number: “section 2”, “paragraph 4”. */
const PARTS = new Set(['section', 'sections', 'paragraph', 'paragraphs', 'chapter', 'chapters', 'clause', 'clauses', 'schedule', 'annex', 'appendix']);
/** A number as parts have them: “74”, “3A”, “2.1”, “iv”. */
const NUMBER = /^(?:\d+[A-Za-z]?(?:\.\d+)*|[ivx]+)$/;

export interface PartForm {
  start: number;
  end: number;
  written: string;
  lower: string;
  /** The lower-case form the page writes: “section 1”. */
  other: string;
  message: string;
  why: string;
  data: Record<string, unknown>;
}

/**
 * `govuk`: “section 2” is in lower case even when the page writes no other form (the GOV.UK A to
 * Z, “section 2”); then `other` is empty.
 */
export function partForms(doc: LintDocument, skip: Array<[number, number]>, govuk = false): PartForm[] {
  if (!/\b(?:section|paragraph|chapter|clause|schedule|annex|appendix)s?\s+\d/i.test(doc.text)) return [];
  const capital: PartForm[] = [];
  const lower = new Map<string, string>();
  for (const block of doc.blocks) {
    const prose = block.kind !== 'heading' && block.kind !== 'tableCell' && !block.inTable;
    const tokens = tokensOf(block);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const n = tokens[i + 1];
      if (t.kind !== 'word' || !PARTS.has(t.lower) || n?.kind !== 'word' || n.sentence !== t.sentence || !NUMBER.test(n.raw)) continue;
      const word = t.lower.replace(/s$/, '');
      if (/^\p{Ll}/u.test(t.raw)) {
        if (!lower.has(word)) lower.set(word, `${t.raw} ${n.raw}`);
        continue;
      }
      const prev = tokens[i - 1];
      // In the middle of a sentence, after a word in lower case: not “Care Act Section 2”, not a label.
      // The word before may start the sentence: “See Section 4”.
      const opens = i - 2 < 0 || tokens[i - 2]!.sentence !== t.sentence;
      if (!prose || !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || prev?.kind !== 'word' || prev.sentence !== t.sentence || !(/^\p{Ll}/u.test(prev.raw) || opens)) continue;
      if (overlaps(skip, t.start, n.end)) continue;
      capital.push({ start: t.start, end: t.end, written: `${t.raw} ${n.raw}`, lower: t.lower, other: '', message: '', why: '', data: {} });
    }
  }
  const word = (c: PartForm) => c.lower.replace(/s$/, '');
  return capital
    .filter((c) => lower.has(word(c)) || (govuk && word(c) === 'section'))
    .map((c) => {
      const other = lower.get(word(c)) ?? '';
      const message = other
        ? `This document writes “${c.written}” and “${other}”. Use lower case each time.`
        : `Write “${c.lower} ${c.written.split(' ')[1]}” in lower case: GOV.UK writes parts of an act in lower case, like “section 2”.`;
      const why = 'Writing a term one way helps readers. The GOV.UK A to Z writes “section 2” in lower case, as in part of an act.';
      return { ...c, other, message, why, data: { words: c.written, kind: 'forms', term: word(c) } };
    });
}
