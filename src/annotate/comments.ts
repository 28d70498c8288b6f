/**
 * The comments part (word/comments.xml), its relationship from word/document.xml and its
 * content type. Comments already in the document are kept as they are; ours are added after them.
 */
import type { Finding } from '../types.js';
import { endSentence, sentences, withoutMarkdown } from '../report/plain.js';
import { elements, makeText, makeW, parseXml, W_STRICT, wNames, type WNames, type XDocument, type XElement } from '../docx/xml.js';

export const AUTHOR = 'plainlint';
export const INITIALS = 'PL';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const COMMENTS_TYPE = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments',
};
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** One comment to write. */
export interface CommentText {
  id: number;
  finding: Finding;
  /** False when the flagged words could not be found, so the comment sits on the first paragraph. */
  located: boolean;
  /** For words in a footnote or endnote, like "footnote 1": the comment sits on its mark. */
  note?: string;
  /** The same words flagged again ("say it once"): which place this is and where the first comment is. */
  repeat?: Repeat;
}

/** Where a finding stands among the places of its group: the same advice (src/report/group.ts). */
export interface Repeat {
  /** 1 for the first place, which gets the full comment. */
  index: number;
  /** How many places in the document. */
  count: number;
  /** The first place, in words ("Paragraph 3, character 12"). */
  firstPlace: string;
  /** The words flagged at the first place. */
  firstWords?: string;
  /** The same words ("words"), several words with the same advice ("several"), or the same problem in different sentences ("problem"). */
  kind?: 'words' | 'several' | 'problem';
  /** For several words: the list of them, with their counts. */
  words?: string;
}

/** Characters XML 1.0 cannot hold. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(NOT_XML, '').replace(/\s*\n\s*/g, ' ');

/**
 * The paragraphs of one comment, plain text. The first place of words flagged several times gets
 * the full comment and says how many times; each later place gets one short line pointing to it.
 */
export function commentLines(finding: Finding, located: boolean, note?: string, repeat?: Repeat): string[] {
  const lines: string[] = [];
  const quoted = withoutMarkdown(finding.excerpt.trim().slice(0, 120));
  if (repeat && repeat.index > 1 && located) {
    const where = note ? `In ${note}: ` : '';
    const at = `${repeat.firstPlace.charAt(0).toLowerCase()}${repeat.firstPlace.slice(1)}`;
    const n = `(${repeat.index} of ${repeat.count})`;
    const first = withoutMarkdown((repeat.firstWords ?? '').trim().slice(0, 120));
    const kind = repeat.kind ?? 'words';
    if (kind === 'problem' || !quoted) lines.push(`${where}${endSentence(withoutMarkdown(finding.message))} The same problem as the first comment like this ${n}, at ${at}, which says why.`);
    else if (kind === 'several' && quoted.toLowerCase() !== first.toLowerCase()) lines.push(`${where}“${quoted}”: the same problem as “${first}” ${n}. See the first comment on it, at ${at}.`);
    else lines.push(`${where}“${quoted}” again ${n}. See the first comment on these words, at ${at}.`);
    if (finding.suggestions?.length) lines.push(`Suggestion: ${withoutMarkdown(finding.suggestions[0]!)}`);
    return lines.map(clean);
  }
  let lead = '';
  if (!located && quoted) lead = `plainlint could not find the exact place of these words: “${quoted}”. `;
  else if (note) lead = quoted ? `In ${note}, “${quoted}”: ` : `In ${note}: `;
  lines.push(lead + withoutMarkdown(finding.message));
  for (const suggestion of finding.suggestions ?? []) lines.push(`Suggestion: ${withoutMarkdown(suggestion)}`);
  if (finding.why) lines.push(`Why: ${withoutMarkdown(finding.why)}`);
  if (repeat && repeat.count > 1) {
    const kind = repeat.kind ?? 'words';
    const what =
      kind === 'words'
        ? `These words are flagged ${repeat.count} times in the document`
        : kind === 'several'
          ? `The same problem comes up ${repeat.count} times in the document, in these words: ${withoutMarkdown(repeat.words ?? '')}`
          : `The same problem comes up ${repeat.count} times in the document`;
    lines.push(sentences(what, 'The other places have a short comment that points here'));
  }
  lines.push(`Rule: ${finding.ruleId} (${finding.severity})`);
  return lines.map(clean);
}

/** A w:comment element for a finding. */
function commentElement(doc: XDocument, w: WNames, comment: CommentText, date: string): XElement {
  const el = makeW(doc, w, 'comment', { id: String(comment.id), author: AUTHOR, date, initials: INITIALS });
  commentLines(comment.finding, comment.located, comment.note, comment.repeat).forEach((line, index) => {
    const p = makeW(doc, w, 'p');
    if (index === 0) {
      const ref = makeW(doc, w, 'r');
      ref.appendChild(makeW(doc, w, 'annotationRef'));
      p.appendChild(ref);
    }
    const run = makeW(doc, w, 'r');
    if (index === 0) {
      const rPr = makeW(doc, w, 'rPr');
      rPr.appendChild(makeW(doc, w, 'b'));
      run.appendChild(rPr);
    }
    run.appendChild(makeText(doc, w, line));
    p.appendChild(run);
    el.appendChild(p);
  });
  return el;
}

/** Add comments to an existing comments part, or make a new one. */
export async function buildComments(existing: string | undefined, strict: boolean, comments: CommentText[], date: string): Promise<XDocument> {
  const ns = strict ? W_STRICT : 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const xml = existing ?? `${XML_HEAD}<w:comments xmlns:w="${ns}"></w:comments>`;
  const doc = await parseXml(xml, 'word/comments.xml');
  const w = wNames(doc);
  for (const comment of comments) doc.documentElement.appendChild(commentElement(doc, w, comment, date));
  return doc;
}

/** The largest numeric w:id (any prefix) in the given XML texts. */
export function maxId(texts: Array<string | undefined>): number {
  let max = -1;
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(/\s[\w.-]+:id="(\d{1,9})"/g)) max = Math.max(max, Number(match[1]));
  }
  return max;
}

export interface Relationships {
  doc: XDocument;
  /** The comments part's zip path, when the document already has one. */
  commentsPath?: string;
}

export async function readRelationships(xml: string | undefined): Promise<Relationships> {
  const doc = await parseXml(xml ?? `${XML_HEAD}<Relationships xmlns="${REL_NS}"></Relationships>`, 'word/_rels/document.xml.rels');
  for (const rel of elements(doc.documentElement)) {
    const type = rel.getAttribute('Type') ?? '';
    if (rel.localName !== 'Relationship' || !/\/comments$/.test(type) || rel.getAttribute('TargetMode') === 'External') continue;
    const target = rel.getAttribute('Target') ?? '';
    return { doc, commentsPath: resolvePart('word/', target) };
  }
  return { doc };
}

/** Add a relationship to the comments part. Returns its zip path. */
export function addCommentsRelationship(rels: XDocument, strict: boolean, taken: (path: string) => boolean): string {
  let name = 'comments.xml';
  for (let n = 1; taken(`word/${name}`); n++) name = `comments${n}.xml`;
  const ids = new Set(elements(rels.documentElement).map((r) => r.getAttribute('Id') ?? ''));
  let n = 1;
  for (const id of ids) {
    const m = /^rId(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  while (ids.has(`rId${n}`)) n++;
  const rel = rels.createElementNS(rels.documentElement.namespaceURI ?? REL_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', strict ? COMMENTS_TYPE.strict : COMMENTS_TYPE.transitional);
  rel.setAttribute('Target', name);
  rels.documentElement.appendChild(rel);
  return `word/${name}`;
}

/** Make sure [Content_Types].xml names the comments part. Returns true if it changed. */
export function ensureContentType(types: XDocument, path: string): boolean {
  const partName = `/${path}`.toLowerCase();
  for (const el of elements(types.documentElement)) {
    if (el.localName === 'Override' && (el.getAttribute('PartName') ?? '').toLowerCase() === partName) {
      if (el.getAttribute('ContentType') === COMMENTS_CONTENT_TYPE) return false;
      el.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
      return true;
    }
  }
  const override = types.createElementNS(types.documentElement.namespaceURI ?? CT_NS, 'Override');
  override.setAttribute('PartName', `/${path}`);
  override.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
  types.documentElement.appendChild(override);
  return true;
}

/** A relationship target, relative to a folder, as a zip path. */
export function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}
