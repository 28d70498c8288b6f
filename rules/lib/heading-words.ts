/**
 * The words and paragraph shapes the headings rule works with: names kept in capitals, small words,
 * the last words of names of places and bodies, bold labels, and the words the body writes.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { LintDocument } from '../../src/types.js';
import { eachNode, plainText } from './mdast.js';
import { tokensOf } from './tokens.js';
import { guideTerm } from './guide-lower.js';
import { markQuotes } from './mentions.js';
import { isMedicalNoun } from './word-case.js';
import capitalsData from '../data/capitals.json' with { type: 'json' };
import acronymsData from '../data/acronyms.json' with { type: 'json' };
/** Names GOV.UK writes with capitals although each word is an everyday word (rules/data/capitals.json). */
export const KEEP_NAMES = capitalsData.keep.filter((name) => /^\p{Lu}/u.test(name));
/** Names that keep their capitals in a sentence-case heading. */
export const PROPER_NAMES = [
  'NHS App',
  'NHS England',
  'NHS website',
  'Mid and South Essex',
  'Integrated Care Board',
  'Integrated Care System',
  'Care Quality Commission',
  'Accessible Information Standard',
  'Equality Act',
  'Public Sector Equality Duty',
  'Pharmacy First',
  'Healthwatch',
  'Find a GP',
  'NHS 111 online',
  'Help Us Help You',
];
/**
 * Names the acronym glossary (rules/data/acronyms.json) writes with capitals, as their owners do:
 * “Patient Advice and Liaison Service”, “Making Every Contact Count”, “Personal Independence
 * Payment”. A heading that names one keeps its capitals (“Patient Advice and Liaison Service
 * (PALS)”). Expansions in lower case (“integrated care board”, “frequently asked questions”) are
 * not names, so a heading in title case with one of them is still flagged.
 */
export const GLOSSARY_NAMES = acronymsData.entries
  .map((entry) => entry.expansion)
  .filter((expansion) => /^\p{Lu}/u.test(expansion) && expansion.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2);
export const ALWAYS_CAPITAL = new Set(
  (
    'I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December England English Scotland Wales Welsh Ireland Northern Britain ' +
    'British London Essex Christmas Easter Ramadan Diwali Eid God Braille Makaton Internet'
  ).split(' '),
);
/** Small words that sentence case and most title case leave in lower case. */
export const MINOR = new Set(
  'a about an and as at but by for from if in into is it its nor of off on onto or out over per so than the to up via vs with yet'.split(
    ' ',
  ),
);
/**
 * Last words of the names of places and organisations (“Corner Surgery”, “Station Road”,
 * “Child Benefit”): a short heading with one of them may be a name, even when each word is an
 * ordinary word.
 */
export const NAME_HEADS = new Set(
  (
    'surgery surgeries practice centre center hospital hospitals clinic trust council board road street lane avenue ' +
    'drive close crescent square place house court park ward unit partnership group network pharmacy foundation ' +
    'college school university academy allowance benefit credit scheme fund award awards appeal campaign'
  ).split(' '),
);
/** A heading that starts with one of these is a clause, not a name: “We Asked”, “You Said”. */
export const PRONOUNS = new Set(['I', 'We', 'You', 'They', 'He', 'She', 'It']);
export const SPLITS_NAME = 'Use a capital letter for the first word and for names only, like “Apply for a Blue Badge”.';
export const ABBREVIATION = /\b(etc|ltd|st|dr|no|co|inc|vs|e\.g|i\.e)\.$/i;
export const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Small words after which a name may start (“Nurse Recruitment in South Eastern Trust”); not “of”, “and”, “for”, which join a name's words. */
export const BEFORE_NAME = new Set(['in', 'at', 'on', 'by', 'to', 'from', 'with', 'into']);

/** The text of a paragraph that is wholly one bold run, in italics or not (“***Writing to Us***”), else undefined. */
export function boldLabel(paragraph: Paragraph): string | undefined {
  const kids = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const only = kids.length === 1 ? kids[0]! : undefined;
  if (only?.type === 'emphasis' && only.children.length === 1 && only.children[0]!.type === 'strong') {
    return boldOnly({ ...paragraph, children: [only.children[0]!] });
  }
  return boldOnly(paragraph);
}

/** The text of a paragraph that is wholly one bold run (no links or images), else undefined. */
export function boldOnly(paragraph: Paragraph): string | undefined {
  const kids = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || kids[0]!.type !== 'strong') return undefined;
  let hasLink = false;
  eachNode(kids[0]!, 'link', () => (hasLink = true));
  eachNode(kids[0]!, 'image', () => (hasLink = true));
  if (hasLink) return undefined;
  const text = plainText(kids[0]!).replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(text) ? text : undefined;
}

/**
 * A paragraph of prose: not bold, and reads like sentences (ends like one, or has 8 words or more),
 * so a bold name over an address or a job title is not taken for a heading.
 */
export function isOrdinaryParagraph(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph' || boldOnly(node) !== undefined) return false;
  const text = plainText(node).trim();
  if (!/\p{L}/u.test(text)) return false;
  return /[.!?:)]["”’]?$/.test(text) || text.split(/\s+/).length >= 8;
}

/**
 * Capitalised words the body uses in the middle of sentences: names, like “Station Road”; and
 * the words the body writes in lower case.
 */
export function wordsInBody(doc: LintDocument, skipLabels = false, preset?: 'nhs' | 'govuk'): { names: Set<string>; lower: Set<string> } {
  const out = new Set<string>();
  const lower = new Set<string>();
  const titles = quotedTitles(doc.text);
  for (const block of doc.blocks) {
    if (block.kind === 'heading') continue;
    // A bold line checked as a label is not body text for itself.
    if (skipLabels && block.node.type === 'paragraph' && boldLabel(block.node) !== undefined) continue;
    const words = tokensOf(block).filter((t) => t.kind === 'word');
    const slip = preset ? guideSlips(words, preset) : undefined;
    let sentence = -1;
    words.forEach((t, k) => {
      const first = t.sentence !== sentence;
      sentence = t.sentence;
      // A test's name with a capital (“known as Cystoscopy”) is a slip the capitals rule flags, not a name.
      if (!first && /^\p{Lu}\p{Ll}/u.test(t.raw) && !slip?.has(k) && !titles[t.start] && !isMedicalNoun(t.raw)) out.add(t.raw);
      else if (/^\p{Ll}/u.test(t.raw)) lower.add(t.raw);
    });
  }
  return { names: out, lower };
}

/**
 * The characters of quoted titles in title case: ‘Risks and Benefits of Cataract Surgery’. A title
 * of 4 to 12 words whose every word of 4 letters or more has a capital is in title case, so its
 * capitals do not show that its words are names (“Cataract Surgery” in a heading is still title
 * case). A short quote (“the Eye Hospital”) may be a name, and keeps its capitals as evidence.
 */
function quotedTitles(text: string): Uint8Array {
  const quoted = markQuotes(text);
  const titles = new Uint8Array(text.length);
  let i = 0;
  while (i < text.length) {
    if (!quoted[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && quoted[j]) j++;
    const words = text.slice(i, j).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length >= 4 && words.length <= 12 && words.filter((w) => w.length >= 4).every((w) => /^\p{Lu}/u.test(w))) titles.fill(1, i, j);
    i = j;
  }
  return titles;
}

/**
 * The places of words that are capitalised only as part of a term the guides write in lower case
 * (“Free School Meals”, “Pupil Premium”), as the whole run of capitals: a page that writes the term so
 * has the slip, not a name, so its words do not make a heading's capitals look like a name.
 */
/** Words after a term that say what of it: “Free School Meals Application Form”. */
const FORM_WORDS = new Set(['application', 'applications', 'form', 'forms', 'checker', 'eligibility', 'page', 'team', 'policy']);

function guideSlips(words: { raw: string; sentence: number }[], preset: 'nhs' | 'govuk'): Set<number> {
  const out = new Set<number>();
  const capital = (k: number) => /^\p{Lu}\p{Ll}/u.test(words[k]!.raw);
  for (let i = 0; i < words.length; i++) {
    if (!capital(i)) continue;
    let j = i;
    while (j + 1 < words.length && capital(j + 1) && words[j + 1]!.sentence === words[i]!.sentence) j++;
    // The whole run, or the term before words that say what of it (“Free School Meals Application Form”).
    // A longer name that holds a term (“the Annual Public Health Report”) keeps its capitals, and so
    // does the end of a title (“Director of Public Health”).
    const joined = i >= 2 && /^(of|for|and)$/.test(words[i - 1]!.raw) && words[i - 1]!.sentence === words[i]!.sentence && capital(i - 2);
    let end = j;
    while (end > i + 1 && FORM_WORDS.has(words[end]!.raw.toLowerCase())) end--;
    if (!joined && end > i && guideTerm(words.slice(i, end + 1).map((w) => w.raw), preset)) for (let k = i; k <= end; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * Pronouns after a heading's first word: in a name they are rare, so a capital on one is title
 * case (“Contact Us”, “About Us”, “Preparing For Your Visit”), however short the heading.
 */
export const INNER_PRONOUNS = new Set(['Us', 'You', 'Your', 'Yours', 'Our', 'Me', 'My', 'Them', 'Their']);

/**
 * A heading that opens with a term in title case and goes on in lower case: “Sexually Transmitted
 * Infection (STI) testing”, “Blood Test results”. Only when the term's words are everyday words
 * (listed in lower case only) and the page writes the same term in lower case elsewhere
 * (“sexually transmitted infections”, in the singular or plural), so a name is never touched.
 */
export function leadingTermSlip(text: string, lowerOnly: (word: string) => boolean, body: string): { suggestion: string; words: string[] } | undefined {
  const parts = text.split(/\s+/);
  let n = 0;
  while (n < parts.length && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[n]!) && !MINOR.has(parts[n]!.toLowerCase()) && lowerOnly(parts[n]!)) n++;
  const rest = parts.slice(n);
  if (n < 2 || !rest.some((w) => /^\p{Ll}{3,}/u.test(w)) || /^\p{Lu}/u.test(rest[0] ?? '')) return undefined;
  const words = parts.slice(1, n);
  const lower = words.map((w) => w.toLowerCase());
  const first = parts[0]!;
  const term = new RegExp(`(?<![\\p{L}])[${first[0]}${first[0]!.toLowerCase()}]${first.slice(1)} ${lower.join(' ')}s?(?![\\p{L}])`, 'u');
  if (!term.test(body)) return undefined;
  return { suggestion: [first, ...lower, ...rest].join(' '), words };
}

/**
 * A heading in sentence case but for one word: “At your Appointment”, “Before your Visit”. A main
 * word in lower case shows the writer's sentence case, and a capital on a later word the
 * dictionary lists in lower case only is a slip. Left alone: 2 capitalised words in a row (a name:
 * “Blue Badge”), a word after “at”, “in” or “from” (“a flu jab at Boots”), a word after a colon,
 * dash, bracket or sentence end (a new part), the last words of names of
 * places and bodies (“Pharmacy”, “Surgery”), and words the page or the names list capitalise.
 * Returns the heading in sentence case and the words lowered, or undefined.
 */
export function oneCapitalSlip(
  text: string,
  opts: { lowerOnly: (word: string) => boolean; kept: Set<string>; names: string[] },
): { suggestion: string; words: string[] } | undefined {
  let masked = text;
  for (const name of opts.names) if (name && masked.includes(name)) masked = masked.split(name).join('\u0000'.repeat(name.length));
  const parts = [...masked.matchAll(/\S+/g)];
  let sentenceCase = false;
  const lowerAt: number[] = [];
  const words: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]![0];
    const prev = parts[i - 1]![0];
    const core = part.replace(EDGE, '');
    // A new part of the heading starts after a colon, a dash, a bracket or a question (“No phone? Use the form”).
    if (/[:–—(?!]$|^[-–—]$/.test(prev) || /^[("“‘'[]/.test(part)) {
      sentenceCase = false;
      continue;
    }
    if (!core || part.includes('\u0000') || /\d/.test(part)) continue;
    if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(core)) {
      if (!MINOR.has(core)) sentenceCase = true;
      continue;
    }
    if (!sentenceCase || !/^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(core)) continue;
    const next = parts[i + 1]?.[0].replace(EDGE, '') ?? '';
    const before = prev.replace(EDGE, '');
    // A name may start after “at”, “in”, “from” or “with” (“Book a flu jab at Boots”).
    if (/^\p{Lu}/u.test(next) || /^\p{Lu}/u.test(before) || prev.includes('\u0000') || BEFORE_NAME.has(before)) continue;
    if (ALWAYS_CAPITAL.has(core) || NAME_HEADS.has(core.toLowerCase()) || opts.kept.has(core) || !opts.lowerOnly(core)) continue;
    lowerAt.push(parts[i]!.index! + part.indexOf(core));
    words.push(core);
  }
  if (!words.length) return undefined;
  let out = text;
  for (const at of lowerAt) out = out.slice(0, at) + out.charAt(at).toLowerCase() + out.slice(at + 1);
  return { suggestion: out, words };
}

/**
 * A heading worded as a question with no question mark: “Can there be any risks”, “How do I
 * book”, “Is there parking at the clinic”. A helping verb starts it (after “how”, “what” and the
 * like) and a pronoun or a word like “the” follows: the word order of a question. “Do” and “have”
 * also start orders and names (“Do a card sort”, “Have your say”), so after them only a pronoun
 * counts. A heading with a question mark anywhere is left alone.
 */
const QUESTION_START =
  /^(?:(?:how|what|when|where|why|who|which)\s+)?(?:(?:can|could|does|did|is|are|was|were|will|would|should|shall)\s+(?:i|you|we|they|he|she|it|there|my|your|our|their|the|a|an|this|these|any|anyone|someone)|(?:do|have|has)\s+(?:i|you|we|they|he|she|it|there|anyone))(?![\p{L}\p{N}'’-])/iu;
export const questionWithoutMark = (text: string): boolean => !text.includes('?') && QUESTION_START.test(text);
