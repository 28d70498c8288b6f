/**
 * plainlint leaves out the parts of GFM a document cannot use (src/parse/gfm-as-needed.ts). The
 * trees must be exactly the same as with all of remark-gfm: on real NHS pages, on every fixture,
 * on addresses and tables in all their forms, and on made-up text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkLinearSetext } from '../src/parse/setext.js';
import { remarkBareAddressesWhenNeeded } from '../src/parse/literal-links.js';
import { markdownProcessor } from '../src/parse/markdown.js';
import { ALL_GFM_PARTS, gfmPartsNeeded } from '../src/parse/gfm-as-needed.js';
import { corpusAndFixtureTexts } from './helpers/corpus.js';
import { outcome } from './helpers/parse-outcome.js';

// The parser as it was before: every part of GFM, always. Both must give the same tree, or fail
// the same way (see helpers/parse-outcome.ts).
const full = unified().use(remarkParse).use(remarkLinearSetext).use(remarkGfm).use(remarkBareAddressesWhenNeeded).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const same = (text: string) =>
  expect(outcome(() => markdownProcessor(gfmPartsNeeded(text)).parse(text)), text.slice(0, 80)).toBe(outcome(() => full.parse(text)));

const FORMS = [
  'Go to www.nhs.uk for more.',
  'Go to WWW.NHS.UK or wWw.nhs.uk today.',
  'See https://www.nhs.uk/conditions/ or http://example.org, HTTPS://EXAMPLE.ORG too.',
  'Email help@nhs.net or mailto:help@nhs.net, or xmpp:team@chat.example.org/room.',
  'Email help&#64;nhs.net (written with a character reference).',
  'Go to www&#46;nhs.uk, or https&#58;//example.org.',
  'A link [www.nhs.uk](https://www.nhs.uk) and <https://example.org> stay links.',
  '| a | b |\n| - | - |\n| www.nhs.uk | help@nhs.net |',
  'a | b\n--|--\nc | d',
  '| a |\n| :-: |',
  'Heading\n---\n\nText\n:-:\n\nMore text\n-',
  'a\n-:\nb\n:-',
  '> Quote with www.example.com\n\n- list with https://example.org/path_(x)',
  'No addresses here at all: just words, a word @ alone, a www without a dot, and http:/ half.',
  '- [ ] a task\n- [x] done ~~struck~~ and a footnote[^1]\n\n[^1]: The note.',
  // Found by the made-up text below: remark-gfm's own development checks fail on these.
  '*\n[ ] www.',
  '-\n[ ] x',
];

describe('leaving out GFM parts a document cannot use changes no tree', () => {
  it('on every corpus page and fixture, and most pages need fewer parts', () => {
    const pages = corpusAndFixtureTexts();
    for (const { text } of pages) same(text);
    const fewer = pages.filter(({ text }) => gfmPartsNeeded(text) !== ALL_GFM_PARTS).length;
    expect(fewer).toBeGreaterThan(pages.length / 2);
  });

  it('on addresses and tables in every form GFM finds', () => {
    for (const text of FORMS) same(text);
    // The forms are real: GFM finds these as links and a table.
    expect(full.parse(FORMS[1]!).children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'link' }, { type: 'text' }, { type: 'link' }, { type: 'text' }] });
    expect(full.parse(FORMS[8]!).children[0]).toMatchObject({ type: 'table' });
    // A table of one column needs no "|".
    expect(full.parse(FORMS[10]!).children[1]).toMatchObject({ type: 'table' });
  });

  it('finds which parts a text could use', () => {
    expect(gfmPartsNeeded('Plain words, nothing more.')).toBe(0);
    expect(gfmPartsNeeded('help@nhs.net')).toBe(1);
    expect(gfmPartsNeeded('WWW.nhs.uk')).toBe(2);
    expect(gfmPartsNeeded('Https://x')).toBe(4);
    expect(gfmPartsNeeded('a | b')).toBe(8);
    expect(gfmPartsNeeded('Text\n:-:')).toBe(8);
    expect(gfmPartsNeeded('Text\n--:')).toBe(8);
    expect(gfmPartsNeeded('http:/ half, ww.nhs.uk, email at nhs.net')).toBe(0);
  });

  it('on made-up text with addresses, tables and markup', () => {
    const piece = fc.constantFrom('www.', 'WWW.', 'ww', 'nhs', '.uk', '@', 'help', '://', 'http', 'https', 'HTTP', 'mailto:', '&#64;', '&amp;', ' ', '\n', '*', '_', '~', '[a](b)', '[^1]', '[ ] ', '<x@y.z>', '`c`', '- ', '> ', '|', '-', ':', '---', '    ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 1000 },
    );
  });
});
