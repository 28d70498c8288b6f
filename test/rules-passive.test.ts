/**
 * passive-voice: regular and irregular participles after "be" and "get", adjectives that look
 * like participles, the active pattern, and when it speaks up: one finding that names every
 * passive sentence of a page, a section or a paragraph where the passive is a habit, and a
 * sentence that tells the reader what will be done to them. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import passiveVoice from '../rules/passive-voice.js';
import { baseForm } from '../rules/lib/passive.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, options: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(passiveVoice, options));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
/** Every passive sentence, each in a finding of its own (option each). */
const every = (text: string) => lint(text, { each: true });
const excerpts = async (text: string) => (await every(text)).map((f) => f.excerpt);

describe('passive-voice finds', () => {
  it('regular participles after a form of "be"', async () => {
    expect(await excerpts('Four surveys were issued in May.')).toEqual(['were issued']);
    expect(await excerpts('It is hoped that the clinic opens soon.')).toEqual(['is hoped']);
    expect(await excerpts('Your records can be accessed online.')).toEqual(['can be accessed']);
    expect(await excerpts('The plan has been approved by the board.')).toEqual(['has been approved']);
    expect(await excerpts('Patients are being contacted this week.')).toEqual(['are being contacted']);
  });

  it('irregular participles, and an adverb in between', async () => {
    expect(await excerpts('Your results will be sent to your GP.')).toEqual(['will be sent']);
    expect(await excerpts('The letters were not given out.')).toEqual(['were not given']);
    expect(await excerpts('The clinic was recently refurbished.')).toEqual(['was recently refurbished']);
  });

  it('"get" passives, but not "get vaccinated" or "get involved"', async () => {
    expect(await excerpts('If you get referred, we will write to you.')).toEqual(['get referred']);
    expect(await every('Get vaccinated this winter. Get involved in our panel. You can get tested at home.')).toEqual([]);
  });

  it('says the active pattern', async () => {
    const [found] = await every('Four surveys were issued in May.');
    expect(found!.message).toBe('“were issued” is in the passive voice: it does not say who does it.');
    expect(found!.suggestions).toEqual(['Say who does it: “we issued …” in place of “were issued”.']);
    const [modal] = await every('Your records can be accessed online.');
    expect(modal!.suggestions).toEqual(['Say who does it: “you can access …” in place of “can be accessed”.']);
    const [future] = await every('Your results will be sent to your GP.');
    expect(future!.suggestions).toEqual(['Say who does it: “we will send …” in place of “will be sent”.']);
    // The words as written, and the “not” kept.
    const [negated] = await every('The advice is not followed in every ward.');
    expect(negated!.suggestions).toEqual(['Say who does it: “we follow …” in place of “is not followed”, keeping the “not”.']);
    // The doer the sentence names comes first, and a little word stays with its verb.
    const [agent] = await every('Requests are looked at by a clinician first.');
    expect(agent!.suggestions).toEqual(['Start with who does it: “a clinician looks at …” in place of “are looked at”.']);
    const [named] = await every('Your views will be analysed by an independent research company in May.');
    expect(named!.suggestions).toEqual(['Start with who does it: “an independent research company will analyse …” in place of “will be analysed”.']);
    const [team] = await every('You will be supported by an experienced team.');
    expect(team!.suggestions).toEqual(['Start with who does it: “an experienced team will support …” in place of “will be supported”.']);
    const [nurse] = await every('The form was checked by a nurse trained in wound care.');
    expect(nurse!.suggestions).toEqual(['Start with who does it: “a nurse checked …” in place of “was checked”.']);
    const [you] = await every('You may be referred back to your GP.');
    expect(you!.suggestions).toEqual(['Say who does it: “we may refer you back …” in place of “may be referred back”.']);
  });

  it('verbs with 2 objects, and verbs followed by an adjective', async () => {
    expect(await excerpts('You are given a leaflet. She was told the date. You will be sent a letter.')).toEqual(['are given', 'was told', 'will be sent']);
    expect(await excerpts('These patients are deemed unsuitable for surgery. You will be kept informed.')).toEqual(['are deemed', 'will be kept']);
  });

  it('a participle before "using", "several", and a short form of "is" or "not"', async () => {
    expect(await excerpts('The patient was treated using this option. This can be repeated several times.')).toEqual(['was treated', 'can be repeated']);
    expect(await excerpts('Care will be delivered closer to home.')).toEqual(['will be delivered']);
    expect(await excerpts('Anyone who’s offered a place must reply. The policy hasn’t been announced. It won’t be sent.')).toEqual([
      'who’s offered',
      'hasn’t been announced',
      'won’t be sent',
    ]);
  });

  it('a participle with no "be" that says who does it with "by"', async () => {
    expect(await excerpts('We read the information considered by the Board.')).toEqual(['considered']);
    expect(await every('We travelled by train. Prices increased by 10%. The team led by Dr Khan won. Add the class followed by the width.')).toEqual([]);
  });

  it('one finding for each sentence, at its first passive verb', async () => {
    const found = await every('The form was checked and the results were sent to you.');
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('was checked');
  });
});

describe('passive-voice leaves alone', () => {
  it('participles used as adjectives', async () => {
    expect(
      await every(
        'We are committed to better care. The service is based in Harlow. Are you interested? We are pleased to say it. ' +
          'The clinic is closed on Sundays. You are registered with a GP. You are entitled to free prescriptions.',
      ),
    ).toEqual([]);
  });

  it('a participle before a noun, and set phrases', async () => {
    expect(await every('These are trained nurses. The building is made up of 3 floors. It is known as the hub.')).toEqual([]);
    expect(await every('Some spots are raised and some seem to be filled with fluid.')).toEqual([]);
  });

  it('words that only end in -ed, and "un-" adjectives', async () => {
    expect(await every('There were a hundred people. The results were unexpected. She is unqualified.')).toEqual([]);
  });

  it('headings and table cells', async () => {
    expect(await every('# Surveys were issued\n\n| Status |\n| --- |\n| Forms were issued |')).toEqual([]);
  });
});

describe('passive-voice speaks up where the passive is a habit', () => {
  const active = 'We run the clinic. You can book by phone. We open at 8am. Our nurses will call you. You can park outside.';

  it('stays silent on one passive sentence among many active ones', async () => {
    expect(await lint(`The clinic was opened in 2019.\n\n${active}`)).toEqual([]);
  });

  it('names every passive sentence of a page in one finding, with their places', async () => {
    const text = 'The survey was issued in May.\n\nThe replies were counted in June.\n\nA report was published.\n\nWe thank everyone.';
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('was issued');
    expect(found[0]!.message).toBe(
      '3 of 4 sentences on this page are in the passive voice, which hides who does what: “was issued”, “were counted” and “was published”.',
    );
    expect(found[0]!.suggestions).toEqual(['Say who does it: “we issued …” in place of “was issued”, and “we counted …” in place of “were counted”.']);
    expect(found[0]!.data).toMatchObject({ section: null, passive: 3, sentences: 4 });
    const places = found[0]!.data!.places as Array<{ phrase: string; offset: number; line: number }>;
    expect(places.map((p) => p.phrase)).toEqual(['was issued', 'were counted', 'was published']);
    expect(places.map((p) => text.slice(p.offset, p.offset + p.phrase.length))).toEqual(['was issued', 'were counted', 'was published']);
    expect(places.map((p) => p.line)).toEqual([1, 3, 5]);
    expect(await lint(text, { maxShare: 0.9 })).toEqual([]);
  });

  it('names both passive verbs of a sentence that has 2', async () => {
    const found = await lint('Centres will be rolled out and GPs will be stationed there.\n\nThe plan was approved in May.\n\nWe thank you.');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '2 of 3 sentences on this page are in the passive voice, which hides who does what: “will be rolled out”, “will be stationed” and “was approved”.',
    );
  });

  it('counts a strong passive more: the reader, a doer after "by", "it was agreed that", a promise', async () => {
    // 2 passive sentences in 12: a habit only when both hide a doer who matters
    const strong = `The needs assessment will be carried out by an assessor. It was agreed that the clinic moves.\n\n${active} ${active}`;
    const found = await lint(strong);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('“will be carried out” and “was agreed”');
    expect(found[0]!.suggestions![0]).toContain('“an assessor will carry out …” in place of “will be carried out”');
    expect(await lint(`The clinic was painted in May. The car park was resurfaced.\n\n${active} ${active}`)).toEqual([]);
  });

  it('leaves alone things that are made, shown or laid out', async () => {
    const text = 'Links are underlined. The page was updated in May. Errors are shown in red. The table is sorted by date. Use it.';
    expect(await lint(text)).toEqual([]);
    // but names them when asked for every passive sentence
    expect((await every(text)).map((f) => f.excerpt)).toEqual(['are underlined', 'was updated', 'are shown', 'is sorted']);
  });

  it('names a section where the passive is a habit, standing on its heading', async () => {
    const text = `# Our clinic\n\n${active} ${active} ${active}\n\n## What happens next\n\nYour answers will be checked by a nurse. A decision will be made in May. Then we write to you.\n\n## Parking\n\n${active}`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('## What happens next');
    expect(found[0]!.message).toBe(
      '2 of 3 sentences under “What happens next” are in the passive voice, which hides who does what: “will be checked” and “will be made”.',
    );
    expect(found[0]!.data).toMatchObject({ section: 2, passive: 2, sentences: 3 });
  });

  it('names the part before the first heading as "the opening part", standing on its first passive', async () => {
    const text = `Your answers will be checked by a nurse. A decision will be made in May. Then we write to you.\n\n## Parking\n\n${active} ${active} ${active} ${active}`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('will be checked');
    expect(found[0]!.message).toMatch(/^2 of 3 sentences in the opening part are in the passive voice/);
    expect(found[0]!.data).toMatchObject({ section: 0 });
  });

  it('names a paragraph with 3 passive sentences', async () => {
    const text = `Your notes are kept. Your data is processed. Your forms are filed.\n\n${active} ${active} ${active} ${active} ${active} ${active}`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^3 of 3 sentences in this paragraph are in the passive voice/);
    expect(found[0]!.data).not.toHaveProperty('section');
  });

  it('always names a sentence that tells the reader what will be done to them', async () => {
    const found = await lint(`You will be contacted by phone.\n\n${active} ${active}`);
    expect(found.map((f) => f.excerpt)).toEqual(['will be contacted']);
    expect(found[0]!.suggestions).toEqual(['Say who does it: “we will contact you …” in place of “will be contacted”.']);
    expect((await lint(`Your results may be sent to your GP.\n\n${active} ${active}`)).map((f) => f.excerpt)).toEqual(['may be sent']);
    // short forms: "you'll", "you're"
    const short = await lint(`You’ll be contacted by phone.\n\n${active} ${active}`);
    expect(short.map((f) => f.excerpt)).toEqual(['You’ll be contacted']);
    expect(short[0]!.suggestions).toEqual(['Say who does it: “we will contact you …” in place of “You’ll be contacted”.']);
        // several in one finding, which names each
    const several = await lint(`You will be contacted by phone. ${active} Your results may be sent to your GP.\n\n${active} ${active} ${active}`);
    expect(several).toHaveLength(1);
    expect(several[0]!.message).toBe(
      '2 sentences on this page tell readers what will be done to them, but not who will do it: “will be contacted” and “may be sent”.',
    );
    expect(several[0]!.data).not.toHaveProperty('section');
        // "you will be seen by a nurse" says who does it
    expect(await lint(`You will be seen by a nurse.\n\n${active} ${active}`)).toEqual([]);
    // "you can be seen", "your content can be split": the reader may be the doer
    expect(await lint(`Your content can be split into sections.\n\n${active} ${active}`)).toEqual([]);
  });

  it('leaves alone passives in quotation marks and "please be advised"', async () => {
    expect(await lint('Do not write “your GP will be notified” or “it was decided that”. Write “we will tell your GP”.')).toEqual([]);
    expect(await every('Please be advised that the clinic moves.')).toEqual([]);
  });
});

describe('baseForm', () => {
  it('turns regular participles back into the plain verb, or says it cannot tell', () => {
    const cases: Record<string, string | undefined> = {
      issued: 'issue', accessed: 'access', committed: 'commit', carried: 'carry', planned: 'plan', added: 'add',
      agreed: 'agree', provided: 'provide', funded: 'fund', treated: 'treat', created: 'create', collected: 'collect',
      offered: 'offer', shared: 'share', required: 'require', trained: 'train', opened: 'open', received: 'receive',
      organised: 'organise', analysed: 'analyse', reduced: 'reduce', managed: 'manage', asked: 'ask', published: 'publish',
      reviewed: 'review', delayed: 'delay', sent: 'send',
      developed: undefined, visited: undefined, monitored: undefined, cancelled: undefined,
    };
    for (const [participle, base] of Object.entries(cases)) expect(baseForm(participle), participle).toBe(base);
  });
});

describe('passive-voice names an appeal that hides who makes it', () => {
  it('“are being urged to” on its own, even where the passive is not a habit', async () => {
    const findings = await lint('Drivers are being urged to slow down near the school. We opened the new crossing in May. It has lights.');
    expect(findings.map((f) => f.excerpt)).toEqual(['are being urged']);
  });

  it('but not when it says who urges, nor without “to”, nor without “being”', async () => {
    expect(await lint('Drivers are being urged by the council to slow down. We opened the crossing in May.')).toEqual([]);
    expect(await lint('Parents are being asked questions at the desk. We opened the crossing in May.')).toEqual([]);
    expect(await lint('Parents are asked to sign in. We opened the crossing in May. It has lights.')).toEqual([]);
  });
});

