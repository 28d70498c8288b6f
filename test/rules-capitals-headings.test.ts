/**
 * Capitals in headings and in capitals: short title-case headings (headings), bold lines in a
 * section of examples (headings), and days and months in capitals (all-caps). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import headings from '../rules/headings.js';
import allCaps from '../rules/all-caps.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

async function run(rule: Rule, text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const titleCase = async (text: string) =>
  (await run(headings, text)).filter((f) => f.data?.kind === 'title-case').map((f) => [f.excerpt.replace(/^#+ /, ''), f.suggestions![0]]);

describe('short headings in title case', () => {
  it('flags one when the page writes its words in lower case', async () => {
    expect(await titleCase('# Leaving Hospital\n\nThis leaflet is about leaving hospital.')).toEqual([['Leaving Hospital', 'Leaving hospital']]);
    expect(await titleCase('# Letter to Patients\n\nDear patients, this letter is about our hours.')).toEqual([['Letter to Patients', 'Letter to patients']]);
  });

  it('flags one though the body capitalises a condition it also writes in lower case', async () => {
    expect(await titleCase('# Saturday Flu Clinics Information\n\nWe run Saturday Flu Only clinics. Book your flu jab now.')).toEqual([
      ['Saturday Flu Clinics Information', 'Saturday flu clinics information'],
    ]);
  });

  it('flags one that starts with "We" or "You": it is a clause, not a name', async () => {
    expect(await titleCase('# Consultations\n\n## We Asked\n\nWhat should change?\n\n## You Said\n\nMore evening clinics.')).toEqual([
      ['We Asked', 'We asked'],
      ['You Said', 'You said'],
    ]);
  });

  it('flags one on a page that has another heading in title case', async () => {
    expect(await titleCase('# Our Plans For The Year\n\nText.\n\n## Opening Times\n\nText.')).toEqual([
      ['Our Plans For The Year', 'Our plans for the year'],
      ['Opening Times', 'Opening times'],
    ]);
  });

  it('leaves a short name alone on a page that has a heading in title case', async () => {
    const text = '# Riverside Surgery\n\nCall to book.\n\n## Opening Times And Contact Details\n\nText.';
    expect((await titleCase(text)).map(([heading]) => heading)).toEqual(['Opening Times And Contact Details']);
  });

  it('flags one with a name after “in” or “at”: the lowered word does not split the name', async () => {
    const text = '# Nurse Recruitment in Anytown Health Trust\n\nJobs at the Anytown Health Trust are open.\n\n## Funding From the Department of Health\n\nWe thank the Department of Health.';
    expect((await titleCase(text)).map(([heading]) => heading)).toEqual(['Nurse Recruitment in Anytown Health Trust']);
  });

  it('leaves short names alone', async () => {
    for (const text of [
      '# Riverside Surgery\n\nCall the surgery to book.',
      '# Pharmacy First\n\nAsk a pharmacist first.',
      '# Talking Therapies\n\nRefer yourself to Talking Therapies online.',
      '# Contact details\n\nCall us.',
      '# Introduction\n\nText.',
    ]) {
      expect(await titleCase(text), text).toEqual([]);
    }
  });
});

describe('short headings with a pronoun in title case', () => {
  it('flags a capital on “Us”, “Your” or another pronoun after the first word', async () => {
    expect(await titleCase('## Contact Us\n\nCall 0300 123 4567.')).toEqual([['Contact Us', 'Contact us']]);
    expect(await titleCase('## Visiting Your Relative\n\nVisits are from 2pm.')).toEqual([['Visiting Your Relative', 'Visiting your relative']]);
  });

  it('leaves a 2-word name with no pronoun alone, and the NHS campaign “Help Us Help You”', async () => {
    expect(await titleCase('## Riverside Surgery\n\nCall 0300 123 4567.')).toEqual([]);
    expect(await titleCase('## Help Us Help You\n\nThe campaign runs all winter.')).toEqual([]);
  });
});

describe('one capital in a heading in sentence case', () => {
  it('flags an everyday word with a capital after a word in lower case', async () => {
    expect(await titleCase('# At your Appointment\n\nCome 10 minutes early.')).toEqual([['At your Appointment', 'At your appointment']]);
    expect(await titleCase('## What to do if you have Diabetes\n\nTalk to the nurse.')).toEqual([
      ['What to do if you have Diabetes', 'What to do if you have diabetes'],
    ]);
  });

  it('treats “about” as a small word, so a heading in title case around it is still found', async () => {
    expect(await titleCase('# Common Questions about Parking\n\nParking is free.')).toEqual([['Common Questions about Parking', 'Common questions about parking']]);
  });

  it('leaves names alone: 2 capitals in a row, a name after “at”, a new part after a colon, and places', async () => {
    expect(await titleCase('## How to apply for a Blue Badge\n\nApply online.')).toEqual([]);
    expect(await titleCase('## Get a flu jab at Boots\n\nBook online.')).toEqual([]);
    expect(await titleCase('## Opening times: Saturday\n\nWe open at 9am.')).toEqual([]);
    expect(await titleCase('## Find your nearest Pharmacy\n\nUse the map.')).toEqual([]);
    expect(await titleCase('## Parking for the Clinic\n\nThe Clinic is on the left.')).toEqual([]);
    expect(await titleCase('## No phone? Use the online form\n\nIt takes 5 minutes.')).toEqual([]);
  });
});

describe('short headings of everyday words in title case', () => {
  it('flags one when the dictionary has each word in lower case only', async () => {
    expect(await titleCase('# Prescription Requests\n\nOrder your medicine online.')).toEqual([['Prescription Requests', 'Prescription requests']]);
    expect(await titleCase('# Our clinic\n\nText.\n\n## Home Visits\n\nCall before 10am if you need a visit.')).toEqual([['Home Visits', 'Home visits']]);
    expect(await titleCase('# How To Book\n\nCall us on 01234 567890.')).toEqual([['How To Book', 'How to book']]);
  });

  it('keeps acronyms and days in its suggestion', async () => {
    expect(await titleCase('# Nurse Vacancies in the NHS\n\nWork with us.')).toEqual([['Nurse Vacancies in the NHS', 'Nurse vacancies in the NHS']]);
    expect(await titleCase('# Blood Tests on Monday\n\nCome at 9am.')).toEqual([['Blood Tests on Monday', 'Blood tests on Monday']]);
  });

  it('leaves alone names of places and services, and words the dictionary has with a capital', async () => {
    for (const text of [
      '# Corner Surgery\n\nCall us to book.',
      '# Station Road\n\nThe clinic is near the bus stop.',
      '# Healthy Start\n\nGet help to buy food and milk.',
      '# Child Benefit\n\nYou may get money for your child.',
      '# Band B\n\nThe pay band for this job.',
      '# Visiting Reading\n\nThe town has 2 hospitals.',
    ]) {
      expect(await titleCase(text), text).toEqual([]);
    }
  });
});

describe('bold lines and headings in capitals', () => {
  it('leaves bold lines in a section of examples alone', async () => {
    const text = '## Message examples\n\nDear Sam\n\n**Welcome to the app**\n\nYou can now book appointments and order repeat prescriptions online.';
    expect((await run(headings, text)).filter((f) => f.data?.kind === 'bold-heading')).toEqual([]);
    const outside = '## Messages\n\n**Welcome to the app**\n\nYou can now book appointments and order repeat prescriptions online.';
    expect((await run(headings, outside)).filter((f) => f.data?.kind === 'bold-heading')).toHaveLength(1);
  });

  it('finds a heading in capitals with words joined by a slash', async () => {
    const found = await run(headings, '# STAFF NURSE/DEPUTY SISTER, BAND 6, DAY SURGERY\n\nText.');
    expect(found.map((f) => f.data?.kind)).toEqual(['capitals']);
  });
});

describe('names GOV.UK writes in title case', () => {
  it('keeps them in a heading with the govuk guide, and still checks the other words', async () => {
    const govuk = async (text: string) =>
      (await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(headings, { guide: 'govuk' }))).findings
        .filter((f) => f.data?.kind === 'title-case')
        .map((f) => f.suggestions![0]);
    expect(await govuk('# Pay by Direct Debit\n\nSet it up online.')).toEqual([]);
    expect(await govuk('# Council Tax\n\nText.\n\n## Apply for a Direct Debit Instruction Form Today\n\nText.')).toEqual([
      'Apply for a Direct Debit instruction form today',
    ]);
  });

  it('does not lower a single letter: "Band B" is a name', async () => {
    expect(await titleCase('# Jobs In Our Wards\n\nText.\n\n## Band B\n\nThe pay band for this job.')).toEqual([['Jobs In Our Wards', 'Jobs in our wards']]);
    expect(await titleCase('# Book A Blood Test Online\n\nText.')).toEqual([['Book A Blood Test Online', 'Book a blood test online']]);
  });
});

describe('bold lines in title case', () => {
  it('puts sentence case in the heading a bold line becomes', async () => {
    const found = await run(headings, '# Contact us\n\n**Making a Complaint**\n\nTell us if you are not happy with your care.');
    expect(found.map((f) => [f.data?.kind, f.suggestions![0]])).toEqual([['bold-heading', '## Making a complaint']]);
    expect(found[0]!.message).toContain('sentence case');
  });

  it('flags a bold label in title case over a list or a paragraph', async () => {
    const text =
      '# Contact us\n\nYou can reach the team in 2 ways.\n\n***Sending Us a Letter***\n\n- Patient Advice, 1 Hill Street\n- Anytown AB1 2CD\n\n' +
      '**Booking Online**\n\nUse the NHS App to book a visit at any time of day.';
    const found = await run(headings, text);
    expect(found.filter((f) => f.data?.kind === 'title-case').map((f) => f.suggestions![0])).toEqual(['Sending us a letter']);
    expect(found.filter((f) => f.data?.kind === 'bold-heading').map((f) => f.suggestions![0])).toEqual(['## Booking online']);
  });

  it('leaves bold names and job titles alone', async () => {
    for (const text of [
      '# Our team\n\n**Clinical Lead**\n\nDr Amir Khan',
      '# Find us\n\n**Corner Surgery**\n\nWe are next to the library on the high street.',
      '# Find us\n\n**Meet Jane Smith**\n\nShe runs the clinic on Mondays and Fridays.',
    ]) {
      const found = await run(headings, text);
      expect(found.filter((f) => f.data?.kind === 'title-case'), text).toEqual([]);
      expect(found.every((f) => !f.message.includes('sentence case')), text).toBe(true);
    }
  });
});

describe('days and months in capitals', () => {
  it('flags them, and suggests them with their capital', async () => {
    const found = await run(allCaps, 'Closing date: 16 MAY 2018. The clinic is open on MONDAY mornings.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['MAY', 'May'],
      ['MONDAY', 'Monday'],
    ]);
  });

  it('leaves a date placeholder alone', async () => {
    expect(await run(allCaps, 'Write the date as DD MONTH YYYY.')).toEqual([]);
  });
});

describe('title case on a term the guides write in lower case', () => {
  const govuk = async (text: string) => {
    const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(headings, { guide: 'govuk' }, { preset: 'govuk' }));
    return result.findings.filter((f) => f.data?.kind === 'title-case').map((f) => [f.excerpt.replace(/^#+ /, ''), f.suggestions![0]]);
  };

  it('flags it though the page writes the term with capitals too: that is the slip, not a name', async () => {
    expect(await govuk('# Applying for Free School Meals\n\nYou can get Free School Meals if you claim some benefits.')).toEqual([
      ['Applying for Free School Meals', 'Applying for free school meals'],
    ]);
    expect(await govuk('# Applying for Free School Meals\n\nFill in the Free School Meals Application Form.')).toEqual([
      ['Applying for Free School Meals', 'Applying for free school meals'],
    ]);
  });

  it('leaves a heading alone when the page writes the words in a longer name or a title', async () => {
    expect(await govuk('# Our Annual Public Health Report\n\nRead the Annual Public Health Report online.')).toEqual([]);
    expect(await govuk('# Director of Public Health\n\nThe Director of Public Health is Dr Rao.')).toEqual([]);
  });
});


describe('a short heading that ends like an organisation’s name', () => {
  it('leaves “Carers Trust” alone on a page with title-case headings, unless the page writes it in lower case', async () => {
    const page = '# Carers Trust\n\nWe help carers.\n\n## What You Can Expect From Us\n\nA visit at home.';
    expect((await titleCase(page)).map(([h]) => h)).toEqual(['What You Can Expect From Us']);
    expect(await titleCase('# Leaving Hospital\n\nThis leaflet is about leaving hospital.')).toEqual([['Leaving Hospital', 'Leaving hospital']]);
    // A verb first: a clause, not a name, even when the page never writes the words in lower case.
    expect(await titleCase('# Leaving Hospital\n\nWhen you go home, your nurse will help.\n\n## What You Can Expect From Us\n\nA call.')).toHaveLength(2);
  });
});

describe('a heading with a test’s name the body also writes with a capital', () => {
  it('is still title case: a capital on “Cystoscopy” in the text is a slip, not a name', async () => {
    const found = await titleCase('# Reasons for Cystoscopy Procedure\n\nYou will have a test known as Cystoscopy.');
    expect(found.map(([heading]) => heading)).toEqual(['Reasons for Cystoscopy Procedure']);
  });
});
