import { defineRule } from '../src/types.js';
import { readerWords, sentencesOf } from './lib/words.js';

export default defineRule<{ maxSentences: number; maxWords: number }>({
  meta: {
    id: 'long-paragraph',
    description: 'Paragraphs with more than 5 sentences or more than 100 words.',
    severity: 'suggestion',
    principle: 'Focus on what people really need to know, not on everything we might know.',
    docs:
      'Short paragraphs are easier to scan and to take in, on a phone screen most of all. The NHS ' +
      'aims for paragraphs of no more than 3 sentences.\n\n' +
      'This rule suggests a split when a paragraph has more than 5 sentences or more than 100 words ' +
      '(options maxSentences and maxWords). Only ordinary paragraphs and quotes are checked, not list ' +
      'items, table cells or headings. Web addresses and code do not count as words.',
    defaultOptions: { maxSentences: 5, maxWords: 100 },
    schema: (z) => z.strictObject({ maxSentences: z.optional(z.int().check(z.gte(1))), maxWords: z.optional(z.int().check(z.gte(1))) }),
    examples: {
      good: [
        {
          text:
            'Your GP practice is moving. The new surgery opens on 1 March. You can still book online or by phone.',
        },
        {
          text:
            '- One. Two. Three.\n- Four. Five. Six.\n- Seven. Eight.',
        },
      ],
      bad: [
        {
          text:
            'The surgery is moving. It opens on 1 March. It is on Station Road. There is parking. ' +
            'The bus stops outside. Staff will help you find your way.',
          count: 1,
          flags: ['The surgery is moving'],
        },
        {
          text: 'Flu can be serious. Get your vaccine. It is free for many people.',
          options: { maxSentences: 2 },
          count: 1,
        },
      ],
    },
  },
  check(doc, context) {
    const maxSentences = Math.max(1, Number(context.options.maxSentences) || 5);
    const maxWords = Math.max(1, Number(context.options.maxWords) || 100);
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'blockquote') continue;
      if (block.inList || block.inTable) continue;
      let sentences = 0;
      let words = 0;
      let first: ReturnType<typeof readerWords>[number] | undefined;
      let last: typeof first;
      for (const sentence of sentencesOf(block)) {
        const counted = readerWords(sentence);
        if (!counted.length) continue;
        sentences++;
        words += counted.length;
        first ??= counted[0];
        last = counted[counted.length - 1];
      }
      if (!first || !last) continue;
      const tooManySentences = sentences > maxSentences;
      const tooManyWords = words > maxWords;
      if (!tooManySentences && !tooManyWords) continue;
      const size = tooManySentences
        ? `${sentences} sentences` + (tooManyWords ? ` and ${words} words` : '')
        : `${words} words`;
      context.report({
        from: first,
        to: last,
        message: `This paragraph has ${size}.`,
        why: 'Long paragraphs are hard to scan and take in, especially on a phone.',
        suggestions: ['Split it into shorter paragraphs of up to 3 sentences, with one idea in each.'],
        data: { sentences, words, maxSentences, maxWords },
      });
    }
  },
});
