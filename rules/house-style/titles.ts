/**
 * house-style/punctuation, titles and names of documents: a document's title run into a sentence
 * with nothing to mark where it starts and ends (“The What to expect after vaccinations leaflet
 * describes …”), and an Act named the wrong way round (“the 2014 Care Act” → “the Care Act 2014”).
 */
import type { Env, Hit } from './shared.js';
import { q } from './shared.js';
import { type BlockText, claim, freeMatches } from './text.js';
import { COMMON, JOB_TITLES } from '../lib/capital-words.js';

/** Words for a document that a title can come before: “the … leaflet”. */
const DOCUMENT_WORDS = 'leaflets?|booklets?|charts?|factsheets?|fact sheets?|posters?|guides?|handbooks?|toolkits?|publications?';
/** Could this block name a document at all? (A quick test before the full pattern.) */
export const DOCUMENT_WORD = new RegExp(DOCUMENT_WORDS);

/**
 * “the What to expect after vaccinations leaflet”: “the”, a capitalised word, then 2 to 10 more
 * words, then a word for a document. The words in between are checked in code (titleRun).
 */
const TITLE_RUN = new RegExp(
  `(?<![\\p{L}])[Tt]he[ \\t]+(\\p{Lu}\\p{Ll}+(?:[ \\t]+[\\p{L}’'-]+){2,10}?)[ \\t]+(${DOCUMENT_WORDS})(?![\\p{L}])`,
  'gu',
);

/** Words a title may have that are not its content: “What to expect after your operation”. */
const SMALL = new Set('of and or for with to in on at after before about from your you if when how what why is are not'.split(' '));
/** Words that show the run is part of a sentence, not a title: “the Trust to update its plan”. */
const SENTENCE_WORDS = new Set(
  'the a an its their this that these those his her which who whose our we they it was were be been has have had will would can could should may might must'.split(' '),
);

/**
 * Is this run of words a title in sentence case: its first word capitalised (and not a word like
 * “Board” or “Director”, which is the body's own name), every other word in lower case, at least 2
 * of them content words and one a small word, and no word that belongs to the sentence around it?
 */
function titleRun(words: string[]): boolean {
  const [first, ...rest] = words;
  if (!first || COMMON.has(first.toLowerCase()) || JOB_TITLES.has(first.toLowerCase())) return false;
  if (rest.some((w) => !/^\p{Ll}/u.test(w) || SENTENCE_WORDS.has(w) || /ed$/.test(w))) return false;
  // A title reads as a phrase (“Caring for your stitches”), with a small word in it; a stack of
  // nouns (“the Endoscopy unit patient leaflet”) describes the document, it is not its title.
  return rest.filter((w) => !SMALL.has(w)).length >= 2 && rest.some((w) => SMALL.has(w));
}

/** Is there markup in the source between any 2 characters of text[from, to)? */
function hasMarkup(t: BlockText, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (t.starts[i + 1] !== t.ends[i]) return true;
  return false;
}

export function checkRunInTitles(t: BlockText, env: Env, hits: Hit[]): void {
  if (t.block.kind === 'heading' || t.block.inTable) return;
  for (const { m, from, to } of freeMatches(t, TITLE_RUN)) {
    const title = m[1]!;
    if (!titleRun(title.split(/[ \t]+/))) continue;
    const start = from + m[0].indexOf(title);
    const end = start + title.length;
    // Marked some other way already: a link, italics or bold leave a gap in the source between
    // 2 characters of the text (“the [What to expect](…) leaflet”, “the *What to expect* leaflet”).
    if (/\uFFFC/.test(title) || hasMarkup(t, from, to)) continue;
    const quoted = env.guide === 'govuk' ? `‘${title}’` : `“${title}”`;
    claim(t, from, to);
    hits.push({
      check: 'quotes',
      from: start,
      to: end,
      message: `Put the title ${q(title)} in quotation marks, or make it a link, so readers see where it starts and ends.`,
      why: 'A title run into a sentence reads as part of the sentence, and readers lose track of what it says.',
      suggestions: [`the ${quoted} ${m[2]}`],
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#quotes-and-speech-marks',
      severity: 'suggestion',
    });
  }
}

/** “the 2014 Care Act”, “the 2012 Health and Social Care Act”: the year before the name of an Act. */
const ACT_YEAR_FIRST = /(?<![\p{L}\p{N}])((?:19|20)\d{2})[ \t]+(\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:and|of|for|the|in)[ \t]+)?\p{Lu}[\p{L}’'-]*){0,6}[ \t]+Act)(?![\p{L}\p{N}])(?![ \t]+(?:19|20)\d{2})/gu;

export function checkActNames(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, ACT_YEAR_FIRST)) {
    const [, year, name] = m as unknown as string[];
    // “In 2014 Parliament passed the Act”: the words must be the Act's name, not a new sentence.
    if (/^(?:The|This|That|An?|Parliament|Government|Ministers?)\b/.test(name!)) continue;
    const right = `${name} ${year}`;
    claim(t, from, to);
    hits.push({
      check: 'terms',
      from,
      to,
      message: `Write the name of the Act as ${q(right)}, with the year after it, not ${q(m[0])}.`,
      why: 'The full title of an Act ends with its year, as in “Planning and Compulsory Purchase Act 2004”, so readers can find it.',
      suggestions: [right],
      fix: { from, to, text: right },
      sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#act-act-of-parliament',
    });
  }
}
