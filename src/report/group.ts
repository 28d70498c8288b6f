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

/**
 * The key of a finding about words, or undefined when it is about a sentence or more: the rule
 * and the words, lower case. A rule that names the list entry it matched (`data.term`, such as
 * "facilitate" for "facilitates") groups the forms of one entry together.
 */
export function termKey(f: Finding): string | undefined {
  const words = f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!words || words.length > MAX_TERM_LENGTH) return undefined;
  const term = (f.data as { term?: unknown } | undefined)?.term;
  return `${f.ruleId}:${typeof term === 'string' && term ? term : words}`;
}

/** The problem a message names, without its numbers and quoted words ("This sentence has # words"). */
export function problemOf(f: Finding): string {
  return f.message.replace(/“[^”]*”/g, '“…”').replace(/\d+(?:\.\d+)?/g, '#').replace(/\s+/g, ' ').trim().slice(0, 80);
}

/**
 * What makes two findings the same thing said twice: the same words (or list entry) and the
 * same problem; or, for sentences and paragraphs, the same problem. Two different problems on
 * the same words (a heading that is both a second main heading and in title case) stay apart.
 */
export function sameThingKey(f: Finding): string {
  return `${termKey(f) ?? `${f.ruleId}~`}\u0000${problemOf(f)}`;
}

/** The group id of one finding, on its own: its term key, or its rule and problem. */
export function groupId(f: Finding): string {
  return termKey(f) ?? `${f.ruleId}~${problemOf(f)}`;
}

/** Groups one file's findings, keeping the order of each group's first place. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byKey = new Map<string, FindingGroup>();
  const ids = new Set<string>();
  for (const f of findings) {
    const key = sameThingKey(f);
    const group = byKey.get(key);
    if (group) group.findings.push(f);
    else {
      // Ids stay readable ("jargon:stakeholder"); a second problem on the same words gets "#2".
      const base = groupId(f);
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
      ids.add(id);
      const created = { id, findings: [f], term: termKey(f) !== undefined };
      byKey.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}
