/**
 * medical-words: the list in rules/data/lists/medical-words.json (tests, treatments, parts of the
 * body, conditions and hospital words that many readers do not know), plus what a list cannot say.
 * The NHS asks writers to use an everyday word, or to explain a medical word the first time they
 * use it. So the rule leaves a word alone:
 *
 * - on a page that explains it anywhere: “A colonoscopy is a test that …”, “What is a
 *   colonoscopy?”, “a thin tube called a colonoscope”, “biopsies (small pieces of tissue)”, “a
 *   biopsy, where a doctor takes a small sample”. Once explained, the later uses are fine;
 * - inside the full name of an acronym: “balloon pulmonary angioplasty (BPA)”, a name the page uses
 *   for a treatment or condition;
 * - written with a capital in the middle of a sentence: “the Endoscopy team”, “Renal Unit,
 *   Gastroenterology, Respiratory”, the name of a department or team;
 * - in someone's words in quotation marks, 6 words or more: a clinician quoted in a news release;
 * - when it names a service or a field in a list of them: “outpatients, endoscopy, day case
 *   surgery and imaging”. Only for the names of tests, treatments, areas of medicine and hospital
 *   words, so “lesions, erythema and swelling” is still flagged;
 * - on a page written for clinical staff, as its title or opening line says (“information for
 *   healthcare practitioners”, “guidance for health professionals”): GOV.UK lets a page for
 *   specialists use the technical terms they know.
 */
import data from './data/lists/medical-words.json' with { type: 'json' };
import { listRule, type ListEntry, type ListFile } from './lib/list-rule.js';
import type { TermMatch } from './lib/terms.js';
import { matchesOf } from './lib/matches.js';
import type { LintDocument } from '../src/types.js';

const file = data as ListFile;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Kinds of thing a plain explanation says a medical word is: “a test that …”, “a thin tube”. */
const KIND =
  '(?:test|tests|scan|scans|check|examination|procedure|operation|treatment|medicine|tube|camera|condition|illness|infection|word|term|name|way|part|type|kind|sample|small|thin|simple|common|rare|serious|specialist|doctor|nurse|person|machine|device)';

/** Words before a term that introduce it: “a thin tube called a colonoscope”, “(also called the colon or large intestine)”. */
const CALLED_BEFORE = /\b(?:called|known as|named)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+(?:or|and)\s+(?:(?:a|an|the)\s+)?)?$/iu;

/**
 * Does the page explain this entry anywhere? One regular expression per entry and page, checked
 * once: a term in brackets right after (“biopsies (small pieces of tissue)”), a definition (“a
 * colonoscopy is a test that”, “a biopsy, where a doctor …”), a question (“What is a
 * colonoscopy?”) or a name the text gives (“a tube called a colonoscope”).
 */
const explained = new WeakMap<LintDocument, Map<string, boolean>>();
function explainedOnPage(doc: LintDocument, entry: ListEntry): boolean {
  let byEntry = explained.get(doc);
  if (!byEntry) explained.set(doc, (byEntry = new Map()));
  const known = byEntry.get(entry.id);
  if (known !== undefined) return known;
  const forms = [...entry.match].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/\s+/g, '\\s+'));
  const term = `(?:${forms.join('|')})`;
  const patterns = [
    // “biopsies (small pieces of tissue)”, not “(BPA)” or “(see page 4)”
    new RegExp(`\\b${term}\\s*\\((?!\\s*(?:see|page|p\\.|pdf|opens)\\b)(?![\\p{Lu}\\d&]{2,8}s?\\))[^()\\n]{3,160}\\)`, 'iu'),
    // “a colonoscopy is a test that”, “is an operation to”, “are small growths”
    new RegExp(`\\b${term}[”"’']?\\s+(?:is|are)\\s+(?:(?:a|an|the|usually|often|sometimes|when|where)\\s+)?(?:[\\p{L}-]+\\s+){0,2}${KIND}\\b`, 'iu'),
    new RegExp(`\\b${term}[”"’']?\\s+(?:is|are)\\s+(?:when|where|how|what)\\b`, 'iu'),
    // “a biopsy, where a doctor takes …”, “a stent, a small tube …”, “an enema, which is …”
    new RegExp(`\\b${term}[”"’']?\\s*(?:,|–|—|\\s-)\\s*(?:(?:where|when|in which)\\s+(?:a|an|the|we|they|you|your|doctors?|nurses?|surgeons?|specialists?)\\b|which\\s+(?:is|are|means)\\b|(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${KIND}\\b)`, 'iu'),
    // “What is a colonoscopy?”, “What is balloon pulmonary angioplasty (BPA)?”
    new RegExp(`\\bwhat\\s+(?:is|are|does|happens (?:during|in))\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,3}${term}\\b[^?.\\n]{0,40}\\?`, 'iu'),
    // “a thin tube called a colonoscope”, “also known as haematoma”
    new RegExp(`\\b(?:called|known as)\\s+(?:(?:a|an|the)\\s+)?${term}\\b`, 'iu'),
  ];
  const text = doc.text.replace(/[*_]/g, ' ');
  const found = patterns.some((p) => p.test(text));
  byEntry.set(entry.id, found);
  return found;
}

/** “balloon pulmonary angioplasty (BPA)”: the term is one of the words an acronym stands for. */
function inAcronymName(doc: LintDocument, match: TermMatch<ListEntry>): boolean {
  const after = doc.text.slice(match.end, match.end + 100);
  const m = /^((?:[\s-]+[\p{L}’'-]+){0,5}?)\s*\(([\p{Lu}][\p{L}\d&-]{1,9})\)/u.exec(after);
  if (!m) return false;
  const words = match.text.split(/\s+/).length + (m[1]!.trim() ? m[1]!.trim().split(/[\s-]+/).length : 0);
  const letters = m[2]!.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && words <= letters.length + 1 && letters.includes(match.text.charAt(0).toUpperCase());
}

/** A capital in the middle of a sentence: the name of a department, team or service. */
function capitalisedName(match: TermMatch<ListEntry>): boolean {
  return !match.startsSentence && /^\p{Lu}/u.test(match.text) && !/^\p{Lu}+$/u.test(match.text);
}

/** An item of a list before the term (up to 2 words) and another item (up to 3 words). */
const ITEM = String.raw`(?:[\p{L}’'-]+\s+){0,2}`;
const OTHER = String.raw`[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}`;
/** The shapes of a list around a term, made once: the text before the term, and after it. */
const LIST = {
  example: /\b(?:such as|like|including|for example|eg|especially)\s+$/iu,
  commaBefore: new RegExp(String.raw`,\s+${ITEM}$`, 'u'),
  lastItem: new RegExp(String.raw`,\s+${OTHER},?\s+(?:and|or)\s+${ITEM}$`, 'u'),
  sepAfter: /^(?:\s+[\p{L}’'-]+){0,2}(?:,|\s+and\b|\s+or\b)/u,
  firstItem: new RegExp(String.raw`^(?:\s+[\p{L}’'-]+){0,2},\s+${OTHER}(?:,|\s+(?:and|or)\b)`, 'u'),
};

/** “outpatients, endoscopy, day case surgery and imaging”: one item of a list of services or fields. */
function inListOfServices(doc: LintDocument, match: TermMatch<ListEntry>): boolean {
  // Entries tagged "service" name a test, a treatment, an area of medicine, a hospital word or a job.
  if (!match.entry.tags?.includes('service')) return false;
  const block = match.block.node.position;
  const start = block?.start.offset ?? Math.max(0, match.start - 200);
  // A paragraph may run over several lines: a line break is a space.
  let before = doc.text.slice(start, match.start).replace(/\s+/gu, ' ');
  before = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(': ')) + 1);
  let after = doc.text.slice(match.end, Math.min(block?.end.offset ?? match.end + 200, match.end + 200)).replace(/\s+/gu, ' ');
  const stop = after.search(/[.;:!?](?:\s|$)/u);
  if (stop >= 0) after = after.slice(0, stop);
  // The term is one item of a list: “A, TERM, C”, “A, TERM and C”, “A, B and TERM”, “TERM, B and C”.
  // An item is up to 3 words; “such as barium enema” gives an example, not a list of services.
  const example = LIST.example.test(before);
  const commaBefore = LIST.commaBefore.test(before);
  const lastItem = LIST.lastItem.test(before);
  const sepAfter = LIST.sepAfter.test(after);
  const firstItem = LIST.firstItem.test(after);
  if (example) return firstItem;
  return (commaBefore && sepAfter) || lastItem || firstItem;
}

/** Quotations of 6 words or more: someone's words (a clinician in a news release), not the writer's to change. */
const SPEECH = /[“"]([^“”"\n]{20,1200})[”"]/gu;
function inSpeech(doc: LintDocument, match: TermMatch<ListEntry>): boolean {
  const block = match.block.node.position;
  const start = block?.start.offset;
  const end = block?.end.offset;
  if (start === undefined || end === undefined) return false;
  for (const q of matchesOf(doc.text.slice(start, end), SPEECH)) {
    const from = start + q.index + 1;
    if (match.start >= from && match.end <= from + q[1]!.length && q[1]!.trim().split(/\s+/u).length >= 6) return true;
  }
  return false;
}

/**
 * The page's title or its first paragraph says it is for clinical staff: “Shingles programme:
 * information for healthcare practitioners”, “Guidance for health professionals”. Not a page for
 * the public that mentions them further down (“Information for health professionals is below”),
 * nor one for both (“Information for healthcare professionals and the public”).
 */
const CLINICAL_READERS =
  /\bfor\s+(?:(?:health\s*care|health|medical|clinical|nursing|immunisation|vaccination)\s+(?:professionals|practitioners|staff|workers)|clinicians|prescribers|vaccinators)\b(?!\s+(?:and|or)\s+(?:the\s+)?(?:public|patients|carers|parents|families|people)\b)/iu;
const clinicalPage = new WeakMap<LintDocument, boolean>();
function forClinicalReaders(doc: LintDocument): boolean {
  let known = clinicalPage.get(doc);
  if (known === undefined) {
    const title = doc.blocks.find((b) => b.kind === 'heading');
    const first = doc.blocks.find((b) => b.kind === 'paragraph');
    const text = (b: typeof title) => (b ? doc.text.slice(b.node.position?.start.offset ?? 0, b.node.position?.end.offset ?? 0) : '');
    known = CLINICAL_READERS.test(text(title)) || CLINICAL_READERS.test(text(first).split(/[.!?](?:\s|$)/u)[0] ?? '');
    clinicalPage.set(doc, known);
  }
  return known;
}

export default listRule(file, {
  keep(match, doc) {
    if (forClinicalReaders(doc)) return false;
    if (capitalisedName(match) || inSpeech(doc, match)) return false;
    if (CALLED_BEFORE.test(doc.text.slice(Math.max(0, match.start - 60), match.start))) return false;
    if (inAcronymName(doc, match)) return false;
    if (inListOfServices(doc, match)) return false;
    return !explainedOnPage(doc, match.entry);
  },
});
