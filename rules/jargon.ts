import { defineRule } from '../src/types.js';
import data from './data/jargon.json' with { type: 'json' };
import { findTerms, quote, type TermEntry, type TermList, reportTerm } from './lib/terms.js';

const list = data as TermList<TermEntry>;

/** Words from the GOV.UK lists are management-speak; the rest are NHS or medical terms. */
function kindOf(entry: TermEntry): string {
  const source = String(entry.source ?? '');
  return source.includes('gov.uk') ? 'is management-speak that many readers do not use' : 'is a specialist word that many readers do not know';
}

export default defineRule({
  meta: {
    id: 'jargon',
    description: 'Management-speak, NHS system jargon and medical words that many readers do not know, with plainer words.',
    severity: 'warning',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'Flags words from GOV.UK’s “words to avoid” and the NHS guide to writing, and says what to write ' +
      'instead. It finds words like “leverage”, “going forward”, “stakeholder”, “place-based” and ' +
      '“dyspnoea”.\n\n' +
      'Many of these words are fine in some places, so the rule reads the words around them. It flags ' +
      '“deliver transformation” but not “deliver a parcel”, and “foster carers” is fine.\n\n' +
      'A term explained in brackets, like “piles (haemorrhoids)”, is left alone. So is a term in ' +
      'quotation marks, like “do not say ‘leverage’”, and the title of a page on another website. ' +
      'The word list is rules/data/jargon.json.',
    fixable: true,
    examples: {
      good: [
        { text: 'We will work with patients to improve care. Your parcel will be delivered on Monday.' },
        { text: 'You can drive to the hospital. Foster carers can get support from our team.' },
        { text: 'Piles (haemorrhoids) are swollen blood vessels in and around your bottom.' },
        { text: 'In your letters, do not say “leverage” or “going forward”.' },
      ],
      bad: [
        { text: 'We will leverage our partnerships to deliver transformation.', count: 2, flags: ['leverage', 'deliver'] },
        { text: 'Going forward, we will drive improvement in every practice.', count: 2, flags: ['Going forward', 'drive'] },
        { text: 'Haemorrhoids are common in pregnancy.', count: 1, flags: ['Haemorrhoids'] },
      ],
    },
  },
  check(doc, context) {
    const preset = context.settings?.preset;
    for (const match of findTerms(doc, list, { preset, skipExternalLinkText: true })) {
      reportTerm(doc, context, match, {
        message: `${quote(match.contextText ?? match.text)} ${kindOf(match.entry)}.`,
        why: 'Plain words are quicker to read and easier to understand for everyone.',
        fallback: 'Say what you mean in everyday words.',
        wide: true,
      });
    }
  },
});
