/** capitals: common nouns capitalised in running text, and one term written several ways. All text is made up. */
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
const excerpts = async (text: string, preset = 'nhs') => (await lint(text, preset)).map((f) => f.excerpt);

describe('capitals on common nouns', () => {
  it('flags common nouns and job titles after "the", "our", "this"', async () => {
    const found = await lint('Our Engagement Team met the Panel. This Trust and the Government agree. Please ask the Consultant.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['Engagement Team', 'engagement team'],
      ['Panel', 'panel'],
      ['Trust', 'trust'],
      ['Government', 'government'],
      ['Consultant', 'consultant'],
    ]);
    expect(found[0]!.message).toBe('“Engagement Team” does not need capitals here.');
  });

  it('flags a product name with an inner capital written another way on the same page', async () => {
    const text = 'Send us a note through myChart. Mychart sends it to the team. Fill in a My-chart form.';
    expect(await excerpts(text)).toEqual(['Mychart', 'My-chart']);
    expect((await lint(text)).map((f) => f.suggestions![0])).toEqual(['myChart', 'myChart']);
    // Only when the page has the form with the inner capital; quotes are left alone.
    expect(await excerpts('Mychart sends it to the team. Fill in a Mychart form.')).toEqual([]);
    expect(await excerpts('Use myChart. Some people call it “Mychart”.')).toEqual([]);
  });

  it('reads a capital after "etc." as a new sentence, and still flags a capital later in it', async () => {
    expect(await excerpts('We cover hearing, sight, memory etc. Office staff train too.')).toEqual([]);
    expect(await excerpts('Bring forms, letters etc. Reception Staff will check them.')).toEqual(['Staff']);
  });

  it('flags a possessive and a name used to describe another noun', async () => {
    expect(await excerpts('The Government’s aim is clear. Come to the public Board meeting. Book a half day Trust induction.')).toEqual([
      'Government’s',
      'Board',
      'Trust',
    ]);
  });

  it('flags a generic plural name', async () => {
    expect(await excerpts('We work with all Health and Wellbeing Boards.')).toEqual(['Health and Wellbeing Boards']);
    expect(await excerpts('This shaped the development of Integrated Care Strategies in the region.')).toEqual(['Integrated Care Strategies']);
    expect(await excerpts('We share it with Health and Well-being Boards (HWBs) by June.')).toEqual(['Health and Well-being Boards']);
    expect(await excerpts('She thanked Staff for their work.')).toEqual(['Staff']);
  });

  it('flags “team” and “department” after an acronym and “the” or a describing word, and nothing else there', async () => {
    expect(await excerpts('Please call the HR Team today. The ward joins the existing A&E Department. Our IT Department is small.')).toEqual([
      'Team',
      'Department',
      'Department',
    ]);
    for (const text of [
      'Anytown NHS Team is here.',
      'The HR Team Leader will call.',
      'Come to the NHS Team Awards.',
      'Papers go to the ICB Board.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('flags a team or department “at” a place, and service words like charity and fundraising', async () => {
    // where it is, not part of its name: “at HRI”, “at Leeds General”
    expect(await excerpts('We opened our new A&E Department at HRI today. Visit the HR Department at Anytown Hospital.')).toEqual(['Department', 'Department']);
    expect(await excerpts('Our Charity Team set up a stall. Ask the Fundraising Team or the Chaplaincy Department.')).toEqual([
      'Charity Team',
      'Fundraising Team',
      'Chaplaincy Department',
    ]);
    // a name joined by “of” or “for”, and a service named “at” something, are left alone
    for (const text of ['Visit the Hospital at Home service.', 'The Department of Health said so.', 'Ask the Team for Wellbeing.']) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('flags job roles and generic service words from the guides', async () => {
    expect(await excerpts('Our team includes Physiotherapists, Occupational Therapists and more.')).toEqual([
      'Physiotherapists',
      'Occupational Therapists',
    ]);
    expect(await excerpts('We work with Primary Care Networks and Local Authorities.')).toEqual(['Primary Care Networks and Local Authorities']);
    expect(await excerpts('You will work closely with the Ward Manager and the Matron.')).toEqual(['Ward Manager', 'Matron']);
  });

  it('flags a name used in general: "every", "each", "two", "a"', async () => {
    const found = await lint('Every Integrated Care Board has a plan. It reflects the two Health and Wellbeing Strategies.');
    expect(found.map((f) => f.excerpt)).toEqual(['Integrated Care Board', 'Health and Wellbeing Strategies']);
    // a term the NHS A to Z lists says so; the others say they are used in general
    expect(found[0]!.message).toBe('“Integrated Care Board” does not need capitals here: the NHS A to Z writes “integrated care board” in lower case.');
    expect(found[1]!.message).toBe('“Health and Wellbeing Strategies” is used in general here, so it does not need capitals.');
    expect(await excerpts('Each Council has a Health and Wellbeing Board.')).toEqual(['Council', 'Health and Wellbeing Board']);
    expect(await excerpts('A Nurse will meet you at the door.')).toEqual(['Nurse']);
    // with a describing word between
    expect(await excerpts('It will inform a new Decision-Making Business Case. Our new Engagement Team will call.')).toEqual([
      'Decision-Making Business Case',
      'Engagement Team',
    ]);
    expect(await excerpts('A new Anytown Community Hospital opened.')).toEqual([]);
  });

  it('flags a plural after a dash that starts a new clause, but not a title after a colon', async () => {
    expect(await excerpts('More care – New Urgent Treatment Centres will open soon.')).toEqual(['Urgent Treatment Centres']);
    expect(await excerpts('Theme 2: Healthy Communities')).toEqual([]);
    expect(await excerpts('Our second aim: Stronger Communities.')).toEqual([]);
  });

  it('reads the word after a lettered label as the start of the item, but still checks the rest', async () => {
    expect(await excerpts('We count 3 things:\n\na. Planned visits (days)\n\nb. Mental health admissions (days)\n\niv. Outpatient clinics')).toEqual([]);
    expect(await excerpts('c. Mental health admissions go to the Mental Health Team.')).toEqual(['Mental Health Team']);
  });

  it('flags a verb capitalised after "to" in the middle of a sentence or list item', async () => {
    expect(await excerpts('- Striving to Improve economic wellbeing for everyone\n- c) To Enhance productivity and value')).toEqual([
      'Improve',
      'Enhance',
    ]);
    // “to” before a name or a title is fine
    expect(await excerpts('You can talk to Relate about it. We want to Improve Health Outcomes.')).toEqual([]);
    expect(await excerpts('Read [how we want to Improve care](https://example.org) and **to Improve outcomes**.')).toEqual([]);
  });

  it('leaves names alone', async () => {
    for (const text of [
      'We met the Department of Health and the Health and Wellbeing Board.',
      'The Trust Board Papers are here. The Trust Nightingale Ward is open.',
      'Mid and South Essex NHS Foundation Trust runs the hospitals. The panel meets monthly.',
      'Somerset Board members met. Our NHS Board meets in public. Go to Ward 5 at the Hospital at Home service.',
      'Work across Government and the NHS is joined up.',
      'Read our 2024 Strategy before you come.',
      'Dear Patient, we are writing to you.',
      'The Minister for Health said so. The Secretary of State for Health visited.',
      'Anytown NHS Foundation Trust (the Trust) runs 2 hospitals.',
      'Her Majesty’s Government and the Welsh Government agreed.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('leaves a job title next to a person’s name alone', async () => {
    for (const text of [
      'Jane Smith, Chief Executive, opened the clinic.',
      'The clinic was opened by our Chief Executive, Jane Smith.',
      'Then Jane Smith, our Medical Director, spoke.',
      'The Chief Executive, Dr Patel, opened it.',
      'Chief Executive Jane Smith opened it.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
    expect(await excerpts('Our Chief Executive opened the clinic.')).toEqual(['Chief Executive']);
    expect(await excerpts('The board includes the Chief Executive Officer and 2 other members.')).toEqual(['Chief Executive Officer']);
    expect(await lint('The panel met the Chief Executive Officer, Jane Smith, on Monday.')).toEqual([]);
  });

  it('leaves titles alone: title lines, bold and italic words, short quotes, links, headings and tables', async () => {
    for (const text of [
      '- Joint Health and Wellbeing Strategies\n- Local Care Plans',
      'Read *The Care Plan* for details. Read **the Board Papers** first.',
      'Please read ‘Our Communities and Partners’ and think about your role.',
      'Read [the Board papers](https://example.org).',
      'Do not write “the Panel” in letters.',
      '# Our Engagement Team\n\nWe are here to help.',
      '| Team | Lead |\n| --- | --- |\n| the Engagement Team | the Chief Executive |',
      'We run a group called the Forum. Everyone is welcome at the Forum meetings.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });

  it('leaves a plural alone when the titles it names follow it', async () => {
    expect(await lint('It is aligned to the collective Health and Wellbeing Strategies, Start Well, Live Well and Age Well.')).toEqual([]);
    expect(await lint('We follow both Local Plans: Green Spaces and Safer Streets.')).toEqual([]);
    // a list of more common nouns is not a list of titles
    expect(await excerpts('We work with Health and Wellbeing Boards, Local Authorities and others.')).toEqual([
      'Health and Wellbeing Boards',
      'Local Authorities',
    ]);
    // one capitalised word after the comma is not a title
    expect(await excerpts('The collective Strategies, Anytown included, are late.')).toEqual(['Strategies']);
    // a list of partners with acronyms in it is not a list of titles
    expect(await excerpts('We work with Integrated Care Systems, NHS England and local councils.')).toEqual(['Integrated Care Systems']);
    // one title is not a list of titles
    expect(await excerpts('We read the Local Plans, Green Spaces first.')).toEqual(['Local Plans']);
  });

  it('flags the short name of an organisation the page names in full at each place, as one group', async () => {
    const text =
      'Anytown NHS Trust runs 2 hospitals. The Trust will write to you. You may work within the Trust. The Trust welcomes comments.';
    const found = await lint(text);
    expect(found.map((f) => f.excerpt)).toEqual(['Trust', 'Trust', 'Trust']);
    expect(found.map((f) => f.start.column)).toEqual([
      text.indexOf('The Trust will') + 5,
      text.indexOf('the Trust.') + 5,
      text.indexOf('The Trust welcomes') + 5,
    ]);
    for (const f of found) {
      expect(f.message).toBe('“Trust” does not need capitals here.');
      expect(f.data).toEqual({ words: 'Trust', kind: 'common', term: 'trust' });
    }
    const groups = groupFindings(found);
    expect(groups.map((g) => [g.id, g.findings.length])).toEqual([['capitals:trust', 3]]);
    // minutes: the board named in full, then “the Board” again and again
    expect(
      await excerpts('The Anytown Integrated Care Board gave an update to the Board. The thanks of the Board were given. REASON – To convey the views of the Board.'),
    ).toEqual(['Board', 'Board', 'Board']);
  });

  it('leaves a short name or a role the page defines in brackets alone wherever it is used', async () => {
    for (const text of [
      'Anytown NHS Foundation Trust (the Trust) runs 2 hospitals. The Trust will write to you.',
      'Present: Councillor Jones (Chair) and 6 members. The Chair welcomed everyone.',
      'Anytown Health and Wellbeing Board (“the Board”) met. The Board agreed the plan.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
    // a role in brackets that is not the word used later does not count
    expect(await excerpts('Present: Councillor Jones (Chair). The Panel agreed.')).toEqual(['Panel']);
  });

  it('flags a short name at each place when the page does not name the organisation in full', async () => {
    const found = await lint('The Trust will write to you. You may work within the Trust’s grounds.');
    expect(found.map((f) => f.excerpt)).toEqual(['Trust', 'Trust’s']);
    // the possessive is the same term: one group, one id
    expect(groupFindings(found).map((g) => [g.id, g.terms.length, g.findings.length])).toEqual([['capitals:trust', 1, 2]]);
    // a name used to describe another noun is the same capitals: a finding at each place
    const board = await lint('NHS Anytown Board met. We expect this Board to meet in May. Come to this public Board meeting.');
    expect(board.map((f) => [f.excerpt, f.start.column])).toEqual([
      ['Board', 'NHS Anytown Board met. We expect this '.length + 1],
      ['Board', 'NHS Anytown Board met. We expect this Board to meet in May. Come to this public '.length + 1],
    ]);
  });

  it('checks long quotes, which are speech, not titles', async () => {
    expect(
      await excerpts('She said: “We are proud that our Engagement Team spoke to over 300 people in the town this year and listened.”'),
    ).toEqual(['Engagement Team']);
  });
});

describe('one term written several ways', () => {
  it('says which form the guide uses, at each place in another form, as one group', async () => {
    const found = await lint('The clinic has Wi-Fi. Ask for the wifi code. The WiFi is free.');
    expect(found.map((f) => f.excerpt)).toEqual(['wifi', 'WiFi']);
    for (const f of found) {
      expect(f.message).toBe('This document writes “Wi-Fi”, “wifi” and “WiFi”. Use “Wi-Fi” every time.');
      expect(f.why).toBe('Writing a term one way helps readers, and “Wi-Fi” is the form the NHS A to Z uses.');
    }
    expect(groupFindings(found).map((g) => [g.id, g.findings.length])).toEqual([['capitals:wifi', 2]]);
    // A form the guides never use (“e-mail”, “well-being”) is uk-spelling's finding, every time: not a second one here.
    expect(await excerpts('Send an e-mail. Our email address is below.')).toEqual([]);
    expect(await excerpts('Our well-being team supports your wellbeing.')).toEqual([]);
    expect(await excerpts('Our well being team supports your wellbeing.')).toEqual(['well being']);
  });

  it('names “health care” beside “healthcare” under govuk, never “mental health care”; under nhs uk-spelling names it', async () => {
    const found = await lint('We give healthcare to all. Your health care team is here.', 'govuk');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['health care', 'healthcare']]);
    expect(await lint('We give healthcare to all. Get mental health care and sexual health care here.', 'govuk')).toEqual([]);
    // under nhs the word list flags every “health care”: no second finding here
    expect(await lint('We give healthcare to all. Your health care team is here.')).toEqual([]);
  });

  it('names “web page” beside “webpage” under nhs (the GOV.UK A to Z form); govuk flags it in its word list', async () => {
    const found = await lint('Read our web pages. This webpage has more.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['web page', 'webpage']]);
    expect(found[0]!.why).toBe('Writing a term one way helps readers, and “webpage” is the form the GOV.UK A to Z uses.');
    expect(await lint('Read our web pages. Each web page has a date.')).toEqual([]);
    expect(await lint('Read our web pages. This webpage has more.', 'govuk')).toEqual([]);
  });

  it('uses the GOV.UK form under the govuk preset', async () => {
    const found = await lint('The clinic has Wi-Fi. Ask for the wifi code.', 'govuk');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['Wi-Fi', 'wifi']]);
  });

  it('leaves one form, a capital at the start of a sentence or heading, and a form inside a name alone', async () => {
    expect(await lint('Email us. We answer every email.')).toEqual([]);
    expect(await lint('Our wellbeing service helps. Wellbeing matters.')).toEqual([]);
    expect(await lint('# Long COVID clinics\n\nHelp for long COVID is here.')).toEqual([]);
    expect(await lint('The Berkshire Long COVID Integrated Service helps people with long COVID.')).toEqual([]);
    // a team name written the same way each time, and once at the start of a sentence
    const team = await lint('Our Wellbeing and Recovery team can help. Talk to our Wellbeing and Recovery team. Wellbeing and Recovery team members run groups.');
    expect(team.filter((f) => f.excerpt.includes('Wellbeing'))).toEqual([]);
  });

  it('still counts a capital at the start of a sentence as another form when the rest differs', async () => {
    const found = await lint('WiFi is free in the waiting room. Ask at reception for the wifi code.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['WiFi', 'Wi-Fi'],
      ['wifi', 'Wi-Fi'],
    ]);
  });

  it('flags a heading in another form too, with a capital to start it', async () => {
    const found = await lint('# Long covid clinics\n\nWe treat long COVID. Ask about long covid support.');
    expect(found.map((f) => [f.excerpt, f.start.line, f.suggestions![0]])).toEqual([
      ['Long covid', 1, 'Long COVID'],
      ['long covid', 3, 'long COVID'],
    ]);
    expect(found[1]!.message).toBe('This document writes “long covid” and “long COVID”. Use “long COVID” every time.');
  });

  it('flags each place of a form the guides never use, like “Covid-19”', async () => {
    const found = await lint('Covid-19 jabs are here. Book your Covid-19 jab today.');
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([
      ['Covid-19', 'Write “COVID-19”, not “Covid-19”.'],
      ['Covid-19', 'Write “COVID-19”, not “Covid-19”.'],
    ]);
  });

  it('finds a hyphenated pair written without its hyphen before the same word', async () => {
    const found = await lint('Book a follow-up meeting. If you have not heard about your follow up meeting, call us. Follow up meeting notes go by post.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([
      ['follow up meeting', 'follow-up meeting'],
      ['Follow up meeting', 'Follow-up meeting'],
    ]);
    expect(found[0]!.message).toBe('This document writes “follow-up meeting” and “follow up meeting”. Use one form: “follow-up meeting”, with a hyphen.');
    // an acronym keeps its capitals in the suggestion
    const nhs = await lint('You may get NHS-funded transport. Ask about NHS funded transport when you book.');
    expect(nhs.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['NHS funded transport', 'NHS-funded transport']]);
    expect(nhs[0]!.message).toBe('This document writes “NHS-funded transport” and “NHS funded transport”. Use one form: “NHS-funded transport”, with a hyphen.');
    // a verb after the pair, or a different word after it, is not the same term
    expect(await lint('Book a follow-up meeting. We follow up with you. We will follow up and call.')).toEqual([]);
    // “long term” is the house-style rule's to name
    expect(await lint('We help with long-term conditions and long term conditions.')).toEqual([]);
    // a plural after the pair is the same term
    const plural = await lint('We hold follow-up meetings each month. Your follow up meeting is in May.');
    expect(plural.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['follow up meeting', 'follow-up meeting']]);
    expect(plural[0]!.message).toBe('This document writes “follow-up meetings” and “follow up meeting”. Use one form: “follow-up meeting”, with a hyphen.');
    expect(await lint('We hold follow-up meetings each month. We follow up this week.')).toEqual([]);
  });
});

describe('capitals on everyday nouns the NHS A to Z writes in lower case (made-up text)', () => {
  it('flags “our Carer”, “the Pharmacy”, “the Leaflet” and “our Newsletter” mid-sentence', async () => {
    const text = 'We told your Carer today. Please contact the Pharmacy of your choice. We sent the Leaflet today. We wrote about it in our Newsletter last week.';
    expect(await excerpts(text)).toEqual(['Carer', 'Pharmacy', 'Leaflet', 'Newsletter']);
  });

  it('leaves names with those words alone', async () => {
    const text = 'Most pharmacies now offer the Pharmacy First service. We work with Boots Pharmacy and read the Carers Trust Newsletter.';
    expect(await excerpts(text)).toEqual([]);
    expect(await excerpts('Your carer can come with you. Ask the pharmacy for a leaflet.')).toEqual([]);
  });
});
