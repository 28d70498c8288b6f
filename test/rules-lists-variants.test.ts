/**
 * lists: the same slips in other shapes, on made-up text. Bullets typed with other characters
 * (arrows, squares, ticks, Word's pasted Symbol bullets, “*”), items lettered “a.” or “A)” in
 * order, lettered items run into a paragraph, a lead-in line that ends in a dash, dots, “for
 * example” or “if you”, a line with no end mark before items in lower case, a heading in bold
 * before items with capitals, and “and” on an item before a last item that is only a link, or at
 * the end of a list inside an item that the outer list goes on after.
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
const TYPED = 'These lines are typed to look like bullet points. Make them a real bulleted list.';

describe('lists: bullets typed with other characters', () => {
  it.each(['➢', '►', '✓', '■', '◆', '\uf0b7', '\uf0a7', '*'])('flags lines typed with “%s”', async (mark) => {
    const text = `Please pack:\n\n${mark} a towel\n\n${mark} some slippers\n\n${mark} a phone charger`;
    const text2 = mark === '*' ? text.replace(/\* /g, '\\* ') : text;
    // In markdown “* ” makes a real list; escaped, it is typed text, which Word gives as it is.
    if (mark === '*') expect(await messages(text2)).toEqual([]);
    else expect(await messages(text)).toEqual([`${mark}: ${TYPED}`]);
  });

  it('flags several typed with squares in one paragraph after a colon', async () => {
    expect(await messages('The hub offers: ■ benefits advice ■ help with forms ■ a food bank')).toEqual([
      '■: These items are typed with bullet characters in a paragraph. Make them a real bulleted list.',
    ]);
  });

  it('leaves a single tick or arrow alone', async () => {
    expect(await messages('✓ Booked for Tuesday\n\nSee you then.')).toEqual([]);
    expect(await messages('► Next page')).toEqual([]);
  });
});

describe('lists: items lettered in other forms', () => {
  const LETTERS = 'Items lettered a), b), c) are easier to read as a bulleted list.';
  it('flags “a.”, “A.” and “A)” in order', async () => {
    expect(await messages('The panel will look at:\n\na. how people find the room\n\nb. how long they wait\n\nc. what they think')).toEqual([`a.: ${LETTERS}`]);
    expect(await messages('The board agreed to:\n\nA. review the budget\n\nB. publish the report')).toEqual([`A.: ${LETTERS}`]);
    expect(await messages('Options:\n\nA) stay in the ward\n\nB) go to a day room\n\nC) go home')).toEqual([`A): ${LETTERS}`]);
  });

  it('leaves initials and letters out of order alone', async () => {
    expect(await messages('A. Patel chaired the meeting.\n\nJ. Brown took the notes.')).toEqual([]);
    expect(await messages('B. Khan sent apologies.\n\nC. Lee joined later.')).toEqual([]);
    expect(await messages('I. Jones opened the fair.\n\nThe band played.')).toEqual([]);
  });

  it('flags lettered items run into a paragraph, with brackets or roman numbers', async () => {
    const RUN_IN = 'These lettered items are written into a paragraph. Make them a bulleted list, one item to a line.';
    expect(await messages('To join, you should (a) fill in the form (b) add a photo (c) post it to us.')).toEqual([`(a): ${RUN_IN}`]);
    expect(await messages('You should i) fill in the form ii) add a photo iii) post it to us.')).toEqual([`i): ${RUN_IN}`]);
  });

  it('leaves references to lettered parts alone', async () => {
    expect(await messages('This applies under parts (a), (b) and (c) of the rules.')).toEqual([]);
    expect(await messages('See (a) above and (c) below.')).toEqual([]);
  });
});

describe('lists: a lead-in line without its colon, in other forms', () => {
  it('flags a dash or dots in place of the colon', async () => {
    expect(await messages('You can get help with –\n\n- rent\n- bills\n- debt')).toEqual(['–: End the line that leads in to this list with a colon (:), not a dash.']);
    expect(await messages('You can get help with -\n\n- rent\n- bills')).toEqual(['-: End the line that leads in to this list with a colon (:), not a dash.']);
    expect(await messages('Please pack…\n\n- a towel\n- some slippers')).toEqual(['…: End the line that leads in to this list with a colon (:), not dots.']);
    expect(await messages('Please pack...\n\n- a towel\n- some slippers')).toEqual(['...: End the line that leads in to this list with a colon (:), not dots.']);
  });

  it('checks the items after a dash as it does after a colon', async () => {
    expect(await messages('You can get help with –\n\n- Rent\n- Council tax bills\n- Money worries')).toEqual([
      '–: End the line that leads in to this list with a colon (:), not a dash.',
      'Rent: List items that read on from the lead-in line start in lower case, like “rent”.',
    ]);
  });

  it('leaves a dash inside the line, and a one-word line, alone', async () => {
    expect(await messages('The hall – our new space – has:\n\n- a stage\n- a kitchen')).toEqual([]);
    expect(await messages('Notes -\n\n- a stage\n- a kitchen')).toEqual([]);
  });

  it('flags “for example” and a joining word with its subject at the end of the line', async () => {
    expect(await messages('We can help with small jobs. For example\n\n- changing a bulb\n- putting up a shelf')).toEqual(['example: End the line that leads in to this list with a colon (:).']);
    expect(await messages('You may get a discount if you\n\n- live alone\n- are a student')).toEqual(['you: End the line that leads in to this list with a colon (:).']);
  });

  it('flags a sentence that ends in a verb before items with capitals', async () => {
    expect(await messages('If you like, you can also bring\n\n- Slippers\n- A book to read')).toEqual([
      'bring: End the line that leads in to this list with a colon (:).',
      'Slippers: List items that read on from the lead-in line start in lower case, like “slippers”.',
    ]);
    expect(await messages('What you can bring\n\n- Slippers\n- A book to read')).toEqual([]);
  });

  it('flags a line with no end mark before short items in lower case', async () => {
    expect(await messages('There are 3 ways to reach the desk\n\n- by phone\n- by email\n- in person')).toEqual(['desk: End the line that leads in to this list with a colon (:).']);
  });

  it('leaves a short label, a line in bold and items with capitals alone', async () => {
    expect(await messages('Ways in\n\n- by phone\n- by email')).toEqual([]);
    expect(await messages('**Ways to reach the desk**\n\n- by phone\n- by email')).toEqual([]);
    expect(await messages('There are 3 ways to reach the desk\n\n- Phone the desk on weekdays.\n- Email the desk at any time.')).toEqual([]);
  });
});

describe('lists: a heading in bold before the list', () => {
  it('asks for a lead-in line and items in lower case after a line in bold', async () => {
    expect(await messages('**What to pack**\n\n- Towels and a wash bag\n- Some comfortable clothes\n- Your phone charger')).toEqual([
      'Towels: Use a lead-in line that ends with a colon, not a heading, and start the items in lower case, like “towels”.',
    ]);
  });

  it('leaves names and full sentences after a line in bold alone', async () => {
    expect(await messages('**Our partners**\n\n- Riverside Community Hospital\n- Hill Street Surgery\n- Northgate Health Centre')).toEqual([]);
    expect(await messages('**Before you come**\n\n- Eat a light meal.\n- Drink some water.\n- Take your usual medicines.')).toEqual([]);
  });
});

describe('lists: “and” or “or” on the last item but one, in other shapes', () => {
  it('flags “or” before a last item that is only a link', async () => {
    expect(await messages('You can get help from:\n\n- your GP\n- a pharmacist, or\n- [NHS 111](https://111.nhs.uk)')).toEqual(['or: Do not end a list item with “or”.']);
  });

  it('flags “and” at the end of a list inside an item when the outer list goes on', async () => {
    expect(await messages('We offer:\n\n- care at home:\n  - help with washing\n  - help with meals; and\n- short breaks\n- day trips')).toContain('and: Do not end a list item with “and”.');
  });

  it('leaves “and” at the end of the very last item alone', async () => {
    expect(await messages('We offer:\n\n- short breaks\n- care at home:\n  - help with washing\n  - help with meals and')).toEqual([]);
  });
});
