/**
 * Word choice in patient leaflets and service pages (issue 18, session 19): medical and formal
 * words with an everyday swap, each kept to the context where the swap says the same thing
 * (“the rash resolves within a week”, “a long-acting preparation”, “activities that aggravate
 * your pain”, “resume normal activities”, “undue pain”, “it is preferable to”, “accident and
 * emergency”, “rehabilitating people”, “inform the receptionist”, “following injection”, “an
 * infection that requires antibiotics”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('medical words: a symptom that “resolves”', () => {
  it('flags “resolves” when a time or “on its own” follows', async () => {
    expect(await excerpts('medical-words', 'The bruising usually resolves within 2 weeks.')).toEqual(['resolves']);
    expect(await excerpts('medical-words', 'Most rashes resolve on their own.')).toEqual(['resolve']);
  });

  it('leaves a problem or a complaint that is resolved to other lists', async () => {
    expect(await excerpts('medical-words', 'We aim to resolve your complaint quickly. The issue was resolved by the team.')).toEqual([]);
  });
});

describe('medical words: a “preparation” that is a medicine', () => {
  it('flags it after a word for a kind of medicine', async () => {
    expect(await excerpts('medical-words', 'The nurse may use a steroid preparation. A long-acting preparation lasts for weeks.')).toEqual([
      'preparation',
      'preparation',
    ]);
  });

  it('leaves getting ready alone', async () => {
    expect(await excerpts('medical-words', 'Read the preparation guide. Good preparation helps you recover.')).toEqual([]);
  });
});

describe('medical words: “rehabilitate”', () => {
  it('flags the verb, but not for offenders or land', async () => {
    expect(await excerpts('medical-words', 'Our team is rehabilitating people after a fall.')).toEqual(['rehabilitating']);
    expect(await excerpts('medical-words', 'The scheme helps rehabilitate offenders. They rehabilitate land near the river.')).toEqual([]);
  });
});

describe('simpler words in leaflets', () => {
  it('flags “aggravate” before the thing made worse, and not a legal “aggravated burglary”', async () => {
    expect(await excerpts('simpler-words', 'Stop any activity that aggravates your pain.')).toEqual(['aggravates']);
    expect(await excerpts('simpler-words', 'He was charged with aggravated burglary.')).toEqual([]);
  });

  it('flags “undue pain” and “resume normal activities”, and leaves a CV alone', async () => {
    expect(await excerpts('simpler-words', 'Stop if it causes you undue pain. You can resume normal activities after a week.')).toEqual([
      'undue',
      'resume',
    ]);
    expect(await excerpts('simpler-words', 'Send your resume to the team. The hearing will resume at 2pm.')).toEqual([]);
  });

  it('flags “it is preferable to”, and leaves a comparison alone', async () => {
    expect(await excerpts('simpler-words', 'It is preferable to rest for 2 days.')).toEqual(['preferable']);
    expect(await excerpts('simpler-words', 'A phone call is often preferable.')).toEqual([]);
  });

  it('flags “accident and emergency” in the nhs preset (the NHS writes “A&E”)', async () => {
    expect(await excerpts('simpler-words', 'Go to the Accident and Emergency department at once.')).toEqual(['Accident and Emergency']);
    expect(await excerpts('simpler-words', 'Go to the accident and emergency department at once.', 'govuk')).toEqual([]);
  });

  it('flags “inform the receptionist”, “following injection” and “an infection that requires antibiotics”', async () => {
    expect(await excerpts('simpler-words', 'Please inform the receptionist when you arrive.')).toEqual(['inform']);
    expect(await excerpts('simpler-words', 'Rest the arm following injection.')).toEqual(['following']);
    expect(await excerpts('simpler-words', 'You may have an infection that requires antibiotics.')).toEqual(['requires']);
  });

  it('leaves “the following injection”, “requires that” and “inform the development” to their own contexts', async () => {
    expect(await excerpts('simpler-words', 'The following injection times apply. The law requires that you register.')).toEqual([]);
  });
});

describe('simpler words on GP and service pages', () => {
  it('flags “have the option of” and “mandatory” after a form of “be” or before “requirement”', async () => {
    expect(await excerpts('simpler-words', 'You will have the option of booking online.')).toEqual(['have the option of']);
    expect(await excerpts('simpler-words', 'Photo ID is not mandatory. It is a mandatory requirement.')).toEqual(['mandatory', 'mandatory']);
  });

  it('leaves “have the option to” and “mandatory training” alone', async () => {
    expect(await excerpts('simpler-words', 'You may have the option to study part time. Staff must finish mandatory training.')).toEqual([]);
  });
});

describe('words to avoid: “address” for questions and issues', () => {
  it('flags “address all of your questions” and “address any issues”', async () => {
    expect(await excerpts('jargon', 'Write them down so we can address all of your questions.')).toEqual(['address']);
    expect(await excerpts('jargon', 'We will address any issues that come up.')).toEqual(['address']);
  });

  it('leaves an address to write to alone', async () => {
    expect(await excerpts('jargon', 'Write your address on the form. We will send questions to your address.')).toEqual([]);
  });
});

describe('simpler words: “the duration of time”', () => {
  it('flags the wordy phrase, and leaves “for the duration of” to its own entry', async () => {
    expect(await excerpts('simpler-words', 'The duration of time that the relief lasts varies.')).toEqual(['The duration of time']);
    expect(await excerpts('simpler-words', 'Tell us how long the relief lasts.')).toEqual([]);
  });
});

describe('simpler words: “experience” and “develop” with symptoms (NHS A to Z: people “get” or “have” them)', () => {
  it('flags “experience some discomfort”, “experience bruising” and “develop new symptoms”', async () => {
    expect(await excerpts('simpler-words', 'You may experience some discomfort. A few people experience bruising.')).toEqual(['experience', 'experience']);
    expect(await excerpts('simpler-words', 'Call us if you develop new symptoms.')).toEqual(['develop']);
  });

  it('leaves other experiences alone', async () => {
    expect(await excerpts('simpler-words', 'Patients experience the best care here. Tell us about your experience of the clinic.')).toEqual([]);
  });
});
