/**
 * Issue 18, spelling: typing slips that make real words, so a spell check passes them, found only in
 * frames that leave no doubt: “or” typed as “of” (“one of more”), “you” and “your” swapped, “its”
 * for “it's”, “then” for “than”, “of” for “off”, “passed” for “past”, a word left out (“be able
 * attend”, “in order make”), “each patients”, “anyone who have”, “are” for “our”. Each pattern has
 * sentences where the same words are right and must be left alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { applyFixes as apply } from '../src/fix/apply.js';
import type { Finding, Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

const confused = builtinRules.find((r) => r.meta.id === 'confused-words')!;

async function lint(r: Rule, text: string): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(r, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const flagged = async (text: string) => (await lint(confused, text)).map((f) => `${f.excerpt} → ${f.suggestions?.[0] ?? '-'}`);
const messages = async (text: string) => (await lint(confused, text)).map((f) => f.message);
const fixed = async (text: string) => apply(text, (await lint(confused, text)).flatMap((f) => (f.fix ? [f.fix] : []))).text;

describe('confused-words: “of” typed for “or” in set pairs', () => {
  it('“one of more”, “more of less”, “whether of not”', async () => {
    expect(await flagged('Pick one of more dates. The cost is more of less the same. Whether of not you come, call us. Sooner of later it heals.')).toEqual([
      'one of more → one or more',
      'more of less → more or less',
      'Whether of not → Whether or not',
      'Sooner of later → Sooner or later',
    ]);
    expect(await fixed('Pick two of more dates.')).toBe('Pick two or more dates.');
  });

  it('leaves “one of more than 50 clinics” alone', async () => {
    expect(await flagged('It is one of more than 50 clinics. Tell one or more of us. Two of more importance are here.')).toEqual([]);
  });
});

describe('confused-words: “you” and “your” swapped', () => {
  it('finds “you and you family”, “bring you letter”, “to you home”, “with you costs”', async () => {
    expect(await flagged('Help for you and you family. Please bring you letter. We will come to you home. We can help with you costs.')).toEqual([
      'you → your',
      'you → your',
      'you → your',
      'you → your',
    ]);
  });

  it('finds “your could”, “your are” and “contact your when”', async () => {
    expect(await messages('Your could be at risk. If your are unwell, stay home. We will contact your when the results are in.')).toEqual([
      'Check “Your could”: “your” here should be “you”.',
      'Check “your are”: “your” here should be “you”.',
      'Check “contact your”: “your” here should be “you”.',
    ]);
  });

  it('leaves the right words alone', async () => {
    const text =
      'Do you own a car? Bring you and your child. We will see you home safely. We will contact your GP when you are ready. ' +
      'Exercises help your back. The doctor will see your back. Your will is a legal document. We bring you letters and news. ' +
      'A big thank you to you carers. We have news for you parents.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: “its” for “it’s” before an adjective and “to” or “that”', () => {
  it('finds “its important to” and “its worth asking”', async () => {
    expect(await flagged('Its important to rest. We think its likely that you will recover. Its worth asking your pharmacist.')).toEqual([
      "Its → It's",
      "its → it's",
      "Its → It's",
    ]);
  });

  it('leaves the possessive alone', async () => {
    expect(await flagged('The charity and its important work. The team did its best to help. The NHS uses its time to help. The heart and its normal rhythm. The app and its easy to use design.')).toEqual([]);
  });
});

describe('confused-words: “then” for “than” before a length of time or a share', () => {
  it('finds “less then an hour” and “more then a third”', async () => {
    expect(await flagged('We saw you in less then an hour. More then a third of people wait. It took longer then needed.')).toEqual([
      'less then → less than',
      'More then → More than',
      'longer then → longer than',
    ]);
  });

  it('leaves “then” as time alone', async () => {
    expect(await flagged('Rest for a bit more, then a week later come back. Eat less, then an hour later walk.')).toEqual([]);
  });
});

describe('confused-words: “of” for “off”, and “passed” for “past”', () => {
  it('finds “take of your shoes”, “aware off” and “in the passed”', async () => {
    expect(await flagged('Please take of your shoes. Be aware off the risks. In the passed, we sent letters. Over the passed 3 years it grew.')).toEqual([
      'take of → take off',
      'aware off → aware of',
      'the passed → the past',
      'the passed → the past',
    ]);
  });

  it('leaves the right words alone', async () => {
    expect(await flagged('Take the amount of your medicine you need. How much you take of your medicine depends on your weight. In the past we sent letters. The passed motion is here.')).toEqual([]);
  });
});

describe('confused-words: a little word left out', () => {
  it('finds “be able attend”, “will able to”, “will need bring”, “in order make”, “as soon possible”', async () => {
    const text =
      'You will be able attend on Monday. You need to able to walk. You will need bring your letter. ' +
      'We call you in order make a plan. Reply as soon possible.';
    expect(await flagged(text)).toEqual([
      'able → able to',
      'to able to → be able to',
      'need → need to',
      'in order → in order to',
      'as soon possible → as soon as possible',
    ]);
    expect(await fixed('You will be able attend. We call in order make a plan.')).toBe('You will be able to attend. We call in order to make a plan.');
  });

  it('leaves the right words alone', async () => {
    const text =
      'We are able to attend. People not able to travel can call. Those in need get support. If need be, we will call. ' +
      'The tests you need take 10 minutes. Put the files in order first. In order of priority, we see you.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: “go” with “to” left out before a place', () => {
  it('finds “go the clinic” and “goes the ward”, and does not fix it (the writer checks)', async () => {
    expect(await flagged('When you arrive, go the main entrance. Your letter goes the ward first.')).toEqual(['go → go to', 'goes → go to']);
  });

  it('leaves “go to the clinic”, “go the extra mile” and “go the same way” alone', async () => {
    expect(await flagged('Go to the clinic. Our staff go the extra mile. The results go the same way.')).toEqual([]);
  });
});

describe('confused-words: an apostrophe left out before a name or an address', () => {
  it('finds “the applicants name” and “your carers address”', async () => {
    expect(await flagged('Write the applicants name here. Put your carers address on the form.')).toEqual([
      "applicants → applicant's",
      "carers → carer's",
    ]);
    expect(await messages('The doctors name is on the letter.')).toEqual(["An apostrophe is missing: write “doctor's” in place of “doctors”."]);
  });

  it('leaves plurals that name or address something alone', async () => {
    expect(await flagged('Our doctors name a nurse for each ward. The carers address their worries to the team. Applicants name 2 referees.')).toEqual([]);
  });
});

describe('confused-words: “quick” for “quickly” after a verb', () => {
  it('finds “respond as quick as possible”', async () => {
    expect(await flagged('We will respond as quick as possible. We will see you as quick as we can.')).toEqual(['quick → quickly', 'quick → quickly']);
  });

  it('leaves “as quick as possible” about a thing alone', async () => {
    expect(await flagged('Make the process as quick as possible. Keep your reply as quick as you can. Make it as quick as possible.')).toEqual([]);
  });
});

describe('confused-words: sound-alike slips in narrow frames', () => {
  it('finds “let you now”, “are please to”, “insuring that”, “who’s appointment”, “be close on”, “accept bank holidays”, “explain you”, “be advise that”', async () => {
    const text =
      'We will let you now when it is ready. We are please to announce a new clinic. We are insuring that everyone is safe. ' +
      "Patients who's appointments moved will get a letter. The clinic will be close on Monday. We are open every day accept bank holidays. " +
      'The nurse will explain you what to do. Please be advise that we have moved.';
    expect(await flagged(text)).toEqual([
      'now → know',
      'please → pleased',
      'insuring that → ensuring that',
      "who's → whose",
      'close → closed',
      'accept → except',
      'explain you → explain to you',
      'be advise → be advised',
    ]);
  });

  it('leaves the right words alone', async () => {
    const text =
      'We will let you now decide. We aim to please. Please call us. We insured that property. Who’s going to call you? ' +
      'The ward is close to the car park. It is close on 10 years since we opened. We accept cards. We will explain what happens. We explained you should rest.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: one thing and a plural word', () => {
  it('finds “each patients” and “anyone who have”', async () => {
    expect(await flagged('Each patients will get a letter. Anyone who have symptoms should call. A person who need help can ask.')).toEqual([
      'Each → -',
      'who have → who has',
      'who need → who needs',
    ]);
  });

  it('leaves plurals and “each of the” alone', async () => {
    expect(await flagged('Each of the patients will get a letter. They each had patients to see. People who have symptoms should call. Parents or carers who need help can ask.')).toEqual([]);
  });
});

describe('confused-words: “are” typed for “our”', () => {
  it('finds “visit are website” and “one of are nurses”', async () => {
    expect(await messages('Visit are website for details. One of are nurses will call you.')).toEqual([
      'Check “are website”: “are” here should be “our”.',
      'Check “are nurses”: “are” here should be “our”.',
    ]);
  });

  it('leaves “are” as a verb alone', async () => {
    expect(await flagged('The people we work with are patients. The places we visit are local. Those we rely on are staff. All are welcome.')).toEqual([]);
  });
});

describe('confused-words: “be” or “to” left out', () => {
  it('finds “will sent”, “can referred”, “going make”, “will have attend”, “would able to”', async () => {
    const text = 'You will sent a letter. Patients can referred by a GP. We are going make changes. You will have attend in person. You would able to park.';
    expect(await flagged(text)).toEqual(['will → will be', 'can → can be', 'going → going to', 'have → have to', 'would able to → be able to']);
    expect(await fixed('You will sent a letter.')).toBe('You will be sent a letter.');
  });

  it('leaves a will, “going well” and “will have seen” alone', async () => {
    const text =
      'The will made by your mother is valid. A living will given to your GP helps. Things are going well. We are going home. ' +
      'You will have seen a letter. You will have time to rest. You will be sent a letter.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: more sound-alike slips in narrow frames', () => {
  it('finds lose, weather, where, they, our, witch, no, much and ever', async () => {
    const text =
      'They hospital is near. Wear lose clothing. Check weather you can come. You where asked to bring ID. We our committed to this. ' +
      'The form, witch is online, is short. Please let us no if you cannot come. How much people came? Take it once ever day.';
    expect(await flagged(text)).toEqual([
      'They → The',
      'lose → loose',
      'weather → whether',
      'where → were',
      'our → are',
      'witch → which',
      'no → know',
      'much → many',
      'ever → every',
    ]);
  });

  it('leaves the right words alone', async () => {
    const text =
      'You could lose weight. In wet weather you should wear a coat. We will show you where to go. Staff where possible will help. ' +
      'They nurse patients at home. They first met here. When you get there our team will help. The witch in the play was scary. ' +
      'Let us no longer wait. Thank you very much. It was our best ever day. It was the busiest ever week.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: too and two, past and passed, lay and lie, and others', () => {
  it('finds them', async () => {
    const text =
      'We want too help you. Take it for to weeks. Take one or to tablets. It takes to or three days. Sadly, she has past away. ' +
      'Your appointment was bought forward. We pay your bus fair. Nurses play a key roll. Please lay down on your back. Avoid laying on your back.';
    expect(await flagged(text)).toEqual([
      'too → to',
      'to weeks → -',
      'one or to → one or two',
      'to or three → two or three',
      'past → passed',
      'bought forward → brought forward',
      'fair → fare',
      'roll → role',
      'lay → lie',
      'laying → lying',
    ]);
  });

  it('leaves the right words alone', async () => {
    const text =
      'I want too many things. It is going too far. We have too much work. Move over to days. Talk to one or to many. ' +
      'We have past experience of this. The past year was hard. We bought in bulk. The travel fair is in May. A bread roll. ' +
      'She lay down on the bed after lunch. The rules lay down the law. Hens are laying eggs. You can lie down on your back.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: the same words as verbs or in other senses are left alone', () => {
  it('“not much changes”, “lose teeth”, “sadly past its best”, “the witch of”', async () => {
    const text =
      'Not much changes after the operation. Much calls for care. You may lose teeth. You may lose change from your pocket. ' +
      'You might lose clothing in the wash. The building is sadly past its best. The witch of the west. They following the plan.';
    expect(await flagged(text)).toEqual([]);
    expect(await flagged('Wear lose clothing. She sadly past away.')).toEqual(['lose → loose', 'past → passed']);
  });
});

describe('“every since” and “an on going problem”', () => {
  const misspellings = builtinRules.find((r) => r.meta.id === 'misspellings')!;
  it('finds them, and leaves “keep on going” alone', async () => {
    expect(await flagged('Every since the change, we are busy.')).toEqual(['Every since → Ever since']);
    const found = await lint(misspellings, 'This is an on going problem. The work is on going. Keep on going. Carry on going to the lift.');
    expect(found.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`)).toEqual(['on going → ongoing', 'on going → ongoing']);
  });
});
