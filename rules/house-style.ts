import { defineRule } from '../src/types.js';
import type { ReportInput } from '../src/types.js';
import type { Link } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { eachNode } from './lib/mdast.js';
import data from './data/house-style.json' with { type: 'json' };
import { QuotePairs, continuesQuote, hasAsteriskNote } from './house-style/slips.js';
import { singular } from './house-style/shared.js';
import {
  buildBlockText,
  buildPreferredTerms,
  checkBlock,
  checkBold,
  checkEmphasis,
  sourceRange,
  CHECK_IDS,
  FAMILIES,
  FAMILY_OF,
  type CheckId,
  type Env,
  type FormatHit,
  type Hit,
} from './house-style/index.js';
import { matchesOf } from './lib/matches.js';
import { placesData } from './lib/places.js';
import { loadWordCase } from './lib/word-case.js';

/** The rule's options. The presets (rules/presets/*.json) set the ones where NHS and GOV.UK differ. */
interface Options {
  /** Turn single checks off: { "exclamation": false }. */
  checks: Partial<Record<CheckId, boolean>>;
  /** Preferred terms, on top of settings.terms: { "term to avoid": "what to write" }. */
  terms: Record<string, string>;
  /** Whose guide the findings link to. */
  guide: Env['guide'];
  /** "numerals": “2nd dose” (NHS). "words": first to ninth in words (GOV.UK). */
  ordinals: Env['ordinals'];
  /** "words": flag a sentence that starts with a numeral (GOV.UK). */
  startNumbers: Env['startNumbers'];
  /** In tables, allow short month names, month ranges with a dash and “2nd” (GOV.UK). */
  relaxTables: boolean;
}

type CheckInfo = { reason: string; source: string; sourceGovuk?: string };
const CHECK_INFO = data.checks as Record<string, CheckInfo>;

/** A fix that ends inside a character reference (`&amp;`) must take all of it. */
function widenFix(text: string, start: number, end: number): [number, number] {
  if (end > 0 && text[end - 1] === '&') {
    const ref = /^&(#\w{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/.exec(text.slice(end - 1, end + 40));
    if (ref) return [start, end - 1 + ref[0].length];
  }
  return [start, end];
}

export default defineRule<Options>({
  meta: {
    id: 'house-style',
    description:
      'House style: short forms, dates, times, numbers, money, punctuation and your own preferred terms.',
    severity: 'warning',
    principle: 'Apply the organisation’s brand and house style rigorously and consistently.',
    docs:
      'Checks the details of NHS house style (or GOV.UK style with the govuk preset). Then every message ' +
      'looks the same and reads well aloud.\n\n' +
      'It flags “eg”, “ie” and “etc”, the ampersand and negative contractions like “don’t” (once a page, naming each place). It flags ' +
      'times like “9.00am” or “17:00” (write 9am, 5pm, midday) and dates like “1st Jan” or “01/01/2026” ' +
      '(write 1 January 2026).\n\nIt flags dashes in ranges (write 10 to 12), years with a slash (write “2024 to 2025”, not “2024/25”), “Monday through Friday” (write Monday to Friday) and numbers over 999 without ' +
      'a comma. It flags a space before a unit (write 250mg) and NHS numbers not written as ' +
      '999 123 4567. It flags “please note”, exclamation marks, underlining, long runs of italics and ' +
      'paragraphs that are mostly bold.\n\n' +
      'It flags money, percentages and phone numbers not written the guides’ way. Write “£75” (not ' +
      '“£75.00”), “£5 million” (not “£5m”), “4 pence” (not “4p”) and “50%” (not “50 per cent” or ' +
      '“50 percent”).\n\n' +
      'It asks for fractions in words with a hyphen (“two-thirds”, not “two thirds” or “2/3 of”). File sizes ' +
      'should be in MB over 1MB and in KB under it. Write “6 hours 30 minutes” (not “6.5 hours”) and temperatures in Celsius ' +
      'only. Put one space after a full stop and between words (said once a page). Under govuk it asks for “£500,000” (not ' +
      '“£0.5 million”), “zero degrees”, sort codes with spaces (“60 70 80”), “Rt Hon” and “49 to 53 Cherry Street”.\n\n' +
      'Write “15 minutes” (not “15 mins”), “5 years” (not “5 yrs”), “2pm” (not “at 14.00”) ' +
      'and “38C” (“38°C” under govuk). It asks for “log in” (“sign in” under govuk) when “login” is ' +
      'something people do, and “self-assessment” with its hyphen. Write phone numbers with spaces, like ' +
      '01632 960123, with no brackets round the area code and no hyphens. Put “Phone:” before a number ' +
      '(“Telephone:” under govuk), not “Tel:”.\n\n' +
      'It also checks punctuation. It flags “and/or”, a slash in place of “or” (“parents/carers”) and ' +
      '“N/A”, and “(s)” in place of a plural (“document(s)”).\n\nIt flags “&” in a heading in title case between 2 ordinary words ' +
      '(“Patients & Visitors”), not in a name. It asks for quotation marks or a link round a document\'s title run into a ' +
      'sentence (“the What to expect after your operation leaflet”), and for the year after the name of an Act ' +
      '(“Care Act 2014”, not “2014 Care Act”).\n\nIt flags a compound with spaces round its hyphen (“evidence - based care”), ' +
      '“on January 6” (write 6 January) and a day with an ordinal but no month (“Monday 1st”). It flags a hyphen used as a dash (“pay - ' +
      'see”, “Essex- Provide”), a dash with a space on one side only (“RESOLVED –That”) and common compounds that need a hyphen before a noun (“long-term ' +
      'conditions”, “a 2-year course”, “evidence-based care”, “person-centred support”). It asks for “follow-up” when it is a ' +
      'thing (“your follow-up appointment”), not when it is something people do (“we will follow up with you”). ' +
      'It asks for “pre-assessment” where “pre” stands on its own (“the pre assessment visit”).\n\n' +
      'It flags a semicolon that leads in to a list or joins 2 sentences, a stray comma ' +
      'before a bracket or an ellipsis, and a space before a comma or none after it. It flags full ' +
      'stops in titles and abbreviations (“Dr.”, “N.H.S.”), and a page that mixes straight and curly ' +
      'apostrophes (once, at the fewer kind). It flags a quote that opens with a curly mark and closes with a straight one, or the other way round.\n\nIt flags 2 sentences run together with no full stop ' +
      'between them (“the email link There will be”). It flags the last sentence of a paragraph with ' +
      'no full stop when the others have one. It flags 2 sentences joined by a comma (“The clinic is ' +
      'closed, you can call us”), but not after “if”, “when” or an opening phrase like “To help us”. ' +
      'It flags an asterisk at the end of a word (“DBS*”) when the page has no note for it.\n\nUnder govuk it flags a hyphen after a word ending in ' +
      '“-ly” (“highly-skilled”). Link text of 3 words or more is often the title of another page, so ' +
      'these word checks leave it alone.\n\n' +
      'Under the nhs preset it asks for “2nd dose” in place of “second dose”. Under govuk it asks for ' +
      '“first” in place of “1st”, and flags a sentence that starts with a numeral. Words in quotation ' +
      'marks, code and web addresses are left alone. The presets set these differences as options: ' +
      'guide ("nhs" or "govuk"), ordinals ("numerals" or "words"), startNumbers ("numerals" or ' +
      '"words") and relaxTables.\n\n' +
      'It asks for the forms the guides use for a few words: “email” (not “e-mail”), “online”, ' +
      '“website” and “antenatal”, and under govuk “reuse”, “webpage” and “lunchtime”. Under nhs it asks for ' +
      '“non-drowsy”, “beta blockers”, “eye drops”, “site map”, “X-ray”, “long COVID” and “A&E”, and under govuk for “helpdesk”, “username”, ' +
      '“data set”, “co-ordinate”, “A level” and “GHz”. It asks for “NHS App”, “NHS login” and “OK” under both.\n\n' +
      'Add your own preferred terms in settings.terms or the terms option, for example ' +
      '{ "M&SE": "Mid and South Essex" }. Each finding names its check in data.check. Turn one off ' +
      'with the checks option, for example { "checks": { "exclamation": false } }.\n\n' +
      'The checks come in families. Turn a family off, or give it its own severity, with its id, like ' +
      '"house-style/times": "off".\n\n' +
      Object.entries(FAMILIES)
        .map(([family, checks]) => `- house-style/${family}: ${checks.map((c) => `“${c}”`).join(', ')}`)
        .join('\n'),
    fixable: true,
    defaultOptions: { checks: {}, terms: {}, guide: 'nhs', ordinals: 'numerals', startNumbers: 'numerals', relaxTables: false },
    families: Object.keys(FAMILIES),
    schema: (z) =>
      z.strictObject({
        checks: z.optional(z.partialRecord(z.enum(CHECK_IDS), z.boolean())),
        terms: z.optional(z.record(z.string(), z.string())),
        guide: z.optional(z.enum(['nhs', 'govuk'])),
        ordinals: z.optional(z.enum(['numerals', 'words'])),
        startNumbers: z.optional(z.enum(['numerals', 'words'])),
        relaxTables: z.optional(z.boolean()),
      }),
    examples: {
      good: [
        { text: 'The surgery is open Monday to Friday, 8am to 6:30pm. It is closed at midday on 1 January 2026.' },
        { text: 'Do not take more than 4,000mg of paracetamol in 24 hours. Go to A&E if you feel unwell.' },
        { text: 'Your NHS number is a 10 digit number, like 999 123 4567. You can find it on your NHS App.' },
        { text: 'Book your 2nd dose of the COVID-19 vaccine. It takes about 15 minutes, and you do not need to pay.' },
        { text: 'Book now! You can get your flu vaccine at a pharmacy.', options: { checks: { exclamation: false } } },
      ],
      bad: [
        {
          text: "Please don't come to the surgery, e.g. if you have a cough.",
          count: 2,
          flags: ["don't", 'e.g.'],
        },
        { text: 'The clinic is open 9.00am-5.00pm on Mon-Fri.', count: 4, flags: ['9.00am', '9.00am-5.00pm', '5.00pm', 'Mon-Fri'] },
        { text: 'Vaccinations start on the 1st of Jan. Over 12000 people have booked!', count: 3, flags: ['the 1st of Jan', 'have booked!', '12000'] },
        { text: 'Take 500 mg twice a day & drink plenty of water.', count: 2, flags: ['500 mg', '&'] },
        { text: 'Ask your GP about M&SE services.', options: { terms: { 'M&SE': 'Mid and South Essex' } }, count: 1, flags: ['M&SE'] },
      ],
    },
  },
  async check(doc, context) {
    const options = context.options ?? ({} as Options);
    const settings = context.settings ?? {};
    const guide = options.guide === 'govuk' ? 'govuk' : 'nhs';
    const checks = (options.checks ?? {}) as Record<string, unknown>;
    const enabled = (id: CheckId) => checks[id] !== false;
    const terms = buildPreferredTerms({
      ...(isTermMap(settings.terms) ? settings.terms : {}),
      ...(isTermMap(options.terms) ? options.terms : {}),
    });
    const env: Env = {
      enabled,
      guide,
      ordinals: options.ordinals === 'words' ? 'words' : 'numerals',
      startNumbers: options.startNumbers === 'words' ? 'words' : 'numerals',
      relaxTables: options.relaxTables === true,
    };
    if (terms) env.terms = terms;
    env.asteriskNote = hasAsteriskNote(doc.blocks.map((b) => b.text));
    // “Patients & Visitors”: only a heading with “&” between capitalised words needs the dictionary.
    if (enabled('ampersand') && doc.blocks.some((b) => b.kind === 'heading' && /\p{Lu}\p{Ll}+\s*&\s*\p{Lu}\p{Ll}/u.test(b.text))) {
      const wordCase = await loadWordCase().catch(() => undefined);
      if (wordCase) env.lowerOnly = (word) => wordCase.lowerOnly(word);
    }
    env.hyphened = new Set(
      matchesOf(doc.text, /(?<![\p{L}-])(\p{L}{2,}-\p{L}{2,})\s+(\p{L}{3,})/gu).map((m) => `${m[1]} ${singular(m[2]!)}`.toLowerCase()),
    );

    const sourceFor = (check: string, own?: string): string | undefined => {
      if (own) return own;
      const info = CHECK_INFO[check];
      if (!info) return undefined;
      return guide === 'govuk' && info.sourceGovuk ? info.sourceGovuk : info.source;
    };

    /** `places`: further places of the same slip that this one finding speaks for (data.places). */
    const report = (hit: Hit | FormatHit, start: number, end: number, fix?: [number, number, string], places?: Array<[number, number]>) => {
      const input: ReportInput = {
        span: { start: doc.pointAt(start), end: doc.pointAt(end) },
        message: hit.message,
        why: ('why' in hit && hit.why) || CHECK_INFO[hit.check]?.reason || '',
        suggestions: hit.suggestions,
        data: {
          check: hit.check,
          source: sourceFor(hit.check, 'sourceUrl' in hit ? hit.sourceUrl : undefined),
          ...(places && places.length > 1 ? { places: placesData(doc.text, doc.pointAt, places) } : {}),
        },
        family: FAMILY_OF[hit.check],
      };
      if (hit.severity) input.severity = hit.severity;
      if (fix) input.fix = { range: [fix[0], fix[1]], text: fix[2] };
      context.report(input);
    };

    type Marks = { count: number; at: number; end: number; word: string };
    const apostrophes: [Marks, Marks] = [{ count: 0, at: -1, end: -1, word: '' }, { count: 0, at: -1, end: -1, word: '' }];
    // 2 spaces after a full stop or between words: one finding per page, on the first, with the count of the rest.
    const doubleSpaces = { count: 0, inside: 0, at: -1, end: -1, places: [] as Array<[number, number]> };
    let contractionCount = 0;
    let firstContraction: { hit: Hit; start: number; end: number; count: number; places: Array<[number, number]>; fix?: [number, number, string] } | undefined;

    /**
     * Link text of 3 words or more is most often the title of another page (“Work towards solving a
     * whole problem”): its style is fixed on that page, so the word checks leave it alone.
     */
    const titleLinks: Array<[number, number]> = [];
    eachNode(doc.mdast, 'link', (link: Link) => {
      const s = link.position?.start.offset;
      const e = link.position?.end.offset;
      if (s !== undefined && e !== undefined && mdastToString(link).trim().split(/\s+/).length >= 3) titleLinks.push([s, e]);
    });
    const inTitleLink = (start: number, end: number) => titleLinks.some(([a, b]) => a <= start && end <= b);

    /** Source ranges of words in quotation marks: formatting inside a quoted example is left alone. */
    const quotedRanges: Array<[number, number]> = [];
    // Does the page end its paragraphs with full stops? Then a long one-sentence paragraph with
    // none is a slip (full-stops check), not a page of labels. A teaser cut off with an ellipsis
    // (“…people with dementia,... More”) does not count.
    const endings = doc.blocks
      .filter((b) => b.kind === 'paragraph' && !b.inList && !b.inTable && b.text.trim().split(/\s+/).length >= 8)
      .filter((b) => !/(?:…|\.\.\.)\s*(?:\p{L}+\s*){0,2}$/u.test(b.text))
      .map((b) => /[.!?:)”"’]\s*$/.test(b.text));
    env.stopsElsewhere = endings.length >= 3 && endings.filter((e) => e).length >= endings.length - 1;
    let prev: (typeof doc.blocks)[number] | undefined;
    const quotePairs = new QuotePairs();
    for (const block of doc.blocks) {
      const text = buildBlockText(block, doc.text);
      env.sectionHeading = doc.sections[block.section]?.heading;
      const blockEnd = block.node.position?.end.offset;
      // The block before, when it is a paragraph with no full stop (a title or a card's label), or
      // one that ends with a colon (“More information can be found here:”): the block is what it
      // leads in to, like a link to another page, not a sentence. An image just before the block,
      // or a block all in italics or bold, is a caption.
      const blockStart = block.node.position?.start.offset ?? 0;
      env.afterUnstopped =
        (prev !== undefined && prev.kind === 'paragraph' && !/[.!?]\s*$/.test(prev.text)) ||
        /!\[[^\]]*\]\([^)]*\)\s*$/.test(doc.text.slice(Math.max(0, blockStart - 300), blockStart)) ||
        (blockEnd !== undefined && /^[*_]/.test(doc.text[blockStart] ?? '') && doc.text.slice(blockStart, blockEnd).trimEnd().endsWith(doc.text[blockStart]!));
      prev = block;
      env.nextOpensQuote = blockEnd !== undefined && continuesQuote(doc.text.slice(blockEnd, blockEnd + 2000));
      env.beforeList = blockEnd !== undefined && /^[ \t]*\r?\n\s*(?:[-*+•]|\d+[.)])[ \t]/.test(doc.text.slice(blockEnd, blockEnd + 200));
      for (let i = 0; i < text.quoted.length; i++) {
        if (!text.quoted[i]) continue;
        let j = i;
        while (j + 1 < text.quoted.length && text.quoted[j + 1]) j++;
        quotedRanges.push([text.starts[i]!, text.ends[j]!]);
        i = j;
      }
      if (enabled('quotes')) quotePairs.block(text, block.kind === 'heading');
      const blockHits = checkBlock(text, env);
      if (enabled('spacing') && !block.inTable && text.text.includes('  ')) {
        for (const m of matchesOf(text.text, /(?<=\p{Ll}{2}[.?!][”"’)]?)[ \t]{2,3}(?=[“"‘(]?\p{Lu})|(?<=[\p{L}\p{N}][,)]?) {2,3}(?=\(?[\p{L}\p{N}])/gu)) {
          // The spaces must be there in the draft, not left where inline HTML was taken out.
          const [from, to] = sourceRange(text, m.index, m.index + m[0].length);
          if (!/^[ \t]{2,3}$/.test(doc.text.slice(from, to))) continue;
          // A missing full stop before the spaces (“the manager  There will”) is that check's finding: its fix mends both.
          if (blockHits.some((h) => h.check === 'full-stops' && h.from <= m.index && m.index < h.to)) continue;
          // 2 spaces between words in a sentence (“the NHS Act  2006”), not after a full stop
          if (!/[.?!][”"’)]?$/u.test(text.text.slice(Math.max(0, m.index - 2), m.index))) doubleSpaces.inside++;
          if (doubleSpaces.count++ === 0) [doubleSpaces.at, doubleSpaces.end] = [from, to];
          doubleSpaces.places.push([from, to]);
        }
      }
      if (enabled('apostrophes') && !(env.sectionHeading && /apostrophe|punctuation/i.test(env.sectionHeading))) {
        for (const m of matchesOf(text.text, /(?<=\p{L})(['’])(?=\p{L})/gu)) {
          if (text.quoted[m.index]) continue;
          // A negative contraction is written in full once fixed: its apostrophe goes.
          if (blockHits.some((h) => h.check === 'contractions' && h.from <= m.index && m.index < h.to)) continue;
          // In a name (“Citizen’s Advice Bureau”, “St John’s Hospital”) the apostrophe is the name’s
          // own, often pasted from the organisation’s page: it does not show the writer’s habit.
          if (inName(text.text, m.index)) continue;
          const kind: 0 | 1 = m[1] === "'" ? 0 : 1;
          apostrophes[kind].count++;
          if (apostrophes[kind].at < 0) {
            const word = /[\p{L}'’]+$/u.exec(text.text.slice(0, m.index))![0].length;
            const after = /^['’][\p{L}]+/u.exec(text.text.slice(m.index))![0].length;
            [apostrophes[kind].at, apostrophes[kind].end] = sourceRange(text, m.index - word, m.index + after);
            apostrophes[kind].word = text.text.slice(m.index - word, m.index + after);
          }
        }
      }
      for (const hit of blockHits) {
        const [start, end] = sourceRange(text, hit.from, hit.to);
        // A file's details in brackets (“(PDF, 2.4Mb)”) are the writer's own, not the other page's title.
        if (inTitleLink(start, end) && !(hit.check === 'units' && /\([^()]*$/.test(doc.text.slice(Math.max(0, start - 30), start)))) continue;
        // Negative contractions: one finding per document, on the first, with the count of the
        // rest, so a page that uses them throughout is one clear message, not dozens.
        if (hit.check === 'contractions' && contractionCount++ > 0) {
          if (firstContraction) {
            firstContraction.count++;
            firstContraction.places.push([start, end]);
          }
          continue;
        }
        let fix: [number, number, string] | undefined;
        if (hit.fix) {
          const [fs, fe] = hit.fix.from === hit.fix.to
            ? [text.starts[hit.fix.from] ?? 0, text.starts[hit.fix.from] ?? 0]
            : sourceRange(text, hit.fix.from, hit.fix.to);
          const [ws, we] = widenFix(doc.text, fs, fe);
          fix = [ws, we, hit.fix.text];
        }
        if (hit.check === 'contractions') firstContraction = { hit, start, end, count: 1, places: [[start, end]], ...(fix ? { fix } : {}) };
        else report(hit, start, end, fix);
      }
    }
    if (firstContraction) {
      const { hit, start, end, count, fix, places } = firstContraction;
      if (count > 1) hit.message += ` This page has ${count} negative contractions: write each in full.`;
      report(hit, start, end, fix, places);
    }

    if (doubleSpaces.count) {
      const { at, end, count, inside, places } = doubleSpaces;
      report(
        {
          check: 'spacing',
          from: at,
          to: end,
          message: inside
            ? `Use one space between words and after a full stop, not 2.${count > 1 ? ` This page has 2 spaces in ${count} places.` : ''}`
            : `Use one space after a full stop, not 2.${count > 1 ? ` This page has 2 spaces after ${count} sentences.` : ''}`,
          why: 'One space after a full stop is the standard. A second space makes uneven gaps, and can start a line with a space.',
          suggestions: [' '],
          severity: 'suggestion',
          ...(guide === 'govuk' ? { sourceUrl: 'https://www.gov.uk/guidance/style-guide/a-to-z#spaces' } : {}),
        },
        at,
        end,
        count === 1 ? [at, end, ' '] : undefined,
        places,
      );
    }

    // A quote that opens with one kind of mark and closes with the other.
    for (const h of quotePairs.hits) {
      const [open, close] = h.opensCurly ? ['“', '"'] : ['"', '”'];
      report(
        {
          check: 'quotes',
          from: h.start,
          to: h.end,
          message: `This quote opens with a ${h.opensCurly ? 'curly' : 'straight'} mark (${open}) and closes with a ${h.opensCurly ? 'straight' : 'curly'} one (${close}). Close it with ${h.right} to match.`,
          why: 'Quotation marks of 2 kinds look careless, and some screen readers read them differently.',
          suggestions: [h.right],
          severity: 'suggestion',
        },
        h.start,
        h.end,
        [h.start, h.end, h.right],
      );
    }

    // Straight and curly apostrophes in one page: say it once, at the first of the fewer kind.
    if (apostrophes[0].count && apostrophes[1].count) {
      const fewer: 0 | 1 = apostrophes[0].count <= apostrophes[1].count ? 0 : 1;
      const other: 0 | 1 = fewer === 0 ? 1 : 0;
      const mark = (k: number) => (k === 0 ? "'" : '’');
      const name = (k: number) => (k === 0 ? 'straight' : 'curly');
      const a = apostrophes[fewer];
      report(
        {
          check: 'apostrophes',
          from: a.at,
          to: a.end,
          message: `This page uses ${name(other)} apostrophes (${mark(other)}) in ${apostrophes[other].count} ${apostrophes[other].count === 1 ? 'place' : 'places'} and ${name(fewer)} ones (${mark(fewer)}) in ${a.count}, like “${a.word}”. Use one kind every time.`,
          suggestions: [a.word.replace(/['’]/g, mark(other))],
          severity: 'suggestion',
        },
        a.at,
        a.end,
      );
    }

    const formatHits: FormatHit[] = [];
    if (enabled('underline') || enabled('italics')) {
      checkEmphasis(doc.mdast, { underline: enabled('underline'), italics: enabled('italics') }, formatHits);
    }
    if (enabled('bold')) checkBold(doc.blocks, formatHits);
    for (const hit of formatHits) {
      if (quotedRanges.some(([a, b]) => a <= hit.from && hit.to <= b + 1)) continue;
      report(hit, hit.from, hit.to);
    }
  },
});

function isTermMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The apostrophe at `i` is in a capitalised word that runs on into another one: a name. */
function inName(text: string, i: number): boolean {
  const word = /[\p{L}'’]+$/u.exec(text.slice(0, i))?.[0] ?? '';
  if (!/^\p{Lu}/u.test(word) || word === 'I') return false;
  return /^['’]\p{L}*\s+(?:(?:of|and|for|the)\s+)?\p{Lu}/u.test(text.slice(i));
}

