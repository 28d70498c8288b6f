import { defineRule } from '../src/types.js';
import { readerWords, sentencesOf } from './lib/words.js';

export default defineRule<{ max: number; tolerance: number }>({
  meta: {
    id: 'sentence-length',
    description: 'Sentences longer than the house-style limit (20 words for NHS, 25 for GOV.UK).',
    severity: 'warning',
    principle: 'Write in plain language, in short sentences.',
    docs:
      'Long sentences are harder to follow, and harder still for people with low literacy, ' +
      'a learning disability or who read in a second language. The NHS asks for sentences of up to ' +
      '20 words; GOV.UK up to 25. Words are counted the way a reader sees them: web addresses, code ' +
      'and list numbers do not count. Headings are not checked. Published NHS pages often have a few ' +
      'sentences just over the aim, so by default the rule warns when a sentence is more than 10 words over ' +
      'it (option tolerance). Set tolerance to 0 to flag every sentence over the aim.',
    defaultOptions: { max: 20, tolerance: 10 },
    examples: {
      good: [
        { text: 'Your GP practice is moving. The new surgery opens on 1 March.' },
        { text: 'You can book, change or cancel your appointment online, by phone or in person at the surgery reception desk.' },
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
            'If you are unable to attend your appointment for any reason, please let the practice know as soon as possible so that the appointment can be offered to another patient who needs it.',
          count: 1,
        },
        { text: 'Book your flu vaccine at a pharmacy or with your GP today.', options: { max: 8, tolerance: 0 }, count: 1 },
      ],
    },
  },
  check(doc, context) {
    const max = Number(context.options.max) || 20;
    const tolerance = Math.max(0, Number(context.options.tolerance ?? 10));
    for (const block of doc.blocks) {
      if (block.kind === 'heading') continue;
      for (const sentence of sentencesOf(block)) {
        const words = readerWords(sentence);
        if (words.length <= max + tolerance) continue;
        const first = words[0]!;
        const last = words[words.length - 1]!;
        context.report({
          from: first,
          to: last,
          message: `This sentence has ${words.length} words. Aim for ${max} or fewer.`,
          why: 'Long sentences are hard to follow, especially for people with low literacy or using a screen reader.',
          suggestions: ['Split it into shorter sentences, with one idea in each.'],
          data: { words: words.length, max },
        });
      }
    }
  },
});

