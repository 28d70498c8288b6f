/**
 * Text helpers for the lists rule: an item's words, whether it is a name or a sentence, how many
 * sentences it has, and whether the line before a list leads in to it.
 */
import type { ListItem, Paragraph } from 'mdast';
import { isFamiliarWord, plainText } from './mdast.js';

/** An item that is a title, a name or a link, not a phrase: left alone for capitals. */
const LOWER_WORD = /^\p{Ll}/u;

/** The last words of a line that leads in to a list but has lost its colon. */
const LEAD_IN_END = /\b(include|includes|including|included|are|is|were|was|to|be|can|could|will|should|must|need|needs|such as|like|following|follows|as follows|below|of|for|with|about|means|mean)\.?$/i;
/** Text that ends like a line leading in to a list: “this will include”, “as follows”. */
export function leadInEnd(text: string): boolean {
  return LEAD_IN_END.test(text.trim());
}
/** A short sentence that announces a list and nothing else: “Here are some examples.” */
export function announcesList(text: string): boolean {
  return ANNOUNCE.test(text) && text.split(/\s+/).length <= 8;
}
const ANNOUNCE = /^(here are|here is|these are|examples are|examples include|some examples are)\b[^.!?:;]*\b(examples|some|ways|things|options|steps|tips|reasons|ideas|questions|services|ones)\.$/i;
/** Verbs that end a lead-in line before items in lower case (“Please bring”, “The clinic offers”). */
const LEAD_IN_VERB = /\b(bring|brings|take|offer|offers|provide|provides|cover|covers|contain|contains|involve|involves|do|does|have|has|get|gets|check|ask|tell|use|choose|expect|want|wants|aim|aims|see|visit|contact|call)$/i;

export function startsWithTerm(item: ListItem): boolean {
  const para = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  const first = para?.children[0];
  return first?.type === 'strong' || first?.type === 'inlineCode' || first?.type === 'link';
}

/** Words in the names of organisations and places. */
export const PLACE_WORDS = /\b(NHS|Trust|Hospitals?|Infirmary|Council|Centre|Center|Surgery|Practice|Clinic|University|Partnership|Services?|Board|Group|Foundation|Alliance|Company|Ltd|Limited|Hospice|Health|Healthcare|Care|Pharmacy|School|College|Library|House|Road|Street)\b/;

/**
 * Items that read on in lower case: each starts with a small letter, or with a short form in
 * capitals (“NHS online”, “GPs”), and at least one with a small letter.
 */
export function lowerItems(items: Array<{ text: string }>): boolean {
  return items.every((i) => /^\p{Ll}/u.test(i.text) || /^\p{Lu}{2,}s?\b/u.test(i.text)) && items.some((i) => /^\p{Ll}/u.test(i.text));
}

/** A line before a list that leads in to it but has lost its colon: “Our services include”. */
export function leadInReadsOn(text: string, lowerItems = false, stripped = false): boolean {
  // A semicolon or comma in place of the colon (“You will need to bring;”): the same line, mistyped.
  // A semicolon cannot end a sentence, so a line of 3 words or more that ends in one leads in to
  // the list, whatever its last word (“if you are claiming either;”).
  if (/\p{L};$/u.test(text) && text.split(/\s+/).length >= 3) return true;
  if (/\p{L}[;,]$/u.test(text)) return leadInReadsOn(text.slice(0, -1), lowerItems, true);
  // Before items in lower case, a line that ends in a verb leads in to them, even in 2 words.
  if (lowerItems && text.split(/\s+/).length >= 2 && LEAD_IN_VERB.test(text)) return true;
  // Before items with capitals too, when the line is a sentence with its own subject (“If you need
  // them, please also bring”, “You should also bring”): not a label like “What to bring”.
  if (!stripped && text.split(/\s+/).length >= 3 && LEAD_IN_VERB.test(text) && /\b(?:please|you|we|they)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/iu.test(text) && !/^(?:what|how|where|when|why|who|which)\b/i.test(text)) return true;
  // “You must” or “We will not” on its own line: a subject and a modal verb cannot end a sentence.
  if (/^(you|we|they|patients|visitors|staff)\s+(must|should|will|can|may)(\s+(not|also))?$/i.test(text)) return true;
  // “Symptoms include” or “Please bring”: 2 words that end in a verb that needs what follows.
  if (/^\p{L}+\s+(include|includes|bring|need)$/iu.test(text)) return true;
  // “For example” or “for instance” on its own line, or at the end of one: the items are the
  // examples. Not after a comma (“For example,”), which may start a sentence of its own.
  if (!stripped && /(?:^|\s)for (?:example|instance)$/i.test(text)) return true;
  if (text.split(/\s+/).length < 3 || /^\p{Lu}[\p{Lu}\s]+$/u.test(text)) return false;
  const bare = !/[.!?:;,)”"’]$/.test(text);
  // “We offer the following services”: a line that names what follows.
  if (/\bthe following(?:\s+\p{Ll}+){0,2}\.?$/u.test(text)) return true;
  // “You can get help from”: a sentence cannot end in a preposition before items in lower case.
  if (lowerItems && bare && /\s(?:from|by|on|at|into|in|via|through|between)$/i.test(text)) return true;
  // “You get a discount if”: a sentence cannot end in a word that joins it to what comes next.
  if (bare && /\s(?:if|unless|because|whether|when|where|who|that|and|or)$/i.test(text)) return true;
  // “You can get free prescriptions if you”, “This is for people who”: a joining word and its
  // subject, with the verb still to come.
  if (bare && /\s(?:if|unless|because|when|whether|once|until)\s+(?:you|they|we|he|she|your child)$/i.test(text)) return true;
  return LEAD_IN_END.test(text) && (bare || /(following|below|as follows)\.$/i.test(text));
}

export function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu})/u).filter((s) => /\p{L}/u.test(s)).length;
}

/** Short forms whose full stop does not end a sentence (“St. Mary's”, “Dr. Patel”, “e.g. Wales”). */
export const ABBREVIATION = /\b(St|Dr|Mr|Mrs|Ms|Prof|No|Nos|Rev|Cllr|approx|e\.g|i\.e|etc|eg|ie)\./g;

/** The sentences of a list item, not counting the full stop of a short form as an end. */
export function itemSentences(text: string): number {
  return sentenceCount(text.replace(ABBREVIATION, '$1'));
}

/** How many words: runs of characters between spaces. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** “Oxford University Hospitals NHS Foundation Trust”: most words capitalised, no sentence. */
export function isName(text: string): boolean {
  if (/[.!?:;]$/.test(text) || text.length > 90) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const small = /^(and|of|the|for|in|at|on|by|to|with|&|a|an|de|la|upon)$/i;
  const big = words.filter((w) => !small.test(w));
  return big.length > 0 && big.every((w) => /^[(“"‘']?[\p{Lu}\p{N}]/u.test(w));
}

/** The text of an item's first paragraph, trimmed; empty for items with nested lists only. */
export function itemText(item: ListItem): string {
  const para = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!para) return '';
  // Link-only items are titles: no style to check.
  if (para.children.length === 1 && para.children[0]!.type === 'link') return '';
  return plainText(para).replace(/\s+/g, ' ').trim();
}

/**
 * “Working with our communities”: a capital on an everyday first word, with the rest in lower
 * case. Names (“Oxford University Hospitals”), acronyms and “I” are not. `lowerOnly` (the
 * dictionary's view of capitals) lets in first words that are not everyday words.
 */
export function sentenceCase(text: string, lowerOnly?: (word: string) => boolean): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const first = words[0]!.replace(/[^\p{L}'’-]/gu, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || first === 'I') return false;
  // Page titles: “Money, work and benefits – NHS”.
  if (/\s[–—|]\s/.test(text)) return false;
  // An everyday word, or one the dictionary lists in lower case only (“Refer”, “Physiotherapy”).
  // Not a label and a dash (“Transformation - changing things”): a named point.
  if (!isFamiliarWord(first.toLowerCase()) && !lowerOnly?.(first)) return false;
  // An acronym (“Your NHS number”) is written in capitals anywhere: it does not make a name.
  const capitalised = words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}s?[.,;:]?$/u.test(w)).length;
  // The second word is in lower case, or is an acronym before one (“For NHS staff to …”).
  const second = LOWER_WORD.test(words[1]!) || (/^\p{Lu}{2,}s?$/u.test(words[1]!) && LOWER_WORD.test(words[2] ?? ''));
  return capitalised * 2 < words.length - 1 && second;
}

/** Days, months and languages keep their capitals. */
const ALWAYS_CAPITAL = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|english|welsh|scottish|irish|british|french|german|spanish|polish|urdu|arabic|christmas|easter)$/;

/** “Fever”: one everyday word with a capital, not a name. */
export function everydayWord(text: string): boolean {
  const word = text.replace(/\.$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !ALWAYS_CAPITAL.test(lower) && isFamiliarWord(lower);
}

/** Where some words are in the source from an offset on, allowing line breaks and markup between them. */
export function findWords(source: string, words: string, from: number): [number, number] | undefined {
  const parts = words.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!parts.length) return undefined;
  const re = new RegExp(parts.join('[\\s*_]+'), 'g');
  re.lastIndex = from;
  const m = re.exec(source);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

/** A lead-in line before named points, which keep their capitals: “Our values are:”. */
export const NAMED_POINTS = /\b(values|principles|behaviours|pillars|themes|aims|ambitions|priorities|objectives|goals|strands|commitments)\b/i;

/** “A high temperature”: “A” or “An”, then words in lower case. */
export function articleStart(text: string): boolean {
  const words = text.replace(/[.!?]$/, '').split(/\s+/);
  if (!/^An?$/.test(words[0]!) || words.length < 2 || !/^\p{Ll}/u.test(words[1]!)) return false;
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length - 1;
}

/**
 * Does the item open with a name in capitals (“Health and Social Care, which includes…”) that the
 * text also writes with its capitals in the middle of a sentence? Then the capital is the name's.
 */
export function namedInText(item: string, text: string): boolean {
  const run = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|the|in|on)\s+)?\p{Lu}[\p{L}'’-]*)+/u.exec(item)?.[0];
  if (!run) return false;
  const escaped = run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`\\p{Ll}[,;]?\\s+${escaped}(?![\\p{L}])`, 'u').test(text);
}
