/**
 * Words a list rule leaves alone because the writer has already done what the rule would ask, or
 * cannot change them:
 *
 * - a term the text explains: “Triage means a nurse decides who to see first”, “This is called
 *   triage”, “What is triage?”, a glossary line “**Triage**: deciding who to see first”, or
 *   “triage (when a nurse decides …)”. The NHS guide asks writers to explain a hard word when they
 *   must use it; the explanation is the fix, not a fault;
 * - the title of another page or document used as link text in the middle of a sentence (“read
 *   our [Delivery plan for urgent care](/plan)”), or as the whole of a list item in a list of links;
 * - a title in single quotation marks, the GOV.UK way of naming a document or scheme (‘Delivering
 *   a healthier future’), when it is 5 or more words with no sentence punctuation inside.
 */
import type { LintDocument } from '../../src/types.js';
import { oncePer } from './memo.js';
import type { TermMatch } from './terms.js';
import { matchesOf } from './matches.js';

/** Words right after a term that say what it means. */
const EXPLAINS_AFTER = new RegExp(
  String.raw`^(?:\*\*|__|\*|_)?[”"’']?\s*(?:,\s*(?:which|that)\s+|(?:which|that)\s+)?` +
    String.raw`(?:means|meant|is short for|stands for|refers to|is (?:a|an|the|another) (?:[\p{L}-]+ )?(?:word|term|name) for|` +
    String.raw`is when|are when|is where|are where|is what happens|is the process (?:of|by which|where)|` +
    String.raw`is someone who|is a person who|are people who|is a place where|are places where)\b`,
  'iu',
);
/** “triage (when a nurse decides who to see first)”: a bracket that explains the term right after it. */
const EXPLAINS_IN_BRACKETS =
  /^\s*\((?:(?:meaning|which means|this means|that is|when|where|also called|sometimes called|also known as|known as|people who|someone who)\b|(?:a|an|the)\s)/iu;
/** “primary care (GPs)”, “local authorities (councils)”: a short plain gloss in brackets right after the term. */
const GLOSS = /^\s*\(([^()\n]{1,60})\)/u;
/** Asides that are no gloss: a reference, an example, or a condition on the term (“£26,000 per annum (pro rata for part-time)”, “(plus expenses)”). */
const NOT_GLOSS = /^(?:\d|£|(?:see|page|p|eg|e\.g|for example|including|excluding|and|or|if|unless|except|not|also|as|optional|opens|pro[ -]rata|plus|rising|depending|dependent|subject to|up to|minimum|maximum|approx|approximately|per)\b)/iu;

/** Is the bracket a gloss of the term, not its acronym (“integrated care board (ICB)”) or an aside? */
function glossedAfter(term: string, after: string): boolean {
  const inner = GLOSS.exec(after)?.[1]?.trim();
  if (!inner || NOT_GLOSS.test(inner) || inner.split(/\s+/).length > 6) return false;
  const caps = /^[\p{Lu}&\d]{2,8}s?$/u.test(inner) ? inner.replace(/s$/u, '').replace(/[^\p{Lu}]/gu, '') : '';
  if (caps) {
    // The acronym of the term itself: its letters are the initials of the term's words, in order.
    const initials = term.split(/[\s-]+/).map((w) => w.charAt(0).toUpperCase()).join('');
    let at = 0;
    const own = [...caps].every((letter) => {
      const i = initials.indexOf(letter, at);
      at = i + 1;
      return i >= 0;
    });
    if (own) return false;
  }
  return true;
}

/** “This is called triage”, “what is meant by triage”: words before a term that introduce it. */
const INTRODUCES_BEFORE = [
  // “is called intermediate care, short-term care, reablement or aftercare”: each name in the list;
  // “This is called your indicative amount”: the name with the reader's own “your”.
  /\b(?:is|are|was|were)\s+(?:sometimes |also |often |usually |now )?(?:called|known as|named|referred to as)\s+(?:[“"‘']?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}[”"’']?\s*(?:,|\bor\b|\band\b)\s*){0,5}(?:a |an |the |your |our |their )?[“"‘']?$/iu,
  /\bwhat is meant by\s*(?:a |an |the )?[“"‘']?$/iu,
  /\bby\s*[“"‘']?$/iu,
];
/** “What is triage?”, “What does commissioning mean?”: a question the text goes on to answer. */
const WHAT_BEFORE = /\bwhat (?:is|are|does|do) (?:a |an |the )?[“"‘']?$/iu;
const WHAT_AFTER = /^[”"’']?\s*(?:\?|mean\b|means\b|involve\b|involves\b)/iu;
const BY_AFTER = /^[”"’']?,?\s*(?:we|they|I|you) mean\b/iu;
/** Markup and list markers that may come before a glossary term at the start of its block. */
const BLOCK_START = /^[\s>*_#+\-–•\d.)]*$/u;
/** After a glossary term: a colon or a dash, then the explanation. */
const GLOSSARY_AFTER = /^(?:\*\*|__)?\s*(?::|–|—|\s-\s)\s*(?:\*\*|__)?\s*\S/u;
const GLOSSARY_BOLD = /^(?:\*\*|__)/u;
/** An explanation says what something is or does: “people who …”, “it is …”, “when a nurse …”. */
const EXPLANATION_WORD = /\b(?:is|are|means|who|which|that|when|where|how|used|helps|help)\b/iu;
const EXPLANATION_START = /^(?:\p{Ll}|(?:A|An|The|This|It|When|Where|How|Someone|People|Somebody)\b)/u;

/** The text of the match's sentence before the match, and the rest of its block after it. */
function around(doc: LintDocument, match: TermMatch): { before: string; after: string; blockBefore: string } {
  const block = match.block.node.position;
  const start = block?.start.offset ?? Math.max(0, match.start - 200);
  const end = block?.end.offset ?? match.end + 200;
  const blockBefore = doc.text.slice(start, match.start);
  const stop = Math.max(blockBefore.lastIndexOf('. '), blockBefore.lastIndexOf('? '), blockBefore.lastIndexOf('! '), blockBefore.lastIndexOf('\n'));
  return { before: stop >= 0 ? blockBefore.slice(stop + 1) : blockBefore, after: doc.text.slice(match.end, Math.min(end, match.end + 120)), blockBefore };
}

/** Does the text explain the term right here (“X means …”, “This is called X”, “What is X?”, a glossary line)? */
export function explainedHere(doc: LintDocument, match: TermMatch): boolean {
  const { before, after, blockBefore } = around(doc, match);
  if (EXPLAINS_AFTER.test(after) || EXPLAINS_IN_BRACKETS.test(after) || glossedAfter(match.text, after)) return true;
  if (INTRODUCES_BEFORE.slice(0, 2).some((p) => p.test(before))) return true;
  if (INTRODUCES_BEFORE[2]!.test(before) && BY_AFTER.test(after)) return true;
  if (WHAT_BEFORE.test(before) && WHAT_AFTER.test(after)) return true;
  if (explainedNext(doc, match)) return true;
  // A glossary line: the term starts its block, then a colon or a dash and the explanation.
  if (BLOCK_START.test(blockBefore) && GLOSSARY_AFTER.test(after)) {
    // A bold label (“**Stakeholders**: GPs and councils”) is not a glossary line: it must explain.
    const bold = GLOSSARY_BOLD.test(after) || /(?:\*\*|__)$/u.test(blockBefore.trimEnd());
    const explanation = after.replace(/^(?:\*\*|__)?\s*(?::|–|—|\s-\s)\s*(?:\*\*|__)?\s*/u, '');
    const words = explanation.split(/\s+/);
    const explains = words.length >= 3 && EXPLANATION_WORD.test(words.slice(0, 12).join(' '));
    return explains && (bold || EXPLANATION_START.test(explanation));
  }
  return false;
}

/** “**Commissioning**” on its own, then “This means buying services.”: easy read's way. */
const NEXT_EXPLAINS = /^\s*(?:(?:this|that|it)\s+(?:means|is when|is where|is the)|means)\b/iu;

/**
 * Is the term the whole of its block (a table cell, a line of its own) with its explanation next:
 * the next block starts “This means …”, or, in a table, the next cell is an explanation?
 */
function explainedNext(doc: LintDocument, match: TermMatch): boolean {
  const block = match.block;
  const bare = block.text.replace(/[*_:]/g, '').trim().toLowerCase();
  if (bare !== match.text.toLowerCase()) return false;
  if (block.kind === 'tableCell') {
    const end = block.node.position?.end.offset;
    if (end === undefined) return false;
    const next = /^[^|\n]*\|\s*([^|\n]+)/u.exec(doc.text.slice(end, end + 300))?.[1]?.replace(/[*_]/g, '').trim() ?? '';
    const words = next.split(/\s+/);
    return EXPLANATION_START.test(next) && words.length >= 3 && EXPLANATION_WORD.test(words.slice(0, 12).join(' '));
  }
  const after = doc.blocks[doc.blocks.indexOf(block) + 1];
  return after !== undefined && NEXT_EXPLAINS.test(after.text);
}

interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Source ranges of link texts that are titles of other pages or documents. */
const titleLinkRanges = oncePer((doc: LintDocument): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  const text = doc.text;
  const walk = (node: MdNode, parent: MdNode | undefined, grand: MdNode | undefined) => {
    if ((node.type === 'link' || node.type === 'linkReference') && node.children?.length && parent) {
      const first = node.children[0]!.position?.start.offset;
      const last = node.children[node.children.length - 1]!.position?.end.offset;
      const from = parent.position?.start.offset;
      const to = parent.position?.end.offset;
      if (first !== undefined && last !== undefined && from !== undefined && to !== undefined) {
        const words = text.slice(first, last).replace(/[*_`]/g, '').trim();
        const capital = /^\p{Lu}/u.test(words) && words.split(/\s+/).length >= 2;
        const beforeLink = text.slice(from, first - 1);
        const sentenceBefore = beforeLink.slice(Math.max(beforeLink.lastIndexOf('. '), beforeLink.lastIndexOf(': '), -1) + 1);
        const midSentence = /\p{L}/u.test(sentenceBefore);
        const afterLink = text.slice(last, to).replace(/\]\([^)]*\)|\][^\s]*/u, '');
        const wholeListItem = grand?.type === 'listItem' && !/\p{L}/u.test(beforeLink) && !/\p{L}{2}/u.test(afterLink.replace(/\(\s*(?:PDF|pdf|opens in (?:a )?new (?:tab|window))[^)]*\)/gu, ''));
        if (capital && (midSentence || wholeListItem)) out.push([first, last]);
      }
      return;
    }
    for (const child of node.children ?? []) walk(child, node, parent);
  };
  walk(doc.mdast as unknown as MdNode, undefined, undefined);
  return out;
});

/** Is the match inside link text that is the title of another page or document? */
export function inTitleLink(doc: LintDocument, match: TermMatch): boolean {
  return titleLinkRanges(doc).some(([s, e]) => match.start >= s && match.end <= e);
}

/** ‘Delivering a healthier future’: a title in single quotation marks, 5 to 20 words, no sentence punctuation inside. */
const QUOTED_TITLE = /‘(\p{Lu}[^’.!?;:\n]{10,160})’/gu;
/**
 * The report “Going forward: better care at home”: a title in quotation marks of any kind, 2 to
 * 25 words, right after a word that names a document, page or campaign (or “called”, “titled”).
 * The writer quotes it as it was published, so its words are not the writer's to change.
 */
const ANY_QUOTED = /["“‘](\p{Lu}[^"”’\n]{3,200}?)["”’](?!\p{L})/gu;
const NAMES_TITLE =
  /\b(?:report|reports|guide|guidance|leaflet|booklet|strategy|plan|document|paper|policy|framework|publication|toolkit|review|book|factsheet|video|film|podcast|campaign|programme|consultation|survey|page|webpage|article|titled|entitled|called)[,:]?\s*$/iu;
const quotedTitleRanges = oncePer((doc: LintDocument): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (const m of matchesOf(doc.text, QUOTED_TITLE)) {
    const words = m[1]!.trim().split(/\s+/).length;
    if (words >= 5 && words <= 20 && !/,$/u.test(m[1]!)) out.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  for (const m of matchesOf(doc.text, ANY_QUOTED)) {
    const words = m[1]!.trim().split(/\s+/).length;
    const before = doc.text.slice(Math.max(0, m.index - 30), m.index);
    if (words >= 2 && words <= 25 && NAMES_TITLE.test(before) && !/[.!?,]$/u.test(m[1]!)) out.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
});

/** Is the match inside a document title in single quotation marks, or one in quotation marks after “the report” or “called”? */
export function inQuotedTitle(doc: LintDocument, match: TermMatch): boolean {
  return quotedTitleRanges(doc).some(([s, e]) => match.start >= s && match.end <= e);
}

/**
 * For a finding that is not a list match (retext-simplify's phrases): is the text at
 * [start, end) inside the title of another page or document, or a term the text explains?
 */
export function titleOrExplainedAt(doc: LintDocument, start: number, end: number): boolean {
  const block = doc.blocks.find((b) => {
    const p = b.node.position;
    return p?.start.offset !== undefined && p.end.offset !== undefined && p.start.offset <= start && end <= p.end.offset;
  });
  if (!block) return false;
  const match = { start, end, block, text: doc.text.slice(start, end).replace(/\s+/g, " ") } as unknown as TermMatch;
  return inTitleLink(doc, match) || inQuotedTitle(doc, match) || explainedHere(doc, match);
}
