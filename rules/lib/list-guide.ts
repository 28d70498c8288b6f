/**
 * List checks taken straight from the GOV.UK A to Z (“Bullet points and steps”) and the NHS
 * formatting guide (“Lists”), for the lists rule: a bulleted list of one item, a numbered list
 * whose items read on from a lead-in line (a list of things, not steps), and bullet points that
 * are steps in order (“First…”, “Then…”, “Finally…”). Each returns where to report and what to
 * say. Messages name no markdown: writers in Word read them too.
 */
import type { Heading, List, ListItem, Paragraph, Root } from 'mdast';
import type { ListHit } from './list-style.js';
import { eachNode, plainText } from './mdast.js';
import { ABBREVIATION, itemText, wordCount as words } from './list-text.js';
import { loadWordCase } from './word-case.js';

interface Item {
  item: ListItem;
  text: string;
}

const ENDED = /[.!?]["”’)]*$/;

function paragraphOf(item: ListItem): Paragraph | undefined {
  return item.children.find((c): c is Paragraph => c.type === 'paragraph');
}

/** The number or bullet at the start of an item, where it is in the source. */
function marker(source: string, item: ListItem): { start: number; end: number } | undefined {
  const start = item.position?.start.offset;
  if (start === undefined) return undefined;
  const m = /^\s*(?:\d{1,3}[.)]|[-*+])/.exec(source.slice(start, start + 12));
  return m ? { start: start + m[0].length - m[0].trimStart().length, end: start + m[0].length } : undefined;
}

/**
 * A bulleted list of one item after a lead-in line (“Visitors must:” then one bullet): GOV.UK
 * asks for more than one bullet. Items with a list under them, and links on their own, are left
 * alone (`text` is empty for a link). `readsOn` says the line before leads in to the item but has
 * lost its colon (“You get a discount if” then one bullet): the same slip. After a paragraph that
 * ends a sentence (“We will work out the costs.” then one bullet), the bullet is a paragraph of its
 * own set as a list.
 */
export function oneItem(list: List, text: string, leadText: string, source: string, readsOn = false): ListHit | undefined {
  if (list.ordered || list.children.length !== 1 || !text) return undefined;
  const item = list.children[0]!;
  const para = paragraphOf(item);
  if (item.children.length !== 1 || !para?.position) return undefined;
  const span = { start: para.position.start.offset!, end: para.position.end.offset! };
  if (!/:$/.test(leadText) && !readsOn) {
    // A sentence, then a bullet that is a sentence too: the bullet is a paragraph.
    if (!/\p{Ll}[\p{L}\p{N})’”"']*[.!?]$/u.test(leadText) || words(leadText) < 4 || !/^\p{Lu}/u.test(text) || !ENDED.test(text) || words(text) < 5) return undefined;
    if (/\[[^\]]*\]\(|https?:|www\./.test(source.slice(span.start, span.end))) return undefined;
    return {
      ...span,
      message: 'This list has only one item. Set it as a paragraph, without the bullet point.',
      why: 'A list needs more than one item. A single bullet point makes readers look for the rest.',
      suggestions: ['Take out the bullet point, so the text is a paragraph.'],
    };
  }
  if (words(text) > 25 || ENDED.test(text) && /\s\p{Lu}/u.test(text.replace(/^\S+/, ''))) return undefined;
  const lead = leadText.replace(/[:;,]$/, '');
  const joined = `${lead} ${/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text}`.replace(/[.;,]$/, '');
  return {
    ...span,
    message: 'This list has only one item. Write it as part of the sentence before it.',
    why: 'A list needs more than one item. A single bullet point makes readers look for the rest.',
    suggestions: [`${joined}.`],
  };
}

/** A lead-in line about steps or an order: numbers are right there. */
const STEP_LEAD = /\b(steps?|order|first|then|stages?|process|instructions|how to|follow|in turn|sequence|rank|ranked|priority|priorities|agenda|contents)\b/i;

/**
 * A numbered list whose items read on from a lead-in line, in lower case and with no full stops
 * (“You can get free prescriptions if you:” then “1. are 60 or over”): a list of things, not
 * steps. Both guides keep numbers for steps that readers follow in order.
 */
export function numberedThings(list: List, items: Item[], leadText: string, source: string): ListHit | undefined {
  if (!list.ordered || items.length < 2 || items.length !== list.children.length || !/:$/.test(leadText) || STEP_LEAD.test(leadText)) return undefined;
  // “Start pages have 4 main parts. These are:”: numbers that match a count in the lead-in.
  if (/\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(leadText)) return undefined;
  if (!items.every((i) => /^\p{Ll}/u.test(i.text) && !/[.!?]$/.test(i.text))) return undefined;
  const at = marker(source, list.children[0]!);
  if (!at) return undefined;
  // “To book:” then “1. call the surgery”: steps, written like bullet points.
  if (/^to\s/i.test(leadText)) {
    return {
      ...at,
      message: 'These numbered steps start in lower case and have no full stops. Start each step with a capital letter and end it with a full stop.',
      why: 'Each step in a numbered list is a sentence of its own, so readers can follow one at a time.',
      suggestions: ['Start each step with a capital letter and end it with a full stop.'],
    };
  }
  return {
    ...at,
    message: 'These numbered items read on from the lead-in line, so they are a list of things, not steps. Use bullets.',
    why: 'Numbers tell readers to follow the items in order. Bullets are right for a set of things or choices.',
    suggestions: ['Make it a bulleted list. If the items are steps, start each with a capital letter and end it with a full stop.'],
  };
}

/** Words that put an item in order: “First, log in”, “Then select…”, “Finally, print it”. */
const SEQUENCE = /^(?:(?:first|firstly|secondly|next|after that|afterwards|finally|lastly),|then\s+(?!and\b|or\b)\p{Ll})/iu;

/**
 * Bullet points that are steps in order: 2 or more items start with “First”, “Then”, “Next”,
 * “Finally”… GOV.UK and NHS style use a numbered list to guide people through a process.
 */
export function bulletedSteps(list: List, items: Item[], source: string): ListHit | undefined {
  if (list.ordered || items.length < 3) return undefined;
  const ordered = items.filter((i) => SEQUENCE.test(i.text));
  if (ordered.length < 2 || !SEQUENCE.test(items[0]!.text) && !SEQUENCE.test(items[items.length - 1]!.text)) return undefined;
  const at = marker(source, list.children[0]!);
  if (!at) return undefined;
  return {
    ...at,
    message: 'These bullet points are steps to follow in order. Use a numbered list.',
    why: 'Numbers show the order and help people keep their place. Each step starts with a capital letter and ends with a full stop.',
    suggestions: ['Make it a numbered list, one step to a line.'],
  };
}

/**
 * The dictionary's view of capitals (“Refer”, “Prescribe” and “Physiotherapy” are listed in lower
 * case only), loaded only for a page with a list item that starts with a capital. The checker
 * page has no dictionary: there the rule goes on without it.
 */
export async function listLowerOnly(root: Root): Promise<((word: string) => boolean) | undefined> {
  let capital = false;
  eachNode(root, 'listItem', (item: ListItem) => {
    if (!capital && /^\p{Lu}\p{Ll}/u.test(itemText(item))) capital = true;
  });
  if (!capital) return undefined;
  const wordCase = await loadWordCase().catch(() => undefined);
  return wordCase ? (word) => wordCase.lowerOnly(word) : undefined;
}


/**
 * An item that reads on from a lead-in line (it starts in lower case) but holds a second sentence
 * (“drink 1 litre of water. This fills your bladder.”): both guides ask for one sentence a bullet.
 * Items that start with a term in bold, a link or a term and a colon (definitions) are left alone.
 */
export function secondSentence(items: Item[], readOn: boolean): ListHit | undefined {
  if (!readOn || items.length < 2) return undefined;
  for (const i of items) {
    if (!/^\p{Ll}/u.test(i.text) || i.item.children.length > 1) continue;
    const first = paragraphOf(i.item)?.children[0];
    // A term and a colon (“main: the main content. It is unique.”) defines the term.
    if (first?.type === 'strong' || first?.type === 'link' || first?.type === 'inlineCode' || /^[\p{L}-]+(?:\s[\p{L}-]+){0,2}:\s/u.test(i.text)) continue;
    const parts = i.text.replace(ABBREVIATION, '$1').split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu}\p{Ll})/u);
    // A short aside (“Tell us soon.”) is left alone: the item stays short.
    if (parts.length < 2 || words(i.text) < 10 || parts.slice(1).every((p) => words(p) < 4)) continue;
    const para = paragraphOf(i.item);
    if (!para?.position) continue;
    return {
      start: para.position.start.offset!,
      end: para.position.end.offset!,
      message: `This list item has ${parts.length} sentences. Keep each bullet point to one sentence that reads on from the lead-in line.`,
      why: 'A list after a lead-in line reads as one sentence. A second sentence breaks it, and the list gets harder to scan.',
      suggestions: ['Join the words with a comma or a dash, or move the extra sentence out of the list.'],
    };
  }
  return undefined;
}

/**
 * Items in lower case straight after a heading (“## What to bring” then “- your letter”): they
 * read on from a lead-in line that is not there. NHS style says not to use a heading as the
 * lead-in line; GOV.UK always uses one.
 */
export function headingNoLeadIn(list: List, items: Item[], source: string, heading: Heading): ListHit | undefined {
  if (list.ordered || items.length < 2 || items.length !== list.children.length) return undefined;
  // The NHS “Do” and “Don’t” lists have a heading and no lead-in line.
  if (/^(?:do|don['’]t|do not)$/i.test(plainText(heading).trim())) return undefined;
  // Terms and values (“mobile: 320px”) are a table set as a list, not a sentence.
  if (!items.every((i) => /^\p{Ll}/u.test(i.text) && !/[.!?]["”’)]*$/.test(i.text) && !/:\s/.test(i.text) && i.item.children.length === 1)) return undefined;
  const at = marker(source, list.children[0]!);
  if (!at) return undefined;
  return {
    ...at,
    message: 'This list has no lead-in line. Add a line before it that ends with a colon, so the items read on from it.',
    why: 'Items in lower case finish a sentence. A heading cannot lead in to them, so readers miss the start of the sentence.',
    suggestions: ['Add a lead-in line that ends with a colon, like “You will need:”, under the heading.'],
  };
}

/** Verbs that start an instruction: “Fill in the form”, “Send it to us”. */
const INSTRUCTION = /^(?:go|fill|send|call|phone|ring|book|log|sign|enter|choose|select|check|click|open|pay|print|read|take|bring|wait|ask|tell|complete|visit|find|contact|email|write|add|make|use|keep|put|press|download|upload|register|apply|attach|give|get|follow|remove|wash|dry|repeat|leave|turn|type|scan|save|upload|post|return|collect|start|stop|sign)\b/i;

/**
 * Numbered steps, each an instruction with a capital letter, but none with a full stop (“1. Fill
 * in the form”): both guides end each step with a full stop, as a sentence of its own.
 */
export function stepsWithoutStops(list: List, items: Item[], source: string): ListHit | undefined {
  if (!list.ordered || items.length < 2 || items.length !== list.children.length) return undefined;
  if (!items.every((i) => /^\p{Lu}\p{Ll}/u.test(i.text) && /[\p{L}\p{N})]$/u.test(i.text) && words(i.text) >= 3)) return undefined;
  if (items.filter((i) => INSTRUCTION.test(i.text)).length * 3 < items.length * 2) return undefined;
  const para = paragraphOf(list.children[0]!);
  if (!para?.position) return undefined;
  const end = para.position.end.offset!;
  return {
    start: end - 1,
    end,
    message: 'These numbered steps have no full stops. End each step with a full stop.',
    why: 'Each step in a numbered list is a sentence of its own: it starts with a capital letter and ends with a full stop.',
    suggestions: ['Add a full stop at the end of each step.'],
  };
}

/** Named points, most a label and a dash (“Transformation - changing things”): they keep their capitals. */
export function namedPoints(items: Item[]): boolean {
  return items.filter((i) => /^\S+(?:\s\S+){0,3}\s[-–—]\s/.test(i.text)).length * 2 > items.length;
}

/** A lead-in line that a verb must finish: “You can:”, “We will:”, “you may need to:”. */
const VERB_LEAD = /\b(?:you|we|they|i|staff|patients|people)\s+(?:(?:also|usually|often)\s+)?(?:will|can|could|should|must|may|might)(?:\s+(?:also|need to|want to|be able to|be asked to))?\s*:$|\b(?:you|we)\s+(?:will\s+)?(?:need|want|have)\s+to\s*:$/i;

/** An item that is a sentence with its own subject and verb (“Parking is free”, “The clinic has a ramp.”). */
const OWN_SUBJECT = /^(?:(?:The|This|These|Those|Our|Your|Their|Its|It|There|Each|Every|All|Most|Some|Many|Appointments|Parking|Visitors|Patients|Staff)\b|\p{Lu}\p{Ll}+s\b)(?:\s+[\p{Ll}\p{N}-]+){0,3}?\s+(?:is|are|was|were|has|have|will|can|may|must|should|opens|closes|runs|takes|costs|gives|offers)\b/u;

/**
 * Items that each start a sentence of their own after a lead-in line that a verb must finish
 * (“You can:” then “- Appointments are available on weekdays.”): the items do not read on from
 * it, which GOV.UK asks for (“the bullets make sense running on from the lead-in line”). Said
 * once, at the first item. Most items must be like this, so one odd item is left to other checks.
 */
export function subjectItems(items: Item[], leadText: string): ListHit | undefined {
  if (items.length < 2 || !VERB_LEAD.test(leadText)) return undefined;
  const own = items.filter((i) => OWN_SUBJECT.test(i.text) && !/^(?:Can|Will|May|Must|Should)\b/.test(i.text));
  if (own.length * 3 < items.length * 2 || own.length < 2) return undefined;
  const para = paragraphOf(own[0]!.item);
  if (!para?.position) return undefined;
  const lead = VERB_LEAD.exec(leadText)![0].replace(/\s+:$/, ':');
  return {
    start: para.position.start.offset!,
    end: para.position.end.offset!,
    message: `These items do not read on from the lead-in line (“${lead}”). Start each item with words that finish that line, or make the lead-in a sentence of its own.`,
    why: 'Each item in a list finishes the lead-in line’s sentence. When it does not, readers have to stop and work out how the two fit.',
    suggestions: ['Reword the items so each one finishes the lead-in line.'],
  };
}

/**
 * The last item starts with “and” or “or” (“- reduce waiting times” then “- and involve
 * patients”): GOV.UK asks for no “and” or “or” in bullets, since the list already joins the items.
 * Not when other items start with the same word (“- and then …” in a list of pairs).
 */
export function joinerStart(items: Item[], source: string): ListHit | undefined {
  if (items.length < 2) return undefined;
  const last = items[items.length - 1]!;
  const m = /^(and|or)\s+\p{Ll}/iu.exec(last.text);
  if (!m || items.slice(0, -1).some((i) => /^(and|or)\s/i.test(i.text))) return undefined;
  const para = paragraphOf(last.item);
  if (!para?.position) return undefined;
  const at = source.indexOf(m[1]!, para.position.start.offset!);
  if (at < 0) return undefined;
  return {
    start: at,
    end: at + m[1]!.length,
    message: `Do not start a list item with “${m[1]!.toLowerCase()}”.`,
    why: 'Each item in a list stands on its own, so it does not need a joining word.',
    suggestions: [`Take out “${m[1]}”.`],
  };
}

/**
 * A lead-in line that ends in a colon and a dash (“symptoms:-”), a habit from typed letters: the
 * guides end a lead-in line with a colon on its own.
 */
export function colonDash(lead: Paragraph, source: string): ListHit | undefined {
  const end = lead.position?.end.offset;
  if (end === undefined) return undefined;
  const m = /:\s?[-–]\s*$/.exec(source.slice(Math.max(0, end - 6), end));
  if (!m) return undefined;
  const start = end - (source.slice(Math.max(0, end - 6), end).length - m.index);
  return {
    start,
    end: start + m[0].trimEnd().length,
    message: 'End the line that leads in to this list with a colon on its own, with no dash after it.',
    why: 'A colon already tells readers the list follows. The dash adds clutter, and screen readers may read it out.',
    suggestions: [':'],
  };
}

/**
 * A lead-in line that ends in a dash or dots in place of its colon (“You can get help with –”,
 * “Please bring…”): the guides end a lead-in line with a colon, which tells readers the list
 * finishes the sentence. Only a line of 2 words or more that ends in a word and then the mark.
 */
export function dashLead(lead: Paragraph, source: string): ListHit | undefined {
  const end = lead.position?.end.offset;
  if (end === undefined || words(plainText(lead).replace(/[\s.…–—-]+$/, '')) < 2) return undefined;
  const tail = source.slice(Math.max(0, end - 12), end);
  const m = /[\p{L}\p{N})’'][ \t]*([-–—]|\.{3}|…)[ \t]*$/u.exec(tail);
  if (!m) return undefined;
  const start = end - tail.length + m.index + m[0].indexOf(m[1]!);
  const dots = m[1] !== '-' && m[1] !== '–' && m[1] !== '—';
  return {
    start,
    end: start + m[1]!.length,
    message: `End the line that leads in to this list with a colon (:), not ${dots ? 'dots' : 'a dash'}.`,
    why: 'A colon tells readers the list finishes the sentence. Screen readers may read a dash or dots out, or pause as if the text stops.',
    suggestions: [':'],
  };
}

/** A lead-in line that ends in a modal verb (“You can:”, “we will also:”): a verb must come next. */
const MODAL_LEAD = /\b(?:will|can|could|should|must|may|might|would)(?:\s+(?:also|not|still|then|now|only|usually|often|always|never))?\s*:$/i;
/** A lead-in line that ends in a subject after a joining word (“if you:”, “because they:”, “people who:”): a verb must come next. Not “Thank you:”. */
const SUBJECT_LEAD = /(?:\b(?:if|because|when|unless|that|once|where|whether|while|until|and|or)\s+(?:you|they|we)|\s(?!to\b|for\b|with\b)\p{L}+\s+who)(?:\s+(?:also|still|usually|often|already))?\s*:$/iu;
/** A lead-in line that ends in “to” (“given free to:”, “plans to:”). */
const TO_LEAD = /\bto\s*:$/i;
/** Words that cannot follow a modal verb or a subject: a noun phrase or a new subject (“the NHS App”, “we will…”). */
const NOT_AFTER_VERB = /^(?:a|an|the|your|our|their|my|his|her|its|this|these|those|we|they|i|you|he|she)$/i;
/** Words that cannot follow a modal verb: a preposition (“by post”, “in person”). */
const PREPOSITION = /^(?:by|in|at|on|via|from|through|during|over|within)$/i;
/** Verbs that cannot follow “to”, “can” or “you”: “are 50 and over” after “given to:”. */
const FINITE = /^(?:are|is|was|were|has|does|am)$/i;

/**
 * After a lead-in line that a verb must finish (“You can:”, “if you:”, “free to:”), items whose
 * first word cannot come next: a noun phrase (“You can:” then “- your prescription”), a new
 * subject (“- we will call you”), a preposition (“- by post”) or a verb that does not fit (“to:”
 * then “- are 50 and over”). GOV.UK: “the bullets make sense running on from the lead-in line”.
 * Said once, at the first such item, when most items (or 2 after “to:”) are like this.
 */
export function itemsBreakLeadIn(items: Item[], leadText: string): ListHit | undefined {
  if (items.length < 2) return undefined;
  const modal = MODAL_LEAD.test(leadText);
  const subject = !modal && SUBJECT_LEAD.test(leadText);
  const to = !modal && !subject && TO_LEAD.test(leadText);
  if (!modal && !subject && !to) return undefined;
  const first = (i: Item) => i.text.split(/\s+/)[0]!.replace(/[^\p{L}'’]/gu, '');
  const breaks = (i: Item) => {
    const word = first(i);
    if (/^[\p{Lu}\p{N}]{2,}/u.test(word) || startsWithItemTerm(i)) return false;
    // “if you: are 65 or over” reads on; “free to: are 65” and “you can: are” do not.
    if (FINITE.test(word)) return !subject;
    if (to) return false;
    return NOT_AFTER_VERB.test(word) || (modal && PREPOSITION.test(word));
  };
  const odd = items.filter(breaks);
  if (odd.length < 2 || (!to && odd.length * 2 < items.length)) return undefined;
  const para = paragraphOf(odd[0]!.item);
  if (!para?.position) return undefined;
  const lead = leadText.replace(/:$/, '').split(/\s+/).slice(-3).join(' ');
  const start = odd[0]!.text.split(/\s+[-–—]\s|[:;,(]/)[0]!.split(/\s+/).slice(0, 3).join(' ');
  const example = `${lead} ${/^\p{Lu}\p{Ll}/u.test(start) ? start[0]!.toLowerCase() + start.slice(1) : start}`;
  return {
    start: para.position.start.offset!,
    end: para.position.end.offset!,
    message: `These items do not read on from the lead-in line: “${example}…” is not a sentence. Start each item with words that finish that line, or reword the lead-in line.`,
    why: 'Each item in a list finishes the lead-in line’s sentence. When it does not, readers have to stop and work out how the two fit.',
    suggestions: [modal ? 'Start each item with a verb, like “order your prescription”, or end the lead-in line with a noun.' : 'Reword the items so each one finishes the lead-in line.'],
  };
}

/** An item that starts with a term in bold, a link or code: a name, not words that read on. */
function startsWithItemTerm(i: Item): boolean {
  const first = paragraphOf(i.item)?.children[0];
  return first?.type === 'strong' || first?.type === 'link' || first?.type === 'inlineCode';
}
