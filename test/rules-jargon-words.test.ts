/**
 * jargon: words to avoid and care words (abstract “deliver”, “key” as an adjective, “roll out”,
 * “intervention”, “clinicians”, “adverse outcomes”, “clinical governance”, “oral”, “address”
 * for questions, “key tool”, “options appraisal”, “promote”, “empower”, a job advert's
 * “opportunity has arisen”), puffery (“pioneering”, “leading-edge”), and the everyday senses and
 * names each is left alone in. All text is made up.
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

describe('jargon: words to avoid', () => {
  it('flags abstract "deliver", "key" as an adjective and "a focus on"', async () => {
    expect(await excerpts('jargon', 'We will deliver greater access to care.')).toEqual(['deliver']);
    expect(await excerpts('jargon', 'The plan has 4 key elements and 2 key papers.')).toEqual(['key', 'key']);
    expect(await excerpts('jargon', 'The strategy has a focus on prevention.')).toEqual(['focus on']);
  });

  it('flags "roll out", "state of the art", "liaison", "facilitator" and "commissioned by"', async () => {
    expect(await excerpts('jargon', 'We rolled out the new service in May.')).toEqual(['rolled out']);
    expect(await excerpts('jargon', 'The clinic has state-of-the-art scanners.')).toEqual(['state-of-the-art']);
    expect(await excerpts('jargon', 'We keep in close liaison with the council. A facilitator will call.')).toEqual(['liaison', 'facilitator']);
    // A job title is the name of a role, not jargon to rewrite.
    expect(await excerpts('jargon', 'Our liaison officer will call.')).toEqual([]);
    expect(await excerpts('jargon', 'The hospital was commissioned by the NHS.')).toEqual(['commissioned']);
  });

  it('leaves everyday uses alone', async () => {
    expect(
      await excerpts(
        'jargon',
        'We deliver leaflets to every home. Your key worker will call. Users can focus on the next step. ' +
          'Roll out the pastry. Speak to the Patient Advice and Liaison Service.',
      ),
    ).toEqual([]);
  });
});

describe('jargon: care words', () => {
  it('flags "intervention" for treatment or help, and "assertive outreach"', async () => {
    expect(await excerpts('jargon', 'We offer psychological interventions for adults.')).toEqual(['interventions']);
    expect(await excerpts('jargon', 'The nurse will decide whether an intervention is needed.')).toEqual(['intervention']);
    expect(await excerpts('jargon', 'An assertive outreach team covers the town.')).toEqual(['assertive outreach']);
  });

  it('leaves the names of teams and services alone', async () => {
    expect(await excerpts('jargon', 'The early intervention service sees young adults. Ask the intervention team or the intervention radiology unit.')).toEqual([]);
    // “early … and intervention”: the same idea as “early intervention”.
    expect(await excerpts('jargon', 'The plan puts money into early prevention and intervention.')).toEqual([]);
  });
});

describe('word lists from national NHS pages', () => {
  it('flags “clinicians” after “111”, as after “experienced”', async () => {
    expect(await excerpts('jargon', 'NHS 111 clinicians will call you back.')).toEqual(['clinicians']);
    expect(await excerpts('jargon', 'Call 111 and clinicians will help.')).toEqual([]);
  });

  it('leaves “delivered” alone for a message or a parcel, but not for care', async () => {
    expect(await excerpts('jargon', 'If the text cannot be successfully delivered to your phone, we will write to you.')).toEqual([]);
    expect(await excerpts('jargon', 'The parcel was successfully delivered by hand.')).toEqual([]);
    expect(await excerpts('jargon', 'The programme was successfully delivered last year.')).toEqual(['delivered']);
  });
});

describe('jargon and simpler words: guards widened for GP pages', () => {
  it('flags “key subjects” and “clinician” after “appropriate”, “suitable” or “relevant”', async () => {
    expect(await excerpts('jargon', 'The course covers 6 key subjects.')).toEqual(['key']);
    expect(await excerpts('jargon', 'You will see the most appropriate clinician. We book a suitable clinician for you.')).toEqual(['clinician', 'clinician']);
    expect(await excerpts('jargon', 'Your key worker covers the subjects you choose.')).toEqual([]);
  });
});

describe('plain English swaps from the Plain English Campaign’s A to Z', () => {
  it('flags "adverse outcomes" and "adverse events", not an everyday "adverse"', async () => {
    expect(await excerpts('jargon', 'Older people are at risk of adverse outcomes.')).toEqual(['adverse outcomes']);
    expect(await excerpts('jargon', 'Staff report adverse events to the safety team.')).toEqual(['adverse events']);
    expect(await excerpts('jargon', 'Flights may be cancelled in adverse weather.')).toEqual([]);
  });
});

describe('jargon: focus, puffery and clinical governance', () => {
  it('flags “pioneering” and “leading-edge” as puffery', async () => {
    expect(await excerpts('jargon', 'The pioneering treatment is now offered in Leeds.')).toEqual(['pioneering']);
    expect(await excerpts('jargon', 'We use leading-edge scanners.')).toEqual(['leading-edge']);
  });

  it('flags “clinical governance”', async () => {
    expect(await excerpts('jargon', 'We cannot take orders by phone for clinical governance reasons.')).toEqual(['clinical governance']);
  });
});

describe('jargon: puffery inside a long quotation', () => {
  it('leaves alone a quotation that starts with the word: it is someone else’s wording', async () => {
    expect(await excerpts('jargon', 'The unit was shortlisted for ‘pioneering work with patients who cannot have surgery’ last year.')).toEqual([]);
    expect(await excerpts('jargon', 'We offer pioneering care.')).toEqual(['pioneering']);
  });
});

describe('jargon: “oral” in the name of a test', () => {
  it('leaves the oral glucose tolerance test alone, but not oral medicine', async () => {
    expect(await excerpts('jargon', 'You may need an oral glucose tolerance test.')).toEqual([]);
    expect(await excerpts('jargon', 'Take the oral medicine twice a day.')).toEqual(['oral']);
  });
});

describe('word choice in job adverts, newsletters and easy read', () => {
  it('flags the stock opening of a job advert, journey metaphors about health and “person-centred”', async () => {
    expect(await excerpts('jargon', 'A great opportunity has arisen for a ward clerk.')).toEqual(['opportunity has arisen']);
    expect(await excerpts('jargon', 'We are here for you on your wellbeing journey.')).toEqual(['wellbeing journey']);
    expect(await excerpts('jargon', 'Staff give person centred support.')).toEqual(['person centred']);
  });

  it('leaves other opportunities and journeys alone', async () => {
    expect(await excerpts('jargon', 'This is a chance to learn new skills. Plan your journey to the hospital.')).toEqual([]);
    expect(await excerpts('jargon', 'Many journeys to healthcare start online.')).toEqual([]);
  });
});

describe('words to avoid: “address” for questions and issues', () => {
  it('flags “address all of your questions” and “address any issues”', async () => {
    expect(await excerpts('jargon', 'Write them down so we can address all of your questions.')).toEqual(['address']);
    expect(await excerpts('jargon', 'We will address any issues that come up.')).toEqual(['address']);
  });

  it('leaves an address to write to alone', async () => {
    expect(await excerpts('jargon', 'Write your address on the form. We will send questions to your address.')).toEqual([]);
  });
});

describe('jargon: “key tool” and “options appraisal”', () => {
  it('flags “key” before “tool”, “mechanism” and the like', async () => {
    expect(await excerpts('jargon', 'The plan is the key tool for our work.')).toEqual(['key']);
    expect(await excerpts('jargon', 'The report is our key planning mechanism.')).toEqual(['key']);
  });

  it('flags “options appraisal”', async () => {
    expect(await excerpts('jargon', 'The board asked for an options appraisal on the two sites.')).toEqual(['options appraisal']);
  });

  it('leaves a key that opens a lock alone', async () => {
    expect(await excerpts('jargon', 'Use the key to open the tool cupboard. We compared the options in a report.')).toEqual([]);
  });
});

describe('word-list false positives', () => {
  it('leaves "promote" in the marketing sense alone', async () => {
    expect(await lint('jargon', 'We promote our services on social media. Help us promote the survey.')).toEqual([]);
    expect((await lint('jargon', 'We promote wellbeing across the county.')).map((f) => f.excerpt)).toEqual(['promote']);
  });

  it('leaves words inside a name alone, but not in running text', async () => {
    expect(await lint('jargon', 'Mid Essex Acute Hospitals NHS Trust runs the clinic. Visit the Harlow Hub today.')).toEqual([]);
    expect((await lint('jargon', 'Most acute hospitals are busy.')).map((f) => f.excerpt)).toEqual(['acute hospitals']);
  });

  it('leaves "empowering" as an adjective alone, but not the verb', async () => {
    expect(await lint('jargon', 'Our tone is warm. It’s empowering, not patronising. People feel empowered.')).toEqual([]);
    expect((await lint('jargon', 'We will empower communities.')).map((f) => f.excerpt)).toEqual(['empower']);
  });
});
