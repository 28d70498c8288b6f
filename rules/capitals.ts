import { defineRule } from '../src/types.js';
import { eachNode } from './lib/mdast.js';
import { overlaps } from './lib/terms.js';
import { markQuotes, quotedRanges } from './lib/mentions.js';
import { introducedNames } from './lib/names.js';
import { tokensOf, type Token } from './lib/tokens.js';
import { isMedicalNoun, keptName, loadWordCase, type WordCase } from './lib/word-case.js';
import { answerLabel, fileTitle, listLabel, quoteOverLines, sentenceCell, titleLike } from './lib/capital-context.js';
import {
  CLAUSE,
  COMMON,
  capitalCompound,
  CONDITIONS,
  DETERMINERS,
  FUNCTION,
  FUNCTION_OR_VERB,
  GENERIC,
  JOB_TITLES,
  JOINERS,
  WHEN,
  SMALL,
  VERBS,
  base,
  isCap,
  isLowerWord,
  isPlural,
  isWord,
  startsUpper,
} from './lib/capital-words.js';
import { bracketNames, definedShortName, namesFollow, nextToName } from './lib/capital-names.js';
import { guideTerm, type GuideTerm } from './lib/guide-lower.js';
import { ROLE_ACRONYM, ROLES, SERVICES, listLead, roleOrService, serviceBefore } from './lib/capital-roles.js';
import { capitalMessage, type Kind } from './lib/capital-messages.js';
import { wider } from './lib/capital-wider.js';
import { afterQuantity, endsCounted, nounAfter } from './lib/capital-quantity.js';
import { pageForms } from './lib/capital-page.js';
import { keptNameHeads } from './lib/capital-kept-heads.js';

const QUOTE_TITLE_WORDS = 12;
/** Nouns that stay in lower case after an acronym: “the HR team”, “the A&E department”. */
const TEAMS = new Set(['team', 'teams', 'department', 'departments']);

/** A finding waiting to be reported. */
interface Pending {
  words: Token[];
  kind: Kind;
  /** For a term the guides write in lower case: which guide, and its form. */
  guide?: GuideTerm;
  /** The term starts a sentence: its first word keeps its capital (“Free school meals can …”). */
  opening?: boolean;
}

export default defineRule({
  meta: {
    id: 'capitals',
    description: 'Capital letters on common nouns and generic job titles in running text (“our Engagement Team”, “the Board”), and one term written in several ways (“Wi-Fi”, “wifi”).',
    severity: 'suggestion',
    fixable: true,
    principle: 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.',
    schema: (z) => z.strictObject({}),
    docs:
      'NHS and GOV.UK style use lower case for common nouns and job titles: “the board”, “our team”. ' +
      'Capitals are for names, like “Anytown Integrated Care Board”. ' +
      'Capitals in the middle of a sentence make ordinary words look like names.\n\n' +
      'The rule flags capitals after words like “the” and “our” (“the Panel”). ' +
      'It flags them when a word makes them general (“every Integrated Care Board”), and in the plural. ' +
      'It flags them before another noun (“a Board meeting”), and on a verb after “to” (“to Improve care”).\n\n' +
      'It flags general job titles and hospital services after “the”, “our” or “a” (“the District Nurse”, “the Radiology Department”), and each word of a list after them (“your GP or Consultant”). It flags a kind of thing after “a new” or a number (“a new Learning Space”, “one Governor”), and “Section 4” when the page also writes “section 2” (GOV.UK style: always).\n\n' +
      'It flags terms that the NHS A to Z or the GOV.UK A to Z writes in lower case, however long (“the Integrated Care System”, “a Walk-In Centre”). ' +
      'The full name of one keeps its capitals: “NHS Anytown Integrated Care Board”.\n\n' +
      'Seasons, bank holidays, conditions and the general names of medicines are in lower case too (“this Summer”, “closed on Bank Holidays”, “people with Diabetes”, “take Paracetamol”). ' +
      'A condition’s name of several words is flagged too (“the risk of Sudden Infant Death Syndrome”), but not on the checker page, which has no dictionary. A person’s or a place’s name in it keeps its capital: “Alzheimer’s disease”, “Lyme disease”. ' +
      'Days and months take a capital, as names: it flags “on monday” and “in january” (not “may”, “march” or “august”, which are everyday words too).\n\nPlaces take a capital too: it flags “across sheffield” and “Location: sheffield”, but not on the checker page, which has no dictionary. Units of time do not: it flags “30 Hours per Week”.\n\n' +
      'The spell checker’s dictionary says which words are only in lower case, like “colonoscopy”. ' +
      'Such a word is flagged after “a” (“A Colonoscopy is a test”), before “team” (“the Endoscopy team”) and in a plural in a list with a plural in lower case (“schools and Youth Clubs”).\n\n' +
      'It leaves names alone. That means a longer name (“the Department of Health”), or a name of 3 words after “the” that the guides do not list. ' +
      'It also means a job title next to a person’s name, and a name the text introduces. ' +
      'Titles are left alone too: bold or italic words, short quotes, link text, headings in title case and tables (not a cell that is a sentence). ' +
      'So is a plural that names the titles after it (“the Strategies, Start Well and Live Well”).\n\n' +
      'When a page writes the same words with capitals again and again (“the Trust”), ' +
      'it flags each place. The report shows them as one item, with how many times and where.\n\n' +
      'It also says when one term is written in several ways in one document, like “Wi-Fi” and “wifi”, at each place to change. The last word of a name counts too: “the Safe Travel Scheme” and “the Safe Travel scheme”. ' +
      'So does a product’s name with a capital inside it: on a page with “eConsult” and “an Econsult form”, it asks for “eConsult” each time. ' +
      'It names the form the guide uses: the NHS writes “Wi-Fi”, GOV.UK writes “wifi”.',
    examples: {
      good: [
        { text: 'Our engagement team works with the board. Mid and South Essex NHS Foundation Trust runs 3 hospitals.' },
        { text: 'We met the Department of Health and the Health and Wellbeing Board of Essex.' },
        { text: 'The surgery has free Wi-Fi. Ask at reception for the Wi-Fi code.' },
        { text: 'Jane Smith, Chief Executive, opened the clinic.' },
        { text: 'Join a Teams meeting, or apply for a Blue Badge.' },
        { text: 'NHS Anytown Integrated Care Board plans care for the integrated care system.' },
      ],
      bad: [
        { text: 'Our Engagement Team will contact you.', count: 1, flags: ['Engagement Team'] },
        { text: 'Papers for the Board are online. The Panel will meet in May.', count: 2, flags: ['Board', 'Panel'] },
        { text: 'Every Integrated Care Board has a plan.', count: 1, flags: ['Integrated Care Board'] },
        { text: 'The clinic has Wi-Fi. Ask for the wifi code.', count: 1, flags: ['wifi'] },
        { text: 'A Colonoscopy is a test. We will open this Summer.', count: 2, flags: ['Colonoscopy', 'Summer'] },
        { text: 'Partners across the Integrated Care System agree.', count: 1, flags: ['Integrated Care System'] },
      ],
    },
  },
  async check(doc, context) {
    // The dictionary's capitals (shared with the spelling rule), only for a page with a capital mid-sentence.
    // The checker page has no dictionary: there the rule goes on without it.
    const wordCase: WordCase | undefined = doc.blocks.some((b) => /\S\s+\p{Lu}\p{Ll}/u.test(b.text))
      ? await loadWordCase().catch(() => undefined)
      : undefined;
    const skip = [...quotedRanges(doc)];
    eachNode(doc.mdast, 'link', (link) => {
      if (link.position) skip.push([link.position.start.offset!, link.position.end.offset!]);
    });
    // Words in bold or italics are often a title or a label: “read *The Care Plan*”.
    for (const type of ['emphasis', 'strong'] as const) {
      eachNode(doc.mdast, type, (node) => {
        if (node.position) skip.push([node.position.start.offset!, node.position.end.offset!]);
      });
    }
    skip.sort((a, b) => a[0] - b[0]);
    const names = introducedNames(doc);
    let quoted: Uint8Array | undefined;
    /** Findings to report once every block is read; short names (“the Trust”) by how they are written. */
    const deferred: Pending[] = [];
    const reported: Array<[number, number]> = [];
    let defined: Set<string> | undefined;

    for (const block of doc.blocks) {
      // A table holds labels and titles; a cell that is a sentence of 6 words or more is checked like text.
      if ((block.kind === 'tableCell' || block.inTable) && !sentenceCell(block.text)) continue;
      if (!/\S\s+\p{Lu}\p{Ll}/u.test(block.text)) continue;
      // A heading in sentence case: only a capital that cannot be a name (“What is a Colonoscopy?”).
      const heading = block.kind === 'heading';
      const tokens = tokensOf(block);
      let from = 0;
      while (from < tokens.length) {
        let to = from;
        while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
        if (!titleLike(tokens, from, to, heading)) sentence(tokens, from, to, heading);
        from = to;
      }
    }

    for (const p of deferred) report(p.words, p.kind, p.guide, p.opening);

    // The checks on the whole page: one term in 2 forms, parts of acts, slips, days and months, guide forms.
    pageForms(doc, context, { skip, reported, wordCase, names, defined: () => (defined ??= bracketNames(doc.text)) });

    /** Capitalised common nouns in one sentence: tokens[from, to). */
    function sentence(tokens: Token[], from: number, to: number, heading: boolean): void {
      for (let i = from; i < to; i++) {
        if (!isCap(tokens[i])) continue;
        // The run of capitalised words, with “and” between them: “Health and Wellbeing Boards”.
        const run: number[] = [];
        let j = i;
        while (j < to) {
          const t = tokens[j]!;
          if (isCap(t)) {
            run.push(j);
            // A possessive ends the noun: “the Government’s Plan for Change” is “Government’s” and a name.
            if (/['’]s$/.test(t.raw) && isCap(tokens[j + 1])) {
              j++;
              break;
            }
          } else if (!(run.length && (t.lower === 'and' || t.raw === '&') && isCap(tokens[j + 1]) && j + 1 < to)) break;
          j++;
        }
        const next = j;
        i = j;
        const one = tokens[run[0]!]!; // “Council-run day centres”
        if (!heading && run.length === 1 && capitalCompound(one, tokens[run[0]! - 1]) && run[0]! > from && !overlaps(skip, one.start, one.end)) {
          if (!inShortQuote(one.start, one.end)) deferred.push({ words: [one], kind: 'common' });
          continue;
        }
        // “the Healthy Start Programme”: a kept name, then a general word with a capital.
        const heads = heading ? undefined : keptNameHeads(tokens, run);
        if (heads) {
          const all = heads.map((k) => tokens[k]!);
          const start = all[0]!.start;
          const end = all[all.length - 1]!.end;
          if (!overlaps(skip, start, end) && !inShortQuote(start, end)) deferred.push({ words: all, kind: 'common' });
          continue;
        }
        judge(tokens, from, to, run, next, heading);
      }
    }

    function judge(tokens: Token[], from: number, to: number, run: number[], next: number, heading: boolean): void {
      const first = run[0]!;
      const prev = first > from ? tokens[first - 1] : undefined;
      let words = run;
      let lead: 'det' | 'generic' | 'word' | 'clause';
      const firstWord = base(tokens[first]!);
      // After “etc.” the sentence splitter runs on, but a capital there starts a new sentence: “and cardiology etc. Nursing staff join”.
      const afterEtc = /^etc\.$/i.test(prev?.raw ?? '');
      const clauseStart = prev === undefined || (prev.kind === 'punct' && CLAUSE.has(prev.raw)) || afterEtc || listLabel(tokens, first, from);
      if (DETERMINERS.has(firstWord) || GENERIC.has(firstWord)) {
        // A capitalised “The” or “Our” in the middle of a sentence starts a title: “read The Long Term Plan”.
        if (!clauseStart) return;
        lead = DETERMINERS.has(firstWord) ? 'det' : 'generic';
        words = run.slice(1);
      } else if (clauseStart) {
        // A term the guides write in lower case, starting a sentence: “Free School Meals can only …”.
        if (!heading && openingTerm(tokens, run, next, to)) return;
        if (!heading && openingCondition(tokens, run, next, to)) return;
        lead = 'clause';
        words = run.slice(1);
      } else if (isLowerWord(prev)) {
        // The end of a name: “the Minister for Health said”, “Secretary of State”.
        // Not a list after “the” or “your”: “your GP and Consultant”, “a Nurse or Doctor” (listLead).
        const listed = listLead(tokens, first, from);
        if (!listed && JOINERS.has(prev!.lower) && first - 2 > from && startsUpper(tokens[first - 2])) return;
        lead = listed ?? (DETERMINERS.has(prev!.lower) ? 'det' : GENERIC.has(prev!.lower) ? 'generic' : 'word');
        // One describing word between: “a new Business Case”, “our new Engagement Team”.
        const before = first - 2 >= from ? tokens[first - 2] : undefined;
        if (lead === 'word' && isWord(before) && !FUNCTION_OR_VERB.test(prev!.lower)) {
          if (DETERMINERS.has(before.lower)) lead = 'det';
          else if (GENERIC.has(before.lower)) lead = 'generic';
        }
        // “one Councillor”, “a brand new Engagement Team”: a kind of thing, counted.
        if (lead === 'word' && afterQuantity(tokens, first, from) && endsCounted(tokens, first, tokens[run[run.length - 1]!]!, next < to ? tokens[next] : undefined, from)) lead = 'generic';
      } else if (prev!.raw === ',') lead = listLead(tokens, first, from) ?? 'word';
      else if ((prev!.raw === 'A' || prev!.raw === 'An') && first - 1 === from) {
        if (answerLabel(doc.text, prev!)) {
          lead = 'clause';
          words = run.slice(1);
        } else lead = 'generic'; // “A Nurse will meet you”
      }
      else if (isWord(prev) && /^\d+$/.test(prev.raw)) lead = 'generic';
      else if (run.length === 1 && isWord(prev) && /^[\p{Lu}&]{2,}$/u.test(prev.raw) && /^an?$/i.test(tokens[first - 2]?.raw ?? '') && first - 2 >= from && !nounAfter(next < to ? tokens[next] : undefined)) {
        lead = 'generic'; // “an NHS Trust”, “a GP Surgery”: one of many, so not a name; not “an NHS App message”, where “a” is the message's
      } else if (run.length === 1 && TEAMS.has(firstWord) && isWord(prev) && /^[\p{Lu}&]{2,}$/u.test(prev.raw) && first - 2 >= from && (isLowerWord(tokens[first - 2]) || DETERMINERS.has(tokens[first - 2]!.lower))) {
        lead = 'det'; // “the HR Team”, “the existing A&E Department”: GOV.UK writes team and department in lower case
      } else if (run.length === 1 && isPlural(firstWord) && COMMON.has(firstWord) && isWord(prev) && /^[\p{Lu}&]{2,}$/u.test(prev.raw) && !startsUpper(tokens[first - 2])) {
        lead = 'generic'; // “for GP Surgeries”, “all NHS Trusts”: many of them, so not a name
      } else return; // after a capitalised word or an acronym: part of a name (“NHS Board”)
      if (!words.length) return;

      const after = tokens[next];
      // Part of a longer name: “the Department of Health”, “the Trust Nightingale Ward”, “Ward 5”.
      if (after && next < to && isWord(after) && /^\p{Lu}/u.test(after.raw) && !/['’]s$/.test(tokens[run[run.length - 1]!]!.raw) && !ROLE_ACRONYM.test(after.raw)) return;
      const number = after !== undefined && next < to && isWord(after) && /\d/.test(after.raw);
      // Not a team or department “at” a place: “our new A&E Department at HRI” (where it is, not its name).
      const placed = after?.lower === 'at' && TEAMS.has(base(tokens[run[run.length - 1]!]!));
      // Not a date after “in” or “on”: “placed into Special Measures in February”.
      const dated = !!after && /^(in|on)$/.test(after.lower) && WHEN.test(tokens[next + 1]?.raw ?? '');
      if (after && /^(of|for|in|at|on|upon)$/.test(after.lower) && startsUpper(tokens[next + 1]) && !placed && !dated) return;

      const all = words.map((k) => tokens[k]!);
      const start = all[0]!.start;
      const end = all[all.length - 1]!.end;
      // Link text, bold and italic words, quoted titles: left as written.
      if (overlaps(skip, start, end) || inShortQuote(start, end) || quoteOverLines(doc.text, start, end) || fileTitle(doc.text, end)) return;
      const before = tokens[words[0]! - 1];
      const firstVerb = base(all[0]!);
      // “to Improve outcomes”, “c) To Enhance productivity”.
      if (!heading && all.length === 1 && before?.lower === 'to' && VERBS.has(firstVerb) && isLowerWord(after) && after!.sentence === all[0]!.sentence) {
        report(all, 'verb');
        return;
      }
      const listed = inList(tokens, first, next, from, to);
      if (!heading && !number && lead !== 'clause' && guideUse(tokens, all, lead, prev, after && next < to ? after : undefined, first, next, to, listed)) return;
      // A heading in sentence case is checked like a sentence after “the” or “our”: “## How our Engagement Team can help”.
      // Not a job title: a heading often names the post (“A message from the Chair”).
      const plainHeading = heading && (lead === 'det' || lead === 'generic') && !all.some((t) => JOB_TITLES.has(base(t)));
      if ((heading && !plainHeading) || number || !all.every((t) => COMMON.has(base(t)))) {
        // Beyond the list of common nouns: what the dictionary and the guides' word lists say.
        const kind =
          wider(doc.text, wordCase, all, lead, before, after && next < to ? after : undefined, tokens[next + 1], heading, number, listed, afterQuantity(tokens, first, from) && endsCounted(tokens, first, all[all.length - 1]!, after && next < to ? after : undefined, from)) ??
          (heading || number || !wordCase ? undefined : roleOrService(all, lead, tokens, first, next, to, wordCase, doc.text)) ??
          (!heading && lead !== 'clause' && serviceBefore(all, tokens, first, next, to) ? (lead === 'generic' ? 'generic' : 'common') : undefined);
        if (kind && !namedHere(tokens, first, next, start, end)) deferred.push({ words: all, kind });
        return;
      }
      const plural = isPlural(base(all[all.length - 1]!));
      // A plural that names the titles after it: “the Health and Wellbeing Strategies, Start Well, Live Well and Age Well”.
      if (plural && namesFollow(tokens, next, to)) return;
      const lowerNext = isLowerWord(after) && next < to;
      if (lead === 'generic' && !plural && isWord(prev) && /^\d+$/.test(prev.raw)) return; // “our 2024 Strategy”
      const flag =
        lead === 'generic' ||
        (lead === 'det' && (plural || all.length <= 2 || (all.length === 3 && (ROLES.has(base(all[2]!)) || SERVICES.has(base(all[2]!)) || all.every((t) => JOB_TITLES.has(base(t))))))) ||
        (lead === 'word' && (plural || (all.length === 1 && lowerNext && !FUNCTION.has(after!.lower)))) ||
        (lead === 'clause' && plural && lowerNext);
      if (!flag) {
        // A longer service or team of common nouns: “the Community Mental Health Team” (rules/lib/capital-roles.ts).
        const service = !heading && all.length > 2 && wordCase ? roleOrService(all, lead, tokens, first, next, to, wordCase, doc.text) : undefined;
        if (service && !namedHere(tokens, first, next, start, end)) deferred.push({ words: all, kind: service });
        return;
      }
      if (all.some((t) => JOB_TITLES.has(base(t))) && nextToName(tokens, first, next, to)) return;
      if (namedHere(tokens, first, next, start, end)) return;
      const written = doc.text.slice(start, end).toLowerCase();
      if (keptName(written, before?.text, after && next < to ? after.text : undefined)) return;
      const kind = lead === 'generic' || (lead !== 'det' && plural) ? 'generic' : 'common';
      deferred.push({ words: all, kind });
    }

    /**
     * A general term the guides write in lower case, after “the”, “our” or “every”, in the plural, before
     * a noun or in a list: “the Integrated Care System”, “a Walk-In Centre”, “Foundation Trust status”. A longer name
     * (“NHS Anytown Integrated Care Board”) never gets here. True when it is flagged.
     */
    function guideUse(tokens: Token[], all: Token[], lead: string, prev: Token | undefined, after: Token | undefined, first: number, next: number, to: number, listed: boolean): boolean {
      // With the “and” between the words: “Accident and Emergency”.
      const guide = guideTerm(doc.text.slice(all[0]!.start, all[all.length - 1]!.end).split(/\s+/), context.settings.preset === 'govuk' ? 'govuk' : 'nhs');
      if (!guide) return false;
      const describes = isLowerWord(after) && !FUNCTION.has(after!.lower);
      // After a verb or a preposition, at the end of a sentence or a clause: “ask about Continuing Healthcare.”
      // Not the end of a title: “Directors of Public Health have”.
      const ends = all.length >= 2 && !(prev && JOINERS.has(prev.lower) && startsUpper(tokens[first - 2])) && (!after || (after.kind === 'punct' && /^[.,;!?]$/.test(after.raw)) || FUNCTION.has(after.lower));
      if (lead === 'word' && !guide.plural && !describes && !listed && !ends) return false;
      // “our 2024 Business Plan”: a title with its year.
      if (!guide.plural && isWord(prev) && /^\d+$/.test(prev.raw)) return false;
      if (guide.plural && namesFollow(tokens, next, to)) return false;
      if (all.some((t) => JOB_TITLES.has(base(t))) && nextToName(tokens, first, next, to)) return false;
      const start = all[0]!.start;
      const end = all[all.length - 1]!.end;
      if (namedHere(tokens, first, next, start, end)) return false;
      if (keptName(doc.text.slice(start, end), tokens[first - 1]?.text, after?.text)) return false;
      deferred.push({ words: all, kind: 'guide', guide });
      return true;
    }

    /**
     * A sentence that starts with a condition of 2 words or more, with a capital on each word:
     * “Sudden Infant Death Syndrome (SIDS) is…”. The first word keeps its capital; not before
     * another capital (a charity's name: “Motor Neurone Disease Association”). True when flagged.
     */
    function openingCondition(tokens: Token[], run: number[], next: number, to: number): boolean {
      if (run.length < 2 || run.some((k, n) => n > 0 && k !== run[n - 1]! + 1)) return false;
      const all = run.map((k) => tokens[k]!);
      if (!CONDITIONS.has(all.map((t) => t.lower).join(' '))) return false;
      const after = next < to ? tokens[next] : undefined;
      if (after && isWord(after) && (/^\p{Lu}/u.test(after.raw) || /\d/.test(after.raw))) return false;
      const rest = all.slice(1);
      const start = rest[0]!.start;
      const end = rest[rest.length - 1]!.end;
      if (overlaps(skip, all[0]!.start, end) || inShortQuote(start, end) || quoteOverLines(doc.text, start, end)) return false;
      if (namedHere(tokens, run[0]!, next, all[0]!.start, end)) return false;
      deferred.push({ words: rest, kind: 'condition' });
      return true;
    }

    /**
     * A sentence that starts with a term of 2 words or more that the guides write in lower case, with
     * a capital on each word: “Free School Meals can only be awarded”. The first word keeps its capital.
     * Not before another capital or a number (part of a longer name), nor a name the page introduces.
     * True when it is flagged.
     */
    function openingTerm(tokens: Token[], run: number[], next: number, to: number): boolean {
      if (run.length < 2 || run.some((k, n) => n > 0 && k !== run[n - 1]! + 1)) return false;
      const all = run.map((k) => tokens[k]!);
      const guide = guideTerm(all.map((t) => t.text), context.settings.preset === 'govuk' ? 'govuk' : 'nhs');
      if (!guide) return false;
      const after = next < to ? tokens[next] : undefined;
      if (after && isWord(after) && (/^\p{Lu}/u.test(after.raw) || /\d/.test(after.raw))) return false;
      // A label: “Integrated Care System: the partners who plan care”.
      if (after && after.kind === 'punct' && /^[:–—-]$/.test(after.raw)) return false;
      if (after && /^(of|for|in|at|on|upon)$/.test(after.lower) && startsUpper(tokens[next + 1])) return false;
      const start = all[0]!.start;
      const end = all[all.length - 1]!.end;
      if (overlaps(skip, start, end) || inShortQuote(start, end) || quoteOverLines(doc.text, start, end)) return false;
      if (namedHere(tokens, run[0]!, next, start, end) || keptName(doc.text.slice(start, end), undefined, after?.text)) return false;
      deferred.push({ words: all, kind: 'guide', guide, opening: true });
      return true;
    }

    /** Words joined by “and”, “or” or a comma to a plural in lower case: “schools and Youth Clubs”. */
    function inList(tokens: Token[], first: number, next: number, from: number, to: number): boolean {
      const plain = (t: Token | undefined) => isLowerWord(t) && isPlural(t!.lower) && !FUNCTION.has(t!.lower) && !SMALL.has(t!.lower);
      const join = (t: Token | undefined) => t !== undefined && (t.lower === 'and' || t.lower === 'or' || t.raw === ',');
      return (first - 2 >= from && join(tokens[first - 1]) && plain(tokens[first - 2])) || (next + 1 < to && join(tokens[next]) && plain(tokens[next + 1]));
    }

    /** A name the page defines or introduces: “Anytown NHS Trust (the Trust)”, “a service called the Hub”. */
    function namedHere(tokens: Token[], first: number, next: number, start: number, end: number): boolean {
      // A short name the text defines: “Anytown NHS Foundation Trust (the Trust)”.
      if (definedShortName(tokens, first, next)) return true;
      const written = doc.text.slice(start, end).toLowerCase();
      // A test's or an operation's name is no name the text introduces: “a test known as Cystoscopy”.
      if (!isMedicalNoun(written) && names.some((n) => n.includes(written.replace(/[’]/g, "'")))) return true;
      // A short name or a role the page defines in brackets: “Anytown NHS Trust (the Trust)”, “Cllr Jones (Chair)”.
      return (defined ??= bracketNames(doc.text)).has(written.replace(/[’']s$/, ''));
    }

    function report(words: Token[], kind: Kind | 'verb', guide?: GuideTerm, opening = false): void {
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      reported.push([start, end]);
      const written = doc.text.slice(start, end).replace(/\s+/g, ' ');
      const lowered = written.replace(/\p{Lu}/gu, (c) => c.toLowerCase());
      const lower = opening ? written.charAt(0) + lowered.slice(1) : lowered;
      const { message, why } = capitalMessage(kind, written, lower, guide);
      context.report({
        span: { start: doc.pointAt(start), end: doc.pointAt(end) },
        message,
        why,
        suggestions: [lower],
        // Each place is its own finding; `term` makes the places of the same words one group in the
        // reports for people (src/report/group.ts), with “the Trust’s” and “the Trust” together.
        data: { words: written, kind, term: lowered.replace(/[’']s$/u, '') },
      });
    }

    /** Inside quotation marks of up to 12 words: a title or a name, like ‘Our Communities and Partners’. */
    function inShortQuote(start: number, end: number): boolean {
      quoted ??= markQuotes(doc.text);
      if (!quoted[start] || !quoted[end - 1]) return false;
      let s = start;
      let e = end;
      while (s > 0 && quoted[s - 1]) s--;
      while (e < quoted.length && quoted[e]) e++;
      return doc.text.slice(s, e).split(/\s+/).filter(Boolean).length <= QUOTE_TITLE_WORDS;
    }
  },
});
