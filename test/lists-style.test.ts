/**
 * lists: habits editors flag on any page (rules/lib/list-style.ts), on made-up text. A bullet
 * point much longer than the others, a heading set as a list item, sub-items set at the same level
 * as the item that leads in to them, a list with no lead-in line whose items start with capitals
 * but have no full stops, items that start in 2 ways, one page with lists in 2 styles, short lines
 * set as paragraphs that make a list, and numbered steps run into a paragraph.
 */
import { describe, expect, it } from 'vitest';
import lists from '../rules/lists.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { lintDraft } from '../src/engine/run.js';
import { ConfigLoader } from '../src/config/load.js';
import { markdownToDocx } from './helpers/md-to-docx.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(lists));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const messages = async (text: string) => (await lint(text)).map((f) => `${f.excerpt}: ${f.message}`);

describe('lists: one item much longer than the others', () => {
  it('flags 2 sentences after a lead-in line when the other items are short', async () => {
    const text = 'Tell us if:\n\n- you move house\n- your income goes up or down\n- you start a new job. You also need to send us your first 2 payslips from the new job.';
    expect(await messages(text)).toEqual([
      'you start a new job. You also need to send us your first 2 payslips from the new job.: This list item has 2 sentences, and the others have one. Keep it to one sentence, like the rest, and move the detail into a paragraph.',
    ]);
  });

  it('flags 3 sentences with no lead-in line among one-sentence items', async () => {
    const text = '## At home\n\n- Open a window for a few minutes each hour. Fresh air helps clear the virus from a room. It also keeps the room cool when you have a fever.\n- Wash your hands before you eat.';
    expect((await messages(text)).map((m) => m.split(': ')[1])).toEqual(['This list item has 3 sentences, and the others have one. Keep it to one sentence, like the rest, and move the detail into a paragraph.']);
  });

  it('leaves items of about the same length, short second sentences, abbreviations and definitions alone', async () => {
    // Every item has 2 sentences: the list is written that way.
    expect(await lint('## At home\n\n- Open a window. Fresh air helps.\n- Wash your hands. It stops germs spreading.\n- Rest. Sleep helps you get better.')).toEqual([]);
    // A second sentence, but the item is short.
    expect(await lint('Tell us if:\n\n- you move house\n- your income changes\n- you start work. Tell us soon.')).toEqual([]);
    // “St. Anne’s” does not end a sentence.
    expect(await lint('You can go to:\n\n- your GP surgery\n- the walk-in centre on the high street\n- the minor injuries unit at St. Anne’s Hospital, which is open from 8am to 8pm every day')).toEqual([]);
    // No lead-in line: 2 sentences in a bullet point are fine.
    expect(await lint('## At home\n\n- Open a window for a few minutes each hour. Fresh air helps clear the virus from a room.\n- Wash your hands before you eat.')).toEqual([]);
  });
});

describe('lists: a heading set as a list item', () => {
  it('flags a short item with no verb between 2 full sentences', async () => {
    const text = '- Read the job description before you apply.\n- We will write to you within 2 weeks.\n- Pay\n- Each job is paid at a set band on the national pay scale.';
    expect(await messages(text)).toEqual(['Pay: “Pay” looks like a heading set as a list item, among full sentences. Make it a heading, and end the list before it.']);
  });

  it('leaves short items among other short items, names and the last item alone', async () => {
    expect(await lint('You will need:\n\n- your passport\n- Training\n- a reference')).toEqual([]);
    expect(await lint('- Call the surgery before 10am.\n- Riverside Surgery\n- Ask for a call back from the nurse.')).toEqual([]);
    expect(await lint('- Read the job description before you apply.\n- We will write to you within 2 weeks.\n- Training')).toEqual([]);
  });
});

describe('lists: sub-items set at the same level as the item that leads in to them', () => {
  it('flags the first sub-item after an item that ends “will include;”', async () => {
    const text = '- We check every new member of staff, and this will include;\n- references from your last 2 jobs\n- a health check\n- a criminal record check\n- You will get a letter when the checks are done.';
    expect(await messages(text)).toEqual([
      'references: This item and the ones after it belong under the item before them (“this will include;”), but they are set at the same level as the rest. Set them as a list of their own under it.',
    ]);
  });

  it('leaves a list of items that each end with a semicolon, and an item with its own list under it, alone', async () => {
    expect((await messages('We will:\n\n- listen to you;\n- act on what we hear;\n- tell you what we did')).filter((m) => m.includes('belong under'))).toEqual([]);
    expect((await messages('- Our checks include;\n  - references\n  - a health check\n- You will hear from us.')).filter((m) => m.includes('belong under'))).toEqual([]);
    expect((await messages('- Our checks include;\n- Each reference must cover 3 years.\n- The health check is done by phone.')).filter((m) => m.includes('belong under'))).toEqual([]);
  });
});

describe('lists: no lead-in line, items with capitals and no full stops', () => {
  it('flags long items with capitals after a sentence with a full stop', async () => {
    const text = 'The council set out its plans today.\n\n- New bus routes will link the town to the hospital\n- Parking at the station will be free on Sundays\n- Every library will open until 8pm on weekdays';
    expect(await messages(text)).toEqual(['New: This list has no lead-in line, and its items start with capitals but have no full stops. Add a lead-in line that ends with a colon, or end each item with a full stop.']);
  });

  it('leaves full sentences, names, short items and lists after a heading or a colon alone', async () => {
    expect(await lint('The council set out its plans today.\n\n- New bus routes will link the town to the hospital.\n- Parking at the station will be free on Sundays.\n- Every library will open until 8pm.')).toEqual([]);
    expect(await lint('We work with other trusts.\n\n- Riverside University Hospitals NHS Foundation Trust\n- Northgate Community Health Services NHS Trust\n- Eastfield and District Mental Health Partnership')).toEqual([]);
    // After a heading, the rule asks for a lead-in line in its own words.
    expect((await messages('## Our plans\n\n- New bus routes will link the town to the hospital\n- Parking at the station will be free on Sundays\n- Every library will open until 8pm on weekdays')).filter((m) => m.includes('no lead-in line'))).toEqual([]);
    expect(await lint('Read more.\n\n- Annual report: what we did in 2024 and why\n- Quality account: how we check the care we give\n- Our plan: what we will do over the next 5 years')).toEqual([]);
  });
});

describe('lists: items that start in 2 ways, with no lead-in line', () => {
  it('flags the odd one out among phrases', async () => {
    expect(await messages('## What to bring\n\n- your letter\n- a list of your medicines\n- Your glasses or hearing aid')).toEqual([
      'Your: Some items in this list start with a capital letter and some do not. Start every item the same way, like “your”.',
    ]);
  });

  it('leaves full sentences, names and names in lower case alone', async () => {
    expect(await lint('## Known limits\n\n- plainlint reads markdown and Word files.\n- It does not read PDF files.\n- It does not check tables.')).toEqual([]);
    expect(await lint('## Where to go\n\n- your GP surgery\n- the walk-in centre\n- Riverside Hospital')).toEqual([]);
  });
});

describe('lists: one page with lists in 2 styles', () => {
  it('flags a list of full sentences whose items start like the items of a lead-in list', async () => {
    const text = '## Stay well\n\nYou should:\n\n- avoid crowded places\n- wash your hands often\n- open a window\n\n## At work\n\n- Avoid sharing cups with other people.\n- Wipe your desk at the end of the day.';
    expect(await messages(text)).toEqual([
      'Avoid: This list is written in a different style from another list on this page (“avoid crowded places”): here items start with capitals and end with full stops. Write both lists the same way.',
    ]);
    expect((await lint(text))[0]!.suggestions).toEqual(['Add a lead-in line that ends with a colon (like “You should:”), then start each item in lower case, with no full stop.']);
  });

  it('leaves lists of different kinds alone, and lists that only share a word like “your”', async () => {
    expect(await lint('You should:\n\n- avoid crowded places\n- wash your hands often\n\n## Key facts\n\n- Paracetamol takes up to an hour to work.\n- The usual dose is 2 tablets.')).toEqual([]);
    expect(await lint('You will need:\n\n- your passport\n- your NHS number\n\n## Before you come\n\n- Your letter tells you where to go.\n- Your nurse will call you on the day.')).toEqual([]);
  });
});

describe('lists: short lines set as separate paragraphs', () => {
  it('flags 3 or more lines that start the same way or ask questions, after a lead-in line', async () => {
    expect(await messages('The nurse will ask-\n\nWhat your date of birth is\n\nWhere you live\n\nWho your GP is\n\nThen you can sit down.')).toEqual([
      'What your date of birth is: These 3 lines are set as separate paragraphs, but they are a list. Make them a bulleted list.',
    ]);
    expect(await messages('You will need:\n\nYour passport.\n\nYour birth certificate.\n\nYour NHS number.')).toEqual([
      'Your passport.: These 3 lines are set as separate paragraphs, but they are a list. Make them a bulleted list.',
    ]);
  });

  it('flags lines that start with a verb in the same form, after a colon, even with full stops on some', async () => {
    const text = 'Last week the team:\n\nAnswered 900 calls.\n\nBooked 420 appointments\n\nChecked 310 blood pressures.\n\nSorted 75 referrals\n\nThank you for your patience.';
    expect(await messages(text)).toEqual(['Answered 900 calls.: These 4 lines are set as separate paragraphs, but they are a list. Make them a bulleted list.']);
    // 3 lines with full stops on some: sentences, perhaps, so left alone
    expect(await lint('Last week the team:\n\nAnswered 900 calls.\n\nBooked 420 appointments\n\nSorted 75 referrals')).toEqual([]);
  });

  it('finds them inside a list item too', async () => {
    expect(await messages('- Go to reception.\n\n  They will ask:\n\n  What your name is\n\n  What your address is\n\n  What your phone number is\n\n- Sit in the waiting room.')).toEqual([
      'What your name is: These 3 lines are set as separate paragraphs, but they are a list. Make them a bulleted list.',
    ]);
  });

  it('leaves 2 lines, lines with no lead-in, labels, addresses and lines that differ alone', async () => {
    expect(await lint('They will ask:\n\nWhat your name is\n\nWhat your address is')).toEqual([]);
    expect(await lint('## Updates\n\nAdded a page on fees\n\nAdded a page on parking\n\nAdded a map')).toEqual([]);
    expect(await lint('Contact us:\n\nPhone: 0300 123 4567\n\nPhone: 0300 765 4321\n\nPhone: 0300 111 2222')).toEqual([]);
    expect(await lint('Write to us at:\n\nRiverside Hospital\n\nLong Lane\n\nNorthtown NT1 1AA')).toEqual([]);
    expect(await lint('Before you come:\n\nEat a light meal\n\nBring your glasses\n\nArrive 10 minutes early')).toEqual([]);
  });
});

describe('lists: numbered steps written into a paragraph', () => {
  it('flags 3 numbers that count up inside a paragraph', async () => {
    expect(await messages('To book: 1. open the app 2. choose a time 3. confirm the booking.')).toEqual([
      '1.: These numbered steps are written into a paragraph. Make them a numbered list, one step to a line.',
    ]);
    expect(await messages('To book you need to (1) open the app, (2) choose a time and (3) confirm it.')).toEqual([
      '(1): These numbered steps are written into a paragraph. Make them a numbered list, one step to a line.',
    ]);
  });

  it('leaves 2 numbers, numbers in references and decimals alone', async () => {
    expect(await lint('To book: 1. open the app 2. choose a time.')).toEqual([]);
    expect(await lint('See regulation 5(1), 5(2) and 5(3) for the rules.')).toEqual([]);
    expect(await lint('Doses went from 1.5 to 2.5 and then 3.5 tablets.')).toEqual([]);
  });
});

describe('lists: items that read on from the lead-in line, written as sentences', () => {
  it('asks for lower case on phrases in “-ing” and on items that start with a verb', async () => {
    expect(await messages('We will do this by:\n\n- Listening to the people who use our services\n- Refocusing our teams on prevention\n- Locating clinics close to home')).toEqual([
      'Listening: List items that read on from the lead-in line start in lower case, like “listening”.',
    ]);
    expect(await messages('Our plans for next year include:\n\n- Opening a new clinic in the town centre.\n- Training 20 more volunteers.\n- Publishing our waiting times each month.')).toEqual([
      'Opening: List items that read on from the lead-in line start in lower case, like “opening”.',
    ]);
    expect(await messages('People change their GP because they:\n\n- Have moved to a new area.\n- Have had problems getting an appointment.\n- Want a practice nearer to work.')).toEqual([
      'Have: List items that read on from the lead-in line start in lower case, like “have”.',
      '.: 3 list items end with a full stop.',
    ]);
    expect(await messages('A community pharmacy:\n\n- Is open late on most days.\n- Has a private room to talk in.\n- Can give advice on minor illnesses.')).toEqual([
      'Is: List items that read on from the lead-in line start in lower case, like “is”.',
    ]);
  });

  it('leaves full sentences after a label, questions and names alone', async () => {
    expect(await lint('You may be asked to come in for one of these reasons:\n\n- Your test result was not clear.\n- Your nurse saw a change that needs a closer look.\n- You have had symptoms for a long time.')).toEqual([]);
    expect(await lint('Before you call, check these things:\n\n- Have you put the bin out by 7am?\n- Have you used the right bin?\n- Is the lid closed?')).toEqual([]);
    expect(await lint('We have clinics in:\n\n- Ealing Broadway\n- Woking\n- Kettering')).toEqual([]);
  });
});

describe('lists: messages for Word users', () => {
  it('do not name markdown syntax in a Word document', async () => {
    const markdown = 'You can get help with:\n\n\\- your prescriptions\n\n\\- your travel costs\n\n\\- your glasses\n';
    const report = await lintDraft({ path: 'draft.docx', kind: 'docx', buffer: await markdownToDocx(markdown), notices: [] }, 'x', { loader: new ConfigLoader({ preset: 'nhs' }) });
    const found = report.findings.filter((f) => f.ruleId === 'lists');
    expect(found.map((f) => f.suggestions)).toEqual([['Use the bulleted list button, after a lead-in line that ends with a colon.']]);
    expect((await lint('You can get help with:\n\n• your prescriptions\n\n• your travel costs'))[0]!.message).toContain('bulleted list');
  });

  it('find short lines set as paragraphs, and a heading set as a list item, in a Word document', async () => {
    const markdown = 'The nurse will ask:\n\nWhat your name is\n\nWhat your address is\n\nWhat your phone number is\n\nThen you can sit down.\n\n- Read the job description before you apply.\n- We will write to you within 2 weeks.\n- Pay\n- Each job is paid at a set band on the national pay scale.\n';
    const report = await lintDraft({ path: 'draft.docx', kind: 'docx', buffer: await markdownToDocx(markdown), notices: [] }, 'x', { loader: new ConfigLoader({ preset: 'nhs' }) });
    const found = report.findings.filter((f) => f.ruleId === 'lists');
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([
      ['What your name is', 'These 3 lines are set as separate paragraphs, but they are a list. Make them a bulleted list.'],
      ['Pay', '“Pay” looks like a heading set as a list item, among full sentences. Make it a heading, and end the list before it.'],
    ]);
  });

  it('name it in a markdown draft', async () => {
    expect((await lint('You can get help with:\n\n– your prescriptions\n\n– your travel costs'))[0]!.suggestions).toEqual(['Use the bulleted list button (or “- ” in markdown), after a lead-in line that ends with a colon.']);
  });
});

describe('lists: items that all start with the same words', () => {
  it('flags 3 or more items in lower case that start with the same 2 words or more, once', async () => {
    const found = await lintDocument(parseMarkdown('At the library:\n\n- you can borrow large print books\n- you can borrow audio books\n- you can borrow e-readers\n', 'draft.md'), oneRule(lists));
    expect(found.findings.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([
      'you can borrow: Every item starts with “you can borrow”. Say it once, at the end of the lead-in line, and start each item with the words that differ.',
    ]);
  });

  it('leaves 2 items, small words, names, numbers and items with one word after the shared ones alone', async () => {
    const none = async (text: string) => (await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(lists))).findings.filter((f) => f.message.startsWith('Every item'));
    expect(await none('You can:\n\n- you can borrow books\n- you can borrow films\n')).toEqual([]);
    expect(await none('Ask about:\n\n- the opening times\n- the study rooms\n- the café\n')).toEqual([]);
    expect(await none('The library is open:\n\n- in the morning on weekdays\n- in the evening on Thursdays\n- in the afternoon on Saturdays\n')).toEqual([]);
    expect(await none('Our sites:\n\n- Northtown Library, Main Street\n- Northtown Library, Park Road\n- Northtown Library, Mill Lane\n')).toEqual([]);
    expect(await none('We found:\n\n- 1 in 4 adults read every day\n- 1 in 3 children read every day\n- 1 in 5 older people read every day\n')).toEqual([]);
    expect(await none('You can:\n\n- borrow books\n- borrow films\n- borrow maps\n')).toEqual([]);
  });
});

describe('lists: capitals on items with an acronym in them', () => {
  it('reads “Your NHS number” as a phrase with a capital, not a name', async () => {
    const found = await lintDocument(parseMarkdown('Please bring:\n\n- Your NHS number\n- Your GP letter\n- A list of your medicines\n', 'draft.md'), oneRule(lists));
    expect(found.findings.map((f) => f.message)).toEqual(['List items that read on from the lead-in line start in lower case, like “your”.']);
  });

  it('still leaves names with an acronym in them alone', async () => {
    const found = await lintDocument(parseMarkdown('Contact:\n\n- Northtown NHS Trust\n- Southtown NHS Trust\n- Easttown Hospital\n', 'draft.md'), oneRule(lists));
    expect(found.findings).toEqual([]);
  });
});

describe('lists: items with capitals after a lead-in line, with single words among them', () => {
  it('flags phrases and single words the dictionary has only in lower case', async () => {
    const packing = 'Please pack:\n\n- Walking shoes\n- Sun cream\n- Umbrella\n- Sunglasses\n- Raincoat\n';
    expect((await lint(packing)).map((f) => f.excerpt)).toEqual(['Walking']);
    const bring = 'Please do not bring:\n\n- Large bags or cases (we have lockers)\n- Perfume\n- Anything sharp\n';
    expect((await lint(bring)).map((f) => f.excerpt)).toEqual(['Large']);
  });

  it('leaves lists of names, values and one-word lists alone', async () => {
    expect(await lint('The clinic runs in:\n\n- Leeds General Infirmary\n- Harrogate\n- Wakefield\n')).toEqual([]);
    expect(await lint('Our values are:\n\n- Kindness\n- Working together\n- Integrity\n')).toEqual([]);
  });
});
