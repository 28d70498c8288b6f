/**
 * passive-voice: regular and irregular participles after "be" and "get", adjectives that look
 * like participles, one finding per sentence with the active pattern, and when it speaks up.
 * All text is made up.
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
/** Every passive sentence, as if the rule named them all. */
const every = (text: string) => lint(text, { minPerParagraph: 1 });
const excerpts = async (text: string) => (await every(text)).map((f) => f.excerpt);

describe('passive-voice finds', () => {
  it('regular participles after a form of "be"', async () => {
    expect(await excerpts('Four surveys were issued in May.')).toEqual(['were issued']);
    expect(await excerpts('It is hoped that the clinic opens soon.')).toEqual(['is hoped']);
    expect(await excerpts('Your records can be accessed online.')).toEqual(['can be accessed']);
    expect(await excerpts('The plan has been approved by the board.')).toEqual(['has been approved']);
    expect(await excerpts('Patients are being contacted this week.')).toEqual(['being contacted']);
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
    const [negated] = await every('The advice is not followed by everyone.');
    expect(negated!.suggestions).toEqual(['Say who does it: “we follow …” in place of “is not followed”, keeping the “not”.']);
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
    expect(await lint(`Your results will be sent to your GP.\n\n${active}`)).toEqual([]);
  });

  it('names each sentence in a paragraph with 3 passive sentences', async () => {
    const found = await lint(
      `Your results will be sent to your GP.\nYou will be told if you need another test.\nYour notes are kept securely.\n\n${active} ${active}`,
    );
    expect(found.map((f) => f.excerpt)).toEqual(['will be sent', 'will be told', 'are kept']);
    expect(found[0]!.start).toMatchObject({ line: 1, column: 14 });
  });

  it('stays silent on 2 passive sentences among many active ones', async () => {
    expect(await lint(`Your results will be sent to your GP. You will be told the date.\n\n${active} ${active}`)).toEqual([]);
  });

  it('names every passive sentence when more than 1 in 5 are passive', async () => {
    const text = 'The survey was issued in May.\n\nThe replies were counted in June.\n\nA report was published.\n\nWe thank everyone.';
    expect((await lint(text)).map((f) => f.excerpt)).toEqual(['was issued', 'were counted', 'was published']);
    expect(await lint(text, { maxShare: 0.9 })).toEqual([]);
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
