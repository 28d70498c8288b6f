/**
 * The writer's own words, line by line (in Word, one line per paragraph), with each problem
 * highlighted where it is. Headings look like headings; a problem about a whole section is
 * shown on the section (a band down its side and a note at its top), not on its heading; an
 * image is a visible placeholder ("Image: no alt text") that can be selected like words.
 *
 * Highlights are links, but only one of them is a tab stop at a time (a roving tab stop): the
 * arrow keys move between them, so a long draft is not hundreds of tab stops.
 */
import type { BrowserResult } from '../../src/browser.js';
import type { Finding, Severity } from '../../src/types.js';
import { categoryOf, escapeHtml } from '../../src/report/html-view.js';
import { namedPlaces, namedSentences } from '../../src/report/sentences.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };

/** Where the page shows each finding. */
export interface Placed {
  /** Findings shown on a section or the whole draft, by finding index: the section's index (-1: whole draft). */
  sectionOf: Map<number, number>;
  /** Findings shown on an image placeholder. */
  onImage: Set<number>;
}

interface Span {
  index: number;
  start: number;
  end: number;
  f: Finding;
}

/** Which findings belong to a section (reading age) or an image, rather than to words. */
export function place(result: BrowserResult): Placed {
  const sectionOf = new Map<number, number>();
  const onImage = new Set<number>();
  const imageAt = new Set(result.layout.images.filter((i) => i.start === i.end).map((i) => i.start));
  result.findings.forEach((f, index) => {
    if (f.ruleId === 'readability') {
      const section = typeof f.data?.section === 'number' ? f.data.section : -1;
      sectionOf.set(index, result.layout.sections.some((s) => s.index === section) ? section : -1);
    } else if (f.start.offset === f.end.offset && imageAt.has(f.start.offset)) {
      onImage.add(index);
    }
  });
  return { sectionOf, onImage };
}

function label(findings: Finding[]): string {
  return findings.map((f) => `${LABEL[f.severity]}: ${f.message}`).join(' | ');
}

function worstOf(findings: Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w), 'suggestion');
}

function link(indices: number[], findings: Finding[], html: string, extra = ''): string {
  const list = indices.map((i) => findings[i]!);
  const cats = [...new Set(list.map((f) => categoryOf(f.ruleId)))].join('|');
  return (
    `<a class="hl hl-${worstOf(list)}${extra}" href="#problem-${indices[0]}" tabindex="-1" data-finding="${indices[0]}" ` +
    `data-all="${indices.join(' ')}" data-cats="${escapeHtml(cats)}" title="${escapeHtml(label(list))}">${html}</a>`
  );
}

/**
 * The text view's HTML, one piece a line (and one for each section note), so a long draft can
 * be put on the page a few hundred lines at a time. `shown` says which findings to show (the
 * others' categories are filtered out).
 */
export function* renderText(result: BrowserResult, placed: Placed, shown: (index: number) => boolean): Generator<string> {
  const { text, findings, layout } = result;
  if (!text && !layout.images.length) {
    yield '<p>There is no text to check.</p>';
    return;
  }

  // Each line's spans: a finding about words, clamped to the text (an empty one takes one character).
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byLine = new Map<number, Span[]>();
  const add = (index: number, f: Finding, from: number, to: number) => {
    const start = Math.max(0, Math.min(text.length, from));
    let end = Math.max(0, Math.min(text.length, to));
    if (end <= start) end = Math.min(text.length, start + 1);
    if (end <= start) return;
    for (let line = lineOf(start); line < lineStarts.length && lineStarts[line]! < end; line++) {
      const list = byLine.get(line) ?? [];
      list.push({ index, start, end, f });
      byLine.set(line, list);
    }
  };
  findings.forEach((f, index) => {
    if (!shown(index) || placed.sectionOf.has(index) || placed.onImage.has(index)) return;
    add(index, f, f.start.offset, f.end.offset);
    // A finding that names several sentences (long sentences on a page) is highlighted on each one.
    for (const s of namedSentences(f)) if (s.offset !== f.start.offset) add(index, f, s.offset, s.endOffset);
    // A finding that speaks for several places of one slip (a page's contractions) is highlighted on each.
    for (const p of namedPlaces(f)) add(index, f, p.offset, p.endOffset);
  });

  const images = new Map<number, BrowserResult['layout']['images']>();
  for (const image of layout.images) if (image.start === image.end) images.set(image.start, [...(images.get(image.start) ?? []), image]);
  const imageFindings = new Map<number, number[]>();
  for (const index of placed.onImage) {
    if (!shown(index)) continue;
    const at = findings[index]!.start.offset;
    imageFindings.set(at, [...(imageFindings.get(at) ?? []), index]);
  }
  const headingAt = new Map<number, number>();
  for (const h of layout.headings) headingAt.set(lineOf(h.start), h.depth);
  const sectionStart = new Map<number, BrowserResult['layout']['sections'][number]>();
  const sectionEnd = new Map<number, number>();
  let inSection = 0;
  const sectionNotes = new Map<number, number[]>();
  for (const [index, section] of placed.sectionOf) if (shown(index)) sectionNotes.set(section, [...(sectionNotes.get(section) ?? []), index]);
  for (const s of layout.sections) {
    if (!sectionNotes.has(s.index)) continue;
    sectionStart.set(lineOf(s.start), s);
    const last = lineOf(Math.max(s.start, s.end - 1));
    sectionEnd.set(last, (sectionEnd.get(last) ?? 0) + 1);
  }

  const whole = sectionNotes.get(-1);
  if (whole) yield `<div class="sec-note">${link(whole, findings, `The whole draft: ${escapeHtml(sectionTitle(whole, findings))}`, ' sec')}</div>`;
  for (let line = 0; line < lineStarts.length; line++) {
    const from = lineStarts[line]!;
    const to = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
    const section = sectionStart.get(line);
    if (section) {
      const notes = sectionNotes.get(section.index)!;
      const name = section.heading ? `The section “${escapeHtml(section.heading)}”` : 'The opening part';
      yield `<div class="sec-note">${link(notes, findings, `${name}: ${escapeHtml(sectionTitle(notes, findings))}`, ' sec')}</div>`;
      inSection++;
    }
    const depth = headingAt.get(line);
    // Lines of a section with a problem of its own carry a band down their side.
    const kind = (depth ? ` ln-h ln-h${Math.min(depth, 4)}` : '') + (inSection ? ' in-sec' : '');
    yield `<div class="ln${kind}" data-line="${line + 1}">${renderLine(text, from, to, byLine.get(line) ?? [], images, imageFindings, findings, result.format === 'markdown' && !!depth)}</div>`;
    inSection -= sectionEnd.get(line) ?? 0;
  }
}

function sectionTitle(indices: number[], findings: Finding[]): string {
  const f = findings[indices[0]!]!;
  const age = f.data?.smogAge;
  const target = f.data?.target;
  return typeof age === 'number' && typeof target === 'number' ? `reading age ${age} – aim for ${target} or under` : f.message;
}

function renderLine(
  text: string,
  from: number,
  to: number,
  spans: Span[],
  images: Map<number, BrowserResult['layout']['images']>,
  imageFindings: Map<number, number[]>,
  findings: Finding[],
  markdownHeading: boolean,
): string {
  const bounds = new Set<number>([from, to]);
  const marker = markdownHeading ? /^ {0,3}#{1,6}[ \t]*/.exec(text.slice(from, to))?.[0].length ?? 0 : 0;
  if (marker) bounds.add(from + marker);
  for (const s of spans) {
    if (s.start > from && s.start < to) bounds.add(s.start);
    if (s.end > from && s.end < to) bounds.add(s.end);
  }
  for (const at of images.keys()) if (at >= from && at <= to) bounds.add(at);
  const points = [...bounds].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    for (const image of images.get(at) ?? []) {
      const on = imageFindings.get(at);
      const words = image.alt ? `Image: “${escapeHtml(image.alt.length > 80 ? `${image.alt.slice(0, 79)}…` : image.alt)}”` : image.decorative ? 'Image: decorative' : 'Image: no alt text';
      html += on ? link(on, findings, words, ' img') : `<span class="img">${words}</span>`;
      imageFindings.delete(at);
    }
    const next = points[i + 1];
    if (next === undefined || next <= at) continue;
    let piece = escapeHtml(text.slice(at, next));
    if (marker && at < from + marker) piece = `<span class="md-mark">${piece}</span>`;
    const covering = spans.filter((s) => s.start <= at && s.end >= next);
    if (!covering.length) {
      html += piece;
      continue;
    }
    // The narrowest finding here comes first: it is the most specific one.
    covering.sort((a, b) => a.end - a.start - (b.end - b.start) || RANK[b.f.severity] - RANK[a.f.severity]);
    html += link(covering.map((s) => s.index), findings, piece);
  }
  return html || '<br>';
}
