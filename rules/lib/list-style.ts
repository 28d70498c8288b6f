/**
 * More list checks for the lists rule, each a habit editors flag on any page: a bullet point much
 * longer than the others, a heading set as a list item, sub-items set at the same level as the
 * item that leads in to them, a list with no lead-in line whose items start with capitals but have
 * no full stops, one page with lists in 2 styles, lines set as separate paragraphs that make a
 * list, and numbered steps run into a paragraph. Each returns where to report and what to say.
 * Messages name no markdown: writers in Word read them too.
 */
import type { ListItem, Nodes as MdastNodes, Paragraph, Parents } from 'mdast';
import { plainText } from './mdast.js';
import { isName, itemSentences, leadInEnd, sentenceCase, sentenceCount, startsWithTerm, wordCount as words } from './list-text.js';
import { matchesOf } from './matches.js';
import { letterPlaces } from './list-shapes.js';

export interface ListHit {
  start: number;
  end: number;
  message: string;
  why: string;
  suggestions: string[];
}
export interface Item {
  item: ListItem;
  text: string;
}

const ENDED = /[.!?]["”’)]*$/;
/** A full sentence as an item: a capital, 5 words or more, and a full stop. */
const isSentence = (i: Item | undefined) => !!i && /^\p{Lu}/u.test(i.text) && ENDED.test(i.text) && words(i.text) >= 5;

function paragraphOf(item: ListItem): Paragraph | undefined {
  return item.children.find((c): c is Paragraph => c.type === 'paragraph');
}
function wholeItem(item: ListItem): { start: number; end: number } | undefined {
  const para = paragraphOf(item);
  if (!para?.position) return undefined;
  return { start: para.position.start.offset!, end: para.position.end.offset! };
}
/** The item’s first word, where it is in the source. */
function firstWord(source: string, item: ListItem): { start: number; end: number } | undefined {
  const span = wholeItem(item);
  if (!span) return undefined;
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(source.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : undefined;
}

/**
 * A bullet point of several sentences among items of one sentence each: 2 sentences after a
 * lead-in line (the guides allow one), 3 or more with no lead-in line. Lists made of 2-sentence
 * items, and items that start with a term in bold or a link (definitions), are left alone.
 * `readOn` says the items finish a lead-in line.
 */
export function longItem(items: Item[], readOn: boolean): ListHit | undefined {
  const most = readOn ? 2 : 3;
  const words_ = readOn ? 35 : 40;
  // “St. George’s” or “Dr. Patel” is not the end of a sentence.
  const counted = items.map((i) => ({ ...i, sentences: itemSentences(i.text), words: words(i.text) }));
  // A paragraph of a bullet point, in any list.
  let long = counted.find((i) => i.sentences >= most && i.words >= words_ && !startsWithTerm(i.item));
  let odd = false;
  if (!long) {
    // Much longer than the rest: every other item is one short sentence (the NHS asks for items
    // of about the same length). After a lead-in line, a list of 3 or more.
    const candidates = counted.filter((i) => i.sentences >= most && i.words >= (readOn ? 15 : 25) && !startsWithTerm(i.item));
    const rest = counted.filter((i) => !candidates.includes(i));
    if (candidates.length === 1 && rest.length >= (readOn ? 2 : 1) && rest.every((i) => i.sentences === 1 && i.words <= 20)) {
      long = candidates[0];
      odd = true;
    }
  }
  const span = long && wholeItem(long.item);
  if (!long || !span) return undefined;
  return {
    ...span,
    message: odd
      ? `This list item has ${long.sentences} sentences, and the others have one. Keep it to one sentence, like the rest, and move the detail into a paragraph.`
      : `This list item has ${long.sentences} sentences. Keep each bullet point to one sentence, or set the text as paragraphs.`,
    why: odd ? 'Items in a list should be about the same length, so readers can scan them. A long item breaks the pattern.' : 'Bullet points are for scanning. Long items are hard to take in, and the list stops helping.',
    suggestions: ['Shorten the item to one sentence, and move the detail into a paragraph.'],
  };
}

/**
 * A short item with no verb set among full sentences (“- Training” between 2 sentences): a heading
 * typed as a list item. It reads as one of the points, and screen readers do not announce it as
 * a heading.
 */
export function headingItem(items: Item[], source: string): ListHit | undefined {
  for (let k = 1; k < items.length - 1; k++) {
    const i = items[k]!;
    if (words(i.text) > 2 || !/^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)?$/u.test(i.text) || isName(i.text) || i.item.children.length > 1) continue;
    if (!isSentence(items[k - 1]) || !isSentence(items[k + 1])) continue;
    const span = wholeItem(i.item);
    if (!span) continue;
    return {
      ...span,
      message: `“${i.text}” looks like a heading set as a list item, among full sentences. Make it a heading, and end the list before it.`,
      why: 'A heading inside a list reads as one of the points. Screen readers announce it as a list item, so people cannot use it to find their way.',
      suggestions: [`Make “${i.text}” a heading above the text it introduces.`],
    };
  }
  return undefined;
}

/**
 * An item that leads in to the items after it but ends with a semicolon (“- this will include;”
 * then “- references”, “- a health check”): the sub-items are set at the same level as the rest.
 */
export function flattenedItems(items: Item[], source: string): ListHit | undefined {
  for (let k = 0; k < items.length - 2; k++) {
    const i = items[k]!;
    if (!/;$/.test(i.text) || !leadInEnd(i.text.slice(0, -1)) || i.item.children.length > 1) continue;
    const next = items.slice(k + 1, k + 3);
    if (!next.every((n) => !/[;:.!?]$/.test(n.text) && words(n.text) <= 20)) continue;
    const at = firstWord(source, next[0]!.item);
    if (!at) continue;
    const lead = i.text.split(/\s+/).slice(-3).join(' ');
    return {
      ...at,
      message: `This item and the ones after it belong under the item before them (“${lead}”), but they are set at the same level as the rest. Set them as a list of their own under it.`,
      why: 'When sub-items are set at the same level as the rest, readers cannot tell where they end. A colon, not a semicolon, tells readers that a list follows.',
      suggestions: ['Indent these items under the item before them, and end that item with a colon (:). Or make that item a line of its own before a new list.'],
    };
  }
  return undefined;
}

/**
 * A list with no lead-in line whose items start in 2 ways: some with a capital (“Book a test”),
 * some in lower case (“wear a face covering”). Names and words like “iPhone” are left alone.
 */
export function mixedStarts(items: Item[], source: string): ListHit | undefined {
  // Phrases only: a full sentence may start with a name in lower case (“plainlint checks …”).
  if (items.length < 3 || items.some((i) => /[.!?;:]["”’)]*$/.test(i.text))) return undefined;
  const lower = items.filter((i) => /^\p{Ll}+(?:[\s'’-]|$)/u.test(i.text));
  const upper = items.filter((i) => sentenceCase(i.text));
  if (!lower.length || !upper.length || lower.length + upper.length < items.length) return undefined;
  const odd = upper.length <= lower.length ? upper[0]! : lower[0]!;
  const at = firstWord(source, odd.item);
  if (!at) return undefined;
  const word = source.slice(at.start, at.end);
  const other = odd === upper[0] ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1);
  return {
    ...at,
    message: `Some items in this list start with a capital letter and some do not. Start every item the same way, like “${other}”.`,
    why: 'Items that start in different ways look careless. Items that read on from a lead-in line start in lower case; full sentences start with a capital.',
    suggestions: [other],
  };
}

/**
 * A list after a sentence (not a lead-in line) whose items start with capitals but have no full
 * stops, each a long phrase: neither of the 2 list styles (items that read on from a lead-in line,
 * or full sentences that each end with a full stop).
 */
export function noLeadInCapitals(items: Item[], leadText: string, source: string): ListHit | undefined {
  if (items.length < 3 || !/[\p{L}\p{N})]\.$/u.test(leadText)) return undefined;
  const phrase = (t: string) => /^\p{Lu}/u.test(t) && !ENDED.test(t) && !/[;:,]$/.test(t) && !isName(t) && words(t) >= 6 && !/:\s|\s[–—-]\s|\|/.test(t);
  if (!items.every((i) => phrase(i.text) && !startsWithTerm(i.item))) return undefined;
  const at = firstWord(source, items[0]!.item);
  if (!at) return undefined;
  return {
    ...at,
    message: 'This list has no lead-in line, and its items start with capitals but have no full stops. Add a lead-in line that ends with a colon, or end each item with a full stop.',
    why: 'A list is either items that read on from a lead-in line, in lower case with no full stops, or full sentences that each end with a full stop. A mix of the 2 is harder to follow.',
    suggestions: ['Add a lead-in line that ends with a colon, like “The plan will:”, and start each item in lower case. Or end each item with a full stop.'],
  };
}

/**
 * One page with lists in 2 styles: items in lower case after a lead-in line, and elsewhere items
 * of the same kind (they start with the same words, like “avoid”) as full sentences with capitals
 * and full stops, and no lead-in line.
 */
export class PageLists {
  private readonly phrases: Array<{ lead: string; items: Item[] }> = [];
  private readonly sentences: Item[][] = [];

  add(items: Item[], leadText: string, hasLeadIn: boolean): void {
    if (items.length < 2) return;
    if (hasLeadIn && items.every((i) => /^\p{Ll}/u.test(i.text) && !/[.!?;:,]$/.test(i.text))) this.phrases.push({ lead: leadText, items });
    else if (!hasLeadIn && items.every((i) => isSentence(i) && /^\p{Lu}\p{Ll}/u.test(i.text) && sentenceCount(i.text) === 1 && !isName(i.text.replace(/[.!?]$/, '')))) this.sentences.push(items);
  }

  result(source: string): ListHit | undefined {
    // Items that start with the same word, like “avoid”: not a word like “your” or “the”.
    const starts = new Map<string, { lead: string; item: Item }>();
    for (const p of this.phrases) for (const i of p.items) {
      const first = i.text.split(/\s+/)[0]!.toLowerCase();
      if (!FUNCTION_WORDS.test(first)) starts.set(first, { lead: p.lead, item: i });
    }
    for (const list of this.sentences) {
      const same = list.map((i) => starts.get(i.text.split(/\s+/)[0]!.toLowerCase())).find(Boolean);
      if (!same) continue;
      const at = firstWord(source, list[0]!.item);
      if (!at) continue;
      const example = same.item.text.split(/\s+/).slice(0, 5).join(' ');
      const lead = words(same.lead) <= 6 ? ` (like “${same.lead}”)` : '';
      return {
        ...at,
        message: `This list is written in a different style from another list on this page (“${example}”): here items start with capitals and end with full stops. Write both lists the same way.`,
        why: 'Lists that give the same kind of points in 2 styles look careless. GOV.UK and NHS style prefer a lead-in line with items in lower case.',
        suggestions: [`Add a lead-in line that ends with a colon${lead}, then start each item in lower case, with no full stop.`],
      };
    }
    return undefined;
  }
}

/** Words that start items of any kind: a list that shares them is not the same kind of list. */
const FUNCTION_WORDS = /^(a|an|the|your|you|our|we|us|my|i|it|its|their|they|this|that|these|those|there|if|when|for|to|in|on|at|by|of|with|and|or|all|any|some|more|most|other|how|what|who|no|not|one|each|every|be|is|are|can|will|may)$/;

/** Words that start a question written as a phrase: “What your name is”. */
const QUESTION = /^(what|where|when|who|whose|why|how|which|whether|if)\b/i;

/**
 * 3 or more short lines in a row, each a paragraph of its own, after a line that leads in to them
 * (it ends with a colon or a dash), that start the same way or are all questions (“They will ask:”
 * then “What your name is”, “What your address is”…): a list set as paragraphs.
 */
export function paragraphLists(source: string, parent: Parents): ListHit[] {
  const found: ListHit[] = [];
  const children = parent.children as MdastNodes[];
  let run: Array<{ node: Paragraph; text: string }> = [];
  // Lines that start with the same word, ask questions, or start with a verb in the same form
  // (“Answered 2,565 calls”, “Processed 2,937 requests”, “Offered 870 appointments”).
  const form = (t: string) => /^\p{Lu}\p{Ll}{2,}ed\s/u.test(t) ? 'ed' : /^\p{Lu}\p{Ll}{2,}ing\s/u.test(t) ? 'ing' : '';
  const alike = (a: string, b: string) =>
    a.split(/\s+/)[0]!.toLowerCase() === b.split(/\s+/)[0]!.toLowerCase() || ((/\?$/.test(a) || QUESTION.test(a)) && (/\?$/.test(b) || QUESTION.test(b))) || (form(a) !== '' && form(a) === form(b));
  const flush = (at: number) => {
    const before = children[at - run.length - 1];
    const lead = before?.type === 'paragraph' ? plainText(before).replace(/\s+/g, ' ').trim() : '';
    // All with full stops or all without: lines of a list end the same way.
    const stops = run.filter((r) => /\.$/.test(r.text)).length;
    // Some with full stops and some without, after a colon, when 4 or more start with a verb in the same form.
    const mixed = run.length >= 4 && /:$/.test(lead) && form(run[0]!.text) !== '' && run.every((r) => form(r.text) === form(run[0]!.text));
    if (run.length >= 3 && /[:\-–—]$/.test(lead) && (stops === 0 || stops === run.length || mixed)) {
      const first = run[0]!.node.position!;
      found.push({
        start: first.start.offset!,
        end: first.end.offset!,
        message: `These ${run.length} lines are set as separate paragraphs, but they are a list. Make them a bulleted list.`,
        why: 'Screen readers only announce a list, and how many items it has, when it is set as a list. A list is also quicker to scan.',
        suggestions: [`Set the ${run.length} lines as a bulleted list, after the line before them${/:$/.test(lead) ? '' : ' ended with a colon'}.`],
      });
    }
    run = [];
  };
  children.forEach((node, k) => {
    if (node.type !== 'paragraph' || !node.position) return flush(k);
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    const oneLine = !source.slice(node.position.start.offset!, node.position.end.offset!).trim().includes('\n');
    const ok = oneLine && words(text) >= 2 && words(text) <= 12 && /^\p{L}/u.test(text) && !/[!:;,]$|:\s/.test(text) && !isName(text) && sentenceCount(text) === 1;
    if (!ok) return flush(k);
    if (run.length && !alike(run[0]!.text, text)) flush(k);
    run.push({ node, text });
  });
  flush(children.length);
  return found;
}

/**
 * Numbered steps run into a paragraph: “1. Fill in the form 2. Send it to us 3. Wait for a
 * letter”, or with “1)” or “(1)”. Steps typed at the start of lines are found with the lists
 * typed as paragraphs.
 */
export function inlineSteps(source: string, para: Paragraph): ListHit | undefined {
  const from = para.position?.start.offset;
  const to = para.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  const text = source.slice(from, to);
  const numbered = [/(?<=^|[\s:;,])(\d{1,2})\.(?=\s+[\p{L}“"‘'])/gu, /(?<=^|[\s:;,])(\d{1,2})\)(?=\s+[\p{L}“"‘'])/gu, /(?<=^|[\s:;,])\((\d{1,2})\)(?=\s+[\p{L}“"‘'])/gu];
  for (const form of numbered) {
    const first = runInText(text, form, (mark) => [Number(mark) - 1]);
    if (first) return {
      start: from + first.index,
      end: from + first.index + first[0].length,
      message: 'These numbered steps are written into a paragraph. Make them a numbered list, one step to a line.',
      why: 'Steps are easier to follow one to a line, and screen readers announce a numbered list and how many steps it has.',
      suggestions: ['Set the steps as a numbered list, each starting with a capital letter and ending with a full stop.'],
    };
  }
  // Items lettered inside a paragraph: “(a) fill in the form (b) attach a photo (c) send it”, or “i) … ii) … iii)”.
  for (const form of [/(?<=^|[\s:;,])\(([a-h]|i{1,3}|iv|vi{0,3})\)(?=\s+[\p{L}“"‘'])/gu, /(?<=^|[\s:;,])([a-h]|i{1,3}|iv|vi{0,3})\)(?=\s+[\p{L}“"‘'])/gu]) {
    const first = runInText(text, form, letterPlaces);
    if (first) return {
      start: from + first.index,
      end: from + first.index + first[0].length,
      message: 'These lettered items are written into a paragraph. Make them a bulleted list, one item to a line.',
      why: 'A list is quicker to scan than items run into a sentence, and screen readers announce a list and how many items it has.',
      suggestions: ['Set the items as a bulleted list, after a lead-in line that ends with a colon.'],
    };
  }
  return undefined;
}

/**
 * The first mark of 3 or more in order (“1.”, “2.”, “3.”; “(a)”, “(b)”, “(c)”) where one starts
 * inside a line: steps that each start a line are typed lists, found elsewhere. `places` gives the
 * places in the run a mark may hold (“i” may be the 9th letter or the 1st Roman numeral).
 */
function runInText(text: string, form: RegExp, places: (mark: string) => number[]): RegExpExecArray | undefined {
  let run: RegExpExecArray[] = [];
  for (const m of matchesOf(text, form)) {
    const at = places(m[1]!);
    if (at.includes(run.length)) run.push(m as RegExpExecArray);
    else run = at.includes(0) ? [m as RegExpExecArray] : run;
    if (run.length < 3) continue;
    if (run.every((r) => r.index === 0 || text[r.index - 1] === '\n')) continue;
    return run[0];
  }
  return undefined;
}

/** Short words that many items start with and that say nothing new (“the”, “a”): not a repeat worth moving. */
const SMALL_START = /^(?:the|a|an|to|in|of|for|on|at|by|with|and|or)$/i;

/**
 * 3 or more items in lower case that each start with the same 2 words or more (“- you can get
 * blood tests”, “- you can get health checks”): say the words once, in the lead-in line (“You
 * can get:”), so the items are short and readers see what differs. Names, numbers and links
 * (items with capitals, “1 in 4 adults”) are left alone. Reported at the words of the first item.
 */
export function repeatedStart(items: Item[], source: string): ListHit | undefined {
  if (items.length < 3 || !items.every((i) => /^\p{Ll}/u.test(i.text) && !startsWithTerm(i.item))) return undefined;
  const split = items.map((i) => i.text.toLowerCase().split(/\s+/));
  let shared = 0;
  while (split.every((w) => w.length > shared + 1 && w[shared] === split[0]![shared] && /^\p{L}+$/u.test(w[shared]!))) shared++;
  if (shared < 2 || split[0]!.slice(0, shared).every((w) => SMALL_START.test(w))) return undefined;
  const span = wholeItem(items[0]!.item);
  if (!span) return undefined;
  const phrase = items[0]!.text.split(/\s+/).slice(0, shared).join(' ');
  const at = source.indexOf(phrase, span.start);
  if (at < 0 || at >= span.end) return undefined;
  return {
    start: at,
    end: at + phrase.length,
    message: `Every item starts with “${phrase}”. Say it once, at the end of the lead-in line, and start each item with the words that differ.`,
    why: 'Words repeated at the start of every item make the list longer and hide what is different about each one.',
    suggestions: [`Move “${phrase}” into the lead-in line.`],
  };
}
