/**
 * How a list is set out, for the lists rule: short bullet points with blank lines between them
 * (a “loose” list in markdown). Each check returns where to report and what to say.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import type { ListHit } from './list-style.js';
import { wordCount as words } from './list-text.js';

/** The most words an item of a loose list has for the blank lines to be a slip. */
const SHORT_ITEM = 20;

/**
 * A bulleted list in markdown with blank lines between short items (“* 1 academic year” then a
 * blank line, then “* 2 academic years”): each item becomes a paragraph of its own, with space
 * round it, so the list no longer looks like one block to scan. Lists whose items hold more than
 * one paragraph, a list of their own, code or a heading need the space, and are left alone.
 */
export function looseList(list: List, texts: string[], source: string): ListHit | undefined {
  if (list.ordered || !list.spread || list.children.length < 2 || texts.length !== list.children.length) return undefined;
  const plain = (item: ListItem) => item.children.length === 1 && item.children[0]!.type === 'paragraph' && !(item.children[0] as Paragraph).children.some((c) => c.type === 'inlineCode' || c.type === 'html' || c.type === 'image');
  if (!list.children.every(plain) || !texts.every((t) => t && words(t) <= SHORT_ITEM)) return undefined;
  // Blank lines between the items, not only inside one.
  const gaps = list.children.slice(1).filter((item, k) => /\n[ \t]*\n/.test(source.slice(list.children[k]!.position!.end.offset!, item.position!.start.offset!)));
  if (!gaps.length) return undefined;
  const start = list.children[0]!.position!.start.offset!;
  const marker = /^\s*[-*+]/.exec(source.slice(start, start + 8));
  if (!marker) return undefined;
  return {
    start: start + marker[0].length - 1,
    end: start + marker[0].length,
    message: 'There are blank lines between these short list items. Take them out, so the list reads as one block.',
    why: 'Blank lines set each item apart like a paragraph. Short items are quicker to scan close together.',
    suggestions: ['Take out the blank lines between the items.'],
  };
}
