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
      'It checks headings too, and numbers like “twenty-five” and “sixty”. When a page numbers a label (“Level 1”, “Stage 3”), it flags the same label with a number in words (“Level one”).\n\nA number in several words gets one numeral: ' +
      '“two hundred and fifty” is “250” and “three million” is “3 million”. In NHS style, “one” that counts time or a ' +
      'measure is “1” too (“within 1 month”, “up to 1 hour”). GOV.UK style keeps “one”.\n\n' +
      'The rule leaves alone the exceptions the guides give. These are “one” on its own (“one of the”, “no one”, ' +
      '“one-to-one”) and a number that starts a sentence (but not one that starts a heading: “8 tips for healthy eating”). So are set phrases like “two-way”, “the two of us” and ' +
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
    if (!/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)/i.test(doc.text)) return;
    // Words in quotation marks, and link text (often the title of another page), are left alone.
    const quoted = [...quotedRanges(doc)];
    eachNode(doc.mdast, 'link', (link) => {
      if (link.position) quoted.push([link.position.start.offset!, link.position.end.offset!]);
    });
    quoted.sort((a, b) => a[0] - b[0]);
    const preset = context.settings?.preset;
    // Labels the page numbers with a numeral somewhere (“Level 1”, “Stage 3”): the same label with a number in words is the page's one style written 2 ways.
    const numbered = new Set<string>();
    for (const m of doc.text.matchAll(LABEL_NUMERAL)) numbered.add(m[1]!.toLowerCase());
    let sentenceWords: Word[] = [];
    for (const block of doc.blocks) {
      // Headings too: GOV.UK writes numerals in titles and subheadings, even at the start.
      for (const sentence of sentencesOf(block)) check(sentence, block.kind === 'heading');
    }

    function check(sentence: Sentence, heading = false): void {
      const words: Word[] = sentence.children.filter((c): c is Word => c.type === 'WordNode');
      sentenceWords = words;
      const lower = (k: number) => (words[k] ? toString(words[k]!).toLowerCase() : '');
      // Both guides put numerals at the start of a heading (“8 tips for healthy eating”), not of a sentence.
      if (heading && words.length > 1) startOfHeading(words, sentence);
      for (let i = 1; i < words.length; i++) {
        const word = words[i]!;
        const first = firstPart(word);
        const value = NUMBERS[first];
        const previous = lower(i - 1);
        // “one in five”: both as numerals.
        if (first === 'one' && lower(i + 1) === 'in' && NUMBERS[firstPart(words[i + 2] ?? word)]) {
          if (!capitalised(words[i + 2]!)) report(word, words[i + 2]!, `1 in ${NUMBERS[firstPart(words[i + 2]!)]}`);
          i += 2;
          continue;
        }
        // “a hundred people”, “one thousand staff”: the whole number as a numeral.
        if ((first === 'a' || first === 'one') && toString(word).length === first.length && /^(hundred|thousand)$/.test(lower(i + 1)) && !capitalised(word) && !SET_BEFORE.has(previous) && previous !== 'a') {
          const whole = readNumber(words, i, sentence, 1);
          if (whole && whole.last > i && /^\p{Ll}/u.test(lower(whole.last + 1)) && onlySpaceBetween(sentence, word, words[i + 1]!)) report(word, words[whole.last]!, whole.numeral, undefined, true);
          i = whole ? whole.last : i + 1;
          continue;
        }
        // “Level one” on a page that writes “Level 1”: a point on a scale, which both guides number.
        const labelled = first === 'one' ? 1 : value;
        if (labelled !== undefined && labelled <= 20 && toString(word).length === first.length && numbered.has(previous) && onlySpaceBetween(sentence, words[i - 1]!, word)) {
          report(word, word, String(labelled));
          continue;
        }
        // NHS style writes “1” for a count of time or measure too (“within 1 month”); GOV.UK keeps “one”.
        if (first === 'one' && preset !== 'govuk' && !capitalised(word) && oneWithUnit(words, i, sentence)) {
          report(word, word, '1');
          continue;
        }
        if (value === undefined || capitalised(word)) continue;
        // The rest of a number already read: “nine” in “Ninety nine” at the start of a sentence.
        if (TENS.has(previous) && UNITS[first] !== undefined && onlySpaceBetween(sentence, words[i - 1]!, word)) continue;
        if (previous === 'and' && /^(hundred|thousand)$/.test(lower(i - 2))) continue;
        if (value === 100) continue; // “hundreds of people”; “a hundred” and “two hundred” are read whole
        if (SET_BEFORE.has(previous)) continue;
        const raw = toString(word);
        const rest = raw.slice(first.length);
        // “two hundred staff”, “ninety nine people”, “three million people”: one number in several words.
        const whole = !rest || (TENS.has(first) && UNITS[rest.slice(1).toLowerCase()] !== undefined) ? readNumber(words, i, sentence, value + (rest ? UNITS[rest.slice(1).toLowerCase()]! : 0)) : undefined;
        if (whole && whole.last > i) {
          if (whole.parts.every((k) => !capitalised(words[k]!)) && (/^\p{Ll}/u.test(lower(whole.last + 1)) || whole.scaled)) report(word, words[whole.last]!, whole.numeral, undefined, true);
          i = whole.last;
          continue;
        }
        // “twenty-five people”: one number in 2 words.
        const unit = TENS.has(first) && rest.startsWith('-') ? UNITS[rest.slice(1).toLowerCase()] : undefined;
        if (unit !== undefined) {
          if (onlySpaceBetween(sentence, word, words[i + 1] ?? word) && /^\p{Ll}/u.test(next0(i))) report(word, word, String(value + unit), raw.length);
          continue;
        }
        const next = lower(i + 1);
        if (rest.startsWith('-') && (SET_AFTER.has(rest.slice(1).toLowerCase()) || NUMBERS[rest.slice(1).toLowerCase()] !== undefined || /^(to-one|off|stop|time|liner|sided)$/i.test(rest.slice(1)))) continue;
        // An age at the end of a sentence or clause: “children under four.”, “aged five,”. Both guides write ages in numerals.
        if (!rest && (!next || !onlySpaceBetween(sentence, word, words[i + 1]!)) && AGE_BEFORE.has(previous) && (previous === 'aged' || AGE_NOUNS.has(lower(i - 2))) && onlySpaceBetween(sentence, words[i - 1]!, word)) {
          report(word, word, String(value));
          continue;
        }
        if (!rest && (!next || SET_AFTER.has(next))) continue;
        if (!rest && next === 'of' && PRONOUNS_AFTER_OF.has(lower(i + 2))) continue;
        if (!rest && !/^[\p{Ll}]/u.test(next) && !/^\d/.test(next)) continue;
        // The words after the number must follow it directly: “three core areas”, not “three, four”.
        if (!rest && !onlySpaceBetween(sentence, word, words[i + 1]!)) continue;
        report(word, word, String(value));
      }
    }

    /** “Three things to know”: a number word that starts a heading, before a word in lower case. */
    function startOfHeading(words: Word[], sentence: Sentence): void {
      const word = words[0]!;
      const raw = toString(word);
      const first = firstPart(word);
      const value = NUMBERS[first];
      if (value === undefined || value === 100 || raw.slice(first.length).startsWith('-')) return;
      const whole = readNumber(words, 0, sentence, value);
      const after = words[whole.last + 1];
      if (!after || !/^\p{Ll}/u.test(toString(after)) || SET_AFTER.has(toString(after).toLowerCase()) || !onlySpaceBetween(sentence, words[whole.last]!, after)) return;
      if (toString(after).toLowerCase() === 'of' && PRONOUNS_AFTER_OF.has(toString(words[whole.last + 2] ?? after).toLowerCase())) return;
      report(word, words[whole.last]!, whole.numeral, undefined, true);
    }

    function next0(i: number): string {
      return sentenceWords[i + 1] ? toString(sentenceWords[i + 1]!) : '';
    }

    function report(from: Word, to: Word, numeral: string, length?: number, wholeWords = false): void {
      const start = from.position!.start.offset!;
      const end = wholeWords ? to.position!.end.offset! : length !== undefined ? start + length : to === from ? start + firstPart(from).length : to.position!.start.offset! + firstPart(to).length;
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

/** Words before an age with no noun after it: “aged four”, “children under five”. */
const AGE_BEFORE = new Set(['aged', 'under', 'over']);
/** People counted by age before “under” or “over”: “a child under four”, “people over seventy”. */
const AGE_NOUNS = new Set(['aged', 'child', 'children', 'baby', 'babies', 'people', 'person', 'adults', 'adult', 'anyone', 'everyone', 'kids', 'toddlers', 'those', 'women', 'men', 'boys', 'girls', 'that’s', "that's", 'who’s', "who's"]);

/** Words that name a point on a scale or a part, numbered: “Level 1”, “Band 5”, “Stage 2”, “Year 7”. */
const LABELS = new Set(['level', 'band', 'grade', 'tier', 'step', 'stage', 'phase', 'year', 'type', 'part', 'chapter', 'section', 'page', 'class', 'group', 'module', 'unit', 'ward', 'room', 'option', 'category']);
const LABEL_NUMERAL = new RegExp(`\\b(${[...LABELS].join('|')})[ \\t]+(\\d{1,2})\\b`, 'gi');

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

/** Time and measures counted with “one”: NHS style writes “1 week”, “1 hour”. Not doses (“one tablet”): the NHS keeps words there. */
const ONE_UNITS = new Set(['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'metre', 'kilometre', 'mile', 'litre', 'pint', 'teaspoon', 'tablespoon']);
/** Words between “one” and its unit: “one calendar month”. */
const ONE_BETWEEN = new Set(['calendar', 'working', 'full', 'whole']);
/** Words before “one” that make it a pronoun or “a single”: “the one day I was out”, “no one”. */
const ONE_BEFORE = new Set(['the', 'this', 'that', 'each', 'every', 'any', 'no', 'which', 'what', 'at', 'one', 'someone']);
/** Words before “one day” that make it a length of time, not “some day”: “for one day”, “within one day”. */
const DAY_BEFORE = new Set(['for', 'in', 'within', 'after', 'to', 'than', 'least', 'about', 'around', 'over', 'under', 'only', 'just', 'by', 'up', 'take', 'takes', 'lasts', 'last', 'per']);

/** “within one month”, “up to one hour”, “a one-year contract”: “one” counting time or a measure. */
function oneWithUnit(words: Word[], i: number, sentence: Sentence): boolean {
  const raw = toString(words[i]!).toLowerCase();
  const previous = i > 0 ? toString(words[i - 1]!).toLowerCase() : '';
  if (ONE_BEFORE.has(previous)) return false;
  const lowerAt = (k: number) => (words[k] ? toString(words[k]!).toLowerCase() : '');
  if (raw !== 'one') return /^one-/.test(raw) && ONE_UNITS.has(raw.slice(4)) && /^\p{Ll}/u.test(lowerAt(i + 1) || 'x');
  let k = i + 1;
  // A range: “one to two weeks” is “1 to 2 weeks”, like its other end.
  if (lowerAt(k) === 'to' && (NUMBERS[lowerAt(k + 1)] !== undefined || /^\d+$/.test(lowerAt(k + 1))) && ONE_UNITS.has(lowerAt(k + 2).replace(/s$/, ''))) return true;
  if (ONE_BETWEEN.has(lowerAt(k)) && words[k] && onlySpaceBetween(sentence, words[i]!, words[k]!)) k++;
  const unit = lowerAt(k);
  if (!ONE_UNITS.has(unit) || !onlySpaceBetween(sentence, words[k - 1]!, words[k]!)) return false;
  // “one day we will”: some day. “one day a week”, “for one day”: a length of time.
  if (unit === 'day' && !DAY_BEFORE.has(previous) && !/^(a|per|each)$/.test(lowerAt(k + 1))) return false;
  // “one or two weeks”, “one minute … the next”.
  if (lowerAt(k + 1) === 'or' || (unit === 'minute' && /\bthe next\b/i.test(toString(sentence)))) return false;
  return true;
}

/** “fifty” → 50, “twenty-five” → 25, “twelve” → 12: a number under 100 in one word, or undefined. */
function smallNumber(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  const raw = toString(word).toLowerCase();
  const [head, tail] = raw.split(/[-‐–]/);
  const value = NUMBERS[head!];
  if (value === undefined || value >= 100) return undefined;
  if (tail === undefined) return value;
  return TENS.has(head!) && UNITS[tail] !== undefined ? value + UNITS[tail]! : undefined;
}

/**
 * The rest of a number written in several words, from the word at `j` (worth `value`): “ninety
 * nine”, “two hundred and fifty”, “three thousand”, “four million”. `last` is the index of its
 * last word (`j` when nothing follows), `parts` the words that are numbers, `scaled` true when it
 * has “hundred”, “thousand”, “million” or “billion” (a count on its own, even with no noun after).
 */
function readNumber(words: Word[], j: number, sentence: Sentence, value: number): { last: number; numeral: string; parts: number[]; scaled: boolean } {
  let n = value;
  let k = j;
  const parts = [j];
  let scaled = false;
  const nextIs = (at: number) => (words[at + 1] && onlySpaceBetween(sentence, words[at]!, words[at + 1]!) ? toString(words[at + 1]!).toLowerCase() : '');
  if (n < 100 && n % 10 === 0 && n >= 20 && !/[-‐–]/.test(toString(words[k]!)) && UNITS[nextIs(k)] !== undefined) {
    n += UNITS[nextIs(k)]!;
    parts.push(++k);
  }
  if (n < 10 && nextIs(k) === 'hundred') {
    n *= 100;
    parts.push(++k);
    scaled = true;
    const small = nextIs(k) === 'and' && onlySpaceBetween(sentence, words[k + 1]!, words[k + 2] ?? words[k + 1]!) ? smallNumber(words[k + 2]) : undefined;
    if (small !== undefined) {
      n += small;
      k += 2;
      parts.push(k);
      if (small % 10 === 0 && small >= 20 && UNITS[nextIs(k)] !== undefined) {
        n += UNITS[nextIs(k)]!;
        parts.push(++k);
      }
    }
  }
  const scale = n < 1000 ? nextIs(k) : '';
  if (/^(thousand|million|billion)$/.test(scale)) {
    parts.push(++k);
    return { last: k, numeral: scale === 'thousand' ? (n * 1000).toLocaleString('en-GB') : `${n} ${scale}`, parts, scaled: true };
  }
  return { last: k, numeral: n >= 1000 ? n.toLocaleString('en-GB') : String(n), parts, scaled };
}
