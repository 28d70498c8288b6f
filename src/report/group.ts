/**
 * "Say it once": findings of one rule on the same words in one file form a group. Reports for
 * people (stylish, the HTML report, the checker page, Word comments) show a group once, with its
 * count and all its places; reports for machines (JSON, SARIF, GitHub, rdjson) keep one result
 * per place and carry the group's id, so each place can still be annotated.
 *
 * Findings about words group by rule and words ("stakeholders" 4 times). Findings about a
 * sentence, a paragraph or a section (whose excerpt is long) group by rule and problem: the
 * message with its numbers taken out, so the long sentences of a document are one item ("This
 * sentence has # words") that still lists every place. Nothing is dropped: each place stays a
 * finding, and the report shows where each one is.
 */
import type { Finding } from '../types.js';

export interface FindingGroup {
  /** Stable within a file: the rule id and the flagged words, lower case, spaces squeezed. */
  id: string;
  /** The findings in document order; the first is shown in full. */
  findings: Finding[];
  /** True when the group is about the same words (not the same problem in different sentences). */
  term: boolean;
}

/** Excerpts longer than this are sentences or paragraphs, not terms: never grouped. */
const MAX_TERM_LENGTH = 40;

/** The key of a finding about words (rule and words), or undefined when it is about a sentence or more. */
export function termKey(f: Finding): string | undefined {
  const words = f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!words || words.length > MAX_TERM_LENGTH) return undefined;
  return `${f.ruleId}:${words}`;
}

/** The group id of one finding: its term key, or its rule and problem (the message without numbers). */
export function groupId(f: Finding): string {
  const term = termKey(f);
  if (term !== undefined) return term;
  const problem = f.message.replace(/“[^”]*”/g, '“…”').replace(/\d+(?:\.\d+)?/g, '#').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${f.ruleId}~${problem}`;
}

/** Groups one file's findings, keeping the order of each group's first place. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byId = new Map<string, FindingGroup>();
  for (const f of findings) {
    const id = groupId(f);
    const group = byId.get(id);
    if (group) group.findings.push(f);
    else {
      const created = { id, findings: [f], term: termKey(f) !== undefined };
      byId.set(id, created);
      groups.push(created);
    }
  }
  return groups;
}
