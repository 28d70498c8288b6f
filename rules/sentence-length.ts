import { defineRule } from '../src/types.js';
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { readerWords, sentencesOf } from './lib/words.js';

type Options = { max: number; tolerance?: number; minSentences: number; wellOver?: number; alone?: number };

export default defineRule<Options>({
  meta: {
    id: 'sentence-length',
    description: 'Sentences over the house-style length (20 words for NHS, 25 for GOV.UK), and parts where long sentences are the rule.',
    severity: 'warning',
    principle: 'Write in plain language, in short sentences.',
    docs:
      'Long sentences are harder to follow, and harder still for people with low literacy, a learning ' +
      'disability or who read in a second language. The NHS aims for sentences of up to 20 words, and GOV.UK ' +
      'up to 25. Plain English guides treat this as an average: a few longer sentences are fine when most ' +
      'are short.\n\n' +
      'So the rule warns in 2 cases. First, when the sentences in a part of the document are longer ' +
      'than the aim on average. A part is the text under a heading, with 5 or more sentences. Second, ' +
      'when one sentence is more than twice the aim.\n\n' +
      'The tolerance option says how many words over the aim a single sentence may go. By default, this ' +
      'is the aim itself. Set it to 0 to flag every sentence over the aim.\n\n' +
      'Some sentences are well over the aim: half as long again, so over 30 words for NHS and 37 for GOV.UK ' +
      '(option wellOver). The rule names them in the finding for their part, or in the page’s first finding ' +
      'about a long sentence. That way the list of findings does not grow. To give each one a finding of its own when nothing else names it, set ' +
      'the option alone to a number of words, like 30.\n\n' +
      'Words are counted the way a reader sees them: web addresses, code and list numbers do not count. ' +
      'Headings, list items and table cells count for single sentences only.',
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
    /** Sentences well over the aim in parts with no finding, named once for the whole document. */
    const leftOver: Array<{ sentence: Sentence; words: number }> = [];
    const ownAll: Array<{ sentence: Sentence; words: number }> = [];
    let firstOwn: { sentence: Sentence; words: number } | undefined;
    const max = Number(context.options.max) || 20;
    const tolerance = Math.max(0, Number(context.options.tolerance ?? max));
    const minSentences = Math.max(1, Number(context.options.minSentences) || 5);
    // Sentences "well over" the aim (30 words for NHS, 37 for GOV.UK) are always named somewhere.
    // With no other finding to name it in, a sentence gets its own when it is this long (option alone).
    const alone = Number(context.options.alone ?? max + tolerance);
    const wellOver = Math.min(max + tolerance, Math.max(max, Number(context.options.wellOver ?? Math.floor(max * 1.5))));

    for (const section of doc.sections) {
      let words = 0;
      let count = 0;
      const long: Array<{ sentence: Sentence; words: number }> = [];
      const own: Array<{ sentence: Sentence; words: number }> = [];
      for (const block of section.blocks) {
        if (block.kind === 'heading') continue;
        for (const sentence of sentencesOf(block)) {
          const n = readerWords(sentence).length;
          if (!n) continue;
          if (block.kind === 'paragraph' || block.kind === 'blockquote') {
            words += n;
            count++;
          }
          if (n > max + tolerance) own.push({ sentence, words: n });
          else if (n > max) long.push({ sentence, words: n });
        }
      }
      const average = count ? words / count : 0;
      const sectionFinding = count >= minSentences && average > max;
      // Sentences well over the aim that no finding of their own names.
      const unnamed = long.filter((l) => l.words > wellOver);
      own.forEach((l) => {
        firstOwn ??= l;
        ownAll.push(l);
      });
      if (!sectionFinding) {
        leftOver.push(...unnamed);
        continue;
      }
      // Name every sentence well over the aim; if there are none, the 2 longest over it.
      const chosen = unnamed.length ? unnamed : long.slice().sort((a, b) => b.words - a.words).slice(0, 2);
      const listed = chosen.length ? [named(chosen)] : [];
      const where = section.node ?? section.blocks[0]?.node;
      const name = section.heading ? `Under “${shorten(section.heading)}”, sentences` : 'Sentences in the opening part';
      context.report({
        node: where,
        message: `${name} are ${Math.round(average) > max ? Math.round(average) : average.toFixed(1)} words long on average. Aim for ${max} or fewer.`,
        why: 'When most sentences are long, the text is hard to follow, especially for people with low literacy.',
        suggestions: listed.length ? [`Start with the longest: ${listed[0]}.`] : ['Split the longest sentences.'],
        data: { average: Math.round(average * 10) / 10, sentences: count, max, longest: chosen.map((l) => l.words) },
      });
    }

    // Sentences over twice the aim have findings of their own. Those well over it that no finding
    // names yet are named in the first of them or, when there is none, in one finding of their own.
    for (const l of ownAll) {
      if (l === firstOwn) reportSentence(l, leftOver);
      else reportSentence(l, []);
    }
    const standalone = leftOver.filter((l) => l.words > alone);
    if (!firstOwn && standalone.length) reportSentence(standalone[0]!, leftOver.filter((l) => l !== standalone[0]));

    function reportSentence(l: { sentence: Sentence; words: number }, others: Array<{ sentence: Sentence; words: number }>): void {
      const list = readerWords(l.sentence);
      // One suggestion: reports join several with "or", and these are steps, not choices.
      let advice = 'Split it into shorter sentences, with one idea in each.';
      if (others.length) advice += ` Also split the other long ${others.length === 1 ? 'sentence' : 'sentences'} on this page: ${named(others)}.`;
      const suggestions = [advice];
      context.report({
        from: list[0]!,
        to: list[list.length - 1]!,
        message: `This sentence has ${l.words} words. Aim for ${max} or fewer.`,
        why: 'Long sentences are hard to follow, especially for people with low literacy or using a screen reader.',
        suggestions,
        data: { words: l.words, max, ...(others.length ? { others: others.map((o) => o.words) } : {}) },
      });
    }
  },
});

/** ““First words…” (33 words), “…” (31 words) and 4 more”: at most 3 quoted. */
function named(items: Array<{ sentence: Sentence; words: number }>): string {
  const quoted = items.slice(0, 3).map((o) => `“${shorten(toString(o.sentence))}” (${o.words} words)`);
  if (items.length > 3) return `${quoted.join(', ')} and ${items.length - 3} more`;
  return joinAnd(quoted);
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? flat.slice(0, 59).trimEnd() + '…' : flat;
}
