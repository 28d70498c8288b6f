/**
 * Words inside names: a list rule leaves alone a word that is part of the name of a place, an
 * organisation or a programme, because the writer cannot change a name.
 *
 * - “Worcestershire Acute Hospitals NHS Trust”: a capitalised match next to another capitalised
 *   word, away from the start of the sentence, or before a word that says what it names (“the
 *   Facilitate project”);
 * - “Newcastle upon Tyne”, “Kingston upon Hull”: a small lower-case word between 2 capitalised words;
 * - “a programme we call Compass”, “a service called the Hub”: a name the text introduces, left
 *   alone there and wherever else the document uses it;
 * - “Ali Khan, transformation lead at the ICB”, “head of transformation”: someone's job title.
 */
import type { LintDocument } from '../../src/types.js';
import { oncePer } from './memo.js';
import type { TermMatch } from './terms.js';
import { matchesOf } from './matches.js';

const CAPITAL = /^\p{Lu}/u;
/** “the” or “a” before the capitalised words of a name. */
const LEADING_THE = /^(?:the|a|an)$/u;
const LOWER = /^\p{Ll}/u;

/** A capitalised word that is not just the first word of the sentence. */
function capitalised(word: string | undefined): boolean {
  return word !== undefined && CAPITAL.test(word);
}

/** “Engagement and Involvement Team”, “Department of Health”: a small joining word, then a capitalised word. */
const JOINS_NAME = /^\s+(?:and|of|for|&)\s+\p{Lu}/u;
/**
 * “values – One Team, Compassionate and Innovative”: the last of a list of capitalised words, a
 * comma, a capitalised word, then “and”, “or” or “&”, right before the match. Not 2 words alone
 * (“Conscious Sedation and Analgesia” is a title in capitals, and its medical word still needs
 * explaining).
 */
/** A year right after the match: “Strategic Direction 2021-2025”, “Annual Report 2023/24”. */
const YEAR_AFTER = /^[ \u00a0]+(?:19|20)\d\d(?!\d)/u;
const JOINED_TO_NAME = /,\s+\p{Lu}[\p{L}'’-]*,?\s+(?:and|or|&)\s+$/u;

/** Words after a name that say what kind of thing it names: “the Facilitate project”. */
export const NAMED_KIND = new Set(
  'project projects programme programmes campaign campaigns scheme schemes app apps initiative initiatives fund pilot platform toolkit network partnership award awards'.split(' '),
);

/** A capitalised word that is not in capitals all through (“Team”, not “NHS”). */
function titleWord(word: string | undefined): boolean {
  return capitalised(word) && word!.length > 1 && word !== word!.toUpperCase();
}

/** Is the match part of a name written in capitals, or a small word joining one? */
export function inProperName(match: TermMatch, doc?: LintDocument): boolean {
  const text = match.text;
  const letters = text.replace(/[^\p{L}]/gu, '');
  // Capitals all through are shouting or an acronym, not a name: “UTILISE”, “BAME”.
  if (letters.length > 1 && letters === letters.toUpperCase()) return false;
  // The word before counts only when it is not capitalised just for starting the sentence.
  const before = match.secondInSentence ? undefined : match.before;
  if (CAPITAL.test(text)) {
    // “Acute Hospitals” in “Worcestershire Acute Hospitals NHS Trust”; not “Leverage” starting a sentence.
    // At the start of a sentence, only a capitalised word after it makes a name: “Locality Team will call”.
    if (match.startsSentence) return titleWord(match.after);
    // Every word of the match is capitalised, and a capitalised word is next to it.
    const words = text.split(/\s+/);
    if (!words.every((w) => !LOWER.test(w))) return false;
    if (capitalised(before) || capitalised(match.after)) return true;
    // “the Facilitate project”, “our Synergy app”: a capital in the middle of a sentence, before a
    // word that says what kind of thing it names.
    if (!match.startsSentence && NAMED_KIND.has(match.after?.toLowerCase() ?? '')) return true;
    if (doc === undefined) return false;
    // “our Strategic Direction 2021-2025”: capitals in the middle of a sentence, then a year, title a document.
    if (YEAR_AFTER.test(doc.text.slice(match.end, match.end + 8))) return true;
    // “Innovative and Caring” (a joining word, then a capital) or “One Team, Compassionate and
    // Innovative” (the last of a list of capitalised words): names.
    return JOINS_NAME.test(doc.text.slice(match.end, match.end + 40)) || JOINED_TO_NAME.test(doc.text.slice(Math.max(0, match.start - 60), match.start));
  }
  // “upon” in “Newcastle upon Tyne”: one lower-case word between 2 capitalised words.
  if (!text.includes(' ') && LOWER.test(text)) return capitalised(match.before) && capitalised(match.after);
  // “the Disabled Students Allowance”, “the Elderly Care Unit”: “the”, then capitalised words, then
  // another capitalised word. Not “care for the Disabled and elderly” (no capital after it).
  const words = text.split(/\s+/);
  if (words.length > 1 && LEADING_THE.test(words[0]!) && words.slice(1).every((w) => titleWord(w))) return titleWord(match.after);
  return false;
}

/** What a name in apposition names: “Synergy, our new app”, “our new app, Synergy”. */
const KIND = '(?:app|service|programme|project|campaign|scheme|tool|website|platform|initiative|network|group|forum)';
const CAP_NAME = '(\\p{Lu}[\\p{L}\\p{N}\'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}\'’-]*){0,3})';
const APPOSITION_AFTER = new RegExp(`(?<=\\p{Ll}\\s)${CAP_NAME},\\s+(?:our|the|a|an|their|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${KIND}\\b`, 'gu');
const APPOSITION_BEFORE = new RegExp(`\\b(?:our|the|a|an|their|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${KIND},\\s+${CAP_NAME}(?=[,.;:)!?]|\\s+(?:is|was|will|helps|lets|gives|has)\\b)`, 'gu');

/** A name of 2 to 6 capitalised words, then its last word or 2 in lower case in brackets: “the Health and Growth Accelerator (accelerator)”. */
const SHORT_NAME = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|for)\s+)?){1,5}\p{Lu}[\p{L}'’-]*)\s+\((?:the\s+)?(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?)\)/gu;

/**
 * The names a document introduces, in lower case: “a programme we call Compass”, “a service
 * called the Hub”, “known as ‘Home First’”, “Synergy, our new app”. A name is 1 to 5 capitalised words (or quoted words).
 */
export const introducedNames: (doc: LintDocument) => string[] = oncePer((doc: LintDocument) => {
  const names = new Set<string>();
  const pattern =
    /\b(?:called|named|known as|(?:we|they|you|people) (?:now |often |sometimes |will )?call(?: it| this| them| these)?)\s+(?:the\s+|our\s+|a\s+)?(?:[‘“'"]([^’”'"\n]{1,60})[’”'"]|((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|and|of|for|&)){0,4}))/gu;
  for (const block of doc.blocks) {
    for (const m of [...matchesOf(block.text, pattern), ...matchesOf(block.text, APPOSITION_AFTER), ...matchesOf(block.text, APPOSITION_BEFORE)]) {
      const name = (m[1] ?? m[2] ?? '').trim().replace(/\s+(?:and|of|for|&)$/u, '');
      if (name) names.add(name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' '));
    }
    // “the Economic Inactivity Trailblazer (trailblazer)”: a short name in brackets, the last words of the name.
    for (const m of matchesOf(block.text, SHORT_NAME)) {
      const full = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const short = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      if (full.endsWith(` ${short}`)) names.add(short.replace(/[’]/g, "'"));
    }
  }
  return [...names];
});

/** Is the match (or the name it sits in) a name the document introduces? */
export function inIntroducedName(doc: LintDocument, match: TermMatch): boolean {
  const names = introducedNames(doc);
  if (!names.length) return false;
  const text = ` ${match.text.toLowerCase().replace(/[’]/g, "'")} `;
  return names.some((name) => ` ${name} `.includes(text));
}

/** “We do not describe people as mentally ill”, “instead of ‘utilise’”: the word is talked about, not used. */
const TALKED_ABOUT = [
  /\b(?:do not|don['’]t|never|not|avoid|we avoid)\s+(?:say|use|write|call|describe|talk about|refer to)\b[^.!?:;]{0,40}$/i,
  /\b(?:instead of|rather than|the word|the words|the term|the phrase)\s*[“"‘']?$/i,
];

/** Is the match a word the sentence talks about (“we do not say …”) rather than uses? */
export function talkedAbout(doc: LintDocument, match: TermMatch): boolean {
  let before = doc.text.slice(Math.max(0, match.start - 80), match.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (stop >= 0) before = before.slice(stop + 1);
  return TALKED_ABOUT.some((pattern) => pattern.test(before));
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Source ranges of the text of every link: from its first child to its last. */
const linkTextRanges = oncePer((doc: LintDocument): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  const walk = (node: MdNode) => {
    if ((node.type === 'link' || node.type === 'linkReference') && node.children?.length) {
      const first = node.children[0]!.position?.start.offset;
      const last = node.children[node.children.length - 1]!.position?.end.offset;
      if (first !== undefined && last !== undefined) out.push([first, last]);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(doc.mdast as unknown as MdNode);
  return out;
});

/** “Updated [fetus](/a-to-z#fetus)”: a link whose whole text is the term names a page about it. */
export function isWholeLinkText(doc: LintDocument, match: TermMatch): boolean {
  return linkTextRanges(doc).some(([s, e]) => s === match.start && e === match.end);
}

/** Words that make the words before them a job title: “transformation lead”, “locality manager”. */
const ROLE = new Set(
  'lead leads manager managers officer officers director directors coordinator coordinators co-ordinator co-ordinators facilitator facilitators practitioner practitioners adviser advisers advisor advisors administrator administrators analyst analysts champion champions'.split(
    ' ',
  ),
);
/** Words that describe people before their role, so the words are not a post's title: “trained”, “friendly”. */
const DESCRIBED = /\b(?:trained|specialist|expert|qualified|experienced|friendly)\s+$/iu;
/** “head of transformation”, “clinical director for acute care”: a job title that ends in the term. */
const ROLE_BEFORE =
  /\b(?:head|heads|director|directors|lead|manager|managers|officer|chief officer|deputy director|associate director|assistant director|programme director|programme manager|senior manager|clinical lead)\s+(?:of|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/iu;

/**
 * Is the match part of someone's job title or a team's name (“Ali Khan, transformation lead at the
 * ICB”, “our locality manager”, “head of transformation”)? The writer cannot change a job title.
 * Not for the NHS A to Z's medical words: the guide wants the plain word there too (“kidney team”).
 */
export function inJobTitle(doc: LintDocument, match: TermMatch): boolean {
  // The NHS A to Z's medical words stay plain in titles too: “kidney team”, “heart specialist”.
  if (String(match.entry.source ?? '').includes('a-to-z-of-nhs-health-writing')) return false;
  const next = match.after?.toLowerCase().replace(/[’]/g, "'");
  // “trained smoking cessation advisers”: a word that describes the people, not a post's title.
  if (next && ROLE.has(next) && DESCRIBED.test(doc.text.slice(Math.max(0, match.start - 20), match.start))) return false;
  if (next && ROLE.has(next)) {
    // “Good commissioning leads to better care”: “leads to” is a verb, not a job.
    const rest = doc.text.slice(match.end, match.end + 40);
    return !/^\s*\S+\s+(?:to|on|by|the|our|a)\b/iu.test(rest) || !/^(?:lead|leads)$/u.test(next);
  }
  let before = doc.text.slice(Math.max(0, match.start - 60), match.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(', '));
  if (stop >= 0) before = before.slice(stop + 1);
  return ROLE_BEFORE.test(before);
}

/** Words before a label: “on pathway 1”, “at stage 2”, “the option A”. */
const LABEL_BEFORE = new Set(
  'on at in into onto from for of the a an this that each every your our their its via under within between with called named'.split(' '),
);
/** Words that come before a number without naming anything: “amongst 20”, “approximately 84”. */
const BEFORE_NUMBERS = /ly$|^(?:amongst|among|circa|approx|upwards|whilst|around|about|over|under|nearly|almost)$/u;
/** A number of 1 or 2 figures or one capital letter, as a whole word: “2”, “0”, “3b”, “A”. */
const LABEL_MARK = /^[ \u00a0]+(?:\d{1,2}[a-z]?|[A-Z])(?![\p{L}\p{N}]|[.,]\p{N})/u;

/**
 * “on pathway 1”, “at stage 2”, “the level 0”: a word with a number or a letter after it is the
 * label of one step or choice in a scheme, which the writer cannot rename. One word only, after
 * a word that comes before a noun (or first in its sentence: “Pathway 1 patients go home”), so
 * not a verb's object (“we will deliver 3 clinics”) or a word that counts (“approximately 84”).
 */
export function isLabel(doc: LintDocument, match: TermMatch): boolean {
  if (match.text.includes(' ') || BEFORE_NUMBERS.test(match.text.toLowerCase())) return false;
  if (!LABEL_MARK.test(doc.text.slice(match.end, match.end + 8))) return false;
  const before = match.startsSentence ? undefined : match.before?.toLowerCase();
  return before === undefined || LABEL_BEFORE.has(before);
}
