/**
 * Turn the paths, folders and globs a user typed into a sorted list of drafts to check.
 * Folders are walked for markdown and .docx files, skipping node_modules and dot-folders
 * and respecting .gitignore and .plainlintignore files (from the repository root down).
 * A bad argument is an error for that argument only: the other files are still checked.
 */
// Synchronous calls: waiting on Node's file threads for each folder left this thread idle.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { InputError } from './errors.js';
import { fsError, kindOf } from './input.js';

const SKIP_DIRS = new Set(['node_modules']);
const IGNORE_FILES = ['.gitignore', '.plainlintignore'];

export interface Collected {
  /** Files to check, sorted, without repeats. */
  files: string[];
  errors: InputError[];
  /** Things to say once about the whole list (links that were not followed). */
  notes: string[];
  /** Files named on the command line that are links, with where they point. */
  links: Map<string, string>;
}

/** `path` is `root` or inside it (both real paths). */
function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
  /** From .plainlintignore: applies to files named on the command line too. */
  plainlintOnly: Ignore;
}

const GLOB_CHARS = /[*?[\]{}]/;

export async function collectFiles(args: string[], cwd = process.cwd(), extraIgnores: string[] = []): Promise<Collected> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  const links = new Map<string, string>();
  /** Links met while walking a folder that point outside it: not followed. */
  const outside: string[] = [];
  const layerCache = new Map<string, IgnoreLayer | null>();

  const layerFor = (dir: string): IgnoreLayer | null => {
    if (layerCache.has(dir)) return layerCache.get(dir)!;
    let layer: IgnoreLayer | null = null;
    for (const name of IGNORE_FILES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      let content = '';
      try {
        content = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      layer ??= { dir, ig: ignore(), plainlintOnly: ignore() };
      layer.ig.add(content);
      if (name === '.plainlintignore') layer.plainlintOnly.add(content);
    }
    if (dir === resolve(cwd) && extraIgnores.length) {
      layer ??= { dir, ig: ignore(), plainlintOnly: ignore() };
      layer.ig.add(extraIgnores);
      layer.plainlintOnly.add(extraIgnores);
    }
    layerCache.set(dir, layer);
    return layer;
  };

  /** Ignore layers from the repository root (or filesystem root) down to `dir`. */
  const ancestry = (dir: string): IgnoreLayer[] => {
    const chain: string[] = [];
    let current = dir;
    for (;;) {
      chain.unshift(current);
      if (existsSync(join(current, '.git'))) break;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    return chain.map(layerFor).filter((l): l is IgnoreLayer => l !== null);
  };

  const ignored = (path: string, isDir: boolean, layers: IgnoreLayer[], explicit: boolean): boolean => {
    for (const layer of layers) {
      const rel = relative(layer.dir, path).split(sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      const target = isDir ? rel + '/' : rel;
      if ((explicit ? layer.plainlintOnly : layer.ig).ignores(target)) return true;
    }
    return false;
  };

  /** The copies --annotate writes (draft.plainlint.docx): checked only when named on their own. */
  const isAnnotatedCopy = (name: string) => /\.plainlint\.docx$/i.test(name);

  const walk = (dir: string, layers: IgnoreLayer[], seen: Set<string>, root: string): number => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      errors.push(fsError(dir, error));
      return 0;
    }
    if (seen.has(real)) return 0; // a symlink loop, or a folder reached twice
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push(fsError(dir, error));
      return 0;
    }
    const own = layerFor(dir);
    const here = own && !layers.includes(own) ? [...layers, own] : layers;
    let found = 0;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
          // A link that leaves the folder given (docs/root -> /, draft.md -> /etc/passwd) is not
          // followed: only what was named is read. Said once, after the walk.
          if ((isDir || (isFile && kindOf(entry.name))) && !within(realpathSync(path), root)) {
            outside.push(path);
            continue;
          }
        } catch (error) {
          errors.push(fsError(path, error));
          continue;
        }
      }
      if (isDir) {
        if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
        if (ignored(path, true, here, false)) continue;
        found += walk(path, here, seen, root);
      } else if (isFile && kindOf(entry.name) && !entry.name.startsWith('~$') && !isAnnotatedCopy(entry.name)) {
        if (ignored(path, false, here, false)) continue;
        files.add(path);
        found++;
      }
    }
    return found;
  };

  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    if (GLOB_CHARS.test(arg) && !existsSync(absolute)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, {
        cwd,
        absolute: true,
        dot: false,
        ignore: ['**/node_modules/**'],
        onlyFiles: true,
        // Never through folder links: a link loop listed one file many times, and a link to /
        // walked the whole disk.
        followSymbolicLinks: false,
      });
      const base = globBase(resolve(cwd, arg));
      const realBase = safeRealpath(base) ?? base;
      const reals = new Set<string>();
      const drafts = matches.filter((m) => {
        if (!kindOf(m) || isAnnotatedCopy(m)) return false;
        const real = safeRealpath(m);
        if (!real || reals.has(real)) return false;
        reals.add(real);
        if (!within(real, realBase)) {
          outside.push(m);
          return false;
        }
        return true;
      });
      if (!drafts.length) {
        errors.push(new InputError(arg, 'matched no markdown or Word files'));
        continue;
      }
      for (const match of drafts) {
        if (!ignored(match, false, ancestry(dirname(match)), false)) files.add(match);
      }
      continue;
    }
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      errors.push(fsError(arg, error));
      continue;
    }
    if (info.isDirectory()) {
      const found = walk(absolute, ancestry(absolute), new Set(), safeRealpath(absolute) ?? absolute);
      if (found === 0) errors.push(new InputError(arg, 'is a folder with no markdown (.md) or Word (.docx) files in it'));
      continue;
    }
    if (!kindOf(absolute)) {
      // readDraft gives the clear message for an unsupported type.
      files.add(absolute);
      continue;
    }
    if (ignored(absolute, false, ancestry(dirname(absolute)), true)) continue;
    files.add(absolute);
    // Named on the command line: read, even through a link, but say where it points.
    const real = safeRealpath(absolute);
    if (real && lstatSync(absolute).isSymbolicLink()) links.set(absolute, real);
  }
  const notes: string[] = [];
  if (outside.length) {
    const first = displayPath(outside[0]!, cwd);
    notes.push(
      outside.length === 1
        ? `${first} is a link to somewhere outside the folder given, so it was not followed. Name it on the command line to check it`
        : `${outside.length} links (such as ${first}) point outside the folders given, so they were not followed. Name them on the command line to check them`,
    );
  }
  return { files: [...files].sort(), errors, notes, links };
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The folder a glob starts from: the part before the first glob character. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.join(sep) || sep;
}

/** Show a path relative to where the user is, as they would type it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : path;
}
