/**
 * Inline control in markdown:
 *   <!-- plainlint-disable rule-id other-id -->   … <!-- plainlint-enable rule-id -->
 *   <!-- plainlint-disable-next-line rule-id -->
 *   <!-- plainlint-disable-line rule-id -->   (on the same line)
 * With no rule ids, the comment applies to every rule. A family of a rule's checks is named
 * "rule/family", like "house-style/times".
 */
import { eachNode } from '../parse/each-node.js';
import type { Root } from 'mdast';
import type { Finding } from '../types.js';

const DIRECTIVE = /<!--\s*plainlint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[] | 'all';
  offset: number;
  line: number;
  endLine: number;
}

export interface Suppressor {
  isSuppressed(finding: Finding): boolean;
  /** Rule ids named in comments, to check they exist. */
  named: Array<{ id: string; line: number; column: number; offset: number }>;
}

export function collectDirectives(tree: Root): Suppressor {
  const directives: Directive[] = [];
  const named: Suppressor['named'] = [];
  eachNode(tree, 'html', (node) => {
    if (!node.position || !node.value.includes('plainlint-')) return;
    const base = node.position.start.offset ?? 0;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const ids = match[2]!
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('--'));
      // Lines inside the html node: count line endings before the match.
      const before = node.value.slice(0, match.index);
      const line = node.position.start.line + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
      const endLine = line + (match[0].match(/\r\n|\r|\n/g)?.length ?? 0);
      directives.push({
        kind: match[1] as Directive['kind'],
        rules: ids.length ? ids : 'all',
        offset: base + match.index!,
        line,
        endLine,
      });
      for (const id of ids) named.push({ id, line, column: 1, offset: base + match.index! });
    }
  });
  directives.sort((a, b) => a.offset - b.offset);
  const applies = (d: Directive, finding: Finding) =>
    d.rules === 'all' || d.rules.includes(finding.ruleId) || (finding.family !== undefined && d.rules.includes(`${finding.ruleId}/${finding.family}`));

  return {
    named,
    isSuppressed(finding) {
      let disabled = false;
      for (const d of directives) {
        if (d.kind === 'disable-next-line') {
          if (finding.start.line === d.endLine + 1 && applies(d, finding)) return true;
          continue;
        }
        if (d.kind === 'disable-line') {
          if (finding.start.line >= d.line && finding.start.line <= d.endLine && applies(d, finding)) return true;
          continue;
        }
        if (d.offset > finding.start.offset) continue;
        if (applies(d, finding)) disabled = d.kind === 'disable';
      }
      return disabled;
    },
  };
}
