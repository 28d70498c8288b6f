/**
 * Where a capital letter is the writer's choice and where it is not, for the capitals rule: a line
 * of a title, a list label (“c) To Enhance”), an answer label (“A You can claim”), and a quote
 * that runs over a line break.
 */
import type { Token } from './tokens.js';

/** Small words a title leaves in lower case: “Plan for Patients”. */
const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', '&']);

/** Verbs that start an instruction: “Speak to the Practice Manager” is a step to take, not a title. */
const INSTRUCTION = new Set(['ask', 'book', 'bring', 'call', 'contact', 'email', 'phone', 'speak', 'talk', 'tell', 'visit', 'write']);

/**
 * A line of a title, or a label: every main word starts with a capital (“Joint Health and Wellbeing
 * Strategies”). Not a sentence of 4 words or more with a small word in it that ends in a full stop
 * or a colon, or (outside a heading) starts with a verb that asks the reader to do something:
 * “Go to the Radiology Department.”, “Talk to the Panel:” and a list item “Speak to the District
 * Nurse” read as sentences, not titles.
 */
export function titleLike(tokens: Token[], from: number, to: number, heading = true): boolean {
  let capitals = 0;
  let words = 0;
  let minor = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (MINOR.has(t.lower)) {
      if (/^\p{Ll}/u.test(t.raw)) minor++;
      continue;
    }
    if (/^[\p{Lu}\p{N}]/u.test(t.raw)) capitals++;
    else return false;
  }
  const last = tokens[to - 1];
  if (words >= 4 && minor > 0 && last && (last.raw === '.' || last.raw === '!' || last.raw === ':')) return false;
  if (!heading && words >= 4 && minor > 0 && INSTRUCTION.has(tokens[from]!.lower)) return false;
  return capitals >= 2;
}

/** “c) To Enhance”, “1. The Board”, “d. Mental health”: the word after a list label starts the clause. */
export function listLabel(tokens: Token[], at: number, from: number): boolean {
  // A letter or a small Roman numeral with its full stop, opening the paragraph: “d. Mental health admissions”.
  if (at - from === 1 && tokens[at - 1]!.kind === 'word' && /^(?:[a-z]|[ivx]{1,4})\.$/i.test(tokens[at - 1]!.raw)) return true;
  if (at - from > 2 || at < 2 || tokens[at - 2]!.kind !== 'word') return false;
  const mark = tokens[at - 1]!.raw;
  const label = tokens[at - 2]!.raw;
  if (mark === ')') return label.length <= 3;
  // The same, when the full stop is a token of its own.
  return mark === '.' && at - 2 === from && /^(?:[a-z]|[ivx]{1,4})$/i.test(label);
}

/** “Q Can I claim? ⏎ A Volunteers can”: in questions and answers, “A” at the start of a line is a label. */
export function answerLabel(text: string, a: Token): boolean {
  return a.raw === 'A' && /(?:^|\n)[ \t>*-]*$/.test(text.slice(Math.max(0, a.start - 8), a.start)) && /(?:^|\n)[ \t>*#-]*Q[ \t.:)]/.test(text);
}

/** Inside a quote that goes on over a line break: “the Trust”, “Band 5 Adult⏎Nursing Staff”. */
export function quoteOverLines(text: string, start: number, end: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start) + 1, start);
  const curly = line.split('“').length > line.split('”').length;
  const straight = line.split('"').length % 2 === 0;
  if (!curly && !straight) return false;
  // The closing mark is on a later line of the same paragraph.
  const rest = text.slice(end, end + 200).split(/\n\s*\n/)[0]!;
  const close = rest.search(curly ? /”/ : /"/);
  return close >= 0 && (text.slice(start, end) + rest.slice(0, close)).includes('\n');
}

/** A file's type and size in brackets: “(PDF, 98KB)”, “(Word document)”. */
const FILE_TYPE = /^[^.!?()\n]{0,60}?\(\s*(?:PDF|Word|MS Word|DOCX?|ODT|ODS|XLSX?|CSV|Excel|PowerPoint|PPTX?|RTF)\b/iu;

/**
 * The title of a document named with its file type: “See Recruiting staff (PDF, 98KB)”. A title
 * keeps its own capitals, even in sentence case, so its first word is not a common noun to flag.
 */
export function fileTitle(text: string, end: number): boolean {
  return FILE_TYPE.test(text.slice(end, end + 80));
}

/** A table cell that is a sentence: 6 words or more, ending in a full stop, “!” or “?” (“Ask the Practice Manager for a form.”). */
export function sentenceCell(text: string): boolean {
  const t = text.trim();
  return /[.!?]$/.test(t) && t.split(/\s+/).length >= 6;
}
