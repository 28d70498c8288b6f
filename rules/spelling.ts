import { defineRule } from '../src/types.js';
import type { Sentence } from 'nlcst';
import { externalLinkRanges, overlaps, quote } from './lib/terms.js';
import { eachPlainWord } from './lib/words.js';
import { distance, isCompound, runTogether, isInflected, isPrefixed, isVerbForm, loadSpeller, matchCase, ukSpelling, type Speller } from './lib/spell.js';
import data from './data/spelling-words.json' with { type: 'json' };
import usSpellings from './data/lists/uk-spelling.json' with { type: 'json' };
import misspellings from './data/lists/misspellings.json' with { type: 'json' };
import glossary from './data/acronyms.json' with { type: 'json' };
import { matchesOf } from './lib/matches.js';
import { joinedWords } from './lib/joined-words.js';

type Options = { words: string[] };

/** NHS, medical, public-sector and web words, UK places, Scots words, accepted UK forms: rules/data/spelling-words.json. */
const BUILT_IN = new Set([...data.nhs, ...data.medical, ...data.web, ...data.places, ...data.scots, ...data.forms].map((w) => w.toLowerCase()));
/** Words the list rules name (uk-spelling: “color”; misspellings: “recieve”): this rule leaves them to those. */
const LISTED = new Set(
  [...usSpellings.entries, ...misspellings.entries].flatMap((e) => (Array.isArray(e.match) ? e.match : [e.match]).map((m: string) => m.toLowerCase())),
);

/** Acronyms from the glossary (rules/data/acronyms.json), in lower case: “adhd” is an acronym, not a slip. */
const ACRONYMS = new Set(glossary.entries.map((e) => e.acronym.toLowerCase()));

/** Longer than any dictionary word the check could suggest (“antidisestablishmentarianism” is 28). */
const MAX_WORD = 30;
const CAPITAL_ANYWHERE = /\p{Lu}/u;
const DIGIT = /\d/;
/** “nhs.uk”, “nunjucks.configure”: web addresses and code written as words. */
const DOT_INSIDE = /\.\p{L}/u;
/** Letters of other scripts (“μg”, Greek, Cyrillic): not English words. */
const NOT_LATIN = /[^\p{Script=Latin}'’-]/u;

/** Prefixes written with a hyphen: “multi-agency”, “socio-economic”. */
const PREFIXES = new Set(['anti', 'auto', 'semi', 'post', 'self', 'multi', 'inter', 'intra', 'cross', 'micro', 'macro', 'mini', 'socio', 'psycho', 'neuro', 'cyber', 'tele', 'ultra', 'trans', 'extra', 'hyper', 'hypo', 'para', 'pseudo', 'quasi']);

/** A word to look at: its text (straight apostrophes), where it is, and its sentence. */
interface Candidate {
  text: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** The first word of its sentence, capitalised only for that. */
  opener?: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'spelling',
    description: 'A UK English spell check for slips of the keyboard (“medcine”, “appontment”) and American spellings, with NHS, medical, public-sector and web words and UK place names.',
    severity: 'suggestion',
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    docs:
      'Checks words against a UK English dictionary, with NHS, health and web words and UK place names ' +
      'added (rules/data/spelling-words.json). It names American spellings with their UK form ' +
      '(“behavior” → “behaviour”). It looks for slips, not for every word the dictionary lacks:\n\n' +
      '- a word the document uses more than once (anywhere, even in a link or in code) is a term it uses on purpose, so it is left alone\n' +
      '- it flags a slip only when a dictionary word that starts with the same letter is 1 letter away (2 for long words)\n' +
      '- it accepts plurals and possessives of dictionary words, words with a prefix (“untick”) and 2 dictionary words written as one (“webchat”), unless they look like a slip of a dictionary word\n' +
      '- it does not check names, places and organisations (words with a capital letter), or the text of links to other websites\n' +
      '- it checks a first word of 7 letters or more in lower case, when the next word has no capital\n' +
      '- it does not check short words, abbreviations, words with numbers, quoted words, code, web and email addresses, paths or command options\n' +
      '- it does not check sentences mostly in another language, like Welsh\n' +
      '- words the uk-spelling and misspellings lists name are left to those rules\n\n' +
      'It also finds 2 words typed with no space, where a short word like “a”, “the” or “and” runs into a ' +
      'capitalised dictionary word (“aSenior”, “theTrust”). Brand names like “eConsult” and “myGP”, code and ' +
      'web addresses are left alone. In lower case, it finds “with” or “the” run into the next word ' +
      '(“helpwith”), and 3 words run together (“stressanxietylow”). It finds a word like “specific” run into the ' +
      'next one too (“specificaspects”).\n\n' +
      'It checks names and acronyms one way only: a name or acronym written once with a letter missing ' +
      '(or 2 letters swapped, in a name), when the document writes it 3 times or more, like “HS” among ' +
      'many “NHS”.\n\n' +
      'Add your own words in the words option, for example { "words": ["eConsult", "Bassetlaw"] }.',
    defaultOptions: { words: [] },
    fixable: true,
    // A misspelt word in alt text is read out oddly by screen readers: check it too.
    altText: true,
    schema: (z) => z.strictObject({ words: z.optional(z.array(z.string())) }),
    examples: {
      good: [
        { text: 'You will recive a letter from Basildon Hospital.', options: { words: ['recive'] } },
        { text: 'Your GP practice will send you a text message about your NHS Health Check.' },
        { text: 'Use our webchat or the helpdesk. The clinic’s staff speak Welsh: croeso i bawb, mae croeso cynnes.' },
      ],
      bad: [
        { text: 'You will recive a letter about your appontment.', count: 2, flags: ['recive', 'appontment'] },
        { text: 'We endeavor to answer every letter within 5 days.', count: 1, flags: ['endeavor'] },
      ],
    },
  },
  async check(doc, context) {
    const words = Array.isArray(context.options?.words) ? context.options.words.filter((w): w is string => typeof w === 'string') : [];
    const own = new Set(words.map((w) => w.toLowerCase()));
    const acronyms = new Set((context.settings?.acronyms ?? []).map((a) => a.toLowerCase()));
    const sentences = doc.blocks.flatMap((b) => b.nlcst.children);
    // The text of a link to another website is often that page's own title: not the writer's to change.
    const links = externalLinkRanges(doc);
    const candidates = wordsToCheck(doc.text, sentences, acronyms).filter((c) => !overlaps(links, c.start, c.end));
    const capitalised = capitalisedWords(sentences);
    const maybeJoined = /(?:^|[^\p{L}])(?:a|an|the|and|of|in|our|your|their|with|from|at|by|or)\p{Lu}\p{Ll}/u.test(doc.text);
    if (!candidates.length && !capitalised.length && !maybeJoined) return;
    const speller = await loadSpeller();
    const known = (w: string) => BUILT_IN.has(w) || own.has(w) || speller.known(w);
    // 2 words with no space between them: “aSenior”, “theTrust”.
    for (const j of maybeJoined ? joinedWords(doc.text, sentences, known) : []) {
      if (overlaps(links, j.start, j.end)) continue;
      const meant = `${j.first} ${j.second}`;
      context.report({
        span: { start: doc.pointAt(j.start), end: doc.pointAt(j.end) },
        message: `Add a space: write ${quote(meant)}.`,
        why: 'Words run together are a typing slip. Readers stumble on them, and screen readers read them as one odd word.',
        suggestions: [meant],
        fix: { range: [j.at, j.at], text: ' ' },
        data: { word: doc.text.slice(j.start, j.end), kind: 'joined' },
      });
    }
    const named = new Set<number>();
    for (const { word, start, end, meant, times } of oneOffNames(capitalised, doc.text)) {
      const lower = word.toLowerCase();
      // The dictionary holds many short abbreviations (“HS”): for a word in capitals, only its lower
      // case (“DOC”, “doc”) and the acronyms of the glossary and the settings count.
      const caps = word === word.toUpperCase();
      if ((!caps && known(word)) || known(lower) || own.has(lower) || ACRONYMS.has(lower) || acronyms.has(lower) || LISTED.has(lower)) continue;
      context.report({
        span: { start: doc.pointAt(start), end: doc.pointAt(end) },
        message: `Check the spelling of ${quote(word)}: this document writes ${quote(meant)} ${times} times.`,
        why: 'A name or acronym spelled differently once looks like a mistake, and readers may think it is a different thing.',
        suggestions: [meant],
        data: { word, kind: 'name' },
      });
      named.add(start);
    }
    const accepted = (w: string) => known(w) || isInflected(w, known) || isVerbForm(w, known);

    // Words the dictionary does not know, by sentence.
    const unknown = new Map<Sentence, Candidate[]>();
    const checked = new Map<Sentence, number>();
    for (const c of candidates) {
      checked.set(c.sentence, (checked.get(c.sentence) ?? 0) + 1);
      const part = unknownPart(c, accepted);
      if (part) unknown.set(c.sentence, [...(unknown.get(c.sentence) ?? []), part]);
    }
    for (const [sentence, all] of unknown) {
      // Words the list rules name, and American spellings, are not slips nor another language.
      const list = all.filter((c) => !LISTED.has(c.text.toLowerCase()) && !reportAmerican(c, known));
      // A sentence mostly of words the dictionary lacks is in another language (Welsh, Latin):
      // its words are not slips.
      if (list.length >= 3 && list.length * 2 >= (checked.get(sentence) ?? 0)) continue;
      for (const c of list) {
        if (named.has(c.start)) continue;
        // 2 unknown words side by side are a phrase from another language or a name in lower case
        // (“bona vacantia”, “croeso cynnes”), not 2 slips.
        if (list.some((o) => o !== c && nextTo(doc.text, c, o))) continue;
        report(c, speller, known);
      }
    }

    /** Reports an American spelling the uk-spelling list lacks, with its UK form: true when it was one. */
    function reportAmerican(c: Candidate, known: (w: string) => boolean): boolean {
      const uk = ukSpelling(c.text, known);
      if (!uk) return false;
      context.report({
        span: { start: doc.pointAt(c.start), end: doc.pointAt(c.end) },
        message: `${quote(c.text)} is the American spelling. UK English writes ${quote(uk)}.`,
        why: 'NHS and GOV.UK content uses UK spelling, and spelling words one way helps readers trust what they read.',
        suggestions: [uk],
        fix: { range: [c.start, c.end], text: uk },
        data: { word: c.text, kind: 'american' },
      });
      return true;
    }

    function report(c: Candidate, speller: Speller, known: (w: string) => boolean): void {
      const lower = c.text.toLowerCase();
      const span = { start: doc.pointAt(c.start), end: doc.pointAt(c.end) };
      // A word the document uses more than once is a term it uses on purpose (a name, a product,
      // a word of its field), not a slip. A name written in lower case (“german measles”) is a
      // point about capitals, not spelling.
      if (uses(doc.text, lower) > 1 || known(lower.charAt(0).toUpperCase() + lower.slice(1))) return;
      // A word of a set phrase from Latin or French, in that phrase: “pro rata”, “per annum”.
      if (inSetPhrase(doc.text, c.start, c.end, lower)) return;
      // Words typed with no space: “helpwith”, “stressanxietylow”.
      const parts = c.text === lower ? runTogether(lower, known) : undefined;
      if (parts) {
        const meant = parts.join(' ');
        context.report({
          span,
          message: `Add ${parts.length > 2 ? 'spaces' : 'a space'}: ${quote(c.text)} looks like ${parts.length} words run together, ${quote(meant)}.`,
          why: 'Words run together are a typing slip. Readers stumble on them, and screen readers read them as one odd word.',
          suggestions: [meant],
          data: { word: c.text, kind: 'joined' },
        });
        return;
      }
      // A prefix before a word (“untick”) or 2 words of 4 letters or more written as one
      // (“helpdesk”) is a word of its own, unless 2 letters of a dictionary word are swapped
      // (“resluts” is not “re” + “sluts”). With a shorter part (“webchat”), it is a word of its own
      // unless a dictionary word is 1 letter away (“medcine” is not “med” + “cine”).
      // The first word of a sentence may be a place's name (“Eastbourne”): there, only 1 letter away.
      const most = isPrefixed(lower, known) || isCompound(lower, known, 4) ? 'swap' : isCompound(lower, known) || c.opener ? 1 : 2;
      const best = likelyTypo(lower, speller.suggest(c.opener ? lower : c.text), most);
      if (!best) return;
      // A medical word: “vaginosis” is not a slip of “vaginitis”, nor “externa” in “otitis externa”.
      if (medicalTerm(lower, best, doc.text.slice(Math.max(0, c.start - 40), c.start), known)) return;
      const suggestions = ranked(lower, speller.suggest(c.opener ? lower : c.text)).slice(0, 3).map((s) => (c.opener ? matchCase(c.text, s) : s));
      context.report({
        span,
        message: `Check the spelling of ${quote(c.text)}: did you mean ${quote(matchCase(c.text, best))}?`,
        why: 'Spelling mistakes make readers trust the text less, and screen readers may read them out oddly.',
        suggestions,
        data: { word: c.text, kind: 'typo' },
      });
    }
  },
});

/** Set phrases from Latin and French, by each of their words: “rata” → “pro rata”. */
const PHRASES = new Map<string, RegExp[]>();
for (const phrase of data.phrases) {
  const pattern = new RegExp(`(?<![\\p{L}])${phrase.split(' ').map((w) => w.replace(/'/g, "['’]")).join('[\\s-]+')}(?![\\p{L}])`, 'giu');
  for (const word of phrase.split(' ')) PHRASES.set(word, [...(PHRASES.get(word) ?? []), pattern]);
}

/** Is the word at [start, end) part of a set phrase written around it? */
function inSetPhrase(text: string, start: number, end: number, lower: string): boolean {
  const from = Math.max(0, start - 40);
  const window = text.slice(from, end + 40);
  return (PHRASES.get(lower) ?? []).some((pattern) =>
    matchesOf(window, pattern).some((m) => from + m.index <= start && from + m.index + m[0].length >= end),
  );
}

/** Endings of medical words: conditions, operations, tests and the study of them. */
const MEDICAL_ENDING = /(?:itis|osis|iasis|ectomy|ostomy|otomy|plasty|algia|aemia|emia|omas?|opathy|ology|ologist|oscopy|ogram|ography|ocele|rrhoea|rrhage|plasia|trophy|uria)$/;

/** Endings of Latin words, as in the second word of a species' or a condition's name. */
const LATIN_ENDING = /(?:is|us|um|ae|ii|i|ans|ens|ile|or|ix|ica|ina|osa|oides|ensis)$/;

/**
 * A medical word, not a slip: it has a medical ending that the dictionary word lacks (“vaginosis”,
 * not “vaginitis”), or it follows a word with such an ending, as the Latin second word of a
 * condition's name does (“otitis externa”), or it is the Latin second word after a capitalised
 * name that is no English word, as in a species or a condition: “Clostridioides difficile”,
 * “Tinea pedis” (a guess there, “penis”, would be wrong and would offend).
 */
function medicalTerm(lower: string, best: string, before: string, known: (w: string) => boolean): boolean {
  const ending = MEDICAL_ENDING.exec(lower)?.[0];
  if (ending && !best.toLowerCase().endsWith(ending)) return true;
  const previous = /(\p{L}+)[\s-]+$/u.exec(before)?.[1];
  if (previous === undefined) return false;
  if (MEDICAL_ENDING.test(previous.toLowerCase())) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(previous) && !known(previous.toLowerCase()) && LATIN_ENDING.test(lower);
}

interface Written {
  word: string;
  start: number;
  end: number;
}

/** Words with a capital letter (names, acronyms), not in quotes, with their places. */
function capitalisedWords(sentences: ReadonlyArray<{ type: string }>): Written[] {
  const out: Written[] = [];
  eachPlainWord(sentences, (word, start, end) => {
    if (/^\p{Lu}[\p{L}]+$/u.test(word)) out.push({ word, start, end });
  });
  return out;
}

/**
 * A name or acronym written once with a letter missing, or 2 letters swapped, when the document
 * writes it the other way 3 times or more: “HS Foundation Trust” among many “NHS”, “Basetlaw” among
 * “Bassetlaw”. An extra “s” at the end is a plural, not a slip.
 */
function oneOffNames(words: Written[], text: string): Array<Written & { meant: string; times: number }> {
  const count = new Map<string, number>();
  for (const w of words) count.set(w.word, (count.get(w.word) ?? 0) + 1);
  const byLength = new Map<number, string[]>();
  for (const [word, n] of count) if (n >= 3) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  const out: Array<Written & { meant: string; times: number }> = [];
  for (const w of words) {
    if (count.get(w.word) !== 1 || uses(text, w.word.toLowerCase()) !== 1) continue;
    const longer = (byLength.get(w.word.length + 1) ?? []).find((u) => !u.endsWith('s') || u.slice(0, -1) !== w.word ? oneMissing(u, w.word) : false);
    // Swapped letters count in names, not in acronyms: “ODT” and “DOT” are different things.
    const caps = w.word === w.word.toUpperCase();
    const same = caps ? undefined : (byLength.get(w.word.length) ?? []).find((u) => u !== w.word && distance(u, w.word) === 1 && [...u].sort().join('') === [...w.word].sort().join(''));
    const meant = longer ?? same;
    if (meant) out.push({ ...w, meant, times: count.get(meant)! });
  }
  return out;
}

/** Is `short` the word `long` with one letter left out? */
function oneMissing(long: string, short: string): boolean {
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The words worth checking: not names, codes, addresses, quoted words or abbreviations. */
function wordsToCheck(text: string, sentences: ReadonlyArray<{ type: string }>, acronyms: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  eachPlainWord(sentences, (raw, start, end, sentence, index) => {
    const word = raw.replace(/’/g, "'");
    // The first word of a sentence has a capital because it starts the sentence, not because it
    // is a name: “Unfortunatly, …”. It is checked in lower case (names are left alone in report).
    // Short capitalised words there are mostly first names (“Conor”, “Barts”): only words of 7
    // letters or more, not followed by another capitalised word (“Darent Valley”).
    const opener = index === firstWordIndex(sentence) && /^\p{Lu}\p{Ll}{6,}$/u.test(word) && !/^\s+\p{Lu}/u.test(text.slice(end, end + 3));
    const asWritten = opener ? word.toLowerCase() : word;
    if (skip(asWritten, text, start, end, acronyms)) return;
    if (opener) {
      out.push({ text: word, start, end, sentence, opener: true });
      return;
    }
    out.push({ text: word, start, end, sentence });
  });
  return out;
}

function skip(word: string, text: string, start: number, end: number, acronyms: ReadonlySet<string>): boolean {
  const letters = word.replace(/['-]/g, '');
  // Short words are abbreviations and symbols (“ie”, “eg”), and very long “words” (a run of letters
  // in a broken file) are not slips: looking for suggestions for them takes memory that grows with
  // their length (5,000 letters took 4 GB).
  if (letters.length < 3 || word.length > MAX_WORD) return true;
  // Names, places, organisations, acronyms and code (“eConsult”): capitals mean a name.
  if (CAPITAL_ANYWHERE.test(word) || DIGIT.test(word) || DOT_INSIDE.test(word) || NOT_LATIN.test(word)) return true;
  if (/_/.test(word) || (word.match(/-/g)?.length ?? 0) >= 2 || acronyms.has(word.toLowerCase()) || ACRONYMS.has(word.toLowerCase())) return true;
  // No vowel: an abbreviation or an acronym in lower case (“bsl”, “hrs”).
  if (!/[aeiouy]/.test(letters)) return true;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // Parts of paths, command options, email addresses and handles: “/tmp/”, “--formt”, “jsmith@nhs.net”.
  if (/[/\\@#]/.test(before) || /[/\\@]/.test(after) || text.slice(start - 2, start) === '--') return true;
  // Placeholders and template tags: “[[toc]]”, “{name}”, “<br>”, and a letter template's merge
  // fields: “$firstname”, “%SURNAME%”, “«title»”.
  if (/[[{<]/.test(before) && /[\]}>]/.test(after)) return true;
  if (before === '$' || (before === '%' && after === '%') || (before === '«' && after === '»')) return true;
  // A word part talked about: the ending “–ment”, the prefix “pre-”.
  if (/[-–]/.test(before) && !/\p{L}/u.test(text[start - 2] ?? '')) return true;
  if (/[-–]/.test(after) && !/\p{L}/u.test(text[end + 1] ?? '')) return true;
  // An abbreviation with its full stop: “approx.”, “tel.”, “dept.”.
  if (after === '.' && letters.length <= 4 && /^\.\s*[\p{Ll}\d(]/u.test(text.slice(end, end + 3))) return true;
  return false;
}

/**
 * The part of the word the dictionary does not know, or undefined when it knows it all. A
 * hyphenated word is checked part by part (“well-known”), and only an unknown part is reported.
 */
function unknownPart(c: Candidate, accepted: (w: string) => boolean): Candidate | undefined {
  const lower = c.text.toLowerCase();
  if (accepted(lower)) return undefined;
  if (!lower.includes('-')) return c;
  // A word written with or without its hyphen: “co-ordinator” is “coordinator”, “co-operate” is “cooperate”.
  if (accepted(lower.replace(/-/g, ''))) return undefined;
  const parts = lower.split('-');
  // Short parts and prefixes are not words of their own: “e-consult”, “co-design”, “eco-schools”, “mis-read”.
  const bad = parts.map((p, i) => ({ p, i })).filter(({ p, i }) => p.length > 3 && !(i < parts.length - 1 && PREFIXES.has(p)) && !accepted(p));
  if (bad.length !== 1) return undefined;
  const at = parts.slice(0, bad[0]!.i).reduce((n, p) => n + p.length + 1, 0);
  return { text: c.text.slice(at, at + bad[0]!.p.length), start: c.start + at, end: c.start + at + bad[0]!.p.length, sentence: c.sentence };
}

/** Are the 2 words next to each other, with only spaces (or a hyphen) between? */
function nextTo(text: string, a: Candidate, b: Candidate): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return first.end <= second.start && /^[\s-]*$/.test(text.slice(first.end, second.start));
}

/** How often the word is in the source, in any case, counting links, addresses and code. */
function uses(text: string, lower: string): number {
  // A word of letters and numbers only: count it from the document's word counts, made once
  // (a search of the whole text for each word made long pages slow).
  if (/^[\p{L}\p{N}]+$/u.test(lower)) return wordCounts(text).get(lower) ?? 0;
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  return matchesOf(text, new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu')).length;
}

let counted: { text: string; counts: Map<string, number> } | undefined;
/** Each run of letters and numbers in the text, in lower case, with how often it is there. */
function wordCounts(text: string): Map<string, number> {
  if (counted?.text === text) return counted.counts;
  const counts = new Map<string, number>();
  for (const [run] of matchesOf(text, /[\p{L}\p{N}]+/gu)) {
    const key = run.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  counted = { text, counts };
  return counts;
}

/**
 * The dictionary word the writer most likely meant, when the word looks like a slip of the keyboard:
 * the closest lower-case suggestion starts with the same letter (slips rarely change the first
 * letter), is 1 letter away (2 for words of 9 letters or more), and is not the same word split in
 * two (“frontend” → “front end” is a compound, not a slip).
 */
function likelyTypo(lower: string, expected: string[], most: 'swap' | 1 | 2): string | undefined {
  const best = ranked(lower, expected)[0];
  if (!best || best[0] !== lower[0]) return undefined;
  if (best.replace(/[\s'’-]/g, '') === lower.replace(/[\s'’-]/g, '')) return undefined;
  const d = distance(lower, best.toLowerCase());
  if (most === 'swap') return d === 1 && swapped(lower, best.toLowerCase()) ? best : undefined;
  return d === 1 || (d === 2 && most === 2 && lower.length >= 9) ? best : undefined;
}

/** Same letters, same length: 2 letters swapped (with a distance of 1). */
function swapped(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * Lower-case suggestions, most likely first: fewest changes, then the commonest kind of slip (2
 * letters swapped, then a letter missing, then a letter extra, then a wrong letter): “recive” is
 * “receive” with a letter missing, before “revive” with a wrong one; “surgey” is “surgery” with a
 * letter missing before “surge” with one extra (writers leave letters out more often than they add them).
 */
function ranked(lower: string, expected: string[]): string[] {
  const score = (s: string) => {
    const t = s.toLowerCase();
    const d = distance(lower, t);
    return d * 10 + (swapped(lower, t) ? 0 : t.length > lower.length ? 1 : t.length < lower.length ? 2 : 3);
  };
  return expected
    .filter((s) => /^\p{Ll}/u.test(s))
    .map((s, i) => ({ s, i, k: score(s) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.s);
}

/** The index of the first word of the sentence among its children. */
function firstWordIndex(sentence: Sentence): number {
  return sentence.children.findIndex((child) => child.type === 'WordNode');
}
