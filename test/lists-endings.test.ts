/**
 * lists: items that end in different ways with no lead-in line, capitals after a lead-in, a
 * sentence with a full stop that leads in to a list, long items, lists typed as lines (Word
 * bullets, dashes, numbered steps) and lists written into a sentence. All on made-up text.
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

describe('lists: items that end in different ways, with no lead-in line', () => {
  it('flags a few items with full stops among items with none', async () => {
    const text = '## Our aims\n\n- Give care closer to home.\n- Make services easier to use\n- Cut waiting times\n- Train more staff';
    expect(await messages(text)).toEqual(['.: One list item ends with a full stop, and the others do not. End every item the same way.']);
    const two = '## Our aims\n\n- Give care closer to home.\n- Make services easier to use\n- Cut waiting times.\n- Train more staff';
    expect(await messages(two)).toEqual(['.: 2 list items end with a full stop, and the others do not. End every item the same way.']);
  });

  it('flags one full sentence left without its full stop', async () => {
    const text = '## Key facts\n\n- Paracetamol takes up to an hour to work.\n- The usual dose is 1 or 2 tablets at a time\n- Do not take it with other medicines that have paracetamol in them.';
    expect(await messages(text)).toEqual(['e: This list item has no full stop, but the others do. End every full-sentence item with a full stop.']);
  });

  it('leaves full sentences, items with a sentence inside, names and short lists alone', async () => {
    expect(await lint('## Key facts\n\n- It takes an hour to work.\n- The dose is 2 tablets.\n- Do not take it with other medicines.')).toEqual([]);
    expect(await lint('## Our aims\n\n- Give care closer to home. We report on this each year.\n- Make services easier to use\n- Cut waiting times')).toEqual([]);
    expect(await lint('## Contact\n\n- Call us on 0300 123 4567.\n- Riverside Community Hospital\n- Northgate Health Centre')).toEqual([]);
    expect(await lint('## Our aims\n\n- Give care closer to home.\n- Cut waiting times')).toEqual([]);
  });
});

describe('lists: capitals after a lead-in line', () => {
  it('counts an item of one sentence with a full stop, and an acronym as its second word', async () => {
    const text = 'The list can be used in 2 ways:\n\n- For people who want to look up the words we use\n- For NHS staff to find easy ways to say what they do.';
    expect((await messages(text)).filter((m) => m.includes('lower case'))).toEqual(['For: List items that read on from the lead-in line start in lower case, like “for”.']);
  });

  it('leaves questions alone: each is a sentence of its own, like the sections of a plan a list names', async () => {
    const text = 'The plan looks at these areas:\n\n- Our aims and values\n- Why does this matter to local people?\n- How will we make a change?\n- How will we know it is working?';
    expect((await messages(text)).filter((m) => m.includes('lower case'))).toEqual([]);
    // Items that do read on still get the advice, with a question among them.
    const mixed = 'At the clinic we will:\n\n- Check your blood pressure\n- Talk about your medicines\n- Ask how you are sleeping\n- Is there anything else?';
    expect((await messages(mixed)).filter((m) => m.includes('lower case'))).toEqual(['Check: List items that read on from the lead-in line start in lower case, like “check”.']);
  });
});

describe('lists: one-word items and commas', () => {
  it('flags everyday words with capitals after a lead-in, but not days or names', async () => {
    expect(await messages('Symptoms include:\n\n- Fever\n- Cough\n- Tiredness')).toEqual(['Fever: List items that read on from the lead-in line start in lower case, like “fever”.']);
    expect(await lint('The clinic is open on:\n\n- Monday\n- Tuesday\n- Friday')).toEqual([]);
    expect(await lint('We have clinics in:\n\n- Boston\n- Skegness\n- Grantham')).toEqual([]);
    // Places that are also everyday words (“Reading”), in a list with other place names.
    expect(await lint('We have clinics in:\n\n- Reading\n- Ealing\n- Woking')).toEqual([]);
  });

  it('flags commas at the end of items, once', async () => {
    expect(await messages('We will:\n\n- listen to you,\n- work with you,\n- act on what you tell us')).toEqual(['，: Do not end list items with a comma.'.replace('，', ',')]);
    expect(await lint('We will:\n\n- listen to you, then\n- act on it')).toEqual([]);
  });
});

describe('lists: items that finish “we will:” or “remember to:”', () => {
  it('asks for lower case even when each item looks like a sentence', async () => {
    const text = 'Before you leave the ward, remember to:\n\n- Leave a forwarding address with us.\n- Ask for your medicines to take home.\n- Take details of your next appointment.';
    expect(await messages(text)).toEqual(['Leave: List items that read on from the lead-in line start in lower case, like “leave”.']);
  });

  it('leaves full sentences after a lead-in that does not need finishing alone', async () => {
    expect(await lint('Before you come:\n\n- Eat a light meal today.\n- Bring your glasses with you.')).toEqual([]);
    expect(await lint('We will:\n\n- Call you. We use a withheld number.\n- Write to you. The letter has a reference.')).toEqual([]);
  });
});

describe('lists: a heading as the lead-in', () => {
  it('asks for a lead-in line and lower case when short phrases with capitals follow a heading', async () => {
    const text = '## What to bring\n\n- Any letters about your appointment\n- Medication and inhalers that you use\n- A list of your questions';
    expect(await messages(text)).toEqual(['Any: Use a lead-in line that ends with a colon, not a heading, and start the items in lower case, like “any”.']);
  });

  it('leaves full sentences, names and short lists after a heading alone', async () => {
    expect(await lint('## Key facts\n\n- It takes an hour to work.\n- The dose is 2 tablets.\n- Do not take it with other medicines.')).toEqual([]);
    expect(await lint('## Our sites\n\n- Riverside Community Hospital\n- Northgate Health Centre\n- St Mary’s Hospital')).toEqual([]);
    expect(await lint('## What to bring\n\n- Any letters about your appointment\n- Your glasses')).toEqual([]);
  });
});

describe('lists: numbered lists and lists of names', () => {
  it('asks for full stops on numbered steps, not for taking them out', async () => {
    const text = 'You can order by:\n\n1. Using the NHS App (or our website)\n2. Visiting the surgery\n3. Posting your request to us.';
    expect(await messages(text)).toEqual(['): 2 numbered steps have no full stop, but one has. End each step with a full stop.']);
    expect(await lint('To book:\n\n1. Open the NHS App.\n2. Choose Appointments.\n3. Pick a time.')).toEqual([]);
    expect(await lint('To book:\n\n1. open the NHS App\n2. choose Appointments\n3. pick a time.')).toEqual([]);
  });

  it('leaves named values alone when some are one word with a capital', async () => {
    expect(await lint('Our values are:\n\n- Compassion\n- Respect\n- Being positive\n- Working together')).toEqual([]);
  });

  it('flags a long list of everyday phrases with capitals though one word is one the dictionary lacks', async () => {
    const items = ['Sore gums', 'Mouth ulcers', 'Coughs', 'Hiccups', 'Itchy skin', 'Wormfluke'];
    const found = await lint(`A pharmacist can help with:\n\n${items.map((i) => `- ${i}`).join('\n')}`);
    expect(found.map((f) => f.excerpt)).toEqual(['Sore']);
    // 2 such words in 6 items, or 1 in a short list: it may be a list of names, so it is left alone.
    expect(await lint('A pharmacist can help with:\n\n- Sore gums\n- Mouth ulcers\n- Wormfluke')).toEqual([]);
  });

  it('flags everyday words and “A …” with capitals among phrases after a lead-in line, with every place', async () => {
    const found = await lint('Signs of infection include:\n\n- Increasing pain\n- Swelling\n- Redness\n- A high temperature');
    expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual(['Increasing: List items that read on from the lead-in line start in lower case, like “increasing”.']);
    expect((found[0]!.data as { places: unknown[] }).places).toHaveLength(4);
    expect(await messages('You will need:\n\n- A letter from your GP\n- A list of your medicines\n- your glasses')).toEqual(['A: List items that read on from the lead-in line start in lower case, like “a”.']);
  });

  it('leaves places, and named aims with a capital, alone', async () => {
    expect(await lint('Our clinics are in:\n\n- Reading\n- Bath\n- Milton Keynes')).toEqual([]);
    expect(await lint('Our aims are:\n\n- Kindness\n- Respect\n- A fair deal for all\n- Working together')).toEqual([]);
  });
});

describe('lists: a sentence that leads in to a list', () => {
  it('asks for a colon after a short line that ends in a verb, before items in lower case', async () => {
    expect(await messages('Please bring\n\n- your letter\n- your medicines')).toEqual(['bring: End the line that leads in to this list with a colon (:).']);
    expect(await lint('Our clinics\n\n- in the town centre\n- by the sea')).toEqual([]);
  });

  it('asks for a colon after a sentence before short items in lower case', async () => {
    expect(await messages('We offer a range of services.\n\n- physiotherapy for adults\n- dietetics and nutrition')).toEqual([
      'services.: End the line that leads in to this list with a colon (:).',
    ]);
  });

  it('asks for a colon after “You must” or “We will not” on its own line', async () => {
    expect(await messages('You must not\n\n- drive for 2 days\n- drink alcohol')).toEqual(['not: End the line that leads in to this list with a colon (:).']);
    expect(await lint('You must:\n\n- drive slowly\n- rest')).toEqual([]);
  });

  it('asks for a colon after a short sentence that only announces the list', async () => {
    expect(await messages('Here are some examples.\n\n- If you need a carer\n- Help to get to the shops')).toEqual([
      'examples.: End the line that leads in to this list with a colon (:).',
    ]);
    expect(await messages('These are the main ones.\n\n- Call the surgery\n- Use the NHS App')).toEqual([
      'ones.: End the line that leads in to this list with a colon (:).',
    ]);
    expect(await lint('Here are some examples of our work in 2024 and what we learned from them.\n\n- A new clinic\n- A new website')).toEqual([]);
  });

  it('leaves a sentence before single words, labels with dashes, or sentences alone', async () => {
    expect(await lint('Use headings in order.\n\n- h1\n- h2')).toEqual([]);
    expect(await lint('Choose the tone.\n\n- warm tone – “Dear Sam”\n- formal tone – “Dear Sam Jones”')).toEqual([]);
    expect(await lint('We listened to 300 people.\n\n- Most wanted shorter waits.\n- Many wanted more staff.')).toEqual([]);
  });
});

describe('lists: long items', () => {
  it('flags a bullet point of 2 long sentences, but not one that starts with a link', async () => {
    const item =
      'Let you have a final reply within 30 working days of the date we first received your concern. ' +
      'If we cannot reply to you in that time we will give you the reasons why and tell you when to expect a reply.';
    expect((await lint(`When you raise a concern we will:\n\n- ${item}\n- ask how much you want to be involved`)).map((f) => f.message)).toEqual([
      'This list item has 2 sentences. Keep each bullet point to one sentence, or set the text as paragraphs.',
    ]);
    const linked = `## Read more\n\n- [User profiles](https://example.org/profiles) – a set of profiles that show the common barriers people face when they use digital services. Please share your own profiles with us on our public channel for the team.\n- [Videos](https://example.org/videos)`;
    expect(await lint(linked)).toEqual([]);
  });
});

describe('lists typed as lines', () => {
  it('flags paragraphs typed with bullet characters, dashes or a small o, once', async () => {
    expect(await messages('You can get help with:\n\n• your prescriptions\n\n• your travel costs\n\n• your glasses')).toEqual([
      '•: These lines are typed to look like bullet points. Make them a real bulleted list.',
    ]);
    expect(await messages('You can get help with:\n\n– your prescriptions\n\n– your travel costs')).toEqual([
      '–: These lines are typed to look like bullet points. Make them a real bulleted list.',
    ]);
    expect(await messages('You can get help with:\no your prescriptions\no your travel costs')).toEqual([
      'o: These lines are typed to look like bullet points. Make them a real bulleted list.',
    ]);
  });

  it('flags bullets typed into a Word document, one paragraph each', async () => {
    const markdown = 'You can get help with:\n\n\\- your prescriptions\n\n\\- your travel costs\n\n\\- your glasses\n';
    const report = await lintDraft({ path: 'draft.docx', kind: 'docx', buffer: await markdownToDocx(markdown), notices: [] }, 'x', { loader: new ConfigLoader({ preset: 'nhs' }) });
    const found = report.findings.filter((f) => f.ruleId === 'lists');
    expect(found.map((f) => [f.paragraph, f.excerpt, f.message])).toEqual([[2, '-', 'These lines are typed to look like bullet points. Make them a real bulleted list.']]);
  });

  it('flags an item that ends in “and” among typed bullets', async () => {
    expect(await messages('We will:\n\n• listen to you; and\n\n• act on what we hear')).toEqual([
      '•: These lines are typed to look like bullet points. Make them a real bulleted list.',
      'and: Do not end a list item with “and”.',
    ]);
  });

  it('flags numbered steps typed as paragraphs', async () => {
    expect(await messages('To book:\n\nStep 1: open the NHS App.\n\nStep 2: choose Appointments.\n\nStep 3: pick a time.')).toEqual([
      'Step 1:: These steps are typed as numbered paragraphs. Make them a real numbered list.',
    ]);
    expect(await messages('To book:\n(1) Open the NHS App.\n(2) Choose Appointments.')).toEqual([
      '(1): These steps are typed as numbered paragraphs. Make them a real numbered list.',
    ]);
  });

  it('leaves one typed line, a dash in a sentence and numbers that do not count up alone', async () => {
    expect(await lint('• Open Monday to Friday.\n\nCall us – we can help.\n\n– Jane, a patient')).toEqual([]);
    expect(await lint('Step 2: choose a time.\n\nStep 4: come to the clinic.')).toEqual([]);
    expect(await lint('In 2023 we saw 400 people.\n\n(3) of them came back.')).toEqual([]);
  });
});

describe('lists written into a sentence', () => {
  it('flags a sentence that lists 9 short items or more', async () => {
    const text =
      'We have jobs in many areas. These areas include the Renal Unit, Gastroenterology, Respiratory Medicine, Cardiology, ' +
      'Care of the Elderly, Surgery, Theatres, Intensive Care and the Emergency Department.';
    const found = await lint(text);
    expect(found.map((f) => f.message)).toEqual(['This sentence lists about 9 things. A bulleted list would be easier to scan.']);
    expect(found[0]!.excerpt).toBe('the Renal Unit, Gastroenterology, Respiratory Medicine, Cardiology, Care of the Elderly, Surgery, Theatres, Intensive Care and the Emergency Department');
  });

  it('flags 4 or more short items after a colon inside a sentence', async () => {
    const found = await lint('To join the library you will need: a form, proof of your address, a passport photo and a small fee.');
    expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([
      'a form, proof of your address, a passport photo and a small fee: This sentence lists about 4 things. A bulleted list would be easier to scan.',
    ]);
  });

  it('counts a short aside in brackets as part of its item, and “a team of” as a lead-in', async () => {
    const text =
      'Our clinic is a team of doctors, nurses (including a nurse consultant), pharmacists, physiotherapists, dietitians, ' +
      'podiatrists, social workers, counsellors and receptionists.';
    const found = await lint(text);
    expect(found.map((f) => f.message)).toEqual(['This sentence lists about 9 things. A bulleted list would be easier to scan.']);
    expect(found[0]!.excerpt.startsWith('doctors, nurses (including')).toBe(true);
  });

  it('flags 4 or more items split by semicolons after a colon inside a sentence', async () => {
    const found = await lint(
      'The library offers these services to people who live nearby: free use of computers, printers and scanners; help to find a job; ' +
        'reading groups for children; talks by local writers.',
    );
    expect(found.map((f) => `${f.excerpt}: ${f.message}`)).toEqual([
      'free use of computers, printers and scanners; help to find a job; reading groups for children; talks by local writers: This sentence runs 4 items together with semicolons. A bulleted list would be easier to scan.',
    ]);
  });

  it('leaves 3 items split by semicolons, long ones, and semicolons with no colon alone', async () => {
    expect(await lint('The library offers 3 things to people who live nearby: free computers; help to find a job; reading groups.')).toEqual([]);
    expect(await lint('We met in May; we met again in June; we met in July; and we will meet in August.')).toEqual([]);
    expect(
      await lint(
        'The library offers these services to people who live nearby: free use of the computers on the first floor for anyone who has a library card and a PIN; help to find a job; reading groups; talks.',
      ),
    ).toEqual([]);
  });

  it('leaves 3 items, labels, long items and 2 lists joined by “and” after a colon alone', async () => {
    expect(await lint('The library has 3 rooms: a reading room, a study room and a café.')).toEqual([]);
    expect(await lint('Address: 12 High Street, Newtown, Kent, AB1 2CD.')).toEqual([]);
    expect(await lint('Opening times: Monday, Tuesday, Thursday and Friday.')).toEqual([]);
    expect(await lint('The library lends these things: books, films, maps and the very latest magazines about local history and walking.')).toEqual([]);
    expect(await lint('We asked people about: books and films, maps, music and games.')).toEqual([]);
    // inside a bullet, a list of its own would be a list inside a list
    expect(await lint('Bring these to the desk:\n\n- your card\n- the books you borrowed: novels, maps, films and music.\n')).toEqual([]);
  });

  it('leaves shorter lists, long items and lines with no full stop alone', async () => {
    expect(await lint('We treat cancer, diabetes, heart disease, stroke, asthma and arthritis.')).toEqual([]);
    expect(await lint('We will not refuse you because of your race, gender, age, sexual orientation, social class, religion, disability or health.')).toEqual([]);
    expect(await lint('Content styles, including numerals, ordinals, dosage, temperature, fractions, dates and percentages')).toEqual([]);
    const long = 'We met people in Northtown who care for a partner at home, people in Southtown who use the bus to get to the clinic, people who work nights, people who are new to the area, people who speak Polish, people who are deaf, and people who live alone.';
    expect(await lint(long)).toEqual([]);
  });
});
