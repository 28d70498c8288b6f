/** capitals: one finding for the same words written again, and document titles with their file type. All text is made up. */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('capitals say each thing once', () => {
  it('reports the same words written again as one finding with the count and the later places', async () => {
    const text = 'By May, the Panel had met twice.\n\nThe Panel is now looking at new ideas.\n\nWe thank the wider Panel.';
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toBe('Panel');
    expect(found[0]!.start.line).toBe(1);
    expect(found[0]!.message).toBe('“Panel” does not need capitals here. This page writes it 3 times: use lower case each time.');
    const places = (found[0]!.data as { places: Array<{ line: number; offset: number; endOffset: number }> }).places;
    expect(places.map((p) => p.line)).toEqual([3, 5]);
    expect(places.map((p) => text.slice(p.offset, p.endOffset))).toEqual(['Panel', 'Panel']);
  });

  it('keeps different words apart', async () => {
    const found = await lint('Our Engagement Team met the Panel. Later the Panel wrote to the Engagement Team.');
    expect(found.map((f) => [f.excerpt, (f.data as { count?: number }).count])).toEqual([
      ['Engagement Team', 2],
      ['Panel', 2],
    ]);
  });
});

describe('capitals leave document titles alone', () => {
  it('does not flag the first word of a title named with its file type', async () => {
    expect(await lint('See  Recruiting staff (PDF, 98KB) for help. Read Planning services (Word document, 40KB).')).toEqual([]);
  });

  it('still flags a common noun with no file type after it', async () => {
    expect((await lint('Our Recruiting team will call you.')).map((f) => f.excerpt)).toEqual(['Recruiting']);
  });
});

describe('capitals from the guides: possessives, job titles, app and website', () => {
  it('flags a possessive before a name: the name keeps its capitals', async () => {
    const found = await lint('As part of the Government’s Plan for Change we will act. The Government’s aim is clear.');
    expect(found.map((f) => [f.excerpt, (f.data as { count?: number }).count])).toEqual([['Government’s', 2]]);
    expect(await lint('Read the Department of Health’s Annual Report on the NHS.')).toEqual([]);
  });

  it('flags a technician, the app and the website as common nouns, but not the NHS App', async () => {
    const found = await lint('Give the Technician your card. Order it in the NHS App, or use the App at home. Our Website has more.');
    expect(found.map((f) => f.excerpt)).toEqual(['Technician', 'App', 'Website']);
    expect((await lint('Our Radiographers and the Dietitian will see you.')).map((f) => f.excerpt)).toEqual(['Radiographers', 'Dietitian']);
    expect(await lint('Jane Smith, Consultant Radiographer, said it went well.')).toEqual([]);
  });

  it('asks for “NHS website”, as the NHS A to Z writes it', async () => {
    const found = await lint('Find out more on the NHS Website.');
    expect(found.map((f) => [f.excerpt, f.suggestions![0]])).toEqual([['NHS Website', 'NHS website']]);
    expect(await lint('Find out more on the NHS website.')).toEqual([]);
  });
});
