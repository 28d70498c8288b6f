/**
 * Patient pages about tests and procedures (issue 18, session 20): a heading worded as a question
 * with no question mark, “pre” written as a word of its own, “following” before a test or an
 * examination, “failure to present”, “require you to”, “as such as”, “contrast media” and
 * “endoscopist”, “oral glucose tolerance test” as a test's name, and a capital on a common noun
 * that says what a service does, before “service” or “transport”. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';
import { found } from './helpers/house-style.js';

describe('headings: a question with no question mark', () => {
  it('flags a heading in the word order of a question that has no question mark', async () => {
    const text = '# Your visit\n\n## Is there parking at the clinic\n\nYes.\n\n## How do I book\n\nCall us.\n\n## Can there be any side effects\n\nSome.\n';
    expect(await excerpts('headings', text)).toEqual(['## Is there parking at the clinic', '## How do I book', '## Can there be any side effects']);
  });

  it('leaves orders, names, statements and headings with a question mark alone', async () => {
    const text =
      '# Your visit\n\n## Do a short quiz\n\nText.\n\n## Have your say\n\nText.\n\n## How we use your data\n\nText.\n\n## What happens next\n\nText.\n\n## Is there parking?\n\nYes.\n\n## Are you a carer?  Read this\n\nText.\n';
    expect(await excerpts('headings', text)).toEqual([]);
  });
});

describe('house-style: “pre” as a word of its own', () => {
  it('asks for a hyphen after “pre”', async () => {
    expect(await found('Come to the pre assessment clinic. Pre op checks take an hour.')).toEqual([
      'hyphens: pre assessment',
      'hyphens: Pre op',
    ]);
  });

  it('leaves “pre and post”, “pre- and post-” and words that start with “pre” alone', async () => {
    expect(await found('We run pre and post checks. Read the pre- and post-operative notes. Prepare well and preheat the oven.')).toEqual([]);
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

describe('confused words: “as such as”', () => {
  it('flags one word too many before an example', async () => {
    expect(await excerpts('confused-words', 'Bring snacks, as such as fruit or crackers.')).toEqual(['as such as']);
  });

  it('leaves “as such as long as” alone', async () => {
    expect(await excerpts('confused-words', 'It counts as such as long as you sign it.')).toEqual([]);
  });
});

describe('medical words: “contrast media” and “endoscopist”', () => {
  it('flags them', async () => {
    expect(await excerpts('medical-words', 'We may inject contrast media. A clinical endoscopist will do the test.')).toEqual([
      'contrast media',
      'clinical endoscopist',
    ]);
  });

  it('leaves them alone when the text explains them', async () => {
    expect(await excerpts('medical-words', 'The endoscopist (the doctor or nurse doing the test) will see you.')).toEqual([]);
  });
});

describe('jargon: “oral” in the name of a test', () => {
  it('leaves the oral glucose tolerance test alone, but not oral medicine', async () => {
    expect(await excerpts('jargon', 'You may need an oral glucose tolerance test.')).toEqual([]);
    expect(await excerpts('jargon', 'Take the oral medicine twice a day.')).toEqual(['oral']);
  });
});

describe('capitals: a common noun with a capital before “service” or “transport”', () => {
  it('flags it', async () => {
    expect(await excerpts('capitals', 'Please note that Ambulance transport is limited. Ask the Podiatry service. We offer a Phlebotomy (blood test) service.')).toEqual([
      'Ambulance',
      'Podiatry',
      'Phlebotomy',
    ]);
  });

  it('leaves a service’s own name and the end of a longer name alone', async () => {
    expect(await excerpts('capitals', 'Ask about Meals on Wheels services, the Beacon service and the Head of Podiatry service.')).toEqual([]);
  });
});

describe('headings: capitals in a quoted title are not a name', () => {
  it('flags a heading in title case when the body quotes a title with the same words', async () => {
    const text = '# Coming into Hospital for Knee Surgery\n\nRead our leaflet ‘Risks and Benefits of Knee Surgery’ first.\n';
    expect(await excerpts('headings', text)).toEqual(['# Coming into Hospital for Knee Surgery']);
  });

  it('still takes a short quoted name as a name', async () => {
    const text = '# Getting to the Eye Hospital\n\nFollow the signs to ‘the Eye Hospital’ at the main gate.\n';
    expect(await excerpts('headings', text)).toEqual([]);
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
