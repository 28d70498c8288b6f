/** plainlint as a library: lint text or files from your own code. */
export { defineRule } from './types.js';
export type * from './types.js';
export { parseMarkdown } from './parse/markdown.js';
export { lintDocument } from './engine/lint.js';
export { lintFile, lintDraft, type FileReport } from './engine/run.js';
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
