/**
 * A user's own word lists, named in the config's "lists" (JSON or YAML files with the fields of
 * rules/data/lists/*.json). Each list becomes a rule of the list kind, with the file's `id`, or
 * its name, as the rule id: `"rules": { "our-words": "error" }` works like any other rule.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Rule } from '../types.js';
import { listRule, type ListFile } from '../../rules/lib/list-rule.js';
import { ConfigError, firstLine } from './resolve.js';

export interface LoadedList {
  path: string;
  /** The file's text, for the cache's hash. */
  text: string;
  rule: Rule;
}

/** Load, check and turn into rules the lists at these absolute paths. */
export async function loadLists(paths: string[], builtinIds: ReadonlySet<string>): Promise<LoadedList[]> {
  const out: LoadedList[] = [];
  const ids = new Map<string, string>();
  for (const path of paths) {
    const list = await loadList(path);
    const id = list.file.id;
    if (builtinIds.has(id)) {
      throw new ConfigError(path, `the list's id "${id}" is the name of a built-in rule. Give the list an "id" of its own`);
    }
    const other = ids.get(id);
    if (other) throw new ConfigError(path, `the list's id "${id}" is also the id of ${other}. Give each list an "id" of its own`);
    ids.set(id, path);
    out.push({ path, text: list.text, rule: listRule(list.file) });
  }
  return out;
}

async function loadList(path: string): Promise<{ file: ListFile; text: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(path, code === 'ENOENT' ? 'word list not found (named in the config’s "lists")' : `cannot read the word list: ${firstLine(error)}`);
  }
  let raw: unknown;
  try {
    if (/\.ya?ml$/i.test(path)) {
      // The yaml package is CommonJS: in the bundle its functions sit on the default export.
      const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
      raw = (mod.parse ?? mod.default!.parse)(text);
    } else {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
  } catch (error) {
    throw new ConfigError(path, `is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${firstLine(error)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(path, 'a word list must be an object with "entries", like { "entries": [{ "id": "leverage", "match": ["leverage"] }] }');
  }
  const { userListSchema, describeListIssue } = await import('../../rules/lib/list-schema.js');
  const parsed = userListSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(path, describeListIssue(parsed.error, raw));
  const id = parsed.data.id ?? basename(path, extname(path)).toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new ConfigError(path, `the file name makes the rule id "${id}", which is not kebab-case. Give the list an "id", like "our-words"`);
  }
  const description = parsed.data.description ?? `Words from your own list, ${basename(path)}.`;
  return { file: { ...parsed.data, id, description } as ListFile, text };
}
