/**
 * lists: a lead-in line that lost its colon before items that start with a short form in capitals
 * (“NHS online”, “GPs”), and items in capitals after “You will:” though some have 2 sentences.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import lists from '../rules/lists.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function messages(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(lists));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => `${f.excerpt}: ${f.message}`);
}

describe('a lead-in line with no colon before items with short forms', () => {
  it('asks for a colon after a line that ends in a preposition', async () => {
    const text = 'You can get advice through\n\n- NHS 111 online\n- local pharmacies and GPs\n- youth clubs';
    expect(await messages(text)).toEqual(['through: End the line that leads in to this list with a colon (:).']);
  });

  it('leaves a list of names in capitals alone', async () => {
    const text = 'Our partners work through\n\n- NHS Anytown\n- GP Federation Anytown\n- BBC Radio Anytown';
    expect(await messages(text)).toEqual([]);
  });
});

describe('items after “You will:” start in lower case', () => {
  it('flags capitals though one item has 2 sentences', async () => {
    const text =
      'When you join, you will:\n\n- Get paid every week for the shifts you work.\n- Choose your own shifts. You can work days, nights or weekends.\n- Have free training in your first month.';
    expect(await messages(text)).toContain('Get: List items that read on from the lead-in line start in lower case, like “get”.');
  });

  it('leaves items after a lead-in that is not “you will:” as they are', async () => {
    const text =
      'What you get:\n\n- Weekly pay for the shifts you work.\n- Your own choice of shifts. You can work days, nights or weekends.\n- Free training in your first month.';
    expect((await messages(text)).filter((m) => m.includes('lower case'))).toEqual([]);
  });
});
