/**
 * Patterns from public health pages of Scotland, Wales and Northern Ireland (session 20): an age
 * with no noun after it or with a plus sign, “also know as”, “provides a summary of”,
 * “throughout the entire”, “at this time of year”, and a list item that opens with a name the
 * text writes in capitals elsewhere. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('numbers: an age at the end of a sentence', () => {
  it('asks for a numeral after “aged”, and after “under” or “over” with people before it', async () => {
    expect(await excerpts('numbers', 'You can get vouchers if you have a child under four.')).toEqual(['four']);
    expect(await excerpts('numbers', 'The group is for people aged seven.')).toEqual(['seven']);
    expect(await excerpts('numbers', 'The clinic sees children aged under five.')).toEqual(['five']);
  });

  it('leaves alone a count with no age in it', async () => {
    expect(await excerpts('numbers', 'The work was split over two.')).toEqual([]);
    expect(await excerpts('numbers', 'We now have four.')).toEqual([]);
    expect(await excerpts('numbers', 'Sales went over one.')).toEqual([]);
  });
});

describe('house-style: an age with a plus sign', () => {
  it('asks for “aged 65 and over”', async () => {
    expect(await excerpts('house-style', 'The jab is for people aged 65+ and carers.')).toEqual(['aged 65+']);
    expect(await excerpts('house-style', 'It is free for anyone over 70+.')).toEqual(['over 70+']);
  });

  it('leaves alone a plus sign that is not an age', async () => {
    expect(await excerpts('house-style', 'Call 999. Press the + button. Our team has 40+ nurses.')).toEqual([]);
  });
});

describe('misspellings: “also know as”', () => {
  it('flags the slip after “is” or “was”, not a verb after “you”', async () => {
    expect(await excerpts('misspellings', 'The clinic, which is also know as the Hub, is in Leith.')).toEqual(['also know as']);
    expect(await excerpts('misspellings', 'You also know as a parent that sleep matters.')).toEqual([]);
  });
});

describe('hidden-verbs: “provide a summary of”', () => {
  it('suggests “summarise” in the same tense, only with “of” after', async () => {
    expect(await excerpts('hidden-verbs', 'This leaflet provides a summary of the changes.')).toEqual(['provides a summary of']);
    expect(await excerpts('hidden-verbs', 'We will give you a summary at the end.')).toEqual([]);
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

describe('lists: an item that opens with a name', () => {
  it('leaves alone a capital on a name the text writes in capitals mid-sentence', async () => {
    const text = 'The board pays for Parks and Leisure and for schools.\n\nThe board has 3 jobs:\n\n- Parks and Leisure, which runs the pools\n- schools in the town\n- roads and paths';
    expect(await excerpts('lists', text)).toEqual([]);
  });

  it('still flags a capital the text does not use as a name', async () => {
    const text = 'The board has 3 jobs:\n\n- Running the pools\n- schools in the town\n- roads and paths';
    expect(await excerpts('lists', text)).toEqual(['Running']);
  });
});

describe('numbers: an age before a comma', () => {
  it('asks for a numeral when a comma ends the clause', async () => {
    expect(await excerpts('numbers', 'If you have a child that’s under four, you can get vouchers.')).toEqual(['four']);
  });
});

describe('house-style: an age with a plus sign in a title', () => {
  it('leaves alone “(Aged 16+)” inside a form’s name, but not at the start of a sentence', async () => {
    expect(await excerpts('house-style', 'Fill in the Joining Form (Aged 16+) and send it to us.')).toEqual([]);
    expect(await excerpts('house-style', 'Aged 16+ people can book online.')).toEqual(['Aged 16+']);
  });
});

describe('capitals: a general term before a date', () => {
  it('flags “Special Measures in February”: a month after “in” is a date, not the rest of a name', async () => {
    expect(await excerpts('capitals', 'The board was placed into Special Measures in February 2023.', 'govuk')).toEqual(['Special Measures']);
    expect(await excerpts('capitals', 'She is the Director of Public Health in Anytown.', 'govuk')).toEqual([]);
  });
});
