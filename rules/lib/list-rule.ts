/**
 * The list-rule kind: a rule that is a word list plus a few settings (Vale's `extends:
 * substitution`, retext-equality's data-driven patterns).
 *
 * Every `.json` file in rules/data/lists/ is one built-in rule (rules/data/README.md says how to
 * write one); a user's own lists come in through the config's `"lists"`. A built-in rule that
 * needs more than its list (a second check, a filter) passes `hooks` from its own file, like
 * rules/uk-spelling.ts.
 */
import type { Example, LintDocument, Rule, RuleContext, Severity } from '../../src/types.js';
import { alternativesFor, findTerms, quote, reportTerm, type TermEntry, type TermList, type TermMatch } from './terms.js';
import { inIntroducedName, inJobTitle, inProperName, isLabel, isWholeLinkText, talkedAbout } from './names.js';
import { explainedHere, inQuotedTitle, inTitleLink } from './explained.js';

/** One list file: the rule's description, its messages and its entries. */
export interface ListFile {
  $schema?: string;
  /** The rule id, kebab-case: "jargon". */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  severity?: Severity;
  principle?: string;
  /** A few sentences for `plainlint explain`. */
  docs?: string;
  /** The finding's message. {term} is the matched words in quotation marks; {phrase} adds the context words; {alternative} is the first alternative. */
  message?: string;
  /** Why it matters, for entries with no `reason` of their own. */
  why?: string;
  /** The suggestion for entries with no alternatives. */
  fallback?: string;
  /** "phrase": the finding covers the context words when the suggestion replaces them too ("focus on" → "work on"). */
  highlight?: 'term' | 'phrase';
  /** Leave alone the text of links to other websites (usually another page's title). */
  skipLinkText?: boolean;
  /**
   * Leave alone words inside names (“Worcestershire Acute Hospitals NHS Trust”, “Newcastle upon
   * Tyne”, “a service called the Hub”), words the text talks about (“we do not say mentally ill”)
   * or explains (“triage means …”, explained.ts), someone's job title (“transformation lead”),
   * a label with its number or letter (“pathway 1”, “option A”),
   * a link whose whole text is the term (it names a page about the term) and the title of another
   * page or document (link text mid-sentence, a list of links, a title in single quotation marks).
   */
  skipNames?: boolean;
  /** Check the words of image alt text as well (default true): screen readers read them out. */
  altText?: boolean;
  /** Match each form's other common spellings too: with hyphens or spaces, and American (TermList.spellings). */
  spellings?: boolean;
  fixable?: boolean;
  examples?: { good: Example[]; bad: Example[] };
  entries: ListEntry[];
}

/** One entry of a list (rules/data/README.md). */
export interface ListEntry extends TermEntry {
  /** This entry's own message, in place of the list's. */
  message?: string;
  /** "thorough": checked only when the writer asks for a thorough check (the rule's `level` option). */
  level?: EntryLevel;
  /** Labels the rule's own code reads (medical-words: "service"). */
  tags?: string[];
}

/**
 * Which entries a list rule checks: "default", the entries editors insist on; "thorough", every
 * entry, with those editors often let pass (`"level": "thorough"` on the entry).
 */
export type EntryLevel = 'default' | 'thorough';
export const ENTRY_LEVELS = ['default', 'thorough'] as const;

/** Is this entry checked at this level? */
export function checkedAt(entry: { level?: unknown }, level: unknown): boolean {
  return entry.level !== 'thorough' || level === 'thorough';
}

/** What a built-in rule adds to its list. */
export interface ListRuleHooks {
  /** The entries to look for (default: all the file's entries). */
  entries?(file: ListFile): ListEntry[];
  /** Keep this match? (uk-spelling leaves words in proper names alone.) */
  keep?(match: TermMatch<ListEntry>, doc: LintDocument): boolean;
  /** This match's own message, in place of the entry's or the list's (uk-spelling: “… and this document also spells it …”). */
  message?(doc: LintDocument, match: TermMatch<ListEntry>): string | undefined;
  /** The term the reports group this match under (default: its entry's id): one key for several entries of one word. */
  term?(match: TermMatch<ListEntry>): string | undefined;
  /** More checks, after the list's findings are reported; `matches` are those findings. */
  after?(doc: LintDocument, context: RuleContext, matches: TermMatch<ListEntry>[]): void | Promise<void>;
}

export const DEFAULT_PRINCIPLE = 'Apply the organisation’s brand, colour palette, font and house style rigorously and consistently.';
const DEFAULT_MESSAGE = '{term} is on your organisation’s list of words to change.';
const DEFAULT_WHY = 'Using the same words every time helps readers trust and understand what they read.';

/**
 * Should the finding cover the context words after the term? Only when they belong to what the
 * writer should change: “focus on” (write “work on”), not “key areas” (the problem is “key”).
 */
export function widens(match: TermMatch): boolean {
  if (!match.contextText || !match.contextTo) return false;
  const tail = match.contextText.slice(match.text.length).trim().toLowerCase().replace(/[’]/g, "'");
  if (!tail) return false;
  return (match.entry.alternatives ?? []).some((a) => ` ${a.toLowerCase()} `.includes(` ${tail} `));
}

/** The word node right after the match's term, when the match was made by the words after it. */
function nextWord(match: TermMatch): unknown {
  const sentence = (match.block.nlcst.children ?? []).flatMap((c) => ('children' in c ? c.children : []));
  const at = sentence.indexOf(match.to as never);
  for (let k = at + 1; at >= 0 && k < sentence.length; k++) {
    const node = sentence[k] as { type: string };
    if (node.type === 'WordNode') return node;
    if (node.type !== 'WhiteSpaceNode') return undefined;
  }
  return undefined;
}

/**
 * A word written with a capital letter after a small one (“AccessAble”, “eConsult”, “YouTube”)
 * is a brand's or a product's name, spelled so on purpose: not a slip nor a word to change. An
 * entry that matches capitals exactly (caseSensitive) decides for itself.
 */
function brandCase(match: TermMatch): boolean {
  return match.entry.caseSensitive !== true && /\p{Ll}\p{Lu}/u.test(match.text);
}

/** Fill a message template: {term}, {phrase} and {alternative} (the first alternative, with the writer's capitals). */
export function fillMessage(template: string, match: TermMatch): string {
  return template.replace(/\{(term|phrase|alternative)\}/g, (_, key: string) =>
    quote(key === 'phrase' ? (match.contextText ?? match.text) : key === 'alternative' ? (alternativesFor(match)[0] ?? match.text) : match.text),
  );
}

/** The list's docs, and when some entries wait for a thorough check, how to ask for one. */
export function withThoroughNote(file: ListFile): string {
  const docs = file.docs ?? file.description;
  const thorough = file.entries.filter((e) => e.level === 'thorough');
  if (!thorough.length) return docs;
  const named = thorough.slice(0, 3).map((e) => quote(e.match[0]!));
  const words = thorough.length === 1 ? `1 word editors often let pass, ${named[0]}` : `${thorough.length} words editors often let pass, like ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `${docs}\n\nA thorough check also looks for ${words}. To ask for one, set "${file.id}": { "level": "thorough" } in the "rules" of your config.`;
}

/** Make a rule from a list file. */
export function listRule(file: ListFile, hooks: ListRuleHooks = {}): Rule {
  const lists = new Map<EntryLevel, TermList<ListEntry>>();
  const message = file.message ?? DEFAULT_MESSAGE;
  const why = file.why ?? DEFAULT_WHY;
  return {
    meta: {
      id: file.id,
      description: file.description,
      severity: file.severity ?? 'warning',
      principle: file.principle ?? DEFAULT_PRINCIPLE,
      docs: withThoroughNote(file),
      fixable: file.fixable ?? file.entries.some((e) => e.fix === true),
      examples: file.examples ?? { good: [], bad: [] },
      defaultOptions: { level: 'default' },
      // "thorough" also checks the entries marked "level": "thorough".
      schema: (z) => z.strictObject({ level: z.optional(z.enum(ENTRY_LEVELS)) }),
      // Words in alt text are read out by screen readers: a word list checks them too.
      altText: file.altText !== false,
    },
    async check(doc, context) {
      const level: EntryLevel = context.options?.level === 'thorough' ? 'thorough' : 'default';
      let list = lists.get(level);
      if (!list) {
        const all = hooks.entries ? hooks.entries(file) : file.entries;
        list = { entries: all.filter((e) => checkedAt(e, level)), spellings: file.spellings === true };
        lists.set(level, list);
      }
      const found = findTerms(doc, list, { preset: context.settings?.preset, skipExternalLinkText: file.skipLinkText === true });
      const named = file.skipNames
        ? found.filter(
            (m) =>
              !inProperName(m, doc) &&
              !inIntroducedName(doc, m) &&
              !talkedAbout(doc, m) &&
              !isWholeLinkText(doc, m) &&
              !explainedHere(doc, m) &&
              !inTitleLink(doc, m) &&
              !inQuotedTitle(doc, m) &&
              !inJobTitle(doc, m) &&
              !isLabel(doc, m),
          )
        : found;
      const spelt = named.filter((m) => !brandCase(m));
      const kept = hooks.keep ? spelt.filter((m) => hooks.keep!(m, doc)) : spelt;
      // “key stakeholders”: when the word that made a term jargon is itself flagged, one finding is enough.
      const matches = kept.filter((m, i) => !(m.contextTo && kept[i + 1] && kept[i + 1]!.block === m.block && kept[i + 1]!.from === nextWord(m)));
      for (const match of matches) {
        const wide = file.highlight === 'phrase' && widens(match);
        const shown = wide ? match : { ...match, contextText: undefined, contextTo: undefined };
        reportTerm(doc, context, shown, {
          message: hooks.message?.(doc, match) ?? fillMessage(match.entry.message ?? message, shown),
          why,
          ...(file.fallback ? { fallback: file.fallback } : {}),
          ...(hooks.term ? { term: hooks.term(match) } : {}),
          wide,
        });
      }
      await hooks.after?.(doc, context, matches);
    },
  };
}
