/**
 * capitals on a kind of thing brought in with “a” and describing words, or counted: “a new
 * Learning Space”, “an extra 6 bed Recovery Ward”, “two Governors”. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const excerpts = async (text: string) => (await lint(text)).map((f) => f.excerpt);

describe('capitals on a kind of thing, after “a new” or a number', () => {
  it('flags words the dictionary has in lower case after “a” and describing words', async () => {
    const found = await lint('The old library will become a new Learning Space for pupils.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Learning Space', 'learning space']]);
    expect(found[0]!.message).toBe('“Learning Space” is used in general here, so it does not need capitals.');
    expect(await excerpts('The ward will grow, with an extra 6 bed Recovery Ward.')).toEqual(['Recovery Ward']);
  });

  it('flags a common noun counted with “one” or a number word', async () => {
    expect(await excerpts('The panel will include one Governor, one parent and the head.')).toEqual(['Governor']);
    expect(await excerpts('We met two Councillors and a parent.')).toEqual(['Councillors']);
    expect(await excerpts('The town will get 3 new Youth Hubs, in the east and the west.')).toEqual(['Youth Hubs']);
    expect(await excerpts('The town will get two new Youth Hubs.')).toEqual(['Youth Hubs']);
  });

  it('leaves names and titles alone', async () => {
    // a name after “a”, with no describing word between
    expect(await lint('Ask a Macmillan nurse for help.')).toEqual([]);
    // before a noun: the capital is part of the writer's word, not a name to lower
    expect(await lint('We hope to reach a nationwide Deaf audience.')).toEqual([]);
    // a plural after “a”: it describes a noun later on
    expect(await lint('We will open a brand new Child and Adult Mental Health Services (CAMHS) building.')).toEqual([]);
    // a name made of words the dictionary has with capitals
    expect(await lint('They opened a new Anytown Hospital wing, and a new Rosie Wing.')).toEqual([]);
    // a name that is a phrase, not a kind of thing
    expect(await lint('The council started a new Keep Well Service in May.')).toEqual([]);
    // “the one Board”: after “the”, the words may name one thing
    expect(await lint('It is the one Forum where we all meet.')).toEqual([]);
  });
});

describe('a part of an act or a document, with its number', () => {
  it('flags “Section 4” when the page writes “section 2” too', async () => {
    const found = await lint('The new law changed Section 4 of the Housing Act. Read section 2 first.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Section', 'section']]);
    expect(found[0]!.message).toBe('This document writes “Section 4” and “section 2”. Use lower case each time.');
    expect(await excerpts('See Paragraph 12 for the rules, and paragraph 3 for the dates.')).toEqual(['Paragraph']);
  });

  it('flags “Section 4” under GOV.UK style alone', async () => {
    const found = await lint('The new law changed Section 4 of the Housing Act.', 'govuk');
    expect(found.map((f) => f.message)).toEqual(['Write “section 4” in lower case: GOV.UK writes parts of an act in lower case, like “section 2”.']);
  });

  it('leaves it alone at the start of a sentence, after a name, in a heading, or written one way', async () => {
    expect(await lint('Section 4 of the Housing Act changed. Read section 2 first.')).toEqual([]);
    expect(await lint('The Housing Act Section 4 changed. Read section 2 first.')).toEqual([]);
    expect(await lint('## Changes to Section 4\n\nRead section 2 first.')).toEqual([]);
    expect(await lint('The new law changed Section 4 and Section 5 of the Housing Act.')).toEqual([]);
  });
});

describe('the last word of a name written 2 ways', () => {
  it('flags “Safe Travel Scheme” when the page also writes “Safe Travel scheme”', async () => {
    const found = await lint('## The Safe Travel Scheme\n\nThe Safe Travel scheme pays for taxis. Ask us about the Safe Travel scheme.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Scheme', 'Safe Travel scheme']]);
    expect(found[0]!.message).toBe('This document writes “Safe Travel Scheme” and “Safe Travel scheme”. Use one form: a capital only if it is part of the official name.');
    expect(await excerpts('Our Quit Smoking Service is free. The Quit Smoking service opens at 9am.')).toEqual(['Service']);
  });

  it('leaves a name written one way, a longer name and a table alone', async () => {
    expect(await lint('The Safe Travel Scheme pays for taxis. Ask about the Safe Travel Scheme.')).toEqual([]);
    expect(await lint('Read the Safe Travel Scheme Rules. The Safe Travel scheme pays for taxis.')).toEqual([]);
    expect(await lint('| Name | Cost |\n| --- | --- |\n| Safe Travel Scheme | free |\n\nThe Safe Travel scheme pays for taxis.')).toEqual([]);
  });
});

describe('a unit of time with a capital after a number or “per”', () => {
  it('flags “30 Hours per Week” and “£24,000 Per Annum”', async () => {
    expect(await excerpts('Working hours: 30 Hours per Week\n\nThe pay is £24,000 per Annum, paid each Month.')).toEqual(['Hours', 'Week', 'Annum', 'Month']);
    const found = await lint('You will work 37.5 Hours a week.');
    expect(found.map((f) => [f.message, f.suggestions![0]])).toEqual([['“Hours” does not need a capital: write “hours”.', 'hours']]);
  });

  it('leaves a name, a heading, a table and lower case alone', async () => {
    expect(await lint('Watch 24 Hours In Care on TV. We work 30 hours a week. She is a Year 7 pupil.')).toEqual([]);
    expect(await lint('## Open 7 Days a Week\n\nCall us.')).toEqual([]);
    expect(await lint('| Job | Hours |\n| --- | --- |\n| Nurse | 30 Hours |\n')).toEqual([]);
  });
});

describe('a place’s name written in lower case', () => {
  it('flags it after a word that comes before a place, or when the page writes it with its capital too', async () => {
    const found = await lint('The City Council runs the service.\n\nLocation: sheffield, S1 2HH\n\nWe have clinics across sheffield and in Rotherham.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['sheffield', 'Sheffield'],
      ['sheffield', 'Sheffield'],
    ]);
    expect(found[0]!.message).toBe('Write “Sheffield” with a capital letter: it is a name.');
    expect(await excerpts('Our Spanish classes run in May. Some people here speak spanish.')).toEqual(['spanish']);
  });

  it('leaves plurals, quoted words, addresses, short words and words of another language alone', async () => {
    expect(await lint('Our website in Leeds blocks viruses and trojans. Rubella (german measles) is rare in Leeds.')).toEqual([]);
    expect(await lint('Jane Smith wrote "write to sheffield" on the form. Email info@sheffield.gov.uk or visit Sheffield.')).toEqual([]);
    expect(await lint('We met Jane Smith in Bradford. Read more at bradford.gov.uk.')).toEqual([]);
    // A long quotation, over 2 lines: the words are quoted as they were said or written.
    expect(await lint('A resident told us: “the bus from my house\nto the new clinic across sheffield takes an hour”. We work in Sheffield.')).toEqual([]);
  });
});

describe('a condition’s name with a capital on each word', () => {
  it('writes it in lower case, keeping a person’s or a place’s name and a sentence’s first capital', async () => {
    const found = await lint(
      'Safe sleep lowers the risk of Sudden Infant Death Syndrome. We support people with Alzheimer’s Disease. ' +
        'Ticks can spread Lyme Disease. Bowel Cancer can often be treated.',
    );
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Sudden Infant Death Syndrome', 'sudden infant death syndrome'],
      ['Alzheimer’s Disease', 'Alzheimer’s disease'],
      ['Lyme Disease', 'Lyme disease'],
      ['Bowel Cancer', 'Bowel cancer'],
    ]);
    expect(found[0]!.message).toBe('“Sudden Infant Death Syndrome” does not need capitals: write conditions in lower case.');
  });

  it('leaves the name of a charity, a service or a campaign alone', async () => {
    expect(await lint('The Motor Neurone Disease Association can help. Ask the Eating Disorders Service.')).toEqual([]);
    expect(await lint('Read our Restless Legs Syndrome leaflet. Call Cancer Research UK. We took part in World Kidney Disease Day.')).toEqual([]);
    expect(await lint('Read **Living With Heart Failure** or [Kidney Disease](https://example.org/kd).')).toEqual([]);
  });
});
