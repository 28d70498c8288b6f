/**
 * What the capitals rule says about a word written with capitals: the message and the reason,
 * by the kind of word (a season, a condition, a medicine, a general use, a guide's term).
 */
import type { GuideTerm } from './guide-lower.js';

/** The kinds of finding, for the message and for the reports' groups. */
export type Kind = 'common' | 'generic' | 'season' | 'holiday' | 'condition' | 'medicine' | 'guide';

export function capitalMessage(kind: Kind | 'verb', written: string, lower: string, guide?: GuideTerm): { message: string; why: string } {
  if (guide) {
    return {
      message: `“${written}” does not need capitals here: ${guide.guide} writes “${guide.lower}” in lower case.`,
      why: 'Capitals are for the full name of one organisation or thing, like “Anytown Integrated Care Board”. The guides write the general term in lower case.',
    };
  }
  switch (kind) {
    case 'verb':
      return {
        message: `“${written}” does not need a capital letter in the middle of a sentence.`,
        why: 'A capital letter in the middle of a sentence makes an ordinary word look like a name.',
      };
    case 'season':
      return {
        message: `“${written}” does not need a capital letter: seasons are in lower case.`,
        why: 'A capital letter in the middle of a sentence makes an ordinary word look like a name.',
      };
    case 'holiday':
      return {
        message: `“${written}” does not need capitals: write “${lower}” in lower case, like weekends.`,
        why: 'GOV.UK writes “bank holidays” in lower case. Capitals in the middle of a sentence make ordinary words look like a name.',
      };
    case 'condition':
      return {
        message: `“${written}” does not need capitals: write conditions in lower case.`,
        why: 'NHS and GOV.UK style write conditions in lower case (“diabetes”, “hay fever”), unless they contain a person’s name (“Alzheimer’s disease”).',
      };
    case 'medicine':
      return {
        message: `“${written}” does not need a capital letter: write the general names of medicines in lower case.`,
        why: 'NHS style writes the general names of medicines in lower case (“paracetamol”, “ibuprofen”). Only brand names, like “Nurofen”, take a capital letter.',
      };
    case 'generic':
      return {
        message: `“${written}” is used in general here, so it does not need capitals.`,
        why: 'Capitals are for the name of one organisation or thing. NHS and GOV.UK style write general uses in lower case.',
      };
    default:
      return {
        message: `“${written}” does not need capitals here.`,
        why: 'Capitals are for names. Common nouns and job titles in lower case are easier to read.',
      };
  }
}
