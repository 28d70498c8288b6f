import type { Paragraph, RootContent } from 'mdast';
import type { LintDocument, RuleContext } from '../../src/types.js';
import { placesData } from './places.js';
import { plainText } from './mdast.js';
import { boldLabel, boldOnly, isOrdinaryParagraph } from './heading-words.js';

/**
 * The headings rule's checks on bold lines: a short bold line over an ordinary paragraph stands in
 * for a heading (one finding a page, counting the rest), and a bold label in title case over a
 * paragraph or a list (“Raising a Concern”). `titledLabel` gives the label in sentence case when the
 * headings rule's title-case test says it is in title case.
 */
/** Short bold lines that stand in for headings, followed by an ordinary paragraph. */
export function boldLines(doc: LintDocument, context: RuleContext, house: string, titledLabel: (label: string) => string | undefined): void {
  const markdown = doc.format === 'markdown';
  const titledLabels = new Map<Paragraph, string>();
  let depth = 1;
  const children = doc.mdast.children;
  // One finding per document, on the first bold line, counting the rest: a page that uses
  // bold lines for headings does it throughout, and one clear message is enough.
  const found: Array<{ node: Paragraph; label: string; want: number }> = [];
  // Bold lines in a section of examples (“NHS App message examples”) belong to the examples.
  let examples = false;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      depth = node.depth;
      examples = /\bexamples?\b/i.test(plainText(node));
    }
    if (node.type !== 'paragraph' || examples) continue;
    const next = children[i + 1];
    const titled = titleCaseLabel(node, next, titledLabel);
    if (titled) titledLabels.set(node, titled);
    const label = boldOnly(node);
    if (label === undefined) continue;
    if (!isOrdinaryParagraph(next)) continue;
    const words = label.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (!words.length || words.length >= 10 || /[.!:;,\-–—]$/.test(label)) continue;
    found.push({ node, label, want: Math.min(6, Math.max(2, depth + 1)) });
  }
  const first = found[0];
  if (first) {
    const more = found.length > 1 ? ` This page has ${found.length} bold lines used as headings: make each one a heading.` : '';
    // A bold line in title case: the heading it becomes is in sentence case, in the same finding.
    const titled = titledLabels.get(first.node);
    if (titled) titledLabels.delete(first.node);
    const label = titled ?? first.label;
    context.report({
      node: first.node,
      message: `“${first.label}” looks like a heading, but it is bold text.${more}${titled ? ' Use sentence case in it too.' : ''}`,
      why: 'Screen reader users jump from heading to heading, so they cannot find a bold line.',
      suggestions: [markdown ? `${'#'.repeat(first.want)} ${label}` : `Use the Heading ${first.want} style.`],
      data: {
        kind: 'bold-heading',
        count: found.length,
        lines: found.map((f) => f.node.position?.start.line ?? 0),
        // each bold line, so machine formats and editors show every one
        ...(found.length > 1
          ? { places: placesData(doc.text, doc.pointAt, found.map((f) => [f.node.position?.start.offset ?? 0, f.node.position?.end.offset ?? 0] as [number, number])) }
          : {}),
      },
    });
  }
  for (const [node, suggestion] of titledLabels) {
    const text = boldLabel(node)!;
    context.report({
      node,
      message: `The bold line “${text}” has a capital letter on every main word.`,
      why: `${house} uses sentence case in headings and labels, because it is easier to read.`,
      suggestions: [suggestion],
      severity: 'suggestion',
      data: { kind: 'title-case' },
    });
  }
}

/**
 * A short bold line that labels what follows it (a paragraph or a list), in title case:
 * “Raising a Concern”, “Contacting Us by Email”: the label in sentence case, for boldLines to report.
 */
function titleCaseLabel(node: Paragraph, next: RootContent | undefined, titledLabel: (label: string) => string | undefined): string | undefined {
  const label = boldLabel(node);
  if (label === undefined || !(next?.type === 'list' || isOrdinaryParagraph(next))) return undefined;
  const words = label.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > 8 || /[.!:;,\-–—]$/.test(label)) return undefined;
  return titledLabel(label);
}
