/**
 * Find lists that quote words as examples rather than use them: a list right after a lead-in
 * such as "We do not say:", "Avoid:", "Do not use the words:" or "Words to avoid:". Findings
 * about words inside those lists are left out, so guidance about plain language can quote the
 * words it warns against.
 */
import { eachNode } from '../parse/each-node.js';
import { toString } from 'mdast-util-to-string';
import type { LintDocument } from '../types.js';

const LEAD_IN =
  /(\b(do not|don't|never|avoid|instead of|rather than|not)\b[^:]{0,40}\b(say|use|write|words?|terms?|phrases?|describe)\b[^:]{0,40}|^\s*(avoid|words to avoid|examples? of [^:]{0,30}to avoid)\b[^:]{0,40}):\s*$/i;

export function mentionRanges(doc: LintDocument): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  eachNode(doc.mdast, 'list', (node, parent, index) => {
    if (!parent || index === 0 || !node.position) return;
    const previous = parent.children[index - 1];
    if (!previous || previous.type !== 'paragraph') return;
    const text = toString(previous);
    if (text.length > 200 || !LEAD_IN.test(text)) return;
    ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  });
  return ranges;
}
