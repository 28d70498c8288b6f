import { defineRule, type ReportInput } from '../src/types.js';
import { toString } from 'nlcst-to-string';
import { runRetext, wordIndex } from './lib/retext.js';
import { quote } from './lib/terms.js';

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
      'Finds a word written twice in a row, like “the the” or “to to”, even across a line break. It ' +
      'is an easy slip when editing, and a screen reader reads both out. Repeats that are often on ' +
      'purpose, like “had had”, “that that” and “bye bye”, are left alone, and so are names like ' +
      '“Bora Bora”. The fix removes the second word.',
    fixable: true,
    schema: (z) => z.strictObject({}),
    examples: {
      good: [
        { text: 'If you had had your vaccine, you would be protected. We know that that can be worrying.' },
        { text: 'Say bye bye to long waits: book online.' },
      ],
      bad: [
        { text: 'Bring your NHS number to the the appointment.', count: 1, flags: ['the the'] },
        { text: 'You can book online at at any time. Call us if you you need help.', count: 2, flags: ['at at', 'you you'] },
      ],
    },
  },
  async check(doc, context) {
    // Only sentences with the same word twice in a row can have a finding.
    const messages = await runRetext(doc, 'retext-repeated-words', () => import('retext-repeated-words'), undefined, {
      sentences: (_, words) => words.map((w) => w.some((word, i) => i > 0 && word === w[i - 1])),
    });
    if (!messages.length) return;
    const index = wordIndex(doc);
    for (const m of messages) {
      const first = index.byStart.get(m.start.offset);
      const second = index.byEnd.get(m.end.offset);
      if (!first || !second) continue;
      const word = toString(second);
      if (DELIBERATE.has(word.toLowerCase()) || !/\p{L}/u.test(word)) continue;
      const firstEnd = first.position!.end.offset!;
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
