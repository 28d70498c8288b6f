/**
 * Shared by the HTML report (html.ts) and the checker page (web/): the writer's own words with
 * each finding highlighted where it is, plain category names, plurals, the reading-age line,
 * and the styles. Pure string building with no Node modules, so the page can use it too.
 */
import type { Finding, Severity } from '../types.js';
import { escapeControl } from './escape.js';
import { longSentenceCount, namedPlaces, namedSentences } from './sentences.js';

/** What the reading-age line needs to know about a checked draft. */
export interface ViewFile {
  findings: Finding[];
  readingAge?: { smogAge: number; smogBand: string; fleschKincaidAge: number; tooShort: boolean } | undefined;
}

/** Plain names for what each rule checks, for writers: the page and the report list problems by these. */
export const RULE_CATEGORY: Record<string, string> = {
  'simpler-words': 'Simpler words',
  'hidden-verbs': 'Simpler words',
  jargon: 'Jargon',
  'medical-words': 'Medical words',
  acronyms: 'Abbreviations',
  'sentence-length': 'Long sentences',
  'long-paragraph': 'Long paragraphs',
  'passive-voice': 'Passive voice',
  readability: 'Hard to read',
  'alt-text': 'Images',
  'link-text': 'Link text',
  headings: 'Headings',
  'house-style': 'House style',
  'uk-spelling': 'UK spelling',
  spelling: 'Spelling',
  misspellings: 'Spelling',
  'inclusive-language': 'Inclusive language',
  'all-caps': 'Capital letters',
  'repeated-words': 'Repeated words',
  numbers: 'Numbers',
  lists: 'Lists',
  capitals: 'Capital letters',
};

/** The plain category name of a rule (its id, with spaces, for a rule not listed). */
export function categoryOf(ruleId: string): string {
  const name = RULE_CATEGORY[ruleId] ?? ruleId.replace(/-/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "1 error", "2 errors"; "1 long sentence", "3 long sentences". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * One reading age against the target: "Reading age 17 – aim for 11 or under. 4 long sentences."
 * The age is SMOG's (the NHS's measure); too short a draft has none.
 */
export function readingAgeLine(file: Pick<ViewFile, 'readingAge' | 'findings'>, target: number): string {
  const long = longSentenceCount(file.findings);
  const sentences = long ? `${plural(long, 'long sentence')}.` : 'No long sentences.';
  if (!file.readingAge) return sentences;
  if (file.readingAge.tooShort) return `Reading age: too short to score (aim for ${target} or under). ${sentences}`;
  return `Reading age ${file.readingAge.smogAge} – aim for ${target} or under. ${sentences}`;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };

/** Control and bidi characters shown as codes (escape.ts), then the HTML special characters. */
export function escapeHtml(value: string): string {
  return escapeControl(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The source text with every finding's words wrapped in a link to its explanation. With
 * `targetOf`, each link goes to that id and carries that number (data-n, shown in print),
 * so grouped findings share one item in the list.
 */
export function highlight(
  source: string,
  findings: Finding[],
  idPrefix: string,
  targetOf?: (index: number) => { id: string; n: number },
): string {
  const bounds = new Set<number>([0, source.length]);
  // A finding that names several sentences (long sentences on a page) is highlighted on each one.
  const spans = findings
    .flatMap((f, index) => [
      { f, index, start: clamp(f.start.offset, source), end: clamp(f.end.offset, source) },
      ...namedSentences(f)
        .filter((s) => s.offset !== f.start.offset)
        .map((s) => ({ f, index, start: clamp(s.offset, source), end: clamp(s.endOffset, source) })),
      // A finding that speaks for several places of one slip (a page's contractions): each other place.
      ...namedPlaces(f).map((p) => ({ f, index, start: clamp(p.offset, source), end: clamp(p.endOffset, source) })),
    ])
    .map((s) => (s.end > s.start ? s : { ...s, end: Math.min(source.length, s.start + 1) }));
  for (const s of spans) {
    bounds.add(s.start);
    bounds.add(s.end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const text = escapeHtml(source.slice(from, to));
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      html += text;
      continue;
    }
    // Link to the narrowest finding here: it is the most specific one.
    covering.sort((a, b) => a.end - a.start - (b.end - b.start) || RANK[b.f.severity] - RANK[a.f.severity]);
    const top = covering[0]!;
    const worst = covering.reduce((w, s) => (RANK[s.f.severity] > RANK[w] ? s.f.severity : w), 'suggestion' as Severity);
    const label = covering.map((s) => `${LABEL[s.f.severity]}: ${s.f.message}`).join(' | ');
    const target = targetOf?.(top.index);
    const href = target ? target.id : `${idPrefix}-${top.index}`;
    const n = target ? ` data-n="${target.n}"` : '';
    html += `<a class="hl hl-${worst}" href="#${href}" data-finding="${top.index}"${n} title="${escapeHtml(label)}">${text}</a>`;
  }
  return html;
}

function clamp(n: number, source: string): number {
  return Math.max(0, Math.min(source.length, n));
}

export const VIEW_CSS = `
:root { --ink:#212b32; --muted:#4c6272; --bg:#f0f4f5; --card:#fff; --blue:#005eb8; --focus:#ffeb3b;
  --err:#d5281b; --err-bg:#fde8e6; --warn:#7a4b00; --warn-bg:#fff4d6; --sug:#00513f; --sug-bg:#dff3ec; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.5 Arial, "Helvetica Neue", sans-serif; color:var(--ink); background:var(--bg); }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1, h2 { line-height: 1.2; }
a { color: var(--blue); }
a:focus, button:focus, [tabindex]:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 4px 0 var(--ink); }
.file { background: var(--card); padding: 1rem 1.5rem; margin: 1rem 0; border-radius: 4px; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 50rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
.hl { color: inherit; text-decoration: none; border-bottom: 3px solid; padding: 0 1px; }
.hl-error { background: var(--err-bg); border-color: var(--err); border-bottom-style: solid; }
.hl-warning { background: var(--warn-bg); border-color: #b07000; border-bottom-style: dashed; }
.hl-suggestion { background: var(--sug-bg); border-color: var(--sug); border-bottom-style: dotted; }
.findings { padding-left: 1.25rem; }
.finding { margin-bottom: 1rem; overflow-wrap: anywhere; }
.finding:target { outline: 3px solid var(--focus); }
.finding p { margin: .25rem 0; }
.sev { font-weight: bold; padding: 0 .4rem; border-radius: 3px; }
.sev-error { color: #fff; background: var(--err); }
.sev-warning { color: var(--warn); background: var(--warn-bg); border: 1px solid #b07000; }
.sev-suggestion { color: var(--sug); background: var(--sug-bg); border: 1px solid var(--sug); }
.where, .summary { color: var(--muted); }
.words { margin: .25rem 0; padding-left: .75rem; border-left: 4px solid #d8dde0; font-style: italic; }
.rule { font-size: .9rem; }
.error-line { color: var(--err); font-weight: bold; }
`;
