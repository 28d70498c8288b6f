/**
 * Word-choice entries from the guides' words to avoid, their metaphors, and the plain-English
 * swaps an NHS editor makes (rules/data/lists/jargon.json, simpler-words.json), each with the
 * context that keeps a word's plain sense alone. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { excerpts, THOROUGH } from './helpers/rule-excerpts.js';
import { oneRule } from './helpers/rule-config.js';

/** The first suggestion of each simpler-words finding, so a suggestion fits the form it replaces. */
async function firstSuggestions(text: string): Promise<string[]> {
  const rule = builtinRules.find((r) => r.meta.id === 'simpler-words')!;
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule, {}, { preset: 'nhs' }));
  return result.findings.map((f) => `${f.excerpt} → ${f.suggestions?.[0] ?? ''}`);
}

describe('jargon: metaphors and clichés from plans and news', () => {
  it('flags “fit for purpose” said of a service, not in a list of plain qualities', async () => {
    expect(await excerpts('jargon', 'Our buildings are no longer fit for purpose. The rota is fit-for-purpose.')).toEqual(['fit for purpose', 'fit-for-purpose']);
    expect(await excerpts('jargon', 'Choose forms that are fit for purpose and easy to use.')).toEqual([]);
  });

  it('flags “beef up” and “firefighting” as metaphors, not the fire service’s work', async () => {
    expect(await excerpts('jargon', 'A beefed up helpline will open. Wards are stuck in constant firefighting.')).toEqual(['beefed up', 'firefighting']);
    expect(await excerpts('jargon', 'Firefighting is hard work. The station has new firefighting equipment.')).toEqual([]);
  });

  it('flags a “reset” of the system, not a password or a device', async () => {
    expect(await excerpts('jargon', 'This is a national reset for the NHS. We will reset expectations.')).toEqual(['reset', 'reset']);
    expect(await excerpts('jargon', 'Reset your password. Select the reset button. You may need to reset your phone.')).toEqual([]);
  });

  it('flags “journey” as a metaphor for change, not a trip or a user journey', async () => {
    expect(await excerpts('jargon', 'We are on a journey to become outstanding. This is the next stage of our improvement journey.')).toEqual(['journey', 'improvement journey']);
    expect(await excerpts('jargon', 'Plan your journey to the hospital. Keep the user journey short. The journey takes 20 minutes.')).toEqual([]);
  });

  it('flags “landscape” and “architecture” for organisations, not land, pages or buildings', async () => {
    expect(await excerpts('jargon', 'The health landscape is changing. The ICB architecture is still being agreed.')).toEqual(['landscape', 'architecture']);
    expect(await excerpts('jargon', 'Turn your phone to landscape. The information architecture is clear. The architecture of the old hospital is Victorian.')).toEqual([]);
  });

  it('flags a “bold” plan, not bold text', async () => {
    expect(await excerpts('jargon', 'This bold plan sets out our aims. We have bold ambitions.')).toEqual(['bold', 'bold']);
    expect(await excerpts('jargon', 'Use bold text sparingly. Make the label bold.')).toEqual([]);
  });

  it('flags plans dressed as objects: blueprints, roadmaps, pillars and cornerstones', async () => {
    expect(await excerpts('jargon', 'This is a blueprint for care. Our roadmap sets out the next steps. The plan has 4 pillars. Prevention is the cornerstone of it.')).toEqual([
      'blueprint',
      'roadmap',
      'pillars',
      'cornerstone',
    ]);
    expect(await excerpts('jargon', 'Pillar 2 testing sites are closing. Post it in any pillar box.')).toEqual([]);
  });

  it('flags stock phrases: north star, ramp up, in the pipeline, at the heart of everything we do', async () => {
    expect(await excerpts('jargon', 'Fairness is our north star. You are in the driving seat. We will ramp up testing. More clinics are in the pipeline. Patients are at the heart of everything we do.')).toEqual([
      'north star',
      'in the driving seat',
      'ramp up',
      'in the pipeline',
      'at the heart of everything we do',
    ]);
  });

  it('flags “harness”, “unlock” and “bandwidth” as metaphors, not a harness, a phone or data', async () => {
    expect(await excerpts('jargon', 'We will harness the power of data. This will unlock new opportunities. We do not have the bandwidth to do this.')).toEqual([
      'harness',
      'unlock',
      'bandwidth',
    ]);
    expect(await excerpts('jargon', 'Wear a safety harness. Unlock your phone. Video calls need enough bandwidth.')).toEqual([]);
  });
});

describe('jargon: NHS planning words', () => {
  it('flags “bed days”, services “co-located” and concerns “escalated”', async () => {
    expect(await excerpts('jargon', 'We want to save 500 bed days. The pharmacy is co-located with the surgery. Staff will escalate concerns to the manager.')).toEqual([
      'bed days',
      'co-located',
      'escalate',
    ]);
    expect(await excerpts('jargon', 'If your symptoms escalate, call 111. Arguments can escalate quickly.')).toEqual([]);
  });
});

describe('jargon: GOV.UK words to avoid, in more senses', () => {
  it('flags an abstract thing that “will be delivered”, not a parcel or a baby', async () => {
    expect(await excerpts('jargon', 'The plan will be delivered in 3 phases. These changes will be delivered over 5 years. Training is delivered online.')).toEqual([
      'delivered',
      'delivered',
      'delivered',
    ]);
    expect(await excerpts('jargon', 'Your medicines will be delivered on Monday. The baby was delivered safely. Leaflets were delivered to every home.')).toEqual([]);
  });

  it('flags “the focus of this plan” and possible “impacts”, not keyboard focus or an impact assessment', async () => {
    expect(await excerpts('jargon', 'The focus of this plan is prevention. We looked at any possible impacts on patients.')).toEqual(['focus', 'impacts']);
    expect(await excerpts('jargon', 'The focus is on the first link. We did a potential impact assessment.')).toEqual([]);
  });

  it('flags “foster” a culture after “to”, never fostering children', async () => {
    expect(await excerpts('jargon', 'We aim to foster a culture of openness.')).toEqual(['foster']);
    expect(await excerpts('jargon', 'We want to foster children. Could you foster a baby?')).toEqual([]);
  });

  it('flags “transforming” at the start of a sentence too, not the Transforming Care programme', async () => {
    expect(await excerpts('jargon', 'Transforming mental health services is our aim.')).toEqual(['Transforming']);
    expect(await excerpts('jargon', 'The Transforming Care Partnership will meet in May.')).toEqual([]);
  });

  it('flags staff “deployed”, and “collaborative” ways of working', async () => {
    expect(await excerpts('jargon', 'Staff were deployed to the clinic. We work in a collaborative way.')).toEqual(['deployed', 'collaborative']);
    expect(await excerpts('jargon', 'The app was deployed on Monday.')).toEqual([]);
  });
});

describe('simpler-words: the swaps an NHS editor makes', () => {
  it('suggests “want” for “wish to” after a person, not good wishes', async () => {
    expect(await excerpts('simpler-words', 'If you wish to complain, call us. Anyone who wishes to attend should book.')).toEqual(['wish', 'wishes']);
    expect(await excerpts('simpler-words', 'We wish you a speedy recovery. We will respect your wishes. If you wish, bring a friend.')).toEqual([]);
    expect(await excerpts('simpler-words', 'Anyone wishing to visit should call first. Visitors wishing to park can use the main car park.')).toEqual(['wishing', 'wishing']);
    expect(await excerpts('simpler-words', 'We are wishing you well. Wishing to visit? Call us.')).toEqual([]);
  });

  it('suggests shorter words for formal ones', async () => {
    expect(await excerpts('simpler-words', 'Prolonged use can thin the skin. The team comprises 10 nurses. Upwards of 300 people came. The service ceased in March.')).toEqual([
      'Prolonged',
      'comprises',
      'Upwards of',
      'ceased',
    ]);
    expect(await excerpts('simpler-words', 'Drink water so as to avoid thirst. During the course of your treatment you will see a nurse. Hence, the clinic moved.')).toEqual([
      'so as to',
      'During the course of',
      'Hence',
    ]);
  });

  it('suggests “most” for “the majority of” people or things', async () => {
    expect(await excerpts('simpler-words', 'The majority of patients are seen within 4 hours.')).toEqual(['The majority of']);
    expect(await excerpts('simpler-words', 'The council has a Labour majority.')).toEqual([]);
  });

  it('suggests leaving out “located” where a place follows', async () => {
    expect(await excerpts('simpler-words', 'The clinic is located on the ground floor. The surgery is conveniently situated next to the library.')).toEqual(['located', 'situated']);
    expect(await excerpts('simpler-words', 'We located the problem quickly.')).toEqual([]);
  });

  it('suggests “because of” for “owing to” and “in view of”, not money owed or a view', async () => {
    expect(await excerpts('simpler-words', 'Owing to high demand, lines are busy. In view of the snow, the clinic is closed.')).toEqual(['Owing to', 'In view of']);
    expect(await excerpts('simpler-words', 'The amount owing to the council must be paid. Cameras are in full view of the public.')).toEqual([]);
  });

  it('suggests “high” for elevated readings, not an elevated walkway', async () => {
    expect(await excerpts('simpler-words', 'Elevated blood pressure can damage your heart.')).toEqual(['Elevated']);
    expect(await excerpts('simpler-words', 'An elevated walkway links the buildings.')).toEqual([]);
  });

  it('suggests verbs for wordy phrases', async () => {
    expect(await excerpts('simpler-words', 'Your treatment is dependent on your results. This will give an indication of your risk. We are in agreement with the plan.')).toEqual([
      'is dependent on',
      'give an indication of',
      'are in agreement',
    ]);
    expect(await excerpts('simpler-words', 'If you are in possession of a blue badge, show it.')).toEqual(['are in possession of']);
  });

  it('suggests “told” for “will be informed”, not work informed by research', async () => {
    expect(await excerpts('simpler-words', 'You will be informed by letter.')).toEqual(['will be informed']);
    expect(await excerpts('simpler-words', 'Our plans will be informed by research and by your views.')).toEqual([]);
  });

  it('suggests “people” for individuals who or aged, and flags “optimised” after “be”', async () => {
    expect(await excerpts('simpler-words', 'Individuals who are eligible will get a letter. Beds will be optimised.')).toEqual(['Individuals', 'optimised']);
  });

  it('checks “are able to” and “outlines” only in a thorough check: editors often let them pass', async () => {
    // “We are able to” is the entry we-are-able-to, checked by default (test/rules-word-lists-budget.test.ts).
    const text = 'They are able to help. This leaflet outlines the risks. The changes outlined below start in May.';
    expect(await excerpts('simpler-words', text)).toEqual([]);
    expect(await excerpts('simpler-words', text, 'nhs', THOROUGH)).toEqual(['are able to', 'outlines', 'outlined']);
    expect(await excerpts('simpler-words', 'The new standard outlines the steps. Draw an outline of the shape.', 'nhs', THOROUGH)).toEqual([]);
  });

  it('flags “should you wish to” once', async () => {
    expect(await excerpts('simpler-words', 'Should you wish to talk, call us.')).toEqual(['Should you wish to']);
  });

  it('suggests shorter words for wordy set phrases', async () => {
    expect(await excerpts('simpler-words', 'The pharmacist has the ability to prescribe. We moved the clinic in an attempt to cut delays. In the interim, call the surgery.')).toEqual([
      'has the ability to',
      'in an attempt to',
      'In the interim',
    ]);
    expect(await excerpts('simpler-words', 'For the avoidance of doubt, the clinic is closed. At this juncture, we cannot say more.')).toEqual(['For the avoidance of doubt', 'At this juncture']);
    expect(await excerpts('simpler-words', 'Our interim director starts today. The ability to read is a skill.')).toEqual([]);
  });

  it('suggests talking to the reader in place of impersonal advice', async () => {
    expect(await excerpts('simpler-words', 'It is essential that you bring your letter. It is advisable to rest. You are advised to drink water.')).toEqual([
      'It is essential that',
      'It is advisable to',
      'You are advised to',
    ]);
    expect(await excerpts('simpler-words', 'You should rest. We advise you to drink water.')).toEqual([]);
  });
});

describe('words in brackets', () => {
  it('checks a bracket that gives a size or a count, but leaves a medical word explained in brackets alone', async () => {
    expect(await excerpts('simpler-words', 'You can print the guide (approximately 200 pages).')).toEqual(['approximately']);
    expect(await excerpts('jargon', 'Piles (haemorrhoids) are common. You may feel sick (nausea).')).toEqual([]);
  });
});

describe('suggestions that fit the words they replace', () => {
  it('gives each form its own plain word', async () => {
    expect(await firstSuggestions('Results are dependent on the lab. The test is dependent on the lab. The service ceases in May. The board is in agreement.')).toEqual([
      'are dependent on → depend on',
      'is dependent on → depends on',
      'ceases → stops',
      'is in agreement → agrees',
    ]);
    expect(await firstSuggestions('If you are in possession of a blue badge, show it. You will be informed by letter.')).toEqual(['are in possession of → have', 'will be informed → will be told']);
  });
});

describe('simpler-words: formal phrases in service and leaflet pages', () => {
  it('flags “at present” (“now”)', async () => {
    expect(await firstSuggestions('We cannot see people in this building at present.')).toEqual(['at present → now']);
    expect(await firstSuggestions('We are present at every clinic.')).toEqual([]);
  });
});
