/**
 * Word choice, issue 18: formal verbs with a plain swap, each kept to the context where the plain
 * word says the same thing ("amended the policy", "minimise the spread", "benefits will be
 * realised", "she indicated that", "the guidance outlines that", "assuring safety", "striving
 * to"), and empty phrases that say little ("create the conditions for", "a positive
 * contribution", "appropriate and proportionate"). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';

describe('simpler words: “amend”', () => {
  it('flags a change someone made or asks for', async () => {
    expect(await excerpts('simpler-words', 'We have amended the visiting policy for the winter.')).toEqual(['amended']);
    expect(await excerpts('simpler-words', 'The leaflet was amended in June.')).toEqual(['amended']);
    expect(await excerpts('simpler-words', 'Read the notes and amend as appropriate.')).toEqual(['amend']);
    expect(await excerpts('simpler-words', 'You can amend your details online.')).toEqual(['amend']);
  });

  it('leaves alone the legal “as amended by” and other uses', async () => {
    expect(await excerpts('simpler-words', 'The Housing Act 1996 (as amended by the 2017 Act) sets the rules.')).toEqual([]);
    expect(await excerpts('simpler-words', 'The Act was amended by later laws.')).toEqual([]);
    expect(await excerpts('simpler-words', 'It is easy for staff to amend.')).toEqual([]);
    expect(await excerpts('simpler-words', 'He wanted to make amends.')).toEqual([]);
  });
});

describe('simpler words: “minimise”', () => {
  it('flags “minimise” before a thing to reduce', async () => {
    expect(await excerpts('simpler-words', 'Wash your hands to minimise the spread of germs.')).toEqual(['minimise']);
    expect(await excerpts('simpler-words', 'We are minimising delays at the front desk.')).toEqual(['minimising']);
    expect(await excerpts('simpler-words', 'A cold pack minimises swelling.')).toEqual(['minimises']);
  });

  it('leaves alone “minimise the risk” and a number of times', async () => {
    expect(await excerpts('simpler-words', 'Check the name to minimise the risk of a mistake.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Minimise the number of pages in the form.')).toEqual([]);
  });
});

describe('simpler words: “realise” that means “make real”', () => {
  it('flags benefits realised and realising savings', async () => {
    expect(await excerpts('simpler-words', 'The benefits will be realised over 3 years.')).toEqual(['realised']);
    expect(await excerpts('simpler-words', 'The new building will help us realise the benefits of the merger.')).toEqual(['realise']);
    expect(await excerpts('simpler-words', 'We are realising savings already.')).toEqual(['realising']);
  });

  it('leaves alone “realise” that means “understand”', async () => {
    expect(await excerpts('simpler-words', 'Many people do not realise they have high blood pressure.')).toEqual([]);
    expect(await excerpts('simpler-words', 'It was realised that the form was too long.')).toEqual([]);
    expect(await excerpts('simpler-words', 'She realised how far she had come.')).toEqual([]);
  });
});

describe('simpler words: a person who “indicated that”, and “outlines that”', () => {
  it('flags a speaker who indicated that', async () => {
    expect(await excerpts('simpler-words', 'He indicated that the team would reply soon.')).toEqual(['indicated that']);
    expect(await excerpts('simpler-words', 'The chair had indicated that the vote would wait.')).toEqual(['indicated that']);
  });

  it('leaves alone a sign that indicated something', async () => {
    expect(await excerpts('simpler-words', 'The arrow indicated that the lift was coming.')).toEqual([]);
  });

  it('flags “outlines that” and “outlined that”', async () => {
    expect(await excerpts('simpler-words', 'The new plan outlines that every ward will have a named nurse.')).toEqual(['outlines that']);
    expect(await excerpts('simpler-words', 'The manager outlined that changes were coming.')).toEqual(['outlined that']);
  });
});

describe('simpler words: “assuring”, “striving to” and “To achieve this”', () => {
  it('flags “assuring safety” and “assure quality”', async () => {
    expect(await excerpts('simpler-words', 'Our nurses are assuring safety on every ward.')).toEqual(['assuring']);
    expect(await excerpts('simpler-words', 'Ward checks assure quality.')).toEqual(['assure']);
  });

  it('leaves alone “I can assure you”', async () => {
    expect(await excerpts('simpler-words', 'I can assure you that your records are safe.')).toEqual([]);
  });

  it('flags “striving to” and “To achieve this” at the start of a sentence', async () => {
    expect(await excerpts('simpler-words', 'We are striving to cut waiting times.')).toEqual(['striving to']);
    expect(await excerpts('simpler-words', 'Your stomach must be empty. To achieve this, do not eat after midnight.')).toEqual(['To achieve this']);
    expect(await excerpts('simpler-words', 'We want you to achieve this goal.')).toEqual([]);
  });
});

describe('jargon: empty phrases', () => {
  it('flags “create the conditions for”, “positive contribution” and “appropriate and proportionate”', async () => {
    expect(await excerpts('jargon', 'We will create the conditions for better care.')).toEqual(['create the conditions for']);
    expect(await excerpts('jargon', 'The café makes a positive contribution to the town.')).toEqual(['positive contribution']);
    expect(await excerpts('jargon', 'Take appropriate and proportionate steps to stay safe.', 'govuk')).toEqual(['appropriate and proportionate']);
  });

  it('leaves alone the plain words', async () => {
    expect(await excerpts('jargon', 'The weather conditions for the race were good.')).toEqual([]);
    expect(await excerpts('jargon', 'Every contribution helps, and the test was positive.')).toEqual([]);
  });
});

describe('jargon: clinician after “refer to a”', () => {
  it('flags a clinician someone is referred to or checked by', async () => {
    expect(await excerpts('jargon', 'If you are worried, refer to a clinician.')).toEqual(['clinician']);
    expect(await excerpts('jargon', 'Your form is checked by a clinician.')).toEqual(['clinician']);
  });

  it('leaves alone qualified clinicians who check content', async () => {
    expect(await excerpts('jargon', 'Qualified clinicians check our pages.')).toEqual([]);
  });
});

describe('simpler words: “satisfy” rules, “dependent on” after a verb, and people who “normally” do', () => {
  it('flags “satisfy the conditions”, not “satisfied with”', async () => {
    expect(await excerpts('simpler-words', 'You must satisfy the following conditions to claim.', 'govuk')).toEqual(['satisfy']);
    expect(await excerpts('simpler-words', 'The home satisfied all the requirements.', 'govuk')).toEqual(['satisfied']);
    expect(await excerpts('simpler-words', 'We hope you are satisfied with your care.', 'govuk')).toEqual([]);
    expect(await excerpts('simpler-words', 'A good meal will satisfy your hunger.', 'govuk')).toEqual([]);
  });

  it('flags “varies dependent on”, not “dependent on” after a noun', async () => {
    expect(await excerpts('simpler-words', 'The rash can look different dependent on your skin colour.', 'govuk')).toEqual(['dependent on']);
    expect(await excerpts('simpler-words', 'The cost varies dependent upon the size of the room.', 'govuk')).toEqual(['dependent upon']);
    expect(await excerpts('simpler-words', 'Patients dependent on oxygen need a plan.', 'govuk')).toEqual([]);
  });

  it('flags people who will normally do something (NHS)', async () => {
    expect(await excerpts('simpler-words', 'Visitors will normally be asked to wear a mask.')).toEqual(['normally']);
    expect(await excerpts('simpler-words', 'Children can normally go back to school the next day.')).toEqual(['normally']);
  });

  it('leaves alone a thing that will normally be so', async () => {
    expect(await excerpts('simpler-words', 'The heading will normally be the page title.')).toEqual([]);
    expect(await excerpts('simpler-words', 'It will normally be a short list.')).toEqual([]);
  });
});

describe('jargon: “focus on” after “will then”', () => {
  it('flags a plan that will then focus on something', async () => {
    expect(await excerpts('jargon', 'The project will then focus on older people.', 'govuk')).toEqual(['focus on']);
  });

  it('leaves alone an instruction to focus on your breathing', async () => {
    expect(await excerpts('jargon', 'Sit still, then focus on your breathing.', 'govuk')).toEqual([]);
  });
});

describe('simpler words: “therefore” after its subject', () => {
  it('flags “we therefore” and “are therefore”', async () => {
    expect(await excerpts('simpler-words', 'We therefore ask you to book early.')).toEqual(['therefore']);
    expect(await excerpts('simpler-words', 'Prices are therefore higher in winter.')).toEqual(['therefore']);
  });

  it('leaves alone “and therefore”', async () => {
    expect(await excerpts('simpler-words', 'The form is short and therefore quick to fill in.')).toEqual([]);
  });
});

describe('jargon: “coronavirus” for the illness or the pandemic', () => {
  it('flags the coronavirus pandemic and coronavirus vaccines, in both house styles', async () => {
    expect(await excerpts('jargon', 'Life changed during the coronavirus pandemic.')).toEqual(['coronavirus']);
    expect(await excerpts('jargon', 'Get your coronavirus vaccine at a pharmacy.', 'govuk')).toEqual(['coronavirus']);
  });

  it('leaves alone the virus itself, and a capital the capitals rule reports', async () => {
    expect(await excerpts('jargon', 'The test looks for the coronavirus that causes COVID-19.')).toEqual([]);
    expect(await excerpts('jargon', 'Coronavirus is a family of viruses.')).toEqual([]);
    expect(await excerpts('jargon', 'Since the Coronavirus pandemic began, we work online.')).toEqual([]);
  });
});

describe('simpler words: long ways round', () => {
  it('flags “highlighted the importance of” and its kin', async () => {
    expect(await excerpts('simpler-words', 'Parents highlighted the importance of clear letters.')).toEqual(['highlighted the importance of']);
    expect(await excerpts('simpler-words', 'The report stresses the importance of exercise.')).toEqual(['stresses the importance of']);
    expect(await excerpts('simpler-words', 'We know how important clear letters are.')).toEqual([]);
  });

  it('flags “the way in which”, “in this regard”, “needless to say” and “at the forefront of”', async () => {
    expect(await excerpts('simpler-words', 'Tell us about the way in which we run the clinic.')).toEqual(['the way in which']);
    expect(await excerpts('simpler-words', 'We have done well in this regard.')).toEqual(['in this regard']);
    expect(await excerpts('simpler-words', 'Needless to say, the ward was busy.')).toEqual(['Needless to say']);
    expect(await excerpts('simpler-words', 'Our nurses are at the forefront of care.')).toEqual(['at the forefront of']);
  });

  it('leaves alone the plain words', async () => {
    expect(await excerpts('simpler-words', 'This is the way to the clinic. In this room, you can rest.')).toEqual([]);
  });
});

describe('simpler words: rare formal words', () => {
  it('flags each with its everyday word', async () => {
    const text = [
      'You may incur a charge. Smoking is prohibited on site. Is it permissible to park here?',
      'Wearing a mask is obligatory. We reiterate our thanks. Please peruse the leaflet.',
      'The delays did not materialise. Your pain should diminish. The risk is negligible.',
      'We refused on the grounds that the form was late.',
    ].join('\n\n');
    expect(await excerpts('simpler-words', text)).toEqual([
      'incur', 'prohibited', 'permissible', 'obligatory', 'reiterate', 'peruse', 'materialise', 'diminish', 'negligible', 'on the grounds that',
    ]);
  });

  it('leaves alone the plain words near them', async () => {
    expect(await excerpts('simpler-words', 'The grounds of the hospital are open. You must pay for parking.')).toEqual([]);
  });
});

describe('care words and praise', () => {
  it('flags “day opportunities” and “innovative”', async () => {
    expect(await excerpts('jargon', 'You can spend your budget on day opportunities.', 'govuk')).toEqual(['day opportunities']);
    expect(await excerpts('jargon', 'We run an innovative new clinic.')).toEqual(['innovative']);
  });

  it('leaves alone an opportunity in the day', async () => {
    expect(await excerpts('jargon', 'Each day brings an opportunity to learn.', 'govuk')).toEqual([]);
  });
});

describe('simpler words: an online “facility”', () => {
  it('flags a booking or ordering facility', async () => {
    expect(await excerpts('simpler-words', 'Use our online booking facility to choose a time.')).toEqual(['facility']);
    expect(await excerpts('simpler-words', 'The vaccine ordering facility opens on Monday.', 'govuk')).toEqual(['facility']);
  });

  it('leaves alone a building or a care facility', async () => {
    expect(await excerpts('simpler-words', 'The new care facility has 40 beds. Parking facilities are free.')).toEqual([]);
  });
});

describe('simpler words: optimised for, pre and post, competencies, a clinical encounter', () => {
  it('flags each', async () => {
    expect(await excerpts('simpler-words', 'The ward was cleaned and optimised for day surgery.')).toEqual(['optimised']);
    expect(await excerpts('simpler-words', 'We offer support pre and post surgery.')).toEqual(['pre and post']);
    expect(await excerpts('simpler-words', 'You will build core competencies in the first year.')).toEqual(['competencies']);
    expect(await excerpts('simpler-words', 'A face-to-face encounter helps us check your wound.')).toEqual(['encounter']);
  });

  it('leaves alone the everyday senses', async () => {
    expect(await excerpts('simpler-words', 'You may encounter delays on the road. We post the letters before noon.')).toEqual([]);
  });
});

describe('simpler words: “optimised for” a technical aim', () => {
  it('leaves alone a page optimised for search', async () => {
    expect(await excerpts('simpler-words', 'Titles should be short and optimised for search.', 'govuk')).toEqual([]);
  });
});

describe('simpler words: “on completion of”', () => {
  it('flags the phrase once, with “following the completion of” as one finding', async () => {
    expect(await excerpts('simpler-words', 'On completion of the course, you get a certificate.')).toEqual(['On completion of']);
    expect(await excerpts('simpler-words', 'We will call you following the completion of your tests.')).toEqual(['following the completion of']);
  });

  it('leaves alone “completion” on its own', async () => {
    expect(await excerpts('simpler-words', 'The expected completion date is May.')).toEqual([]);
  });
});
