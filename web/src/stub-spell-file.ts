/**
 * The web page has no spell table (rules/lib/spell-file.ts reads it from disk, 1.5 MB): the page
 * turns the spelling rule off (src/browser.ts), and the headings rule goes on without it.
 */
export function readSpellTable(): undefined {
  return undefined;
}
