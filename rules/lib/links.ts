/**
 * Word lists, patterns and small helpers for the link-text rule (rules/link-text.ts): what vague
 * link text, file links, web addresses and staff-only addresses look like.
 */
import type { Nodes as MdastNodes } from 'mdast';
import { eachNode } from './mdast.js';

/** Link text that makes no sense out of context (screen reader users often list links on their own). */
export const VAGUE = new Set([
  'click here',
  'click',
  'here',
  'click this link',
  'more information',
  'more info',
  'read more',
  'more',
  'learn more',
  'this link',
  'link',
  'find out more',
  'this page',
  'see here',
  'go here',
  'see more',
  'more details',
  'further information',
  'further details',
  'full details',
  'website',
  'our website',
  'the website',
  'this website',
  'their website',
  'visit our website',
  'web page',
  'webpage',
  'this webpage',
  'this web page',
  'download',
  'download here',
  'view',
  'view here',
  'this document',
  'the document',
  'document',
  'this article',
  'article',
  'the link below',
  'link below',
  'the following link',
  'following link',
  'this form',
  'online',
  'visit',
  'this',
  'pdf',
  'download pdf',
  'download the pdf',
  'view pdf',
  'web link',
  'weblink',
  'url',
  'hyperlink',
  'read it',
  'see it',
  'this one',
  // “this …” points at the words round the link, which a screen reader's list of links leaves out.
  'this guide',
  'this guidance',
  'this leaflet',
  'this booklet',
  'this report',
  'this survey',
  'this video',
  'this site',
  'our site',
  'this information',
  'more about this',
  'read more about this',
  'find out more about this',
  'link here',
]);

/**
 * Link text made only of pointing words and a word for a page: “a separate page”, “our dedicated
 * page”, “the relevant website”, “the next section”. Like the list above, it says nothing about
 * where the link goes when a screen reader lists the links on their own.
 */
export const GENERIC_PAGE =
  /^(?:(?:this|the|a|an|our|their|its|that|separate|another|next|following|previous|relevant|dedicated|main|same|new|other|specific|individual|appropriate|below|above)\s+){1,3}(?:page|webpage|web page|website|site|link|document|article|section|form)(?:\s+(?:below|above|here))?$/;

export const FILE_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|zip|rtf)$/i;
export const FORMAT_NAMES: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  odt: 'ODT',
  ods: 'ODS',
  odp: 'ODP',
  csv: 'CSV',
  zip: 'ZIP',
  rtf: 'RTF',
};
/** "(PDF, 545KB)", "PDF 1.2 MB", "Word document, 30 KB": a format and a size. */
export const FORMAT = /\b(pdf|word|docx?|excel|xlsx?|powerpoint|pptx?|odt|ods|odp|opendocument|csv|zip|rtf|spreadsheet)\b/i;
export const SIZE = /\d+(\.\d+)?\s?(kb|mb|gb|bytes|kilobytes|megabytes)\b/i;
/** Parts of an address nobody can read aloud or remember: a page file name or a query. */
export const UNREADABLE_PATH = /\.(html?|aspx?|php|jsp|cfm)$|[?=&]/i;
export const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
/** Words before a link that point at it: “by following this link”, “click on the link below”. */
export const FOLLOW_LINK = /\s(?:by\s+)?(?:follow(?:ing)?|click(?:ing)?(?:\s+on)?|use|using|via)\s+(?:this|the following|the)\s+link:?\s*$/i;
export const EMAIL = /^(mailto:)?[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
/** A file name in link text: “Plan_v3_FINAL.pdf”, “annual-report-2024.docx”. */
export const FILE_NAME = /(^|[\s(“"'])([\p{L}\p{N}][\p{L}\p{N}_.-]*\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|zip|rtf))(?=$|[\s,;:)”"'])/iu;
/** Addresses the public cannot open: files on a computer, shared drives, local and intranet hosts. */
export const LOCAL_FILE = /^(file:|[a-z]:[\\/]|\\\\)/i;
export const PRIVATE_HOST =
  /^https?:\/\/(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|[a-z0-9-]+(?=[:/]|$)|[^/]*\.(local|internal|lan|corp|intranet)(?=[:/]|$)|intranet\.|[^/]*sharepoint\.com(?=[:/]|$))/i;
/** A path part that serves a file from a content system: “/download_file/view/6878”, “/media/42/download”. */
const DOWNLOAD_PART = /^(download|downloads|download_?file|downloaddoc(ument)?|get_?file)(\.(aspx?|php|cfm))?$/i;
/** Link text that names a file format at its end: “Annual report (PDF)”, “Survey results - Excel”. */
export const TEXT_FORMAT = /(\(|\s[-–]\s)(pdf|word( document)?|excel( spreadsheet)?|powerpoint|odt|ods|odp|csv|zip)(\s+(file|document|version))?\)?$/i;
/**
 * How a statement starts, not a destination: “If you…”, “You can…”, “We have…”. Link text that starts
 * with a verb (“Find out how to…”, “Book your…”) says where it goes, however long.
 */
export const SENTENCE_START = /^(if|when|while|although|because|you|we|they|there|it|this|i|our|your|people|anyone|everyone)\b/i;
/** Abbreviations that end in a full stop. */
export const ABBREVIATION = /\b(etc|ltd|st|dr|no|co|inc|vs|e\.g|i\.e)\.$/i;

/** A content system's download address: a “download” part and a file number. */
export function isDownloadAddress(url: string): boolean {
  if (/[?&]download=\d+/i.test(url)) return true;
  const [pathPart = '', query = ''] = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split('?');
  const parts = pathPart.replace(/#.*$/, '').split('/').filter(Boolean);
  if (!parts.some((p) => DOWNLOAD_PART.test(p))) return false;
  return parts.some((p) => /^\d{2,}$/.test(p)) || /(^|&)(id|file|fileid|doc|docid|document)=\w/i.test(query);
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

export function formatName(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('word')) return 'Word';
  if (w.startsWith('excel')) return 'Excel';
  if (w === 'powerpoint') return 'PowerPoint';
  return w.toUpperCase();
}

export function lastTextOf(node: MdastNodes): (MdastNodes & { type: 'text' }) | undefined {
  let found: (MdastNodes & { type: 'text' }) | undefined;
  eachNode(node, 'text', (t) => {
    found = t;
  });
  return found;
}

export function short(url: string): string {
  return url.length > 50 ? url.slice(0, 49) + '…' : url;
}

/** The part of a web address a reader has to take in: no “https://” or “www.”. */
export function readable(address: string): string {
  return address.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
}

/**
 * Compare destinations by their path: a link to https://service.example/page and one to /page
 * on the same site go to the same place. Letter case, a trailing slash and "/index" do not count.
 */
export function normalUrl(url: string): string {
  const trimmed = url.trim().toLowerCase();
  const path = trimmed
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/, '')
    .replace(/\/index(\.html?)?(?=$|[?#])/, '')
    .replace(/\/(?=$|[?#])/, '');
  return path || readable(trimmed);
}
