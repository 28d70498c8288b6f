/**
 * The spell table (see spell-table.ts), written by the build to dist/spell/en-gb.bin. It is
 * found from dist/bundle/ (the bundled command), dist/rules/lib/ (the compiled files) or
 * rules/lib/ (the sources, as unit tests run them); the VS Code extension's server has it in
 * spell/ beside its code. Undefined when there is none (the sources before a build): the spell
 * check then builds its words from the dictionary, as the build does, more slowly.
 *
 * The prebuilt command has the table inside itself instead (scripts/prebuilt.mjs), and the
 * checker page has no dictionary (web/src/stub-spell-file.ts).
 */
import { readFileSync } from 'node:fs';

/** The table's bytes, as read: the table reads its words byte by byte. */
export function readSpellTable(): Uint8Array | undefined {
  for (const candidate of ['../spell/en-gb.bin', '../../spell/en-gb.bin', '../../dist/spell/en-gb.bin', './spell/en-gb.bin']) {
    try {
      return readFileSync(new URL(candidate, import.meta.url));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}
