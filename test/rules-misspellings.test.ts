/**
 * misspellings: the list of common misspellings (rules/data/lists/misspellings.json), its
 * messages and fixes, names left alone, and the list's own check (only words the dictionary lacks).
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { excerptsOf as excerpts, fixedText as applyFixes, lintRule as lint } from './helpers/rule-excerpts.js';

const misspellings = builtinRules.find((r) => r.meta.id === 'misspellings')!;


describe('misspellings: a list of common misspellings', () => {
  it('flags each one with the right spelling in the message, and fixes it', async () => {
    const text = 'The goverment said the fault occured because of a seperate accomodation bill, and its existance.';
    const found = await lint(misspellings, text);
    expect(excerpts(found)).toEqual(['goverment', 'occured', 'seperate', 'accomodation', 'existance']);
    expect(found[0]!.message).toBe('“goverment” is misspelt: write “government”.');
    expect(applyFixes(text, found)).toBe('The government said the fault occurred because of a separate accommodation bill, and its existence.');
  });

  it('flags a misspelling however often the document uses it, with the writer’s capitals', async () => {
    const found = await lint(misspellings, 'Recieve your results. We recieve many calls.');
    expect(excerpts(found)).toEqual(['Recieve', 'recieve']);
    expect(found[0]!.suggestions?.[0]).toBe('Receive');
  });

  it('leaves words inside names alone', async () => {
    expect(await lint(misspellings, 'Contact the Millenium Community Centre.')).toEqual([]);
  });

  it('puts the apostrophe back, and prefers the full form of a negative', async () => {
    const text = 'If youre ill and dont feel better, call us.';
    const found = await lint(misspellings, text);
    expect(found.map((f) => f.suggestions)).toEqual([["you're", 'you are'], ['do not', "don't"]]);
    expect(applyFixes(text, found)).toBe("If you're ill and do not feel better, call us.");
  });

  it('holds only words the dictionary lacks, each with a dictionary word to write instead', async () => {
    const NAMES = new Set(["Jobseeker's Allowance", 'JustGiving', 'WhatsApp']);
    const { loadSpeller } = await import('../rules/lib/spell.js');
    const speller = await loadSpeller();
    const list = (await import('../rules/data/lists/misspellings.json', { with: { type: 'json' } })).default;
    const problems: string[] = [];
    for (const e of list.entries) {
      for (const m of e.match) if (speller.known(m)) problems.push(`${m} is a dictionary word`);
      // A benefit's or a company's own name is right though the dictionary lacks it; a compound's parts are each words.
      if (NAMES.has(e.alternatives[0]!)) continue;
      for (const w of e.alternatives[0]!.split(/[ -]/)) if (!speller.known(w)) problems.push(`${e.alternatives[0]} is not a dictionary word`);
    }
    expect(problems).toEqual([]);
    expect(list.entries.length).toBeGreaterThan(400);
  });
});
