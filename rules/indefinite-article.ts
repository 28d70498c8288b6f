/**
 * indefinite-article: “a” or “an” that does not fit the sound of the next word (“an needs
 * assessment”, “a hour”, “an user”), found by retext-indefinite-article, which knows the sounds of
 * words like “hour”, “honest”, “user” and “one”, and of numbers (“an 8-week course”).
 */
import { defineRule, type LintDocument, type RuleContext } from '../src/types.js';
import { runRetext } from './lib/retext.js';
import { externalLinkRanges, overlaps, quote } from './lib/terms.js';
import { matchCase } from './lib/spell.js';
import { tokensOf } from './lib/tokens.js';
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

/**
 * Words after which “a” is the letter A, not the article: “A and E”, “from A to Z”, “A or B”,
 * “A is for apple”.
 */
const AFTER_LETTER = new Set(['and', 'or', 'nor', 'to', 'is', 'was', 'are', 'were', 'in', 'on', 'of', 'for', 'at', 'as', 'if', 'it', 'be', 'by', 'an', 'a']);

/** Words that cannot follow an article: “a our team” has a stray word. */
const DETERMINERS = new Set(['our', 'your', 'their', 'my', 'his', 'her', 'its', 'the', 'this', 'that', 'these', 'those', 'every', 'each']);

/**
 * Plurals that people ask about with “any” (“if you have any questions”): after “a” or “an”,
 * with no noun after them, the article is a slip for “any”. “A complaints procedure” and “an
 * issues log” are right: there the plural describes the noun after it.
 */
const ANY_PLURALS = new Set(['questions', 'concerns', 'queries', 'problems', 'worries', 'symptoms', 'issues', 'changes', 'comments', 'complaints', 'difficulties', 'allergies', 'doubts']);
/** What may follow “any questions” when nothing else is named: an end mark, or a word that starts the next part. */
const AFTER_PLURAL = new Set(['.', ',', '?', '!', ';', ':', ')', 'about', 'or', 'please', 'regarding', 'on', 'you', 'then', 'call', 'contact', 'ask', 'speak', 'talk', 'at', 'after', 'before', 'during', 'while', 'in', 'that', 'which', 'we']);

/** The next word after an offset: letters, digits and the joins inside a word. */
const NEXT_WORD = /^[\s*_‘“'"(]*([\p{L}\p{N}][\p{L}\p{N}'’.,-]*)/u;

export default defineRule({
  meta: {
    id: 'indefinite-article',
    description: '“a” or “an” that does not fit the sound of the next word, like “an needs assessment” or “a hour”.',
    severity: 'warning',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'Finds “a” before a vowel sound (“a hour”, “a 8-week course”) and “an” before a consonant ' +
      'sound (“an needs assessment”, “an user”, “an one-off”). It goes by sound, not by letter: “an ' +
      'hour” and “a user” are right. It leaves alone the letter A (“A and E”, “Plan A”), a capital A ' +
      'inside a title (“Part A Overview”), years (“an 1851 census”), web addresses (“an nhs.uk ' +
      'domain”), quoted words and the text of links to other websites. The fix swaps the article. ' +
      '“A” or “an” before a plural like “questions” or “concerns” is a slip for “any” (“if you have an ' +
      'questions”): it says so, but leaves alone a plural that describes the next word (“a complaints leaflet”).',
    fixable: true,
    schema: (z) => z.strictObject({}),
    // “a elderly man” in alt text is read out too.
    altText: true,
    examples: {
      good: [
        { text: 'Wait an hour for a user account. It is a one-off, an 8-week course, a UK service and an honest answer.' },
        { text: 'Read our complaints procedure. We keep an issues log. Call us if you have any questions.' },
        { text: 'Go to A and E. Read Part A Overview. Choose Plan A or Plan B.' },
      ],
      bad: [
        { text: 'The council will give you an needs assessment within a hour.', count: 2, flags: ['an', 'a'] },
        { text: 'Book a 8-week course with an user account.', count: 2, flags: ['a', 'an'] },
        { text: 'If you have an questions, call us. Tell us about a concerns you have.', count: 2, flags: ['an', 'a'] },
      ],
    },
  },
  async check(doc, context) {
    const any = anySlips(doc, context);
    for (const at of letterSlips(doc, context)) any.add(at);
    const messages = await runRetext(doc, 'retext-indefinite-article', () => import('retext-indefinite-article'), undefined, {
      sentences: (_, words) => words.map((w) => w.includes('a') || w.includes('an')),
      parts: articleParts,
    });
    if (!messages.length) return;
    const links = externalLinkRanges(doc);
    for (const m of messages) {
      const article = doc.text.slice(m.start.offset, m.end.offset);
      const expected = m.expected[0];
      if (!expected || !/^an?$/i.test(article) || any.has(m.start.offset!)) continue;
      const after = doc.text.slice(m.end.offset, m.end.offset + 60);
      const next = NEXT_WORD.exec(after)?.[1]?.replace(/[.,]+$/, '');
      if (!next) continue;
      // The letter A: “A and E”, “Plan A or B”.
      if (AFTER_LETTER.has(next.toLowerCase())) continue;
      // A capital A that does not start a sentence is a label or part of a title: “Part A Overview”.
      if (article === 'A' && !startsSentence(doc.text, m.start.offset)) continue;
      // A web address or a lower-case run of letters with no vowel is read letter by letter (“an
      // nhs.uk domain”): its sound is not its spelling.
      if (/\.\p{L}/u.test(next) || (/^\p{Ll}+$/u.test(next) && !/[aeiouy]/.test(next))) continue;
      // Years and numbers that start with 0 are read more than one way: “an 1851 census”.
      if (/^\d{4}\b/.test(next) || /^0/.test(next)) continue;
      // Quoted words are talked about, not used: a ‘“easy read” guide’.
      if (/^\s*[‘“'"]/.test(after)) continue;
      if (overlaps(links, m.start.offset, m.end.offset)) continue;
      // “a our team”: a stray word, not the wrong article. Say so, with no swap to offer.
      if (DETERMINERS.has(next.toLowerCase())) {
        context.report({
          span: { start: m.start, end: m.end },
          message: `${quote(article)} and ${quote(next)} are both here: keep one of them.`,
          why: 'A stray word looks like a mistake, and a screen reader reads it out.',
          suggestions: [],
          data: { word: next.toLowerCase() },
        });
        continue;
      }
      const right = matchCase(article, expected.toLowerCase());
      const vowel = right.toLowerCase() === 'an';
      context.report({
        span: { start: m.start, end: m.end },
        message: `Write ${quote(right)} before ${quote(next)}: it starts with a ${vowel ? 'vowel' : 'consonant'} sound.`,
        why: '“An” goes before a vowel sound (an hour) and “a” before a consonant sound (a user). The wrong one reads as a slip.',
        suggestions: [right],
        fix: { range: [m.start.offset, m.end.offset], text: right },
        data: { word: next.toLowerCase() },
      });
    }
  },
});

/**
 * “If you have an questions”: “a” or “an” before a plural like “questions” or “concerns” that
 * ends the phrase is a slip for “any”. Reports each one and returns where they start, so the
 * sound check does not offer “a” there too.
 */
function anySlips(doc: LintDocument, context: RuleContext): Set<number> {
  const found = new Set<number>();
  const links = externalLinkRanges(doc);
  for (const block of doc.blocks) {
    const tokens = tokensOf(block);
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || (t.lower !== 'a' && t.lower !== 'an')) continue;
      const next = tokens[i + 1]!;
      const after = tokens[i + 2]!;
      if (next.kind !== 'word' || !ANY_PLURALS.has(next.lower) || next.sentence !== t.sentence) continue;
      if (after.sentence === t.sentence ? !AFTER_PLURAL.has(after.lower) : false) continue;
      // A capital A that does not start a sentence is a label: “Part A Questions”.
      if (t.text === 'A' && !startsSentence(doc.text, t.start)) continue;
      if (overlaps(links, t.start, t.end) || /^\s*[‘“'"]/.test(doc.text.slice(t.end, next.start))) continue;
      const right = matchCase(t.text, 'any');
      context.report({
        from: t.first!,
        to: t.last!,
        message: `Write ${quote(right)} before ${quote(next.text)}: ${quote(t.text)} goes before one thing.`,
        why: '“A” and “an” go before one thing (a question). Before more than one, write “any” (any questions).',
        suggestions: [right],
        fix: { range: [t.start, t.end], text: right },
        data: { word: next.lower },
      });
      found.add(t.start);
    }
  }
  return found;
}

/** Acronyms with a vowel that are still read letter by letter (“an STI”, “an ICB”). Those with no vowel always are (“an NHS trust”). */
const SPELLED_OUT = new Set(['STI', 'ICB', 'ICS', 'ENT', 'OT', 'FOI', 'BMA', 'IAPT']);
/** Letters whose names start with a vowel sound: “an F”, “an H”, “an M”. */
const VOWEL_LETTERS = /^[AEFHILMNORSX]/;

/**
 * “a STI”, “a NHS trust”, “an GP”: an acronym read letter by letter takes the article of its first
 * letter's name (“an S-T-I”, “a G-P”). Only acronyms with no vowel (“NHS”, “GP”), or a few read
 * letter by letter though they have one: “a NICE guideline” and “a SEND review” are read as words.
 * Returns where each finding's article starts, so the sound check does not report it again.
 */
function letterSlips(doc: LintDocument, context: RuleContext): number[] {
  const found: number[] = [];
  const links = externalLinkRanges(doc);
  for (const block of doc.blocks) {
    if (!/\ban?\s+[A-Z]{2}/i.test(block.text)) continue;
    const tokens = tokensOf(block);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || (t.lower !== 'a' && t.lower !== 'an')) continue;
      const next = tokens[i + 1]!;
      if (next.kind !== 'word' || next.sentence !== t.sentence) continue;
      const core = next.text.replace(/s$/, '');
      if (!/^[A-Z]{2,5}$/.test(core) || !(SPELLED_OUT.has(core) || !/[AEIOUY]/.test(core))) continue;
      const right = VOWEL_LETTERS.test(core) ? 'an' : 'a';
      if (t.lower === right) continue;
      // A capital A that does not start a sentence is a label: “Plan A NHS”.
      if (t.text === 'A' && !startsSentence(doc.text, t.start)) continue;
      if (overlaps(links, t.start, t.end) || /^\s*[‘“'"]/.test(doc.text.slice(t.end, next.start))) continue;
      const article = matchCase(t.text, right);
      context.report({
        from: t.first!,
        to: t.last!,
        message: `Write ${quote(article)} before ${quote(next.text)}: it is read letter by letter, and starts with ${right === 'an' ? 'a vowel' : 'a consonant'} sound.`,
        why: '“An” goes before a vowel sound (an NHS trust, an STI) and “a” before a consonant sound (a GP). The wrong one reads as a slip.',
        suggestions: [article],
        fix: { range: [t.start, t.end], text: article },
        data: { word: next.text.toLowerCase() },
      });
      found.push(t.start);
    }
  }
  return found;
}

/** Stands for the words before an article, in articleParts: a word, but not one the plugin checks. */
const EARLIER_WORD = { type: 'WordNode', children: [{ type: 'TextNode', value: '_' }] } as Word;

/**
 * What retext-indefinite-article needs to see of a sentence: each “a” or “an” with the 3 nodes
 * after it (a space, perhaps a quotation mark or a bracket, then the next word), after a stand-in
 * word when the sentence has words before it (the plugin leaves a capital “A” alone unless it
 * starts the sentence). The plugin finds just what it finds in the whole sentence, in the same
 * order, but walks 5 nodes for each article, not the whole tree (that walk was most of its time).
 */
function articleParts(sentence: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  const children = sentence.children;
  let wordBefore = false;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'WordNode') continue;
    const lower = toString(node).toLowerCase();
    if (lower === 'a' || lower === 'an') {
      parts.push({ type: 'SentenceNode', children: [...(wordBefore ? [EARLIER_WORD] : []), ...children.slice(i, i + 4)] });
    }
    wordBefore = true;
  }
  return parts;
}

/** Does the text at `offset` start a sentence (or a line)? */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 8), offset);
  // The start of an image's alt text (“![A …”, alt="A …") starts a sentence too.
  return offset === 0 || /(?:^|[.!?:]\s+|\n\s*|[#>*-]\s+|\|\s*|!\[\s*|\balt\s*=\s*["']\s*)$/.test(before);
}
