/**
 * One pass over a document that finds every acronym, where it is first used, how often it is
 * used and where it is spelled out. The acronyms rule turns the result into findings.
 *
 * Each block's nlcst is flattened into a string with a table from each character back to its
 * offset in the source, so acronyms split over several nlcst nodes (“A&E”, “ICB's”) are found
 * with one regular expression. Code, URLs and email addresses (SourceNodes) become a stop
 * character and are never read. Every check looks at a bounded window around an acronym, so the
 * whole pass is linear in the length of the document.
 */
import type { Nodes as MdastNodes } from 'mdast';
import type { Nodes as NlcstNodes } from 'nlcst';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Block, LintDocument } from '../../src/types.js';
import { isFamiliarWord } from './mdast.js';
import { isMention } from './mentions.js';
import { defineAt, explainedInSentence, initialsMatch, lettersOf, normalExpansion, partsOf, STOP } from './acronym-define.js';
import { matchesOf } from './matches.js';
import { isTechnical, TECHNICAL_WELL_KNOWN } from './acronym-technical.js';
import { isLinkLabel, labelAfterLink, linkAt, linkTexts } from './acronym-links.js';

export { initialsMatch, normalExpansion } from './acronym-define.js';

/** The glossary data file (rules/data/acronyms.json). */
export interface GlossaryData {
  entries?: Array<{ acronym?: string; expansion?: string; source?: string }>;
  wellKnown?: Record<string, string[] | undefined>;
}

/** What the scan needs to know about acronyms. Keys are upper case. */
export interface Lexicon {
  /** Acronym → expansions from the glossary. */
  glossary: Map<string, string[]>;
  /** Acronyms that never need spelling out (preset list, settings, the rule's allow option). */
  wellKnown: Set<string>;
  /** Every acronym known anywhere (glossary, every preset list, settings): real acronyms, not shouting. */
  known: Set<string>;
}

export interface Use {
  /** Source offsets of the acronym as written, with any plural or possessive ending. */
  start: number;
  end: number;
  block: number;
  /** The acronym as written, without plural or possessive ending (“COVID-19”). */
  written: string;
  plural: boolean;
  /** True when the acronym is the first word of its sentence. */
  startsSentence: boolean;
}

export interface Definition {
  block: number;
  start: number;
  end: number;
  /** The words the acronym stands for, as written. */
  expansion: string;
  /** True when the initials of the words match the letters of the acronym (or the glossary). */
  strict: boolean;
  /** For “words (ACR)”: the source range of “ (ACR)”, to remove when the acronym is not needed. */
  bracket?: [number, number];
  /** True when it is in link text, which often copies the title of the page it links to. */
  inLink?: boolean;
}

export interface AcronymRecord {
  key: string;
  count: number;
  first: Use;
  definitions: Definition[];
  /** Uses inside quotation marks (“the word ‘ICB’”): not counted as uses, but not “used once” either. */
  quoted?: number;
  /** Uses in link text that the scan leaves alone (the links option off, or a site's name in brackets): not flagged, but not “used once” either. */
  linked?: number;
}

/**
 * The GOV.UK style guide's list of abbreviations that need no explanation, with the file types it
 * names: well known in every preset.
 */
export const ALWAYS_WELL_KNOWN = [
  'BBC', 'CCTV', 'DIY', 'DVLA', 'EU', 'GP', 'HTML', 'ID', 'MI5', 'MI6', 'MOT', 'MP', 'NHS', 'PAYE', 'SORN',
  'TV', 'UK', 'URL', 'USA', 'VAT', 'VPN',
  'PDF', 'JPG', 'JPEG', 'PNG', 'GIF', 'SVG', 'CSV', 'DOC', 'DOCX', 'ODT', 'ODS', 'ODF', 'RTF',
  'TXT', 'XLS', 'XLSX', 'PPT', 'PPTX', 'ZIP', 'MP3', 'MP4', 'TIF', 'TIFF', 'BMP', 'WEBP', 'HEIC', 'EPS', 'WAV',
  // Everyday things people know by their letters, not their full names (“large print, CD and Braille”).
  'CD', 'CDS', 'DVD', 'PIN', 'USB', 'ATM', 'PC', 'PCS', 'QR',
];

/** Words in capitals that are not acronyms. */
const NOT_ACRONYMS = new Set([
  'OK', 'DD', 'MM', 'YY', 'YYYY', 'HH', 'MMM', 'TBC', 'TBA',
  // Names of websites, written without their dot.
  'GOV', 'GOVUK', 'NHSUK',
  // File sizes.
  'KB', 'MB', 'GB', 'TB', 'KBS', 'MBS', 'GBS',
  // Keys on a keyboard.
  'ALT', 'ESC', 'CTRL', 'CMD', 'DEL', 'FN', 'PGUP', 'PGDN', 'INS', 'PRTSC',
  // Names of things written in capitals, not letters that stand for words.
  'WIFI',
]);
/** A word after letters that makes them a company's or product's name: “GE Healthcare”, “BT Group”. */
const COMPANY_WORD =
  /^\s(?:Healthcare|Health Care|Ltd|Limited|plc|PLC|Group|Holdings|Inc|Corporation|Pharma|Pharmaceuticals|Technologies|Technology|Systems|Solutions|Software|Web|Bank|Insurance|Energy|Media|Labs|Medical|Diagnostics)\b/;
/** Units written after a number: “9 AM”, “30 MPH”. */
const UNITS = new Set(['KHZ', 'MHZ', 'GHZ', 'AM', 'PM', 'BST', 'GMT', 'UTC', 'MPH', 'KPH', 'MG', 'ML', 'KG']);
/** “Level AA”, “AAA guidelines”: accessibility and other grades, not acronyms. */
const GRADE = /^A{2,3}$/;
const GRADE_CONTEXT = /\b(?:levels?|wcag|contrast|criteri|criterion|guidelines?|conformance|standard|rating|grade)/i;
/** Words before a Roman numeral: “Part IV”, “type II diabetes”. */
const ROMAN_BEFORE = new Set(['part', 'parts', 'type', 'types', 'stage', 'stages', 'phase', 'class', 'grade', 'level', 'chapter', 'section', 'schedule', 'article', 'annex', 'appendix', 'volume', 'war', 'tier', 'band']);


/**
 * Two or more capitals, with digits or “&” between capitals, an optional year (“COVID-19”) and an
 * optional plural or possessive (“ICBs”, “ICB's”, “ICBs'”). Not part of a longer word, a dotted
 * name (“GOV.UK”) or an identifier (“MY_VAR”), and not glued to an @ or a slash path.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}_&@]['’]?)(?<![\p{L}\p{N}]\.)([A-Z](?:[A-Z0-9]|&(?=[A-Z]))*[A-Z0-9])(-\d{1,4}(?![\p{L}\p{N}]))?((?:['’]s|s['’]?)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}_&@])(?!\.[\p{L}\p{N}])/gu;
const CAPITALS = /[A-Z]/g;
const ROMAN = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const POSTCODE_OUT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_IN = /^\s\d[A-Z]{2}(?![\p{L}\p{N}])/u;
const LETTERS_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;

/** The flattened text of one block. */
interface Flat {
  s: string;
  /** map[i] = source offset of s[i]. */
  map: number[];
  /** Sentence ranges in s, in order. */
  sentences: Array<[number, number]>;
}

function flatBlock(block: Block): Flat {
  const flat: Flat = { s: '', map: [], sentences: [] };
  const leaf = (node: NlcstNodes): void => {
    if (node.type === 'SourceNode' || !('value' in node)) {
      if (node.type === 'SourceNode') push(STOP, node);
      else if ('children' in node) for (const child of node.children) leaf(child as NlcstNodes);
      return;
    }
    push(node.value, node);
  };
  const push = (value: string, node: NlcstNodes): void => {
    const start = node.position?.start.offset ?? flat.map[flat.map.length - 1] ?? 0;
    const end = node.position?.end.offset ?? start + value.length;
    const exact = end - start === value.length;
    for (let k = 0; k < value.length; k++) {
      flat.s += value[k];
      flat.map.push(exact ? start + k : Math.min(start + k, Math.max(start, end - 1)));
    }
  };
  for (const child of block.nlcst.children) {
    if (child.type === 'SentenceNode') {
      const from = flat.s.length;
      leaf(child);
      flat.sentences.push([from, flat.s.length]);
    } else leaf(child as NlcstNodes);
  }
  return flat;
}





export function buildLexicon(data: GlossaryData, preset: string | undefined, extra: Iterable<unknown>): Lexicon {
  const glossary = new Map<string, string[]>();
  for (const entry of data.entries ?? []) {
    if (!entry.acronym || !entry.expansion) continue;
    const key = entry.acronym.toUpperCase();
    const list = glossary.get(key) ?? [];
    if (!list.includes(entry.expansion)) list.push(entry.expansion);
    glossary.set(key, list);
  }
  const lists = data.wellKnown ?? {};
  const wellKnown = new Set<string>(ALWAYS_WELL_KNOWN);
  // An acronym either house style uses as it is (“A&E”, “MRI scan”, “VAT”) is well known in both.
  void preset;
  for (const list of Object.values(lists)) for (const a of list ?? []) wellKnown.add(String(a).toUpperCase());
  for (const a of extra) if (typeof a === 'string' && a.trim()) wellKnown.add(a.trim().toUpperCase());
  const known = new Set<string>([...glossary.keys(), ...wellKnown]);
  for (const list of Object.values(lists)) for (const a of list ?? []) known.add(String(a).toUpperCase());
  return { glossary, wellKnown, known };
}

/** Map each table cell to the text of the cell after it (for glossary tables). */
function nextCellText(doc: LintDocument): Map<MdastNodes, string> {
  const next = new Map<MdastNodes, string>();
  const walk = (node: MdastNodes): void => {
    if (node.type === 'tableRow') {
      for (let i = 0; i + 1 < node.children.length; i++) next.set(node.children[i]!, mdastToString(node.children[i + 1]!));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(doc.mdast);
  return next;
}

/** Scan the whole document once. Returns one record per acronym that is not well known. */
export function scanAcronyms(doc: LintDocument, lexicon: Lexicon, { links: countLinks = true } = {}): Map<string, AcronymRecord> {
  const records = new Map<string, AcronymRecord>();
  const quoted = new Map<string, number>();
  const linked = new Map<string, number>();
  const cells = doc.blocks.some((b) => b.kind === 'tableCell') ? nextCellText(doc) : undefined;
  const links = linkTexts(doc);
  // In a text about accessibility, “AA” and “AAA” are levels of the guidelines.
  const aboutLevels = /\bWCAG|\bcontrast\b|\baccessib/i.test(doc.text);

  const resolve = (core: string): string | undefined => {
    const key = core;
    if (lexicon.wellKnown.has(key)) return undefined;
    // “CSS”, “API” in a text for developers (acronym-technical.ts).
    if (TECHNICAL_WELL_KNOWN.has(key) && isTechnical(doc)) return undefined;
    if (lexicon.known.has(key)) return key;
    // “GPS” written for “GPs”.
    if (key.length > 2 && key.endsWith('S')) {
      const single = key.slice(0, -1);
      if (lexicon.wellKnown.has(single)) return undefined;
      if (lexicon.known.has(single)) return single;
    }
    // A version number after an acronym: “HTML5”, “WCAG22”, “IE11” go with “HTML”, “WCAG”, “IE”.
    const version = /^([A-Z&]{2,})\d+$/.exec(key);
    if (version) {
      if (lexicon.wellKnown.has(version[1]!)) return undefined;
      return version[1]!;
    }
    return key;
  };

  doc.blocks.forEach((block, blockIndex) => {
    const flat = flatBlock(block);
    const { s, map } = flat;
    if (!/[A-Z]/.test(s)) return;
    const endOf = (i: number) => (i > 0 ? map[i - 1]! + 1 : map[0] ?? 0);
    const shouting = new Map<number, boolean>();
    const graded = new Map<number, boolean>();
    let sentence = 0;

    for (const m of matchesOf(s, CANDIDATE)) {
      const core = m[1]!;
      const start = m.index;
      const coreEnd = start + core.length + (m[2]?.length ?? 0);
      const end = coreEnd + (m[3]?.length ?? 0);
      if ((core.match(CAPITALS)?.length ?? 0) < 2) continue;
      if (NOT_ACRONYMS.has(core)) continue;
      while (sentence + 1 < flat.sentences.length && flat.sentences[sentence]![1] <= start) sentence++;
      const range = flat.sentences[sentence] ?? [0, s.length];

      const before = s[start - 1] ?? '';
      const after = s[end] ?? '';
      // Template gaps: “[NAME]”, “{DATE}”, “((QR CODE))”.
      if (isPlaceholder(s, start, end)) continue;
      // Mentioned, not used: “BAME” in quotation marks, or in a list after “We do not say:” (mentions.ts).
      // Counted, so "used only once" knows about the quoted uses.
      if (isMention(doc, map[start]!, endOf(end))) {
        const quotedKey = resolve(core);
        if (quotedKey) quoted.set(quotedKey, (quoted.get(quotedKey) ?? 0) + 1);
        continue;
      }
      // Part of a name joined with hyphens: “X-UA-Compatible”.
      if (before === '-' && after === '-' && /\p{L}/u.test(s[start - 2] ?? '')) continue;
      // Part of a code of 3 or more parts joined with hyphens or slashes, with digits in it: a job
      // or file reference (“236-BCO-CS303-25-PS”), not an acronym.
      if ((before === '-' || before === '/' || after === '-' || after === '/') && inCode(s, start, end)) continue;
      // Reference numbers and standards: “DCB0129”, “ISB 0149”, “BS EN ISO 9241”, and letters that
      // start a reference joined by slashes or hyphens: “Job reference: LR/37/18”, “REF-2024-07”.
      if (/\d{3}/.test(core) || isStandardNumber(s.slice(end, end + 40)) || /^[/-]\d+[/-]\w/.test(s.slice(start + core.length, start + core.length + 20))) continue;
      // “(ODP, 2MB)”: a file format, not the job (operating department practitioner).
      if (core === 'ODP' && /^(?:,\s*\d|\s+(?:file|format|version|document|presentation)\b)/i.test(s.slice(end, end + 20))) continue;
      // The number of a form: “the GMS1 form”, “a P45 certificate”.
      if (/\d$/.test(core) && /^\s+(?:\p{L}+\s+)?(?:form|forms|certificate|notice|letter)\b/iu.test(s.slice(end, end + 30))) continue;
      // Postcodes: “SW1A 2AA”, “LS1 4AP”.
      if (POSTCODE_OUT.test(core) && POSTCODE_IN.test(s.slice(end, end + 5))) continue;
      const previous = previousWord(s, start);
      // Units after a number: “9 PM”, “30 MPH”.
      if (UNITS.has(core) && /^\d[\d.,]*$/.test(previous)) continue;
      // “HM Revenue and Customs”: part of an organisation's name.
      if (core === 'HM' && /^\s\p{Lu}/u.test(s.slice(end, end + 2))) continue;
      // “GE Healthcare”, “BT Group”, “EMIS Web”: letters that are a company's or product's name,
      // with a word that makes it one. Acronyms the glossary explains are still checked.
      if (COMPANY_WORD.test(s.slice(end, end + 20)) && !lexicon.glossary.has(core)) continue;
      // Accessibility levels: “level AA”, “AAA guidelines”.
      if (GRADE.test(core) && (aboutLevels || gradeSentence(s, range, graded, sentence))) continue;
      const key = resolve(core);
      if (!key) continue;
      if (!lexicon.known.has(key)) {
        // Words in capitals that are everyday words are shouting, not acronyms: the all-caps rule's job.
        if (/^[A-Z]+$/.test(core) && (isFamiliarWord(core.toLowerCase()) || wordLike(core))) continue;
        if (ROMAN.test(core)) continue;
      } else if (ROMAN.test(core) && romanHere(s, start, range[0], previous)) continue;
      // A line in capitals is shouting, but an acronym the glossary knows, that is no everyday word,
      // is still an acronym there: “STAFF NURSE, AMU”.
      if (isShoutingSentence(flat, range, shouting, sentence, lexicon) && !(lexicon.glossary.has(key) && !isFamiliarWord(core.toLowerCase()))) continue;

      const definition =
        defineAt(s, map, start, end, key, lexicon, block, cells, endOf, range[0]) ?? sameSentence(s, map, start, end, key, lexicon, range[0], endOf);
      const link = linkAt(links, map[start]!);
      // A website named in brackets at the end of link text: “[Perspectives (W3C)](…)”.
      // Left alone, but counted: “British Sign Language (BSL) … [BSL standard](…)” uses BSL twice.
      if (
        !definition &&
        ((link >= 0 && (!countLinks || isLinkLabel(s, start, end, links.ends[link]!, endOf))) ||
          (link < 0 && labelAfterLink(links, doc.text, map[start]!, s, start, end)))
      ) {
        linked.set(key, (linked.get(key) ?? 0) + 1);
        continue;
      }

      const use: Use = {
        start: map[start]!,
        end: endOf(end),
        block: blockIndex,
        written: core + (m[2] ?? ''),
        plural: m[3] === 's' || m[3] === "s'" || m[3] === 's’',
        startsSentence: !/[\p{L}\p{N}]/u.test(s.slice(range[0], start)),
      };
      let record = records.get(key);
      if (!record) {
        record = { key, count: 0, first: use, definitions: [] };
        records.set(key, record);
      }
      record.count++;
      if (definition) record.definitions.push({ ...definition, block: blockIndex, inLink: link >= 0 });
    }
  });
  for (const [key, n] of quoted) {
    const record = records.get(key);
    if (record) record.quoted = n;
  }
  for (const [key, n] of linked) {
    const record = records.get(key);
    if (record) record.linked = n;
  }
  return records;
}

/** “the Federation of Small Businesses, known as the FSB”, “ABC, a score that …”. */
function sameSentence(
  s: string,
  map: number[],
  start: number,
  end: number,
  key: string,
  lexicon: Lexicon,
  sentenceStart: number,
  endOf: (i: number) => number,
): Omit<Definition, 'block'> | undefined {
  const letters = lettersOf(key);
  const wanted = (lexicon.glossary.get(key) ?? []).map(normalExpansion);
  const match = (words: string) => initialsMatch(letters, partsOf(words)) || wanted.includes(normalExpansion(words));
  const found = explainedInSentence(s, sentenceStart, start, end, match);
  return found ? { start: map[start]!, end: endOf(end), expansion: found.expansion, strict: found.strict } : undefined;
}

const PLACEHOLDER_CHAR = /[A-Z0-9 _&'’-]/;
const CLOSER: Record<string, string> = { '[': ']', '{': '}', '<': '>', '(': ')' };

/** Is the acronym inside a template gap in capitals: “[NAME]”, “{DATE}”, “((QR CODE))”? */
function isPlaceholder(s: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i < 40 && PLACEHOLDER_CHAR.test(s[i]!)) i--;
  const open = s[i] ?? '';
  const close = CLOSER[open];
  if (!close || (open === '(' && s[i - 1] !== '(')) return false;
  let j = end;
  while (j < s.length && j - end < 40 && PLACEHOLDER_CHAR.test(s[j]!)) j++;
  return s[j] === close && (open !== '(' || s[j + 1] === ')');
}

/** Is a reference number next: “ISB 0149”, “BS EN ISO 9241”? Years (“ICB 2025”) are not. */
function isStandardNumber(next: string): boolean {
  const m = /^\s+(?:[A-Z]{2,}\s+){0,3}(\d{3,})(?![\p{L}])/u.exec(next);
  return !!m && !/^(?:19|20)\d\d$/.test(m[1]!);
}

/** Does the sentence talk about accessibility or other levels? Worked out once per sentence. */
function gradeSentence(s: string, range: [number, number], cache: Map<number, boolean>, index: number): boolean {
  let result = cache.get(index);
  if (result === undefined) {
    result = GRADE_CONTEXT.test(s.slice(range[0], range[1]));
    cache.set(index, result);
  }
  return result;
}

/** The word just before position `at` (over spaces), or ''. */
function previousWord(s: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (s[i] === ' ' || s[i] === '\u00a0')) i--;
  let j = i;
  while (j >= 0 && /[\p{L}\p{N}.,]/u.test(s[j]!)) j--;
  return s.slice(j + 1, i + 1).replace(/[.,]$/, '');
}

/** Is a Roman numeral that is also an acronym (“IV”) used as a number here: “Part IV”, “Henry VIII”? */
function romanHere(s: string, at: number, sentenceStart: number, previous: string): boolean {
  if (ROMAN_BEFORE.has(previous.toLowerCase())) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(previous)) return false;
  // A capitalised word before it is a name (“Elizabeth II”), unless it only starts the sentence.
  const before = s.slice(sentenceStart, Math.max(sentenceStart, s.lastIndexOf(previous, at)));
  return /[\p{L}\p{N}]/u.test(before);
}

/** A long word in capitals that reads like a word, not letters: “APPOINTMENTS”. */
function wordLike(core: string): boolean {
  if (core.length < 6) return false;
  const lower = core.toLowerCase();
  const vowels = (lower.match(/[aeiouy]/g)?.length ?? 0) / lower.length;
  return vowels >= (core.length < 7 ? 0.5 : 0.3) && !/[^aeiouy]{4}/.test(lower);
}

/**
 * Is most of this sentence in capitals, with everyday words among them (“PLEASE CALL THE ICB”)?
 * Then it is shouting, which the all-caps rule reports. Worked out once per sentence.
 */
function isShoutingSentence(flat: Flat, range: [number, number], cache: Map<number, boolean>, index: number, lexicon: Lexicon): boolean {
  const cached = cache.get(index);
  if (cached !== undefined) return cached;
  let words = 0;
  let caps = 0;
  let everyday = 0;
  for (const token of matchesOf(flat.s.slice(range[0], range[1]), LETTERS_TOKEN)) {
    const text = token[0].replace(/['’.-]+$/, '');
    if (!/\p{L}/u.test(text)) continue;
    words++;
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters !== letters.toUpperCase()) continue;
    caps++;
    if (letters.length >= 3 && !lexicon.known.has(letters) && isFamiliarWord(letters.toLowerCase())) everyday++;
  }
  const result = caps >= 2 && caps * 2 > words && everyday >= 1;
  cache.set(index, result);
  return result;
}

/** The letters at [start, end) are one part of a code like “236-BCO-CS303-25-PS”: 3 or more parts joined by hyphens or slashes, one with a digit. */
function inCode(s: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && /[\p{L}\p{N}/-]/u.test(s[a - 1]!)) a--;
  let b = end;
  while (b < s.length && /[\p{L}\p{N}/-]/u.test(s[b]!)) b++;
  const parts = s.slice(a, b).split(/[/-]/);
  return parts.length >= 3 && parts.every(Boolean) && parts.some((p) => /\d/.test(p));
}
