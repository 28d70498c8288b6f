/**
 * capitals beyond the list of common nouns: what the dictionary (dictionary-en-gb, with its
 * capitals) and the guides' lists of seasons and conditions say. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { groupFindings } from '../src/report/group.js';

async function lint(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const excerpts = async (text: string) => (await lint(text)).map((f) => f.excerpt);

describe('capitals the dictionary has only in lower case', () => {
  it('flags a word after "a" or "an" that the dictionary has only in lower case', async () => {
    const found = await lint('A Tonsillectomy is an operation. You may need an Ultrasound before it.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Tonsillectomy', 'tonsillectomy'],
      ['Ultrasound', 'ultrasound'],
    ]);
    expect(found[0]!.message).toBe('“Tonsillectomy” is used in general here, so it does not need capitals.');
  });

  it('still flags a term the page writes both ways after a joining word, when no name comes before it', async () => {
    expect(await excerpts('We listen to the views of Older Patients. We ask older patients what they need.')).toEqual(['Older Patients']);
    // the first word of a sentence is not a name: “Support for Carers” here is a plain phrase
    expect(await excerpts('Support for Carers is free. We give support for carers in Leeds.')).toEqual(['Carers']);
  });

  it('flags it in a heading in sentence case, but not in a heading in title case', async () => {
    expect(await excerpts('# What is a Tonsillectomy?\n\nIt is an operation.')).toEqual(['Tonsillectomy']);
    expect(await excerpts('# Having a Tonsillectomy Explained\n\nIt is an operation.')).toEqual([]);
  });

  it('leaves a product or a name after "a" alone', async () => {
    for (const text of [
      'Join a Zoom call or a Teams meeting. Send a Word document.',
      'Use a Do and Don’t list here.',
      'We have a Beacon service for carers.',
      'You can get a Blue Badge from the council.',
      'Ask a Macmillan nurse.',
      'A Londoner wrote to us.',
      // questions and answers: “A” at the start of a line is a label, and “You” a pronoun
      'Q Can I claim my fares?\n\nA You can claim bus fares.\n\nQ Who can help?\n\nA Volunteers can help you.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('flags a describing word before "team" or "department" that the dictionary has only in lower case', async () => {
    expect(await excerpts('Call the Endoscopy department or ask the Radiology team.')).toEqual(['Endoscopy', 'Radiology']);
    expect(await excerpts('You can work as a Band 3 Healthcare Support worker.')).toEqual(['Healthcare Support']);
    // the first word of a sentence has its capital anyway: only the second is flagged
    expect(await excerpts('Primary School colleague spoke up.')).toEqual(['School']);
    // a ward, a centre or a surgery may be named after anything
    expect(await lint('Go to the Maple ward. The Orchard Surgery is open. Visit the Beacon Centre.')).toEqual([]);
    // a service the guides keep in capitals, with its team
    expect(await lint('Our Talking Therapies team can help.')).toEqual([]);
    // a service named with a phrase that ends in a word no noun ends in: its own name
    expect(await lint('The Home First team will call you. Our Stay Well team runs classes.')).toEqual([]);
    expect(await excerpts('The Community Nursing team will call you.')).toEqual(['Community Nursing']);
  });

  it('flags a common noun after "a" and an acronym: one of many, so not a name', async () => {
    expect(await excerpts('It is run by an NHS Trust. Go to a GP Surgery today.')).toEqual(['Trust', 'Surgery']);
    // after “the”, an acronym and a noun may be a name: “the NHS Board”
    expect(await lint('The report went to the NHS Board. We saw the BMA Council.')).toEqual([]);
  });

  it('flags a common noun in the plural after an acronym: many of them, so not a name', async () => {
    expect(await excerpts('This is hard for GP Surgeries. We wrote to all NHS Trusts.')).toEqual(['Surgeries', 'Trusts']);
    // after a name, or one of a kind: left alone
    expect(await lint('Kent GP Practices met today. The report went to the NHS Board.')).toEqual([]);
  });

  it('flags a general plural of ordinary words that ends in a common noun', async () => {
    expect(await excerpts('There are jobs for Band 5 Adult Nursing Staff.')).toEqual(['Adult Nursing Staff']);
    // a quote that goes on over a line break is a quote
    expect(await lint('No rule checks ("the Trust", "Band 5 Adult\nNursing Staff") today.')).toEqual([]);
    // after “a” it may be the name of one network
    expect(await lint('NHS England has an Ability Network, for example.')).toEqual([]);
  });
});

describe('seasons and conditions', () => {
  it('flags a season in the middle of a sentence', async () => {
    const found = await lint('We will open this Summer. The work starts in Spring 2027 and ends every Winter.');
    expect(found.map((f) => f.excerpt)).toEqual(['Summer', 'Spring', 'Winter']);
    expect(found[0]!.message).toBe('“Summer” does not need a capital letter: seasons are in lower case.');
  });

  it('leaves a season that starts a sentence or a name alone', async () => {
    for (const text of ['Winter is busy for the NHS.', 'Read the Winter Plan.', 'The Autumn Statement is out.', 'Our patient, Summer Jones, spoke.']) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('flags “bank holiday” in capitals, but not a named one', async () => {
    const found = await lint('The pharmacy shuts at weekends and on Bank Holidays. If the day is a Bank Holiday, call 111.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Bank Holidays', 'bank holidays'],
      ['Bank Holiday', 'bank holiday'],
    ]);
    expect(found[0]!.message).toBe('“Bank Holidays” does not need capitals: write “bank holidays” in lower case, like weekends.');
    for (const text of ['Bank Holidays are busy.', 'We open on the Spring Bank Holiday.', 'It is shut on Bank Holiday Monday.', 'Our Bank Holiday Rota is online.']) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('asks for a capital on a day or a month in lower case, with a fix', async () => {
    const found = await lint('The clinic is open monday-friday and on sundays. It opens in january.\n\n| Day | Time |\n| --- | --- |\n| thursday | 9am |');
    expect(found.map((f) => [f.excerpt, f.fix?.text])).toEqual([
      ['monday', 'Monday'],
      ['friday', 'Friday'],
      ['sundays', 'Sundays'],
      ['january', 'January'],
      ['thursday', 'Thursday'],
    ]);
    expect(found[0]!.message).toBe('Write “Monday” with a capital letter: days and months are names.');
    // “may”, “march” and “august” are everyday words; addresses, file names and code are not words
    expect(await lint('You may march on. An august body. Email monday@example.org, read june.pdf, run `july`, see https://example.org/june/.')).toEqual([]);
  });

  it('flags a condition in capitals', async () => {
    const found = await lint('Help for people with Diabetes and Hay Fever. Since the Coronavirus pandemic we have changed. It is for type 2 Diabetes.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Diabetes and Hay Fever', 'diabetes and hay fever'],
      ['Coronavirus', 'coronavirus'],
      ['Diabetes', 'diabetes'],
    ]);
    expect(found[0]!.message).toBe('“Diabetes and Hay Fever” does not need capitals: write conditions in lower case.');
    expect(found[0]!.why).toContain('Alzheimer’s disease');
  });

  it('flags a longer condition name in capitals, with its acronym after it', async () => {
    const found = await lint('Read about Sudden Infant Death Syndrome (SIDS). People with Atrial Fibrillation can book a check.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Sudden Infant Death Syndrome', 'sudden infant death syndrome'],
      ['Atrial Fibrillation', 'atrial fibrillation'],
    ]);
    expect(await lint('Read about sudden infant death syndrome (SIDS) and post-traumatic stress disorder.')).toEqual([]);
  });

  it('flags a condition in capitals at the start of a sentence, keeping the first capital, not a charity named after one', async () => {
    const found = await lint('Deep Vein Thrombosis (DVT) is a blood clot. Ask your GP.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Vein Thrombosis', 'vein thrombosis']]);
    expect(await lint('Motor Neurone Disease Association volunteers can visit you. Deep vein thrombosis is a clot.')).toEqual([]);
  });

  it('flags common conditions in a list', async () => {
    // a capital straight after a bracket may start a clause, so the first item is left alone
    expect(await excerpts('Pharmacists treat 3 conditions (Earache, Sinusitis, Infected Insect Bites) without an appointment.')).toEqual([
      'Sinusitis',
      'Infected Insect Bites',
    ]);
  });

  it('leaves a condition inside a name alone', async () => {
    for (const text of [
      'Diabetes UK can help. Ask the Stroke Association.',
      'Join the Diabetes Prevention Programme.',
      'It is World Diabetes Day.',
      'We help people with Alzheimer’s disease.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});

describe('capitals on a plural in a list with a plural in lower case', () => {
  it('flags a plural of ordinary words joined by “and”, “or” or a comma to a plural in lower case', async () => {
    expect(await excerpts('We visit schools and Youth Clubs each term.')).toEqual(['Youth Clubs']);
    expect(await excerpts('Ask at Community Pharmacies, libraries or the town hall.')).toEqual(['Community Pharmacies']);
    const found = await lint('Send letters about your allowances or Tax Credits.');
    expect(found.map((f) => f.excerpt)).toEqual(['Tax Credits']);
    expect(found[0]!.message).toBe('“Tax Credits” does not need capitals here: the GOV.UK A to Z writes “tax credits” in lower case.');
  });

  it('leaves a name in a list alone: not a plural, after a name, with a name after it, or on its own', async () => {
    for (const text of [
      // a service with a plural name, on its own, may be a name
      'Contact Healthy Minds for support.',
      // not a plural
      'We work with schools and Youth Action in the town.',
      // after a capitalised word, or before one: part of a longer name
      'We visit schools and Anytown Youth Clubs each term.',
      'We visit schools and Youth Clubs Anytown each term.',
      // a list of names of organisations, not a plural in lower case
      'We work with Mind and Youth Clubs Network.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});

describe('one term written with capitals and without them', () => {
  it('flags the capitalised form when the page also writes the term in lower case', async () => {
    const found = await lint('Read our Joint Delivery Plan online. Every area writes a joint delivery plan each year.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Joint Delivery Plan', 'joint delivery plan']]);
    expect(found[0]!.message).toBe('This document writes “Joint Delivery Plan” and “joint delivery plan”. Use lower case each time.');
    // a plural is the same term
    expect(await excerpts('We run Community Diagnostic Centres in town. The community diagnostic centre is open daily.')).toEqual(['Community Diagnostic Centres']);
  });

  it('flags another name in brackets after a word in lower case, when the page writes it in lower case too', async () => {
    expect(await excerpts('Most people get a cold sore (Herpes Simplex) once. The herpes simplex virus is common.')).toEqual(['Herpes Simplex']);
    // one word, or only one form on the page: left alone
    expect(await lint('Most people get a cold sore (Herpes Simplex) once. It goes away.')).toEqual([]);
  });

  it('flags a hyphenated word with a capital after the hyphen when the page writes it in lower case', async () => {
    const found = await lint('# Non-urgent transport\n\nRead the Non-Urgent transport policy. It covers non-urgent journeys.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Non-Urgent', 'non-urgent']]);
    expect(found[0]!.message).toBe('This document writes “Non-Urgent” and “non-urgent”. Use lower case each time.');
    // only one form, or part of a longer name: left alone
    expect(await lint('Read the Non-Urgent transport policy. It is short.')).toEqual([]);
    expect(await lint('Call the NHS Non-Urgent Line. It covers non-urgent journeys.')).toEqual([]);
  });

  it('leaves a name the page gives as a campaign, project or app, and still flags a term it does not', async () => {
    expect(await lint('The Active Lives campaign starts in May. Join the Active Lives journey. We all want active lives.')).toEqual([]);
    expect(await lint('Try the Quiet Time app tonight. A little quiet time helps you sleep.')).toEqual([]);
    const found = await lint('Read our Joint Delivery Plan online. Every area writes a joint delivery plan. Our plan campaign starts soon.');
    expect(found.map((f) => f.excerpt)).toEqual(['Joint Delivery Plan']);
  });

  it('flags each capitalised place, as one term for the reports', async () => {
    const found = await lint('Read our Joint Delivery Plan online. Every area writes a joint delivery plan. We share our Joint Delivery Plans widely.');
    expect(found.map((f) => f.excerpt)).toEqual(['Joint Delivery Plan', 'Joint Delivery Plans']);
    expect(found.map((f) => (f.data as { term?: string }).term)).toEqual(['joint delivery plan', 'joint delivery plan']);
    expect(groupFindings(found).map((g) => [g.id, g.findings.length])).toEqual([['capitals:joint delivery plan', 2]]);
  });

  it('flags one word after “the” or “a” when the page also writes it in lower case after “the” or “a”', async () => {
    const found = await lint('Ask at the Dispensary for your tablets. The dispensary opens at 9am.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Dispensary', 'dispensary']]);
    expect(found[0]!.message).toBe('This document writes “Dispensary” and “dispensary”. Use lower case each time.');
  });

  it('leaves one word alone when the lower-case use is not a noun, when a noun follows, or when it is a name', async () => {
    for (const text of [
      // “review” as a verb is no evidence for the noun
      'Read the Overview online. We overview each case.',
      // before a noun, one word may start a name: a section, an app
      'See the Dispensary opening times page. The dispensary is small.',
      // a word the dictionary has with a capital, or a common noun the rule judges on its own
      'We met in Reading. We like reading.',
      'Ask the Trust. You can trust us.',
      // a title: link text, a heading, a quote
      'Read [the Dispensary](https://example.org) page. The dispensary is small.',
      '# The Dispensary\n\nThe dispensary is small.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('leaves a name given in full alone, and a term the page writes one way', async () => {
    for (const text of [
      'The Accessibility Regulations 2018 apply. The accessibility regulations are strict.',
      'Our Joint Delivery Plan (JDP) is out. It is a joint delivery plan for 5 years.',
      'Jane Smith, previously Lead Designer at NHS Digital, spoke. Every lead designer was there.',
      'Read the NHS Joint Delivery Plan. Each area has a joint delivery plan.',
      'Read our Joint Delivery Plan online. It sets out what we will do.',
      'Read [our Joint Delivery Plan](https://example.org). It is a joint delivery plan.',
      // a department or a page named after what it does, called by its name
      'Please contact Adult Social Care. We fund adult social care for 5,000 people.',
      'Please see Eligibility Criteria for Blue Badges. Read the eligibility criteria for blue badges.',
      // part of a longer name
      'This becomes your Care and Support Plan. A support plan sets out your care.',
      // the end of a longer name: the title of a law or a document, given in full
      'It is set out in the Licensing of Dog Breeders (Wales) Regulations 2014. The regulations cover dog breeders.',
      'Read the Care of Older Patients report. We look after older patients on 3 wards.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});

describe('a form the guides say not to use', () => {
  it('flags “Covid-19” and “long covid” even when the page writes them only one way', async () => {
    const found = await lint('Since the Covid-19 vaccine came, we have changed. Help with long covid is here.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Covid-19', 'COVID-19'],
      ['long covid', 'long COVID'],
    ]);
    expect(found[0]!.message).toBe('Write “COVID-19”, not “Covid-19”.');
    expect(found[0]!.why).toBe('Writing a term one way helps readers. The NHS A to Z writes “COVID-19”, and says not to write “Covid-19”.');
    expect(await lint('The COVID-19 vaccine is free. Help with long COVID is here.')).toEqual([]);
    // GOV.UK: “World War 1” and “World War 2”, capitals and numbers
    expect(await excerpts('It replaces its second world war huts.')).toEqual(['second world war']);
    expect((await lint('It replaces its second world war huts.'))[0]!.message).toBe('Write “World War 2”, not “second world war”.');
    expect(await lint('It replaces its World War 2 huts.')).toEqual([]);
    // not “wifi” alone: the NHS writes “Wi-Fi”, but “wifi” is GOV.UK's own form
    expect(await lint('Ask for the wifi code.')).toEqual([]);
  });

  it('asks for “COVID” in capitals, as the NHS A to Z writes it, but leaves “COVID-19” and “long COVID” to their own terms', async () => {
    const found = await lint('Book your Covid booster at the pharmacy.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Covid', 'COVID']]);
    expect(found[0]!.message).toBe('Write “COVID”, not “Covid”.');
    expect(await excerpts('We are worried about spreading covid at home.')).toEqual(['covid']);
    expect(await lint('Book your COVID booster. The COVID-19 vaccine is free. Help with long COVID is here.')).toEqual([]);
    // a long covid page is found once, by the long COVID term
    expect(await excerpts('Help with long covid is here.')).toEqual(['long covid']);
    // quoted as a form not to use
    expect(await lint('Do not write "Covid" or "covid" in lower case.')).toEqual([]);
  });

  it('asks for a space in “NHS 111”, as the NHS A to Z writes it', async () => {
    const found = await lint('If you feel worse, call NHS111 at any time.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['NHS111', 'NHS 111']]);
    expect(await lint('If you feel worse, call NHS 111 or go to 111 online.')).toEqual([]);
  });
});

describe('capitals on a test’s or an operation’s name the dictionary lacks', () => {
  it('flags “Cystoscopy” or “Gastroscopy” in a sentence, even after “known as”, by the word’s ending', async () => {
    expect(await excerpts('You will have a test known as Cystoscopy. The nurse will explain the Gastroscopy before you go in.')).toEqual([
      'Cystoscopy',
      'Gastroscopy',
    ]);
  });

  it('leaves a unit’s name, a sentence’s first word and a name after it alone', async () => {
    expect(await excerpts('Sigmoidoscopy takes 10 minutes. Go to the Cystoscopy Suite on level 2. Ask at Endoscopy Unit reception.')).toEqual([]);
  });
});
