/**
 * capitals: the same problems in other surroundings (rules/capitals.ts and rules/lib/capital-*.ts):
 * a list item with no full stop, a line before a colon, a heading in sentence case, a word in the
 * plural or the singular, a service's word after it. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function excerpts(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => f.excerpt);
}

describe('a step or a lead-in line, not a title', () => {
  it('flags a common noun in a list item that starts with a verb and has no full stop', async () => {
    expect(await excerpts('- Speak to the Practice Manager\n- Write to the Panel')).toEqual(['Practice Manager', 'Panel']);
    expect(await excerpts('1. Call the Complaints Team')).toEqual(['Complaints Team']);
  });

  it('flags one in a line that ends in a colon', async () => {
    expect(await excerpts('You can contact the Board:\n\n- by phone\n- by email')).toEqual(['Board']);
  });

  it('leaves a line in title case alone', async () => {
    expect(await excerpts('- Guide for the Practice Manager')).toEqual([]);
    expect(await excerpts('- Meeting of the Board')).toEqual([]);
    expect(await excerpts('- Annual Report of the Board')).toEqual([]);
  });
});

describe('a heading in sentence case', () => {
  it('flags a common noun after “the” or “our”, as in a sentence', async () => {
    expect(await excerpts('## How our Engagement Team can help\n\nText.')).toEqual(['Engagement Team']);
    expect(await excerpts('## What the Panel does\n\nText.')).toEqual(['Panel']);
    expect(await excerpts('## Why do we need an Integrated Care Board?\n\nText.')).toEqual(['Integrated Care Board']);
  });

  it('leaves a heading in title case and a job title in a heading alone', async () => {
    expect(await excerpts('## About the Panel\n\nText.')).toEqual([]);
    expect(await excerpts('## A message from the Chair and Chief Executive\n\nText.')).toEqual([]);
    expect(await excerpts('## Meet our Practice Manager\n\nText.')).toEqual([]);
  });
});

describe('word forms and the words for a service', () => {
  it('flags a job title in the plural as in the singular', async () => {
    expect(await excerpts('All Chief Executives signed the letter.')).toEqual(['Chief Executives']);
  });

  it('flags a service or a clinic named by what it does, after “the”, “our” or “a”', async () => {
    expect(await excerpts('The Phlebotomy Service is open daily.')).toEqual(['Phlebotomy Service']);
    expect(await excerpts('We offer a Phlebotomy Service at the surgery.')).toEqual(['Phlebotomy Service']);
    expect(await excerpts('Book at the Phlebotomy Clinic.')).toEqual(['Phlebotomy Clinic']);
    expect(await excerpts('Call the Ambulance Service if you need help now.')).toEqual(['Ambulance Service']);
    expect(await excerpts('Book a Phlebotomy appointment online.')).toEqual(['Phlebotomy']);
  });

  it('leaves a service with its own name alone', async () => {
    expect(await excerpts('The Beacon Service is open daily.')).toEqual([]);
    expect(await excerpts('The Anytown Phlebotomy Service is open daily.')).toEqual([]);
    expect(await excerpts('The National Health Service was founded in 1948.')).toEqual([]);
    expect(await excerpts('The London Ambulance Service is busy.')).toEqual([]);
  });
});

describe('a kind of thing in the plural, beyond the list of common nouns', () => {
  it('flags 2 or 3 words the dictionary has in lower case, in the plural after a word in lower case', async () => {
    expect(await excerpts('If you are worried, talk to Care Homes near you.')).toEqual(['Care Homes']);
    expect(await excerpts('We asked Service Users what they think.')).toEqual(['Service Users']);
    expect(await excerpts('You may need some Blood Tests.')).toEqual(['Blood Tests']);
    expect(await excerpts('We wrote to all Care Homes.')).toEqual(['Care Homes']);
  });

  it('leaves one word, a plural after “our” or a comma, and a plural before a noun alone', async () => {
    expect(await excerpts('Some people have HIV or Aids.')).toEqual([]);
    expect(await excerpts('Each of our Strategic Aims has a lead.')).toEqual([]);
    expect(await excerpts('We follow the National Health Service (Concerns, Complaints and Redress Arrangements) Regulations.')).toEqual([]);
    expect(await excerpts('We trained Care Homes managers last year.')).toEqual([]);
    expect(await excerpts('The group is called Moving On.')).toEqual([]);
  });
});

describe('a longer team or service of common nouns', () => {
  it('flags 3 or 4 words that say what a team or service does, after “the” or “your”', async () => {
    expect(await excerpts('Your Community Mental Health Team will call you.')).toEqual(['Community Mental Health Team']);
    expect(await excerpts('The plan was agreed by the Senior Leadership Team.')).toEqual(['Senior Leadership Team']);
    expect(await excerpts('Contact the Adult Safeguarding Team.')).toEqual(['Adult Safeguarding Team']);
    expect(await excerpts('Contact the School Nursing Team.')).toEqual(['School Nursing Team']);
  });

  it('leaves a team with its own name alone', async () => {
    expect(await excerpts('Contact the Anytown Community Mental Health Team.')).toEqual([]);
    expect(await excerpts('Contact the Oak Tree Support Team.')).toEqual([]);
    expect(await excerpts('The Mental Health Act Team will call you.')).toEqual([]);
  });
});

describe('a table cell', () => {
  it('flags a common noun in a cell that is a sentence', async () => {
    expect(await excerpts('| Need | What to do |\n|---|---|\n| A form | Ask the Practice Manager for a form. |')).toEqual(['Practice Manager']);
  });

  it('leaves labels and titles in cells alone', async () => {
    expect(await excerpts('| Role | Report |\n|---|---|\n| Practice Manager | the Annual Report |')).toEqual([]);
  });
});

describe('a name made of an acronym and a word, before a noun', () => {
  it('leaves “an NHS App message” alone: “an” is the message’s, and “NHS App” is a name', async () => {
    expect(await excerpts('Send it in an NHS App message.')).toEqual([]);
    expect(await excerpts('Download an NHS App update.')).toEqual([]);
  });

  it('still flags one of many after “a” or “an”', async () => {
    expect(await excerpts('We are an NHS Trust.')).toEqual(['Trust']);
    expect(await excerpts('Find a GP Surgery near you.')).toEqual(['Surgery']);
  });
});
