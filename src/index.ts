/**
 * plainlint as a library: lint text or files from your own code.
 * The entry most callers want is src/api.ts: lintFiles (the whole command-line run) and lintText
 * (unsaved text, with the config a file in that place would get), or the Plainlint class for both.
 */
export { Plainlint, lintFiles, lintText, type PlainlintOptions, type LintFilesOptions, type LintFilesResult, type LintTextOptions } from './api.js';
export { InputError, UsageError } from './read/errors.js';
export { version } from './version.js';
export { defineRule } from './types.js';
export type * from './types.js';
export { parseMarkdown } from './parse/markdown.js';
export { lintDocument } from './engine/lint.js';
export { lintFile, lintDraft, type FileReport, type DraftOptions } from './engine/run.js';
export { ConfigLoader, ConfigError, type ResolvedConfig } from './config/load.js';
export { builtinRules } from '../rules/index.js';

import { parseMarkdown } from './parse/markdown.js';
import { lintDocument } from './engine/lint.js';
import { ConfigLoader } from './config/load.js';

/** Lint a markdown string with the default settings (or a config object). */
export async function lintMarkdown(text: string, config: unknown = {}, path = 'draft.md') {
  const resolved = await new ConfigLoader().resolveConfig(config, undefined);
  return lintDocument(parseMarkdown(text, path), resolved);
}
