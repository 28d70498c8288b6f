/**
 * Sentences that end in a short number (“call NHS 111.”, “see page 12.”) end there. The English
 * parser reads “111.” as an abbreviation, as in “1. Fill in the form”, and joined the next
 * sentence on: a real leaflet's 21-word and 29-word sentences were reported as one of 50 words.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import sentenceLength from '../rules/sentence-length.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { sentences } from '../src/rule-helpers.js';
import { oneRule } from './helpers/rule-config.js';

const texts = (md: string) => [...sentences(parseMarkdown(md, 'draft.md'))].map((s) => s.text);

describe('a sentence ends after a short number', () => {
  it('splits after 1 to 3 digits and a full stop, before a capital', () => {
    expect(texts('If you feel unwell, call NHS 111. Patients who need help now should call 999. Then wait.')).toEqual([
      'If you feel unwell, call NHS 111.',
      'Patients who need help now should call 999.',
      'Then wait.',
    ]);
    expect(texts('Read the advice on page 12. It tells you what to bring.')).toEqual([
      'Read the advice on page 12.',
      'It tells you what to bring.',
    ]);
  });

  it('keeps positions exact in the source', () => {
    const doc = parseMarkdown('Call NHS 111. We can help.', 'draft.md');
    const found = [...sentences(doc)].map((s) => [s.sentence.position!.start.offset, s.sentence.position!.end.offset]);
    expect(found).toEqual([
      [0, 13],
      [14, 26],
    ]);
  });

  it('leaves numbers that list steps in a sentence, and a lower-case word after the number', () => {
    expect(texts('Do this: 1. Fill in the form. 2. Send it to us.')).toEqual(['Do this: 1. Fill in the form.', '2. Send it to us.']);
    expect(texts('Scores from 1 to 10. and over are rare.')).toHaveLength(1);
  });

  it('splits after a price, a number with a thousands comma, and “ID.” in capitals', () => {
    expect(texts('A copy costs £5. You can pay by card.')).toEqual(['A copy costs £5.', 'You can pay by card.']);
    expect(texts('We saw about 1,000. Most were seen in a week.')).toEqual(['We saw about 1,000.', 'Most were seen in a week.']);
    expect(texts('Bring your photo ID. Its name must match your letter.')).toEqual([
      'Bring your photo ID.',
      'Its name must match your letter.',
    ]);
    const doc = parseMarkdown('It costs £5. Pay here.', 'draft.md');
    expect([...sentences(doc)].map((s) => [s.sentence.position!.start.offset, s.sentence.position!.end.offset])).toEqual([
      [0, 12],
      [13, 22],
    ]);
  });

  it('leaves real short forms alone', () => {
    expect(texts('See Dr. Smith on the ward.')).toHaveLength(1);
    expect(texts('Bring a form, e.g. The one we sent.')).toHaveLength(1);
  });

  it('no longer reports 2 sentences as one long one', async () => {
    const text =
      'If you feel unwell while you wait for your operation, please call your GP surgery first or NHS 111. ' +
      'People who need emergency help should call 999 or go to the nearest emergency department straight away.';
    const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(sentenceLength, {}, {}));
    expect(result.findings).toEqual([]);
  });
});
