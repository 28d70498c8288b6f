/**
 * School years with a capital in running text: “pupils in Years 1 and 2”, “Reception, Year 1 or
 * Year 2”. The GOV.UK A to Z writes “year 1, year 2” in lower case. Used by the capitals rule with
 * the govuk preset, on a page about schools (it names a school, pupils, reception or nursery).
 *
 * Left alone: a year at the start of a sentence or a heading, in a table, link text or quotes, and
 * a year of a plan or a contract (“in Year 1 of the plan”, “Year 2 of 3”).
 */
import type { LintDocument } from '../../src/types.js';
import { tokensOf } from './tokens.js';
import { overlaps } from './terms.js';
import type { Slip } from './capital-slips.js';

/** Words before a school year: “in Year 3”, “pupils moving into Year 7”, “Reception, Year 1”. */
const BEFORE = new Set(['in', 'into', 'from', 'to', 'and', 'or', 'reception', 'pupils', 'children', 'students', 'entering', 'joining', 'starting']);
/** Words after one: “Year 6 pupils”, “the Year 11 class”. */
const AFTER = new Set(['pupil', 'pupils', 'child', 'children', 'student', 'students', 'class', 'classes', 'group', 'groups', 'teacher', 'teachers', 'leavers']);
const SCHOOL_PAGE = /\b(?:schools?|pupils?|reception class|nursery|academy|sixth form)\b/i;

export function schoolYears(doc: LintDocument, skip: Array<[number, number]>): Slip[] {
  if (!SCHOOL_PAGE.test(doc.text)) return [];
  const out: Slip[] = [];
  for (const block of doc.blocks) {
    if (block.inTable || block.kind === 'tableCell' || block.kind === 'heading') continue;
    if (!/\bYears? \d/.test(block.text)) continue;
    const tokens = tokensOf(block);
    for (let i = 1; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || (t.raw !== 'Year' && t.raw !== 'Years')) continue;
      const num = tokens[i + 1]!;
      const prev = tokens[i - 1]!;
      if (!/^(?:[1-9]|1[0-3])$/.test(num.raw) || num.sentence !== t.sentence || prev.sentence !== t.sentence) continue;
      // A year of a plan or a contract: “Year 1 of the plan”, “Year 2 of 3”.
      if (tokens[i + 2]?.lower === 'of') continue;
      const before = prev.raw === ',' ? tokens[i - 2] : prev;
      const after = tokens[i + 2];
      const school = (before?.kind === 'word' && BEFORE.has(before.lower)) || (after?.kind === 'word' && after.sentence === t.sentence && AFTER.has(after.lower));
      if (!school || overlaps(skip, t.start, num.end)) continue;
      const lower = t.raw.toLowerCase();
      const more = after && /^(?:and|or|to)$/.test(after.lower) && /^\d{1,2}$/.test(tokens[i + 3]?.raw ?? '') ? ` ${after.raw} ${tokens[i + 3]!.raw}` : '';
      out.push({
        start: t.start,
        end: t.end,
        message: `Write “${lower} ${num.raw}${more}” in lower case: the GOV.UK A to Z writes school years like “year 1”.`,
        why: 'School years are common nouns, not names. GOV.UK writes “year 1” and “year 2” in lower case, so the page is easier to read.',
        suggestion: lower,
        data: { words: t.raw, kind: 'guide', term: 'year' },
      });
    }
  }
  return out;
}
