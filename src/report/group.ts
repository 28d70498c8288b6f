/**
 * "Say it once": a file's findings that give the same advice form one group. Reports for people
 * (stylish, the HTML report, the checker page, Word comments) show a group once, with its count
 * and all its places; reports for machines (JSON, SARIF, GitHub, rdjson) keep one result per
 * place and carry the group's id, so each place can still be annotated.
 *
 * The same advice is one rule, one check of that rule (`data.check` or `data.kind`), one
 * severity and one problem: the message with its quoted words and numbers taken out. So
 * "stakeholders" 4 times is one group, and so are all the negative contractions ("Write “do not”
 * in full, not “don't”" and "… “cannot” in full, not “can't”"), all the acronyms used only once,
 * all the numbers to write as numerals, all the words not in the dictionary, all the long
 * sentences. Inside a group about words, each word (or word-list entry, so "facilitate" and
 * "facilitates" are one) is a term with its own places, its own advice and its own reason: the
 * reports list them all. Nothing is dropped: each place stays a finding, and the report shows
 * where each one is.
 *
 * A sentence inside a section already named by a finding of the same rule about that section
 * (sentence-length's average for the section) goes with that finding.
 */
import type { Finding } from '../types.js';
import { ALT_TEXT_NOTE } from '../parse/alt-text.js';

export interface TermGroup {
  /** The term's key within its group (its rule, list entry or words). */
  key: string;
  /** The term's findings in document order; the first is its own advice in full. */
  findings: Finding[];
}

export interface FindingGroup {
  /** Stable within a file: the rule and the words ("jargon:stakeholder"), or the rule and the problem. */
  id: string;
  /** The findings in document order; the first is shown in full. */
  findings: Finding[];
  /** True when the group is about words (not the same problem in different sentences). */
  term: boolean;
  /** The different words of the group, in order of their first place (one for most groups). */
  terms: TermGroup[];
}

/** Excerpts longer than this are sentences or paragraphs, not terms. */
const MAX_TERM_LENGTH = 40;

/**
 * The key of a finding about words, or undefined when it is about a sentence or more: the rule
 * and the words, lower case. A rule that names the list entry it matched (`data.term`, such as
 * "facilitate" for "facilitates") groups the forms of one entry together, and `data.termGroup`
 * the entries of one word (uk-spelling's “out-patient” and “out patients”).
 */
export function termKey(f: Finding): string | undefined {
  const words = f.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!words || words.length > MAX_TERM_LENGTH) return undefined;
  // `termGroup` puts several entries of one word together: “out-patient” and “out patients”.
  const data = f.data as { term?: unknown; termGroup?: unknown } | undefined;
  const term = typeof data?.termGroup === 'string' && data.termGroup ? data.termGroup : data?.term;
  return `${f.ruleId}:${typeof term === 'string' && term ? term : words}`;
}

/**
 * The problem a message names, without its numbers and quoted words ("This sentence has # words").
 * A word in an image's alt text is the same problem as the word on the page: without the note
 * that says where it is, the two are one item with their places.
 */
function template(f: Finding): string {
  return f.message.replace(ALT_TEXT_NOTE, '').replace(/“[^”]*”/g, '“…”').replace(/\d+(?:\.\d+)?/g, '#').replace(/\s+/g, ' ').trim();
}

/** The problem a message names, short enough for an id. */
export function problemOf(f: Finding): string {
  return template(f).slice(0, 80);
}

/** The check of a rule a finding comes from, when the rule says (house-style's "dates", headings' "title-case"). */
function checkOf(f: Finding): string {
  const data = f.data as { check?: unknown; kind?: unknown } | undefined;
  if (typeof data?.check === 'string') return data.check;
  if (typeof data?.kind === 'string') return data.kind;
  return '';
}

/**
 * What makes two findings the same advice: the same rule, check, severity and problem. The
 * words may differ: "don't" and "can't", or two long sentences.
 */
export function adviceKey(f: Finding): string {
  return `${f.ruleId}\u0000${checkOf(f)}\u0000${f.severity}\u0000${template(f)}`;
}

/**
 * What makes two findings the same thing said twice: the same words (or list entry) and the
 * same advice. Two different problems on the same words (a heading that is both a second main
 * heading and in title case) stay apart.
 */
export function sameThingKey(f: Finding): string {
  return `${termKey(f) ?? `${f.ruleId}~`}\u0000${adviceKey(f)}`;
}

/**
 * The id of one finding on its own: its term key, or its rule and problem. Stays the same when
 * other findings come and go (the checker page uses it to say what changed since the last check).
 */
export function groupId(f: Finding): string {
  return termKey(f) ?? `${f.ruleId}~${problemOf(f)}`;
}

/** True for a finding about a whole part of the document (a section's reading age or its average sentence). */
export function aboutSection(f: Finding): boolean {
  const data = f.data as { average?: unknown; section?: unknown } | undefined;
  return typeof data?.average === 'number' || typeof data?.section === 'number';
}

/** Groups one file's findings, keeping the order of each group's first place. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  // A sentence inside a section that a finding of the same rule already names (its average
  // sentence, say) goes with that finding: the section's item lists it.
  const named = new Map<string, string>();
  for (const f of findings) {
    if (typeof f.section !== 'number' || !aboutSection(f)) continue;
    const key = `${f.ruleId}\u0000${f.section}`;
    if (!named.has(key)) named.set(key, adviceKey(f));
  }
  const groups: FindingGroup[] = [];
  const byAdvice = new Map<string, { group: FindingGroup; terms: Map<string, TermGroup> }>();
  findings.forEach((f, i) => {
    const folded = termKey(f) === undefined && !aboutSection(f) ? named.get(`${f.ruleId}\u0000${f.section}`) : undefined;
    const advice = folded ?? adviceKey(f);
    // A sentence is its own term: two long sentences are the same advice, not the same words.
    const key = termKey(f) ?? `${f.ruleId}~${i}`;
    let entry = byAdvice.get(advice);
    if (!entry) {
      entry = { group: { id: '', findings: [], term: true, terms: [] }, terms: new Map() };
      byAdvice.set(advice, entry);
      groups.push(entry.group);
    }
    entry.group.findings.push(f);
    if (termKey(f) === undefined) entry.group.term = false;
    let term = entry.terms.get(key);
    if (!term) {
      term = { key, findings: [] };
      entry.terms.set(key, term);
      entry.group.terms.push(term);
    }
    term.findings.push(f);
  });
  // Ids stay readable: "jargon:stakeholder" for one word, "acronyms~“…” is only used once…" for
  // several; a second problem on the same words gets "#2".
  const ids = new Set<string>();
  for (const group of groups) {
    const first = group.findings[0]!;
    const base = group.term && group.terms.length === 1 ? groupId(first) : `${first.ruleId}~${problemOf(first)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
    ids.add(id);
    group.id = id;
  }
  return groups;
}
