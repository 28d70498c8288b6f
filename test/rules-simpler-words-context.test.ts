/**
 * simpler-words: formal words with an everyday swap, each kept to the context where the swap says
 * the same thing: “receive” after “you should” or “you can”, “access” a service, “establish” that
 * means find out, “documentation” a page asks for, “require” and “implement”, “individuals”,
 * “purchases”, “medication” (NHS style), “abide by”, “the emergency department”, “per week”,
 * “experience” and “develop” with symptoms, “aggravate”, “resume”, “mandatory”, “advise us of”,
 * “determine who”, “seek to”, and “care worker” (not health and care workers).
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { excerpts } from './helpers/rule-excerpts.js';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(id: string, text: string) {
  const rule = builtinRules.find((r) => r.meta.id === id)!;
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('simpler words on council pages', () => {
  it('flags “free of charge” and “provisionally”', async () => {
    expect(await excerpts('simpler-words', 'The bus pass is free of charge for people over 66.')).toEqual(['free of charge']);
    expect(await excerpts('simpler-words', 'Your booking has been provisionally accepted.')).toEqual(['provisionally']);
  });

  it('flags “documentation” when a page asks for it, not the documentation of a software tool', async () => {
    expect(await excerpts('simpler-words', 'Send all required documentation with your form.')).toEqual(['documentation']);
    expect(await excerpts('simpler-words', 'You will need to bring supporting documentation to the visit.')).toEqual(['documentation']);
    expect(await excerpts('simpler-words', 'Read the documentation before you install the package. The documentation site has examples.')).toEqual([]);
  });

  it('flags “self-refer” and “establish” when it means find out', async () => {
    expect(await excerpts('simpler-words', 'You can self-refer to the clinic by phone.')).toEqual(['self-refer']);
    expect(await excerpts('simpler-words', 'The nurse will establish what help you need.')).toEqual(['establish']);
    expect(await excerpts('simpler-words', 'We are establishing whether the road is safe.')).toEqual(['establishing']);
    expect(await excerpts('simpler-words', 'The charity was established in 1990. We want to establish a new group for dads.')).toEqual([]);
  });

  it('flags “eligibility criteria” after “meet”, not in a policy that lists them', async () => {
    expect(await excerpts('simpler-words', 'If you meet the eligibility criteria, fill in the form.')).toEqual(['eligibility criteria']);
    expect(await excerpts('simpler-words', 'All carers must meet certain eligibility criteria.')).toEqual(['eligibility criteria']);
    expect(await excerpts('simpler-words', 'The board agreed new eligibility criteria for the scheme.')).toEqual([]);
  });

  it('flags “access” after people and “to”, and “inform” before professionals', async () => {
    expect(await excerpts('simpler-words', 'It is better for parents to access support early.')).toEqual(['access']);
    expect(await excerpts('simpler-words', 'You should be able to access treatment near home.')).toEqual(['access']);
    expect(await excerpts('simpler-words', 'The GP can inform health professionals that you are a carer.')).toEqual(['inform']);
    expect(await excerpts('simpler-words', 'Staff need to access the records system. Access to the car park is free.')).toEqual([]);
  });

  it('flags “receive” after “you should” and “you can”, not after “we”', async () => {
    expect(await excerpts('simpler-words', 'You should receive a letter within 5 days.')).toEqual(['receive']);
    expect(await excerpts('simpler-words', 'You can receive help at home.')).toEqual(['receive']);
    expect(await excerpts('simpler-words', 'We receive many calls. The letters you received are safe.')).toEqual([]);
  });
});

describe('word lists from national NHS pages', () => {
  it('flags “receive” after “you can now” and “eligible to”, not elsewhere', async () => {
    expect(await excerpts('simpler-words', 'You can now receive reminders by text.')).toEqual(['receive']);
    expect(await excerpts('simpler-words', 'Find out if you are eligible to receive a grant.')).toEqual(['eligible', 'receive']);
    expect(await excerpts('simpler-words', 'We receive many letters. The clinic can now take walk-ins.')).toEqual([]);
  });

  it('flags “most appropriate” before a service with one word like “local” between', async () => {
    expect(await excerpts('simpler-words', 'We will send you to the most appropriate local service.')).toEqual(['most appropriate']);
    expect(await excerpts('simpler-words', 'Ask which is the most appropriate NHS service for you.')).toEqual(['most appropriate']);
    expect(await excerpts('simpler-words', 'We chose the most appropriate local response to the report.')).toEqual([]);
  });

  it('asks for “A&E” for “the emergency department” in the NHS style, not in a list of departments or in GOV.UK style', async () => {
    expect(await excerpts('simpler-words', 'If it is serious, go to the emergency department.')).toEqual(['emergency department']);
    expect(await excerpts('simpler-words', 'Students work in Surgery, Theatres and Emergency Department.')).toEqual([]);
    expect(await excerpts('simpler-words', 'If it is serious, go to the emergency department.', 'govuk')).toEqual([]);
  });
});

describe('jargon and simpler words: guards widened for GP pages', () => {
  it('flags “require” after a medicine or “then”, and “implement” before a system or scheme', async () => {
    expect(await excerpts('simpler-words', 'Some medicines require a check first. The shop may then require 2 days.')).toEqual(['require', 'require']);
    expect(await excerpts('simpler-words', 'Waits fell after we implemented this system.')).toEqual(['implemented']);
    expect(await excerpts('simpler-words', 'The law requires a check. We implemented it last year.')).toEqual([]);
  });
});

describe('simpler words', () => {
  it('suggests "leave" for "vacate"', async () => {
    expect(await excerpts('simpler-words', 'Staff will vacate the old ward in May.')).toEqual(['vacate']);
  });

  it('leaves alone "individuals" set against groups, and still flags it for people', async () => {
    expect(await excerpts('simpler-words', 'We offer supervision to teams and individuals.')).toEqual([]);
    expect(await excerpts('simpler-words', 'We support vulnerable individuals at home.')).toEqual(['individuals']);
  });

  it('leaves alone "purchases" as a noun, and still flags the verb', async () => {
    expect(await excerpts('simpler-words', 'For one-off purchases, ask us first. Keep your purchases safe.')).toEqual([]);
    expect(await excerpts('simpler-words', 'The council purchases equipment for you.')).toEqual(['purchases']);
  });

  it('asks for "medicine" in NHS style, not in GOV.UK style', async () => {
    expect(await excerpts('simpler-words', 'Bring a list of the medication you take.', 'nhs')).toEqual(['medication']);
    expect(await excerpts('simpler-words', 'Bring a list of the medication you take.', 'recommended')).toEqual(['medication']);
    expect(await excerpts('simpler-words', 'Bring a list of the medication you take.', 'govuk')).toEqual([]);
  });
});

describe('plain English swaps from the Plain English Campaign’s A to Z', () => {
  it('suggests "follow" for "abide by", and leaves "abide" alone', async () => {
    expect(await excerpts('simpler-words', 'Visitors must abide by these rules.')).toEqual(['abide by']);
    expect(await excerpts('simpler-words', 'I cannot abide loud music.')).toEqual([]);
  });
});

describe('simpler words: “access” a service', () => {
  it('flags “accessing its services”', async () => {
    expect(await excerpts('simpler-words', 'The trust wants to help people accessing its services.')).toEqual(['accessing']);
  });
});

describe('simpler-words: everyday forms for benefit and screening pages', () => {
  it('flags “per week” and the like, but not a speed', async () => {
    expect(await excerpts('simpler-words', 'You get £5 per week. Staff work 30 hours per week. The fee is £200 or less per year.')).toEqual([
      'per week',
      'per week',
      'per year',
    ]);
    expect(await excerpts('simpler-words', 'The limit is 20 miles per hour.')).toEqual([]);
  });

  it('flags “expectant mothers”, and “receive” after “should”', async () => {
    expect(await excerpts('simpler-words', 'The scheme helps expectant mothers. You should receive a letter soon.')).toEqual([
      'expectant mothers',
      'receive',
    ]);
    expect(await excerpts('simpler-words', 'We receive many calls. Staff receive training.')).toEqual([]);
  });
});

describe('simpler-words: “experience” before symptoms with a describing word between', () => {
  it('flags “experiencing any breast symptoms”, not the noun', async () => {
    expect(await excerpts('simpler-words', 'Tell us if you are experiencing any breast symptoms. You may experience some chest pain.')).toEqual([
      'experiencing',
      'experience',
    ]);
    expect(await excerpts('simpler-words', 'We value the experience of any new staff.')).toEqual([]);
  });
});

describe('a visa’s name, and health and care workers', () => {
  it('does not call health and care workers, or a visa, “paid carers”', async () => {
    expect(await excerpts('simpler-words', 'We thank all our health and care workers.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Read about the Health and Care Worker visa.')).toEqual([]);
    expect(await excerpts('simpler-words', 'A care worker visits twice a day.')).toEqual(['care worker']);
  });
});

describe('simpler words in leaflets', () => {
  it('flags “aggravate” before the thing made worse, and not a legal “aggravated burglary”', async () => {
    expect(await excerpts('simpler-words', 'Stop any activity that aggravates your pain.')).toEqual(['aggravates']);
    expect(await excerpts('simpler-words', 'He was charged with aggravated burglary.')).toEqual([]);
  });

  it('flags “undue pain” and “resume normal activities”, and leaves a CV alone', async () => {
    expect(await excerpts('simpler-words', 'Stop if it causes you undue pain. You can resume normal activities after a week.')).toEqual([
      'undue',
      'resume',
    ]);
    expect(await excerpts('simpler-words', 'Send your resume to the team. The hearing will resume at 2pm.')).toEqual([]);
  });

  it('flags “it is preferable to”, and leaves a comparison alone', async () => {
    expect(await excerpts('simpler-words', 'It is preferable to rest for 2 days.')).toEqual(['preferable']);
    expect(await excerpts('simpler-words', 'A phone call is often preferable.')).toEqual([]);
  });

  it('flags “accident and emergency” in the nhs preset (the NHS writes “A&E”)', async () => {
    expect(await excerpts('simpler-words', 'Go to the Accident and Emergency department at once.')).toEqual(['Accident and Emergency']);
    expect(await excerpts('simpler-words', 'Go to the accident and emergency department at once.', 'govuk')).toEqual([]);
  });

  it('flags “inform the receptionist”, “following injection” and “an infection that requires antibiotics”', async () => {
    expect(await excerpts('simpler-words', 'Please inform the receptionist when you arrive.')).toEqual(['inform']);
    expect(await excerpts('simpler-words', 'Rest the arm following injection.')).toEqual(['following']);
    expect(await excerpts('simpler-words', 'You may have an infection that requires antibiotics.')).toEqual(['requires']);
  });

  it('leaves “the following injection”, “requires that” and “inform the development” to their own contexts', async () => {
    expect(await excerpts('simpler-words', 'The following injection times apply. The law requires that you register.')).toEqual([]);
  });
});

describe('simpler words on GP and service pages', () => {
  it('flags “have the option of” and “mandatory” after a form of “be” or before “requirement”', async () => {
    expect(await excerpts('simpler-words', 'You will have the option of booking online.')).toEqual(['have the option of']);
    expect(await excerpts('simpler-words', 'Photo ID is not mandatory. It is a mandatory requirement.')).toEqual(['mandatory', 'mandatory']);
  });

  it('leaves “have the option to” and “mandatory training” alone', async () => {
    expect(await excerpts('simpler-words', 'You may have the option to study part time. Staff must finish mandatory training.')).toEqual([]);
  });
});

describe('simpler words: “experience” and “develop” with symptoms (NHS A to Z: people “get” or “have” them)', () => {
  it('flags “experience some discomfort”, “experience bruising” and “develop new symptoms”', async () => {
    expect(await excerpts('simpler-words', 'You may experience some discomfort. A few people experience bruising.')).toEqual(['experience', 'experience']);
    expect(await excerpts('simpler-words', 'Call us if you develop new symptoms.')).toEqual(['develop']);
  });

  it('leaves other experiences alone', async () => {
    expect(await excerpts('simpler-words', 'Patients experience the best care here. Tell us about your experience of the clinic.')).toEqual([]);
  });
});

describe('simpler words: “advise us on” is advice, not “tell us”', () => {
  it('leaves advice on a subject alone', async () => {
    expect(await excerpts('simpler-words', 'A panel of patients is advising us on the new signs.')).toEqual([]);
  });

  it('still flags “advise us of” and “advise us” in the sense of “tell us”', async () => {
    expect(await excerpts('simpler-words', 'You can advise us of any change to your address.')).toEqual(['advise us of']);
  });
});

describe('simpler words: “determine who” and “determine what”', () => {
  it('flags them, as “determine if” is', async () => {
    expect(await excerpts('simpler-words', 'The council uses the rules to determine who gets a grant.')).toEqual(['determine who']);
    expect(await excerpts('simpler-words', 'We will determine what help you need.')).toEqual(['determine what']);
  });

  it('leaves “decide” and “work out” alone', async () => {
    expect(await excerpts('simpler-words', 'We work out who gets a grant, and a nurse decides what help you need.')).toEqual([]);
  });
});

describe('simpler words: “determine what” where the questions or the rules decide', () => {
  it('leaves alone a thing that settles the outcome', async () => {
    expect(await excerpts('simpler-words', 'Ask the questions that determine what people will get.')).toEqual([]);
  });
});

describe('word-list false positives', () => {
  it('"seek to" means "try to"; "seek help" still means "ask for"', async () => {
    const [to] = await lint('simpler-words', 'We seek to improve care.');
    expect([to!.excerpt, to!.suggestions!.slice(0, 2)]).toEqual(['seek to', ['try to', 'aim to']]);
    const [help] = await lint('simpler-words', 'You can seek help from your GP.');
    expect(help!.suggestions).toEqual(['ask for', 'look for', 'get']);
  });

  it('suggests lower case words for a word in capitals', async () => {
    const [found] = await lint('simpler-words', 'Please UTILISE the service.');
    expect(found!.suggestions).toEqual(['use']);
  });
});
