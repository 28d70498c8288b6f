/**
 * What the list rules (jargon, simpler-words, inclusive-language) leave alone and how they word a
 * finding, on made-up text: words inside names, names the text introduces, words a sentence talks
 * about, a link whose whole text is the term, suggestions in a sensible case, one finding for a
 * word, and the word forms of issue 18 (deliver, key, focus, empower, suffering, condition labels).
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import type { Finding, Rule } from '../src/types.js';
import { oneRule as config } from './helpers/rule-config.js';

const rule = (id: string): Rule => builtinRules.find((r) => r.meta.id === id)!;
const jargon = rule('jargon');
const simpler = rule('simpler-words');
const inclusive = rule('inclusive-language');

async function lint(r: Rule, text: string, settings: Record<string, unknown> = {}): Promise<Finding[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), config(r, {}, settings));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}
const excerpts = (findings: Finding[]) => findings.map((f) => f.excerpt);

describe('words inside names', () => {
  it('leaves alone a word inside the name of an organisation or a place', async () => {
    expect(await lint(jargon, 'Patients at Lowtown Acute Hospitals NHS Trust can book online.')).toEqual([]);
    expect(await lint(simpler, 'The clinic in Kingston upon Hull opens on Monday.')).toEqual([]);
    expect(await lint(inclusive, 'Fill in the National Cancer Patient Survey.')).toEqual([]);
  });

  it('still flags the same words in running text', async () => {
    expect(excerpts(await lint(jargon, 'Most people go to acute hospitals for this.'))).toEqual(['acute hospitals']);
    expect(excerpts(await lint(simpler, 'Call us upon arrival.'))).toEqual(['upon']);
    expect(excerpts(await lint(jargon, 'Acute hospitals are busy in winter.'))).toEqual(['Acute hospitals']);
  });

  it('does not take a word in capitals, or one after the first word of a sentence, for a name', async () => {
    expect(excerpts(await lint(simpler, 'Please UTILISE the form.'))).toEqual(['UTILISE']);
    expect(excerpts(await lint(inclusive, 'BAME staff can join the network.'))).toEqual(['BAME']);
  });

  it('leaves alone a name the text introduces, there and later', async () => {
    const text = 'We run a service called the Hub. The Hub helps people find work, and the hub is open daily.';
    expect(await lint(jargon, text)).toEqual([]);
    expect(excerpts(await lint(jargon, 'Visit our hub to find out more.'))).toEqual(['hub']);
    expect(await lint(jargon, 'It is a programme we call Pathway. Pathway starts in May.')).toEqual([]);
  });

  it('leaves alone a short name the text gives in brackets after a full name, there and later', async () => {
    const text = 'We lead the Anytown Jobs Trailblazer (trailblazer). The trailblazer helps 500 people find work.';
    expect(await lint(jargon, text)).toEqual([]);
    // Not a short name: the bracket does not repeat the end of the name.
    expect(excerpts(await lint(jargon, 'We lead the Anytown Jobs Fund (trailblazer). The trailblazer helps.'))).toContain('trailblazer');
  });
});

describe('words a sentence talks about', () => {
  it('leaves alone “we do not say …” and a link whose whole text is the term', async () => {
    expect(await lint(inclusive, 'We do not describe people as mentally ill.')).toEqual([]);
    expect(await lint(jargon, 'We updated the entry for [fetus](/a-to-z#fetus).')).toEqual([]);
    expect(excerpts(await lint(jargon, 'Your fetus grows fast in these weeks.'))).toEqual(['fetus']);
  });
});

describe('how a finding is worded', () => {
  it('does not make a suggestion shout when the word is in capitals', async () => {
    const [found] = await lint(inclusive, 'Our BAME staff network meets monthly.');
    expect(found!.suggestions).toEqual(['ethnic minorities', 'people from ethnic minority backgrounds']);
    const [start] = await lint(inclusive, 'BAME staff can join.');
    expect(start!.suggestions![0]).toBe('Ethnic minorities');
  });

  it('gives an acronym that a word list deals with one finding, from the list', async () => {
    const acronyms = rule('acronyms');
    expect(await lint(acronyms, 'Our BAME staff can get an STD test at the GUM clinic.')).toEqual([]);
    const [clinic] = await lint(jargon, 'Go to the GUM clinic on Monday.');
    expect(clinic!.suggestions![0]).toBe('sexual health clinic');
  });

  it('keeps the writer’s capitals in a fix, so the swap is safe', async () => {
    const [found] = await lint(simpler, '# PLEASE UTILISE THE FORM');
    expect(found!.suggestions![0]).toBe('use');
    expect(found!.fix?.text).toBe('USE');
  });

  it('covers only the word to change, not the word after it', async () => {
    expect(excerpts(await lint(jargon, 'We are strengthening our links.'))).toEqual(['strengthening']);
    expect(excerpts(await lint(jargon, 'We will empower communities.'))).toEqual(['empower']);
    expect(excerpts(await lint(jargon, 'The work focuses on prevention.'))).toEqual(['focuses on']);
  });

  it('gives one finding for “key stakeholders”, on the word that is jargon on its own', async () => {
    expect(excerpts(await lint(jargon, 'We met key stakeholders and key partners.'))).toEqual(['stakeholders', 'key']);
  });

  it('reads “a minimum of” as “at least” only before a number', async () => {
    expect(excerpts(await lint(simpler, 'You need a minimum of 3 years of experience.'))).toEqual(['a minimum of']);
    expect(await lint(simpler, 'Aim to show a minimum of data.')).toEqual([]);
  });

  it('gives one finding for “seek to”, with a suggestion that fits', async () => {
    const found = await lint(simpler, 'We seek to show how they link.');
    expect(excerpts(found)).toEqual(['seek to']);
    expect(found[0]!.suggestions).toContain('try to');
    expect(await lint(simpler, 'It is a sought after job.')).toEqual([]);
  });
});

describe('word forms (GOV.UK words to avoid, NHS A to Z)', () => {
  it('finds abstract deliver, delivered and delivery, but not babies, post or leaflets', async () => {
    expect(excerpts(await lint(jargon, 'We will deliver greater access to care.'))).toEqual(['deliver']);
    expect(excerpts(await lint(jargon, 'This is how care has been delivered.'))).toEqual(['delivered']);
    expect(excerpts(await lint(jargon, 'We will support the delivery of these priorities.'))).toEqual(['delivery']);
    expect(await lint(jargon, 'Midwives deliver babies. We deliver leaflets to every home.')).toEqual([]);
    expect(await lint(jargon, 'Ask about home delivery of your medicines. Your parcel was delivered.')).toEqual([]);
    expect(await lint(jargon, 'The labour and delivery suite is on floor 2.')).toEqual([]);
    // flowers, gifts and bins are delivered too
    expect(await lint(jargon, 'Volunteers deliver flowers to the ward. Florists deliver bouquets each morning.')).toEqual([]);
    expect(await lint(jargon, 'We deliver your new bin within 10 days. We deliver gifts to children on the ward.')).toEqual([]);
    expect(await lint(jargon, 'Ask the ward before you arrange delivery of flowers. We take delivery of test kits on Mondays.')).toEqual([]);
  });

  it('finds key as an adjective, not a key that opens a lock', async () => {
    expect(excerpts(await lint(jargon, 'Our key audiences are parents.'))).toEqual(['key']);
    expect(await lint(jargon, 'Leave the key at reception. The key to good care is time.')).toEqual([]);
  });

  it('finds focus on and empower in every form', async () => {
    expect(excerpts(await lint(jargon, 'This ambition focuses on prevention.'))).toEqual(['focuses on']);
    expect(excerpts(await lint(jargon, 'We have empowered staff to decide.'))).toEqual(['empowered']);
    expect(await lint(jargon, 'Make it easy for users to focus on the next step.')).toEqual([]);
  });

  it('finds liaise, liaison and facilitator, but not a liaison nurse', async () => {
    expect(excerpts(await lint(jargon, 'We liaise with schools. Liaison with GPs is weekly. Ask the facilitator.'))).toEqual([
      'liaise',
      'Liaison',
      'facilitator',
    ]);
    expect(await lint(jargon, 'The learning disability liaison nurse will call you.')).toEqual([]);
  });

  it('finds commissioned in the NHS sense and outcomes as jargon', async () => {
    expect(excerpts(await lint(jargon, 'The clinic was commissioned by the NHS to improve health outcomes.'))).toEqual([
      'commissioned',
      'outcomes',
    ]);
    expect(await lint(jargon, 'We commissioned a survey. Tell us the outcome of your appointment.')).toEqual([]);
  });

  it('finds commissioners who plan and pay for services, but not a commissioner who holds a public office', async () => {
    expect(excerpts(await lint(jargon, 'Local commissioners plan your care. The commissioner of the service decides.'))).toEqual([
      'commissioners',
      'commissioner',
    ]);
    for (const text of [
      'Contact the British high commissioner in Ottawa.',
      'Write to your police and crime commissioner.',
      'The children’s commissioner and the victims\' commissioner spoke at the event.',
      'The information commissioner can look into your complaint.',
    ]) {
      expect(await lint(jargon, text), text).toEqual([]);
    }
  });
});

describe('inclusive language forms', () => {
  it('finds suffering without “from”, and a condition used as a label', async () => {
    expect(excerpts(await lint(inclusive, 'Patients suffering ongoing health issues can get help.'))).toEqual(['suffering']);
    const found = await lint(inclusive, 'We saw 40 asthma patients and 12 stroke patients.');
    expect(excerpts(found)).toEqual(['asthma patients', 'stroke patients']);
    expect(found[0]!.suggestions![0]).toBe('people with asthma');
    expect(found[1]!.suggestions![0]).toBe('people who have had a stroke');
  });

  it('leaves alone suffering a loss and people with a condition', async () => {
    expect(await lint(inclusive, 'The family suffered a loss. People with asthma can get a review.')).toEqual([]);
  });
});
