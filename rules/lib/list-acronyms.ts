/**
 * Acronyms that a word list already deals with (“BAME”, “STD”, “GUM clinic”): the word list says
 * what to write instead, so the acronyms rule leaves them alone and the writer gets one finding,
 * with the better advice.
 */
import inclusive from '../data/lists/inclusive-language.json' with { type: 'json' };
import jargon from '../data/lists/jargon.json' with { type: 'json' };
import simpler from '../data/lists/simpler-words.json' with { type: 'json' };

interface Entry {
  match: string[];
  caseSensitive?: boolean;
}

let listed: string[] | undefined;

/** The all-capital words (2 or more letters) in the case-sensitive entries of the built-in lists. */
export function listedAcronyms(): string[] {
  if (listed) return listed;
  const found = new Set<string>();
  for (const list of [inclusive, jargon, simpler] as Array<{ entries: Entry[] }>) {
    for (const entry of list.entries) {
      if (!entry.caseSensitive) continue;
      for (const form of entry.match) {
        const first = form.split(/\s+/)[0]!.replace(/s$/, '');
        if (/^[A-Z]{2,}$/.test(first)) found.add(first);
      }
    }
  }
  listed = [...found];
  return listed;
}
