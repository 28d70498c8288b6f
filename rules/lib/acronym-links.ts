/**
 * Acronyms in and next to link text, kept apart from acronym-scan.ts: where each link's text
 * starts and ends, and the name of a website given in brackets with a link, inside its text
 * (“[Perspectives (W3C)](…)”) or straight after it (“[Evidence standards](…) (NICE)”). Such a
 * name says who publishes the page the link opens: the link explains it.
 */
import type { Nodes as MdastNodes } from 'mdast';
import type { LintDocument } from '../../src/types.js';
import { closeWithin } from './acronym-define.js';

/** Where link text starts and ends in the source, in document order. */
export interface LinkTexts {
  starts: number[];
  ends: number[];
  /** Where each whole link ends in the source, after its address: “[text](url)”. */
  nodeEnds: number[];
}

export function linkTexts(doc: LintDocument): LinkTexts {
  const links: LinkTexts = { starts: [], ends: [], nodeEnds: [] };
  const walk = (node: MdastNodes): void => {
    if ((node.type === 'link' || node.type === 'linkReference') && node.children.length) {
      const start = node.children[0]!.position?.start.offset;
      const end = node.children[node.children.length - 1]!.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        links.starts.push(start);
        links.ends.push(end);
        links.nodeEnds.push(node.position?.end.offset ?? end);
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(doc.mdast);
  return links;
}

/** The index of the link whose text holds this offset, or -1. */
export function linkAt(links: LinkTexts, offset: number): number {
  let lo = 0;
  let hi = links.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < links.starts[mid]!) hi = mid - 1;
    else if (offset >= links.ends[mid]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Is the acronym in brackets that close the link text: “(W3C)”, “(on W3C website)”? */
export function isLinkLabel(s: string, start: number, end: number, linkEnd: number, endOf: (i: number) => number): boolean {
  const from = Math.max(0, start - 60);
  const open = s.slice(from, start).lastIndexOf('(');
  if (open < 0 || s.slice(from + open, start).includes(')')) return false;
  const close = closeWithin(s, end, 60);
  if (close < 0 || s.slice(end, close).includes('(')) return false;
  return endOf(close + 1) === linkEnd;
}



/**
 * Is the acronym a website's name in short brackets straight after a link: “[Evidence standards
 * framework](…) (NICE)”, “[The benefits of coding in the open](…) (GDS blog, 2017)”? The bracket
 * labels the link, as “(NICE)” at the end of the link text would. `text` is the document's source,
 * `at` the acronym's source offset, `s`, `start` and `end` its place in the block's flat text.
 */
export function labelAfterLink(links: LinkTexts, text: string, at: number, s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 30), start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.slice(open).includes(')')) return false;
  // A label is short: the name, and maybe a kind of page and a year (“GDS blog, 2017”).
  const close = closeWithin(s, end, 30);
  if (close < 0 || s.slice(end, close).includes('(')) return false;
  if (s.slice(start - (before.length - open) + 1, close).trim().split(/\s+/).length > 4) return false;
  // The bracket's source offset: the acronym's, less the words between.
  const openAt = text.lastIndexOf('(', at);
  if (openAt < 0) return false;
  let lo = 0;
  let hi = links.nodeEnds.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (links.nodeEnds[mid]! <= openAt) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && /^[ \t]*$/.test(text.slice(links.nodeEnds[found]!, openAt));
}
