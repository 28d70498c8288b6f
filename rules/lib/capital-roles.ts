/**
 * Job titles and hospital services written with capitals in running text, when a word the
 * dictionary has only in lower case comes before the role or the service: “the District Nurse”,
 * “a Healthcare Assistant”, “our Maternity Unit”, “the Radiology Department”. Both guides write
 * general job titles in lower case (GOV.UK A to Z, “Job titles”: “director”; the NHS A to Z:
 * “practice managers”), and the NHS A to Z writes service types in lower case (“walk-in centre”,
 * “urgent treatment centres”). A named place or person keeps its capitals: “St Mary’s Maternity
 * Unit”, “District Nurse Jane Smith”, “Jane Smith, our District Nurse”.
 */
import type { Token } from './tokens.js';
import data from '../data/capitals.json' with { type: 'json' };
import { COMMON, DETERMINERS, GENERIC, base, isCap, isPlural, isWord } from './capital-words.js';
import { nextToName } from './capital-names.js';
import { keptName, type WordCase } from './word-case.js';
import { matchesOf } from './matches.js';

/** Roles that are kinds of job, not one post (no “director”, “commissioner” or “secretary”: often one post, so a specific title). */
export const ROLES = new Set(data.roles);
/** A role written as an acronym, after words that describe it: “the Locum GP”, “our Salaried GPs”. */
export const ROLE_ACRONYM = /^GPs?$/;
/** Kinds of hospital service: “unit”, “department”, “team”, “service”, “clinic” (no “centre” or “office”: often a building's or a body's name). */
export const SERVICES = new Set(data.services);
/** Words that say what a team does: “complaints”, “safeguarding”, “prevention”, “disciplinary”. */
const TEAM_WORD = /(?:s|ing|ion|ment|ity|ics|ogy|ary)$/;
/** Words for a specialist: “colposcopist”, “optician”, “radiographer”. */
const SPECIALIST = /(?:ist|ician|grapher)s?$/;
/** Words that say what a service does: “maternity”, “radiology”, “patient experience”. */
const SERVICE_WORDS = new Set(data.serviceWords);

/**
 * A run of 2 or 3 capitalised words that is a general role or service: the last word a role or a
 * service, the others common nouns or words the dictionary has only in lower case, after “the”,
 * “our” or “a” (or in the plural after any lower-case word: “with District Nurses”).
 */
export function roleOrService(
  all: Token[],
  lead: string,
  tokens: Token[],
  first: number,
  next: number,
  to: number,
  wordCase: WordCase,
  text: string,
): 'common' | 'generic' | undefined {
  // “the Locum GP”: the words before the acronym describe the role.
  const acronym = ROLE_ACRONYM.test(tokens[next]?.raw ?? '') && next < to;
  const last = all[all.length - 1]!;
  // “the Colposcopist”, “your Dental Hygienist”: a word for a specialist the dictionary has in lower case.
  const specialist = !acronym && SPECIALIST.test(last.lower) && wordCase.lowerOnly(last.text);
  if (all.length < (acronym || specialist ? 1 : 2) || all.length > 4) return undefined;
  const head = acronym ? tokens[next]!.raw.toLowerCase() : base(last);
  const role = acronym || specialist || ROLES.has(head);
  if (!role && !SERVICES.has(head)) return undefined;
  const plural = isPlural(head);
  if (!(lead === 'det' || lead === 'generic' || (lead === 'word' && plural))) return undefined;
  // A role after everyday words (“the District Nurse”); a service after words that say what it does
  // (“the Maternity Unit”, not “the Cedar Unit”, a unit's own name).
  const before = acronym ? all : all.slice(0, -1);
  // Not a team named after a tree or a colour (“the Oak Team”): the word says what the team does.
  const team = head === 'team' || head === 'teams';
  const describes = (t: Token) =>
    role ? COMMON.has(base(t)) || wordCase.lowerOnly(t.text) : SERVICE_WORDS.has(t.lower) || (team && TEAM_WORD.test(t.lower) && wordCase.lowerOnly(t.text));
  if (!before.every(describes)) return undefined;
  if (role && nextToName(tokens, first, next, to)) return undefined;
  // “an Admiral Nurse”, “a Teams meeting”: names the guides and the data keep in capitals.
  if (keptName(text.slice(all[0]!.start, last.end), tokens[first - 1]?.text, tokens[next]?.text)) return undefined;
  if (namedPlace(text, all, wordCase)) return undefined;
  return lead === 'det' ? 'common' : 'generic';
}

/**
 * The page writes the same words after a name: “Rosie Maternity Unit”, “St Mary’s Radiology
 * Department”. Then “the Maternity Unit” is that place's short name, and keeps its capitals.
 */
export function namedPlace(text: string, all: Token[], wordCase: WordCase): boolean {
  const words = all.map((t) => t.raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+(?:(?:and|&)\\s+)?');
  const before = new RegExp(`(?<=^|[^\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'’-]*)\\s+${words}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of matchesOf(text, before)) {
    const word = m[1]!.toLowerCase();
    if (DETERMINERS.has(word) || GENERIC.has(word)) continue;
    // The first word of a sentence is a name only if the dictionary has it with a capital: “Anytown
    // Maternity Unit opened”, not “Contact Maternity Unit staff”.
    const lead = text.slice(Math.max(0, m.index - 3), m.index);
    const starts = m.index === 0 || /(?:[.!?:]\s*|\n\s*|^\s*)$/.test(lead) || /[#>*-]\s*$/.test(lead);
    if (starts && wordCase.lowerOnly(m[1]!)) continue;
    return true;
  }
  return false;
}

/**
 * A word in a list takes the list's first word: “your GP or Consultant” is “your consultant”,
 * “a Nurse, Doctor or Pharmacist” is “a doctor”. The list's items before it are capitalised common
 * nouns or acronyms, joined by commas, “and” or “or”; the word before the first item is “the”, “your”, “a”…
 * Not “Care of the Elderly, Surgery”: “Elderly” is not a common noun, so “the” is not the list's.
 */
export function listLead(tokens: Token[], first: number, from: number): 'det' | 'generic' | undefined {
  const join = (t: Token) => t.lower === 'and' || t.lower === 'or' || t.raw === ',';
  let k = first - 1;
  if (k < from || !join(tokens[k]!)) return undefined;
  let items = 0;
  while (k >= from) {
    const t = tokens[k]!;
    if (join(t)) k--;
    else if (DETERMINERS.has(t.lower) || GENERIC.has(t.lower)) break;
    else if ((isCap(t) && COMMON.has(base(t))) || (isWord(t) && /^\p{Lu}{2,}s?$/u.test(t.raw))) {
      items++;
      k--;
    } else break;
  }
  if (!items || k < from) return undefined;
  const word = tokens[k]!;
  if (!isWord(word)) return undefined;
  return DETERMINERS.has(word.lower) ? 'det' : GENERIC.has(word.lower) ? 'generic' : undefined;
}

/** Lower-case words for a service after a word that says what it does: “the Podiatry service”. */
const SERVICE_HEADS = new Set(['service', 'services', 'clinic', 'clinics', 'appointment', 'appointments', 'transport', 'unit', 'units', 'team', 'teams', 'department', 'departments']);

/**
 * One capitalised word that says what a service does, before a lower-case word for the service,
 * maybe with a bracket between: “that Ambulance transport is”, “the Podiatry service”, “a
 * Phlebotomy (blood test) service”. The service word is a common noun here: the name of a
 * service has its own capitals (“the Beacon service” is not flagged: “beacon” says nothing about
 * what the service does). Not the end of a name after “of” or “on” (“Head of Podiatry service”).
 */
export function serviceBefore(all: Token[], tokens: Token[], first: number, next: number, to: number): boolean {
  if (all.length !== 1 || !SERVICE_WORDS.has(all[0]!.lower)) return false;
  const prev = tokens[first - 1];
  if (prev && /^(?:of|for|on|in|at|and|&)$/.test(prev.lower)) return false;
  let k = next;
  if (tokens[k]?.raw === '(') {
    while (k < to && tokens[k]!.raw !== ')') k++;
    k++;
  }
  const head = tokens[k];
  return k < to && isWord(head) && /^\p{Ll}/u.test(head.raw) && SERVICE_HEADS.has(head.lower);
}

