/**
 * house-style compound words, on made-up text: the word forms the NHS and GOV.UK A to Z guides set
 * (“beta blockers”, “eye drops”, “helpdesk”, “co-ordinate”), each only under its own guide, and
 * “follow-up” with its hyphen where it is a thing, not something people do (NHS punctuation page).
 */
import { describe, expect, it } from 'vitest';
import { fixedText, found, lint } from './helpers/house-style.js';

describe('house-style: word forms the NHS guide sets', () => {
  it('asks for the NHS forms of medicines and feeding words', async () => {
    const text = 'Take non drowsy tablets. Your GP may give you anti-coagulants or beta-blockers. Put in the eyedrops. Breast feeding helps.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'non drowsy → non-drowsy',
      'anti-coagulants → anticoagulants',
      'beta-blockers → beta blockers',
      'eyedrops → eye drops',
      'Breast feeding → Breastfeeding',
    ]);
    expect(findings[0]!.message).toBe('Write “non-drowsy”, not “non drowsy”.');
    expect(findings[0]!.data?.source).toBe('https://service-manual.nhs.uk/content/punctuation#hyphens');
    expect(fixedText(text, findings)).toBe(
      'Take non-drowsy tablets. Your GP may give you anticoagulants or beta blockers. Put in the eye drops. Breastfeeding helps.',
    );
  });

  it('leaves them alone under govuk, and leaves the NHS forms alone', async () => {
    expect(await found('Use eyedrops and see the sitemap.', { guide: 'govuk' })).toEqual([]);
    expect(await found('Use eye drops, beta blockers and anticoagulants. See the site map. Ask about lip-reading.')).toEqual([]);
  });
});

describe('house-style: word forms the GOV.UK guide sets', () => {
  it('asks for the GOV.UK forms under govuk', async () => {
    const text = 'Call the help desk with your user name. We coordinated the dataset. Staff on a zero hours contract.';
    const findings = await lint(text, { guide: 'govuk' });
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'help desk → helpdesk',
      'user name → username',
      'coordinated → co-ordinated',
      'dataset → data set',
      'zero hours contract → zero-hours contract',
    ]);
    expect(findings[2]!.data?.source).toBe('https://www.gov.uk/guidance/style-guide/a-to-z#hyphenation');
  });

  it('leaves them alone under nhs, and a capitalised name mid-sentence under govuk', async () => {
    expect(await found('Call the help desk. We coordinated care.')).toEqual([]);
    expect(await found('Ask the Care Coordination Team.', { guide: 'govuk' })).toEqual([]);
    // A style note that names the form to avoid.
    expect(await found('Write web server as 2 words. Not webserver.', { guide: 'govuk' })).toEqual([]);
    expect(await found('We do not coordinate it.', { guide: 'govuk' })).toEqual(['terms: coordinate']);
  });
});

describe('house-style: “NHS-funded” and the like', () => {
  it('asks for a hyphen after “NHS” before a noun, as after other nouns', async () => {
    const text = 'You can get NHS funded medicines at NHS run clinics.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['NHS funded → NHS-funded', 'NHS run → NHS-run']);
  });

  it('leaves the NHS doing something alone', async () => {
    expect(await found('The NHS funded 40 new beds. The NHS led the way. This care is NHS funded.')).toEqual([]);
  });
});

describe('house-style: one-to-one in words', () => {
  it('asks for “one-to-one” in place of “1-2-1” and “1-to-1”', async () => {
    const text = 'We offer 1-2-1 support in person. Ask for a 1-to-1 session.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['1-2-1 → one-to-one', '1-to-1 → one-to-one']);
    expect(fixedText(text, findings)).toBe('We offer one-to-one support in person. Ask for a one-to-one session.');
  });

  it('leaves other numbers with hyphens alone', async () => {
    expect((await found('Call 0300-1-2-100. The team won 2-1. Pages 1-2 and 1-21.')).filter((f) => f.includes('1-2-1'))).toEqual([]);
  });

  it('asks for “one-to-one” in place of “1-1” and “1:1”', async () => {
    const text = 'We held 1-1 meetings with parents. You can ask for 1:1 support.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['1-1 → one-to-one', '1:1 → one-to-one']);
  });

  it('leaves dates, times and longer numbers with “1-1” in them alone', async () => {
    expect((await found('Read form 11-1 or 1-11. It starts at 1:15pm on 1-1-2027.')).filter((f) => /one-to-one/.test(f))).toEqual([]);
  });
});

describe('house-style: medicine words with a hyphen', () => {
  it('asks for “short-lived” after a verb too, and for “fast-acting” and “slow-release” before a noun', async () => {
    const text = 'The redness is short lived. Use the fast acting insulin, or take slow release tablets.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'short lived → short-lived',
      'fast acting → fast-acting',
      'slow release → slow-release',
    ]);
    expect(fixedText(text, findings)).toBe('The redness is short-lived. Use the fast-acting insulin, or take slow-release tablets.');
  });

  it('leaves the words alone where they describe no noun', async () => {
    expect(await found('The slow release of the medicine helps. The insulin starts fast acting on its own.')).toEqual([]);
    expect(await found('The redness is short-lived.')).toEqual([]);
  });
});

describe('house-style: follow-up', () => {
  it('asks for “follow-up” where it is a thing', async () => {
    const text =
      'You will get a follow up appointment. Your follow up is by phone. Ask about follow up care. We made 3 follow ups.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual([
      'hyphens: follow up',
      'hyphens: follow up',
      'hyphens: follow up',
      'hyphens: follow ups',
    ]);
    expect(findings[0]!.message).toBe('Write “follow-up” with a hyphen when it is a thing, not something people do.');
    expect(fixedText(text, findings)).toBe(
      'You will get a follow-up appointment. Your follow-up is by phone. Ask about follow-up care. We made 3 follow-ups.',
    );
  });

  it('leaves the verb and names alone', async () => {
    expect(
      await found(
        'The GP will follow up with you. Staff follow up letters quickly. We follow up calls within a day. ' +
          'Follow up calls within a day. Go to the Follow Up Clinic. Services that follow up patients help.',
      ),
    ).toEqual([]);
  });

  it('asks for “Follow-up” at the start of a sentence or heading only when a verb follows the noun, or the heading ends', async () => {
    const text = '## Follow up appointments\n\nFollow up appointments are by phone. Follow up care is free.';
    expect(await found(text)).toEqual(['hyphens: Follow up', 'hyphens: Follow up', 'hyphens: Follow up']);
    // the verb: an object with more after it, or a heading that goes on
    expect(await found('We book by phone. Follow up appointments with a call.\n\n## Follow up calls with the GP\n\nText us.')).toEqual([]);
  });

  it('leaves “follow up meeting” to the capitals rule when the page also writes “follow-up meeting”', async () => {
    // The capitals rule names the 2 ways of writing one term; this rule would say it again.
    expect(await found('Put your follow-up meeting in your diary. Ask if your follow up meeting is late.')).toEqual([]);
    expect(await found('Put your follow-up meeting in your diary. Ask if your follow up call is late.')).toEqual(['hyphens: follow up']);
  });

  it('asks for “medium-term” before a noun, not in “the medium term”', async () => {
    expect(await found('This is a medium term plan. In the medium term we will grow.')).toEqual(['hyphens: medium term']);
  });
});

describe('house-style: “-based”, “-centred” and “-friendly” before a noun', () => {
  it('asks for the hyphen when the words describe a noun', async () => {
    const text = 'We give evidence based care and person centred support. Our town has dementia friendly shops.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual([
      'hyphens: evidence based',
      'hyphens: person centred',
      'hyphens: dementia friendly',
    ]);
    expect(findings[0]!.message).toBe('Write “evidence-based” with a hyphen before a noun, as in “evidence-based care”.');
    expect(fixedText(text, findings)).toBe('We give evidence-based care and person-centred support. Our town has dementia-friendly shops.');
  });

  it('leaves “based on”, “based in”, adverbs, names and words with no noun after them alone', async () => {
    expect(
      await found(
        'The clinic is based in Leeds. It is based on research. Decisions are based upon facts. Staff work clinically based here. ' +
          'The team is very friendly staff. Ask about UK based services. Join the Person Centred Care Team. ' +
          'The service is community based and local. Everyone was friendly and kind. Our kind friendly staff help. ' +
          'Our teams based throughout the county can help.',
      ),
    ).toEqual([]);
  });

  it('reads “to” before the words as a word before a noun: “back to face to face meetings”', async () => {
    expect(await found('The board went back to face to face meetings. We moved to out of hours care.', { guide: 'govuk' })).toEqual([
      'hyphens: face to face',
      'hyphens: out of hours',
    ]);
    // a verb after “to”, or no noun after the words, is left alone
    expect(await found('We talk to people face to face. We went back to face to face.', { guide: 'govuk' })).toEqual([]);
  });

  it('reads “as” before the words as a word before a noun: “listed as face to face appointments”', async () => {
    expect(await found('Some visits listed as face to face appointments may be by phone.', { guide: 'govuk' })).toEqual(['hyphens: face to face']);
    // no noun after the words: left alone
    expect(await found('We see people as face to face as we can. We meet as in person.', { guide: 'govuk' })).toEqual([]);
  });

  it('leaves it to the capitals rule when the page also writes the words with a hyphen', async () => {
    expect(await found('We use user-centred design. Learn about user centred design.')).toEqual([]);
  });
});

describe('house-style: compound adjectives by pattern before a noun', () => {
  it('asks for the hyphen in each kind of compound before a noun', async () => {
    const text =
      'We have full time posts and part time roles. Final year pupils can join. Book a same day visit. ' +
      'We run a one week course and a two way chat. Ask about nurse led clinics, work related stress and ' +
      'condition specific advice. These are council wide plans. Read the step by step guide for out of hours care. ' +
      'Book a one to one session. It is a well known risk. Call 999 for life threatening injuries.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt}`)).toEqual([
      'hyphens: full time',
      'hyphens: part time',
      'hyphens: Final year',
      'hyphens: same day',
      'hyphens: one week',
      'hyphens: two way',
      'hyphens: nurse led',
      'hyphens: work related',
      'hyphens: condition specific',
      'hyphens: council wide',
      'hyphens: step by step',
      'hyphens: out of hours',
      'hyphens: one to one',
      'hyphens: well known',
      'hyphens: life threatening',
    ]);
    expect(findings[0]!.message).toBe('Write “full-time” with a hyphen before a noun, as in “full-time posts”.');
    expect(fixedText(text, findings)).toBe(
      'We have full-time posts and part-time roles. Final-year pupils can join. Book a same-day visit. ' +
        'We run a one-week course and a two-way chat. Ask about nurse-led clinics, work-related stress and ' +
        'condition-specific advice. These are council-wide plans. Read the step-by-step guide for out-of-hours care. ' +
        'Book a one-to-one session. It is a well-known risk. Call 999 for life-threatening injuries.',
    );
  });

  it('leaves the words alone where they describe no noun', async () => {
    expect(
      await found(
        'Staff who work part time can apply. She worked full time until May. You can work full time or part time. ' +
          'In the first year pupils learn to read. The first time you visit, bring a letter. Read the first line. ' +
          'It happens on the same day each week. Results come back the same day. One day people will see. ' +
          'We met one day last week. Take one week off. One way staff can help is to listen. ' +
          'The nurse led the clinic. A nurse led pupils to safety. Our team led work on it. The council funded projects last year. ' +
          'Group related questions together. The care is high quality. It is a wide range. ' +
          'Apply in person Monday to Friday. Come in person or call. If you need help out of hours call 111. ' +
          'Prices rose year on year across the region. Read it from end to end before you start. Talk one to one with a nurse. ' +
          'Put an end to one problem. It works as well trained staff know. The team is well placed to help. ' +
          'The Red Cross volunteers came. Cross the road at the lights. Staff work specific hours. ' +
          'Please state specific dates. We value specific feedback. Avoid the school run traffic. ' +
          'She may go part time next year. The clinic is well known amongst parents.',
      ),
    ).toEqual([]);
  });

  it('asks for the hyphen in “-free”, “-scale”, “first-hand”, “on-call” and the like', async () => {
    const text =
      'Have 2 alcohol free days. We plan large scale changes. Get first hand advice. Use long acting insulin. ' +
      'Ask the on call nurse. Do not use out of date creams.';
    const findings = await lint(text);
    expect(fixedText(text, findings)).toBe(
      'Have 2 alcohol-free days. We plan large-scale changes. Get first-hand advice. Use long-acting insulin. ' +
        'Ask the on-call nurse. Do not use out-of-date creams.',
    );
    expect(
      await found(
        'Stay symptom free for 2 days. Keep your home smoke free all year. On a large scale we act. I saw it first hand. ' +
          'The nurse is on call tonight. We rely on call handlers. Throw away creams that are out of date now.',
      ),
    ).toEqual([]);
  });

  it('leaves names in capitals alone', async () => {
    expect(await found('Join the Nurse Led Clinic. Call the Out of Hours Service. Read the Full Time Guide.')).toEqual([]);
  });

  it('asks for “high-quality” and “face-to-face” only under govuk: the NHS manual writes them with no hyphen', async () => {
    const text = 'We give a high quality service to people at high risk of falls. We offer face to face appointments.';
    expect(await found(text, { guide: 'govuk' })).toEqual(['hyphens: high quality', 'hyphens: face to face']);
    expect(await found(text)).toEqual([]);
  });

  it('leaves it to the capitals rule when the page also writes the words with a hyphen', async () => {
    expect(await found('We have full-time posts. Ask about full time posts.')).toEqual([]);
    // singular or plural after the words
    expect(await found('We have full-time posts. Ask about a full time post.')).toEqual([]);
    expect(await found('We hold follow-up meetings. Book your follow up meeting.')).toEqual([]);
  });
});

describe('house-style: a hyphen in a phrasal verb', () => {
  it('asks for “sign up”, “check in” and “opt out” with no hyphen when they are something people do', async () => {
    const text = 'Follow the steps to sign-up. Please check-in at the desk. You must opt-out by Friday.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'hyphens: sign-up → sign up',
      'hyphens: check-in → check in',
      'hyphens: opt-out → opt out',
    ]);
    expect(fixedText(text, findings)).toBe('Follow the steps to sign up. Please check in at the desk. You must opt out by Friday.');
  });

  it('asks for “follow up” with no hyphen after “will”, “to” or “can”, and leaves the noun alone', async () => {
    const text = 'We will follow-up with you in May. You need to follow-up on the results. We can follow-up your referral.';
    const findings = await lint(text);
    expect(findings.map((f) => `${f.data?.check}: ${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual([
      'hyphens: follow-up → follow up',
      'hyphens: follow-up → follow up',
      'hyphens: follow-up → follow up',
    ]);
    expect(findings[0]!.message).toBe('Write “follow up” with no hyphen when it is something people do.');
    expect(
      await found('The follow-up is free. Book your follow-up appointment. You will get a follow-up call. We need to follow-up patients more. Go to follow-up clinic 2.'),
    ).toEqual([]);
  });

  it('leaves the nouns alone: “the sign-up form”, “go to sign-up page”, “your check-in time”', async () => {
    expect(await found('Fill in the sign-up form. Go to sign-up page 2. Your check-in time is 9am. The opt-out scheme is open.')).toEqual([]);
  });
});

describe('house-style: take-home pay', () => {
  it('asks for a hyphen in “take-home” before a noun, not after a verb’s helper', async () => {
    const findings = await lint('Your take home pay must be £300 or less a week.');
    expect(findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['take home → take-home']);
    expect(await found('You can take home leaflets. Please take home your bag. We take home 2 boxes.')).toEqual([]);
  });
});
