import { defineRule } from '../src/types.js';
import { sentencesOf } from './lib/words.js';
import { acronymsFor, eachNode, isCapsWord, isRomanNumeral, isShouting, tokensOf, type Token } from './lib/mdast.js';
import { matchesOf } from './lib/matches.js';

/** Short words that shout on their own when written in capitals ("do NOT", "ALL patients"). */
const SHORT_SHOUTS = new Set(['NOT', 'NO', 'NOW', 'ALL', 'ANY', 'YOU', 'DO', 'DON’T', "DON'T"]);
/** Days and months: never acronyms, so even “MAY” shouts, and they keep their capital in lower case. */
const CALENDAR = new Map(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'
    .split(' ')
    .map((w) => [w.toUpperCase(), w]),
);
const CAPS_IN_TEXT = /[A-Z][A-Z'’-]*[A-Z]/g;
/** A block with no word in capitals has nothing to check (most blocks). */
const HAS_CAPS = /[A-Z][A-Z'’-]*[A-Z]/;
/** Template gaps and date patterns: “[NAME]”, “{DATE}”, “DD MONTH YYYY”. */
const PLACEHOLDER = /^[[{<(].*[\]}>)]$/;
const DATE_PARTS = new Set(['DD', 'MM', 'YY', 'YYYY', 'HH', 'MMM']);

/**
 * Is the word in capitals a mnemonic that the text around it spells out: capitalised words
 * whose first letters spell it, just after it (“FAST: Face, Arms, Speech, Time”) or just before it
 * (“Stop, Assess, Feel, Explain, Return (SAFER)”)?
 */
function mnemonic(text: string, start: number, end: number, word: string): boolean {
  const letters = word.replace(/[^A-Z]/g, '');
  if (letters.length < 3) return false;
  // First letters of capitalised words; single letters (“F – Face”) are labels, not words.
  // `inside`: only words a capital marks inside a sentence, not those that open one.
  const initials = (part: string, inside = false) => {
    let out = '';
    for (const m of matchesOf(part, /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+/gu)) {
      if (m[0] === word || (inside && opensSentence(part, m.index))) continue;
      out += m[0][0];
    }
    return out;
  };
  const after = initials(text.slice(end, end + 300));
  const before = initials(text.slice(Math.max(0, start - 300), start));
  if (after.startsWith(letters) || before.endsWith(letters)) return true;
  // The mnemonic's words marked inside questions or sentences that follow it, each of which may
  // open with a capital of its own: “the CAGE questions: 1. Have you felt you should Cut down?
  // 2. Have people Annoyed you? …”.
  return initials(text.slice(end, end + 600), true).startsWith(letters);
}

/** Does a word at `at` open a sentence, list item or line (after spaces, quotes and brackets)? */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(\[]/.test(text[i]!)) i--;
  return i < 0 || /[.?!:;#*>•–\n-]/.test(text[i]!);
}

/** "and", "or" and "&" join the items of a list. */
const JOINERS = new Set(['and', 'or', '&']);
/** How many words a list item may have after its first ("ICE comms", "Care Record Service"). */
const ITEM_WORDS = 3;
/** Words that lead in to a list of examples or names: “systems such as CLIP, ICE comms and PAS”. */
const LEAD_IN = /(?:\bsuch as|\bincluding|\blike|\be\.?g\.?|\bfor example|\bcalled|\bnamed|:)\s*$/i;

/**
 * Is the run (tokens `from` to `to`) an item, or items, in a list of names: a list joined by
 * commas or “and” whose next or previous item is a name or an acronym (“IT systems such as
 * CLIP, ICE comms, Sunrise and PAS”)? System and product names keep their makers' capitals;
 * shouting does not sit in a list beside names.
 */
function inNameList(tokens: Array<Token | null>, from: number, to: number): boolean {
  const startsName = (t: Token | null | undefined) => !!t && /^\p{Lu}/u.test(t.core);
  const endsItem = (t: Token | null | undefined) => !!t && /,$/.test(t.raw);
  // Forward: the item after the run, when a comma or “and” closes the run's own item.
  for (let i = to; i < tokens.length && i <= to + ITEM_WORDS; i++) {
    const t = tokens[i];
    if (!t) break;
    const next = tokens[i + 1];
    if (endsItem(t)) return startsName(next) || (!!next && JOINERS.has(next.core.toLowerCase()) && startsName(tokens[i + 2]));
    if (next && JOINERS.has(next.core.toLowerCase())) return startsName(tokens[i + 2]);
    if (/[.;:!?]$/.test(t.raw)) break;
  }
  // Backward: the item before the run, when the run follows a comma or “and”.
  const before = tokens[from - 1];
  if (!before) return false;
  const joined = JOINERS.has(before.core.toLowerCase());
  const prevEnd = joined ? from - 2 : from - 1;
  if (!joined && !endsItem(before)) return false;
  for (let i = prevEnd; i >= 1 && i >= prevEnd - ITEM_WORDS; i--) {
    const t = tokens[i];
    if (!t || /[.;:!?]$/.test(t.raw)) return false;
    const prev = tokens[i - 1];
    // The first word of the previous item: after a comma, “and”, or a lead-in (“such as”).
    if (!prev || endsItem(prev) || JOINERS.has(prev.core.toLowerCase()) || /[:]$/.test(prev.raw)) return startsName(t);
    if (i === prevEnd - ITEM_WORDS) return false;
    if (!startsName(prev) && startsName(t)) return true;
  }
  return false;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'all-caps',
    description: 'Words or phrases written in capitals for emphasis (acronyms are fine).',
    severity: 'warning',
    principle: 'Make our communications inclusive and accessible.',
    docs:
      'Words in capitals are harder to read, because every word has the same square shape. Some ' +
      'screen readers spell them out letter by letter, and readers can feel shouted at. Write the words ' +
      'in lower case. If something really matters, say so in plain words, or use bold for a few words only.\n\n' +
      'The rule leaves acronyms alone. That means those in the glossary and your settings, any the document ' +
      'explains in brackets, and short ones the rule does not know. The headings rule checks headings in ' +
      'capitals. The rule never flags words with numbers (COVID-19), Roman numerals, template gaps like [NAME] ' +
      'or code, nor a mnemonic the text spells out (“FAST: Face, Arms, Speech, Time”), nor names in a list ' +
      'beside other names (“systems such as CLIP, ICE comms, Sunrise and PAS”).',
    schema: (z) => z.strictObject({}),
    examples: {
      good: [
        { text: 'Please do not come to the surgery if you have symptoms. Call NHS 111 instead.' },
        { text: 'The integrated care board (ICB) meets in public. The ICB publishes its papers online.' },
        { text: 'You can get a COVID-19 vaccine at a pharmacy. It is OK to bring someone with you.' },
        { text: 'Read part IV of the NICE guidance and use `README` in the folder.' },
        { text: 'Think FAST: Face drooping, Arm weakness, Speech problems, Time to call 999.' },
        { text: 'You will use IT systems such as DRUM, BELL notes, Horizon and PAS.' },
      ],
      bad: [
        { text: 'Please DO NOT attend the surgery if you have symptoms.', count: 1, flags: ['DO NOT'] },
        { text: 'IMPORTANT: your appointment has moved to Tuesday.', count: 1, flags: ['IMPORTANT'] },
        { text: 'The clinic is CLOSED on bank holidays. You MUST bring your letter.', count: 2, flags: ['CLOSED', 'MUST'] },
        { text: 'PLEASE BRING YOUR RED BOOK TO EVERY APPOINTMENT.', count: 1 },
      ],
    },
  },
  async check(doc, context) {
    const acronyms = await acronymsFor(doc, context.settings);
    // Link text often copies the title of a page or paper as it stands: leave it alone.
    const links: Array<[number, number]> = [];
    eachNode(doc.mdast, 'link', (link) => {
      if (link.position) links.push([link.position.start.offset!, link.position.end.offset!]);
    });
    const inLink = (offset: number) => {
      let lo = 0;
      let hi = links.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [start, end] = links[mid]!;
        if (offset < start) hi = mid - 1;
        else if (offset >= end) lo = mid + 1;
        else return true;
      }
      return false;
    };
    for (const block of doc.blocks) {
      if (block.kind === 'heading' || !HAS_CAPS.test(block.text)) continue;
      for (const sentence of sentencesOf(block)) {
        const tokens = tokensOf(sentence);
        let run: Token[] = [];
        let runStartsSentence = false;
        // A list of names (“CLIP, ICE comms, Sunrise and PAS”) is not shouting.
        const reportRun = (run: Token[], startsSentence: boolean) => {
          const from = tokens.indexOf(run[0]!);
          const to = tokens.indexOf(run[run.length - 1]!);
          // Items of a list: one word, or words each closed by a comma (“CLIP, ICE”), never a phrase.
          const items = run.slice(0, -1).every((t) => /,$/.test(t.raw));
          const plainWords = items && run.every((t) => !SHORT_SHOUTS.has(t.core) && !CALENDAR.has(t.core));
          // One word beside a name after a comma may be a new clause (“It is CLOSED, Monday is …”):
          // it needs a second item in capitals, an “and” or “or”, or a lead-in (“such as”).
          const joined = [tokens[from - 1], tokens[to + 1]].some((t) => !!t && JOINERS.has(t.core.toLowerCase()));
          const leadIn = (i: number) => LEAD_IN.test(tokens.slice(Math.max(0, i - 3), i).map((t) => t?.raw ?? '').join(' '));
          const listLike = run.length >= 2 || joined || leadIn(from);
          if (plainWords && listLike && inNameList(tokens, from, to)) return;
          report(run, startsSentence);
        };
        const flush = () => {
          if (run.length) reportRun(run, runStartsSentence);
          run = [];
        };
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i];
          if (token && isCapsWord(token.core) && !PLACEHOLDER.test(token.raw.replace(/[.,;:!?]+$/, '')) && !inLink(token.first.position!.start.offset!)) {
            if (!run.length) runStartsSentence = i === 0;
            run.push(token);
          } else flush();
        }
        flush();
      }
    }

    function report(run: Token[], startsSentence: boolean): void {
      if (run.some((t) => DATE_PARTS.has(t.core))) return;
      // Acronyms at either end of a run are not part of the shouting ("PLEASE CALL NHS").
      let from = 0;
      let to = run.length - 1;
      const shouts = (core: string) => CALENDAR.has(core) || isShouting(core, acronyms);
      while (from <= to && !shouts(run[from]!.core)) from++;
      while (to >= from && !shouts(run[to]!.core)) to--;
      if (from > to) return;
      const words = run.slice(from, to + 1);
      const shouting = words.filter((t) => shouts(t.core));
      // A mnemonic the text spells out: “Think FAST: Face, Arms, Speech, Time”.
      if (shouting.every((t) => mnemonic(doc.text, t.first.position!.start.offset!, t.last.position!.end.offset!, t.core))) return;
      const fires =
        shouting.length >= 2 ||
        shouting.some((t) => t.core.replace(/[^A-Z]/g, '').length >= 4 || SHORT_SHOUTS.has(t.core) || CALENDAR.has(t.core));
      if (!fires) return;
      const first = words[0]!.first;
      const last = words[words.length - 1]!.last;
      const start = first.position!.start.offset!;
      const end = last.position!.end.offset!;
      const quoted = doc.text.slice(start, end);
      let plain = quoted.replace(CAPS_IN_TEXT, (w) =>
        CALENDAR.get(w) ?? (acronyms.has(w) || isRomanNumeral(w) ? w : w.toLowerCase()),
      );
      if (startsSentence && from === 0) plain = plain.charAt(0).toUpperCase() + plain.slice(1);
      context.report({
        from: first,
        to: last,
        message: `“${quoted}” is in capitals.`,
        why: 'Capitals are harder to read, and some screen readers spell them out letter by letter.',
        suggestions: [plain],
      });
    }
  },
});
