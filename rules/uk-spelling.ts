/**
 * uk-spelling: the list in rules/data/lists/uk-spelling.json, plus two things a list cannot say:
 * words inside proper names are left alone, and a document that spells a word both ways gets one
 * more finding.
 */
import data from './data/lists/uk-spelling.json' with { type: 'json' };
import { listRule, type ListEntry, type ListFile } from './lib/list-rule.js';
import { alternativesFor, findTerms, quote, type TermEntry, type TermList, type TermMatch } from './lib/terms.js';

const file = data as ListFile;

let ukForms: TermList<TermEntry> | undefined;
/** The UK forms as a list of their own, to see when a document uses both spellings. */
function ukList(): TermList<TermEntry> {
  ukForms ??= {
    entries: file.entries
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
function inProperName(match: TermMatch<ListEntry>): boolean {
  if (!CAPITAL.test(match.text) || match.startsSentence) return false;
  return CAPITAL.test(match.before ?? '') || CAPITAL.test(match.after ?? '');
}

export default listRule(file, {
  keep: (match) => !inProperName(match),
  after(doc, context, matches) {
    if (!matches.length) return;
    // The same word spelled both ways: one more finding, on the first American form.
    const american = new Map<string, TermMatch<ListEntry>>();
    for (const m of matches) if (!american.has(m.entry.id)) american.set(m.entry.id, m);
    const seen = new Set<string>();
    for (const uk of findTerms(doc, ukList(), { skipQuoted: false, skipBracketed: false })) {
      const first = american.get(uk.entry.id);
      if (!first || seen.has(uk.entry.id)) continue;
      seen.add(uk.entry.id);
      context.report({
        from: first.from,
        to: first.to,
        message: `This document spells the same word in 2 ways: ${quote(first.text)} and ${quote(uk.text)}.`,
        why: 'Spelling a word the same way every time looks careful and helps readers trust what they read.',
        suggestions: alternativesFor(first).slice(0, 1),
        data: { term: first.entry.id, mixed: true },
      });
    }
  },
});
