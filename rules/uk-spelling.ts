/**
 * uk-spelling: the list in rules/data/lists/uk-spelling.json (American spellings, and the forms the
 * NHS and GOV.UK A to Z guides do not use, like “well-being”), plus two things a list cannot say:
 * words inside proper names are left alone, and when a document spells a word both ways, the
 * finding on the American form says so (one finding for the word, not two).
 */
import data from './data/lists/uk-spelling.json' with { type: 'json' };
import { fillMessage, listRule, type ListEntry, type ListFile } from './lib/list-rule.js';
import { findTerms, quote, type TermEntry, type TermList, type TermMatch } from './lib/terms.js';
import { oncePer } from './lib/memo.js';
import type { LintDocument } from '../src/types.js';

const file = data as ListFile;

let ukForms: TermList<TermEntry> | undefined;
/** The UK forms as a list of their own, to see when a document uses both spellings. */
function ukList(): TermList<TermEntry> {
  ukForms ??= {
    entries: file.entries
      // An entry with context (“a practise”, “to practice”) is a noun and verb pair: both forms are
      // right in their place, so a document with both does not spell one word 2 ways.
      .filter((e) => e.alternatives?.length && !e.context)
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

/** The UK spelling each entry has in the document, first place first (once per document). */
const ukInDocument = oncePer((doc: LintDocument) => {
  const found = new Map<string, string>();
  for (const uk of findTerms(doc, ukList(), { skipQuoted: false, skipBracketed: false })) {
    if (!found.has(uk.entry.id)) found.set(uk.entry.id, uk.text);
  }
  return found;
});

/**
 * Names are left alone, but a guide's form (an entry with its own message, like “well-being”) in a
 * capitalised plural is a generic term, not a body's name: “Health and Well-being Boards”.
 */
function keep(match: TermMatch<ListEntry>): boolean {
  if (inProperName(match)) return match.entry.message !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(match.after ?? '');
  // A capital letter in the middle of a sentence makes an American spelling a name on its own
  // too: “said Dr Gray”, “a clinic in Mold”, “the Center”. A guide's form (“Well-being”) is still
  // the guide's point.
  if (CAPITAL.test(match.text) && !match.startsSentence) return match.entry.message !== undefined;
  return true;
}

export default listRule(file, {
  keep,
  // The same word spelled both ways: the finding says so, instead of a second finding on the same word.
  message(doc, match) {
    const uk = ukInDocument(doc).get(match.entry.id);
    if (!uk) return undefined;
    // A guide's form (“well-being” → “wellbeing”) has its own message: add that the document has both.
    if (match.entry.message) return `${fillMessage(match.entry.message, match)} This document also writes ${quote(uk)}.`;
    return `${quote(match.text)} is American English, and this document also spells it ${quote(uk)}.`;
  },
});
