/**
 * `plainlint init`: write a starter .plainlintrc.yaml, with comments that explain each setting
 * to a writer. It never overwrites: if the folder already has a plainlint config, it stops.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const INIT_FILE = '.plainlintrc.yaml';

/** Config files plainlint reads (package.json only counts when it has a "plainlint" key). */
const CONFIG_NAMES = ['.plainlintrc.json', '.plainlintrc.yaml', '.plainlintrc.yml', '.plainlintrc', 'plainlint.config.js', 'plainlint.config.mjs'];

export type InitPreset = 'nhs' | 'govuk';

const READING_AGE: Record<InitPreset, number> = { nhs: 11, govuk: 9 };

export function starterConfig(preset: InitPreset): string {
  const name = preset === 'nhs' ? 'NHS' : 'GOV.UK';
  return `# plainlint settings for this folder and every folder inside it.
# Lines that start with # are notes. plainlint does not read them.
# Run "plainlint rules" to see every rule, and "plainlint explain <rule>" to learn about one.

# The house style to follow: nhs or govuk.
extends: ${preset}

settings:
  # Your organisation's name, written the way it should always appear.
  # To use it, delete the # at the start of the next line and write your name.
  # organisation: NHS Mid and South Essex

  # The reading age to aim for. The ${name} style aims for ${READING_AGE[preset]}.
  readingAge: ${READING_AGE[preset]}

  # Acronyms your readers know well, so plainlint does not ask you to explain them.
  # Add one a line, after a dash.
  acronyms:
    - NHS
    - GP

  # Your house-style terms: on the left the words to avoid, on the right what to write.
  # Put words with symbols in them in quotes.
  terms:
    "M&SE": Mid and South Essex
    "clinical commissioning group": integrated care board

# Change how serious a rule is: error, warning or suggestion. Or turn it off with off.
# To use this, delete the # at the start of the "rules:" line and of each rule under it.
# rules:
#   sentence-length: warning
#   readability: off
#   house-style/times: off

# Your own word lists: each is a rule, with the words to avoid, what to write and why.
# See rules/data/README.md in the plainlint package for the fields.
# To use this, delete the # at the start of both lines.
# lists:
#   - ./our-words.yaml

# Files and folders plainlint should skip, written as in a .gitignore file.
# To use this, delete the # at the start of both lines.
# ignore:
#   - archive/**
`;
}

export interface InitResult {
  code: number;
  message: string;
}

/** Write the starter config in `cwd`, unless a config is already there. */
export async function init(cwd: string, preset: InitPreset = 'nhs'): Promise<InitResult> {
  const existing = CONFIG_NAMES.find((name) => existsSync(join(cwd, name))) ?? (packageHasConfig(cwd) ? 'package.json' : undefined);
  if (existing) {
    return {
      code: 2,
      message: `plainlint: there is already a plainlint config here (${existing}), so nothing was written. Edit that file, or delete it and run plainlint init again.\n`,
    };
  }
  try {
    await writeFile(join(cwd, INIT_FILE), starterConfig(preset), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? `${INIT_FILE} already exists` : `it could not be saved (${code ?? String(error)})`;
    return { code: 2, message: `plainlint: ${INIT_FILE} was not written: ${why}.\n` };
  }
  return {
    code: 0,
    message: `Wrote ${INIT_FILE} with the ${preset} house style. Open it to add your organisation's name, acronyms and terms.\n`,
  };
}

function packageHasConfig(cwd: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as Record<string, unknown>;
    return pkg !== null && typeof pkg === 'object' && 'plainlint' in pkg;
  } catch {
    return false;
  }
}
