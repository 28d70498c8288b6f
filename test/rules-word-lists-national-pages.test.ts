/**
 * Word-list entries widened from national NHS pages (an NHS App help page, an NHS 111 page, a
 * winter campaign): “receive” after “you can now” and “eligible to”, “most appropriate” with a
 * word like “local” before the service, “clinicians” after “111”, and “delivered” left alone for
 * a message or a parcel. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('word lists from national NHS pages', () => {
  it('flags “receive” after “you can now” and “eligible to”, not elsewhere', async () => {
    expect(await excerpts('simpler-words', 'You can now receive reminders by text.')).toEqual(['receive']);
    expect(await excerpts('simpler-words', 'Find out if you are eligible to receive a grant.')).toEqual(['eligible', 'receive']);
    expect(await excerpts('simpler-words', 'We receive many letters. The clinic can now take walk-ins.')).toEqual([]);
  });

  it('flags “most appropriate” before a service with one word like “local” between', async () => {
    expect(await excerpts('simpler-words', 'We will send you to the most appropriate local service.')).toEqual(['most appropriate']);
    expect(await excerpts('simpler-words', 'Ask which is the most appropriate NHS service for you.')).toEqual(['most appropriate']);
    expect(await excerpts('simpler-words', 'We chose the most appropriate local response to the report.')).toEqual([]);
  });

  it('flags “clinicians” after “111”, as after “experienced”', async () => {
    expect(await excerpts('jargon', 'NHS 111 clinicians will call you back.')).toEqual(['clinicians']);
    expect(await excerpts('jargon', 'Call 111 and clinicians will help.')).toEqual([]);
  });

  it('leaves “delivered” alone for a message or a parcel, but not for care', async () => {
    expect(await excerpts('jargon', 'If the text cannot be successfully delivered to your phone, we will write to you.')).toEqual([]);
    expect(await excerpts('jargon', 'The parcel was successfully delivered by hand.')).toEqual([]);
    expect(await excerpts('jargon', 'The programme was successfully delivered last year.')).toEqual(['delivered']);
  });

  it('asks for “A&E” for “the emergency department” in the NHS style, not in a list of departments or in GOV.UK style', async () => {
    expect(await excerpts('simpler-words', 'If it is serious, go to the emergency department.')).toEqual(['emergency department']);
    expect(await excerpts('simpler-words', 'Students work in Surgery, Theatres and Emergency Department.')).toEqual([]);
    expect(await excerpts('simpler-words', 'If it is serious, go to the emergency department.', 'govuk')).toEqual([]);
  });
});
