/**
 * house-style/punctuation: “and/or” (GOV.UK: do not use a slash for “or”), a spaced hyphen used
 * as a dash between words (“pay - please see”), semicolons that lead in to a list, stray commas,
 * sentences with no full stop and 2 sentences joined by a comma. Compound words are in compounds.ts.
 */
import type { Env, Hit } from './shared.js';
import { q } from './shared.js';
import { type BlockText, claim, isClaimed, isQuoted, matchCase, sentenceAt, freeMatches } from './text.js';
import { matchesOf } from '../lib/matches.js';

const AND_OR = /(?<![\p{L}\p{N}/])(and)\s*\/\s*(or)(?![\p{L}\p{N}/])/giu;

export function checkAndOr(t: BlockText, hits: Hit[]): void {
  for (const { m, from, to } of freeMatches(t, AND_OR)) {
    claim(t, from, to);
    hits.push({
      check: 'and-or',
      from,
      to,
      message: `${q(m[0])} is hard to read: write ${q(matchCase(m[0], 'or'))} or ${q(matchCase(m[0], 'and'))}, or say “or both”.`,
      suggestions: [matchCase(m[0], 'or'), matchCase(m[0], 'and')],
    });
  }
}

/**
 * A hyphen with a space each side, between words: "pay - please see". Numbers, days and months
 * with a hyphen between them are ranges (ranges.ts claims them first).
 */
/** A hyphen with a space each side between words, or 2 typed for a dash (“the year -- thanks”, “year--thanks”). */
const SPACED_HYPHEN = /(?<=[\p{L}][)’'"”.,]?)(?:[ \t]+-{1,2}[ \t]+|(?<=\p{L})--)(?=[‘'"“(]?\p{L})/gu;

/** Is text[i] inside a short quotation (a mention, like “use ' - '”), not a long quote of speech? */
function inShortQuote(t: BlockText, i: number): boolean {
  if (!t.quoted[i]) return false;
  let a = i;
  let b = i;
  while (a > 0 && t.quoted[a - 1]) a--;
  while (b + 1 < t.quoted.length && t.quoted[b + 1]) b++;
  return b - a < 60;
}

/** Numbers in words, for a range written with a dash between them: “three- six months”. */
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)$/i;

/**
 * A dash or hyphen between 2 numbers (“three- six”, “three - six”): a range, so the advice is
 * “to”, not a dash with spaces. Returns the hit, or undefined when it is not between numbers.
 */
function numberRange(t: BlockText, from: number, to: number): Hit | undefined {
  const before = /([\p{L}\p{N}]+)\s*$/u.exec(t.text.slice(Math.max(0, from - 20), from));
  const after = /^\s*([\p{L}\p{N}]+)/u.exec(t.text.slice(to, to + 20));
  if (!before || !after || !NUMBER_WORD.test(before[1]!) || !NUMBER_WORD.test(after[1]!)) return undefined;
  // The finding stands on the dash and its spaces only, so it does not overlap a finding on the
  // numbers themselves (“three” → “3”).
  const start = from - before[0].length + before[1]!.length;
  const end = to + after[0].length - after[1]!.length;
  const right = `${before[1]} to ${after[1]}`;
  const whole = t.text.slice(from - before[0].length, to + after[0].length);
  return { check: 'ranges', from: start, to: end, message: `Use “to” in ranges: ${q(right)}, not ${q(whole)}.`, suggestions: [' to '], fix: { from: start, to: end, text: ' to ' } };
}

/**
 * “person – centred”, “evidence - based”, “patient- led”: a compound with spaces round its hyphen.
 * The second word is one that only joins a word before it, so the mark is a hyphen, not a dash.
 */
const BROKEN_COMPOUND =
  /(?<![\p{L}\p{N}-])(\p{L}{3,})([ \t]+[-–—][ \t]*|[-–—][ \t]+)(centred|centredness|centered|based|led|focused|focussed|friendly|related|specific|orientated|oriented|driven)(?![\p{L}-])/gu;

/** Words after “based”, “led” or “focused” that make it a verb after a dash: “– based on need”. */
const AFTER_VERB = /^(?:on|in|at|by|to|towards|around|upon|from|with|for|and|or|but|near|off|out|up)$/i;

export function checkSpacedHyphen(t: BlockText, hits: Hit[]): void {
  for (const m of matchesOf(t.text, BROKEN_COMPOUND)) {
    const [whole, first, mark, second] = m as unknown as string[];
    const from = m.index + first!.length;
    const to = from + mark!.length;
    if (inShortQuote(t, m.index) || isClaimed(t, m.index, m.index + whole!.length)) continue;
    // “care – based on need”, “the team – led by Jo”: a dash, then a phrase of its own.
    const next = /^[ \t]+(\p{L}+)/u.exec(t.text.slice(m.index + whole!.length, m.index + whole!.length + 20))?.[1];
    if (!next || AFTER_VERB.test(next)) continue;
    const right = `${first}-${second}`;
    claim(t, from, to);
    hits.push({
      check: 'dash',
      from: m.index,
      to: m.index + whole!.length,
      message: `Write ${q(right)} with a hyphen and no spaces, not ${q(whole!)}.`,
      why: 'The 2 words make one word. With spaces round the mark, it reads as a dash between 2 ideas.',
      suggestions: [right],
      fix: { from, to, text: '-' },
      severity: 'suggestion',
    });
  }
  for (const m of matchesOf(t.text, SPACED_HYPHEN)) {
    const from = m.index + m[0].indexOf('-');
    const to = from + m[0].trim().length;
    // A hyphen in quoted speech is still the writer's punctuation; one in a short mention is not.
    if (inShortQuote(t, from) || isClaimed(t, from, to)) continue;
    // "Monday - Friday": the ranges check has it.
    if (hits.some((h) => h.from < to && from < h.to)) continue;
    const range = numberRange(t, from, to);
    if (range) {
      hits.push(range);
      continue;
    }
    // "from 'button.js' - import": a file path or code, not prose.
    const before = /\S+\s*$/.exec(t.text.slice(Math.max(0, m.index - 80), m.index + 1))?.[0] ?? '';
    if (/[/\\]|\.[a-z]{1,4}['"’]?\s*$/i.test(before)) continue;
    hits.push({
      check: 'dash',
      from,
      to,
      message: `Use a dash (–) here, not ${to - from === 2 ? '2 hyphens (--)' : 'a hyphen (-)'}, or start a new sentence.`,
      suggestions: ['–'],
      fix: { from, to, text: '–' },
      severity: 'suggestion',
    });
  }
  // "Essex- Provide", "care -which": a hyphen with a space on one side only, between words.
  // "pre- and post-operative", "full- or part-time" share a hyphen on purpose.
  for (const m of matchesOf(t.text, LOPSIDED_HYPHEN)) {
    const from = m.index + m[0].indexOf('-');
    const to = from + 1;
    if (inShortQuote(t, from) || isClaimed(t, from, to)) continue;
    if (hits.some((h) => h.from < to && from < h.to)) continue;
    // "words ending in -ly": a mention of a suffix, not a dash.
    if (!m[0].startsWith('-') && /^(ly|ing|ed|er|est|ise|ize|ism|ist|ness|less|ful|able|ible|ment|tion|ation|s|es)\b/i.test(t.text.slice(to, to + 8))) continue;
    // "includ- ing": a word broken where a line once ended, its ending cut off after the hyphen.
    const head = /\p{Ll}{2,}$/u.exec(t.text.slice(Math.max(0, from - 30), from))?.[0];
    const tail = BROKEN_END.exec(t.text.slice(to, to + 12))?.[1];
    if (m[0].startsWith('-') && head && tail) {
      const word = `${head}${tail}`;
      hits.push({
        check: 'dash',
        from: from - head.length,
        to: to + 1 + tail.length,
        message: `This looks like one word broken in 2: write ${q(word)}.`,
        why: 'A word split by a hyphen and a space is a slip from copying text. Screen readers read out 2 odd words.',
        suggestions: [word],
        fix: { from, to: to + 1, text: '' },
        severity: 'suggestion',
      });
      continue;
    }
    const range = numberRange(t, from, to);
    if (range) {
      hits.push(range);
      continue;
    }
    const start = m.index;
    hits.push({
      check: 'dash',
      from: start,
      to: m.index + m[0].length,
      message: 'Put a space each side of a dash ( – ), or start a new sentence.',
      suggestions: [' – '],
      fix: { from: start, to: m.index + m[0].length, text: ' – ' },
      severity: 'suggestion',
    });
  }
  // “RESOLVED –That”, “care– which”: a dash with a space on one side only.
  for (const m of matchesOf(t.text, LOPSIDED_DASH)) {
    const from = m.index;
    const to = from + m[0].length;
    if (inShortQuote(t, from) || isClaimed(t, from, to) || hits.some((h) => h.from < to && from < h.to)) continue;
    const dash = from + m[0].search(/[–—]/);
    const range = numberRange(t, dash, dash + 1);
    if (range) {
      hits.push(range);
      continue;
    }
    hits.push({
      check: 'dash',
      from,
      to,
      message: 'Put a space each side of a dash ( – ), or start a new sentence.',
      suggestions: [' – '],
      fix: { from, to, text: ' – ' },
      severity: 'suggestion',
    });
  }
}

/** The ending of a word cut off after a hyphen and a space: “includ- ing”, “manage- ment”. */
const BROKEN_END = /^[ \t](ing|ings|ed|tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ances|ence|ences|ous|ive|ation|ations|ised|ising|ized|izing)(?![\p{L}\p{N}-])/u;

/** An en or em dash with a space on one side only, between 2 words. */
const LOPSIDED_DASH = /(?<=\p{L}[)’'"”]?)(?:[–—][ \t]+(?=\p{L})|[ \t]+[–—](?=\p{L}))/gu;

/** A hyphen with a space after it but not before (or before but not after), between 2 words. */
const LOPSIDED_HYPHEN = /(?<=\p{L}[)’'"”]?)(?:-[ \t]+(?!(?:and|or|to|nor|&)\b)(?=\p{L})|[ \t]+-(?=\p{L}{2}))/gu;

/** Words that lead in to a list: "this will include;" should end with a colon. */
const LEAD_IN = /^(?:include|includes|including|included|follows|following|reflecting|are|is|be|below)$/i;

/**
 * A semicolon that leads in to a list ("this will include;") should be a colon (GOV.UK: do not use
 * semicolons, they are often misread). One at the end of a list item is left to the lists rule;
 * one inside a sentence is not flagged yet (it would need a full stop, and is often a choice).
 */
export function checkSemicolons(t: BlockText, hits: Hit[]): void {
  const text = t.text;
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
    // A word just before it, and a word, a bullet or the end of the block after it: prose, not code.
    const before = /([\p{L}][\p{L}'’-]*)$/u.exec(text.slice(Math.max(0, i - 40), i))?.[1];
    if (!before || !/\p{L}/u.test(text[i - 1]!) || text[i - before.length - 1] === '&') continue;
    // "health; • the next": items of a list run into the paragraph are the lists rule's to name.
    if (/[•·▪●]/.test(text.slice(0, i))) continue;
    const after = text.slice(i + 1);
    const atEnd = /^\s*$/.test(after);
    const bullet = /^\s*[•·▪●]/.test(after);
    if (!atEnd && !bullet && !/^\s+[‘“"'(]?[\p{L}]/u.test(after)) continue;
    if (isQuoted(t, i, i + 1) || isClaimed(t, i, i + 1)) continue;
    if (!bullet && !atEnd && !t.block.inTable && !isQuoted(t, i, i + 1) && joinsSentences(t, i)) {
      const next = /^\s+[‘“"'(]?([\p{L}][\p{L}'’-]*)/u.exec(after)![1]!;
      const capital = next === 'I' || /^\p{Lu}/u.test(next) ? next : next[0]!.toUpperCase() + next.slice(1);
      hits.push({
        check: 'semicolons',
        from: i,
        to: i + 1,
        message: 'Use a full stop and start a new sentence here, not a semicolon.',
        why: 'Semicolons are often misread. 2 short sentences are easier to follow.',
        suggestions: [`. ${capital}`],
        severity: 'suggestion',
      });
      continue;
    }
    if (bullet || (atEnd && LEAD_IN.test(before))) {
      hits.push({
        check: 'semicolons',
        from: i,
        to: i + 1,
        message: `Use a colon (:) to lead in to a list, not a semicolon.`,
        suggestions: [':'],
        fix: { from: i, to: i + 1, text: ':' },
      });
    }
  }
}

/**
 * A semicolon that joins 2 clauses: the only one in its sentence, with 3 or more words on each
 * side and a word after it (“under local anaesthetic; this means you stay awake”). A run of them
 * is a list in a sentence, and a list item’s last one is the lists rule’s.
 */
function joinsSentences(t: BlockText, i: number): boolean {
  const k = sentenceAt(t, i);
  const start = t.sentenceStarts[k] ?? 0;
  const end = t.sentenceEnds[k] ?? t.text.length;
  const sentence = t.text.slice(start, end);
  if ((sentence.match(/;/g) ?? []).length !== 1) return false;
  // “…these core elements; and reference was made…”: a semicolon before “and”, “but” or “or” is a
  // heavy comma in a long formal sentence, and a new sentence starting “And” helps nobody. The
  // sentence-length rule names the sentence if it is too long.
  if (/^\s+(?:and|but|or|nor|yet|so|then)\b/i.test(t.text.slice(i + 1))) return false;
  const words = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
  return words(t.text.slice(start, i)) >= 3 && words(t.text.slice(i + 1, end)) >= 3 && !/[•·▪●]/.test(sentence);
}

/**
 * A comma before a bracket that holds a title ("Dan Smith, (Chair)") or before an ellipsis
 * ("dementia,..."). A bracket of other words after a comma ("for example, (high) blood pressure")
 * is left alone: it can be an aside the writer means.
 */
const STRAY_COMMA = /(?<=[\p{L}\p{N}]),(?:[ \t]*\((?=\p{Lu}\p{Ll})|[ \t]*(?:\.{3}|…))/gu;

export function checkStrayCommas(t: BlockText, hits: Hit[]): void {
  for (const { m, from } of freeMatches(t, STRAY_COMMA)) {
    const ellipsis = /\.{3}|…/.test(m[0]);
    hits.push({
      check: 'commas',
      from,
      to: from + 1,
      message: ellipsis ? 'Remove the comma before the ellipsis (…).' : 'Remove the comma before the bracket.',
      suggestions: [ellipsis ? '…' : ' ('],
      fix: { from, to: from + 1, text: '' },
      severity: 'suggestion',
    });
  }
}

/**
 * Words that start a sentence but are rarely written with a capital inside one. After a word in
 * lower case and a space, and before another word in lower case (“the email link There will be”),
 * one of them is a new sentence with no full stop before it. “Our” and “Your” are left out: they
 * start the titles of leaflets run into a sentence (“the booklet Your baby’s first jabs”).
 */
const RUN_ON = /(?<=\p{Ll}\p{Ll})([ \t]+)(There|We|You|It|This|These|They|Please|If|When)(?=[ \t]+\p{Ll})/gu;

/**
 * Sentences that run together with no full stop: one that starts mid-line after a word in lower
 * case (“…using the email link  There will be an opportunity…”), and a paragraph whose other
 * sentences end with full stops but whose last one has none.
 */
export function checkFullStops(t: BlockText, env: Env, hits: Hit[]): void {
  const text = t.text;
  if (t.block.inTable || t.block.kind === 'heading') return;
  for (const m of matchesOf(text, RUN_ON)) {
    const spaceFrom = m.index;
    const wordFrom = spaceFrom + m[1]!.length;
    const to = wordFrom + m[2]!.length;
    // The spaces must be in the source as they are: not a line break the parser dropped.
    if (t.starts[wordFrom] !== t.ends[wordFrom - 1] || t.starts[spaceFrom] !== t.ends[spaceFrom - 1]) continue;
    // The word before is all in lower case (not a name or an acronym).
    const before = /(?:^|[^\p{L}\p{N}'’-])(\p{Ll}[\p{Ll}'’-]*)$/u.exec(text.slice(Math.max(0, spaceFrom - 40), spaceFrom))?.[1];
    if (!before) continue;
    const from = spaceFrom - before.length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    hits.push({
      check: 'full-stops',
      from,
      to,
      message: `A new sentence starts at ${q(m[2]!)}, but there is no full stop before it. Add one after ${q(before)}.`,
      suggestions: [`${before}. ${m[2]}`],
      fix: { from: spaceFrom, to: wordFrom, text: '. ' },
      severity: 'suggestion',
    });
  }
  // A paragraph of 2 or more sentences that all end with a full stop but the last; or a paragraph
  // of one long sentence with none, on a page whose other paragraphs all have one.
  const n = t.sentenceStarts.length;
  if (t.block.kind !== 'paragraph' || t.block.inList || env.beforeList || n < 1) return;
  if (n === 1) {
    if (env.stopsElsewhere && !env.afterUnstopped) lonelySentence(t, hits);
    return;
  }
  for (let k = 0; k < n - 1; k++) {
    const sentence = text.slice(t.sentenceStarts[k], t.sentenceEnds[k]).trimEnd();
    // Each a sentence as writers set them out: a capital at the start and a full stop at the end.
    if (!/\p{L}[)’”"']?\.$/u.test(sentence) || !/^[“"‘'(]?[\p{Lu}\p{N}]/u.test(sentence)) return;
  }
  const start = t.sentenceStarts[n - 1]!;
  const last = text.slice(start, t.sentenceEnds[n - 1]).trimEnd();
  // A sentence of 5 words or more that ends with a word: not a label, a name or a web address.
  const words = last.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // “…save it as .docx”: a file name or web address at the end is left alone.
  if (words.length < 5 || !/(?:^|[^.\p{L}])\p{Ll}\p{L}*$/u.test(last) || !/^[“"‘']?\p{Lu}/u.test(last)) return;
  noFullStop(t, start + last.length, /[\p{L}]+$/u.exec(last)![0], hits);
}

/** Words a cut-off sentence ends with (“…email your requests to and”: a lost link or a word): a full stop would not mend it. */
const CUT_OFF = /^(?:and|or|but|to|the|a|an|of|for|with|from|at|by|on|in|your|our|their|is|are|was|be)$/i;

/** A sentence that ends at `end` with `word` and no full stop: ask for one, unless it was cut off, quoted or claimed. */
function noFullStop(t: BlockText, end: number, word: string, hits: Hit[]): void {
  if (CUT_OFF.test(word) || isQuoted(t, end - word.length, end) || isClaimed(t, end - word.length, end)) return;
  hits.push({
    check: 'full-stops',
    from: end - word.length,
    to: end,
    message: `This sentence has no full stop at the end. Add one after ${q(word)}.`,
    suggestions: [`${word}.`],
    fix: { from: end - word.length, to: end, text: `${word}.` },
    severity: 'suggestion',
  });
}

/**
 * “This site lets you take part in consultations run by the Department of Health”: a paragraph of
 * one sentence of 10 words or more, with words in lower case and a verb-like word in it, and no
 * full stop, when the page's other paragraphs end with one. The last word may be a name. Not
 * after a paragraph with no full stop (“BBC Radio 4 – 28 minutes”): a card's title and summary.
 */
function lonelySentence(t: BlockText, hits: Hit[]): void {
  const last = t.text.trimEnd();
  const words = last.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // “Salary information: £24,937 per annum pro rata”: a label and its value, not a sentence.
  if (/^[^.:]{1,40}:\s/.test(last)) return;
  if (words.length < 10 || !/^[“"‘']?\p{Lu}/u.test(last) || !/(?:^|[^.\p{L}\p{N}])\p{L}+$/u.test(last)) return;
  // Mostly words in lower case: a sentence, not a title or a list of names.
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length / 2) return;
  noFullStop(t, last.length, /\p{L}+$/u.exec(last)![0], hits);
}

/**
 * “…free for everyone, you may need to pay”: a comma, then a pronoun and a verb start a new
 * sentence. So does “please” and a verb (“…from reception, please ask a member of staff”).
 */
const SPLICE =
  /,[ \t]+(?:(this|it|you|we|they|there|these|I)(?:[ \t]+(?:is|are|was|were|will|may|can|must|should|need|needs|has|have|had|would|could|might|do|does|did)|['’](?:s|re|ll|ve|m))|(please)[ \t]+(?:ask|call|contact|let|tell|bring|speak|talk|phone|ring|email|book|visit|come|arrive|allow|send|complete|fill|keep|make|check|remember|note|use|see|go|try))\b/g;
/** A verb in the words before the comma, so they are a sentence of their own. */
const FINITE = /\b(?:is|are|was|were|am|has|have|had|will|can|may|must|should|would|could|need|needs|do|does|did)\b|\b(?:it|we|you|they|there|i)['’](?:s|re|ll|ve|m)\b/i;
/**
 * The clause between an opening clause and the comma: a sentence of its own when it starts with a
 * subject and its verb, or with “please” and a verb (“If you missed it, it’s not too late, please
 * call”; “If you need help, please get in touch, we’re here”).
 */
const MAIN_CLAUSE = /^[ \t]*(?:(?:it|we|you|they|there|this|i)(?:['’](?:s|re|ll|ve|m)|[ \t]+(?:is|are|will|can|must|should|need|have|has))|please[ \t]+\p{L})/iu;
/**
 * Words that make the part before the comma lead in to the rest (“If you are ill, you may…”,
 * “As the clinic is busy, we will…”), or an aside (“however”), so the comma is right there.
 */
const SUBORDINATE = /\b(?:that|which|instance|example|if|when|whenever|although|though|because|as|while|whilst|before|after|unless|once|since|until|whether|where|wherever|whereas|so|only|however|therefore|otherwise|even|than|like|said|says|say|think|hope|know|feel)\b/i;

/** A clause that a joining word opens (“, and through careful planning, we…”): not a sentence of its own. */
const JOINED = /^[ \t]*(?:and|but|or|nor|yet)\b/i;

/** Words that open a sentence with a phrase or a clause that leads in (“Provided you are well, it…”), not its subject. */
const OPENER = /^[“"‘'(]?(?:(?:to|by|in|on|at|for|from|with|without|within|during|after|before|following|through|throughout|under|over|across|since|until|despite|instead|thanks|due|given|provided|granted|whatever|whichever|whoever|once|now|today|also|finally|first|then|here|again|of|about|like|unlike)\b|\p{L}+(?:ing|ly)\b)/iu;

/**
 * A comma splice: 2 sentences joined by a comma (“Adult social care is not free for everyone, you
 * may need to pay”). Only when the words before the comma hold a verb, and no word that makes them
 * lead in to the rest (“If you are ill, you may…”).
 */
export function checkCommaSplices(t: BlockText, hits: Hit[]): void {
  if (t.block.inTable || t.block.kind === 'heading') return;
  const text = t.text;
  for (let k = 0; k < t.sentenceStarts.length; k++) {
    const start = t.sentenceStarts[k]!;
    const sentence = text.slice(start, t.sentenceEnds[k]);
    // A question put first (“Should we find…, we will”, “Is it free, you ask?”) leads in too.
    if (/^[“"‘'(]?(?:should|were|had|is|are|do|does|can|will|would|could|yes|no|thank)\b/i.test(sentence)) continue;
    // A sentence that opens with a phrase (“To help us do this, we…”, “By checking first, you…”,
    // “Finally, we…”): the words before the comma lead in to the sentence, not one of their own.
    if (OPENER.test(sentence)) continue;
    for (const m of matchesOf(sentence, SPLICE)) {
      let before = sentence.slice(0, m.index);
      // After an opening clause and its comma (“If you need help, please get in touch, we’re…”),
      // the clause before this comma may be a sentence of its own.
      const last = before.lastIndexOf(',');
      if (last > 0 && SUBORDINATE.test(before) && MAIN_CLAUSE.test(before.slice(last + 1)) && !SUBORDINATE.test(before.slice(last + 1))) before = before.slice(last + 1);
      // “…has been a focus, and through careful planning, we have…”: “and” joins the new clause,
      // and the comma before “we” closes the phrase that opens it.
      else if (last > 0 && JOINED.test(before.slice(last + 1)) && !FINITE.test(before.slice(last + 1))) continue;
      const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
      if (words.length < 4 || /[;:–—()]/.test(before)) break;
      // An opening clause (“If you are ill,”): its comma is right, but a later one may not be.
      // “Please” and a verb is a sentence too (“…please get in touch, we’re here”).
      if (!(FINITE.test(before) || /^[ \t]*please[ \t]+\p{L}/iu.test(before)) || SUBORDINATE.test(before)) continue;
      const from = start + m.index;
      const word = (m[1] ?? m[2])!;
      const to = from + m[0].indexOf(word, 1) + word.length;
      if (isQuoted(t, from, to) || isClaimed(t, from, to)) break;
      const capital = word === 'I' ? 'I' : word[0]!.toUpperCase() + word.slice(1);
      hits.push({
        check: 'comma-splices',
        from,
        to,
        message: `These are 2 sentences joined by a comma. Use a full stop, and start the new sentence at ${q(capital)}.`,
        suggestions: [`. ${capital}`],
        severity: 'suggestion',
      });
      break;
    }
  }
}
