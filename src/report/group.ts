/**
 * "Say it once": findings of one rule on the same words in one file form a group. Reports for
 * people (stylish, the HTML report, the checker page, Word comments) show a group once, with its
 * count and all its places; reports for machines (JSON, SARIF, GitHub, rdjson) keep one result
 * per place and carry the group's id, so each place can still be annotated.
 *
 * Only findings about words are grouped: a finding about a sentence, a paragraph or a section
 * (whose excerpt is long) stands on its own.
 */
import type { Finding } from '../types.js';

export interface FindingGroup {
  /** Stable within a file: the rule id and the flagged words, lower case, spaces squeezed. */
  id: string;
  /** The findings in document order; the first is shown in full. */
  findings: Finding[];
}

/** Excerpts longer than this are sentences or paragraphs, not terms: never grouped. */
const MAX_TERM_LENGTH = 40;

/** The group id of one finding, or undefined when it is not about a term. */
export function groupId(f: Finding): string | undefined {
  const words = f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!words || words.length > MAX_TERM_LENGTH) return undefined;
  return `${f.ruleId}:${words}`;
}

/**
 * Groups one file's findings, keeping the order of each group's first place. A finding that
 * is not about a term is a group of one, with an id made from its rule and place.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byId = new Map<string, FindingGroup>();
  for (const f of findings) {
    const id = groupId(f);
    if (id === undefined) {
      groups.push({ id: `${f.ruleId}@${f.start.offset}`, findings: [f] });
      continue;
    }
    const group = byId.get(id);
    if (group) group.findings.push(f);
    else {
      const created = { id, findings: [f] };
      byId.set(id, created);
      groups.push(created);
    }
  }
  return groups;
}
