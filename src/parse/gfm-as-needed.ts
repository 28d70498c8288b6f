/**
 * GFM's markdown syntax, minus the parts a document cannot use.
 *
 * Two parts of GFM are tried very often, and almost always fail:
 * - bare email addresses ("help@nhs.net") are tried at the start of every word, and each try
 *   reads the whole word before finding no "@";
 * - tables are tried at the start of every block, and each try reads the whole first line.
 *
 * Each part needs certain characters to match. An email address needs "@", a web address
 * "www." or "http://" / "https://" (in any case), and a table "|", or ":-" or "-:" (a table of
 * one column can have ":-:" as its second line, with no "|"). When a document has none of them,
 * the part can never match, so leaving it out gives the same tree, faster: on the NHS corpus
 * (most pages have no "@" and no table) remark's parse took 13 to 18% less time. Other parts
 * (footnotes, strikethrough, task lists) are tried only at "[" or "~", and always stay.
 * test/gfm-as-needed.test.ts checks the trees are the same as with all of GFM.
 */
import type { Processor } from 'unified';

/** The parts of GFM that can be left out, with the constructs micromark knows them by. */
const PARTS = [
  { bit: 1, construct: 'emailAutolink', needs: (text: string) => text.includes('@') },
  { bit: 2, construct: 'wwwAutolink', needs: (text: string) => /www\./i.test(text) },
  { bit: 4, construct: 'protocolAutolink', needs: (text: string) => /https?:\/\//i.test(text) },
  // A table's second line needs a "|", or a ":" beside a "-" (":-:", say, for one column).
  { bit: 8, construct: 'table', needs: (text: string) => /\||:-|-:/.test(text) },
] as const;

/** Every part: what the full GFM syntax uses. */
export const ALL_GFM_PARTS = PARTS.reduce((mask, part) => mask | part.bit, 0);

/** Which parts of GFM this markdown could use, as a number (one bit a part). */
export function gfmPartsNeeded(text: string): number {
  let mask = 0;
  for (const part of PARTS) if (part.needs(text)) mask |= part.bit;
  return mask;
}

interface Construct {
  name?: string;
}
type ConstructRecord = Record<string, Construct | Construct[] | undefined>;
type SyntaxExtension = Record<string, ConstructRecord | unknown>;

/** A copy of a micromark extension without the named constructs (unchanged parts are shared). */
function without(extension: SyntaxExtension, names: ReadonlySet<string>): SyntaxExtension {
  const copy: SyntaxExtension = {};
  for (const [hook, value] of Object.entries(extension)) {
    // `disable` holds names of constructs to turn off, not constructs.
    if (hook === 'disable' || !value || typeof value !== 'object') {
      copy[hook] = value;
      continue;
    }
    const record: ConstructRecord = {};
    for (const [code, constructs] of Object.entries(value as ConstructRecord)) {
      if (Array.isArray(constructs)) {
        const kept = constructs.filter((construct) => !names.has(construct.name ?? ''));
        if (kept.length > 0) record[code] = kept;
      } else if (!constructs || !names.has(constructs.name ?? '')) {
        record[code] = constructs;
      }
    }
    copy[hook] = record;
  }
  return copy;
}

type Extensions = Array<SyntaxExtension | Extensions>;

function withoutAll(extensions: Extensions, names: ReadonlySet<string>): Extensions {
  return extensions.map((extension) => (Array.isArray(extension) ? withoutAll(extension, names) : without(extension, names)));
}

/**
 * A unified plugin, used after remark-gfm: keep only the GFM parts in `mask` (from
 * gfmPartsNeeded). With every part in the mask it changes nothing.
 */
export function remarkGfmPartsOnly(this: Processor, mask: number): void {
  const names = new Set<string>(PARTS.filter((part) => (mask & part.bit) === 0).map((part) => part.construct));
  if (names.size === 0) return;
  const data = this.data() as { micromarkExtensions?: Extensions };
  if (data.micromarkExtensions) data.micromarkExtensions = withoutAll(data.micromarkExtensions, names);
}
