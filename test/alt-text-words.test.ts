/**
 * The words of image alt text are checked like the words on the page (src/parse/alt-text.ts):
 * word lists, inclusive language and spelling see them, with exact places; rules about
 * sentences, sections and layout do not. All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { lintMarkdown } from '../src/index.js';
import { applyFixes } from '../src/fix/apply.js';
import { withAltText } from '../src/parse/alt-text.js';
import { listRule, type ListFile } from '../rules/lib/list-rule.js';
import { defineRule, type Finding } from '../src/types.js';
import { oneRule } from './helpers/rule-config.js';
import { markdownToDocx } from './helpers/md-to-docx.js';
import { ConfigLoader } from '../src/config/load.js';
import { lintDraft } from '../src/engine/run.js';
import { lintDocxArrayBuffer } from '../src/browser.js';

const NOTE = 'This is in the alt text of an image.';

async function lint(text: string): Promise<Finding[]> {
  const result = await lintMarkdown(text, { extends: 'nhs' });
  expect(result.ruleFailures).toEqual([]);
  return result.findings;
}

/** Each finding as rule, line:column and the words it covers. */
const places = (found: Finding[]) => found.map((f) => `${f.ruleId} ${f.start.line}:${f.start.column} ${f.excerpt}`);

describe('alt text as words the word rules check', () => {
  it('finds list words, inclusive language and spelling slips in markdown alt text, at their exact place', async () => {
    const text = [
      '# Visiting the ward',
      '',
      'Visiting is from 2pm to 8pm every day.',
      '',
      '![A man in a wheel chair talking with a nurse about how to utilise the new visitor app](ward.png)',
      '',
    ].join('\n');
    const found = await lint(text);
    expect(places(found)).toEqual([
      'inclusive-language 5:9 in a wheel chair',
      'misspellings 5:14 wheel chair',
      'simpler-words 5:60 utilise',
    ]);
    for (const f of found) {
      expect(f.message.endsWith(` ${NOTE}`)).toBe(true);
      expect(f.data?.altText).toBe(true);
      expect(text.slice(f.start.offset, f.end.offset)).toBe(f.excerpt);
    }
  });

  it('says the same thing without the note for the same words on the page', async () => {
    const found = await lint('Ask how to utilise the app.\n\n![Ask how to utilise the app](app.png)\n');
    expect(found.map((f) => f.message)).toEqual([
      'There is a simpler way to say “utilise”.',
      `There is a simpler way to say “utilise”. ${NOTE}`,
    ]);
    expect(found[0]!.data?.altText).toBeUndefined();
  });

  it('keeps places exact through escapes, emphasis and character references in the alt text', async () => {
    const text = 'Our \\*new\\* clinic.\n\n![The \\*new\\* *clinic* &amp; staff who facilitate groups for elderly people](c.png)\n';
    const found = await lint(text);
    expect(places(found)).toEqual(['jargon 3:40 facilitate', 'inclusive-language 3:62 elderly']);
  });

  it('reads alt text in HTML images, block or inline, with either quotation mark and character references', async () => {
    const text = [
      'Our new leaflet is out.',
      '',
      '<img src="leaflet.png" alt="A leaflet for people suffering from asthma">',
      '',
      "Read it at home. <img src='x.png' alt='Carers &amp; staff who liaise with families'> Then call us.",
      '',
    ].join('\n');
    const found = await lint(text);
    expect(places(found)).toEqual(['inclusive-language 3:50 suffering from', 'jargon 5:63 liaise']);
  });

  it('leaves alone an <img> inside an HTML comment: it is not on the page', async () => {
    const text = '<!-- <img src="old.png" alt="Staff who liaise with families"> -->\n\n<div><img src="a.png" alt="A poster"><img src="b.png" alt="Staff who liaise with us"></div>\n';
    const found = await lint(text);
    expect(places(found)).toEqual(['jargon 3:70 liaise']);
    expect(parseMarkdown(text, 'draft.md').altText?.map((b) => b.text)).toEqual(['A poster', 'Staff who liaise with us']);
    // Nor does the alt-text rule ask for alt text on it.
    expect(parseMarkdown('Text.\n\n<!-- <img src="old.png"> -->\n', 'draft.md').images).toEqual([]);
  });

  it('reads the alt text of an image inside a link, of an image by reference, and in lists and tables', async () => {
    const text = [
      '[![Leverage our new app](app.png)](https://example.org/app)',
      '',
      '![Staff who liaise with families][plan]',
      '',
      '- ![A colour chart of our patients’ behavior](chart.png)',
      '',
      '| Picture | What it shows |',
      '| --- | --- |',
      '| ![A recieved letter](l.png) | A letter |',
      '',
      '[plan]: plan.png',
      '',
    ].join('\n');
    const found = await lint(text);
    expect(places(found)).toEqual([
      'jargon 1:4 Leverage',
      'jargon 3:13 liaise',
      'uk-spelling 5:37 behavior',
      'misspellings 9:7 recieved',
    ]);
    expect(found.every((f) => f.message.endsWith(NOTE))).toBe(true);
  });

  it('checks the spelling of alt text, with the slip at its place', async () => {
    const found = await lint('Our clinic is open on Monday.\n\n![A nurse booking an appontment at our clinc](v.png)\n');
    expect(places(found)).toEqual(['spelling 3:22 appontment', 'spelling 3:40 clinc']);
    expect(found[0]!.message).toBe(`Check the spelling of “appontment”: did you mean “appointment”? ${NOTE}`);
  });

  it('finds a repeated word and a wrong article in alt text', async () => {
    const found = await lint('We will send you a letter.\n\n![A elderly man reading the the leaflet](man.png)\n');
    expect(places(found)).toEqual(['indefinite-article 3:3 A', 'inclusive-language 3:5 elderly', 'repeated-words 3:25 the the']);
  });

  it('fixes words in alt text in place, and nothing else', async () => {
    const text = 'Read our guide.\n\n![How to utilise the app in a wheel chair](app.png)\n';
    const { findings } = await lintMarkdown(text, { extends: 'nhs' });
    const fixed = applyFixes(text, findings.flatMap((f) => (f.fix ? [f.fix] : []))).text;
    expect(fixed).toBe('Read our guide.\n\n![How to use the app in a wheelchair](app.png)\n');
  });

  it('makes one block for each image with words in its alt text', async () => {
    const doc = parseMarkdown('![A leaflet](a.png)', 'draft.md');
    expect(doc.altText?.map((b) => b.text)).toEqual(['A leaflet']);
    // An empty alt text, or one without letters, makes no block.
    expect(parseMarkdown('![](a.png) ![ 2024 ](b.png) <img alt="" src="c.png">', 'draft.md').altText).toEqual([]);
  });
});

describe('alt text of pictures in Word', () => {
  const markdown = [
    '# Visiting',
    '',
    'Visiting is from 2pm to 8pm every day.',
    '',
    '![A man in a wheel chair talking with a nurse about how to utilise the app](ward.png)',
    '',
    'Call us to book a visit.',
    '',
  ].join('\n');

  async function wordFindings(): Promise<Finding[]> {
    const config = await new ConfigLoader().resolveConfig({ extends: 'nhs' }, undefined);
    const loader = { forFile: async () => config } as unknown as ConfigLoader;
    const report = await lintDraft({ path: 'visiting.docx', kind: 'docx', buffer: await markdownToDocx(markdown), notices: [] }, 'visiting.docx', { loader });
    expect(report.error).toBeUndefined();
    expect(report.ruleFailures).toEqual([]);
    return report.findings;
  }

  it('finds the same words as in markdown, at the picture’s paragraph, quoting the words', async () => {
    const found = await wordFindings();
    expect(found.map((f) => `${f.ruleId} ¶${f.paragraph} ${f.excerpt}`)).toEqual([
      'inclusive-language ¶3 in a wheel chair',
      'misspellings ¶3 wheel chair',
      'simpler-words ¶3 utilise',
    ]);
    for (const f of found) {
      expect(f.message.endsWith(` ${NOTE}`)).toBe(true);
      // Word's own place is the picture's paragraph; there is no fix to make in Word's text.
      expect(f.word).toMatchObject({ story: 'body', paragraph: 3, bodyParagraph: 3 });
      expect(f.fix).toBeUndefined();
    }
  });

  it('keeps the alt text out of the text the checker page shows', async () => {
    const result = await lintDocxArrayBuffer(new Uint8Array(await markdownToDocx(markdown)), 'nhs', 'visiting.docx');
    expect(result.text).toBe('Visiting\nVisiting is from 2pm to 8pm every day.\n\nCall us to book a visit.\n');
    expect(result.findings.filter((f) => f.data?.altText).map((f) => f.start.offset)).toEqual([48, 48, 48]);
  });
});

describe('rules about sentences, sections and layout do not see alt text', () => {
  // Long, passive, with a number in words and capitals mid-sentence: findings in body text, none in alt text.
  const alt =
    'We met three members of our Engagement Team and the forms were checked by a nurse who has worked here for many years and who explains how the ward is laid out for patients and their families and carers and friends';

  it('gives no sentence-length, passive, numbers, capitals or readability finding on alt text', async () => {
    const found = await lint(`Visiting is from 2pm to 8pm every day.\n\n![${alt}](ward.png)\n`);
    const rules = new Set(found.map((f) => f.ruleId));
    for (const id of ['sentence-length', 'passive-voice', 'numbers', 'capitals', 'readability', 'long-paragraph', 'lists', 'headings', 'acronyms', 'house-style']) {
      expect(rules.has(id), id).toBe(false);
    }
    // The same words as a paragraph are flagged by those rules.
    const body = new Set((await lint(`${alt}.\n`)).map((f) => f.ruleId));
    expect([...body].filter((id) => ['sentence-length', 'numbers', 'capitals'].includes(id)).sort()).toEqual(['capitals', 'numbers', 'sentence-length']);
  });

  it('keeps alt text out of the blocks, sections and nlcst every rule sees', async () => {
    const doc = parseMarkdown('# Ward\n\nText ![Alt words here](a.png) more text.\n', 'draft.md');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Ward', 'Text  more text.']);
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'altText')).toBe(false);
    const view = withAltText(doc);
    expect(view.blocks.map((b) => `${b.kind}: ${b.text}`)).toEqual(['heading: Ward', 'paragraph: Text  more text.', 'altText: Alt words here']);
    expect(view.nlcst.children).toHaveLength(3);
    expect(view.blocks[2]!.section).toBe(1);
    // Made once per document.
    expect(withAltText(doc)).toBe(view);
  });

  it('gives a rule without meta.altText (a plugin) the page only', async () => {
    const seen: string[][] = [];
    const plugin = defineRule({
      meta: { id: 'my-words', description: 'Test', severity: 'warning', principle: 'Test', docs: 'Test', examples: { good: [], bad: [] } },
      check(doc) {
        seen.push(doc.blocks.map((b) => b.kind));
      },
    });
    const reader = defineRule({ ...plugin, meta: { ...plugin.meta, id: 'my-alt-words', altText: true } });
    const doc = parseMarkdown('Text.\n\n![Alt words](a.png)\n', 'draft.md');
    await lintDocument(doc, oneRule(plugin));
    await lintDocument(doc, oneRule(reader));
    expect(seen).toEqual([['paragraph'], ['paragraph', 'altText']]);
  });

  it('lets a word list leave alt text alone with "altText": false', async () => {
    const file: ListFile = {
      id: 'our-words',
      description: 'Words we do not use.',
      entries: [{ id: 'synergy', match: ['synergy'], alternatives: ['working together'] }],
    };
    const text = 'We value synergy.\n\n![Staff showing synergy](a.png)\n';
    const both = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(listRule(file)));
    expect(both.findings.map((f) => f.start.line)).toEqual([1, 3]);
    const page = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(listRule({ ...file, altText: false })));
    expect(page.findings.map((f) => f.start.line)).toEqual([1]);
  });
});

describe('names written with a capital inside', () => {
  it('are not word-list findings: “AccessAble” is a name, “accessable” a slip', async () => {
    const found = await lint('Read the AccessAble guide. The site is not accessable.\n\n![The AccessAble logo](a.png)\n');
    expect(places(found)).toEqual(['misspellings 1:44 accessable']);
  });
});

describe('a word on the page and in alt text, for the writer', () => {
  it('is one item with both places, and the place in alt text says so', async () => {
    const { groupFindings } = await import('../src/report/group.js');
    const { placeNote } = await import('../src/report/group-text.js');
    const text = '# Visit\n\nWe utilise the new ward for day cases.\n\n![Staff utilise the new ward](ward.jpg)\n';
    const result = await lintMarkdown(text, { extends: 'nhs' });
    const utilise = result.findings.filter((f) => f.ruleId === 'simpler-words' && f.excerpt === 'utilise');
    expect(utilise.map((f) => [f.start.line, f.start.column])).toEqual([[3, 4], [5, 9]]);
    const groups = groupFindings(utilise);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.terms).toHaveLength(1);
    expect(placeNote(groups[0]!, utilise[1]!)).toBe('in alt text');
    expect(placeNote(groups[0]!, utilise[0]!)).toBeUndefined();
  });
});
