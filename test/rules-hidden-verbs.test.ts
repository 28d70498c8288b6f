/**
 * hidden-verbs: a verb hidden in a noun (“make a decision” → “decide”), found in every tense, with
 * the verb suggested in the same tense; real noun uses, passives and the NHS's own phrases left
 * alone; and one finding when another rule flags a word inside the phrase. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { testRule, runRule } from '../src/testing.js';
import { lintText } from '../src/index.js';
import rule, { verbForm } from '../rules/hidden-verbs.js';

const found = async (text: string) => (await runRule(rule, text)).findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0]}`);

describe('hidden-verbs', () => {
  it('passes its test cases: messages, places and no fix', () =>
    testRule(rule, {
      valid: [
        'We decided to open a new clinic in Hexham.',
        'Make an informed decision about your treatment.',
        'Ask about a payment plan. Fill in the application form.',
        'You will have an assessment at home. Have a look at the map.',
        'The decision was made by the board in March.',
        'A review of services will start in June.',
        'Make an appointment with the practice nurse, or make a complaint to the manager.',
        'Take care on the stairs.',
        'Do not write “make use of”: write “use”.',
      ],
      invalid: [
        {
          text: 'The panel made a decision\nto close the ward.',
          findings: [
            {
              message: 'Use the verb: write “decided” in place of “made a decision”.',
              line: 1,
              column: 11,
              endLine: 1,
              endColumn: 26,
              excerpt: 'made a decision',
              severity: 'suggestion',
              suggestions: ['decided'],
            },
          ],
          output: null,
        },
        {
          text: 'Our team will carry out an assessment of your needs.',
          findings: [{ excerpt: 'carry out an assessment of', suggestions: ['assess'] }],
        },
      ],
    }));

  it('finds every form of the light verb and keeps its tense', async () => {
    expect(await found('Staff are carrying out a review of the rota.')).toEqual(['carrying out a review of → reviewing']);
    expect(await found('The trust has made improvements to the car park.')).toEqual(['made improvements to → improved']);
    expect(await found('We have not made any decisions yet.')).toEqual(['made any decisions → decided']);
    expect(await found('She made a choice. He has made a choice.')).toEqual(['made a choice → chose', 'made a choice → chosen']);
    expect(await found('The board takes a decision each month.')).toEqual(['takes a decision → decides']);
    expect(await found('You can make a payment of £20 by card.')).toEqual(['make a payment of → pay']);
    expect(await found('Give consideration to the views of carers.')).toEqual(['Give consideration to → Consider']);
    expect(await found('They came to an agreement on the hours.')).toEqual(['came to an agreement → agreed']);
    expect(await found('This will have an impact on waiting times.')).toEqual(['have an impact on → affect']);
    expect(await found('The pharmacist can provide treatment for minor burns.')).toEqual(['provide treatment for → treat']);
    expect(await found('Nurses gave treatment to 12 people.')).toEqual(['gave treatment to → treated']);
    expect(await found('Our advisers provide advice on benefits.')).toEqual(['provide advice on → advise on']);
    expect(await found('The team will provide advice to carers.')).toEqual(['provide advice to → advise']);
    // the word after the noun goes when the verb takes its object straight: “approved the plan”
    expect(await found('The board gave approval to the plan. The minister made an announcement about the fund.')).toEqual([
      'gave approval to → approved',
      'made an announcement about → announced',
    ]);
  });

  it('offers “talk” for a discussion, and “discuss” too where no “about” or “with” follows', async () => {
    const both = async (text: string) => (await runRule(rule, text)).findings.map((f) => f.suggestions);
    expect(await both('We had a discussion about the plan.')).toEqual([['talked']]);
    expect(await both('The team held discussions last week.')).toEqual([['talked', 'discussed']]);
    expect(await both('Have a discussion with your GP.')).toEqual([['Talk']]);
  });

  it('says “tell us” when the reader gives the information, and “tell you” when we do', async () => {
    expect(await found('You will need to provide information about your income.')).toEqual(['provide information about → tell us about']);
    expect(await found('This leaflet provides information on hip surgery.')).toEqual(['provides information on → tells you about']);
    expect(await found('The nurse provided information to the family.')).toEqual(['provided information to → told']);
    expect(await found('We provide information and advice to carers.')).toEqual([]);
  });

  it('leaves real noun uses alone', async () => {
    // a word that says more than the verb would
    expect(await found('Take your time to make an informed decision. We made a final decision.')).toEqual([]);
    // the noun is part of a longer name
    expect(await found('Make a payment plan with us. Make an application form online.')).toEqual([]);
    // treatment and advice with nobody named who gets them, or a price after “for”
    expect(await found('We provide treatment and advice. Pharmacists provide advice. We provide treatment for free.')).toEqual([]);
    // a passive is not this rule's to find
    expect(await found('The plan was given careful consideration. Your views were given consideration.')).toEqual([]);
    // “have” a review or an assessment is done to the reader, not by them
    expect(await found('You will have a review with your GP. Patients had an investigation of the bowel.')).toEqual([]);
    // everyday phrases: plural decisions and choices, “make decisions about”, bare “provide support”
    expect(await found('We help you make decisions about your care and make choices. Make a decision about the date.')).toEqual([]);
    expect(await found('We provide support. We offer an assessment. Make a payment online.')).toEqual([]);
    // “to” before a verb is not the “to” of “make improvements to the car park”
    expect(await found('We made improvements to reduce waiting times. We provide support to help you stay at home.')).toEqual([]);
    expect(await found('We provide support to carers. Give consideration to extending the hours.')).toEqual([
      'provide support to → support',
      'Give consideration to → Consider',
    ]);
    // “suggested about” and “recommend on” are not English
    expect(await found('She made a suggestion about the menu. The panel will make recommendations on staffing.')).toEqual([]);
    // the NHS's own phrases
    expect(await found('Make an appointment, make a complaint or make a referral.')).toEqual([]);
  });

  it('finds “give clarification”, “provide confirmation” and “give reassurance”', async () => {
    expect(await found('The team gave clarification on the new rules.')).toEqual(['gave clarification on → clarified']);
    expect(await found('We will provide confirmation of your booking by text.')).toEqual(['provide confirmation of → confirm']);
    expect(await found('Nurses give reassurance to parents.')).toEqual(['give reassurance to → reassure']);
    expect(await found('A letter of confirmation will follow. We need reassurance too.')).toEqual([]);
  });

  it('leaves headings and quoted examples alone', async () => {
    expect(await found('## Make a decision\n\nRead the options below.')).toEqual([]);
    expect(await found('We do not say "make use of".')).toEqual([]);
  });

  it('makes verb forms by the usual spelling rules, unless the data gives them', () => {
    const entry = (verb: string, forms = {}) => ({ nouns: [], verb, with: [], forms });
    expect(['base', 's', 'past', 'participle', 'ing'].map((t) => verbForm(entry('decide'), t as 'base'))).toEqual(['decide', 'decides', 'decided', 'decided', 'deciding']);
    expect(verbForm(entry('discuss'), 's')).toBe('discusses');
    expect(verbForm(entry('pay', { past: 'paid' }), 'participle')).toBe('paid');
  });

  it('one finding: a simpler-words or jargon word inside the phrase is not flagged again', async () => {
    const result = await lintText('We are undertaking a review of the service. It will have an impact on staff.', { filePath: 'draft.md', preset: 'nhs' });
    const words = result.findings.filter((f) => ['hidden-verbs', 'simpler-words', 'jargon'].includes(f.ruleId)).map((f) => [f.ruleId, f.excerpt]);
    expect(words).toEqual([
      ['hidden-verbs', 'undertaking a review of'],
      ['hidden-verbs', 'have an impact on'],
    ]);
  });
});
