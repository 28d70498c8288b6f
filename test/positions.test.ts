import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/markdown.js';
import { decodeText } from '../src/read/input.js';
import { lintMarkdown } from '../src/index.js';
import { toString } from 'nlcst-to-string';
import type { Word } from 'nlcst';
import { visit } from 'unist-util-visit';

/** Every word with its position, so we can check text.slice(offset) is the word. */
function words(text: string) {
  const doc = parseMarkdown(text, 'test.md');
  const out: Array<{ word: string; line: number; column: number; offset: number; end: number }> = [];
  visit(doc.nlcst, 'WordNode', (node: Word) => {
    out.push({
      word: toString(node),
      line: node.position!.start.line,
      column: node.position!.start.column,
      offset: node.position!.start.offset!,
      end: node.position!.end.offset!,
    });
  });
  return { doc, out };
}

function expectWordsAtTheirPlace(text: string) {
  const { out } = words(text);
  expect(out.length).toBeGreaterThan(0);
  for (const w of out) {
    // The source at the word's place must read as the word (escapes aside).
    const source = text.slice(w.offset, w.end).replace(/\\(.)/g, '$1');
    expect(source.replace(/\r?\n|\r/g, ' ')).toBe(w.word.replace(/\n/g, ' '));
  }
  return out;
}

describe('positions in markdown', () => {
  it('are exact with LF line endings', () => {
    const out = expectWordsAtTheirPlace('# Title\n\nOne two three.\nFour five.\n');
    expect(out.find((w) => w.word === 'Four')).toMatchObject({ line: 4, column: 1 });
    expect(out.find((w) => w.word === 'three')).toMatchObject({ line: 3, column: 9 });
  });

  it('are exact with CRLF line endings', () => {
    const text = '# Title\r\n\r\nOne two three.\r\nFour five.\r\n';
    const out = expectWordsAtTheirPlace(text);
    expect(out.find((w) => w.word === 'Four')).toMatchObject({ line: 4, column: 1 });
    expect(out.find((w) => w.word === 'five')).toMatchObject({ line: 4, column: 6 });
  });

  it('are exact with lone CR line endings', () => {
    const out = expectWordsAtTheirPlace('One two.\rThree four.\r');
    expect(out.find((w) => w.word === 'Three')).toMatchObject({ line: 2, column: 1 });
  });

  it('are exact after a UTF-8 BOM is removed on reading', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello world.\nSecond line.')]);
    const { text } = decodeText('bom.md', bytes);
    expect(text.startsWith('Hello')).toBe(true);
    const out = expectWordsAtTheirPlace(text);
    expect(out[0]).toMatchObject({ word: 'Hello', line: 1, column: 1 });
    expect(out.find((w) => w.word === 'Second')).toMatchObject({ line: 2, column: 1 });
  });

  it('skip blockquote markers and list indentation between lines', () => {
    const text = '> First line of quote\n> second line here.\n\n- item one\n  continues here\n';
    const out = expectWordsAtTheirPlace(text);
    expect(out.find((w) => w.word === 'second')).toMatchObject({ line: 2, column: 3 });
    expect(out.find((w) => w.word === 'continues')).toMatchObject({ line: 5, column: 3 });
  });

  it('map escapes and character references back to the source', () => {
    const text = 'Fish \\*and\\* chips &amp; peas cost &pound;5 today.';
    const { out } = words(text);
    const today = out.find((w) => w.word === 'today')!;
    expect(text.slice(today.offset, today.end)).toBe('today');
    const peas = out.find((w) => w.word === 'peas')!;
    expect(text.slice(peas.offset, peas.end)).toBe('peas');
  });

  it('keeps code, URLs, HTML and front matter out of the prose', () => {
    const text = [
      '---',
      'title: Leverage synergies',
      '---',
      '',
      'Read `leverageSynergy()` at <https://example.com/leverage> or https://www.nhs.uk/leverage now.',
      '',
      '```',
      'leverage in a code block',
      '```',
      '',
      '<div>leverage in html</div>',
    ].join('\n');
    const { out } = words(text);
    const seen = out.map((w) => w.word.toLowerCase());
    expect(seen).not.toContain('leverage');
    expect(seen).not.toContain('synergies');
    expect(seen).toEqual(expect.arrayContaining(['read', 'at', 'or', 'now']));
  });

  it('sees prose in tables, headings, link text and lists', () => {
    const text = '# Heading words\n\n| Col one | Col two |\n| --- | --- |\n| cell words | more |\n\n[link words](https://x.org)\n\n1. listed words\n';
    const { out, doc } = words(text);
    const seen = out.map((w) => w.word);
    expect(seen).toEqual(expect.arrayContaining(['Heading', 'cell', 'link', 'listed']));
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'paragraph', 'listItem']);
    expect(out.find((w) => w.word === 'cell')).toMatchObject({ line: 5, column: 3 });
  });

  it('reports findings at the exact line and column, with CRLF', async () => {
    const long = 'This sentence is much too long for a reader because it keeps going on and on and on with far more words than anyone would ever need to read in one go, and then it goes on a bit more.';
    const result = await lintMarkdown(`# Title\r\n\r\nShort one.\r\n\r\nAnd ${long}\r\n`);
    const f = result.findings.find((x) => x.ruleId === 'sentence-length')!;
    expect(f).toBeDefined();
    expect(f.start).toMatchObject({ line: 5, column: 1 });
    expect(f.excerpt.startsWith('And This sentence')).toBe(true);
  });
});
