/**
 * lists: checks taken straight from the GOV.UK A to Z (“Bullet points and steps”) and the NHS
 * formatting guide (rules/lib/list-guide.ts), on made-up text: a list of one bullet, a numbered
 * list of things that read on from a lead-in line, and bullet points that are steps in order.
 */
import { describe, expect, it } from 'vitest';
import lists from '../rules/lists.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function messages(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(lists));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => `${f.excerpt}: ${f.message}`);
}

describe('lists: one bullet point', () => {
  it('flags a list of one item after a lead-in line, and suggests the sentence', async () => {
    const result = await lintDocument(parseMarkdown('Visitors must:\n\n- wash their hands before and after the visit\n', 'draft.md'), oneRule(lists));
    expect(result.findings.map((f) => f.message)).toEqual(['This list has only one item. Write it as part of the sentence before it.']);
    expect(result.findings[0]!.suggestions).toEqual(['Visitors must wash their hands before and after the visit.']);
  });

  it('leaves lists of 2, a link on its own, an item with a list under it and a bullet with no lead-in line alone', async () => {
    expect(await messages('Visitors must:\n\n- wash their hands\n- wear a mask\n')).toEqual([]);
    expect(await messages('Find out more:\n\n- [Parking at the hospital](https://example.org/parking)\n')).toEqual([]);
    expect(await messages('Bring:\n\n- one of these:\n  - a passport\n  - a driving licence\n')).toEqual([]);
    expect(await messages('## Parking\n\n- The car park is free after 6pm.\n')).toEqual([]);
  });
});

describe('lists: one bullet point with no colon before it', () => {
  it('flags one bullet after a line that has lost its colon, and suggests the sentence', async () => {
    const result = await lintDocument(parseMarkdown('You can get a discount on your bill if\n\n- you live on your own\n', 'draft.md'), oneRule(lists));
    expect(result.findings.map((f) => f.message)).toEqual(['This list has only one item. Write it as part of the sentence before it.']);
    expect(result.findings[0]!.suggestions).toEqual(['You can get a discount on your bill if you live on your own.']);
  });

  it('flags one bullet of full sentences after a sentence: it is a paragraph', async () => {
    expect(await messages('We will check what help you need.\n\n- Once we know your needs, we can work out the cost. This is called your budget.\n')).toEqual([
      'Once we know your needs, we can work out the cost. This is called your budget.: This list has only one item. Set it as a paragraph, without the bullet point.',
    ]);
  });

  it('leaves a short bullet, a link, a heading before it and 2 bullets after a sentence alone', async () => {
    expect(await messages('We will check what help you need.\n\n- Call us first\n')).toEqual([]);
    expect(await messages('Read more about parking on our website.\n\n- See [parking at the hospital](https://example.org/parking) for the prices.\n')).toEqual([]);
    expect(await messages('## Your budget\n\n- Once we know your needs, we can work out the cost.\n')).toEqual([]);
    expect(await messages('We will check what help you need.\n\n- We will call you.\n- We will visit you at home.\n')).toEqual([]);
  });
});

describe('lists: items that do not read on from the lead-in line', () => {
  it('flags nouns and prepositions after “You can:”, and a verb that does not fit after “to:”', async () => {
    expect(await messages('You can:\n\n- your prescription\n- a repeat prescription\n- the NHS App\n')).toEqual([
      'your prescription: These items do not read on from the lead-in line: “You can your prescription…” is not a sentence. Start each item with words that finish that line, or reword the lead-in line.',
    ]);
    expect(await messages('You can also order:\n\n- online\n- by phone\n')).toEqual([]);
    expect(await messages('You can also:\n\n- by post – send us the slip\n- in person – come to the desk\n- online – use the app\n')).toEqual([
      'by post – send us the slip: These items do not read on from the lead-in line: “You can also by post…” is not a sentence. Start each item with words that finish that line, or reword the lead-in line.',
    ]);
    expect(await messages('The vaccine is free to people who:\n\n- are 65 and over\n- are pregnant\n')).toEqual([]);
    expect(await messages('The vaccine is free to:\n\n- are 65 and over\n- are pregnant\n- children aged 2 or 3\n')).toEqual([
      'are 65 and over: These items do not read on from the lead-in line: “is free to are 65 and…” is not a sentence. Start each item with words that finish that line, or reword the lead-in line.',
    ]);
  });

  it('leaves verbs after “You can:” or “if you:”, one odd item, and names alone', async () => {
    expect(await messages('You can:\n\n- order a prescription\n- book an appointment\n- the app lets you do both\n')).toEqual([]);
    expect(await messages('You may be in band A if you:\n\n- are homeless\n- are leaving care\n')).toEqual([]);
    expect(await messages('You can use:\n\n- the NHS App\n- your GP’s website\n')).toEqual([]);
    expect(await messages('Thank you:\n\n- the volunteers at the clinic\n- our staff on the ward\n')).toEqual([]);
    expect(await messages('Many people move because they:\n\n- the house is too small\n- the rent is too high\n')).toEqual([
      'the house is too small: These items do not read on from the lead-in line: “move because they the house is…” is not a sentence. Start each item with words that finish that line, or reword the lead-in line.',
    ]);
    expect(await messages('You can:\n\n- **The NHS App**: order online\n- **Our website**: book a visit\n')).toEqual([]);
  });
});

describe('lists: numbers on a list of things', () => {
  it('flags a numbered list whose items read on from the lead-in line', async () => {
    expect(await messages('You can get free prescriptions if you:\n\n1. are 60 or over\n2. are under 16\n3. are pregnant\n')).toEqual([
      '1.: These numbered items read on from the lead-in line, so they are a list of things, not steps. Use bullets.',
    ]);
  });

  it('asks for capitals and full stops on steps after “To …:”', async () => {
    expect(await messages('To book:\n\n1. call the surgery\n2. ask for an appointment\n3. give your NHS number\n')).toEqual([
      '1.: These numbered steps start in lower case and have no full stops. Start each step with a capital letter and end it with a full stop.',
    ]);
  });

  it('leaves steps, lists that count their items and lead-ins about steps or order alone', async () => {
    expect(await messages('## How to gargle\n\n1. Dissolve some salt in warm water.\n2. Gargle, then spit it out.\n')).toEqual([]);
    expect(await messages('The form has 3 parts. They are:\n\n1. your details\n2. your income\n3. your signature\n')).toEqual([]);
    expect(await messages('Follow these steps:\n\n1. log in\n2. choose a date\n')).toEqual([]);
    expect(await messages('You can get free prescriptions if you:\n\n- are 60 or over\n- are under 16\n')).toEqual([]);
  });
});

describe('lists: steps set as bullet points', () => {
  it('flags bullet points that start with “First”, “Then” and “Finally”', async () => {
    expect(await messages('To renew your permit:\n\n- First, log in to your account.\n- Then select “Renew permit”.\n- Finally, pay the fee.\n')).toEqual([
      '-: These bullet points are steps to follow in order. Use a numbered list.',
    ]);
  });

  it('leaves a list with one such word, or with it only in the middle, alone', async () => {
    expect(await messages('You can:\n\n- come in person\n- phone us, then wait for a call back\n- email us\n')).toEqual([]);
    expect(await messages('Please bring:\n\n- your letter\n- next of kin details\n- your medicines\n')).toEqual([]);
    expect(await messages('Remember:\n\n- Then and now are different.\n- Lastly is a word.\n- Your letter is important.\n- Next steps are in your letter.\n')).toEqual([]);
  });
});

describe('lists: lead-in lines with no colon', () => {
  it('asks for a colon after “the following …” and after a preposition before items in lower case', async () => {
    expect(await messages('We offer the following services\n\n- physiotherapy\n- podiatry\n')).toEqual(['services: End the line that leads in to this list with a colon (:).']);
    expect(await messages('Please read the following points.\n\n- You should not eat for 6 hours.\n- You can drink water.\n')).toEqual(['points.: End the line that leads in to this list with a colon (:).']);
    expect(await messages('If you need support at home, you can get help from\n\n- a district nurse\n- a social worker\n')).toEqual(['from: End the line that leads in to this list with a colon (:).']);
  });

  it('asks for a colon after 2 words that end in “include” or “bring”, and after “You can also”, before items with capitals too', async () => {
    expect(await messages('Symptoms include\n\n- A high temperature\n- A cough\n- Feeling tired\n')).toEqual([
      'include: End the line that leads in to this list with a colon (:).',
      'A: List items that read on from the lead-in line start in lower case, like “a”.',
    ]);
    expect(await messages('You can also\n\n- call us\n- email us\n')).toEqual(['also: End the line that leads in to this list with a colon (:).']);
    expect(await messages('Key facts\n\n- It is free.\n- It takes 10 minutes.\n')).toEqual([]);
  });

  it('leaves a preposition before numbers, and lines with a colon, alone', async () => {
    expect(await messages('You can contact us on\n\n- 01234 567890\n- 01234 567891\n')).toEqual([]);
    expect(await messages('You can get help from:\n\n- a district nurse\n- a social worker\n')).toEqual([]);
  });
});

describe('lists: capitals on words that are not everyday words', () => {
  it('flags capitals on items that read on when the dictionary lists the first word in lower case only', async () => {
    expect(await messages('Your GP can:\n\n- Refer you to a specialist\n- Prescribe medicines\n- Give you a fit note\n')).toEqual([
      'Refer: List items that read on from the lead-in line start in lower case, like “refer”.',
    ]);
    expect(await messages('The clinic offers:\n\n- Physiotherapy for back pain\n- Podiatry for foot problems\n- Dietetics advice\n')).toEqual([
      'Physiotherapy: List items that read on from the lead-in line start in lower case, like “physiotherapy”.',
    ]);
  });

  it('leaves names, links and named points with a dash alone', async () => {
    expect(await messages('We work with:\n\n- Citizens Advice\n- Age UK\n- Mind\n')).toEqual([]);
    expect(await messages('We updated:\n\n- [Back link](/back-link): guidance on where to put it\n- [Buttons](/buttons): guidance on size\n')).toEqual([]);
    expect(await messages('Our 3 priorities are:\n\n- Recovery - getting services back\n- Transformation - changing how we work\n- Partnerships - working together\n')).toEqual([]);
  });
});

describe('lists: a second sentence in an item that reads on', () => {
  it('flags an item in lower case with 2 sentences after a lead-in line', async () => {
    expect(await messages('You should:\n\n- drink a litre of water an hour before. This fills your bladder.\n- wear loose clothing. You may need to change.\n- leave jewellery at home\n')).toEqual([
      'drink a litre of water an hour before. This fills your bladder.: This list item has 2 sentences. Keep each bullet point to one sentence that reads on from the lead-in line.',
    ]);
  });

  it('leaves definitions, abbreviations, short asides and lists with no lead-in line alone', async () => {
    expect(await messages('Define these parts:\n\n- main: the content of the page. It is unique.\n- footer: the end. It is shared.\n')).toEqual([]);
    expect(await messages('You can visit:\n\n- the clinic on St. Mary Street\n- the hospital on Dr. Gray Road\n')).toEqual([]);
    expect(await messages('You can bring:\n\n- a drink. Water is best.\n- a snack\n')).toEqual([]);
    expect(await messages('## At home\n\n- drink water. It helps you feel better.\n- rest. Sleep helps too.\n')).toEqual([]);
  });
});

describe('lists: a heading in place of a lead-in line', () => {
  it('flags items in lower case straight after a heading', async () => {
    expect(await messages('## What to bring\n\n- your letter\n- a list of your medicines\n')).toEqual([
      '-: This list has no lead-in line. Add a line before it that ends with a colon, so the items read on from it.',
    ]);
  });

  it('leaves a lead-in line, full sentences, terms with values and links alone', async () => {
    expect(await messages('## What to bring\n\nPlease bring:\n\n- your letter\n- a list of your medicines\n')).toEqual([]);
    expect(await messages('## Key facts\n\n- The clinic opens at 9am.\n- Parking is free.\n')).toEqual([]);
    expect(await messages('### Screen sizes\n\n- mobile: 320px\n- tablet: 641px\n')).toEqual([]);
    expect(await messages('## Do\n\n- keep the wound clean\n- take painkillers if you need them\n\n## Don’t\n\n- do not go swimming\n- do not pick at scabs\n')).toEqual([]);
    expect(await messages('## Related\n\n- [parking](/parking)\n- [visiting](/visiting)\n')).toEqual([]);
  });
});

describe('lists: numbered steps with no full stops', () => {
  it('flags instructions with capitals and no full stops', async () => {
    expect(await messages('## How to register\n\n1. Go to the registration page\n2. Enter your details\n3. Check your email for a link\n')).toEqual([
      'e: These numbered steps have no full stops. End each step with a full stop.',
    ]);
  });

  it('leaves steps with full stops, contents lists and names alone', async () => {
    expect(await messages('## How to register\n\n1. Go to the registration page.\n2. Enter your details.\n')).toEqual([]);
    expect(await messages('## Contents\n\n1. Introduction to the plan\n2. Our priorities for the year\n3. How we will measure success\n')).toEqual([]);
    expect(await messages('## Winners\n\n1. Riverside Medical Centre\n2. Hill Street Surgery\n')).toEqual([]);
  });
});

describe('lists: one item written as a sentence among items that read on', () => {
  it('names the capital and the full stop together', async () => {
    expect(await messages('The council will:\n\n- collect your bins every 2 weeks\n- Empty the garden waste bin from March to November.\n- tell you about changes to collection days\n')).toEqual([
      '.: This list item starts with a capital letter and ends with a full stop, but the others do not. Start it in lower case and take out the full stop.',
    ]);
  });
});

describe('lists: items that do not read on from a lead-in line that a verb must finish', () => {
  it('flags items with a subject of their own after “You can:” once, not as capitals', async () => {
    expect(await messages('At the leisure centre you can:\n\n- Sessions are held every Tuesday.\n- The pool has a hoist.\n- Lockers cost £1.\n')).toEqual([
      'Sessions are held every Tuesday.: These items do not read on from the lead-in line (“you can:”). Start each item with words that finish that line, or make the lead-in a sentence of its own.',
    ]);
    expect(await messages('We will:\n\n- Our staff will call you back.\n- Letters are sent within a week.\n')).toHaveLength(1);
  });

  it('leaves items that finish the lead-in line, one odd item, and other lead-in lines alone', async () => {
    expect(await messages('You can:\n\n- book online\n- call the clinic\n- ask at reception\n')).toEqual([]);
    expect(await messages('You can:\n\n- book online\n- call the clinic\n- Parking is free for blue badge holders\n').then((m) => m.some((x) => x.includes('do not read on')))).toBe(false);
    expect(await messages('Things to know:\n\n- Sessions are held every Tuesday.\n- The pool has a hoist.\n')).toEqual([]);
  });
});

describe('lists: one item with “you will be …” among items that finish the lead-in line', () => {
  it('says the item does not read on, not that it needs lower case', async () => {
    expect(await messages('The librarian will:\n\n- show you the shelves\n- You will be given a card\n- explain the loan rules\n')).toEqual([
      'You will be given a card: This item does not read on from the lead-in line (“The librarian will:”). Move it out of the list, or reword it so it finishes that line.',
    ]);
  });

  it('leaves lists where every item starts with “you” alone', async () => {
    expect(await messages('Ask the librarian if:\n\n- you will be away for a long time\n- you need a large print book\n- you have lost your card\n')).toEqual([]);
    expect(await messages('Borrowers must make sure:\n\n- you will be back by the due date\n- you should renew online\n- your card is with you\n')).toEqual([]);
  });
});

describe('lists: the last item starts with “and” or “or”', () => {
  it('flags “and” or “or” at the start of the last item', async () => {
    expect(await messages('The library will:\n\n- open longer\n- lend more e-books\n- and run a reading group\n')).toEqual(['and: Do not start a list item with “and”.']);
    expect(await messages('You can renew:\n\n- online\n- or by phone\n')).toEqual(['or: Do not start a list item with “or”.']);
  });

  it('leaves lists where other items start with “and” too, and words like “order”, alone', async () => {
    expect(await messages('The steps are:\n\n- and then\n- and after that\n- and last\n').then((m) => m.filter((x) => x.includes('start a list item')))).toEqual([]);
    expect(await messages('You can:\n\n- renew online\n- order a book\n')).toEqual([]);
  });
});

describe('lists: a lead-in line that ends in a colon and a dash', () => {
  it('asks for the colon on its own, and reads the line as a lead-in', async () => {
    // The items are then checked as after any lead-in line: the same findings as with a colon.
    const withColon = await messages('The library lends:\n\n- books\n- films\n- maps.\n');
    expect(withColon.length).toBe(1);
    expect(await messages('The library lends:-\n\n- books\n- films\n- maps.\n')).toEqual([
      ':-: End the line that leads in to this list with a colon on its own, with no dash after it.',
      ...withColon,
    ]);
  });

  it('leaves a colon on its own, and a dash in the middle of a line, alone', async () => {
    expect(await messages('The library lends:\n\n- books\n- films\n')).toEqual([]);
    expect(await messages('Open 9am - 5pm\n\n- books\n- films\n').then((m) => m.filter((x) => x.includes('dash')))).toEqual([]);
  });
});

describe('lists: one item of another kind', () => {
  it('flags an item that starts with a noun among items that start with a verb', async () => {
    expect(await messages('We can help people who are over 18 and:\n\n- are older\n- have a disability\n- have a long-term illness\n- young people leaving care\n')).toEqual([
      'young people leaving care: This item does not read on from the lead-in line like the others, which start with a verb (“are”, “have”). Start it the same way, or move it out of the list.',
    ]);
  });

  it('leaves lists of one kind, short lists and lists with many nouns alone', async () => {
    expect(await messages('You can get help if you:\n\n- are a carer\n- have a disability\n- live alone\n- need help at home\n')).toEqual([]);
    expect(await messages('You can get help if you:\n\n- are a carer\n- have a disability\n- your home is cold\n')).toEqual([]);
    expect(await messages('It covers:\n\n- the cost of care\n- your rights\n- have your say\n- get help\n')).toEqual([]);
    expect(await messages('Our services:\n\n- care at home\n- care homes\n- work with families\n- the day centre\n')).toEqual([]);
  });
});

describe('lists: most items of 2 sentences or more', () => {
  it('flags a list after a lead-in line where most items have 2 sentences, once, with every place', async () => {
    const result = await lintDocument(
      parseMarkdown('We run these groups:\n\n- Walking groups: Guided walks in the park. Suitable for all ages and abilities.\n- Cycle lessons: Free lessons for adults who are new to cycling.\n- Swimming: Free sessions at the leisure centre. Book a place on our website.\n', 'draft.md'),
      oneRule(lists),
    );
    expect(result.findings.map((f) => f.message)).toEqual(['2 of these 3 list items have more than one sentence. Keep each bullet point to one sentence, and move the detail into a paragraph.']);
    expect((result.findings[0]!.data as { places: unknown[] }).places).toHaveLength(2);
  });

  it('names every such item once when one of them is much longer, not only the longest', async () => {
    const result = await lintDocument(
      parseMarkdown(
        'Some ways to rest:\n\n- Ask your GP about a break. They can tell you about local groups.\n- Meet a friend for a walk. Do not forget to take time for yourself when you can.\n- Call our helpline if you need to talk to someone about how you feel. It is free and open every day of the week. Our team can also help you with forms, money worries and finding a group near your home.\n',
        'draft.md',
      ),
      oneRule(lists),
    );
    expect(result.findings.map((f) => f.message)).toEqual(['3 of these 3 list items have more than one sentence. Keep each bullet point to one sentence, and move the detail into a paragraph.']);
    expect((result.findings[0]!.data as { places: unknown[] }).places).toHaveLength(3);
  });

  it('leaves lists with one such item, short items and lists with no lead-in line alone', async () => {
    expect(await messages('We run these groups:\n\n- Walking groups: Guided walks in the park. Suitable for all ages.\n- Cycle lessons: Free lessons for adults.\n- Swimming: Free sessions at the leisure centre.\n')).toEqual([]);
    expect(await messages('Remember:\n\n- Rest. Drink water.\n- Eat well. Sleep.\n')).toEqual([]);
    expect(await messages('The rule has 2 parts:\n\n- **Words**: a list of words to avoid. Each has its own advice.\n- **Checks**: code that reads the text. Each one finds a slip.\n')).toEqual([]);
    expect(await messages('## Groups\n\n- Walking groups meet in the park. They are free for everyone who lives here.\n- Cycle lessons are on Mondays. Adults who are new to cycling are welcome.\n')).toEqual([]);
  });
});
