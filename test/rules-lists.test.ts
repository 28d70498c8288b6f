/** lists: GOV.UK list style after a lead-in line. All text is made up. */
import { describe, expect, it } from 'vitest';
import lists from '../rules/lists.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { oneRule } from './helpers/rule-config.js';

async function lint(text: string) {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(lists));
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

describe('lists', () => {
  it('flags an item ending in "and" or "or", at the word', async () => {
    const found = await lint('We will:\n\n- improve access to services, and\n- reduce waiting times');
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([['and', 'Do not end a list item with “and”.']]);
    expect(found[0]!.start).toMatchObject({ line: 3, column: 31 });
    expect((await lint('You can:\n\n- call us or\n- email us')).map((f) => f.excerpt)).toEqual(['or']);
  });

  it('flags semicolons and full stops once per list', async () => {
    expect((await lint('We will:\n\n- improve access;\n- reduce waits;\n- listen')).map((f) => f.message)).toEqual([
      'Do not end list items with a semicolon.',
    ]);
    expect((await lint('Our priorities are:\n\n- better care.\n- shorter waits.')).map((f) => f.message)).toEqual([
      '2 list items end with a full stop.',
    ]);
  });

  it('flags capitals where items read on from the lead-in', async () => {
    const found = await lint('Our ambitions are:\n\n- Working with our communities\n- Making it easy to get care\n- listening to you');
    expect(found.map((f) => [f.excerpt, f.suggestions])).toEqual([['Working', ['working']]]);
  });

  it('leaves alone names, titles, links, quoted items, full sentences and lists with no lead-in', async () => {
    for (const text of [
      'We work with:\n\n- Oxford University Hospitals\n- Royal Berkshire Hospital',
      'Pages include:\n\n- Money, work and benefits – NHS\n- Calculate your heart age – NHS',
      'Read:\n\n- [Our annual report](a.pdf)\n- [Our plan](b.pdf)',
      '"No" could mean:\n\n- "No, do not call me."\n- "No, not now."',
      'Before you come:\n\n- Eat a light meal. It helps you feel well.\n- Bring your glasses. You will need them.',
      'Landmarks\n\n- The Park.\n- The River;',
      'Parts are:\n\n- main: the content of the page. It is unique on each page.\n- footer: the end of the page',
      'How it works:\n\n- `run` loads the whole command as one file, with a cache.\n- The entry file starts sooner than a module does.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});
