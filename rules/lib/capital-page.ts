import type { LintDocument, RuleContext } from '../../src/types.js';
import { overlaps } from './terms.js';
import { termForms } from './term-forms.js';
import { keptName, type WordCase } from './word-case.js';
import { caseForms, ordinaryWords } from './case-forms.js';
import { COMMON, JOB_TITLES } from './capital-words.js';
import { namesAKind } from './capital-names.js';
import { lowerCaseNames } from './capital-days.js';
import { partForms } from './capital-parts.js';
import { capitalSlips } from './capital-slips.js';
import { schoolYears } from './capital-school-years.js';

/** What the capitals rule knows once it has read each sentence. */
export interface CapitalsPage {
  /** Ranges to leave alone: quotes, links, bold and italic words. */
  skip: Array<[number, number]>;
  /** Ranges the sentence checks have reported already. */
  reported: Array<[number, number]>;
  /** The dictionary's capitals, when the page has one (the checker page has none). */
  wordCase: WordCase | undefined;
  /** Names the page introduces (“a service called the Hub”). */
  names: string[];
  /** Short names and roles the page defines in brackets (“Anytown NHS Trust (the Trust)”). */
  defined: () => Set<string>;
}

/**
 * The capitals rule's checks on the whole page, after its sentence by sentence check: one term
 * written with capitals and without them, parts of acts and documents, slips (a name written 2 ways,
 * units of time, place names in lower case, school years), days and months in lower case, and terms
 * the guides write one way.
 */
export function pageForms(doc: LintDocument, context: RuleContext, page: CapitalsPage): void {
  // A term written with capitals and without them: “our Joint Forward Plan” and “the joint forward plan”.
  const { wordCase, skip } = page;
  if (wordCase) {
    for (const form of caseForms(doc, ordinaryWords(wordCase, COMMON), (w) => JOB_TITLES.has(w), skip, (w) => !COMMON.has(w.toLowerCase()) && wordCase.lowerOnly(w))) {
      if (overlaps(page.reported, form.start, form.end) || keptName(form.written)) continue;
      if (page.names.some((n) => n.includes(form.lower)) || page.defined().has(form.lower)) continue;
      // “the Better Health campaign”: the page says the capitalised words are a campaign's (or a
      // project's, an app's) own name, so “better health” elsewhere is the everyday phrase.
      if (namesAKind(doc.text, form.written)) continue;
      context.report({
        span: { start: doc.pointAt(form.start), end: doc.pointAt(form.end) },
        message: `This document writes “${form.written}” and “${form.lower}”. Use lower case each time.`,
        why: 'Writing a term one way helps readers. Capitals are for names, and the lower case form shows this is not one.',
        suggestions: [form.lower],
        // each place of the term (“Centre” and “Centres” too) is one term in the reports for people
        data: { words: form.written, kind: 'forms', term: form.lower.replace(/['’]s$/u, '').replace(/(?<=[^s])s$/u, '') },
      });
    }
  }

  // “amended Section 74” and “under section 1”: a part of an act or a document, with its number.
  for (const part of partForms(doc, skip, context.settings.preset === 'govuk')) {
    if (overlaps(page.reported, part.start, part.end)) continue;
    context.report({ span: { start: doc.pointAt(part.start), end: doc.pointAt(part.end) }, message: part.message, why: part.why, suggestions: [part.lower], data: part.data });
  }

  // “the Blue Badge Scheme” and “the Blue Badge scheme”; “30 Hours per Week”.
  const slips = capitalSlips(doc, skip, wordCase && ((w) => wordCase.upperOnly(w)));
  // “pupils in Years 1 and 2”: GOV.UK writes school years in lower case.
  if (context.settings.preset === 'govuk') slips.push(...schoolYears(doc, skip));
  for (const h of slips) {
    if (overlaps(page.reported, h.start, h.end)) continue;
    context.report({ span: { start: doc.pointAt(h.start), end: doc.pointAt(h.end) }, message: h.message, why: h.why, suggestions: [h.suggestion], data: h.data });
  }

  // “on monday”, “in january”: days and months are names, with a capital.
  for (const n of lowerCaseNames(doc, skip)) {
    context.report({
      span: { start: doc.pointAt(n.start), end: doc.pointAt(n.end) },
      message: `Write “${n.right}” with a capital letter: days and months are names.`,
      why: 'NHS and GOV.UK style write days and months with a capital letter, like “Monday” and “January”, so readers see them at once.',
      suggestions: [n.right],
      fix: { range: [n.start, n.end], text: n.right },
      data: { words: n.written, kind: 'name', term: n.written.replace(/s$/, '') },
    });
  }

  const preset = context.settings.preset === 'govuk' ? 'govuk' : 'nhs';
  for (const r of termForms(doc, preset, skip)) {
    context.report({
      span: { start: doc.pointAt(r.start), end: doc.pointAt(r.end) },
      message: r.message,
      why: r.why,
      suggestions: [r.suggestion],
      data: r.data,
    });
  }
}
