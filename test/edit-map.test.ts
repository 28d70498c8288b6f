/**
 * plainlint replaces micromark's EditMap.consume with one that does not copy the whole
 * document each time a list or quote ends (src/parse/edit-map.ts). The trees must be exactly
 * the same as with micromark's own: on real NHS pages, on every fixture, and on tricky shapes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown } from '../src/parse/markdown.js';
import { useLinearEditMap } from '../src/parse/edit-map.js';
import { corpusAndFixtureTexts } from './helpers/corpus.js';


/** The mdast as JSON, parsed with micromark's consume or with ours. */
function tree(text: string, linear: boolean): string {
  useLinearEditMap(linear);
  try {
    return JSON.stringify(parseMarkdown(text, 'test.md').mdast);
  } finally {
    useLinearEditMap(true);
  }
}

const TRICKY = [
  '- a\n- b\n\n  - c\n    - d\nlazy line\n\n> quote\nlazy\n> - list in quote\n>   more\n\npara',
  '> a\n> b\n\n> c\n- d\n  > e\n  f\n\n1. one\n2. two\n   | a | b |\n   | - | - |\n   | 1 | 2 |\ncontinued',
  'Title\n=====\n\n- item\n\nSub\n---\n\n> - a\n>   b\n> c\n\n```\ncode\n- not a list\n```\n\n- x\n\n      indented code',
  '| a | b |\n| - | - |\n| 1 | 2 |\n> | c |\nd\n\n- [ ] task\n- [x] done\n\n[ref]: https://example.com\n\n* a\n\n  * b\n\n    > c\n    d',
];

describe('linear EditMap.consume gives the same trees', () => {
  afterAll(() => useLinearEditMap(true));

  it('on every corpus page and fixture', () => {
    for (const { path, text } of corpusAndFixtureTexts()) expect(tree(text, true), path).toBe(tree(text, false));
  });

  it('on nested lists, quotes, lazy lines and tables', () => {
    for (const text of TRICKY) expect(tree(text, true)).toBe(tree(text, false));
    // And all of them one after another, so edits happen late in a long list of events.
    const joined = TRICKY.join('\n\n');
    expect(tree(joined, true)).toBe(tree(joined, false));
  });

  it('on random markdown made of block pieces', () => {
    const piece = fc.constantFrom('- a', '  - b', '> c', '>', 'd', '', '1. e', '   f', '| g | h |', '| - | - |', '```', '***', 'i\n---', '    j');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('\n');
        expect(tree(text, true)).toBe(tree(text, false));
      }),
      { numRuns: 300 },
    );
  });
});
