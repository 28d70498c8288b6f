import { defineRule, type Block, type LintDocument, type ReportInput, type RuleContext } from '../src/types.js';
import type { Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { runRetext, wordIndex } from './lib/retext.js';
import { quote } from './lib/terms.js';
import { quotedTokens } from './lib/mentions.js';
import { tokensOf, type Token } from './lib/tokens.js';

/** Words that are often repeated on purpose: "had had", "that that", "bye bye", "there there". */
const DELIBERATE = new Set([
  'had',
  'that',
  'can',
  'bye',
  'there',
  'well',
  'now',
  'so',
  'no',
  'ha',
  'knock',
  'hush',
  'tut',
  'chop',
  'blah',
  'yadda',
  'night',
]);

export default defineRule({
  meta: {
    id: 'repeated-words',
    description: 'The same word twice in a row by mistake, like “the the”.',
    severity: 'warning',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'Finds a word written twice in a row, like “the the” or “to to”, even across a line break. ' +
      'It also finds one repeated across a stray paragraph break in the middle of a sentence (“we will send you”, then “you a letter” ' +
      'as the next paragraph). It ' +
      'is an easy slip when editing, and a screen reader reads both out.\n\nRepeats that are often on ' +
      'purpose, like “had had”, “that that” and “bye bye”, are left alone, and so are names like ' +
      '“Bora Bora”. The fix removes the second word. Where “you you” or “it it” joins an opening part ' +
      '(“Provided you bring it with you you can park”), a comma is missing, so the rule asks for one instead.\n\n' +
      'It finds a phrase of 2 to 4 words written twice too, like “as much as much as possible”. ' +
      'It leaves alone a repeat with “and”, “or” or “by” in it, which is often on purpose (“again and again and again”).',
    fixable: true,
    // A repeated word in alt text is read out twice too.
    altText: true,
    schema: (z) => z.strictObject({}),
    examples: {
      good: [
        { text: 'If you had had your vaccine, you would be protected. We know that that can be worrying.' },
        { text: 'Say bye bye to long waits: book online.' },
        { text: 'We tried again and again and again. Rest as much as you can, as often as you can.' },
      ],
      bad: [
        { text: 'Bring your NHS number to the the appointment.', count: 1, flags: ['the the'] },
        { text: 'You can book online at at any time. Call us if you you need help.', count: 2, flags: ['at at', 'you you'] },
        { text: 'We will send you\n\nyou a letter with your appointment.', count: 1 },
        { text: 'Rest as much as much as possible. Put the form in the in the box.', count: 2, flags: ['as much as much', 'in the in the'] },
      ],
    },
  },
  async check(doc, context) {
    // Only sentences with the same word twice in a row can have a finding.
    const messages = await runRetext(doc, 'retext-repeated-words', () => import('retext-repeated-words'), undefined, {
      sentences: (_, words) => words.map((w) => w.some((word, i) => i > 0 && word === w[i - 1])),
    });
    acrossBlocks(doc, context);
    repeatedPhrases(doc, context);
    if (!messages.length) return;
    const index = wordIndex(doc);
    for (const m of messages) {
      const first = index.byStart.get(m.start.offset);
      const second = index.byEnd.get(m.end.offset);
      if (!first || !second) continue;
      const word = toString(second);
      if (DELIBERATE.has(word.toLowerCase()) || !/\p{L}/u.test(word)) continue;
      const firstEnd = first.position!.end.offset!;
      const opener = clauseOpener(doc, m.start.offset!, word);
      if (opener) {
        // “Provided you bring it with you you can park”: 2 clauses with no comma between them.
        context.report({
          span: { start: m.start, end: m.end },
          message: `Add a comma after the first ${quote(toString(first))}: the part that starts with ${quote(opener)} ends there.`,
          why: 'Without the comma, the 2 words run together and look like a mistake. The comma shows where the main part of the sentence starts.',
          suggestions: [`${toString(first)}, ${word}`],
          fix: doc.text.slice(firstEnd, m.end.offset).trim() === word ? { range: [firstEnd, m.end.offset!], text: `, ${word}` } : undefined,
          data: { word: word.toLowerCase(), comma: true },
        });
        continue;
      }
      const input: ReportInput = {
        span: { start: m.start, end: m.end },
        message: `The word ${quote(word)} is written twice.`,
        why: 'A repeated word looks like a mistake, and a screen reader reads out both.',
        suggestions: [toString(first)],
        data: { word: word.toLowerCase() },
      };
      // Remove the space and the second word, when the source holds them plainly.
      const removed = doc.text.slice(firstEnd, m.end.offset);
      if (/^\s+\S+$/.test(removed) && removed.trim() === word) {
        input.fix = { range: [firstEnd, m.end.offset], text: '' };
      }
      context.report(input);
    }
  },
});

/** Words that open a clause before the main part of a sentence: “Provided you …, you can”. */
const OPENERS = /^(?:if|when|whenever|provided|providing|given|unless|once|although|though|because|as|since|while|whilst|until|after|before|where|wherever)$/i;
/** Words after which “you” or “it” is an object, so the next “you” or “it” starts a new clause. */
const TAKES_OBJECT = new Set(
  'with to for from about at by on near without behind around towards against call help see tell give show ask send email phone text remind let visit meet invite support contact need want bring'.split(' '),
);

/**
 * “Provided you bring your letter with you you can park”: “you you” (or “it it”) where the first
 * ends a clause that opens the sentence (“Provided”, “Unless”, “If”) and the second starts the
 * main part. The word is not written twice by mistake: a comma is missing. Returns the opening word.
 */
function clauseOpener(doc: LintDocument, start: number, word: string): string | undefined {
  if (!/^(?:you|it)$/i.test(word)) return undefined;
  const block = doc.blocks.find((b) => {
    const p = b.node.position;
    return p?.start.offset !== undefined && p.end.offset !== undefined && p.start.offset <= start && start < p.end.offset;
  });
  const from = block?.node.position?.start.offset;
  if (from === undefined) return undefined;
  let before = doc.text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  if (stop >= 0) before = before.slice(stop + 1);
  if (/[,;:–—]/u.test(before)) return undefined;
  const words = before.match(/[\p{L}'’-]+/gu) ?? [];
  const first = words[0];
  const last = words[words.length - 1]?.toLowerCase();
  if (!first || !last || words.length < 3 || !OPENERS.test(first) || !TAKES_OBJECT.has(last)) return undefined;
  return first;
}

/** The first or last word node of a block's prose. */
function edgeWord(block: Block, last: boolean): Word | undefined {
  const sentences = block.nlcst.children.filter((n) => n.type === 'SentenceNode');
  const sentence = last ? sentences[sentences.length - 1] : sentences[0];
  if (!sentence || sentence.type !== 'SentenceNode') return undefined;
  const words = sentence.children.filter((n): n is Word => n.type === 'WordNode');
  return last ? words[words.length - 1] : words[0];
}

/**
 * A sentence split by a stray paragraph break, with its word written on both sides: a paragraph
 * that ends without a full stop (or other end mark) on a word, and the next paragraph that goes on
 * in lower case with the same word. Copying text between documents often leaves such breaks.
 */
function acrossBlocks(doc: LintDocument, context: RuleContext): void {
  const prose = (b: Block | undefined) => b !== undefined && b.kind === 'paragraph' && !b.inList && !b.inTable;
  // Alt text is not part of the page's run of paragraphs: an image between 2 paragraphs keeps them next to each other.
  const blocks = doc.blocks.filter((b) => b.kind !== 'altText');
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]!;
    const b = blocks[i + 1]!;
    if (!prose(a) || !prose(b) || !/\p{L}$/u.test(a.text.trim()) || !/^\p{Ll}/u.test(b.text.trim())) continue;
    const last = edgeWord(a, true);
    const first = edgeWord(b, false);
    if (!last || !first) continue;
    const word = toString(first);
    if (toString(last).toLowerCase() !== word.toLowerCase() || DELIBERATE.has(word.toLowerCase()) || !/\p{L}/u.test(word)) continue;
    // The last word must end the paragraph's text, and the first must start the next one.
    const lastEnd = last.position?.end.offset;
    const firstStart = first.position?.start.offset;
    if (lastEnd === undefined || firstStart === undefined || doc.text.slice(lastEnd, firstStart).replace(/\s+/g, '') !== '') continue;
    context.report({
      from: last,
      to: first,
      message: `The word ${quote(word)} is written twice, across a paragraph break.`,
      why: 'A repeated word looks like a mistake, and a screen reader reads out both. The paragraph break may be a mistake too.',
      suggestions: [toString(last)],
      data: { word: word.toLowerCase() },
    });
  }
}

/** Words that make a repeat deliberate: “over and over and over”, “step by step by step”, “day after day after day”. */
const JOINERS = new Set(['and', 'or', 'nor', 'by', 'after', 'upon']);
/**
 * Verbs that can end a part of the sentence and then start the main part with the same words:
 * “a file whose folder is ignored is ignored too”, “what we have done has done good”.
 */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did']);

/**
 * A phrase of 2 to 4 words written twice in a row, “as much as much as possible” or “in the in
 * the”: an editing slip (a phrase pasted back in, or left when a sentence was changed) that the
 * one-word check does not see. Only plain runs of words with spaces between them count, in one
 * sentence, so formatting, links and punctuation (“that is, that is”) break a run. Left alone:
 * repeats with a joining word (“again and again and again”), repeats that start with “is” or “has”
 * (“a file whose folder is ignored is ignored too”), a second copy with a capital (names
 * and titles, “New York New York”), one word said 4 times (the one-word check's) and quoted text.
 */
function repeatedPhrases(doc: LintDocument, context: RuleContext): void {
  for (const block of doc.blocks) {
    const tokens = tokensOf(block);
    let quoted: boolean[] | null | undefined;
    for (let i = 0; i + 3 < tokens.length; i++) {
      for (let k = 2; k <= 4 && i + 2 * k <= tokens.length; k++) {
        const run = tokens.slice(i, i + 2 * k);
        if (!run.every((t) => t.kind === 'word' && t.sentence === run[0]!.sentence)) break;
        if (!sameWords(run, k)) continue;
        const unit = run.slice(0, k);
        if (unit.every((t) => t.lower === unit[0]!.lower) || !unit.some((t) => /\p{L}{2}/u.test(t.text))) continue;
        if (unit.some((t) => JOINERS.has(t.lower)) || CLAUSE_VERBS.has(unit[0]!.lower) || run.slice(k).some((t) => /\p{Lu}/u.test(t.text))) continue;
        if (k === 2 && fixedPair(run)) continue;
        if (!run.every((t, j) => j === 0 || /^[ \t]*\n?[ \t]*$/.test(doc.text.slice(run[j - 1]!.end, t.start)) && t.start > run[j - 1]!.end)) continue;
        if (quoted === undefined) quoted = quotedTokens(tokens) ?? null;
        if (quoted?.[i] || inQuote(tokens, i)) continue;
        report(doc, context, run, k);
        i += 2 * k - 1;
        break;
      }
    }
  }
}

/**
 * Is tokens[i] inside quotation marks of any length in its sentence? A quoted repeat is talked
 * about (like “as much as much as possible”) or is someone's own words.
 */
function inQuote(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'punct') continue;
    if (/^[“‘«]$/.test(t.raw)) return true;
    if (/^[”’»]$/.test(t.raw)) return false;
    if (/^["']$/.test(t.raw)) return t.spaceBefore || j === 0 || tokens[j - 1]!.sentence !== sentence;
  }
  return false;
}

/** Small words that never make a “face to face” pair: “go to the to the shop” is a slip. */
const NOT_PAIR = new Set(['the', 'a', 'an', 'you', 'your', 'our', 'their', 'his', 'her', 'its', 'my', 'this', 'that', 'these', 'those', 'them', 'him', 'it', 'us', 'me', 'any', 'some', 'be', 'do', 'go']);

/**
 * “back to face to face meetings”, “went door to door to help”: one “to” belongs to a pair like
 * “face to face”, “day to day” or “door to door”, so nothing is written twice.
 */
function fixedPair(run: Token[]): boolean {
  const pair = (w: Token, to: Token) => to.lower === 'to' && /^\p{L}{3,}$/u.test(w.text) && !NOT_PAIR.has(w.lower);
  // “to face to face” (run[1] to run[3]) or “door to door to” (run[0] to run[2])
  return pair(run[1]!, run[2]!) || pair(run[0]!, run[1]!);
}

/** Are the first k words of the run the same as the next k? */
function sameWords(run: Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (run[j]!.lower !== run[j + k]!.lower) return false;
  return true;
}

function report(doc: LintDocument, context: RuleContext, run: Token[], k: number): void {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const phrase = doc.text.slice(first.start, run[k - 1]!.end);
  const once = phrase.replace(/\s+/g, ' ');
  context.report({
    from: first.first!,
    to: last.last!,
    message: `The words ${quote(once.toLowerCase())} are written twice.`,
    why: 'A repeated phrase looks like a mistake, and a screen reader reads out both.',
    suggestions: [once],
    fix: { range: [run[k - 1]!.end, last.end], text: '' },
    data: { word: once.toLowerCase() },
  });
}
