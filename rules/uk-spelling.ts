/**
 * uk-spelling: the list in rules/data/lists/uk-spelling.json (American spellings, and the forms the
 * NHS and GOV.UK A to Z guides do not use, like “well-being”), plus what a list cannot say: words
 * inside proper names are left alone (unless the page writes the same title the guide's way), and
 * when a document writes a word in several forms (“Out Patients”, “Out-patients”, “Outpatient”),
 * each finding names the others, and the reports show the forms of one word as one item.
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

/**
 * One word, in all its forms: the UK form an entry asks for, in lower case and without a plural
 * “s”, so “Out-patients”, “out patient” and “Outpatient” are one word (“outpatient”).
 */
function wordOf(entry: TermEntry): string | undefined {
  const uk = entry.alternatives?.[0];
  return uk ? shape(uk) : undefined;
}

/** The UK spelling of each word in the document, first place first (once per document). */
const ukInDocument = oncePer((doc: LintDocument) => {
  const found = new Map<string, string>();
  for (const uk of findTerms(doc, ukList(), { skipQuoted: false, skipBracketed: false })) {
    // ukList's entries match the UK form itself.
    const word = shape(uk.entry.match[0]!);
    if (!found.has(word)) found.set(word, uk.text);
  }
  return found;
});

let allForms: TermList<ListEntry> | undefined;
/**
 * Every form of each word the document writes, as written, in order: the guide's form and the
 * others, names too (“Cardiology Out-patients”), so a finding can say how many ways there are.
 */
const formsInDocument = oncePer((doc: LintDocument) => {
  allForms ??= { entries: file.entries.filter((e) => e.message !== undefined && e.alternatives?.length) };
  const forms = new Map<string, Array<{ text: string; start: number }>>();
  const add = (word: string | undefined, text: string, start: number) => {
    if (!word) return;
    const list = forms.get(word) ?? [];
    // “e-mails” is the form “e-mail” again; so is “Out patients” beside “out patient”.
    if (!list.some((f) => shape(f.text) === shape(text))) list.push({ text, start });
    forms.set(word, list);
  };
  for (const m of findTerms(doc, allForms, { skipQuoted: false, skipBracketed: false })) add(wordOf(m.entry), m.text, m.start);
  for (const m of findTerms(doc, ukList(), { skipQuoted: false, skipBracketed: false })) add(shape(m.entry.match[0]!), m.text, m.start);
  for (const list of forms.values()) list.sort((a, b) => a.start - b.start);
  return forms;
});

/** A form without its capitals or a plural “s”: how it is written, not which word it is. */
function shape(text: string): string {
  return text.toLowerCase().replace(/(?<=[^s])s$/, '');
}

/** Words that make a run of capitalised words an organisation's name: “Northshire Well-being Service”. */
const ORGANISATION = new Set(
  ('trust trusts nhs council councils foundation board boards ltd limited plc cic group partnership partnerships service services ' +
    'association society charity university college school hospital hospitals authority commission agency network alliance ' +
    'federation institute forum company centre centres practice surgery healthwatch').split(' '),
);
/**
 * The capitalised words around a match (“The Senior Health Care Support Worker”), with “and”,
 * “of” or “&” between them, each with where it starts; the match is one of them.
 */
function nameRun(text: string, start: number, end: number): Array<{ word: string; at: number }> {
  const run: Array<{ word: string; at: number }> = [{ word: text.slice(start, end), at: start }];
  const before = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]*|and|of|&)([ \t]+)$/u;
  let from = start;
  for (let m = before.exec(text.slice(Math.max(0, from - 40), from)); m; m = before.exec(text.slice(Math.max(0, from - 40), from))) {
    from -= m[1]!.length + m[2]!.length;
    run.unshift({ word: m[1]!, at: from });
  }
  const after = /^[ \t]+(\p{Lu}[\p{L}'’-]*|and|of|&)(?![\p{L}])/u;
  let to = end;
  for (let m = after.exec(text.slice(to, to + 40)); m; m = after.exec(text.slice(to, to + 40))) {
    run.push({ word: m[1]!, at: to + m[0].length - m[1]!.length });
    to += m[0].length;
  }
  return run;
}

/**
 * The page writes this name with the guide's form too: “Senior Health Care Support Worker” and
 * “Senior Healthcare Support Worker”, or, without a first word that only starts the sentence,
 * “The Senior Health Care Support Worker”. Any part of the name with the match and a word beside it counts.
 */
function nameWrittenBothWays(doc: LintDocument, match: TermMatch<ListEntry>, run: Array<{ word: string; at: number }>): boolean {
  const uk = match.entry.alternatives![0]!;
  const text = squash(doc.text);
  const here = run.findIndex((w) => w.at === match.start);
  const isJoin = (w: { word: string }) => /^(?:and|of|&)$/.test(w.word);
  for (let i = 0; i <= here; i++) {
    for (let j = run.length - 1; j >= here; j--) {
      if (j - i < 1 || isJoin(run[i]!) || isJoin(run[j]!)) continue;
      const from = run[i]!.at;
      const to = run[j]!.at + run[j]!.word.length;
      const name = `${doc.text.slice(from, match.start)}${uk}${doc.text.slice(match.end, to)}`;
      if (text.includes(squash(name))) return true;
    }
  }
  return false;
}

/**
 * Names are left alone, but a guide's form (an entry with its own message, like “well-being”) in a
 * capitalised plural is a generic term, not a body's name: “Health and Well-being Boards”. So is
 * the word in a title or a label the page also writes the guide's way: “Senior Health Care Support
 * Worker” beside “Senior Healthcare Support Worker”, or a hyphenated form (“Cardiology
 * Out-patients”) beside the guide's form anywhere (“the Outpatient Department”). Each is one word
 * written 2 ways, unless the words around it name an organisation (“Northshire Well-being Service”).
 */
function keep(match: TermMatch<ListEntry>, doc: LintDocument): boolean {
  if (inProperName(match)) {
    if (match.entry.message === undefined) return false;
    if (/^\p{Lu}\p{Ll}+s$/u.test(match.after ?? '')) return true;
    const word = wordOf(match.entry);
    if (!word || !ukInDocument(doc).has(word) || inQuotes(doc.text, match.start)) return false;
    const run = nameRun(doc.text, match.start, match.end);
    if (run.some((w) => ORGANISATION.has(w.word.toLowerCase()))) return false;
    return match.text.includes('-') || nameWrittenBothWays(doc, match, run);
  }
  // A capital letter in the middle of a sentence makes an American spelling a name on its own
  // too: “said Dr Gray”, “a clinic in Mold”, “the Center”. A guide's form (“Well-being”) is still
  // the guide's point.
  if (CAPITAL.test(match.text) && !match.startsSentence) return match.entry.message !== undefined;
  return true;
}

/** Inside quotation marks opened earlier in the paragraph: a name quoted to talk about it. */
function inQuotes(text: string, at: number): boolean {
  const paragraph = text.slice(Math.max(0, text.lastIndexOf('\n\n', at)), at);
  const curly = (paragraph.match(/“/g)?.length ?? 0) > (paragraph.match(/”/g)?.length ?? 0);
  return curly || (paragraph.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Lower case with single spaces, to find the same words however they are spaced or capitalised. */
const squash = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** “A”, “B” and “C”. */
function listed(texts: string[]): string {
  const quoted = texts.map((t) => quote(t));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0]!;
}

export default listRule(file, {
  keep,
  // “out-patient”, “out-patients” and “out patient” are one word in the reports: “outpatient”.
  term: (match) => (match.entry.message !== undefined ? wordOf(match.entry) : undefined),
  // The same word spelled both ways: the finding says so, instead of a second finding on the same word.
  message(doc, match) {
    const word = wordOf(match.entry);
    const uk = word ? ukInDocument(doc).get(word) : undefined;
    // A guide's form (“well-being” → “wellbeing”) has its own message: add the document's other
    // forms of the word, the guide's first (“This document also writes “Outpatient” and “Out Patients”.”).
    if (match.entry.message) {
      const others = (word ? formsInDocument(doc).get(word) ?? [] : []).map((f) => f.text).filter((t) => shape(t) !== shape(match.text));
      if (uk) others.sort((a, b) => (a === uk ? -1 : b === uk ? 1 : 0));
      if (!others.length) return undefined;
      return `${fillMessage(match.entry.message, match)} This document also writes ${listed(others)}.`;
    }
    if (!uk) return undefined;
    return `${quote(match.text)} is American English, and this document also spells it ${quote(uk)}.`;
  },
});
