/**
 * house-style/punctuation: typing slips an editor marks on any page. A bracket opened and never
 * closed (“(see the leaflet (PDF, 78KB).”), a quotation mark opened and never closed, a comma
 * after a question or exclamation mark (“Is it urgent?, if so”), doubled marks (“,,” “..” “.,”
 * but not an ellipsis), a hyphen at the end of a line in place of a colon (“They will ask-”),
 * a short form with no space after it (“e.g.used”) and an asterisk that points to no note (“DBS*”).
 *
 * Code and web addresses are one placeholder character in the block text (text.ts), so none of
 * these patterns can match inside them.
 */
import type { CheckId, Hit } from './shared.js';
import { q, spaceAfter } from './shared.js';
import { type BlockText, claim, isClaimed, isQuoted, sentenceAt } from './text.js';
import { matchesOf } from '../lib/matches.js';

/**
 * A bracket opened and never closed in its paragraph or list item. Only round brackets: a lone
 * closing bracket is most often a list marker (“a)”, “1)”), so it is left alone. Not in tables,
 * not after a colon or semicolon (a face like “:(”), not in a block that ends in an ellipsis
 * (a teaser cut off mid-sentence, “(elected for 3 year…”) and not before a list (the bracket
 * may close after it).
 */
export function checkUnclosedBrackets(t: BlockText, beforeList: boolean, hits: Hit[]): void {
  // A list item is followed by the next item: only a paragraph leads in to a list.
  if (t.block.inTable || (beforeList && !t.block.inList)) return;
  const text = t.text;
  // Cut off (“…”), or leading in to a list that the bracket may close after (“(for example:”).
  if (/(?:…|\.\.\.|:)\s*$/.test(text)) return;
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' && !/[:;]-?$/.test(text.slice(Math.max(0, i - 2), i))) open.push(i);
    else if (ch === ')') open.pop();
  }
  // The outermost bracket left open: the one the reader is still waiting to see closed.
  const from = open[0];
  if (from === undefined || isQuoted(t, from, from + 1) || isClaimed(t, from, from + 1)) return;
  // Words must follow it: a bracket at the very end is a cut-off line, not an aside.
  if (!/^[^\S\n]*[\p{L}\p{N}£]/u.test(text.slice(from + 1))) return;
  hits.push({
    check: 'brackets',
    from,
    to: from + 1,
    message: 'This bracket is not closed. Add a closing bracket “)” where the words in brackets end.',
    why: 'Without the closing bracket, readers cannot tell where the aside ends and the sentence goes on.',
    suggestions: [')'],
    severity: 'suggestion',
  });
}

/** Curly and straight double quotation marks. */
const QUOTE_MARK = /[“”"]/g;

/**
 * The text after a paragraph goes on with a quote that paragraph left open: the next paragraph
 * opens with a quotation mark (a long quote, as GOV.UK sets it), or its first quotation mark is a
 * closing one (the writer ran the quote on without opening it again).
 */
export function continuesQuote(after: string): boolean {
  if (/^\s*(?:>\s*)*(?:[-*+]\s+)?[*_]*[“"]/.test(after)) return true;
  const next = /^\s*([\s\S]*?)(?:\n[ \t]*\n|$)/.exec(after)?.[1] ?? '';
  const mark = /[“”]|(?<=\S)"(?=[\s,.;:!?)]|$)|"/.exec(next);
  return mark !== null && (mark[0] === '”' || (mark[0] === '"' && mark.index > 0 && /\S/.test(next[mark.index - 1]!)));
}

/**
 * A double quotation mark opened and never closed in a paragraph. A long quote that runs on to
 * the next paragraph opens each paragraph with a quotation mark and closes only at its end, so a
 * paragraph followed by one that goes on with the quote is left alone (nextOpensQuote, continuesQuote).
 * A straight mark after a digit with no quote open is inches (5'10"), not a quote.
 */
export function checkUnclosedQuotes(t: BlockText, nextOpensQuote: boolean, beforeList: boolean, hits: Hit[]): void {
  if (t.block.inTable || nextOpensQuote || (beforeList && !t.block.inList)) return;
  const text = t.text;
  if (!/[“"]/.test(text) || /:\s*$/.test(text)) return;
  let open = -1;
  for (const m of matchesOf(text, QUOTE_MARK)) {
    const i = m.index;
    const mark = m[0];
    if (open >= 0) {
      // A second opening mark before the first is closed: the marks are muddled, so say nothing.
      if (mark === '“') return;
      open = -1;
      continue;
    }
    if (mark === '”') continue;
    if (mark === '"' && (/[\p{L}\p{N}.,!?;:)]/u.test(text[i - 1] ?? '') || !/\S/.test(text[i + 1] ?? ''))) continue;
    open = i;
  }
  if (open < 0 || isClaimed(t, open, open + 1)) return;
  // Words must follow it, and the block must not be cut off (“…”).
  if (!/^[\p{L}\p{N}‘']/u.test(text.slice(open + 1)) || /(?:…|\.\.\.)\s*$/.test(text)) return;
  const close = text[open] === '"' ? '"' : '”';
  hits.push({
    check: 'quotes',
    from: open,
    to: open + 1,
    message: `This quotation mark is not closed. Add a closing quotation mark ${q(close)} where the quote ends.`,
    suggestions: [close],
    severity: 'suggestion',
  });
}

/** Words that open a question. */
const QUESTION_START = /^[“"‘'(]?(?:do|does|did|is|are|was|were|can|could|will|would|should|shall|may|might|must|have|has|had|what|who|whom|whose|why|how|when|where|which|need|want|are|fancy|looking|interested|ready|thinking)\b/i;

/** “Is it urgent?, if so”: a comma after a question or exclamation mark, before a word. */
const MARK_COMMA = /(?<=[\p{L}\p{N})])([?!]),(?=[ \t]+(\p{L}))/gu;

/** “Is it urgent?.”: a full stop after a question or exclamation mark (not an ellipsis). */
const MARK_STOP = /(?<=\p{L})([?!])\.(?![.\p{L}\p{N}])/gu;

/**
 * Doubled marks after a word: “,,” “,.” “;;” “;,” “,;” “::” and “..” (not “...”, an ellipsis).
 * “.,” only after a word that is not a short form (“etc.,” and “e.g.,” are right).
 */
const DOUBLED = /(?<=[\p{L}\p{N})’”"%])(?:,[,.;]|;[;,]|::|\.\.(?!\.)|\.,)(?=\s|$|[”"’)])/gu;
/** Short forms that end with a full stop, so a comma after the stop is right. */
const STOP_WORDS = /^(?:etc|approx|incl|excl|dept|govt|misc|vs|cf|no|nos|tel|ext|ref|est|min|max|st|rd|co|ltd|inc|jr|sr|vol|ed|eds|fig|p|pp|para|sec|ch|wk|yr|hr|hrs|mins|am|pm|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

export function checkDoubledMarks(t: BlockText, on: (id: CheckId) => boolean, hits: Hit[]): void {
  const text = t.text;
  if (on('commas') && /[?!],/.test(text)) {
    for (const m of matchesOf(text, MARK_COMMA)) {
      const from = m.index + 1;
      if (isQuoted(t, m.index, from + 1) || isClaimed(t, from, from + 1)) continue;
      const mark = m[1]!;
      const next = m[2]!;
      // Only a sentence that asks a question (“Do you…?, if so”): “We ran Who Cares?, a campaign”
      // names a title that ends in a question mark.
      const start = t.sentenceStarts[sentenceAt(t, m.index)] ?? 0;
      if (!QUESTION_START.test(text.slice(start, m.index))) continue;
      const name = mark === '?' ? 'A question mark' : 'An exclamation mark';
      claim(t, from, from + 1);
      hits.push({
        check: 'commas',
        from,
        to: from + 1,
        message: `${name} ends the sentence, so it needs no comma after it. Take out the comma and start the next sentence with a capital letter.`,
        why: 'A comma after a question mark makes readers unsure whether the sentence has ended.',
        suggestions: [`${mark} ${next.toUpperCase()}`],
        severity: 'suggestion',
      });
    }
  }
  if (on('full-stops') && /[?!]\./.test(text)) {
    for (const m of matchesOf(text, MARK_STOP)) {
      const from = m.index + 1;
      if (isQuoted(t, m.index, from + 1) || isClaimed(t, from, from + 1)) continue;
      claim(t, from, from + 1);
      hits.push({
        check: 'full-stops',
        from,
        to: from + 1,
        message: `${m[1] === '?' ? 'A question mark' : 'An exclamation mark'} ends the sentence, so it needs no full stop after it. Take the full stop out.`,
        suggestions: [m[1]!],
        fix: { from, to: from + 1, text: '' },
        severity: 'suggestion',
      });
    }
  }
  if (!/[,.;:][,.;:]/.test(text)) return;
  for (const m of matchesOf(text, DOUBLED)) {
    const from = m.index;
    const to = from + 2;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const pair = m[0];
    const check = pair.includes(',') ? 'commas' : 'full-stops';
    if (!on(check)) continue;
    if (pair === '.,' || pair === '..') {
      // “etc.,” “e.g.,” “J.,”: the full stop belongs to a short form or an initial.
      const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, from - 20), from))?.[0] ?? '';
      if (pair === '.,' && (word.includes('.') || STOP_WORDS.test(word) || /^\p{Lu}$/u.test(word))) continue;
    }
    const one = pair[0] === pair[1];
    const name = (c: string) => ({ ',': 'comma', '.': 'full stop', ';': 'semicolon', ':': 'colon' })[c]!;
    claim(t, from, to);
    hits.push({
      check,
      from,
      to,
      message: one
        ? `There are 2 ${name(pair[0]!)}s here. Take one out.`
        : `There is a ${name(pair[0]!)} and a ${name(pair[1]!)} together here. ${pair.includes('.') ? 'Keep only one: the full stop if the sentence ends here, or the comma if it goes on.' : 'Keep only one of them.'}`,
      why: 'A doubled mark looks like a typing slip, and readers stop to work out what was meant.',
      suggestions: one ? [pair[0]!] : [pair[0]!, pair[1]!],
      ...(one ? { fix: { from, to, text: pair[0]! } } : {}),
      severity: 'suggestion',
    });
  }
}

/** Words that end in a hyphen on purpose before a line break: “pre-” in “pre- and post-operative”. */
const PREFIXES = /^(?:pre|post|non|anti|self|co|re|sub|inter|multi|full|part|short|long|mid|over|under|semi|cross|out|in|on|off|de|ex|well|ill|high|low|first|second|third|one|two|three|four|five)$/i;

/**
 * “They will ask-” at the end of a paragraph or a line, with a new line after it that starts with
 * a capital: a hyphen typed in place of the colon that leads in to the lines below. A spaced
 * hyphen at the end of a line (“Reference number -”) is a label on a form or letter: left alone.
 */
const LINE_END_HYPHEN = /(?<=\p{L})-(?=[ \t]*(?:\n[ \t]*[\p{Lu}“"‘']|$))/gu;

/** “asking them:-” at the end of a line: a dash after the colon that leads in (an old typewriter habit). */
const COLON_DASH = /(?<=\p{L}[)’”"']?[ \t]?):[ \t]?[-–—]+(?=[ \t]*(?:\n|$))/gu;

export function checkLeadInHyphen(t: BlockText, hits: Hit[]): void {
  if (t.block.inTable || t.block.kind === 'heading') return;
  const text = t.text.trimEnd();
  if (!/[-–—]$/.test(text) && !/[-–—][ \t]*\n/.test(text)) return;
  for (const m of matchesOf(text, COLON_DASH)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const word = /\S+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[0] ?? '';
    claim(t, from, to);
    hits.push({
      check: 'dash',
      from,
      to,
      message: `Use a colon on its own to lead in to the lines below: write ${q(`${word}:`)}, not ${q(`${word}${m[0]}`)}.`,
      why: 'A dash after the colon adds nothing, and screen readers may read it out.',
      suggestions: [':'],
      fix: { from, to, text: ':' },
      severity: 'suggestion',
    });
  }
  if (!text.endsWith('-') && !/-[ \t]*\n/.test(text)) return;
  for (const m of matchesOf(text, LINE_END_HYPHEN)) {
    const from = m.index;
    const to = from + m[0].length;
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[0] ?? '';
    // A word in lower case: “South-” over “Cumbria” is a name broken at its hyphen.
    if (word.length < 2 || !/^\p{Ll}+$/u.test(word) || PREFIXES.test(word) || isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    claim(t, from, to);
    hits.push({
      check: 'dash',
      from,
      to,
      message: `Use a colon at the end of a line that leads in to the lines below: write ${q(`${word}:`)}, not ${q(`${word}${m[0]}`)}.`,
      suggestions: [':'],
      fix: { from, to, text: ':' },
      severity: 'suggestion',
    });
  }
}

/** “e.g.used”, “i.e.the”, “etc.and”: a short form with no space before the next word. */
const SHORT_FORM_NO_SPACE = /(?<![\p{L}\p{N}.@/])(e\.g\.|i\.e\.|etc\.)(?=\p{Ll}{2})/giu;

/**
 * “urgent?Call us”, “the form;Then”, “(PDF).Call us”, “the NHS.Call us”: no space before the next
 * sentence. (After a word in lower case, the full stop is checkSpacing’s, in symbols.ts.)
 */
const MARK_NO_SPACE = /(?<=\p{Ll}{2})[?!;](?=\p{Lu}\p{Ll}{2})|(?<=\p{L}\)|(?<![\p{L}.])\p{Lu}{2,6})\.(?=\p{Lu}\p{Ll}{2})/gu;

export function checkShortFormSpace(t: BlockText, hits: Hit[]): void {
  if (/[?!;)\p{Lu}][.]?\p{Lu}/u.test(t.text)) {
    for (const m of matchesOf(t.text, MARK_NO_SPACE)) {
      const from = m.index;
      const to = from + 1;
      if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
      // A web address or file name written as plain text (“page?Id=3”) is not prose.
      const word = /\S*$/.exec(t.text.slice(Math.max(0, from - 40), from))?.[0] ?? '';
      const next = /^\S*/.exec(t.text.slice(to, to + 40))?.[0] ?? '';
      if (/[/@\\=&_]|www/i.test(word + next) || /\.[a-z]{2,4}\b/i.test(next)) continue;
      claim(t, from, to);
      hits.push(spaceAfter(m[0], to));
    }
  }
  for (const m of matchesOf(t.text, SHORT_FORM_NO_SPACE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    // “etc.d” in a file name or address: the word after must be a whole word of letters.
    const after = /^\p{L}+/u.exec(t.text.slice(to))![0];
    if (/^[./@\\]/.test(t.text.slice(to + after.length))) continue;
    const better = /^e/i.test(m[0]) ? ' Better still, write “for example”.' : /^i/i.test(m[0]) ? ' Better still, write “that is”.' : '';
    claim(t, from, to);
    hits.push({
      check: 'spacing',
      from,
      to,
      message: `Add a space after ${q(m[0])}.${better}`,
      suggestions: [`${m[0]} `],
      fix: { from: to, to, text: ' ' },
      severity: 'suggestion',
    });
  }
}

/**
 * “( see page 4 )”: a space just inside a pair of brackets. Only brackets that pair up in the
 * block, so a lettered point (“a )”) is left alone.
 */
export function checkBracketSpaces(t: BlockText, hits: Hit[]): void {
  if (t.block.inTable) return;
  const text = t.text;
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) {
      const a = open.pop()!;
      const inner = text.slice(a + 1, i);
      const lead = /^[ \t]+(?=[\p{L}\p{N}£])/u.exec(inner)?.[0].length ?? 0;
      const trail = /(?<=[\p{L}\p{N}.%])[ \t]+$/u.exec(inner)?.[0].length ?? 0;
      if ((!lead && !trail) || /\n/.test(inner) || isQuoted(t, a, i + 1)) continue;
      const spans: Array<[number, number, string, string]> = [];
      if (lead) spans.push([a, a + 1 + lead, '(', 'Take out the space after the opening bracket.']);
      if (trail) spans.push([i - trail, i + 1, ')', 'Take out the space before the closing bracket.']);
      for (const [from, to, mark, message] of spans) {
        if (isClaimed(t, from, to)) continue;
        claim(t, from, to);
        hits.push({ check: 'spacing', from, to, message, suggestions: [mark], fix: { from, to, text: mark }, severity: 'suggestion' });
      }
    }
  }
}

/**
 * “the latest guidance* says”, “Police check/DBS*”: an asterisk at the end of a word points to a
 * note, and the page has none. Readers look for the note, and screen readers read out “star”.
 * The page has a note when an asterisk starts a line or stands on its own (“*Terms apply”,
 * “Fields marked * are required”): then every asterisk is left alone. Not in tables, not
 * between 2 letters or digits (“5*3”, “f**k”).
 */
export function checkStrayAsterisks(t: BlockText, pageHasNote: boolean, hits: Hit[]): void {
  if (pageHasNote || t.block.inTable) return;
  for (const m of matchesOf(t.text, /(?<=[\p{L}\p{N})’'”])\*+(?![\p{L}\p{N}*])/gu)) {
    const from = m.index;
    const to = from + m[0].length;
    if (isQuoted(t, from, to) || isClaimed(t, from, to)) continue;
    const word = /[\p{L}\p{N}’'-]+[)’'”]?$/u.exec(t.text.slice(Math.max(0, from - 40), from))?.[0] ?? '';
    claim(t, from, to);
    hits.push({
      check: 'asterisks',
      from,
      to,
      message: word ? `The ${q(m[0])} after ${q(word)} points to a note that is not on the page.` : `The ${q(m[0])} points to a note that is not on the page.`,
      why: 'Readers look for the note and cannot find it, and screen readers read the asterisk out as “star”. Add the note in words, or take the asterisk out.',
      suggestions: word ? [word] : [],
      severity: 'suggestion',
    });
  }
}

/** An asterisk that starts a line or stands on its own (“*Terms apply”, “marked * are”): the page has a note or a key. */
export function hasAsteriskNote(texts: string[]): boolean {
  return texts.some((text) => /(?:^|[\s(\[])\*/u.test(text));
}

/** A quotation that opens with one kind of mark and closes with the other: “…" or "…”. */
export interface QuotePairHit {
  /** Source offsets of the closing mark. */
  start: number;
  end: number;
  /** The closing mark of the opening mark's kind. */
  right: string;
  opensCurly: boolean;
}

/** How many blocks a quote may run over before its opening mark is forgotten. */
const QUOTE_BLOCKS = 4;

/**
 * Pairs of double quotation marks over a page, block by block, to find a quote that opens with a
 * curly mark and closes with a straight one (or the other way round). A straight mark opens a
 * quote after a space or a bracket and before a word; it closes one after a word or a full stop
 * and before a space, a mark or the end. A heading ends any quote; a second opening mark before a
 * close takes the first one's place (a long quote opens again in each paragraph).
 */
export class QuotePairs {
  readonly hits: QuotePairHit[] = [];
  private open: { curly: boolean; blocks: number } | undefined;

  block(t: BlockText, heading: boolean): void {
    if (heading || t.block.inTable) {
      this.open = undefined;
      return;
    }
    if (this.open && ++this.open.blocks > QUOTE_BLOCKS) this.open = undefined;
    const text = t.text;
    if (!/[“”"]/.test(text)) return;
    for (const m of matchesOf(text, QUOTE_MARK)) {
      const i = m.index;
      const before = text[i - 1] ?? '';
      const after = text[i + 1] ?? '';
      let opens: boolean;
      if (m[0] === '“') opens = true;
      else if (m[0] === '”') opens = false;
      else if ((before === '' || /[\s(\[]/.test(before)) && /[\p{L}\p{N}‘']/u.test(after)) opens = true;
      else if (/[\p{L}\p{N}.,!?;:)’']/u.test(before) && (after === '' || /[\s.,;:!?)\]]/.test(after))) opens = false;
      else continue;
      const curly = m[0] !== '"';
      if (opens) {
        this.open = { curly, blocks: 0 };
        continue;
      }
      if (this.open && this.open.curly !== curly) {
        this.hits.push({ start: t.starts[i]!, end: t.ends[i]!, right: this.open.curly ? '”' : '"', opensCurly: this.open.curly });
      }
      this.open = undefined;
    }
  }
}
