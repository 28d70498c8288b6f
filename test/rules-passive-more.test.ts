/**
 * passive-voice: an “it … that” passive counts whatever its verb, the reader passive with any
 * modal (“you can be referred”), a page's share counted in passive verbs, and a reduced passive
 * after a noun in “-ing” (“funding announced by the council”). All text is made up.
 */
import { describe, expect, it } from 'vitest';
import passiveVoice from '../rules/passive-voice.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, options: Record<string, unknown> = {}) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(passiveVoice, options));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const active = 'We run the clinic. You can book by phone. We open at 8am. Our nurses will call you. You can park outside.';

describe('passive-voice', () => {
  it('counts “it was highlighted that” as hiding who said it, though “highlighted” is also a word for how text looks', async () => {
    const found = await lint(`It was also highlighted that the clinic moves. It was agreed that we write to patients.\n\n${active} ${active}`);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('“was also highlighted” and “was agreed”');
    // a heading or a word that is highlighted on the page is still left alone
    expect(await lint(`New words are highlighted in yellow. The page was updated in May.\n\n${active} ${active}`)).toEqual([]);
  });

  it('names “you can be referred”: what someone else can do to the reader', async () => {
    const found = await lint(`If you need more help, you can be referred to a specialist.\n\n${active} ${active}`);
    expect(found.map((f) => f.excerpt)).toEqual(['can be referred']);
    expect(found[0]!.suggestions).toEqual(['Say who does it: “we can refer you …” in place of “can be referred”.']);
    expect((await lint(`You should be offered a test.\n\n${active} ${active}`)).map((f) => f.excerpt)).toEqual(['should be offered']);
    // what a thing of the reader's allows is not about the reader
    expect(await lint(`Check that your form can be sent online.\n\n${active} ${active}`)).toEqual([]);
  });

  it('counts the share of a page in passive verbs, so a sentence with 2 counts twice', async () => {
    const filler = 'We run the clinic. You can book by phone. We open at 8am. Our nurses call you. You can park outside. We are near the station.';
    // 2 passive sentences with 3 passive verbs among 21 sentences: 3 is over 1 in 10
    const text = `The views of carers are valued in our work.\n\nAnyone who’s offered a place is asked to fill in a form.\n\n${filler} ${filler} ${filler} We close at 6pm.`;
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '2 of 21 sentences on this page are in the passive voice, which hides who does what: “are valued”, “who’s offered” and “is asked”.',
    );
    // 2 sentences with one passive verb each among 21: not a habit
    const one = `The views of carers are valued in our work.\n\nAnyone with a place is asked to fill in a form.\n\n${filler} ${filler} ${filler} We close at 6pm.`;
    expect(await lint(one)).toEqual([]);
  });

  it('finds a participle after a noun in “-ing” that says who does it with “by”', async () => {
    const found = await lint('The funding announced by the council today will pay for 2 clinics.', { each: true });
    expect(found.map((f) => f.excerpt)).toEqual(['announced']);
    // a verb in "-ing" before it is not a noun it describes
    expect(await lint('We are considering what was asked by the panel.', { each: true }).then((f) => f.map((x) => x.excerpt))).toEqual(['was asked']);
  });

  it('ends the doer at a word of time or degree, so the rewrite reads as English', async () => {
    const [found] = await lint('You will be seen by the right nurses sooner.', { each: true });
    expect(found!.suggestions).toEqual(['Start with who does it: “the right nurses will see …” in place of “will be seen”.']);
  });

  it('says “we cannot” for something of the reader’s that cannot be done, and “you can” for what the reader can do', async () => {
    const [refused] = await lint('Your application cannot be processed without a photo.', { each: true });
    expect(refused!.suggestions).toEqual(['Say who does it: “we can process …” in place of “cannot be processed”, keeping the “not”.']);
    const [open] = await lint('Your records can be accessed online.', { each: true });
    expect(open!.suggestions).toEqual(['Say who does it: “you can access …” in place of “can be accessed”.']);
  });

  it('leaves alone a medical state after “are”: “people who are immunosuppressed”', async () => {
    expect(await lint('People who are immunosuppressed or immunocompromised should ask their GP.', { each: true })).toEqual([]);
  });
});
