/**
 * The spell table (rules/lib/spell-table.ts): nspell's words for dictionary-en-gb, made once at
 * build time so the spell check starts at once. nspell given the table must answer exactly what
 * nspell built from the dictionary answers: the same known words, the same unknown ones and the
 * same suggestions in the same order. Made-up misspellings.
 */
import { describe, expect, it, vi } from 'vitest';
import nspell from 'nspell';
import dictionary from 'dictionary-en-gb';
import { encodeSpellTable, SpellTable, type BuiltChecker } from '../rules/lib/spell-table.js';

const built = nspell(dictionary) as unknown as BuiltChecker & { correct(w: string): boolean; suggest(w: string): string[] };
const aff = new TextDecoder().decode(dictionary.aff);
const table = new SpellTable(encodeSpellTable(built, aff, 'test'));
const fromTable = Object.assign(nspell({ aff: table.aff }), { data: table.entries(), compoundRules: table.compoundRules });
const words = Object.keys(built.data);

describe('the spell table', () => {
  it('holds every word nspell builds from the dictionary, and nothing else', () => {
    expect(table.size).toBe(words.length);
    expect(words.length).toBeGreaterThan(100_000);
    expect(words.filter((w) => !table.has(w))).toEqual([]);
    const made = words.flatMap((w, i) => (i % 5 ? [] : [`${w}q`, `q${w}`, w.slice(0, -1) + 'zz']));
    expect(made.filter((w) => table.has(w) !== w in built.data)).toEqual([]);
    // Case matters, as in nspell's own list: “Reading” is listed, “reading” too; “Colonoscopy” is not.
    expect([table.has('Reading'), table.has('reading'), table.has('Colonoscopy'), table.has('colonoscopy')]).toEqual([true, true, false, true]);
    for (const odd of ['', ' ', '\n', 'a\nb', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'café']) {
      expect(table.has(odd), odd).toBe(odd in built.data);
    }
  });

  it('makes nspell know exactly the words nspell built from the dictionary knows', () => {
    const forms = (w: string) => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), `${w}s`, `${w}’s`];
    const sample = words.filter((_, i) => i % 7 === 0).flatMap(forms);
    // Ordinals come from nspell's compound rules; a curly apostrophe is read as a straight one.
    sample.push('1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th', '1th', '2th', '21th', '3nd', 'don’t', 'DON’T', "patient's", 'patient’s');
    expect(sample.filter((w) => fromTable.correct(w) !== built.correct(w))).toEqual([]);
    expect(sample.filter((w) => built.correct(w)).length).toBeGreaterThan(sample.length / 3);
  });

  it('gives the same suggestions as nspell built from the dictionary, in the same order', () => {
    const slips = ['recieve', 'medcine', 'seperate', 'Wensday', 'hospitl', 'Recieve', 'NHSS', 'fundz', 'teh', 'x'];
    const found = slips.map((w) => [w, fromTable.suggest(w)]);
    expect(found).toEqual(slips.map((w) => [w, built.suggest(w)]));
    expect(found.filter(([, s]) => s!.length > 0).length).toBeGreaterThan(7);
  });

  it('leaves out the flags no check reads, and keeps those that are read (never suggested, only in compounds)', () => {
    const entries = table.entries();
    expect(entries.patient).toEqual([]);
    expect(entries['1th']).toEqual(built.data['1th']);
    const noSuggest = words.filter((w) => built.data[w]!.includes('!'));
    expect(noSuggest.length).toBeGreaterThan(0);
    for (const w of noSuggest) expect(entries[w]).toEqual(built.data[w]);
    expect(entries.zzzzqq).toBeUndefined();
    expect('patient' in entries).toBe(true);
  });

  it('refuses a file that is not a spell table, or one cut short', () => {
    const bytes = encodeSpellTable(built, aff, 'test');
    expect(() => new SpellTable(new TextEncoder().encode('SET UTF-8\nTRY esian\n'))).toThrow(/not a plainlint spell table/);
    expect(() => new SpellTable(bytes.subarray(0, bytes.length - 10))).toThrow(/damaged/);
  });
});

describe('the spell checker the rules use', () => {
  it('loads the same checker from the built table or, without one, from the dictionary', async () => {
    const { loadSpeller } = await import('../rules/lib/spell.js');
    const speller = await loadSpeller();
    vi.resetModules();
    const noTable = vi.fn(() => undefined);
    vi.doMock('../rules/lib/spell-file.js', () => ({ readSpellTable: noTable }));
    const fallback = await (await import('../rules/lib/spell.js')).loadSpeller();
    vi.doUnmock('../rules/lib/spell-file.js');
    expect(noTable).toHaveBeenCalledOnce();
    for (const s of [speller, fallback]) {
      expect(['patient', 'Reading', 'café', 'COLOUR', '21st'].map((w) => s.known(w))).toEqual([true, true, true, true, true]);
      expect(['pateint', 'fundz', '21th'].map((w) => s.known(w))).toEqual([false, false, false]);
      expect([s.listed('Reading'), s.listed('Colonoscopy')]).toEqual([true, false]);
      expect(s.suggest('appontment')).toEqual(built.suggest('appontment'));
    }
  });
});
