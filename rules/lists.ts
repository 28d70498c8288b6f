import type { List, ListItem, Nodes as MdastNodes, Paragraph, Parents } from 'mdast';
import { defineRule } from '../src/types.js';
import { eachNode, isFamiliarWord, plainText } from './lib/mdast.js';

/** The last words of an item that join it to the next: “and”, “or”, “; and”. */
const JOINER = /(?:^|[\s,;])(and|or|and\/or)\s*$/i;
const SEMICOLON = /;\s*$/;
const FULL_STOP = /[^.]\.\s*$/;
/** An item that is a title, a name or a link, not a phrase: left alone for capitals. */
const LOWER_WORD = /^\p{Ll}/u;

export default defineRule({
  meta: {
    id: 'lists',
    description: 'Bulleted lists that do not follow GOV.UK list style: items ending in “and”, “or”, a semicolon or a full stop, and items with a capital letter where they read on from a lead-in line.',
    severity: 'suggestion',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    schema: (z) => z.strictObject({}),
    docs:
      'GOV.UK and NHS style for bulleted lists: a lead-in line that ends with a colon, then items that ' +
      'read on from it. Each item starts in lower case and has no full stop, semicolon, “and” or “or” at ' +
      'the end. Screen readers already say where each item ends.\n\n' +
      'The rule looks at lists after a lead-in line ending with a colon. It reports each kind of slip once ' +
      'per list, at the first item with it. Full stops are reported when a few items have them and the rest ' +
      'do not, or when the items are short phrases. Items that are names, titles, links or sentences ' +
      '(“Oxford University Hospitals”, “Eat a light meal.”) are left alone for capitals.',
    examples: {
      good: [
        { text: 'You can get help with:\n\n- your prescriptions\n- your travel costs\n- Oxford University Hospitals' },
        { text: 'Before you come:\n\n- Eat a light meal. It helps you feel well.\n- Bring your glasses. You will need them to read.' },
      ],
      bad: [
        { text: 'We will:\n\n- improve access to services; and\n- reduce waiting times', count: 1, flags: ['and'] },
        { text: 'Our priorities are:\n\n- better care\n- stakeholder engagement.', count: 1, flags: ['.'] },
        { text: 'Our ambitions are:\n\n- Working with our communities\n- Making it easy to get care', count: 1, flags: ['Working'] },
      ],
    },
  },
  check(doc, context) {
    eachNode(doc.mdast, 'list', (list: List, parent: Parents | undefined, index: number | undefined) => {
      if (!parent || index === undefined || index === 0) return;
      const lead = parent.children[index - 1] as MdastNodes;
      if (lead.type !== 'paragraph' || !/:\s*$/.test(plainText(lead))) return;
      // Quoted items are examples of words, not part of the sentence.
      const items = list.children.map((item) => ({ item, text: itemText(item) })).filter((i) => i.text && !/^["“‘']/.test(i.text));
      if (items.length < 2) return;

      // Items that are whole sentences (“Eat a light meal. It helps.”) may end with full stops.
      const sentences = items.filter((i) => /^\p{Lu}/u.test(i.text) && /[.!?]$/.test(i.text) && i.text.split(/\s+/).length >= 4).length;
      const fullSentences = sentences === items.length;

      const joined = items.find((i, k) => k < items.length - 1 && JOINER.test(i.text));
      if (joined) {
        const word = JOINER.exec(joined.text)![1]!;
        report(joined.item, 'end', word.length, `Do not end a list item with “${word}”.`, 'Each item in a list stands on its own, so it does not need a joining word.', [`Take out “${word}”.`]);
      }
      const semi = items.find((i) => SEMICOLON.test(i.text));
      if (semi && !joined) {
        report(semi.item, 'end', 1, 'Do not end list items with a semicolon.', 'The list already shows where each item ends.', ['Take out the semicolon.']);
      }
      if (!fullSentences) {
        // One sentence only: an item with a sentence inside it (“main: the content. It is unique.”,
        // “for example: Diuretics are …”) keeps its full stop.
        const stops = items.filter((i) => FULL_STOP.test(i.text) && !/[.!?:]\s+["“‘']*\p{Lu}/u.test(i.text));
        // Flag full stops when they are the odd ones out, or when the items are short phrases.
        const short = items.every((i) => i.text.split(/\s+/).length <= 6);
        const ending = items.filter((i) => /[.!?]$/.test(i.text)).length;
        if (stops.length && (ending * 2 < items.length || short)) {
          report(stops[0]!.item, 'end', 1, stops.length === 1 ? 'This list item ends with a full stop.' : `${stops.length} list items end with a full stop.`, 'Items that read on from a lead-in line do not need full stops.', ['Take out the full stop.']);
        }
        // Capitals: items that read on from the lead-in start in lower case. Names are left alone.
        const capitals = items.filter((i) => sentenceCase(i.text) && !/[.!?]$/.test(i.text));
        if (capitals.length * 2 >= items.length && capitals.length >= 2) {
          const first = capitals[0]!;
          const word = first.text.split(/\s+/)[0]!.replace(/[^\p{L}'’-]/gu, '');
          report(first.item, 'start', word.length, `List items that read on from the lead-in line start in lower case, like “${word.toLowerCase()}”.`, 'A capital letter says a new sentence starts, but each item finishes the lead-in line.', [word.toLowerCase()]);
        }
      }
    });

    function report(item: ListItem, where: 'start' | 'end', length: number, message: string, why: string, suggestions: string[]): void {
      const para = item.children.find((c): c is Paragraph => c.type === 'paragraph');
      const node = para ?? item;
      if (!node.position) return;
      let start: number;
      let end: number;
      if (where === 'end') {
        end = node.position.end.offset!;
        while (end > 0 && /\s/.test(doc.text[end - 1]!)) end--;
        start = end - length;
      } else {
        start = node.position.start.offset!;
        while (start < end0(node) && !/\p{L}/u.test(doc.text[start]!)) start++;
        end = start + length;
      }
      if (doc.text.slice(start, end).length !== length) return;
      context.report({ span: { start: doc.pointAt(start), end: doc.pointAt(end) }, message, why, suggestions });
    }
    function end0(node: MdastNodes): number {
      return node.position!.end.offset!;
    }
  },
});

/** The text of an item's first paragraph, trimmed; empty for items with nested lists only. */
function itemText(item: ListItem): string {
  const para = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!para) return '';
  // Link-only items are titles: no style to check.
  if (para.children.length === 1 && para.children[0]!.type === 'link') return '';
  return plainText(para).replace(/\s+/g, ' ').trim();
}

/**
 * “Working with our communities”: a capital on an everyday first word, with the rest in lower
 * case. Names (“Oxford University Hospitals”), acronyms and “I” are not.
 */
function sentenceCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const first = words[0]!.replace(/[^\p{L}'’-]/gu, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || first === 'I') return false;
  // Page titles: “Money, work and benefits – NHS”.
  if (/\s[–—|]\s/.test(text)) return false;
  if (!isFamiliarWord(first.toLowerCase())) return false;
  const capitalised = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised * 2 < words.length - 1 && LOWER_WORD.test(words[1]!);
}
