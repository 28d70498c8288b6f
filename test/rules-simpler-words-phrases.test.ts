/**
 * simpler-words: wordy phrases with a short plain swap (“in regards to”, “due to” giving a reason,
 * an inverted “should”, “in the region of”, “via telephone”, “failure to present”, “are unable
 * to”, “is required”, “are as follows”, “come to an end”, “on the basis of”, “provide evidence
 * that”, “the duration of time”), each with the context that keeps its plain meaning alone.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('simpler-words: wordy phrases', () => {
  it('flags "in regards to" and "a variety of different"', async () => {
    expect(await excerpts('simpler-words', 'Ask us anything in regards to your child’s sleep.')).toEqual(['in regards to']);
    expect(await excerpts('simpler-words', 'We teach in a variety of different ways. We run a number of different groups.')).toEqual([
      'a variety of different',
      'a number of different',
    ]);
  });

  it('leaves plain uses alone', async () => {
    expect(await excerpts('simpler-words', 'We teach in different ways. We run a range of different groups. A variety show is on.')).toEqual([]);
  });
});

describe('simpler words: “due to” giving a reason', () => {
  it('flags “due to” that starts a sentence or follows a comma', async () => {
    expect(await excerpts('simpler-words', 'Due to staff sickness, the clinic is closed today.')).toEqual(['Due to']);
    expect(await excerpts('simpler-words', 'The clinic is closed today, due to staff sickness.')).toEqual(['due to']);
    expect(await excerpts('simpler-words', 'However, due to high demand, we cannot book you in.')).toEqual(['due to']);
  });

  it('leaves alone “due to” that means “expected to”, and “due to” after a noun', async () => {
    expect(await excerpts('simpler-words', 'Due to open in May, the new unit has 20 beds.')).toEqual([]);
    expect(await excerpts('simpler-words', 'The ward, due to be rebuilt next year, stays open.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Take your tablets before you are due to run out.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Some people face barriers due to sight loss.')).toEqual([]);
  });

  it('keeps one finding for “due to the fact that”', async () => {
    expect(await excerpts('simpler-words', 'Due to the fact that the lift is broken, use the stairs.')).toEqual(['Due to the fact that']);
  });
});

describe('simpler words: an inverted “should”', () => {
  it('flags “should we find” and “should you fail to”', async () => {
    expect(await excerpts('simpler-words', 'Should we find a mistake, we will tell you.')).toEqual(['Should we']);
    expect(await excerpts('simpler-words', 'Should you fail to reply, we may close your referral.')).toEqual(['Should you']);
    expect(await excerpts('simpler-words', 'Should this happen, call 111.')).toEqual(['Should this happen']);
  });

  it('leaves alone a question, and “should” that means “ought to”', async () => {
    expect(await excerpts('simpler-words', 'Why should we find the money for this?')).toEqual([]);
    expect(await excerpts('simpler-words', 'What should you notice after the injection?')).toEqual([]);
    expect(await excerpts('simpler-words', 'Should you take ibuprofen for a cold?')).toEqual([]);
  });
});

describe('simpler words: “prior”, “a number of” and “in advance of”', () => {
  it('flags “prior notice”, not “prior” on its own', async () => {
    expect(await excerpts('simpler-words', 'Please give us prior notice if you cannot come.')).toEqual(['prior']);
    expect(await excerpts('simpler-words', 'The prior owner kept the records.')).toEqual([]);
  });

  it('flags “a number of” before a vague noun, not before a thing you can count', async () => {
    expect(await excerpts('simpler-words', 'There are a number of reasons for the delay.')).toEqual(['a number of']);
    expect(await excerpts('simpler-words', 'We spoke to a number of patients.')).toEqual([]);
  });

  it('suggests “before” for “in advance of”', async () => {
    expect(await excerpts('simpler-words', 'We send the papers in advance of each meeting.')).toEqual(['in advance of']);
  });
});

describe('simpler words: long ways of saying short things', () => {
  const cases: Array<[string, string]> = [
    ['Please reply at the earliest opportunity.', 'at the earliest opportunity'],
    ['We are not in a position to offer you a place.', 'in a position to'],
    ['The new ward cost in the region of £4 million.', 'in the region of'],
    ['Keep your mask on for the duration of your visit.', 'for the duration of'],
    ['Staff may ask you questions in the course of your stay.', 'in the course of'],
    ['The clinic closed as a consequence of the flood.', 'as a consequence of'],
    ['We tried to call you on a number of occasions.', 'on a number of occasions'],
    ['We set up the group with the aim of cutting waiting times.', 'with the aim of'],
    ['Call us as a matter of urgency if your wound bleeds.', 'as a matter of urgency'],
    ['It should be noted that the car park is closed.', 'It should be noted that'],
    ['I would like to take this opportunity to thank our volunteers.', 'take this opportunity to'],
  ];
  for (const [text, flag] of cases) {
    it(`flags “${flag}”`, async () => {
      expect(await excerpts('simpler-words', text)).toEqual([flag]);
    });
  }

  it('leaves alone “in the region of” a place, and “the opportunity to” keeps its own suggestion', async () => {
    expect(await excerpts('simpler-words', 'Most cases were in the region of Yorkshire.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Please take the opportunity to become a member.')).toEqual(['the opportunity to']);
  });
});

describe('simpler words: “via” a phone, the post or a switchboard', () => {
  it('flags “via telephone”, “via post” and “via the … switchboard” in the usual check', async () => {
    expect(await excerpts('simpler-words', 'You can contact us via telephone or email.')).toEqual(['via telephone']);
    expect(await excerpts('simpler-words', 'We will send your results via post.')).toEqual(['via post']);
    expect(await excerpts('simpler-words', 'Ask for the ward via the switchboard.')).toEqual(['via the']);
    expect(await excerpts('simpler-words', 'Ask for the ward via the main hospital switchboard.')).toEqual(['via the']);
  });

  it('flags “via email” and “via the website” in the usual check too', async () => {
    expect(await excerpts('simpler-words', 'Send your form via email or via the website.')).toEqual(['via', 'via']);
    expect(await excerpts('simpler-words', 'Send your form via email or via the website.', 'nhs', { level: 'thorough' })).toEqual(['via', 'via']);
  });
});

describe('simpler-words: formal phrases', () => {
  it('flags "accompany", "are residents of" and "in exceptional circumstances"', async () => {
    expect(await excerpts('simpler-words', 'A friend can accompany you to the clinic.')).toEqual(['accompany']);
    expect(await excerpts('simpler-words', 'We see adults who are residents of the county.')).toEqual(['are residents of']);
    expect(await excerpts('simpler-words', 'In exceptional circumstances we may share your details.')).toEqual(['In exceptional circumstances']);
  });

  it('leaves plain uses alone', async () => {
    expect(await excerpts('simpler-words', 'Residents can park here. A friend can come with you. We rarely share your details.')).toEqual([]);
  });
});

describe('simpler-words', () => {
  it('flags “throughout the entire”', async () => {
    expect(await excerpts('simpler-words', 'The pool is open throughout the entire summer.')).toEqual(['throughout the entire']);
  });

  it('leaves alone “at this time of year”: a season, not “now”', async () => {
    expect(await excerpts('simpler-words', 'Colds are common at this time of year. Roads are quiet at this time of night.')).toEqual([]);
    expect(await excerpts('simpler-words', 'We are closed at this time.')).toEqual(['at this time']);
  });
});

describe('simpler words: “failure to present” and “require you to”', () => {
  it('flags them', async () => {
    expect(await excerpts('simpler-words', 'Failure to present your letter may delay your scan. Some scans require you to fast.')).toEqual([
      'Failure to',
      'require',
    ]);
  });

  it('leaves kidney failure and a need that is not yours alone', async () => {
    expect(await excerpts('simpler-words', 'Kidney failure to produce urine is rare. The rules require that forms are signed.')).toEqual([]);
  });
});

describe('simpler words: “are unable to” before what a service or a patient does', () => {
  it('flags it before booking, coming, giving and the like', async () => {
    expect(await excerpts('simpler-words', 'If you are unable to book online, call us. We were unable to give you a result.')).toEqual([
      'are unable to',
      'were unable to',
    ]);
  });

  it('leaves other verbs alone, like what a body can do', async () => {
    expect(await excerpts('simpler-words', 'Some people are unable to stand for long.')).toEqual([]);
  });
});

describe('simpler-words: “is required” after what a patient needs', () => {
  it('flags “required” after treatment, an appointment or tests', async () => {
    expect(await excerpts('simpler-words', 'We will call you if an appointment is required. Come back if more tests are required.')).toEqual(['is required', 'are required']);
    expect(await excerpts('simpler-words', 'A password is required. No action is needed.')).toEqual([]);
  });

  it('flags “are as follows” before a list, not “set up as follows”', async () => {
    expect(await excerpts('simpler-words', 'The dates are as follows: 3 May and 9 June.')).toEqual(['as follows']);
    expect(await excerpts('simpler-words', 'Change the settings as follows: open the menu.')).toEqual([]);
  });
});

describe('simpler words: wordy phrases with a one-word swap', () => {
  it('flags “come to an end”, “on the basis of”, “the manner in which” and “irrespective of whether”', async () => {
    expect(await excerpts('simpler-words', 'The old clinic contract comes to an end in June.')).toEqual(['comes to an end']);
    expect(await excerpts('simpler-words', 'We chose the site on the basis of travel times.')).toEqual(['on the basis of']);
    expect(await excerpts('simpler-words', 'This sets out the manner in which staff book rooms.')).toEqual(['the manner in which']);
    expect(await excerpts('simpler-words', 'You can park here irrespective of whether you have a badge.')).toEqual(['irrespective of whether']);
  });

  it('flags “provide evidence that” and “provide evidence of”', async () => {
    expect(await excerpts('simpler-words', 'You must provide evidence that you live in the borough.')).toEqual(['provide evidence that']);
    expect(await excerpts('simpler-words', 'The form provides evidence of your address.')).toEqual(['provides evidence of']);
  });

  it('leaves the plain forms alone', async () => {
    expect(await excerpts('simpler-words', 'The contract ends in June. We chose the site because of travel times. Show us a bill with your address.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Bring evidence of your address to the clinic.')).toEqual([]);
  });
});

describe('simpler words: “the duration of time”', () => {
  it('flags the wordy phrase, and leaves “for the duration of” to its own entry', async () => {
    expect(await excerpts('simpler-words', 'The duration of time that the relief lasts varies.')).toEqual(['The duration of time']);
    expect(await excerpts('simpler-words', 'Tell us how long the relief lasts.')).toEqual([]);
  });
});
