/**
 * Items of 2 kinds in one list, for the lists rule: most items start with a verb that reads on
 * from the lead-in line (“This includes people who:” then “are older”, “have a disability”) and
 * one starts with a noun (“young people leaving care”), so it does not read on like the rest. And
 * one item that is a sentence of its own after a line the items must finish.
 */
import type { ListItem, Paragraph } from 'mdast';
import type { ListHit } from './list-style.js';
import { itemSentences, startsWithTerm } from './list-text.js';

interface Item {
  item: ListItem;
  text: string;
}

/** Verbs that start an item after a subject in the lead-in line (“people who:”, “if you:”). */
const VERB = /^(?:are|is|have|has|were|was|had|do|does|did|don['’]t|do not|cannot|can['’]t|can|could|will|would|may|might|must|receive|receives|get|gets|feel|feels|want|wants|needs? to)\b/i;
/** Words that start a noun phrase: a new subject, not words that read on after “who:”. */
const NOUN = /^(?:a|an|the|all|some|any|those|these|people|children|young|older|adults|anyone|someone|everyone|patients|carers|families|your|their|his|her|its|our)\b/i;

/**
 * One or 2 items that start with a noun among 3 or more that start with a verb, after a lead-in
 * line that ends with a colon or reads on. Said once, at the first odd item.
 */
export function mixedKinds(items: Item[], leadText: string): ListHit | undefined {
  if (items.length < 4 || !/(?::|\p{L})$/u.test(leadText)) return undefined;
  const verbs = items.filter((i) => VERB.test(i.text) && /^\p{Ll}/u.test(i.text));
  const nouns = items.filter((i) => NOUN.test(i.text) && /^\p{Ll}/u.test(i.text));
  if (verbs.length < 3 || !nouns.length || nouns.length > 2 || verbs.length + nouns.length < items.length || verbs.length < nouns.length * 2) return undefined;
  const odd = nouns[0]!;
  const para = odd.item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!para?.position) return undefined;
  const example = [...new Set(verbs.map((i) => VERB.exec(i.text)![0].toLowerCase()))].slice(0, 3).map((w) => `“${w}”`).join(', ');
  return {
    start: para.position.start.offset!,
    end: para.position.end.offset!,
    message: `This item does not read on from the lead-in line like the others, which start with a verb (${example}). Start it the same way, or move it out of the list.`,
    why: 'Each item in a list finishes the lead-in line’s sentence in the same way. An item of another kind breaks the pattern, and readers lose the thread.',
    suggestions: ['Reword the item so it starts with a verb, like the others.'],
  };
}

/**
 * An item that is a sentence with its own subject: a condition and what follows it (“If you feel
 * sick you will be given medicine”, “When you get home, you should rest”), or the writer’s advice
 * (“We advise that you…”, “We would ask you to…”).
 */
const OWN_SENTENCE = /^(?:(?:if|when|unless)\s.{3,}?[\s,](?:you|we|they|it|staff|the (?:ward|team|nurse|doctor|hospital|clinic))\s+(?:will|can|may|should|must|might|could|would|need|needs)\s|(?:we|i)\s+(?:advise|recommend|suggest|ask|would|strongly|encourage)\s|(?:you|they)\s+(?:will|may|might|could|would|should)\s+(?:be|need|have|get|feel)\s)/i;

export /** A lead-in line that ends in a verb, a modal or a preposition: the items must finish its sentence. */
const OPEN_LEAD = /(?:\b(?:sure|that|include|includes|including|are|is|be|can|will|should|must|need|needs|to|with|for|about|by|get|gets|have|has|bring|offer|offers|provide|provides|receive|check|means)|\b(?:be|been|is|are|get|gets)\s+\p{L}+(?:ed|en))\s*:$/iu;

/**
 * After a lead-in line with a colon, one item that is a whole sentence with its own subject, when
 * no other item starts that way: a condition with what follows it (“If you feel sick you will be
 * given medicine”) or advice from the writer (“We advise that you…”). It does not finish the
 * lead-in line, so it belongs outside the list. The hit names the item, so other checks skip it.
 */
export function ownSentence(items: Item[], leadText: string): (ListHit & { item: ListItem }) | undefined {
  // Only after a line that the items must finish (“make sure:”, “be given:”, “include:”): after
  // “Remember:” or “Things to know:” a sentence of its own reads on well enough.
  if (items.length < 3 || !OPEN_LEAD.test(leadText)) return undefined;
  const own = items.filter((i) => OWN_SENTENCE.test(i.text));
  if (own.length !== 1) return undefined;
  const odd = own[0]!;
  const opener = (t: string) => (/^(if|when|unless)\b/i.test(t) ? 'if' : /^(we|i|our)\b/i.test(t) ? 'we' : /^(you|they)\b/i.test(t) ? 'you' : 'other');
  const kind = opener(odd.text);
  if (items.some((i) => i !== odd && opener(i.text) === kind)) return undefined;
  const para = odd.item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!para?.position) return undefined;
  const lead = leadText.split(/\s+/).slice(-4).join(' ');
  return {
    item: odd.item,
    start: para.position.start.offset!,
    end: para.position.end.offset!,
    message: `This item does not read on from the lead-in line (“${lead}”). Move it out of the list, or reword it so it finishes that line.`,
    why: 'Each item in a list with a lead-in line finishes that line’s sentence. An item that is a sentence of its own breaks the pattern, and readers lose the thread.',
    suggestions: ['Put the sentence before or after the list.'],
  };
}

/**
 * After a lead-in line with a colon, a list where most items hold 2 sentences or more (“Cycle
 * groups: Guided rides for all. Suitable for beginners.”): GOV.UK asks for one sentence a bullet,
 * with commas or dashes to add to it. Said once, at the first such item, with the others’ places
 * in `others`. Lists where one item is long are left to the checks for one long item.
 */
export function manySentences(items: Item[], leadText: string): (ListHit & { others: ListItem[] }) | undefined {
  if (items.length < 2 || !/:$/.test(leadText)) return undefined;
  // Items that start with a term in bold, a link or code define the term: they may run on.
  const multi = items.filter((i) => itemSentences(i.text) >= 2 && i.text.split(/\s+/).length >= 12 && i.item.children.length === 1 && !startsWithTerm(i.item));
  if (multi.length < 2 || multi.length * 2 < items.length + 1) return undefined;
  const para = multi[0]!.item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!para?.position) return undefined;
  return {
    others: multi.slice(1).map((i) => i.item),
    start: para.position.start.offset!,
    end: para.position.end.offset!,
    message: `${multi.length} of these ${items.length} list items have more than one sentence. Keep each bullet point to one sentence, and move the detail into a paragraph.`,
    why: 'Bullet points are for scanning. GOV.UK style asks for one sentence a bullet, with commas or dashes to add to it.',
    suggestions: ['Shorten each item to one sentence, or set the text as paragraphs.'],
  };
}
