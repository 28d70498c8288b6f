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

describe('lists: an item that ends with a colon and has nothing under it', () => {
  it('flags the colon, once per list (and not the item’s capital as well)', async () => {
    const text = 'You can use the money for:\n\n- If you need help with shopping:\n- getting to appointments\n- paying a carer';
    const found = await lint(text);
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([
      [':', 'This list item ends with a colon, but nothing comes after it. Finish the item, or put what it leads in to under it.'],
    ]);
    expect(found[0]!.start).toMatchObject({ line: 3, column: 33 });
    expect((await lint('Contact us:\n\n- Phone:\n- Email: team@example.org\n- by post')).map((f) => f.excerpt)).toEqual([':']);
  });

  it('leaves alone an item with its list under it, the last item and numbered steps', async () => {
    for (const text of [
      'You can get:\n\n- help at home, including:\n  - meals\n  - washing\n- help with money',
      'You can get:\n\n- help at home\n- help with money, for example:',
      '1. Fill in the form:\n2. Send it to us.\n3. Wait for our letter.',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});

describe('lists: an item that does not read on from the lead-in line', () => {
  it('flags a condition with its own main clause among items that finish the lead-in', async () => {
    const text = 'Before you go home, the nurse will make sure:\n\n- you can walk to the toilet\n- you have eaten something\n- your pain is under control\n- If you feel sick you will be given medicine for it';
    const found = await lint(text);
    expect(found.map((f) => [f.excerpt, f.message])).toEqual([
      [
        'If you feel sick you will be given medicine for it',
        'This item does not read on from the lead-in line (“nurse will make sure:”). Move it out of the list, or reword it so it finishes that line.',
      ],
    ]);
    expect(found[0]!.severity).toBe('suggestion');
  });

  it('flags the writer’s advice set as an item, and says it once (not also for its capital)', async () => {
    const found = await lint('When you leave you will be given:\n\n- a letter for your GP\n- a week of painkillers\n- We advise that you keep some paracetamol at home');
    expect(found.map((f) => f.excerpt)).toEqual(['We advise that you keep some paracetamol at home']);
  });

  it('leaves alone lists where every item is a condition, lead-ins that any sentence can follow, and conditions with no main clause', async () => {
    for (const text of [
      'Call 111 if:\n\n- you feel worse\n- you have a fever\n- if you cannot reach your GP, you can call 111',
      'Remember:\n\n- drink plenty of water\n- rest at home\n- if you feel worse, you should call 111',
      'You can call us:\n\n- before 10am\n- after 4pm\n- if you need help at night',
      'You should call the ward:\n\n- if you feel sick you will need to tell them\n- if you have a fever you should call\n- when you get home',
    ]) {
      expect(await lint(text), text).toEqual([]);
    }
  });
});
