/**
 * Issue 18, spelling: real words in the wrong place (confused-words, rules/data/lists/confused-words.json)
 * and the UK noun and verb pair practice/practise (uk-spelling). Each pair is found only in a frame
 * that leaves no doubt, and each has sentences where the same words are right and must be left
 * alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import ukSpelling from '../rules/uk-spelling.js';
import spelling from '../rules/spelling.js';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { applyFixes as apply } from '../src/fix/apply.js';
import type { Finding, Rule } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';

const confused = builtinRules.find((r) => r.meta.id === 'confused-words')!;

async function lint(rule: Rule, text: string): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, {}));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const flagged = async (text: string, rule: Rule = confused) => (await lint(rule, text)).map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`);
const fixed = async (text: string, rule: Rule = confused) =>
  apply(text, (await lint(rule, text)).flatMap((f) => (f.fix ? [f.fix] : []))).text;

describe('confused-words: a real word in the wrong place, where the frame is clear', () => {
  it('“could of” for “could have”, but not “could of course” or “the might of”', async () => {
    expect(await flagged('We could of told you. You should of called us.')).toEqual(['could of → could have', 'should of → should have']);
    expect(await flagged('You could of course call us. The might of the team is clear. It is a must of sorts.')).toEqual([]);
    expect(await fixed('We would of called you.')).toBe('We would have called you.');
  });

  it('“you” for “your” before a booked or next appointment', async () => {
    expect(await flagged('Wait until 5 minutes before you scheduled appointment. Bring it to you next appointment.')).toEqual([
      'you → your',
      'you → your',
    ]);
    expect(await flagged('Before you booked the appointment, we called. We saw you at your last appointment.')).toEqual([]);
  });

  it('“ton” for “to” before a verb, but not a ton of something', async () => {
    expect(await flagged('Are you happy ton continue? Ask ton see a nurse.')).toEqual(['ton → to', 'ton → to']);
    expect(await flagged('We got a ton of letters. The lorry weighs a ton.')).toEqual([]);
  });

  it('a plural verb after “each of” or “one of” and a noun: “each of our hospitals play”', async () => {
    expect(await flagged('Each of our hospitals play a part. One of our nurses provide the care.')).toEqual(['play → plays', 'provide → provides']);
    expect(await flagged('Our hospitals play a part. One of the best play areas is here. One of the nurses who have trained will call.')).toEqual([]);
  });

  it('“some many” for “so many”', async () => {
    expect(await flagged('It was good to see some many of you at the event.')).toEqual(['some many → so many']);
    expect(await flagged('Some people and many staff came. So many of you helped.')).toEqual([]);
  });

  it('advice and advise: the noun after “for”, “the”, “get”; the verb before “you”', async () => {
    expect(await flagged('Ask your pharmacist for advise. The advise is free. Please advice us of any change.')).toEqual([
      'advise → advice',
      'advise → advice',
      'advice → advise',
    ]);
    expect(await flagged('We advise you to book. We will further advise you. Access to advice on diet is free. How can advice on diet help?')).toEqual([]);
  });

  it('device and devise', async () => {
    expect(await flagged('Bring your mobile devise to the clinic.')).toEqual(['devise → device']);
    expect(await flagged('We will devise a plan with you. The board devises the budget.')).toEqual([]);
  });

  it('stationery and stationary', async () => {
    expect(await flagged('Order office stationary by Friday. Cars must remain stationery.')).toEqual(['stationary → stationery', 'stationery → stationary']);
    expect(await flagged('The bus was stationary. We buy stationery online.')).toEqual([]);
  });

  it('complementary therapies and compliments, but not a complimentary drink', async () => {
    expect(await flagged('We offer complimentary therapies. Send us your complements and complaints.')).toEqual([
      'complimentary → complementary',
      'complements → compliments',
    ]);
    expect(await flagged('Enjoy a complimentary drink. The two services complement each other. Send compliments and complaints.')).toEqual([]);
  });

  it('principal and principle', async () => {
    expect(await flagged('The principle investigator agreed in principal.')).toEqual(['principle → principal', 'in principal → in principle']);
    expect(await flagged('Our principles of care are clear. The principal investigator agreed in principle.')).toEqual([]);
  });

  it('dependent on, but a dependant is a person', async () => {
    expect(await flagged('People dependant on insulin can get free prescriptions.')).toEqual(['dependant → dependent']);
    expect(await flagged('You and your dependants can apply. Each dependant needs a form.')).toEqual([]);
  });

  it('effect and affect: the noun after “side” or before “on”, the verb after “may”', async () => {
    expect(await flagged('Tell us about side affects. It had an affect on my sleep. This may effect your benefits. People worst effected by the floods can apply.')).toEqual([
      'affects → effects',
      'affect → effect',
      'effect → affect',
      'effected → affected',
    ]);
    expect(await flagged('A flat affect can be a sign of depression. We will effect change. To that effect you should write. The change was effected by the board.')).toEqual([]);
  });

  it('whose and who’s', async () => {
    expect(await flagged('A person who’s first language is not English. A carer whose going to help.')).toEqual(['who’s → whose', 'whose → who\'s']);
    expect(await flagged('Who’s been told? A woman whose baby was born early. Who’s going to help?')).toEqual([]);
  });

  it('its and it’s', async () => {
    expect(await flagged('The trust and it’s own staff. Its a busy clinic and its not easy to park.')).toEqual(['it’s → its', 'Its → It\'s', 'its → it\'s']);
    expect(await flagged('The trust and its own staff. The team and its important work. It’s a busy clinic.')).toEqual([]);
  });

  it('lose and loose, but not loose stools', async () => {
    expect(await flagged('You may loose weight. Loosing your sight is frightening.')).toEqual(['loose → lose', 'Loosing → Losing']);
    expect(await flagged('Loose stools can be a sign. Wear loose clothes. Changes to loose teeth.')).toEqual([]);
  });

  it('there, their and they’re, only in the clearest frames', async () => {
    expect(await flagged('Their are 3 clinics. They made there own choice. They’re own children came.')).toEqual([
      'Their → There',
      'there → their',
      'They’re → Their',
    ]);
    expect(await flagged('Their own GP will call. Is there anything else? They’re on their way. There is a clinic there.')).toEqual([]);
  });

  it('your and you’re', async () => {
    expect(await flagged('Your welcome to join us. If your able to walk, come in. You’re own doctor can help.')).toEqual([
      'Your → You\'re',
      'your → you\'re',
      'You’re → Your',
    ]);
    expect(await flagged('Your welcome pack is here. When you’re home, rest. Your being here helps.')).toEqual([]);
  });

  it('than and then: “rather then”, and “more then” before a number', async () => {
    expect(await flagged('We would rather then wait. More then 20 people came.')).toEqual(['rather then → rather than', 'More then → More than']);
    expect(await flagged('We will see each other then. If you scored 5 or more then a nurse will call. Prices were higher then.')).toEqual([]);
  });

  it('set phrases: whether or not, bear in mind, ensure that, risk-averse, sneak peek, per se', async () => {
    expect(await flagged('Weather or not you come, please bare in mind the rules. We insure that all patients are seen.')).toEqual([
      'Weather or not → Whether or not',
      'bare in mind → bear in mind',
      'insure that → ensure that',
    ]);
    expect(await flagged('We are risk adverse. Here is a sneak peak. It is not bad per say.')).toEqual(['risk adverse → risk-averse', 'sneak peak → sneak peek', 'per say → per se']);
    expect(await flagged('In hot weather you should drink water. Bear with us. You must insure that car. Bare feet are fine.')).toEqual([]);
  });

  it('morale, choose, every day, breathe, led, waive, set up, utmost, accept', async () => {
    expect(
      await flagged(
        'Staff moral is low. You can chose a GP. We are open everyday of the week. It was hard to breath. Take a deep breathe. ' +
          'The team was lead by a nurse. We will wave the fee. We will setup a clinic. We will do our upmost. We do not except cash.',
      ),
    ).toEqual([
      'moral → morale',
      'chose → choose',
      'everyday → every day',
      'breath → breathe',
      'breathe → breath',
      'was lead by → was led by',
      'wave → waive',
      'setup → set up',
      'upmost → utmost',
      'except → accept',
    ]);
    expect(
      await flagged(
        'Staff moral injury is real. We chose a GP. Everyday tasks can be hard. Take a breath. Our clinical lead is here. ' +
          'Wave goodbye. The setup is easy. Everyone except the staff. The upmost floor is closed.',
      ),
    ).toEqual([]);
  });

  it('leaves names, quoted words and link text to other websites alone', async () => {
    expect(await flagged('We do not say “could of”. Read [Their Are Clinics](https://example.org/clinics).')).toEqual([]);
  });

  it('a fix keeps the writer’s capitals', async () => {
    expect(await fixed('Its a busy day. Loosing weight is hard.')).toBe('It\'s a busy day. Losing weight is hard.');
  });
});

describe('uk-spelling: practice is the noun and practise the verb (NHS A to Z)', () => {
  it('the noun after “a”, “your GP”, “into”; the verb after “need to”, “fitness to”', async () => {
    expect(await flagged('Your GP practise is open. Put it into practise. You need to practice every day. Fitness to practice hearings. Practicing GPs.', ukSpelling)).toEqual([
      'practise → practice',
      'practise → practice',
      'practice → practise',
      'practice → practise',
      'Practicing → Practising',
    ]);
  });

  it('leaves the right forms alone, and a noun after a verb-like word', async () => {
    expect(
      await flagged(
        'Practise your breathing. Your GP practice is open. How can practice nurses help? What will practice look like? Doctors that practise here. Return to Practice is a course.',
        ukSpelling,
      ),
    ).toEqual([]);
  });

  it('does not say the document spells the word 2 ways when it uses both the noun and the verb', async () => {
    const found = await lint(ukSpelling, 'Our practice is open. Your GP practise will call.');
    expect(found.map((f) => f.message)).toEqual(['“practise” is the verb in UK English. The noun is “practice”, as in “GP practice”.']);
  });
});

describe('confused-words: capitals and names that look like the words of a frame', () => {
  it('“its A to Z” and “its A&E” are names, not “its a”', async () => {
    expect(await flagged('The NHS and its A to Z guide. The hospital and its A&E department.')).toEqual([]);
  });

  it('“their IS team” is an acronym, not “their is”', async () => {
    expect(await flagged('The council and their IS team will help.')).toEqual([]);
  });

  it('“there” before a noun after a verb or a preposition, but not after “is” or “and”', async () => {
    expect(await flagged('Patients can make there appointments online. We care for there families.')).toEqual(['there → their', 'there → their']);
    expect(await flagged('Is there treatment for it? Go to the park, and there children can play.')).toEqual([]);
  });
});

describe('misspellings: one word written as 2', () => {
  const misspellings = builtinRules.find((r) => r.meta.id === 'misspellings')!;

  it('finds “wheel chair”, “web site” and “your self”, with a fix', async () => {
    const found = await lint(misspellings, 'Bring your wheel chair. See our web site. Look after your self.');
    expect(found.map((f) => f.message)).toEqual([
      '“wheel chair” is one word: write “wheelchair”.',
      '“web site” is one word: write “website”.',
      '“your self” is one word: write “yourself”.',
    ]);
    expect(await fixed('Bring your wheel chair.', misspellings)).toBe('Bring your wheelchair.');
  });

  it('leaves alone “your self esteem” and “my self worth”', async () => {
    expect(await lint(misspellings, 'Build your self esteem and my self worth. It helps your self-esteem.')).toEqual([]);
    expect(await lint(misspellings, 'Pay tax on your self employment income. Keep your self isolating period short.')).toEqual([]);
  });

  it('finds “pain killers”, “tooth brush”, “heart burn”, “tooth ache” and “eye sight”, but not the same words apart', async () => {
    const found = await lint(misspellings, 'Take pain killers for tooth ache. Use a soft tooth brush. Heart burn can hurt. Check your eye sight.');
    expect(found.map((f) => f.excerpt)).toEqual(['pain killers', 'tooth ache', 'tooth brush', 'Heart burn', 'eye sight']);
    expect(await fixed('Take simple pain killers.', misspellings)).toBe('Take simple painkillers.');
    expect(
      await lint(misspellings, 'The pain killed him. Her heart burned with pride. The tooth, brush it well. Keep an eye on sight tests. The eye. Sight is a gift.'),
    ).toEqual([]);
  });
});

describe('uk-spelling: “out patients” as 2 words, as the NHS A to Z writes “outpatients”', () => {
  it('flags it after a word that makes it a noun, with a fix', async () => {
    expect((await lint(ukSpelling, 'Come to the out patient clinic. A guide for Out Patients.')).map((f) => f.excerpt)).toEqual(['out patient', 'Out Patients']);
    expect(await fixed('Our out patients get a letter.', ukSpelling)).toBe('Our outpatients get a letter.');
  });

  it('leaves “out” alone when it belongs to the verb before it', async () => {
    expect(await lint(ukSpelling, 'It turned out patients liked it. We found out patient numbers fell. Carry out patient surveys. Check out patients’ views.')).toEqual([]);
  });
});

describe('confused-words: “being” before a verb ending in “ing”', () => {
  it('flags “being putting” and “being doing”, with both ways to mend it', async () => {
    expect(await flagged('Wash your hands before being putting them on. Thank you for being doing this.')).toEqual([
      'being putting → putting',
      'being doing → doing',
    ]);
    expect((await lint(confused, 'Wash hands before being putting them on.'))[0]?.suggestions).toEqual(['putting', 'being put']);
  });

  it('leaves “being” alone before a past form or a describing word', async () => {
    expect(await flagged('Being seen is important. Being kind and being giving matters. He was being taken home. Being caring helps.')).toEqual([]);
  });
});

describe('confused-words: “easy ready” for “easy read”', () => {
  it('flags “easy ready” before a word for a document, with a fix', async () => {
    expect(await flagged('We made an easy ready guide. Ask for the easy ready version.')).toEqual(['easy ready → easy read', 'easy ready → easy read']);
    expect(await fixed('Read our easy ready leaflet.')).toBe('Read our easy read leaflet.');
  });

  it('leaves “easy” and “ready” alone in other frames', async () => {
    expect(await flagged('The room is easy to find and ready for you. We sell easy ready meals. Getting ready is easy. Read our easy read guide.')).toEqual([]);
  });
});

describe('spelling precision: words real public-sector pages use', () => {
  it('NHS and council shorthand, Scots words and the queueing form are not slips', async () => {
    const text = 'Check obs and sats before the preop visit. Opex is tba. We met the preceptee and a co-optee. ' +
      'It was a dreich day on the wynd by the strath. Queueing is slow. Stimming is normal.';
    expect(await lint(spelling, text)).toEqual([]);
  });

  it('a dictionary word with “ing” or “ed” that needs no change is a word, but a slip that should double or drop a letter is not', async () => {
    expect(await lint(spelling, 'We are cohorting patients. Staff upskilled fast.')).toEqual([]);
    expect((await lint(spelling, 'We are submiting the form. We are useing it.')).map((f) => f.excerpt)).toEqual(['submiting', 'useing']);
  });

  it('uk-spelling leaves a capitalised American spelling alone in the middle of a sentence: a name', async () => {
    expect(await lint(ukSpelling, 'The clinic in Mold is open. Please ask Dr Gray or speak to Gray at reception.')).toEqual([]);
    expect((await lint(ukSpelling, 'We print leaflets. Mold grows in damp rooms, and the mold is gone.')).map((f) => f.excerpt)).toEqual(['Mold', 'mold']);
  });
});

describe('apostrophes and “at its worst”', () => {
  const misspellings = builtinRules.find((r) => r.meta.id === 'misspellings')!;

  it('“at its worse” and “at it’s best”, but not “it’s best to call”', async () => {
    expect(await flagged('Pain is at its worse on day 2 and at it’s best by day 5.')).toEqual(['at its worse → at its worst', 'it’s → its']);
    expect(await flagged('It’s best to call us. At its worst, pain is bad.')).toEqual([]);
  });

  it('“this years” and “womens” need an apostrophe, but not “mens rea” or “the last years of life”', async () => {
    expect((await lint(misspellings, 'This years flu vaccine is here. Visit our womens health hub.')).map((f) => f.message)).toEqual([
      '“This years” needs an apostrophe: write “This year\'s”.',
      '“womens” needs an apostrophe: write “women\'s”.',
    ]);
    expect(await lint(misspellings, 'Proof of mens rea is needed. Care in the last years of life matters.')).toEqual([]);
  });
});

describe('“or” for “our” and “of”', () => {
  it('“input from or staff” and “one or our nurses”', async () => {
    expect(await flagged('We had input from or staff. Speak to one or our nurses.')).toEqual(['or → our', 'one or → one of']);
  });

  it('leaves a real choice alone', async () => {
    expect(await flagged('Talk to doctors or staff. Choose one or the other. Use one or more of our clinics. Come with or without a carer.')).toEqual([]);
  });
});

describe('spelling precision: medical words', () => {
  it('a medical ending the suggestion lacks, and the Latin word after a condition, are not slips', async () => {
    expect(await lint(spelling, 'Bacterial gardnerosis is common. Otitis interna is rare. A slip in arthiritis is still found.')).toEqual([
      expect.objectContaining({ excerpt: 'arthiritis' }),
    ]);
  });
});

describe('spelling precision: set phrases from Latin and French', () => {
  it('“pro rata”, “per annum”, “ad hoc” and “status quo” are words in their phrase', async () => {
    expect(await lint(spelling, 'Pay is £24,937 per annum pro rata. Hours: 37.5, or pro-rata. We meet ad hoc to keep the status quo.')).toEqual([]);
  });

  it('but not a word of the phrase on its own', async () => {
    expect((await lint(spelling, 'The rata was high.')).map((f) => f.excerpt)).toEqual(['rata']);
  });
});

describe('more set frames: effect, dual, whether, fourth, sought, council, counsellor', () => {
  it('finds them where the frame is clear', async () => {
    expect(
      await flagged(
        'The change takes affect today, with immediate affect. We treat duel diagnosis. Tell us wether you can come. ' +
          'Go to the forth floor. You have sort advice. Pay your counsel tax. See a bereavement councillor.',
      ),
    ).toEqual([
      'takes affect → takes effect',
      'with immediate affect → with immediate effect',
      'duel → dual',
      'wether → whether',
      'forth → fourth',
      'sort → sought',
      'counsel tax → council tax',
      'councillor → counsellor',
    ]);
  });

  it('leaves the right words alone', async () => {
    expect(
      await flagged(
        'It may affect you. A duel is a fight. We went back and forth. We sort help requests by need. Ask your local councillor. Seek legal counsel.',
      ),
    ).toEqual([]);
  });
});

describe('confused-words: more slips where the words around leave no doubt', () => {
  it('finds each slip in its frame', async () => {
    expect(
      await flagged(
        'It dose not hurt. We where told to wait. Click hear to book. I wander if you can help. Take a desert spoon of syrup. ' +
          'We support people who use elicit drugs. A nurse will access your needs. Registered patience can book online. ' +
          'Thank you for your patients and understanding. Wait in a quite room. We run a discrete and confidential service. ' +
          'Keep away form the ward. We meet form time to time. Call us fro more information. Since than we have grown. ' +
          'Thank your for waiting. This will led to better care.',
      ),
    ).toEqual([
      'dose → does',
      'where → were',
      'hear → here',
      'wander → wonder',
      'desert spoon → dessertspoon',
      'elicit → illicit',
      'access → assess',
      'patience → patients',
      'patients → patience',
      'quite → quiet',
      'discrete → discreet',
      'form → from',
      'form → from',
      'fro → for',
      'Since than → Since then',
      'Thank your → Thank you',
      'led → lead',
    ]);
    expect(await fixed('Thank your for your patients and understanding.')).toBe('Thank you for your patience and understanding.');
  });

  it('leaves the same words alone where they are right', async () => {
    expect(
      await flagged(
        'The dose not taken is skipped. Tell us where you live. We wander round the park. The desert is dry. ' +
          'We elicit views from staff. You can access your records. Thank you for your patience. Our patients are seen quickly. ' +
          'It is quite a busy room. Fill in the form to apply. Walk to and fro the car park. Thank your GP for the referral. Your GP led the clinic.',
      ),
    ).toEqual([]);
  });
});

describe('confused-words: real-word typos an editor marks (issue 18, session 15)', () => {
  it('finds each slip where the words around it leave no doubt', async () => {
    const text = [
      'We exercise everyday. The café is open 9am to 5pm, everyday. Walk everyday for 20 minutes.',
      'Please try an arrange a visit. You could be saving and additional £5 a month.',
      'The light stays on where every it is needed. After the course she went onto become a nurse.',
      'You will get a letter form your GP. We heard form the team today.',
      'Please turn of the tap. Switch of your phone. Remember to log of. He was signed of work. You may need to take time of work.',
      'Come with you appointment letter. Talk to you GP first.',
      'If the are unwell, call us. It is to late to book. Do not drink to much.',
      'This is the area were you live. Ask if you do not know were to go.',
    ].join('\n\n');
    expect(await flagged(text)).toEqual([
      'everyday → every day',
      'everyday → every day',
      'everyday → every day',
      'try an → try to',
      'and → an',
      'where every → wherever',
      'onto → on to',
      'form → from',
      'form → from',
      'turn of → turn off',
      'Switch of → Switch off',
      'log of → log off',
      'signed of → signed off',
      'time of work → time off work',
      'you → your',
      'you → your',
      'the → they',
      'to → too',
      'to → too',
      'were → where',
      'were → where',
    ]);
    expect(await fixed('Please try an arrange a visit. Bring it with you appointment letter.')).toBe('Please try to arrange a visit. Bring it with your appointment letter.');
  });

  it('leaves the same words alone where they are right', async () => {
    const text = [
      'Use everyday words. Everyday life can be hard. Our everyday work matters.',
      'Try an app or try an exercise class. Staff and additional volunteers help. We spent £10 and £5.',
      'This is a place where every child matters. Lift the patient onto the bed. Move onto the ward. Wrap text onto 2 lines.',
      'Fill in the form your GP gave you. Complete the referral form. Support from the team helps us form the plan.',
      'It was the turn of the century. The switch of roles went well. Keep a log of your symptoms. It is a sign of stress.',
      'We will give you appointment times. We can take you home. Thank you for the referral.',
      'The will to live is strong. The need to act is clear. The did not attend rate fell. The do not resuscitate form is here.',
      'The aim is to close the gap. Our message is to young people. The grant is to small charities. The plan is to fast for 12 hours.',
      'We were there. If it were possible, we would. The people we know were to be moved.',
    ].join('\n\n');
    expect(await flagged(text)).toEqual([]);
  });
});

describe('misspellings: one word written as 2, and charity names', () => {
  const misspellings = builtinRules.find((r) => r.meta.id === 'misspellings')!;
  it('finds “where ever”, “noone” and a charity name written wrongly', async () => {
    const text =
      'Where ever you live, noone is turned away. Get advice from Citizen’s Advice or the Citizens Advice Bureau. ' +
      'Ask St John’s Ambulance, Carer’s UK, the Alzheimers Society or Parkinsons UK.';
    expect(await flagged(text, misspellings)).toEqual([
      'Where ever → Wherever',
      'noone → no one',
      'Citizen’s Advice → Citizens Advice',
      'Citizens Advice Bureau → Citizens Advice',
      'St John’s Ambulance → St John Ambulance',
      'Carer’s UK → Carers UK',
      "Alzheimers Society → Alzheimer's Society",
      "Parkinsons UK → Parkinson's UK",
    ]);
  });

  it('finds a benefit’s name written wrongly: “Job Seekers Allowance”', async () => {
    const text = 'You may get Job Seekers Allowance, income-based jobseekers allowance or Job Seeker’s Allowance. Jobseeker’s Allowance is right.';
    expect(await flagged(text, misspellings)).toEqual([
      "Job Seekers Allowance → Jobseeker's Allowance",
      "jobseekers allowance → Jobseeker's Allowance",
      "Job Seeker’s Allowance → Jobseeker's Allowance",
    ]);
  });

  it('leaves the right forms alone', async () => {
    const text =
      'Wherever you live, no one is turned away. What ever happened to the old clinic? Contact Citizens Advice, St John Ambulance, ' +
      'Carers UK, Carers Trust, Alzheimer’s Society, Alzheimer Scotland, Parkinson’s UK. A carer’s advice helps.';
    expect(await flagged(text, misspellings)).toEqual([]);
  });
});

describe('confused-words: sound-alike slips in set frames (know, allowed, hear, form, then, through)', () => {
  it('finds them', async () => {
    const text =
      'Please let us now if you cannot come. Visitors are not aloud on the ward. We look forward to here from you. ' +
      'Please complete the from and send it back. Sit down and than stand up. We will talk you though the test. Go though the main doors.';
    expect(await flagged(text)).toEqual([
      'now → know',
      'aloud → allowed',
      'here → hear',
      'from → form',
      'and than → and then',
      'though → through',
      'though → through',
    ]);
  });

  it('leaves the right words alone', async () => {
    const text =
      'Let us now turn to costs. Read the letter aloud. Come here from the car park. The from address is wrong. ' +
      'It went well, though the day was long. Though the clinic is busy, we will see you. We went there though it rained. More than 5 and then 6.';
    expect(await flagged(text)).toEqual([]);
  });
});

describe('confused-words: on to and everyday, in more frames', () => {
  it('finds “move onto the next step” and “every day life”', async () => {
    expect(await flagged('When you are ready, move onto the next step. Aids help with every day tasks and every day life.')).toEqual([
      'onto → on to',
      'every day → everyday',
      'every day → everyday',
    ]);
  });

  it('leaves “onto the ward”, “onto the next line” and “every day” as an adverb alone', async () => {
    expect(
      await flagged('Patients moved onto the new ward. Text can wrap onto the next line. We go onto a new ward. Walk every day. We check every day. Life gets easier. We take calls every day of the week.'),
    ).toEqual([]);
  });
});

describe('confused-words: 2 words like “the” and “your” before one noun', () => {
  it('says one is stray, with no swap to offer', async () => {
    const found = await lint(confused, 'Bring the your letter. Ask our the team for help. My our GP is here.');
    expect(found.map((f) => [f.excerpt, f.message, f.fix ?? null])).toEqual([
      ['the your', '“the your”: one of these 2 words is stray. Keep the one you mean.', null],
      ['our the', '“our the”: one of these 2 words is stray. Keep the one you mean.', null],
      ['My our', '“My our”: one of these 2 words is stray. Keep the one you mean.', null],
    ]);
  });

  it('leaves names alone: “the Your Health page”', async () => {
    expect(await flagged('See the Your Health page. Our Your Care service helps. Give her the letter. Is this the right form?')).toEqual([]);
  });
});


describe('confused-words: “amount of” before things you count', () => {
  it('flags “the amount of people”, not an amount of time or money', async () => {
    expect(await flagged('The amount of people waiting has grown. We cut the amount of visitors on the ward.')).toEqual([
      'amount of → number of',
      'amount of → number of',
    ]);
    expect(await flagged('The amount of time you wait has grown. A small amount of money is left. The amount of care people need varies.')).toEqual([]);
    expect(await fixed('The amount of patients seen fell.')).toBe('The number of patients seen fell.');
  });
});

describe('confused-words: “be” left out after “will”, “can” or “should” before any -ed participle', () => {
  it('flags “you will removed” and “it should checked” after a pronoun, with any regular participle', async () => {
    expect(await flagged('If you miss it, you will removed from the list. It should checked by a nurse.')).toEqual(['will → will be', 'should → should be']);
  });

  it('leaves verbs that end in -ed, and a will as a document, alone', async () => {
    expect(await flagged('You will need a form. We will proceed today. It will exceed the limit. Who will shed light on it? The will signed in May is valid.')).toEqual([]);
  });
});

describe('confused-words: “you” for “your” after “for” before a prescription, a medicine or an appointment', () => {
  it('flags “pay for you prescriptions”, but not “a letter for you” or “for you to take”', async () => {
    expect(await flagged('You may need to pay for you prescriptions. Ask for you appointment letter.')).toEqual(['you → your', 'you → your']);
    expect(await flagged('We have a prescription for you. This medicine is for you to take. Is there an appointment for you?')).toEqual([]);
  });
});
