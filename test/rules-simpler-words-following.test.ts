/**
 * simpler-words: “following” where it means “after” (before an event, a test or an examination,
 * a period of talks or a directive), and left alone where it means doing what something says, or
 * in “the following”. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('"following" where it means "after"', () => {
  it('suggests "after" before an event', async () => {
    expect(await excerpts('simpler-words', 'Following your operation, rest at home for 2 days.')).toEqual(['Following']);
    expect(await excerpts('simpler-words', 'The notes will be sent following the meeting.')).toEqual(['following']);
  });

  it('leaves alone "following" in the sense of doing what something says, and "the following"', async () => {
    const text =
      'By following this guidance you will help. Read the following advice. Following this link opens a form. ' +
      'It helps if you are following a training programme. We are following the meeting closely.';
    expect(await excerpts('simpler-words', text)).toEqual([]);
  });
});

describe('simpler words: “following” before a test or an examination', () => {
  it('flags “following” before an examination, a biopsy or a pre-assessment visit', async () => {
    expect(
      await excerpts('simpler-words', 'Rest following this examination. Following the biopsy, you can eat. Following the pre-assessment visit, we will write to you.'),
    ).toEqual(['following', 'Following', 'Following']);
  });

  it('leaves following advice or a list alone', async () => {
    expect(await excerpts('simpler-words', 'Keep following the advice. Bring the following items: your letter.')).toEqual([]);
  });
});

describe('simpler words: “following” before more events', () => {
  it('flags “following a period of”, “following this directive” and “following consultation with”', async () => {
    expect(await excerpts('simpler-words', 'We made the change following a period of talks with the public.')).toEqual(['following']);
    expect(await excerpts('simpler-words', 'Following this directive, the two boards met.')).toEqual(['Following']);
    expect(await excerpts('simpler-words', 'The hours changed following consultation with local people.')).toEqual(['following']);
  });

  it('leaves “the following” and “following” as a verb alone', async () => {
    expect(await excerpts('simpler-words', 'The following period is the busiest. We are following the request of the panel.')).toEqual([]);
  });
});
