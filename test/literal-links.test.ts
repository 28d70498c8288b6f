/**
 * plainlint skips GFM's search for bare web and email addresses when no text could hold one
 * (src/parse/literal-links.ts). The trees must be exactly the same as remark-gfm's own: on real
 * NHS pages, on every fixture, on addresses in all their forms, and on made-up text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkBareAddressesWhenNeeded, mayHoldBareAddress } from '../src/parse/literal-links.js';
import { corpusAndFixtureTexts } from './helpers/corpus.js';

const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const guarded = unified().use(remarkParse).use(remarkGfm).use(remarkBareAddressesWhenNeeded).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const same = (text: string) => expect(JSON.stringify(guarded.parse(text)), text.slice(0, 80)).toBe(JSON.stringify(plain.parse(text)));

const ADDRESSES = [
  'Go to www.nhs.uk for more.',
  'Go to WWW.NHS.UK today.',
  'See https://www.nhs.uk/conditions/ or http://example.org.',
  'Email help@nhs.net or mailto:help@nhs.net, or xmpp:team@chat.example.org/room.',
  'Email help&#64;nhs.net (written with a character reference).',
  'Go to www&#46;nhs.uk (a dot as a character reference).',
  'A link [www.nhs.uk](https://www.nhs.uk) and <https://example.org> stay links.',
  '| a | b |\n| - | - |\n| www.nhs.uk | help@nhs.net |',
  '> Quote with www.example.com\n\n- list with https://example.org/path_(x)',
  'No addresses here at all: just words, an email-like word @ alone, and a www without a dot.',
];

describe('skipping the bare-address search changes no tree', () => {
  it('on every corpus page and fixture', () => {
    const pages = corpusAndFixtureTexts();
    for (const { text } of pages) same(text);
    // The skip is real: most pages write every address as a markdown link.
    const skipped = pages.filter(({ text }) => !mayHoldBareAddress(plain.parse(text))).length;
    expect(skipped).toBeGreaterThan(pages.length / 2);
  });

  it('on addresses in every form GFM links', () => {
    for (const text of ADDRESSES) same(text);
    expect(plain.parse(ADDRESSES[4]!).children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'link', url: 'mailto:help@nhs.net' }, { type: 'text' }] });
  });

  it('on made-up text with addresses, references and markup', () => {
    const piece = fc.constantFrom('www.', 'WWW.', 'nhs', '.uk', '@', 'help', '://', 'https', 'mailto:', '&#64;', '&amp;', ' ', '\n', '*', '_', '[a](b)', '<x@y.z>', '`c`', '- ', '> ', '|', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 500 },
    );
  });
  it('leaves the steps of other extensions alone', () => {
    let ran = 0;
    function countingStep(this: { data(): { fromMarkdownExtensions?: unknown[] } }) {
      const data = this.data();
      (data.fromMarkdownExtensions ??= []).push({ transforms: [() => void ran++] });
    }
    const processor = unified().use(remarkParse).use(countingStep).use(remarkGfm).use(remarkBareAddressesWhenNeeded).freeze();
    const text = 'No addresses here, just words.';
    expect(mayHoldBareAddress(plain.parse(text))).toBe(false);
    processor.parse(text);
    expect(ran).toBe(1);
  });
});
