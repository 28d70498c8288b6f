/**
 * The shared vocabulary of plainlint: what a rule is, what it sees and what it reports.
 *
 * Flow: read (src/read) → parse (src/parse) → run rules (src/engine) → report (src/report).
 */
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Root as NlcstRoot, Paragraph as NlcstParagraph, Sentence } from 'nlcst';
import type * as Zod from 'zod/mini';

export type Severity = 'error' | 'warning' | 'suggestion';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];
/** Higher is more serious. */
export const SEVERITY_RANK: Record<Severity, number> = { suggestion: 1, warning: 2, error: 3 };

export type SourceFormat = 'markdown' | 'docx';

/** A place in the source: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/**
 * What kind of block a run of prose came from. `altText` is an image's alt text: only rules with
 * `meta.altText` see those blocks (LintDocument.altText).
 */
export type BlockKind = 'heading' | 'paragraph' | 'tableCell' | 'listItem' | 'blockquote' | 'altText';

/**
 * One block of prose (a paragraph, a heading, a table cell), as the rules see it.
 * `nlcst` holds its sentences and words with positions in the source text.
 */
export interface Block {
  kind: BlockKind;
  /** Heading level (1 to 6) for headings. */
  depth?: number;
  /** Index of the section (the part under a heading) this block is in; 0 is before any heading. */
  section: number;
  /** True when the block sits inside a list item. */
  inList: boolean;
  /** True when the block sits inside a table. */
  inTable: boolean;
  /** The mdast node the block came from. */
  node: MdastNodes;
  /** The prose of the block as nlcst: one ParagraphNode with SentenceNodes. */
  nlcst: NlcstParagraph;
  /** Plain text of the block as a reader sees it (code replaced by its source). */
  text: string;
}

export interface Section {
  index: number;
  /** The heading text, or undefined for the part before the first heading. */
  heading?: string;
  depth: number;
  node?: MdastNodes;
  blocks: Block[];
}

/** An image as the alt-text rule needs to see it, from markdown or Word. */
export interface ImageInfo {
  alt: string | null;
  src: string;
  title?: string | null;
  /** Marked as decorative (Word's flag, or alt="" with role="presentation" in HTML). */
  decorative: boolean;
  /** The caption, when the source has one next to the image. */
  caption?: string;
  position?: Span;
  /** Where it came from: markdown image syntax, an HTML <img>, or a Word drawing. */
  origin: 'markdown' | 'html' | 'docx';
}

/** Everything a rule may look at. Rules never read files and never print. */
export interface LintDocument {
  /** The path as the user gave it (for messages only: rules must not read it). */
  path: string;
  format: SourceFormat;
  /**
   * The source text positions point into. For markdown it is the file itself.
   * For docx it is a text where line N is paragraph N of the document.
   */
  text: string;
  mdast: MdastRoot;
  /** All prose as one nlcst tree (ParagraphNodes in document order). */
  nlcst: NlcstRoot;
  blocks: Block[];
  sections: Section[];
  images: ImageInfo[];
  /**
   * The alt text of images (markdown `![alt](src)` and `<img alt="…">`), one block of kind
   * `altText` for each image, with positions in `text`. They are not in `blocks`, `sections` or
   * `nlcst`: a rule with `meta.altText` is given a document whose `blocks` and `nlcst` hold them
   * too (src/parse/alt-text.ts).
   */
  altText?: Block[];
  /** Turn an offset in `text` into a point. */
  pointAt(offset: number): Point;
}

/** A change to the source that fixes a finding: replace text[start, end) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Anything with a unist position (nlcst and mdast nodes). */
export interface Positioned {
  position?:
    | {
        start: { line: number; column: number; offset?: number | undefined };
        end: { line: number; column: number; offset?: number | undefined };
      }
    | undefined;
}

/** What a rule passes to `context.report`. */
export interface ReportInput {
  /** Where: an nlcst or mdast node, or a run from one node to another, or an explicit span. */
  node?: Positioned;
  from?: Positioned;
  to?: Positioned;
  span?: Span;
  /** Short statement of the problem, quoting the words. Plain English. */
  message: string;
  /** Why it matters to readers. */
  why?: string;
  /** What to write instead: plainer words, ready to use. */
  suggestions?: string[];
  /** A safe fix (only for unambiguous swaps). */
  fix?: Fix;
  /** Override the rule's severity for this one finding. */
  severity?: Severity;
  /** Extra machine-readable data (for JSON output). */
  data?: Record<string, unknown>;
  /** The family of checks this finding belongs to, one of `meta.families` ("times" in house-style). */
  family?: string;
}

/**
 * Where a finding's words are in a Word file, as Word numbers things. See docs/json-format.md.
 * Paragraphs count from 1. In the main text every paragraph counts, also empty ones and those in
 * tables. In a footnote, endnote or text box, paragraphs count from 1 again inside it.
 * Columns count from 1 over the paragraph's text (tracked deletions left out).
 */
export interface WordLocation {
  /** Which part of the document the words are in. */
  story: 'body' | 'footnote' | 'endnote' | 'textbox';
  /** For footnotes and endnotes: the number Word shows for the note. */
  note?: number;
  /** The paragraph of the first flagged character, within its story. */
  paragraph: number;
  /** The column of the first flagged character in that paragraph. */
  column: number;
  /** The paragraph of the last flagged character, within the same story. */
  endParagraph: number;
  /** The column just after the last flagged character. */
  endColumn: number;
  /** The paragraph of the main text that holds the words, the note's mark or the text box. */
  bodyParagraph: number;
}

/** A finding, as reporters see it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  why?: string;
  suggestions?: string[];
  fix?: Fix;
  /** Position in the source. For docx, line is the paragraph number. */
  start: Point;
  end: Point;
  /** The flagged words, as they stand in the source. */
  excerpt: string;
  /**
   * For docx: the paragraph number, with `excerpt` as a quoted snippet to find it in Word.
   * When `word` is set, this is Word's own count (`word.bodyParagraph`); otherwise it is
   * plainlint's count (paragraphs with words, one for each table cell), the same as `start.line`.
   */
  paragraph?: number;
  /** For docx: the words' true place in Word, when plainlint could find them there. */
  word?: WordLocation;
  data?: Record<string, unknown>;
  /** The rule's family of checks, for "rule/family" in configs and disable comments (not in reports). */
  family?: string;
  /** The part of the document the finding starts in: 0 before the first heading, then one for each heading (for grouping). */
  section?: number;
}

export interface Example {
  /** Markdown text. */
  text: string;
  /** Rule options for this example. */
  options?: Record<string, unknown>;
  /** For bad examples: how many findings the rule must report (default: at least 1). */
  count?: number;
  /** For bad examples: words that must be quoted in the findings' excerpts, in order. */
  flags?: string[];
}

export interface RuleMeta {
  /** Stable id, kebab-case. */
  id: string;
  /** One line, plain English: what it checks. */
  description: string;
  /** Default severity. */
  severity: Severity;
  /** The essential principle the rule serves (from the communications strategy). */
  principle: string;
  /** A few sentences of documentation for `plainlint explain`. */
  docs: string;
  /** True if some findings carry a safe fix. */
  fixable?: boolean;
  /** Good and bad examples: shown in the docs and run as tests. */
  examples: { good: Example[]; bad: Example[] };
  /** Default options (documented). */
  defaultOptions?: Record<string, unknown>;
  /**
   * The options' schema (ESLint's meta.schema), made with the zod/mini `z` it is given, so zod
   * loads only when a config sets options. A config with an unknown or wrongly typed option stops
   * with one line naming the file, the rule and the option. Use z.strictObject with every field
   * optional: `(z) => z.strictObject({ max: z.optional(z.int().check(z.gte(1))) })`.
   * Without a schema (some plugins), options are not checked.
   */
  schema?: OptionsSchema;
  /**
   * True when the rule must see words that are mentioned, not used (rules/lib/mentions.ts): by
   * default the engine drops findings on words in short quotations and in lists after "We do not say:".
   */
  keepMentions?: boolean;
  /**
   * True when the rule checks the words of image alt text as well (word lists, inclusive language,
   * spelling): the engine gives it a document whose `blocks` and `nlcst` also hold each image's alt
   * text as a block of kind `altText`, and its findings there say they are in an image's alt text.
   * Leave it out for rules about sentences, sections and layout: alt text is a short description,
   * not a paragraph.
   */
  altText?: boolean;
  /**
   * Families of checks inside the rule (house-style: times, dates, …). Each can be turned off or
   * given its own severity as "rule/family" in the config and in disable comments; findings say
   * which family they belong to with `family` in `context.report`.
   */
  families?: string[];
}

export interface RuleContext<O = Record<string, unknown>> {
  /** The rule's options: defaults, then preset, then config. */
  options: O;
  /** Settings shared by all rules (from the config's `settings` and the preset). */
  settings: Settings;
  report(input: ReportInput): void;
  /**
   * True when a disable comment turns this rule off at this offset of `doc.text` (markdown). The
   * engine drops findings there anyway; a rule that names several places in one finding (long
   * sentences on a page) asks, so that it leaves those places out of the finding.
   */
  isDisabled?(offset: number): boolean;
  /**
   * The options of another rule that runs on this file, or undefined when it is off. A rule whose
   * finding can say what another rule's finding says (sentence-length gives the reading age of
   * the parts its long sentences make hard) asks, so that it judges as that rule does.
   */
  optionsOf?(ruleId: string): Record<string, unknown> | undefined;
}

export interface Rule<O = Record<string, any>> {
  meta: RuleMeta;
  check(doc: LintDocument, context: RuleContext<O>): void | Promise<void>;
}

/** Settings shared by all rules. */
export interface Settings {
  /** The preset in force (nhs or govuk), so rules can follow its house style. */
  preset?: string;
  /** Target reading age. */
  readingAge?: number;
  /** Acronyms that need no explanation, on top of the preset's list. */
  acronyms?: string[];
  /** Preferred terms: key is the term to avoid, value what to write instead. */
  terms?: Record<string, string>;
  /** The organisation's name, as it should be written. */
  organisation?: string;
  [key: string]: unknown;
}

/** A rule's options schema: see RuleMeta.schema. */
export type OptionsSchema = (z: typeof Zod) => Zod.ZodMiniType;

export function defineRule<O = Record<string, any>>(rule: Rule<O>): Rule<O> {
  return rule;
}

export type { MdastRoot, NlcstRoot, Sentence };
