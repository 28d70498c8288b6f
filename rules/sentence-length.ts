import { defineRule } from '../src/types.js';
import type { LintDocument, RuleContext, Section } from '../src/types.js';
import { toString } from 'nlcst-to-string';
import { readerWords, sentencesOf } from './lib/words.js';
import { isMention } from './lib/mentions.js';
import { balanceQuotes } from './lib/quote-span.js';
import { hardParts, readingAgeOptions, type HardPart } from './lib/stats.js';

type Options = { max: number; tolerance?: number; minSentences: number };

/** One sentence, counted the way a reader sees it. */
interface Counted {
  words: number;
  /** Where its first and last counted words are in `doc.text`. */
  offset: number;
  endOffset: number;
  text: string;
  section: number;
}

/** Most sentences one finding names; a page with more gets a finding for each run of this many. */
const MAX_NAMED = 20;
/** A page with this many sentences well over the aim (over 30 words in NHS style) needs a finding. */
const SEVERAL = 3;

export default defineRule<Options>({
  meta: {
    id: 'sentence-length',
    description: 'Sentences over the house-style length (20 words for NHS, 25 for GOV.UK), named together in one finding for the document.',
    severity: 'warning',
    principle: 'Write in plain language, in short sentences.',
    docs:
      'Long sentences are harder to follow, and harder still for people with low literacy, a learning ' +
      'disability or who read in a second language. The NHS aims for sentences of up to 20 words. GOV.UK ' +
      'asks you to check every sentence of more than 25 words.\n\n' +
      'A document gets a finding when it has a very long sentence: the aim plus the tolerance or more. ' +
      'In the NHS preset that is 40 words or more (twice the aim). In the GOV.UK preset it is any sentence ' +
      'over 25 words.\n\n' +
      'It also gets a finding when it has 3 or more sentences well over the aim (over 30 words in the NHS ' +
      'preset). So does a part whose sentences under one heading are longer than the aim on average (5 or ' +
      'more sentences). And a document gets one when a part that the readability rule finds too hard to read has a ' +
      'sentence over 25 words. Then the finding gives that part\'s reading age, and the readability rule does ' +
      'not give it again.\n\n' +
      'That one finding names every long sentence in the document: each sentence more than 5 words over the ' +
      'aim, or more than the tolerance if that is less (over 25 words in both presets). It stands on the longest and lists the others by their first ' +
      'words, so you can fix them together, and the list of findings stays short. A document with one long ' +
      'sentence gets a finding on that sentence only.\n\n' +
      'Set the tolerance option to 0 to give a document a finding for any sentence over the aim. Words are ' +
      'counted the way a reader sees them: web addresses, code and list numbers do not count. Headings ' +
      'are not counted. List items and table cells count as sentences but not in the average.',
    defaultOptions: { max: 20, minSentences: 5 },
    schema: (z) => z.strictObject({ max: z.optional(z.int().check(z.gte(1))), tolerance: z.optional(z.number().check(z.gte(0))), minSentences: z.optional(z.int().check(z.gte(1))) }),
    examples: {
      good: [
        { text: 'Your GP practice is moving. The new surgery opens on 1 March.' },
        {
          text: 'You can book, change or cancel your appointment online, by phone or in person at the reception desk in either of our two surgeries.',
        },
      ],
      bad: [
        {
          text:
            'Following a period of engagement with patients and partners across the area, the two practices have agreed to merge into one practice from the spring.',
          options: { tolerance: 0 },
          count: 1,
          flags: ['Following a period'],
        },
        {
          text:
            'If you are unable to attend your appointment for any reason at all, please let the practice know as soon as you possibly can, by phone or online, so that the appointment can be offered to another patient who really needs it and is waiting to be seen.',
          count: 1,
          flags: ['If you are unable'],
        },
        {
          text: [
            '# Our plans',
            '',
            'We have listened carefully to the views of patients, carers and staff across the whole area over the last year.',
            'Many people told us that it is hard to get an appointment at the time that suits them and their family.',
            'Some people also told us that they would like to be able to book their appointments online or by text.',
            'We are going to open more appointments in the evening and at weekends at both of our surgeries from April.',
            'We will also make it easier to book online and we will tell you more about this in the next newsletter.',
          ].join('\n'),
          count: 1,
          flags: ['Our plans'],
        },
      ],
    },
  },
  check(doc, context) {
    const max = Number(context.options.max) || 20;
    const tolerance = Math.max(0, Number(context.options.tolerance ?? max));
    const minSentences = Math.max(1, Number(context.options.minSentences) || 5);
    // A sentence this long (twice the NHS aim) makes the page need a finding, and so do SEVERAL
    // over `well` (half as long again as the NHS aim). Once it has one, every sentence over
    // `long` is named in it (25 words in both presets: 5 over the NHS aim, GOV.UK's own limit).
    const veryLong = max + tolerance;
    const well = max + Math.min(10, tolerance);
    const long = max + Math.min(5, tolerance);
    let wellOver = 0;

    const named: Counted[] = [];
    const averages: Array<{ section: Section; average: number; sentences: number; longest: Counted[] }> = [];
    let trigger = false;
    for (const section of doc.sections) {
      let words = 0;
      let count = 0;
      /** Sentences over the aim, for a part's two longest. */
      const all: Counted[] = [];
      for (const block of section.blocks) {
        if (block.kind === 'heading') continue;
        for (const sentence of sentencesOf(block)) {
          const list = readerWords(sentence);
          if (!list.length) continue;
          const offset = list[0]!.position?.start.offset;
          const endOffset = list[list.length - 1]!.position?.end.offset;
          if (offset === undefined || endOffset === undefined) continue;
          // Left out as the engine would drop a finding there: a disable comment, or words quoted as an example.
          if (context.isDisabled?.(offset) || isMention(doc, offset, endOffset)) continue;
          // Only a sentence over the aim can be named, so only its text is needed.
          const text = list.length > max ? toString(sentence) : '';
          if (text && looksLikeCode(text)) continue;
          // A sentence that starts or ends inside a quotation is shown with its quotation mark.
          const [from, to] = balanceQuotes(doc.text, offset, endOffset);
          const counted = { words: list.length, offset: from, endOffset: to, text, section: section.index };
          if (text) all.push(counted);
          if (block.kind === 'paragraph' || block.kind === 'blockquote') {
            words += list.length;
            count++;
          }
          if (list.length <= long) continue;
          named.push(counted);
          if (list.length >= veryLong) trigger = true;
          if (list.length > well) wellOver++;
        }
      }
      const average = count ? words / count : 0;
      if (count >= minSentences && average > max) {
        const longest = all.sort((a, b) => b.words - a.words).slice(0, 2);
        averages.push({ section, average, sentences: count, longest });
      }
    }

    // The parts too hard to read (as the readability rule judges them, when it is on) that have a
    // long sentence: the page's finding gives their reading age, and readability's finding for
    // them is not shown as well (src/engine/lint.ts dropCovered).
    const readability = named.length ? context.optionsOf?.('readability') : undefined;
    const ages = readability ? readingAgeOptions(readability, context.settings) : undefined;
    const hard = ages ? hardParts(doc, ages).filter((p) => !p.section || named.some((s) => s.section === p.section!.index)) : [];
    if (named.length && (trigger || wellOver >= SEVERAL || hard.length || averages.length)) {
      for (let i = 0; i < named.length; i += MAX_NAMED) {
        reportPage(doc, context, named.slice(i, i + MAX_NAMED), named.length <= MAX_NAMED, max, long, averages[0], i === 0 ? hard : [], ages?.target ?? 11);
      }
      return;
    }
    // No long sentence, but parts whose sentences are long on average: a finding for each part.
    for (const a of averages) {
      const where = a.section.node ?? a.section.blocks[0]?.node;
      const name = a.section.heading ? `Under “${shorten(a.section.heading)}”, sentences` : 'Sentences in the opening part';
      context.report({
        node: where,
        message: `${name} are ${averageText(a.average, max)} words long on average. Aim for ${max} or fewer.`,
        why: 'When most sentences are long, the text is hard to follow, especially for people with low literacy.',
        suggestions: a.longest.length ? [`Start with the longest: ${quoteList(a.longest)}.`] : ['Split the longest sentences.'],
        data: { average: round1(a.average), sentences: a.sentences, max, section: a.section.index, longest: a.longest.map((l) => l.words) },
      });
    }
  },
});

/**
 * One finding for the page's long sentences, standing on the longest. It names every one of them
 * (first words and length in the suggestion; place and length in `data.sentences`), so each
 * reporter can show the writer where they are. `whole` says it names every long sentence on the
 * page (`data.section: null`: the finding is about the page, not only the words it stands on).
 */
function reportPage(
  doc: LintDocument,
  context: RuleContext<Options>,
  list: Counted[],
  whole: boolean,
  max: number,
  long: number,
  average: { section: Section; average: number } | undefined,
  hard: HardPart[],
  target: number,
): void {
  const longest = list.reduce((a, b) => (b.words > a.words ? b : a));
  const others = list.filter((s) => s !== longest);
  let message = `This sentence has ${longest.words} words.`;
  if (others.length) message += ` It is the longest of ${list.length} sentences in this document with over ${long} words.`;
  message += ` Aim for ${max} or fewer.`;
  let why = 'Long sentences are hard to follow, especially for people with low literacy or using a screen reader.';
  if (average) {
    const name = average.section.heading ? `under “${shorten(average.section.heading)}”` : 'in the opening part';
    why = `Sentences ${name} are ${averageText(average.average, max)} words long on average. ${why}`;
  }
  if (hard.length) why = `${readingAgeText(hard)} Aim for ${target} or under. ${why}`;
  // One suggestion: reports join several with "or", and these are steps, not choices.
  let advice = 'Split it into shorter sentences, with one idea in each.';
  if (others.length) advice += ` Then split the other ${others.length === 1 ? 'one' : others.length}: ${quoteList(others)}.`;
  if (hard.length) advice += ' Use everyday words in place of long ones too.';
  const sentences = list.map((s) => {
    const at = doc.pointAt(s.offset);
    return { line: at.line, column: at.column, offset: s.offset, endOffset: s.endOffset, words: s.words };
  });
  context.report({
    span: { start: doc.pointAt(longest.offset), end: doc.pointAt(longest.endOffset) },
    message,
    why,
    suggestions: [advice],
    data: {
      words: longest.words,
      max,
      long,
      ...(others.length ? { sentences, ...(whole ? { section: null } : {}) } : {}),
      ...(hard.length
        ? {
            readingAge: hard.map((p) => ({ section: p.section?.index ?? null, smogAge: p.age.smogAge, fleschKincaidAge: p.age.fleschKincaidAge, target })),
            covers: hard.map((p) => ({ ruleId: 'readability', section: p.section?.index ?? null })),
          }
        : {}),
    },
  });
}

/** “This document has a reading age of 14 (14 to 16).”, or the same for each of its parts. */
function readingAgeText(hard: HardPart[]): string {
  const ages = hard.map((p) => {
    const name = !p.section ? 'This document' : p.section.heading ? `“${shorten(p.section.heading)}”` : 'The opening part';
    return `${name} has a reading age of ${p.age.smogAge} (${p.age.smogBand}).`;
  });
  return ages.join(' ');
}

/** ““First words of it…” (33 words), “…” (31 words) and “…” (28 words)”, in the page’s order. */
function quoteList(items: Counted[]): string {
  const quoted = items.map((o) => `“${firstWords(o.text)}” (${o.words} words)`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** The first 6 words of a sentence, enough to find it with the search in an editor or Word. */
function firstWords(text: string): string {
  // Without its own opening quotation mark, so that it is not quoted twice.
  const words = text.replace(/\s+/g, ' ').trim().replace(/^["“‘']+/, '').split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/**
 * Code written as text (a pasted `import { Button } from '…';`), not a sentence: writers cannot
 * split it. Prose has brackets and semicolons, but seldom curly brackets, or several of = < > ().
 * Semicolons count only beside one of those: a sentence that runs 4 clauses together with
 * semicolons (“It says how councils assess needs; how they decide…; and…”) is prose, and long.
 */
function looksLikeCode(text: string): boolean {
  if (/[{}]/.test(text)) return true;
  const signs = text.match(/=>|\(\)|[=<>]/g)?.length ?? 0;
  const semicolons = text.match(/;/g)?.length ?? 0;
  return signs >= 3 || (signs >= 1 && signs + semicolons >= 3);
}

function averageText(average: number, max: number): string {
  return Math.round(average) > max ? String(Math.round(average)) : average.toFixed(1);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? flat.slice(0, 59).trimEnd() + '…' : flat;
}
