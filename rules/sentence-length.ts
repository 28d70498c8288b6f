import { defineRule } from '../src/types.js';
import { readerWords, sentencesOf } from './lib/words.js';

export default defineRule<{ max: number }>({
  meta: {
    id: 'sentence-length',
    description: 'Sentences longer than the house-style limit (20 words for NHS, 25 for GOV.UK).',
    severity: 'warning',
    principle: 'Write in plain language, in short sentences.',
    docs:
      'Long sentences are harder to follow, and harder still for people with low literacy, ' +
      'a learning disability or who read in a second language. The NHS asks for sentences of up to ' +
      '20 words; GOV.UK up to 25. Words are counted the way a reader sees them: web addresses, code ' +
      'and list numbers do not count. Headings are not checked.',
    defaultOptions: { max: 20 },
    examples: {
      good: [{ text: 'Your GP practice is moving. The new surgery opens on 1 March.' }],
      bad: [
        {
          text:
            'Following a period of engagement with patients and partners across the area, the two practices have agreed to merge into one practice from the spring.',
          count: 1,
          flags: ['Following a period'],
        },
        { text: 'Book your flu vaccine at a pharmacy or with your GP today.', options: { max: 8 }, count: 1 },
      ],
    },
  },
  check(doc, context) {
    const max = Number(context.options.max) || 20;
    for (const block of doc.blocks) {
      if (block.kind === 'heading') continue;
      for (const sentence of sentencesOf(block)) {
        const words = readerWords(sentence);
        if (words.length <= max) continue;
        const first = words[0]!;
        const last = words[words.length - 1]!;
        const over = words.length - max;
        context.report({
          from: first,
          to: last,
          message: `This sentence has ${words.length} words: ${over} more than the ${max} to aim for.`,
          why: 'Long sentences are hard to follow, especially for people with low literacy or using a screen reader.',
          suggestions: ['Split it into shorter sentences, with one idea in each.'],
          data: { words: words.length, max },
        });
      }
    }
  },
});

