/**
 * Word-list entries from the GOV.UK and NHS A to Z guides and the Plain English Campaign's
 * alternative words (rules/data/lists/), and the context rules that keep their everyday senses
 * alone: a list of context sets (“key” before “areas” or after “is”), word forms, names of places
 * and organisations, and the plain-English swaps for letters, job adverts and plans. All text is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';
import { compileTerms, findTerms } from '../rules/lib/terms.js';
import { excerpts, THOROUGH } from './helpers/rule-excerpts.js';

describe('a context that is a list of sets', () => {
  const list = {
    entries: [
      {
        id: 'key',
        match: ['key'],
        alternatives: ['main'],
        context: [{ onlyIfFollowedBy: ['areas'] }, { onlyIfPrecededBy: ['is'], skipIfFollowedBy: ['stage'] }],
      },
    ],
  };
  const found = (text: string) => findTerms(parseMarkdown(text, 'draft.md'), compileTerms(list)).map((m) => m.contextText ?? m.text);

  it('flags a match that any one set allows, and widens it by that set’s words only', () => {
    expect(found('We have 3 key areas. Prevention is key.')).toEqual(['key areas', 'key']);
  });

  it('leaves a match alone when no set allows it, or the set that fits skips it', () => {
    expect(found('Turn the key. The test is key stage 2.')).toEqual([]);
  });
});

describe('jargon: GOV.UK words to avoid, in more of their forms', () => {
  it('flags “key” as a predicate and before more nouns, never a key that opens something', async () => {
    expect(await excerpts('jargon', 'Prevention is key. Nurses play a key role. This is a key opportunity.')).toEqual(['key', 'key', 'key']);
    expect(await excerpts('jargon', 'Turn the key. Key workers can apply. Key Stage 2 pupils can join. Read the key part of the question.')).toEqual([]);
  });

  it('flags “delivered” before an abstract thing, not a parcel, a baby or a letter', async () => {
    expect(await excerpts('jargon', 'Last year we delivered improvements in 4 services.')).toEqual(['delivered']);
    expect(await excerpts('jargon', 'We delivered 300 food parcels. Our midwives delivered twins. It was delivered on behalf of NHS England.')).toEqual([]);
  });

  it('flags “focus” as the heading of a plan, not focus groups or keyboard focus', async () => {
    expect(await excerpts('jargon', 'Our main focus is prevention.')).toEqual(['focus']);
    expect(await excerpts('jargon', 'Focus groups told us what they need. The focus is on the first link. Move focus to the button.')).toEqual([]);
  });

  it('flags the other forms of “collaborate”, “engage” and “refresh” for plans', async () => {
    expect(await excerpts('jargon', 'Teams will work collaboratively. We held public engagement events.')).toEqual(['collaboratively', 'engagement events']);
    expect(await excerpts('jargon', 'We will engage with residents. The strategy will be refreshed each year.')).toEqual(['engage with', 'refreshed']);
    expect(await excerpts('jargon', 'Refresh the page. Our Community Engagement Team will call. Patients engage with the app.')).toEqual([]);
    // A name joined by a small word, and a name that starts a sentence.
    expect(await excerpts('jargon', 'The Engagement and Involvement Team runs them. Locality Team staff will call.')).toEqual([]);
    expect(await excerpts('jargon', 'Locality teams will call. Leverage NHS funding.')).toEqual(['Locality', 'Leverage']);
  });

  it('flags “address” for problems, not a postal or email address', async () => {
    expect(await excerpts('jargon', 'We will address waiting times.')).toEqual(['address']);
    expect(await excerpts('jargon', 'Tell us your address. Address the user as “you”. Email addresses are private.')).toEqual([]);
  });

  it('names a commitment to do something, not a commitment to a value', async () => {
    expect(await excerpts('jargon', 'We are committed to reducing waits.')).toEqual(['committed to']);
    expect(await excerpts('jargon', 'The trust is committed to equality. Staff show a commitment to care and compassion.')).toEqual([]);
  });

  it('flags NHS planning words and clichés, not the names of benefits or teams', async () => {
    expect(await excerpts('jargon', 'Each locality has a team. We offer a bespoke, world-class service.')).toEqual(['locality', 'bespoke', 'world-class']);
    expect(await excerpts('jargon', 'You can get Statutory Sick Pay. Our Locality Team is in Bath.')).toEqual([]);
  });

  it('flags NHS care and planning jargon, and the NHS A to Z’s names for tests', async () => {
    expect(await excerpts('jargon', 'We will expand reablement and domiciliary care. Trust leaders sought assurance on waits.')).toEqual([
      'reablement',
      'domiciliary care',
      'sought assurance',
    ]);
    expect(await excerpts('jargon', 'Do a rapid antigen test at home.')).toEqual(['rapid antigen test']);
    expect(await excerpts('jargon', 'Do a rapid antigen test at home.', 'govuk')).toEqual([]);
    expect(await excerpts('jargon', 'Step up to the counter. Meet people at the front door of the building.')).toEqual([]);
  });

  it('puts the plain word first for medical words', async () => {
    expect(await excerpts('jargon', 'The paediatric ward is on floor 2. Your sutures will dissolve.')).toEqual(['paediatric', 'sutures']);
    expect(await excerpts('jargon', 'The Royal College of Paediatrics and Child Health has a leaflet. The Neonatal Unit at Lowtown General Hospital is open.')).toEqual([]);
  });
});

describe('simpler-words: plain-English swaps', () => {
  it('flags “attend” before a place or appointment, not other uses', async () => {
    expect(await excerpts('simpler-words', 'Please attend your appointment. You will attend an interview.')).toEqual(['attend', 'attend']);
    expect(await excerpts('simpler-words', 'Thank you to everyone attending today’s event who helped.')).toEqual([]);
  });

  it('flags “access” as a verb for services, and “via” in the usual check and a thorough one', async () => {
    expect(await excerpts('simpler-words', 'Contact us via email. Patients can access services online.')).toEqual(['via', 'access']);
    expect(await excerpts('simpler-words', 'Contact us via email. Patients can access services online.', 'nhs', THOROUGH)).toEqual(['via', 'access']);
    expect(await excerpts('simpler-words', 'Set it with the class attribute. You have access to your record. Ways to access the service are listed.', 'nhs', THOROUGH)).toEqual([]);
  });

  it('flags “additional”, “require” and “required to” where “more”, “need” and “must” fit', async () => {
    expect(await excerpts('simpler-words', 'We have additional funding. If you require help, call us. You are required to bring ID.')).toEqual(['additional', 'require', 'required']);
    expect(await excerpts('simpler-words', 'Add additional information. This requires JavaScript. It is not required to pass. She was required to wait.')).toEqual([]);
  });

  it('flags “eligible” said to the reader, not in a description of a service', async () => {
    expect(await excerpts('simpler-words', 'You may also be eligible for support.')).toEqual(['eligible']);
    expect(await excerpts('simpler-words', 'Tell users early whether they are eligible.')).toEqual([]);
  });

  it('flags “attend” after “unable to” and in letters, and the phrases around it', async () => {
    // “Failure to attend”: one finding, on the word the context picked out.
    expect(await excerpts('simpler-words', 'Should you be unable to attend, call us. Failure to attend may mean a new referral.')).toEqual([
      'Should you be unable to',
      'attend',
      'attend',
    ]);
    expect(await excerpts('simpler-words', 'Failure to pay may mean a fine.')).toEqual(['Failure to']);
    expect(await excerpts('simpler-words', 'You may be accompanied by a friend. Applicants must have a driving licence.')).toEqual([
      'You may be accompanied by',
      'Applicants must',
    ]);
    expect(await excerpts('simpler-words', 'Heart failure to some means an end. The logo may be accompanied by the name.')).toEqual([]);
  });

  it('flags letter and job-advert phrases', async () => {
    expect(
      await excerpts('simpler-words', 'Further to your letter, should you require help, call us. The successful candidate will start in May.'),
    ).toEqual(['Further to', 'should you require', 'The successful candidate']);
  });

  it('keeps “normally” for the NHS house style, in the health sense only', async () => {
    expect(await excerpts('simpler-words', 'Your symptoms will normally go away in a week.')).toEqual(['normally']);
    expect(await excerpts('simpler-words', 'Your symptoms will normally go away in a week.', 'govuk')).toEqual([]);
    expect(await excerpts('simpler-words', 'It will normally be a heading. Demand is higher than we would normally see.')).toEqual([]);
  });

  it('flags “login” as a noun, not NHS login or the page', async () => {
    expect(await excerpts('simpler-words', 'Enter your login to continue.')).toEqual(['login']);
    expect(await excerpts('simpler-words', 'Use NHS login to prove who you are. Go to the login page.')).toEqual([]);
  });

  it('leaves a word to the rule that owns it, so one word gets one finding', async () => {
    // house-style has “please be advised that”. The list matches the American spelling too
    // (“optimize”), but in a whole run uk-spelling's finding is the one the writer sees
    // (test/rules-word-lists-variants.test.ts).
    expect(await excerpts('simpler-words', 'We will optimize care. Please be advised that the clinic is shut.')).toEqual(['optimize']);
    expect(await excerpts('simpler-words', 'We will optimise the use of beds. Be advised: the clinic is shut.')).toEqual(['optimise', 'Be advised']);
  });

  it('leaves alone “equivalent” and “in relation to” where the plain word does not fit', async () => {
    expect(await excerpts('simpler-words', 'This is equivalent to 2 pints. We wrote in relation to your claim.')).toEqual(['equivalent', 'in relation to']);
    expect(await excerpts('simpler-words', 'Set their equivalent blocks. Size the box in relation to its container.')).toEqual([]);
  });
});

describe('inclusive-language: more labels and offensive words', () => {
  it('flags conditions used as labels, offensive disability words and gendered words', async () => {
    expect(await excerpts('inclusive-language', 'We treat lupus patients and MS patients.')).toEqual(['lupus patients', 'MS patients']);
    expect(await excerpts('inclusive-language', 'He was called deaf and dumb at school.')).toEqual(['deaf and dumb']);
    expect(await excerpts('inclusive-language', 'Each patient must bring his or her letter. We need more manpower.')).toEqual(['his or her', 'manpower']);
  });

  it('flags groups named by a label, not the same words describing people', async () => {
    expect(await excerpts('inclusive-language', 'We protect the vulnerable. We work with hard to reach communities.')).toEqual(['the vulnerable', 'hard to reach']);
    expect(await excerpts('inclusive-language', 'Design for the most vulnerable users. The top shelf is hard to reach. The vulnerable adults team will call.')).toEqual([]);
  });

  it('leaves alone everyday words that look the same', async () => {
    expect(await excerpts('inclusive-language', 'Your ticket is invalid. Enter an invalid email address to see the error. We flew an unmanned drone.')).toEqual([]);
  });
});

describe('simpler-words: Plain English Campaign swaps, with the words around them', () => {
  it('flags “complete” a form only after “you must”, “please” and the like', async () => {
    expect(await excerpts('simpler-words', 'You must complete an application form. Please complete the survey.')).toEqual(['complete', 'complete']);
    expect(await excerpts('simpler-words', 'Staff complete the form for you. We completed the building in May. People are less likely to complete the form.')).toEqual([]);
  });

  it('flags “receive” after “you will” or “you could”, not in other sentences', async () => {
    expect(await excerpts('simpler-words', 'You’ll receive a letter. You could receive more money.')).toEqual(['receive', 'receive']);
    expect(await excerpts('simpler-words', 'The trust will receive £2 million. You will not receive a reply. We receive many calls.')).toEqual([]);
  });

  it('flags “advise you” when it means tell, not when it means recommend', async () => {
    expect(await excerpts('simpler-words', 'We will advise you of the outcome.')).toEqual(['advise you']);
    expect(await excerpts('simpler-words', 'Your GP may advise you to rest. A pharmacist can advise you on medicines.')).toEqual([]);
  });

  it('flags “As such” at the start of a sentence, not “as such” inside one', async () => {
    expect(await excerpts('simpler-words', 'As such, the clinic will close.')).toEqual(['As such']);
    expect(await excerpts('simpler-words', 'There is no waiting list as such.')).toEqual([]);
  });

  it('flags formal words in all their forms: await, alter, ensue, revert to, whereas', async () => {
    expect(await excerpts('simpler-words', 'We are awaiting your reply. Do not alter the dose. A discussion ensued. We reverted to paper forms, whereas others did not.')).toEqual([
      'awaiting',
      'alter',
      'ensued',
      'reverted to',
      'whereas',
    ]);
  });
});

describe('jargon: NHS money, building and system words, only in their jargon sense', () => {
  it('flags “capital” before investment or projects, not a capital city or letter', async () => {
    expect(await excerpts('jargon', 'The trust will get capital investment for 3 capital projects.')).toEqual(['capital', 'capital']);
    expect(await excerpts('jargon', 'London is the capital. Write the name in capital letters. Working capital loans are separate.')).toEqual([]);
  });

  it('flags “capacity” when a plan adds more of it, not mental capacity', async () => {
    expect(await excerpts('jargon', 'The new unit will increase capacity this winter.')).toEqual(['capacity']);
    expect(await excerpts('jargon', 'The doctor will check you have the capacity to consent. The room has a capacity of 40.')).toEqual([]);
  });

  it('flags “estate” for NHS buildings, not a housing estate or a will', async () => {
    expect(await excerpts('jargon', 'We are developing our estate.')).toEqual(['estate']);
    expect(await excerpts('jargon', 'She lives on a housing estate. The estate of the person who died pays the bill.')).toEqual([]);
  });

  it('flags “uptake” of a vaccine in a sentence, not a heading word alone', async () => {
    expect(await excerpts('jargon', 'Read the vaccine uptake guidance.')).toEqual(['uptake']);
    expect(await excerpts('jargon', '## Vaccine uptake\n\nThe tracer uptake in the scan was normal.')).toEqual([]);
  });

  it('flags clinical and system terms in all their forms', async () => {
    expect(
      await excerpts('jargon', 'You may have laparoscopic surgery. Your GP will make a referral. We value continuity of care. Allied health professionals will see you.'),
    ).toEqual(['laparoscopic', 'make a referral', 'continuity of care', 'Allied health professionals']);
  });
});

describe('simpler-words: formal verbs only where the plain verb fits', () => {
  it('flags “Access” as an instruction, not access as a noun', async () => {
    expect(await excerpts('simpler-words', 'Access the latest guidance on our website.')).toEqual(['Access']);
    expect(await excerpts('simpler-words', 'Access to the clinic is by the side door. Step-free access is available.')).toEqual([]);
  });

  it('flags “implemented” after “be” or “been”, and “inform” before a plan', async () => {
    expect(await excerpts('simpler-words', 'The changes have not been implemented yet. Your views will inform the development of our plan.')).toEqual([
      'implemented',
      'inform',
    ]);
    expect(await excerpts('simpler-words', 'Staff who implemented it were thanked. We will inform you.')).toEqual(['inform']);
  });

  it('flags “resolve” a concern and “perform” after “you will”, not other uses', async () => {
    expect(await excerpts('simpler-words', 'We will try to resolve your complaint. You will perform some tests.')).toEqual(['resolve', 'perform']);
    expect(await excerpts('simpler-words', 'The symptoms usually resolve in a week. The hospital performs 200 operations a year.')).toEqual([]);
  });

  it('flags “eligible to apply” and “require further”, not every “eligible” or “require”', async () => {
    expect(await excerpts('simpler-words', 'Students are eligible to apply. Call us if you require any further help.')).toEqual(['eligible', 'require']);
    expect(await excerpts('simpler-words', 'The eligible age is 65. Some fonts require more memory.')).toEqual([]);
  });

  it('flags “conveyed to” and “on an anonymous basis”', async () => {
    expect(await excerpts('simpler-words', 'Thanks were conveyed to the team. The service runs on an anonymous basis.')).toEqual(['conveyed to', 'on an anonymous basis']);
  });
});

describe('the NHS A to Z: “GP” means the doctor', () => {
  it('flags “general practice” for GP services in a thorough check, not a general practice nurse or the Royal College', async () => {
    expect(await excerpts('jargon', 'General practice is very busy this winter.')).toEqual([]);
    expect(await excerpts('jargon', 'General practice is very busy this winter.', 'nhs', THOROUGH)).toEqual(['General practice']);
    expect(await excerpts('jargon', 'Ask the general practice nurse. She trained in general practice.', 'nhs', THOROUGH)).toEqual([]);
  });

  it('flags vague words that hide a figure: significantly, broadly, invaluable', async () => {
    expect(await excerpts('simpler-words', 'Waits have fallen significantly. The courses are broadly the same. The app is invaluable.')).toEqual([
      'significantly',
      'broadly',
      'invaluable',
    ]);
  });
});

describe('simpler-words: money, tests and formal linking words', () => {
  it('flags “contribute towards” the cost of care, not other contributions', async () => {
    expect(await excerpts('simpler-words', 'You may need to contribute towards your care.')).toEqual(['contribute towards']);
    expect(await excerpts('simpler-words', 'Volunteers contribute to the life of the ward.')).toEqual([]);
  });

  it('flags “investigate” symptoms and “as to whether”, not an investigation of a complaint', async () => {
    expect(await excerpts('simpler-words', 'The test is done to investigate bowel symptoms. We will decide as to whether you need it.')).toEqual([
      'investigate',
      'as to whether',
    ]);
    expect(await excerpts('simpler-words', 'We will investigate your complaint.')).toEqual([]);
  });
});

describe('simpler-words: “further” that means more', () => {
  it('flags “further information” in a sentence, not a heading, “no further” or “further away”', async () => {
    expect(await excerpts('simpler-words', 'Ask us if you need further support.')).toEqual(['further']);
    expect(await excerpts('simpler-words', '## Further information\n\nThere is no further information. The clinic is further away.')).toEqual([]);
  });
});

describe('jargon: “place” as NHS system jargon', () => {
  it('flags place strategies and partnerships, not a place that is put in place', async () => {
    expect(await excerpts('jargon', 'Our system and place strategies set out our aims. The place partnership met in May.')).toEqual(['place strategies', 'place partnership']);
    expect(await excerpts('jargon', 'We will put in place strategies to cut waits. She came first place. Board members met.')).toEqual([]);
  });
});

describe('simpler-words: “most appropriate” and “indicate whether”', () => {
  it('flags them where “right” and “say” fit, not every use', async () => {
    expect(await excerpts('simpler-words', 'We will find the most appropriate service for you. Your letter should indicate whether you need a sample.')).toEqual([
      'most appropriate',
      'indicate',
    ]);
    expect(await excerpts('simpler-words', 'Choose the most appropriate format. The icon indicates whether the task is done.')).toEqual([]);
  });
});

describe('guide forms: A to Z entries that fix how a word is written (made-up text)', () => {
  it('asks for “baseline” as one word, in both guides', async () => {
    expect(await excerpts('uk-spelling', 'We will measure it against the base line from last year.')).toEqual(['base line']);
    expect(await excerpts('uk-spelling', 'We will measure it against the base line from last year.', 'govuk')).toEqual(['base line']);
    expect(await excerpts('uk-spelling', 'We will measure it against the baseline from last year.')).toEqual([]);
  });

  it('asks for “morning after pill” with no hyphens in NHS style only', async () => {
    expect(await excerpts('uk-spelling', 'You can get the morning-after pill from a pharmacy.')).toEqual(['morning-after pill']);
    expect(await excerpts('uk-spelling', 'You can get the morning after pill from a pharmacy.')).toEqual([]);
    expect(await excerpts('uk-spelling', 'You can get the morning-after pill from a pharmacy.', 'govuk')).toEqual([]);
  });

  it('asks for “grams”, not “grammes”, in GOV.UK style', async () => {
    expect(await excerpts('uk-spelling', 'Each pack holds 500 grammes of seed.', 'govuk')).toEqual(['grammes']);
    expect(await excerpts('uk-spelling', 'Each pack holds 500 grams of seed.', 'govuk')).toEqual([]);
  });

  it('asks for “healthcare” as one word in NHS style, but not in “mental health care” or a name', async () => {
    expect(await excerpts('uk-spelling', 'Ask your health care team. We changed how health care is given.')).toEqual(['health care', 'health care']);
    expect(await excerpts('uk-spelling', 'Get mental health care and sexual health care here. Physical and mental health care go together.')).toEqual([]);
    expect(await excerpts('uk-spelling', 'Contact Northshire Health Care Trust. Ask the Health Care Team.')).toEqual([]);
    // a capitalised plural is a kind of staff, not a name: “healthcare assistants”
    expect(await excerpts('uk-spelling', 'Our Health Care Assistants help.')).toEqual(['Health Care']);
    expect(await excerpts('uk-spelling', 'Ask your healthcare team.')).toEqual([]);
    // GOV.UK's A to Z has no entry: the capitals rule names it only when a page writes both forms.
    expect(await excerpts('uk-spelling', 'Ask your health care team.', 'govuk')).toEqual([]);
  });

  it('asks for “follow-up” with a hyphen, not “followup”', async () => {
    expect(await excerpts('uk-spelling', 'We will send you a followup letter.')).toEqual(['followup']);
    expect(await excerpts('uk-spelling', 'We will send you a follow-up letter. We will follow up in May.')).toEqual([]);
  });

  it('treats “log-in” like “login”: a thing to name, or “log in” when people do it', async () => {
    expect(await excerpts('simpler-words', 'Keep your log-in details safe.')).toEqual(['log-in details']);
    expect(await excerpts('simpler-words', 'Keep your log-in details safe.', 'govuk')).toEqual(['log-in details']);
    expect(await excerpts('simpler-words', 'Go to the log-in page. You can log in with your NHS number.')).toEqual([]);
  });

  it('flags “collaboration” used of how an organisation works, and “initiatives”', async () => {
    expect(await excerpts('jargon', 'Collaboration and partnership are central to us. Our collaborations with universities helped.')).toEqual([
      'Collaboration',
      'collaborations',
    ]);
    expect(await excerpts('jargon', 'We want closer collaboration with councils. New initiatives started in May.')).toEqual(['collaboration', 'initiatives']);
    expect(await excerpts('jargon', 'GitHub is an open collaboration space. Take the initiative and call us.')).toEqual([]);
  });

  it('flags “navigating” as a metaphor only before challenges, pressures or money, and “the best outcomes”', async () => {
    expect(await excerpts('jargon', 'We are navigating financial constraints. We aim for the best outcomes for patients.')).toEqual([
      'navigating',
      'outcomes',
    ]);
    expect(await excerpts('jargon', 'Use the menu when navigating the website. The outcome of the vote is in.')).toEqual([]);
  });

  it('flags “exemplifying” and “demonstrated by”', async () => {
    expect(await excerpts('simpler-words', 'The care demonstrated by our teams was good, exemplifying our values.')).toEqual(['demonstrated', 'exemplifying']);
    expect(await excerpts('simpler-words', 'She demonstrated the inhaler to him.')).toEqual([]);
  });

  it('flags “overleaf”, a word for printed pages', async () => {
    expect(await excerpts('jargon', 'See the map overleaf.')).toEqual(['overleaf']);
    expect(await excerpts('jargon', 'See the map below.')).toEqual([]);
  });
});
