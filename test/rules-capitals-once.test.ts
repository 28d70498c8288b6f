/**
 * capitals: the same words written again are a finding at each place, one group for the reports
 * (src/report/group.ts); and document titles with their file type. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import capitals from '../rules/capitals.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';
import { groupFindings } from '../src/report/group.js';

async function lint(text: string, preset = 'nhs') {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(capitals, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('capitals say each thing once, in the report', () => {
  it('reports the same words written again at each place, with one group id', async () => {
    const text = 'By May, the Panel had met twice.\n\nThe Panel is now looking at new ideas.\n\nWe thank the wider Panel.';
    const found = await lint(text);
    expect(found.map((f) => [f.excerpt, f.start.line])).toEqual([
      ['Panel', 1],
      ['Panel', 3],
      ['Panel', 5],
    ]);
    for (const f of found) {
      expect(f.message).toBe('“Panel” does not need capitals here.');
      expect(f.data).not.toHaveProperty('places');
      expect(f.data).not.toHaveProperty('count');
    }
    const groups = groupFindings(found);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.id).toBe('capitals:panel');
    expect(groups[0]!.findings).toEqual(found);
  });

  it('keeps different words apart as terms of one group', async () => {
    const found = await lint('Our Engagement Team met the Panel. Later the Panel wrote to the Engagement Team.');
    expect(found.map((f) => f.excerpt)).toEqual(['Engagement Team', 'Panel', 'Panel', 'Engagement Team']);
    const groups = groupFindings(found);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.terms.map((t) => [t.key, t.findings.length])).toEqual([
      ['capitals:engagement team', 2],
      ['capitals:panel', 2],
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
    expect(found.map((f) => [f.excerpt, (f.data as { term?: string }).term])).toEqual([
      ['Government’s', 'government'],
      ['Government’s', 'government'],
    ]);
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
