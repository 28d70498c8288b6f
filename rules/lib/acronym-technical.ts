/**
 * Abbreviations that need no explanation in technical content. The GOV.UK A to Z says “there are
 * other abbreviations you do not need to explain in technical contexts”, and its technical A to Z
 * (gov.uk/guidance/style-guide/technical-a-to-z) names them: API, CSS, HTTPS, IP, MD5, PHP, SQL,
 * and REST and SOAP for API developers. Developers know them by their letters; “cascading style
 * sheets” helps nobody. SCSS is the file type of Sass style sheets, like CSS.
 *
 * Only in a technical text: one with code in it, or one that names at least 2 different web
 * technologies (“put text in HTML (styled with CSS)”). On a page for patients, “API” still needs
 * explaining.
 */
import type { LintDocument } from '../../src/types.js';
import { eachNode } from '../../src/parse/each-node.js';
import { oncePer } from './memo.js';

/** Well known in a technical text (GOV.UK technical A to Z: “do not expand the abbreviation”). */
export const TECHNICAL_WELL_KNOWN = new Set(['API', 'CSS', 'SCSS', 'HTTPS', 'IP', 'MD5', 'PHP', 'SQL', 'REST', 'SOAP']);

/** Words that only technical texts use together. */
const TECH_WORD =
  /\b(?:HTML\d?|CSS|SCSS|JavaScript|TypeScript|Sass|SVG|JSON|XML|APIs?|HTTPS?|frontend|front-end|backend|stylesheets?|style sheets|GitHub|npm|Nunjucks|developers?|pixels?|px|browsers?|markup|repository|codebase)\b/gi;

/** Is this a technical text: code in it, or 2 different web technologies named? Worked out once per document. */
export const isTechnical: (doc: LintDocument) => boolean = oncePer((doc: LintDocument): boolean => {
  let code = false;
  eachNode(doc.mdast, ['code', 'inlineCode'], () => {
    code = true;
  });
  if (code) return true;
  const seen = new Set<string>();
  for (const block of doc.blocks) {
    for (const m of block.text.matchAll(TECH_WORD)) {
      seen.add(m[0].toLowerCase().replace(/s$/, '').replace(/-/, ''));
      if (seen.size >= 2) return true;
    }
  }
  return false;
});
