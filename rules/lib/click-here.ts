import type { Parents as MdastParents, Text } from 'mdast';
import type { LintDocument } from '../../src/types.js';
import { isMention } from './mentions.js';

/** “Click here”, “tap on this link”, “click the link below”: words about a link, not what it opens. */
const CLICK_HERE = /(?<![\p{L}\p{N}])(?:click|tap)(?:\s+on)?\s+(?:here|this\s+link|the\s+link\s+below)(?![\p{L}\p{N}])/giu;

export interface ClickHere {
  start: number;
  end: number;
  /** The words as written: “Click here”. */
  words: string;
  /** Link text to write instead, from the words after it (“to read the report” → “Read the report”). */
  instead: string;
}

/**
 * “Click here to read the report.” in a text node outside a link: plain text, so the link was lost
 * on the way or never made, and the words would make poor link text anyway. Not in quotation marks
 * (“avoid "click here"”), and not just before a link (“click here: [the report](…)”), which the
 * link's own check reads.
 */
export function clickHere(doc: LintDocument, node: Text, parent: MdastParents | undefined, index: number): ClickHere | undefined {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  const source = doc.text.slice(from, to);
  CLICK_HERE.lastIndex = 0;
  const m = CLICK_HERE.exec(source);
  if (!m) return undefined;
  const start = from + m.index;
  const end = start + m[0].length;
  if (isMention(doc, start, end)) return undefined;
  const rest = source.slice(m.index + m[0].length);
  const next = parent?.children[index + 1];
  if (/^[\s:–-]*$/.test(rest) && (next?.type === 'link' || next?.type === 'linkReference')) return undefined;
  const purpose = /^\s+to\s+([^.!?:;()\n]{3,60})/u.exec(rest)?.[1]?.trim();
  const instead = purpose ? purpose.charAt(0).toUpperCase() + purpose.slice(1) : 'Read our visiting times';
  return { start, end, words: m[0].charAt(0).toUpperCase() + m[0].slice(1).toLowerCase().replace(/\s+/g, ' '), instead };
}
