import { defineRule } from '../src/types.js';
import type { Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { sentencesOf } from './lib/words.js';
import { overlaps } from './lib/terms.js';
import { quotedRanges } from './lib/mentions.js';
import { eachNode } from './lib/mdast.js';

const NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** Words after a number that make a set phrase, not a count: “two-way”, “the two of us”. */
const SET_AFTER = new Set(['way', 'fold', 'thirds', 'quarters', 'fifths', 'tenths', 'halves', 'minds', 'cents']);
const PRONOUNS_AFTER_OF = new Set(['us', 'them', 'you', 'these', 'those', 'which', 'whom']);
/** Words before a number that make it part of a name or a set phrase: “Chapter Two”, “one or two”. */
const SET_BEFORE = new Set(['one', 'or', 'number', 'chapter', 'part', 'page', 'type', 'class', 'stage', 'phase', 'key', 'catch', 'plus']);

export default defineRule({
  meta: {
    id: 'numbers',
    description: 'Numbers written as words, like “three core areas”, where the NHS and GOV.UK styles use numerals (“3 core areas”).',
    severity: 'warning',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'Both the NHS and GOV.UK styles write numbers as numerals, also 2 to 9: “3 core areas”, “5-year plan”, ' +
      '“1 in 5 people”. Numerals stand out when people scan a page, and they are quicker to read.\n\n' +
      'It checks headings too, and numbers like “twenty-five” and “sixty”. ' +
      'The rule leaves alone the exceptions the guides give. These are “one” on its own (“one of the”, “no one”, ' +
      '“one-to-one”) and a number that starts a sentence. So are set phrases like “two-way”, “the two of us” and ' +
      '“in two minds”, numbers in names (“Two Rivers surgery”), words in quotation marks and link text.',
    fixable: true,
    schema: (z) => z.strictObject({}),
    examples: {
      good: [
        { text: 'We have 3 core areas. One of the areas is mental health. Three people came to every meeting.' },
        { text: 'It is a two-way conversation. Talk to one or two friends. The two of us went. I was in two minds.' },
        { text: 'Two Rivers Surgery is open. We met 1 in 5 people.' },
      ],
      bad: [
        { text: 'We will focus on three core areas.', count: 1, flags: ['three'] },
        { text: 'Our five-year plan starts in the next two years.', count: 2, flags: ['five', 'two'] },
        { text: 'About one in five people have hay fever.', count: 1, flags: ['one in five'] },
      ],
    },
  },
  check(doc, context) {
    if (!/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/i.test(doc.text)) return;
    // Words in quotation marks, and link text (often the title of another page), are left alone.
    const quoted = [...quotedRanges(doc)];
    eachNode(doc.mdast, 'link', (link) => {
      if (link.position) quoted.push([link.position.start.offset!, link.position.end.offset!]);
    });
    quoted.sort((a, b) => a[0] - b[0]);
    let sentenceWords: Word[] = [];
    for (const block of doc.blocks) {
      // Headings too: GOV.UK writes numerals in titles and subheadings, even at the start.
      for (const sentence of sentencesOf(block)) check(sentence);
    }

    function check(sentence: Sentence): void {
      const words: Word[] = sentence.children.filter((c): c is Word => c.type === 'WordNode');
      sentenceWords = words;
      for (let i = 1; i < words.length; i++) {
        const word = words[i]!;
        const first = firstPart(word);
        const value = NUMBERS[first];
        const previous = words[i - 1] ? toString(words[i - 1]!).toLowerCase() : '';
        // “one in five”: both as numerals.
        if (first === 'one' && toString(words[i + 1] ?? word).toLowerCase() === 'in' && NUMBERS[firstPart(words[i + 2] ?? word)]) {
          if (!capitalised(words[i + 2]!)) report(word, words[i + 2]!, `1 in ${NUMBERS[firstPart(words[i + 2]!)]}`);
          i += 2;
          continue;
        }
        if (value === undefined || capitalised(word)) continue;
        if (value === 100 && !/^(a|one)$/.test(previous)) continue; // “hundreds of people” and “two hundred” are left alone
        if (SET_BEFORE.has(previous)) continue;
        const raw = toString(word);
        const rest = raw.slice(first.length);
        // “twenty-five people”: one number in 2 words.
        const unit = TENS.has(first) && rest.startsWith('-') ? UNITS[rest.slice(1).toLowerCase()] : undefined;
        if (unit !== undefined) {
          if (onlySpaceBetween(sentence, word, words[i + 1] ?? word) && /^\p{Ll}/u.test(next0(i))) report(word, word, String(value + unit), raw.length);
          continue;
        }
        const next = words[i + 1] ? toString(words[i + 1]!).toLowerCase() : '';
        if (rest.startsWith('-') && (SET_AFTER.has(rest.slice(1).toLowerCase()) || NUMBERS[rest.slice(1).toLowerCase()] !== undefined || /^(to-one|off|stop|time|liner|sided)$/i.test(rest.slice(1)))) continue;
        if (!rest && (!next || SET_AFTER.has(next))) continue;
        if (!rest && next === 'of' && PRONOUNS_AFTER_OF.has(toString(words[i + 2] ?? word).toLowerCase())) continue;
        if (!rest && !/^[\p{Ll}]/u.test(next) && !/^\d/.test(next)) continue;
        // The words after the number must follow it directly: “three core areas”, not “three, four”.
        if (!rest && !onlySpaceBetween(sentence, word, words[i + 1]!)) continue;
        report(word, word, String(value));
      }
    }

    function next0(i: number): string {
      return sentenceWords[i + 1] ? toString(sentenceWords[i + 1]!) : '';
    }

    function report(from: Word, to: Word, numeral: string, length?: number): void {
      const start = from.position!.start.offset!;
      const end = length !== undefined ? start + length : to === from ? start + firstPart(from).length : to.position!.start.offset! + firstPart(to).length;
      if (overlaps(quoted, start, end)) return;
      const written = doc.text.slice(start, end);
      context.report({
        span: { start: doc.pointAt(start), end: doc.pointAt(end) },
        message: `Write “${numeral}”, not “${written}”.`,
        why: 'Numerals are easier to spot and quicker to read. The NHS and GOV.UK styles use them for all numbers.',
        suggestions: [numeral],
        ...(doc.format === 'markdown' && doc.text.slice(start, end).toLowerCase() === written.toLowerCase() ? { fix: { range: [start, end] as [number, number], text: numeral } } : {}),
        data: { numeral },
      });
    }
  },
});

/** “five” in “five-year”: the word up to a hyphen, in lower case. */
function firstPart(word: Word): string {
  return toString(word).toLowerCase().split(/[-‐–]/)[0]!;
}

function capitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(toString(word));
}

function onlySpaceBetween(sentence: Sentence, a: Word, b: Word): boolean {
  const i = sentence.children.indexOf(a);
  const j = sentence.children.indexOf(b);
  for (let k = i + 1; k < j; k++) if (sentence.children[k]!.type !== 'WhiteSpaceNode') return false;
  return true;
}
