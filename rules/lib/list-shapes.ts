/**
 * Lists that are not marked up as lists, for the lists rule: items typed with bullet characters
 * (“• a more open process • the next”), items lettered a), b), c) as paragraphs, and a run of
 * paragraphs that each start with a short label and a dash after a lead-in line (“Better care –
 * with …”). Screen readers do not announce these as lists, and readers cannot scan them.
 */
import type { Nodes as MdastNodes, Paragraph, Parents } from 'mdast';
import { plainText } from './mdast.js';
import { matchesOf } from './matches.js';

/**
 * Characters people type for bullets: dots, squares, arrows and ticks, and the ones Word's
 * Symbol and Wingdings bullets turn into when pasted as text (U+F0B7, U+F0A7, U+F0D8, U+F0FC).
 */
const BULLET_CHARS = /[•▪●◦■□◆◇♦❖➢➤►▶✓✔⦁\uf0b7\uf0a7\uf0d8\uf0fc]/gu;
/** “a) ”, “(b) ”, “iii) ” at the start of a line: a lettered item. */
const LETTERED = /^\(?([a-h]|i{1,3}|iv|vi{0,3})\)\s+\S/;
/**
 * “a. ”, “B) ”, “(C) ”, “ii. ” at the start of a line: a lettered item in another form. Since
 * “A. Patel” or “I. Jones” may be a name, these count only in order, from “a” or “i”.
 */
const LETTERED_OTHER = /^\(?([a-hA-H]|i{1,3}|iv|vi{0,3}|I{1,3}|IV|VI{0,3})[.)]\s+\S/;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
/** The place in order of a letter or a roman number (“c” → 2, “iii” → 2), or both when it could be either (“i”). */
export function letterPlaces(mark: string): number[] {
  const lower = mark.toLowerCase();
  const places: number[] = [];
  if (/^[a-h]$/.test(lower)) places.push(lower.charCodeAt(0) - 97);
  if (ROMAN.includes(lower)) places.push(ROMAN.indexOf(lower));
  return places;
}
/**
 * A line typed to look like a bullet point, as Word drafts and copied PDFs have them: a bullet
 * character, a dash or a small “o” (Word's second-level bullet), a space, then the item.
 */
const TYPED_BULLET = /^(?:[•▪●◦·‣⁃∙–—■□◆◇♦❖➢➤►▶✓✔○⦁→*\uf0b7\uf0a7\uf0d8\uf0fc-]|o(?=\s+\p{Ll}))\s+[\p{L}\p{N}“"‘'(£]/u;
/** A line typed as a numbered step: “1. ”, “2) ”, “(3) ”, “Step 4: ”. */
const TYPED_STEP = /^(?:\(?(\d{1,2})[.)]|step\s+(\d{1,2})\b[.:)–-]?)\s+\S/i;
/** “Better access to GP services – with …”: a short label, a dash, then the rest. */
const DASH_LABEL = /^(\p{Lu}[^–—.:!?]{2,70}?)\s+[–—-]\s+\S/u;

export interface FakeItem {
  /** Source offset of the item’s first character (the bullet or the letter). */
  start: number;
  /** Source offset just after the item’s text. */
  end: number;
  /** The item’s words, without the bullet or letter. */
  text: string;
}

export interface FakeList {
  kind: 'bullets' | 'typed' | 'letters' | 'dash-labels' | 'steps';
  items: FakeItem[];
}

/** Each paragraph’s lines, with their source offsets. */
function linesOf(source: string, para: Paragraph): Array<{ start: number; text: string }> {
  const start = para.position?.start.offset;
  const end = para.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const out: Array<{ start: number; text: string }> = [];
  let at = start;
  for (const line of source.slice(start, end).split('\n')) {
    const lead = line.length - line.trimStart().length;
    out.push({ start: at + lead, text: line.trim() });
    at += line.length + 1;
  }
  return out;
}

/** The lists typed as plain paragraphs in this parent’s children (not inside real lists). */
export function fakeLists(source: string, parent: Parents): FakeList[] {
  const found: FakeList[] = [];
  const children = parent.children as MdastNodes[];
  let letters: FakeItem[] = [];
  // The place of the last item lettered in another form (“a.”, “B)”), to keep them in order.
  let lastPlace = -1;
  /** The place of the last of these lines when each is lettered in order after `from`. */
  const ordered = (lines: Array<{ text: string }>, from: number): number | undefined => {
    let at = from;
    for (const l of lines) {
      const m = LETTERED_OTHER.exec(l.text);
      if (!m || LETTERED.test(l.text) || !letterPlaces(m[1]!).includes(at + 1)) return undefined;
      at++;
    }
    return lines.length ? at : undefined;
  };
  let labels: FakeItem[] = [];
  let labelsLeadIn = false;
  const flushLetters = () => {
    if (letters.length >= 2) found.push({ kind: 'letters', items: letters });
    letters = [];
    lastPlace = -1;
  };
  const flushLabels = () => {
    if (labels.length >= 3 && labelsLeadIn) found.push({ kind: 'dash-labels', items: labels });
    labels = [];
  };
  // Lines typed as bullets or numbered steps, one to a paragraph or several in one paragraph.
  let typed: FakeItem[] = [];
  let steps: FakeItem[] = [];
  const flushTyped = () => {
    if (typed.length >= 2) found.push({ kind: 'typed', items: typed });
    if (steps.length >= 2) found.push({ kind: 'steps', items: steps });
    typed = [];
    steps = [];
  };
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'paragraph' || !node.position) {
      flushLetters();
      flushLabels();
      flushTyped();
      continue;
    }
    const lines = linesOf(source, node);
    // Bullet characters: 2 or more in one paragraph, at line starts or run in.
    const text = plainText(node);
    const bullets = matchesOf(text, BULLET_CHARS).filter((m) => /^\s/.test(text.slice(m.index! + 1, m.index! + 2)) && (m.index === 0 || /\s/.test(text[m.index! - 1]!)));
    // The first one starts a line, or follows a lead-in (“included: •”): not “Home • About • Contact”.
    const first = bullets[0]?.index ?? -1;
    // Or 3 or more run into a sentence, each before words in lower case (“offers • blood tests •
    // health checks”): menus of links have capitals (“Home • About”).
    const runIn = bullets.length >= 3 && bullets.every((m) => /^\s+\p{Ll}/u.test(text.slice(m.index! + 1)));
    const startsList = first >= 0 && (/(^|\n)\s*$/.test(text.slice(0, first)) || /[:;]\s*$/.test(text.slice(0, first)) || runIn);
    if (bullets.length >= 2 && startsList) {
      const raw = source.slice(node.position.start.offset!, node.position.end.offset!);
      const items: FakeItem[] = [];
      const marks = matchesOf(raw, BULLET_CHARS).filter((m) => /^\s/.test(raw.slice(m.index! + 1, m.index! + 2)));
      for (let k = 0; k < marks.length; k++) {
        const from = marks[k]!.index!;
        const to = k + 1 < marks.length ? marks[k + 1]!.index! : raw.length;
        items.push({ start: node.position.start.offset! + from, end: node.position.start.offset! + to, text: raw.slice(from + 1, to).trim() });
      }
      if (items.length >= 2) found.push({ kind: 'bullets', items });
      flushTyped();
    } else {
      // Lines typed as bullets or numbered steps, one to a paragraph or several in one paragraph.
      for (const l of lines) {
        if (TYPED_BULLET.test(l.text)) typed.push({ start: l.start, end: l.start + l.text.length, text: l.text.replace(/^\S+\s+/, '') });
        else {
          if (typed.length >= 2) found.push({ kind: 'typed', items: typed });
          typed = [];
        }
        const step = TYPED_STEP.exec(l.text);
        const n = step ? Number(step[1] ?? step[2]) : 0;
        const item = { start: l.start, end: l.start + l.text.length, text: l.text };
        if (step && n === steps.length + 1) steps.push(item);
        else {
          if (steps.length >= 2) found.push({ kind: 'steps', items: steps });
          steps = n === 1 ? [item] : [];
        }
      }
    }
    // Lettered items: each paragraph, or each line of one paragraph, starts “a)”, “b)”…
    const lettered = lines.filter((l) => LETTERED.test(l.text));
    const other = lettered.length ? undefined : ordered(lines, lastPlace);
    if (lettered.length && lettered.length === lines.length) {
      for (const l of lettered) letters.push({ start: l.start, end: l.start + l.text.length, text: l.text.replace(/^\(?[a-z]+\)\s+/, '') });
    } else if (other !== undefined && (letters.length === 0 || lastPlace >= 0)) {
      for (const l of lines) letters.push({ start: l.start, end: l.start + l.text.length, text: l.text.replace(/^\S+\s+/, '') });
      lastPlace = other;
    } else {
      flushLetters();
      // A new run may start here (“a. ” after a paragraph of another kind).
      const fresh = ordered(lines, -1);
      if (fresh !== undefined) {
        for (const l of lines) letters.push({ start: l.start, end: l.start + l.text.length, text: l.text.replace(/^\S+\s+/, '') });
        lastPlace = fresh;
      }
    }
    // Paragraphs that each start with a short label and a dash, after a line ending in a colon.
    const label = DASH_LABEL.exec(text);
    if (label && label[1]!.split(/\s+/).length <= 8 && text.split(/\s+/).length >= 8) {
      if (!labels.length) {
        const before = children[i - 1];
        labelsLeadIn = before?.type === 'paragraph' && /:\s*$/.test(plainText(before));
      }
      labels.push({ start: node.position.start.offset!, end: node.position.start.offset! + label[1]!.length, text: label[1]! });
    } else flushLabels();
  }
  flushLetters();
  flushLabels();
  flushTyped();
  return found;
}
