/**
 * lists: the GOV.UK list checks beyond the lead-in line, on made-up text. Items ending in “and”
 * in any list, a lead-in line with no colon, a numbered list of names, a bullet point that is a
 * paragraph, and lists typed as paragraphs (bullet characters, letters, labels with dashes).
 */
import { describe, expect, it } from 'vitest';
import lists from '../rules/lists.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(lists));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const messages = async (text: string) => (await lint(text)).map((f) => `${f.excerpt}: ${f.message}`);

describe('lists: any list', () => {
  it('flags “and” at the end of an item even with no lead-in line', async () => {
    expect(await messages('## What we do\n\n- listen to you; and\n- act on what we hear')).toEqual([
      '-: This list has no lead-in line. Add a line before it that ends with a colon, so the items read on from it.',
      'and: Do not end a list item with “and”.',
    ]);
  });

  it('flags semicolons on most items with no lead-in, but not one stray one', async () => {
    expect(await messages('- better care;\n- shorter waits;\n- more staff')).toEqual([';: Do not end list items with a semicolon.']);
    expect(await messages('Landmarks\n\n- The Park.\n- The River;')).toEqual([]);
  });

  it('flags semicolons on other items as well as “; and” on the last but one, once each', async () => {
    expect(await messages('The grant pays for:\n\n- new books;\n- a reading room;\n- a part-time librarian; and\n- longer opening hours')).toEqual([
      ';: Do not end list items with a semicolon.',
      'and: Do not end a list item with “and”.',
    ]);
    expect(await messages('The grant pays for:\n\n- new books\n- a reading room; and\n- longer opening hours')).toEqual(['and: Do not end a list item with “and”.']);
  });

  it('flags a full stop on the last item only, when the others have none', async () => {
    expect(await messages('## Our aims\n\n- Give care closer to home\n- Make services easier to use\n- Work with partners to cut waiting times.')).toEqual([
      '.: Only the last list item ends with a full stop. Take it out, so every item ends the same way.',
    ]);
  });

  it('after a lead-in line, flags full stops on half of 4 or more items, but not on 1 of 2', async () => {
    const four = 'Four trusts get funding:\n\n- Northtown Hospital will get a new ward\n- Southtown Hospital will get 20 more beds\n- Easttown Hospital will open a new clinic for children.\n- Westtown Hospital will get a new scanner.';
    expect(await messages(four)).toContain('.: 2 list items end with a full stop.');
    expect((await messages('You can use it in 2 ways:\n\n- for people who want to look up words\n- for staff who write leaflets for the public.')).filter((m) => m.includes('full stop'))).toEqual([]);
  });

  it('after a lead-in line, flags one item with a capital among items in lower case', async () => {
    expect(await messages('The visit will look at:\n\n- Checking your home is safe\n- your strengths\n- what is working well')).toEqual([
      'Checking: This list item starts with a capital, but the others do not. Write “checking”.',
    ]);
    // A name among lower-case items, or a list of 2, is left alone.
    expect(await messages('You can get help from:\n\n- your GP\n- Riverside Hospital\n- a pharmacist')).toEqual([]);
    expect(await messages('The visit will look at:\n\n- Checking your home is safe\n- your strengths')).toEqual([]);
  });

  it('leaves lists where the last item is not the odd one out', async () => {
    // Every item a sentence, or 2 items only, or a last item with a sentence inside it.
    expect(await messages('## Our aims\n\n- Give care closer to home.\n- Make services easier to use.\n- Cut waiting times.')).toEqual([]);
    expect(await messages('## Our aims\n\n- Give care closer to home\n- Cut waiting times.')).toEqual([]);
    expect(await messages('## Our aims\n\n- Give care closer to home\n- Make services easier to use\n- Cut waiting times. We report on this each year.')).toEqual([]);
  });
});

describe('lists: the lead-in line', () => {
  it('asks for a colon at the end of a line that leads in to a list', async () => {
    expect(await messages('Our services include\n\n- physiotherapy\n- dietetics')).toEqual([
      'include: End the line that leads in to this list with a colon (:).',
    ]);
    expect(await messages('You will need the following.\n\n- your letter\n- your glasses')).toEqual([
      'following.: End the line that leads in to this list with a colon (:).',
    ]);
  });

  it('checks items after a line that reads on without its colon, as after a colon', async () => {
    expect(await messages('We can help you to\n\n- Find a doctor near you\n- Book a test at home')).toEqual([
      'to: End the line that leads in to this list with a colon (:).',
      'Find: List items that read on from the lead-in line start in lower case, like “find”.',
    ]);
  });

  it('leaves a label, a full sentence and a colon alone', async () => {
    expect(await lint('Our services\n\n- physiotherapy\n- dietetics')).toEqual([]);
    expect(await lint('We listened to 300 people.\n\n- physiotherapy\n- dietetics')).toEqual([]);
    expect(await lint('You can:\n\n- call us\n- email us')).toEqual([]);
  });
});

describe('lists: numbered lists', () => {
  it('asks for bullets in a numbered list of names', async () => {
    const text = 'The clinics are at:\n\n1. Riverside Community Hospital\n2. Northgate Health Centre\n3. St Mary’s Hospital';
    const found = await lint(text);
    expect(found.map((f) => f.message)).toEqual(['This numbered list is a list of names, with no order to follow. Use bullets.']);
    expect(found[0]!.excerpt).toBe('1.');
  });

  it('leaves steps, rankings and short lists alone', async () => {
    expect(await lint('To book:\n\n1. Open the NHS App\n2. Select Appointments\n3. Choose a time')).toEqual([]);
    expect(await lint('Follow these steps:\n\n1. Riverside Hospital\n2. Northgate Centre\n3. Park Clinic')).toEqual([]);
    expect(await lint('The sites:\n\n1. Riverside Hospital\n2. Northgate Centre')).toEqual([]);
    expect(await lint('We will discuss:\n\n1. Welcome and Apologies\n2. Minutes of the Last Meeting\n3. Any Other Business')).toEqual([]);
  });
});

describe('lists: long items', () => {
  it('flags a bullet point that is a paragraph of several sentences', async () => {
    const item =
      'To apply for a job, you must fill in an application form on our website. The form asks about your work, your training and your reasons for applying. ' +
      'We read every form in the same way, so fill in each part as fully as you can before you send it.';
    const found = await lint(`How to apply:\n\n- ${item}\n- read the guidance`);
    expect(found.map((f) => f.message)).toEqual([
      'This list item has 3 sentences. Keep each bullet point to one sentence, or set the text as paragraphs.',
    ]);
  });

  it('leaves 2 short sentences, and numbered steps, alone', async () => {
    expect(await lint('Before you come:\n\n- Eat a light meal. It helps you feel well.\n- Bring your glasses. You will need them.')).toEqual([]);
  });
});

describe('lists typed as paragraphs', () => {
  it('flags bullet characters in a paragraph, once', async () => {
    const found = await lint('The changes include: • a more open process; • clearer standards; and • the next steps.');
    expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([
      '•: These items are typed with bullet characters in a paragraph. Make them a real bulleted list.',
    ]);
  });

  it('flags 3 or more bullet characters run into a sentence with no colon, before words in lower case', async () => {
    const found = await lint('The library lends • large print books • audio books • e-readers to members.');
    expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([
      '•: These items are typed with bullet characters in a paragraph. Make them a real bulleted list.',
    ]);
    expect(await lint('Find us • Opening times • Parking • Contact')).toEqual([]);
    expect(await lint('The library lends • large print books • audio books.')).toEqual([]);
  });

  it('flags lettered items, and an item that ends in “and”', async () => {
    const found = await lint('We agreed to:\n\na) improve outcomes\n\nb) address inequalities, and\n\nc) support the NHS');
    expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([
      'a): Items lettered a), b), c) are easier to read as a bulleted list.',
      'and: Do not end a list item with “and”.',
    ]);
  });

  it('flags paragraphs that each start with a short label and a dash, after a lead-in line', async () => {
    const text =
      'The plan covers 3 areas:\n\n' +
      'Better cancer care – with new clinics that test people for cancer in one visit.\n\n' +
      'Better mental health – with more beds for children and young people near home.\n\n' +
      'Better GP access – with appointments in the evenings and at weekends for everyone.';
    expect((await lint(text)).map((f) => f.excerpt)).toEqual(['Better cancer care']);
  });

  it('leaves one bullet character, one lettered line and labelled paragraphs with no lead-in alone', async () => {
    expect(await lint('Open • Monday to Friday.\n\na) is the answer.')).toEqual([]);
    expect(await lint('Home • About us • Contact us')).toEqual([]);
    const text =
      'Better cancer care – with new clinics that test people for cancer in one visit.\n\n' +
      'Better mental health – with more beds for children and young people near home.\n\n' +
      'Better GP access – with appointments in the evenings and at weekends for everyone.';
    expect(await lint(text)).toEqual([]);
  });
});

describe('lists: a lead-in line that ends in a semicolon or comma', () => {
  it('asks for a colon in place of the semicolon or comma', async () => {
    expect(await messages('To join you will need to bring;\n\n- a form\n- a photo\n- a small fee\n')).toEqual(['bring;: End the line that leads in to this list with a colon (:).']);
    expect(await messages('The library offers,\n\n- books\n- films\n- maps\n')).toEqual(['offers,: End the line that leads in to this list with a colon (:).']);
  });

  it('takes any line of 3 words or more that ends in a semicolon as a lead-in line, whatever its last word', async () => {
    expect(await messages('You can get help if you or your partner get either;\n\n- Pension Credit\n- Housing Benefit\n- Child Benefit\n')).toEqual([
      'either;: End the line that leads in to this list with a colon (:).',
    ]);
    // a comma after such a word is left alone: it may end a label or a greeting
    expect(await messages('To all our patients and carers,\n\n- Opening times\n- Parking\n- Visiting\n').then((m) => m.filter((x) => x.includes('colon')))).toEqual([]);
  });

  it('leaves a sentence that ends in a comma or semicolon and does not lead in, alone', async () => {
    expect(await messages('For example,\n\n- books\n- films\n- maps\n').then((m) => m.filter((x) => x.includes('colon')))).toEqual([]);
  });
});

describe('lists: blank lines between short items', () => {
  it('flags a bulleted list with blank lines between short items, once', async () => {
    expect(await messages('The course lasts:\n\n* 1 year if you study full time\n\n* 2 years if you study part time\n\n* 3 years if you work as well\n')).toEqual([
      '*: There are blank lines between these short list items. Take them out, so the list reads as one block.',
    ]);
  });

  it('leaves tight lists, numbered steps, long items, items of several paragraphs and links alone', async () => {
    expect(await messages('The course lasts:\n\n- 1 year full time\n- 2 years part time\n')).toEqual([]);
    expect(await messages('## How to apply\n\n1. Fill in the form.\n\n2. Send it to us.\n')).toEqual([]);
    const long = 'This item is a long one with many words in it, so that it runs well past the number of words a short item has.';
    expect(await messages(`Read these notes:\n\n- ${long}\n\n- ${long}\n`)).toEqual([]);
    expect(await messages('You can:\n\n- call us\n\n  We answer from 9am.\n\n- email us\n')).toEqual([]);
    expect(await messages('Read more:\n\n- [Parking](https://example.org/parking)\n\n- [Visiting](https://example.org/visiting)\n')).toEqual([]);
  });
});
