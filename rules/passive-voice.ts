import { defineRule, type Block, type LintDocument, type RuleContext } from '../src/types.js';
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { sentencesOf } from './lib/words.js';
import { activeWithAgent, findPassives, isReaderPassive, passiveWeight, type PassiveMatch } from './lib/passive.js';
import { markQuotes } from './lib/mentions.js';
import { quote } from './lib/terms.js';

type Options = { maxShare: number; minPerParagraph: number; each: boolean };

/** One passive sentence: its first passive verb, and how much it counts (lib/passive.ts passiveWeight). */
interface Place {
  match: PassiveMatch;
  weight: number;
  block: Block;
  /** The passive words as written, with a little word that belongs to the verb: “will be rolled out”. */
  phrase: string;
  start: number;
  end: number;
  /** Every passive verb of the sentence that counts, this one among them, in order. */
  all: Place[];
}

/** A page needs this much passive (2 strong sentences, or 1 strong and 1 other) to be a habit. */
const PAGE_SCORE = 1.5;
/** A section of a page needs this much, and 1 sentence in 4. */
const SECTION_SCORE = 2;
const SECTION_SHARE = 0.25;

export default defineRule<Options>({
  meta: {
    id: 'passive-voice',
    description: 'Sentences in the passive voice (“your results will be sent”, “surveys were issued”), where an active sentence would be clearer.',
    severity: 'suggestion',
    principle: 'Write in plain, accessible and inclusive language, in short sentences, which are free from jargon and acronyms.',
    docs:
      'A sentence in the passive voice can hide who does what: “your results will be sent” does not ' +
      'say who sends them. “We will send your results” is clearer and friendlier.\n\n' +
      'It finds a form of “be” or “get” followed by a past participle: “were issued”, “is hoped”, ' +
      '“can be accessed”, “you are given a leaflet”, “who are deemed unsuitable”, and a participle ' +
      'that names who does it with “by” (“information considered by the board”). Words that look like ' +
      'participles but work as adjectives are left alone: “we are committed to”, “the clinic is based ' +
      'in”, “are interested in”, “is closed”. So are a participle followed by a noun (“these are trained ' +
      'nurses”), words in quotation marks, and “please be advised” (house-style names that).\n\n' +
      'The passive voice is sometimes the right choice, so this is a suggestion, and it speaks once for ' +
      'many sentences. Where the passive is a habit on a page, one finding names every passive sentence ' +
      'on it. It counts most where the hidden doer matters: the reader or a person as the subject ' +
      '(“you may be asked”), a promise (“will be rolled out”), “it was agreed that”, or a doer named ' +
      'after “by”.\n\nA sentence about how a page looks or what it shows (“links are underlined”, “the page has been ' +
      'updated”) does not count, nor does “will be used”. Nor does a participle on its own (“a limit placed on your ' +
      'budget”). But once the passive is a habit, the finding names them too.\n\n' +
      'A page has a habit when its passive verbs add up to 2 strong ones (or 1 strong ' +
      'and 1 other). There must also be at least 1 passive verb for every 10 sentences (option maxShare, 0.1). Otherwise a section ' +
      'with a passive habit of its own gets one finding, and so does a paragraph with 3 or more passive ' +
      'sentences (option minPerParagraph). A sentence that tells readers what will happen to them ' +
      '(“you will be contacted”, “your GP may be told”, “you can be referred”) is always named, unless it says who will do it. So is an appeal that hides who makes it (“smokers are being urged to quit”).\n\nSet the option each to true ' +
      'to name every passive sentence in a finding of its own.',
    defaultOptions: { maxShare: 0.1, minPerParagraph: 3, each: false },
    schema: (z) =>
      z.strictObject({
        maxShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
        minPerParagraph: z.optional(z.int().check(z.gte(1))),
        each: z.optional(z.boolean()),
      }),
    examples: {
      good: [
        { text: 'We will send your results to your GP. Your GP will call you if you need to come in.' },
        { text: 'We are committed to better care. The service is based in Harlow and we are interested in your views.' },
        { text: 'These are trained nurses. The clinic is closed on Sundays.' },
        { text: 'The new surgery is made up of 3 floors.' },
        { text: 'Links are underlined. The page was updated in May. Use the form to tell us what you think.' },
      ],
      bad: [
        {
          text: 'Four surveys were issued in May.\n\nIt is hoped that more people reply.\n\nYour records can be accessed online.',
          count: 1,
          flags: ['were issued'],
        },
        {
          text: 'We opened the clinic in May. You will be contacted by phone. You can book by phone. We are open every day.',
          count: 1,
          flags: ['will be contacted'],
        },
        {
          text: 'We opened the clinic in May. Records can be accessed online. You can book by phone. We are open every day.',
          options: { each: true },
          count: 1,
          flags: ['can be accessed'],
        },
      ],
    },
  },
  check(doc, context) {
    const maxShare = Number(context.options?.maxShare ?? 0.1);
    const minPerParagraph = Math.max(1, Number(context.options?.minPerParagraph) || 3);
    const each = context.options?.each === true;
    // Worked out only for a page with a passive verb in it.
    let marks: Uint8Array | undefined;
    const quoted = (start: number, end: number) => {
      marks ??= markQuotes(doc.text);
      return marks[start] === 1 && marks[end - 1] === 1;
    };
    const places: Place[] = [];
    const asking: Place[] = [];
    const sectionSentences = new Map<number, number>();
    let sentences = 0;
    for (const block of doc.blocks) {
      // A heading or a table cell is not counted, but a habit's finding names its passive
      // (“What your budget can be used for”), as an editor would.
      const aside = block.kind === 'heading' || block.kind === 'tableCell';
      if (aside && each) continue;
      for (const sentence of sentencesOf(block)) {
        if (!aside) {
          sentences++;
          sectionSentences.set(block.section, (sectionSentences.get(block.section) ?? 0) + 1);
        }
        const place = placeOf(doc, block, sentence, quoted);
        if (!place) continue;
        if (aside) {
          // a heading that asks what will be done to the reader (“How much will I be paid?”) is still named
          if (isReaderPassive(place.match) && place.weight > 0) asking.push(place);
          place.all.forEach((p) => (p.weight = 0));
        }
        places.push(place);
      }
    }
    if (each) {
      for (const p of places) reportOne(context, p);
      return;
    }
    const counted = places.filter((p) => p.weight > 0);
    // Passive sentences that count for nothing (“the form has been submitted”): they do not make a
    // habit, but once the passive is a habit they are part of it, so its finding names them too.
    const quiet = places.filter((p) => p.weight === 0);
    const withQuiet = (list: Place[], keep: (p: Place) => boolean) =>
      [...list, ...quiet.filter(keep)].sort((a, b) => a.all[0]!.start - b.all[0]!.start);
    // Every passive verb counts: a sentence with 2 (“who’s offered a place is asked to”) counts twice,
    // in the score and in the share.
    const score = (list: Place[]) => list.reduce((n, p) => n + p.all.reduce((m, q) => m + q.weight, 0), 0);
    const verbs = counted.reduce((n, p) => n + p.all.filter((q) => q.weight > 0).length, 0);
    if (counted.length >= 2 && score(counted) >= PAGE_SCORE && verbs >= sentences * maxShare) {
      reportGroup(context, withQuiet(counted, () => true), { scope: 'page', sentences });
      return;
    }
    const named = new Set<Place>();
    for (const section of doc.sections) {
      const list = counted.filter((p) => p.block.section === section.index);
      const total = sectionSentences.get(section.index) ?? 0;
      if (list.length < 2 || score(list) < SECTION_SCORE || list.length < total * SECTION_SHARE) continue;
      const all = withQuiet(list, (p) => p.block.section === section.index);
      reportGroup(context, all, { scope: 'section', sentences: total, section: section.index, heading: section.heading, node: section.node });
      all.forEach((p) => named.add(p));
    }
    const byBlock = new Map<Block, Place[]>();
    for (const p of counted) {
      if (named.has(p)) continue;
      byBlock.set(p.block, [...(byBlock.get(p.block) ?? []), p]);
    }
    for (const list of byBlock.values()) {
      if (list.length < minPerParagraph) continue;
      if (list.length === 1) reportOne(context, list[0]!);
      else reportGroup(context, withQuiet(list, (p) => p.block === list[0]!.block && !named.has(p)), { scope: 'paragraph', sentences: sentencesOf(list[0]!.block).length });
      list.forEach((p) => named.add(p));
    }
    // Sentences that tell the reader what will be done to them: each is named, several in one finding.
    const reader = [...counted, ...asking]
      .filter((p) => !named.has(p) && isReaderPassive(p.match))
      .sort((a, b) => a.all[0]!.start - b.all[0]!.start);
    if (reader.length === 1) reportOne(context, reader[0]!);
    else if (reader.length > 1) reportGroup(context, reader, { scope: 'reader', sentences });
    // “Smokers are being urged to quit”: an appeal that hides who makes it is named on its own.
    for (const p of counted) {
      if (!named.has(p) && !isReaderPassive(p.match) && p.all.some((q) => q.match.appeal && !q.match.agent)) reportOne(context, p);
    }
  },
});

/** The sentence's passive that counts most, or undefined when it has none worth naming. */
function placeOf(
  doc: LintDocument,
  block: Block,
  sentence: Sentence,
  quoted: (start: number, end: number) => boolean,
): Place | undefined {
  let best: Place | undefined;
  const all: Place[] = [];
  for (const match of findPassives(sentence)) {
    const start = match.first.position!.start.offset!;
    const end = match.participle.position!.end.offset!;
    // Words in quotation marks are someone's own words, or an example of what not to write.
    if (quoted(start, end)) continue;
    // “Please be advised that”: house-style names it.
    if (match.lead === 'be' && match.subject === 'please') continue;
    const weight = passiveWeight(match);
    let phrase = doc.text.slice(start, end).replace(/\s+/g, ' ');
    if (match.particle) phrase += ` ${match.particle}`;
    const place: Place = { match, weight, block, phrase, start, end, all };
    all.push(place);
    if (!best || weight > best.weight) best = place;
  }
  all.sort((a, b) => a.start - b.start);
  return best;
}

/** The words a writer can use instead: “we will roll out”, “a clinician looks at”. */
function activeOf(p: Place): string | undefined {
  return activeWithAgent(p.match) ?? p.match.active;
}

function rewrite(p: Place): string {
  const active = activeOf(p);
  const negated = /\b(not|never|cannot)\b|n['’]t\b/i.test(p.phrase);
  return active ? `“${active} …” in place of ${quote(p.phrase)}${negated ? ', keeping the “not”' : ''}` : '';
}

const WHY = 'Active sentences say who does what, so they are easier to follow and sound friendlier.';

function reportOne(context: RuleContext, p: Place): void {
  const active = rewrite(p);
  const who = p.match.agent ? `Start with who does it: ` : `Say who does it: `;
  context.report({
    from: p.match.first,
    to: p.match.participle,
    message: `${quote(p.phrase)} is in the passive voice: it does not say who does it.`,
    why: WHY,
    suggestions: [active ? `${who}${active}.` : 'Say who does it, like “we will send your results” in place of “your results will be sent”.'],
    data: dataOf(p),
  });
}

function dataOf(p: Place): Record<string, unknown> {
  const phrase = p.match.kind === 'reduced' ? p.phrase : `${p.match.lead} ${toString(p.match.participle)}`;
  const active = activeOf(p);
  return { phrase: phrase.toLowerCase(), ...(active ? { active } : {}) };
}

interface Scope {
  scope: 'page' | 'section' | 'paragraph' | 'reader';
  /** How many sentences the page, section or paragraph has. */
  sentences: number;
  section?: number;
  heading?: string;
  node?: Block['node'];
}

/**
 * One finding for many passive sentences. It names each of them in its message and lists them
 * in `data.places`. A page's finding stands on its first passive and has `data.section: null`
 * (the whole page, as readability's reading age); a section's stands on its heading.
 */
function reportGroup(context: RuleContext, sentences: Place[], scope: Scope): void {
  // Every passive verb of each sentence, so a sentence with 2 has both named.
  const list = sentences.flatMap((p) => p.all);
  const phrases = list.map((p) => quote(p.phrase));
  const where =
    scope.scope === 'page' || scope.scope === 'reader'
      ? 'on this page'
      : scope.scope === 'section'
        ? scope.heading
          ? `under ${quote(shorten(scope.heading))}`
          : 'in the opening part'
        : 'in this paragraph';
  // The clearest rewrites first: those that name the doer the sentence gives, then the reader's.
  const rank = (p: Place) => (p.weight === 0 ? 4 : activeWithAgent(p.match) ? 0 : p.match.reader ? 1 : p.weight === 1 ? 2 : 3);
  const rewrites = list
    .filter((p) => activeOf(p))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, 2)
    .map(rewrite);
  const suggestion = rewrites.length
    ? `Say who does it: ${rewrites.join(', and ')}.`
    : 'Say who does it, like “we will send your results” in place of “your results will be sent”.';
  const onHeading = scope.scope === 'section' && scope.heading !== undefined && scope.node;
  const first = list[0]!;
  // a heading or a table cell it names is not one of the sentences counted
  const passive = scope.scope === 'reader' ? sentences.length : sentences.filter((p) => p.block.kind !== 'heading' && p.block.kind !== 'tableCell').length;
  context.report({
    ...(onHeading ? { node: scope.node } : { from: first.match.first, to: first.match.participle }),
    message:
      scope.scope === 'reader'
        ? `${passive} sentences ${where} tell readers what will be done to them, but not who will do it: ${joinAnd(phrases)}.`
        : `${passive} of ${scope.sentences} sentences ${where} are in the passive voice, which hides who does what: ${joinAnd(phrases)}.`,
    why: `${WHY} One passive sentence is often fine, but here it is a habit.`,
    suggestions: [suggestion],
    data: {
      ...dataOf(first),
      passive,
      sentences: scope.sentences,
      // A page's or a section's finding is about all of it; a paragraph's or the reader's only about the words it names.
      ...(scope.scope === 'page' ? { section: null } : scope.scope === 'section' ? { section: scope.section } : {}),
      places: list.map((p) => {
        const point = p.match.first.position!.start;
        const active = activeOf(p);
        return { phrase: p.phrase, offset: p.start, endOffset: p.end, line: point.line, column: point.column, ...(active ? { active } : {}) };
      }),
    },
  });
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? flat.slice(0, 59).trimEnd() + '…' : flat;
}
