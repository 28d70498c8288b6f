import { defineRule } from '../src/types.js';
import data from './data/uk-spelling.json' with { type: 'json' };
import { alternativesFor, findTerms, quote, type TermEntry, type TermList, type TermMatch, reportTerm } from './lib/terms.js';

const list = data as TermList<TermEntry>;

let ukForms: TermList<TermEntry> | undefined;
/** The UK forms as a list of their own, to see when a document uses both spellings. */
function ukList(): TermList<TermEntry> {
  ukForms ??= {
    entries: list.entries
      .filter((e) => e.alternatives?.length)
      .map((e) => ({ id: e.id, match: [e.alternatives![0]!.toLowerCase()], alternatives: [] })),
  };
  return ukForms;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A word inside a proper name, like “World Health Organization” or “Harbor View Medical Center”:
 * capitalised, not the first word of the sentence, next to another capitalised word.
 */
function inProperName(match: TermMatch): boolean {
  if (!CAPITAL.test(match.text) || match.startsSentence) return false;
  return CAPITAL.test(match.before ?? '') || CAPITAL.test(match.after ?? '');
}

export default defineRule({
  meta: {
    id: 'uk-spelling',
    description: 'American spellings and words, like “color”, “prioritize” and “pediatric”, with the UK form.',
    severity: 'warning',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'NHS and GOV.UK content uses UK English. The rule flags American spellings, like “organize”, ' +
      '“color” and “pediatric”. It also flags American words, like “diaper” and “zip code”, and gives ' +
      'the UK word. When the UK spelling is a safe swap, the finding has a fix.\n\n' +
      'If a document spells the same word both ways, one more finding says so. Names are left alone: ' +
      '“World Health Organization” is not flagged. The word list is rules/data/uk-spelling.json.',
    fixable: true,
    examples: {
      good: [
        { text: 'We will prioritise appointments for children. The paediatric team is in the centre of town.' },
        { text: 'Read the advice from the World Health Organization.' },
      ],
      bad: [
        { text: 'Our pediatric clinic will prioritize children with anemia.', count: 3, flags: ['pediatric', 'prioritize', 'anemia'] },
        {
          text: 'We prioritise older people. We also prioritize carers.',
          count: 2,
          flags: ['prioritize', 'prioritize'],
        },
      ],
    },
  },
  check(doc, context) {
    const preset = context.settings?.preset;
    const matches = findTerms(doc, list, { preset, skipExternalLinkText: true }).filter((m) => !inProperName(m));
    if (!matches.length) return;
    for (const match of matches) {
      reportTerm(doc, context, match, {
        message: `${quote(match.text)} is American English.`,
        why: 'UK readers expect UK spelling, and consistent spelling helps them trust what they read.',
      });
    }

    // The same word spelled both ways: one more finding, on the first American form.
    const american = new Map<string, TermMatch>();
    for (const m of matches) if (!american.has(m.entry.id)) american.set(m.entry.id, m);
    const seen = new Set<string>();
    for (const uk of findTerms(doc, ukList(), { skipQuoted: false, skipBracketed: false })) {
      const first = american.get(uk.entry.id);
      if (!first || seen.has(uk.entry.id)) continue;
      seen.add(uk.entry.id);
      const ukWord = uk.text;
      context.report({
        from: first.from,
        to: first.to,
        message: `This document spells the same word two ways: ${quote(first.text)} and ${quote(ukWord)}.`,
        why: 'Spelling a word the same way every time looks careful and helps readers trust what they read.',
        suggestions: alternativesFor(first).slice(0, 1),
        data: { term: first.entry.id, mixed: true },
      });
    }
  },
});
