/**
 * Small helpers shared by the structure and accessibility rules (alt-text, link-text, headings,
 * all-caps, long-paragraph): walking the mdast, plain text of nodes, and telling words in
 * capitals used for emphasis apart from acronyms.
 */
import type { Nodes as MdastNodes } from 'mdast';
import type { Sentence, Word } from 'nlcst';
import { toString as mdastToString } from 'mdast-util-to-string';
import { toString as nlcstToString } from 'nlcst-to-string';
import { daleChall } from 'dale-chall';
import type { Block, LintDocument, Settings } from '../../src/types.js';
import glossaryData from '../data/acronyms.json' with { type: 'json' };
import { matchesOf } from './matches.js';

/** The plain text of an mdast node, as a reader sees it (image alt text included). */
export function plainText(node: MdastNodes): string {
  return mdastToString(node);
}

export { eachNode } from '../../src/parse/each-node.js';

/** A span between two offsets of the document text. */
export function spanAt(doc: LintDocument, start: number, end: number) {
  return { start: doc.pointAt(start), end: doc.pointAt(end) };
}

/** Normalise words for comparing: lower case, straight quotes, single spaces, no edge punctuation. */
export function normalWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'([{]+|[\s"'.,:;!?)\]}]+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Capitals

/** Words that stay in capitals in normal writing, on top of the glossary and the settings. */
const BUILTIN_ACRONYMS = [
  'NHS', 'GP', 'GPS', 'UK', 'A&E', 'ICB', 'ICS', 'PCN', 'CCG', 'NICE', 'COVID', 'HIV', 'AIDS', 'MMR', 'BCG',
  'HPV', 'RSV', 'MRSA', 'CAMHS', 'PALS', 'SEND', 'ADHD', 'MRI', 'CT', 'ECG', 'BMI', 'BSL', 'DVLA', 'HMRC', 'DWP',
  'DHSC', 'MHRA', 'NHSX', 'NHSE', 'UKHSA', 'CQC', 'NMC', 'GMC', 'RCN', 'BMA', 'EU', 'USA', 'BBC', 'ITV', 'TV',
  'PDF', 'URL', 'HTML', 'CSS', 'JSON', 'XML', 'YAML', 'HTTP', 'HTTPS', 'API', 'ARIA', 'WCAG', 'JAWS', 'NVDA',
  'FHIR', 'SNOMED', 'GDPR', 'DPIA', 'NCSC', 'SCSS', 'SASS', 'JPEG', 'PNG', 'SVG', 'GIF', 'REST', 'SMS', 'PIN',
  'FAQ', 'FAQS', 'CEO', 'OK', 'AM', 'PM', 'ID', 'IT', 'IVF', 'ICU', 'ITU', 'PPE', 'STI', 'STIS', 'TB', 'UTI',
  'COPD', 'IAPT', 'GOVUK', 'RNID', 'EHRC', 'EHIC', 'GHIC', 'BAME', 'LGBT', 'LGBTQ', 'LGBTQIA', 'SEN', 'SENCO',
];

/** Words often written in capitals to shout, that a short word list may miss. */
const EMPHASIS_WORDS = [
  'urgent', 'warning', 'reminder', 'cancelled', 'canceled', 'closed', 'mandatory', 'essential', 'caution',
  'danger', 'deadline', 'attention', 'immediately', 'update', 'updated', 'changes', 'change', 'appointment',
  'appointments', 'vaccination', 'vaccine', 'contact', 'information', 'reception', 'surgery', 'practice',
  'patients', 'patient', 'required', 'unless', 'welcome', 'today', 'tomorrow', 'strictly', 'absolutely',
  'definitely', 'online', 'phone', 'emergency', 'only', 'never', 'always', 'must', 'please', 'note',
];

let familiar: Set<string> | undefined;
function familiarWords(): Set<string> {
  familiar ??= new Set([...daleChall, ...EMPHASIS_WORDS]);
  return familiar;
}

/** Is this (lower-case) word an everyday English word, or a form of one? */
export function isFamiliarWord(lower: string): boolean {
  const words = familiarWords();
  if (words.has(lower)) return true;
  const stems = [
    lower.replace(/'s$/, ''),
    lower.replace(/s$/, ''),
    lower.replace(/es$/, ''),
    lower.replace(/ed$/, ''),
    lower.replace(/d$/, ''),
    lower.replace(/ing$/, ''),
    lower.replace(/ing$/, 'e'),
    lower.replace(/ly$/, ''),
    lower.replace(/ness$/, ''),
    lower.replace(/iness$/, 'y'),
    lower.replace(/ied$/, 'y'),
    lower.replace(/ies$/, 'y'),
  ];
  return stems.some((s) => s.length >= 2 && s !== lower && words.has(s));
}

const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
export function isRomanNumeral(word: string): boolean {
  return word.length > 0 && ROMAN.test(word);
}

/** A word of two or more capital letters (with inner hyphens or apostrophes), no digits. */
const CAPS_WORD = /^[A-Z][A-Z'’-]*[A-Z]$/;
export function isCapsWord(core: string): boolean {
  return CAPS_WORD.test(core);
}

/** The glossary of acronyms (rules/data/acronyms.json). */
interface Glossary {
  entries?: Array<{ acronym?: string }>;
  wellKnown?: Record<string, string[]>;
}
async function loadGlossary(): Promise<Glossary> {
  return glossaryData as Glossary;
}

const BRACKETED = /\(([A-Z]{2,5})s?\)/g;
const BEFORE_BRACKET = /\b([A-Z]{2,5})s?\s+\((?=[a-z]|[A-Z][a-z])/g;

/** Every word the document and the settings treat as an acronym (upper case). */
export async function acronymsFor(doc: LintDocument, settings: Settings): Promise<Set<string>> {
  const set = new Set(BUILTIN_ACRONYMS);
  const data = await loadGlossary();
  for (const entry of data.entries ?? []) if (entry.acronym) set.add(entry.acronym.toUpperCase());
  for (const list of Object.values(data.wellKnown ?? {})) for (const a of list ?? []) set.add(String(a).toUpperCase());
  for (const a of settings.acronyms ?? []) set.add(String(a).toUpperCase());
  // Acronyms the writer explains in brackets: "integrated care board (ICB)" or "ICB (integrated care board)".
  for (const block of doc.blocks) {
    for (const m of matchesOf(block.text, BRACKETED)) set.add(m[1]!);
    for (const m of matchesOf(block.text, BEFORE_BRACKET)) set.add(m[1]!);
  }
  return set;
}

/**
 * Is this word in capitals shouting, not an acronym? It must not be a known acronym, and it must
 * be an everyday word ("IMPORTANT", "DO", "NOT"), or a long word that reads like one.
 */
export function isShouting(core: string, acronyms: Set<string>): boolean {
  if (!isCapsWord(core)) return false;
  const upper = core.replace(/’/g, "'");
  if (acronyms.has(upper) || acronyms.has(upper.replace(/'?S$/, ''))) return false;
  if (isRomanNumeral(upper)) return false;
  const parts = upper.split('-').filter(Boolean);
  if (parts.length > 1) return parts.some((p) => isShouting(p, acronyms));
  const lower = upper.toLowerCase();
  if (isFamiliarWord(lower)) return true;
  // Unknown words: short ones are most likely acronyms we do not know.
  if (lower.length < 6) return false;
  const vowels = (lower.match(/[aeiouy]/g) ?? []).length;
  return vowels / lower.length >= 0.3 && !/[^aeiouy']{4}/.test(lower);
}

/** A run of touching nlcst nodes with no space between them, such as “COVID-19” or “IMPORTANT:”. */
export interface Token {
  /** The text without edge punctuation. */
  core: string;
  /** The text as written, with edge punctuation: “[NAME]”, “IMPORTANT:”. */
  raw: string;
  first: Word;
  last: Word;
}

/** Split a sentence into tokens. Code and web addresses (SourceNodes) become `null`: they break runs. */
export function tokensOf(sentence: Sentence): Array<Token | null> {
  const out: Array<Token | null> = [];
  let words: Word[] = [];
  let text = '';
  const flush = () => {
    if (words.length) {
      const core = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      out.push({ core, raw: text, first: words[0]!, last: words[words.length - 1]! });
    }
    words = [];
    text = '';
  };
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode' || child.type === 'SourceNode') {
      flush();
      if (child.type === 'SourceNode') out.push(null);
      continue;
    }
    text += nlcstToString(child);
    if (child.type === 'WordNode') words.push(child);
  }
  flush();
  return out;
}

/** Blocks in document order that hold prose a reader reads as body text. */
export function bodyBlocks(doc: LintDocument): Block[] {
  return doc.blocks.filter((b) => b.kind !== 'heading');
}
