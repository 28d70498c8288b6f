/**
 * General terms the NHS A to Z and the GOV.UK A to Z write in lower case (rules/data/capitals-guides.json),
 * for the capitals rule: “integrated care system”, “walk-in centre”, “strategic partners”.
 */
import data from '../data/capitals-guides.json' with { type: 'json' };
import { stems } from './word-case.js';

export interface GuideTerm {
  /** The term as the guide writes it, in the number the page uses: “integrated care systems”. */
  lower: string;
  /** The guide that lists it. */
  guide: 'the NHS A to Z' | 'the GOV.UK A to Z';
  /** The page writes a plural of a term the guide lists in the singular: “Integrated Care Systems”. */
  plural: boolean;
}

const NHS = new Set(data.nhs);
const GOVUK = new Set(data.govuk);

/** The guide to name: the preset's own when it lists the term (“foundation trust” is in both). */
function guideFor(term: string, preset: 'nhs' | 'govuk'): GuideTerm['guide'] | undefined {
  const nhs = NHS.has(term);
  const govuk = GOVUK.has(term);
  if (govuk && (preset === 'govuk' || !nhs)) return 'the GOV.UK A to Z';
  return nhs ? 'the NHS A to Z' : undefined;
}

/**
 * Is this run of words (“Integrated Care Systems”, “the Walk-In Centre’s”) a term the guides write in lower
 * case? A possessive counts as the term; the words must be the whole term, not part of a longer one.
 */
export function guideTerm(words: string[], preset: 'nhs' | 'govuk' = 'nhs'): GuideTerm | undefined {
  const lower = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
  lower[lower.length - 1] = lower[lower.length - 1]!.replace(/'s$/, '');
  const last = lower[lower.length - 1]!;
  const head = lower.slice(0, -1).join(' ');
  for (const form of stems(last)) {
    const term = head ? `${head} ${form}` : form;
    const guide = guideFor(term, preset);
    if (guide) return { lower: lower.join(' '), guide, plural: form !== last };
  }
  return undefined;
}
