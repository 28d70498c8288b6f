/**
 * Word-list entries from tuning pages 137 to 140 (mental health and community NHS trust pages):
 * "intervention" as a word for treatment, "assertive outreach", "accompany", "are residents of",
 * "in exceptional circumstances", and "catheter" left alone where the reader has one. All text is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('jargon: care words', () => {
  it('flags "intervention" for treatment or help, and "assertive outreach"', async () => {
    expect(await excerpts('jargon', 'We offer psychological interventions for adults.')).toEqual(['interventions']);
    expect(await excerpts('jargon', 'The nurse will decide whether an intervention is needed.')).toEqual(['intervention']);
    expect(await excerpts('jargon', 'An assertive outreach team covers the town.')).toEqual(['assertive outreach']);
  });

  it('leaves the names of teams and services alone', async () => {
    expect(await excerpts('jargon', 'The early intervention service sees young adults. Ask the intervention team or the intervention radiology unit.')).toEqual([]);
    // “early … and intervention”: the same idea as “early intervention”.
    expect(await excerpts('jargon', 'The plan puts money into early prevention and intervention.')).toEqual([]);
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

describe('medical-words: a catheter the reader has', () => {
  it('leaves "your catheter" and "a blocked catheter" alone, and flags the word on its own', async () => {
    expect(await excerpts('medical-words', 'Call us if your catheter is blocked. We can help with a blocked catheter at night.')).toEqual([]);
    expect(await excerpts('medical-words', 'The doctor will put in a catheter.')).toEqual(['catheter']);
  });
});
