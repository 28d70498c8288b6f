/**
 * Word lists leave alone what the writer has already fixed or cannot change: a term the text
 * explains (“X means …”, “This is called X”, “What is X?”, a glossary line), the title of another
 * page used as link text, and a document's title in single quotation marks. Real uses next to
 * them are still flagged. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { excerpts, THOROUGH } from './helpers/rule-excerpts.js';

const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!;

describe('a term the text explains', () => {
  it('is left alone where it is explained, and flagged where it is only used', async () => {
    expect(await excerpts('jargon', 'Triage means a nurse decides who to see first.')).toEqual([]);
    expect(await excerpts('jargon', 'A nurse decides who to see first. This is called triage.')).toEqual([]);
    expect(await excerpts('jargon', 'Your GP may refer you for triage.')).toEqual(['triage']);
  });

  it('leaves alone a name introduced with the reader’s own “your” or “our”: “This is called your care package”', async () => {
    expect(await excerpts('jargon', 'We arrange the help you need at home. This is called your care package.')).toEqual([]);
    expect(await excerpts('jargon', 'Staff check each step. This is known as our triage.')).toEqual([]);
    expect(await excerpts('jargon', 'This is called your plan. Your care package starts soon.')).toEqual(['care package']);
  });

  it('leaves alone the question a section answers, not a question that uses the word', async () => {
    expect(await excerpts('jargon', '## What is triage?\n\nA nurse decides who to see first.')).toEqual([]);
    expect(await excerpts('jargon', 'What does commissioning mean? It means planning and buying services.')).toEqual([]);
    expect(await excerpts('jargon', 'What are the key priorities for next year?')).toEqual(['key']);
  });

  it('leaves alone a glossary line, but not a lead-in that uses the word', async () => {
    expect(await excerpts('jargon', '- **Triage**: a nurse decides who to see first.\n- Stakeholders – people who have an interest in a service.')).toEqual([]);
    expect(await excerpts('jargon', '- Deliverables: a new clinic by May.')).toEqual(['Deliverables']);
  });

  it('leaves alone a term explained in brackets right after it', async () => {
    expect(await excerpts('jargon', 'You may be offered triage (when a nurse decides who to see first).')).toEqual([]);
    expect(await excerpts('jargon', 'You may be offered triage (see page 4).')).toEqual(['triage']);
  });
});

describe('titles the writer cannot change', () => {
  it('leaves alone link text that is the title of another page, not link text the writer wrote', async () => {
    expect(await excerpts('jargon', 'Read our [Delivery plan for recovering urgent care](/plan) today.')).toEqual([]);
    expect(await excerpts('jargon', '- [Transforming care for older people](/care)\n- [Stakeholder engagement report](/report) (PDF, 2MB)')).toEqual([]);
    expect(await excerpts('jargon', '[Deliver the plan with us](/join) and tell your friends.')).toEqual(['Deliver']);
  });

  it('leaves alone a document title in single quotation marks, not speech', async () => {
    expect(await excerpts('jargon', 'We published ‘Delivering a healthier future for everyone in Leeds’ last year. We will deliver change.')).toEqual(['deliver']);
    expect(await excerpts('simpler-words', 'She said: ‘We will utilise every bed we have.’')).toEqual(['utilise']);
  });

  it('leaves alone a title in double quotation marks after a word that names a document, not speech or a quoted phrase', async () => {
    expect(await excerpts('jargon', 'Read the report “Going forward: key steps for care at home” on our website.')).toEqual([]);
    expect(await excerpts('jargon', 'The guidance "Moving forward: leveraging local strengths to improve care" is out now.')).toEqual([]);
    expect(await excerpts('jargon', 'The chair said: “Going forward, we will focus on key priorities.”')).toEqual(['Going forward', 'focus on', 'key']);
    // speech after a document word that does not lead in to the quote
    expect(await excerpts('jargon', 'Of the plan, the chair said: “It will drive improvement across key services.”')).toEqual(['drive', 'key']);
  });
});

describe('job titles', () => {
  it('leaves alone a word that is part of someone’s job title', async () => {
    const text =
      'Ali Khan, transformation lead at the trust, agreed. Sam is our locality manager. Tom, head of transformation, spoke. ' +
      'Jo, clinical director for population health, said so. Ask the engagement team. A practice facilitator will visit.';
    expect(await excerpts('jargon', text)).toEqual([]);
  });

  it('flags the words before a role when a word before them describes the people, not a post', async () => {
    expect(await excerpts('simpler-words', 'You will get help from trained smoking cessation advisers.')).toEqual(['smoking cessation']);
    expect(await excerpts('jargon', 'Our friendly transformation leads will call you.')).toEqual(['transformation']);
  });

  it('still flags the word used as itself, and “leads to” as a verb', async () => {
    expect(await excerpts('jargon', 'Good commissioning leads to better care. Our stakeholders lead the work. We will transform care.')).toEqual([
      'commissioning',
      'stakeholders',
      'transform',
    ]);
    expect(await excerpts('jargon', 'Our facilitator will welcome you.')).toEqual(['facilitator']);
  });
});

describe('medical words in job titles', () => {
  it('still suggests the plain word, as the NHS A to Z does for specialists', async () => {
    expect(await excerpts('jargon', 'You will see the renal team.')).toEqual(['renal']);
  });
});

describe('the phrases simpler-words takes from retext-simplify', () => {
  it('are left alone in the title of another page, and flagged in the writer’s own words', async () => {
    expect(await excerpts('simpler-words', 'Read the [Guidance on acting in accordance with the rules](/rules) first.')).toEqual([]);
    expect(await excerpts('simpler-words', 'We act in accordance with the rules.')).toEqual(['in accordance with']);
  });
});

describe('easy read word lists and glossary tables', () => {
  it('leaves alone a hard word on a line of its own when the next line says what it means', async () => {
    expect(await excerpts('jargon', '**Commissioning**\n\nThis means planning and buying services.')).toEqual([]);
    expect(await excerpts('jargon', '**Stakeholders**\n\nWe will change how it works.')).toEqual(['Stakeholders']);
  });

  it('leaves alone a word in a table cell when the next cell explains it, not when it holds a number', async () => {
    const glossary = '| Word | What it means |\n| --- | --- |\n| Triage | A nurse decides who to see first |\n';
    expect(await excerpts('jargon', glossary)).toEqual([]);
    expect(await excerpts('jargon', '| Group | Number |\n| --- | --- |\n| Stakeholders | 12 |\n')).toEqual(['Stakeholders']);
  });
});

describe('agenda', () => {
  it('flags a plan called an agenda, not the agenda of a meeting', async () => {
    expect(await excerpts('jargon', 'This supports the prevention agenda. Our agenda for change is bold.', 'govuk')).toEqual(['agenda', 'agenda']);
    const minutes = '## Agenda\n\nAgenda item 4 is the finance report. The agenda was agreed. The next agenda will include estates.';
    expect(await excerpts('jargon', minutes, 'govuk')).toEqual([]);
  });
});

describe('patterns from a fresh-text audit', () => {
  it('services are delivered, as GOV.UK says, even with words between; abstract things are not', async () => {
    const text = 'Money is spent on the delivery of new NHS services. We will deliver better local services.';
    expect(await excerpts('jargon', text, 'govuk')).toEqual([]);
    expect(await excerpts('jargon', 'We will deliver improvements to services.', 'govuk')).toEqual(['deliver']);
  });

  it('leaves alone a short plain gloss in brackets, but not the term’s own acronym', async () => {
    expect(await excerpts('jargon', 'Councils and primary care (GPs) met.')).toEqual([]);
    expect(await excerpts('jargon', 'The primary care network (PCN) met.')).toEqual(['primary care network']);
  });

  it('does not take a condition in brackets for a gloss: “per annum (pro rata for part-time)”', async () => {
    expect(await excerpts('simpler-words', 'The pay is £26,000 per annum (pro rata for part-time).')).toEqual(['per annum']);
    expect(await excerpts('simpler-words', 'You get £500 per annum (plus expenses).')).toEqual(['per annum']);
  });

  it('leaves alone every name a sentence introduces with “is called”', async () => {
    expect(await excerpts('jargon', 'This care is called intermediate care, short-term care, reablement or aftercare.')).toEqual([]);
  });

  it('knows the hospital sense of “acute”, the marketing sense of “promote” and the name of a kind of body', async () => {
    const text = 'It is a large acute and specialised hospital trust. Promoting local businesses helps. All clinical commissioning groups sent a plan.';
    expect(await excerpts('jargon', text)).toEqual([]);
    expect(await excerpts('jargon', 'You may have acute pain. We are promoting independence.')).toEqual(['acute', 'promoting']);
  });

  it('leaves alone general practice as the profession, not a GP surgery (a thorough check)', async () => {
    expect(await excerpts('jargon', 'You know the challenges facing general practice.', 'nhs', THOROUGH)).toEqual([]);
    expect(await excerpts('jargon', 'Ring your general practice.', 'nhs', THOROUGH)).toEqual(['general practice']);
  });

  it('simpler-words: placing services, a law that requires, a noun after “eligible”, the past “at this time”', async () => {
    const text =
      'Locating services close to home helps. It is done as required by the Act. We know your eligible needs. ' +
      'The library was closed at this time. Find a participating pharmacy.';
    expect(await excerpts('simpler-words', text)).toEqual([]);
    expect(await excerpts('simpler-words', 'Locate your nearest pharmacy. Bring it if required. You are eligible for help. We are closed at this time.')).toEqual([
      'Locate',
      'if required',
      'eligible',
      'at this time',
    ]);
  });

  it('offers “not enough” for “inadequate”, never “enough”', async () => {
    const result = await lintDocument(parseMarkdown('Support is inadequate.', 'draft.md'), oneRule(rule('simpler-words'), {}, { preset: 'nhs' }));
    expect(result.findings[0]?.suggestions?.[0]).toBe('not enough');
  });
});

describe('a bold label is not a glossary line', () => {
  it('flags a label that lists things, and leaves alone one that explains the word', async () => {
    expect(await excerpts('jargon', '- **Stakeholders**: GPs, councils and charities.')).toEqual(['Stakeholders']);
    expect(await excerpts('jargon', '- **Stakeholders**: people who have an interest in a service.')).toEqual([]);
  });
});

describe('a label with its number or letter', () => {
  it('leaves alone “pathway 1” or “stage 2”, the name of one step in a scheme', async () => {
    expect(await excerpts('jargon', 'Patients on pathway 1 go home with support from the team.')).toEqual([]);
    expect(await excerpts('jargon', 'Pathway 2 patients move to a care home for a short stay.')).toEqual([]);
    expect(await excerpts('jargon', 'Ask us about the care pathway for your condition.')).toEqual(['pathway']);
  });

  it('still flags a verb before a number, and a word that counts', async () => {
    expect(await excerpts('jargon', 'We will deliver 3 new clinics next year.')).toEqual(['deliver']);
    expect(await excerpts('jargon', 'The plan is to deliver 3 new clinics.')).toEqual(['deliver']);
    expect(await excerpts('simpler-words', 'The ward has approximately 20 beds.')).toEqual(['approximately']);
    expect(await excerpts('simpler-words', 'It is amongst 12 sites chosen this year.')).toEqual(['amongst']);
  });
});

describe('a name before a word that says what it names', () => {
  it('leaves alone a capitalised word in the middle of a sentence before “project”, “app” or “campaign”', async () => {
    expect(await excerpts('jargon', 'The Facilitate project helps families. Download the Leverage app today.')).toEqual([]);
    // not the first word of a sentence, and not in lower case
    expect(await excerpts('jargon', 'Facilitate project meetings each week. We facilitate project meetings.')).toEqual(['Facilitate', 'facilitate']);
  });

  it('leaves alone a name the text gives with what it is, there and later: “Synergy, our new app”', async () => {
    expect(await excerpts('jargon', 'We launched Synergy, our new app, in May. Synergy helps you book.')).toEqual([]);
    expect(await excerpts('jargon', 'Try our free app, Leverage, today. Use Leverage to book.')).toEqual([]);
    // a word that opens the sentence is not a name
    expect(await excerpts('simpler-words', 'Additionally, our new service opens in May. Additionally we will help.')).toEqual(['Additionally', 'Additionally']);
  });
});
