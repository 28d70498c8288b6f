/**
 * Config: found upward from each linted file (lilconfig), validated (zod), merged over
 * its presets, and turned into the list of rules to run with their severities and options.
 */
import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import { hashHex } from '../engine/hash.js';
import type { ConfigFile } from './schema.js';
import { loadLists } from './lists.js';
import { checkOptions, noteOptionFiles } from './options.js';
import { builtinRules } from '../../rules/index.js';
import { loadPlugins } from './plugins.js';
import {
  ConfigError,
  activeRules,
  emptyLayer,
  firstLine,
  merge,
  ownLayer,
  parentsOf,
  presetLayer,
  type Layer,
  type ResolvedConfig,
} from './resolve.js';

export { ConfigError, type ActiveRule, type ResolvedConfig } from './resolve.js';

const SEARCH_PLACES = [
  'package.json',
  '.plainlintrc.json',
  '.plainlintrc.yaml',
  '.plainlintrc.yml',
  '.plainlintrc',
  'plainlint.config.js',
  'plainlint.config.mjs',
];

async function loadYaml(filepath: string, content: string): Promise<unknown> {
  // The yaml package is CommonJS: in the bundle its functions sit on the default export.
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const parse = mod.parse ?? mod.default!.parse;
  try {
    return parse(content) ?? {};
  } catch (error) {
    throw new ConfigError(filepath, `is not valid YAML: ${firstLine(error)}`);
  }
}

function loadJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(filepath, `is not valid JSON: ${firstLine(error)}`);
  }
}

async function loadJs(filepath: string): Promise<unknown> {
  try {
    const mod = (await import(pathToFileURL(filepath).href)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (error) {
    throw new ConfigError(filepath, `could not be loaded: ${firstLine(error)}`);
  }
}

/**
 * A config file the search found but has not loaded yet. The search runs synchronously: checking
 * each folder for each file name asynchronously left the main thread idle, waiting on Node's
 * file threads, for about a tenth of a run over a content repo (docs/performance.md). JSON loads
 * at once; YAML and JavaScript load afterwards, asynchronously (loadYaml, loadJs).
 */
class Unloaded {
  constructor(readonly content: string) {}
}

const unloaded = (_filepath: string, content: string) => new Unloaded(content);

const searchLoaders = {
  '.json': loadJson,
  '.yaml': unloaded,
  '.yml': unloaded,
  '.js': unloaded,
  '.mjs': unloaded,
  '.cjs': unloaded,
  noExt: (filepath: string, content: string) => (/^\s*[{[]/.test(content) ? loadJson(filepath, content) : unloaded(filepath, content)),
};

/** Load what the search found: a config object, or the file's text to load asynchronously. */
async function loadFound(found: NonNullable<LilconfigResult>): Promise<unknown> {
  if (!(found.config instanceof Unloaded)) return found.config;
  const ext = extname(found.filepath);
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return loadJs(found.filepath);
  return loadYaml(found.filepath, found.config.content);
}

export interface LoaderOptions {
  /** An explicit config file (--config): used for every file, no search. */
  configPath?: string;
  /** A preset to start from (--preset), instead of the config's `extends`. */
  preset?: string;
}

export class ConfigLoader {
  private readonly finder = lilconfigSync('plainlint', { searchPlaces: SEARCH_PLACES, loaders: searchLoaders, stopDir: '/' });
  private readonly byDirectory = new Map<string, Promise<ResolvedConfig>>();
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>();
  private readonly byResult = new Map<string, Promise<ResolvedConfig>>();
  private defaults: Promise<ResolvedConfig> | undefined;

  constructor(private readonly options: LoaderOptions = {}) {}

  /** The config for a file: from --config, or the nearest config file above it, or the defaults. */
  forFile(path: string): Promise<ResolvedConfig> {
    if (this.options.configPath) return this.fromFile(resolve(this.options.configPath));
    const dir = dirname(resolve(path));
    let pending = this.byDirectory.get(dir);
    if (!pending) {
      pending = this.search(dir);
      this.byDirectory.set(dir, pending);
    }
    return pending;
  }

  private async search(dir: string): Promise<ResolvedConfig> {
    let found: LilconfigResult;
    try {
      found = this.finder.search(dir);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(dir, firstLine(error));
    }
    // No config file: every such folder shares one default config (so rules' caches are shared too).
    if (!found) return (this.defaults ??= this.resolveConfig({}, undefined));
    const result = found;
    return this.fromResult(result.filepath, () => loadFound(result));
  }

  private fromFile(filepath: string): Promise<ResolvedConfig> {
    let pending = this.byFile.get(filepath);
    if (!pending) {
      pending = (async () => {
        let found: LilconfigResult;
        try {
          notRegular(filepath);
          found = this.finder.load(filepath);
        } catch (error) {
          if (error instanceof ConfigError) throw error;
          const code = (error as NodeJS.ErrnoException).code;
          throw new ConfigError(filepath, code === 'ENOENT' ? 'config file not found' : firstLine(error));
        }
        const result = found;
        return this.fromResult(filepath, () => (result ? loadFound(result) : {}));
      })();
      this.byFile.set(filepath, pending);
    }
    return pending;
  }

  /** The config from a file, loaded and resolved once however many folders share it. */
  private fromResult(filepath: string, load: () => unknown): Promise<ResolvedConfig> {
    let pending = this.byResult.get(filepath);
    if (!pending) {
      pending = (async () => this.resolveConfig(await load(), filepath))();
      this.byResult.set(filepath, pending);
    }
    return pending;
  }

  /** Validate, merge over presets, load custom rules. */
  async resolveConfig(raw: unknown, filepath: string | undefined): Promise<ResolvedConfig> {
    const file = filepath ?? '(defaults)';
    const base = filepath ? dirname(filepath) : process.cwd();
    const config = await validate(raw ?? {}, file);
    const layer = await layerWithParents(config, file, base, [], this.options.preset);
    const custom = await loadPlugins(layer.plugins, file);
    const lists = layer.lists.length ? await loadLists(layer.lists, new Set(builtinRules.map((r) => r.meta.id))) : [];
    const rules = activeRules(layer, [...custom, ...lists.map((l) => l.rule)], file);
    await checkOptions(rules, layer, file);
    // Worked out when first asked for: only --cache needs it.
    let hash: string | undefined;
    return {
      ...(filepath ? { filepath } : {}),
      rules,
      pluginRules: custom,
      settings: layer.settings,
      ignore: layer.ignore,
      get hash() {
        hash ??= hashHex(
          'sha256',
          JSON.stringify({ rules: layer.rules, settings: layer.settings, plugins: layer.plugins, lists: lists.map((l) => [l.path, l.text]) }),
        ).slice(0, 16);
        return hash;
      },
    };
  }
}

/** Check a user's config. The schema library loads only when there is a config to check. */
async function validate(raw: unknown, file: string): Promise<ConfigFile> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(file, 'must be an object, like { "extends": "nhs", "rules": {} }');
  }
  if (Object.keys(raw).length === 0) return {};
  const { configSchema, describeIssue } = await import('./schema.js');
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, describeIssue(parsed.error));
  return parsed.data;
}

/** A config merged over what it extends: bundled presets, other config files, shared config packages. */
async function layerWithParents(
  config: ConfigFile,
  file: string,
  base: string,
  seen: string[],
  presetOverride?: string,
): Promise<Layer> {
  const layer = emptyLayer();
  for (const parent of parentsOf(config, seen.length, presetOverride)) {
    merge(layer, await loadParent(parent, file, base, seen));
  }
  const own = ownLayer(
    config,
    (p) => resolvePluginSpecifier(p, base),
    (p) => resolve(base, p),
  );
  return merge(layer, noteOptionFiles(own, file));
}

async function loadParent(name: string, file: string, base: string, seen: string[]): Promise<Layer> {
  if (seen.includes(name)) throw new ConfigError(file, `"extends" goes round in a circle: ${[...seen, name].join(' → ')}`);
  // Bundled presets are trusted (a test checks them against the schema), so no schema load.
  const preset = presetLayer(name, file, seen);
  if (preset) return preset;
  if (name.startsWith('.') || isAbsolute(name)) {
    const path = resolve(base, name);
    let content: string;
    try {
      // A pipe or device could be read for ever: only regular files.
      if (!statSync(path).isFile()) throw new ConfigError(file, `"extends": "${name}" is not a regular file`);
      content = await readFile(path, 'utf8');
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(file, `"extends": cannot read "${name}"`);
    }
    const raw = /\.ya?ml$/i.test(path)
      ? await loadYaml(path, content)
      : /\.m?js$/i.test(path)
        ? await loadJs(path)
        : loadJson(path, content);
    return layerWithParents(await validate(raw, path), path, dirname(path), [...seen, name]);
  }
  // A shared config published as an npm package.
  const spec = resolvePluginSpecifier(name, base);
  const raw = await loadJs(spec.startsWith('file:') ? new URL(spec).pathname : spec).catch(() => {
    throw new ConfigError(file, `"extends": "${name}" is not a preset (nhs, govuk, recommended), a file or an installed package`);
  });
  return layerWithParents(await validate(raw, name), name, base, [...seen, name]);
}

/** A path is resolved from the config's folder; a package name from the config's node_modules. */
function resolvePluginSpecifier(spec: string, base: string): string {
  if (spec.startsWith('.') || isAbsolute(spec)) return pathToFileURL(resolve(base, spec)).href;
  try {
    return pathToFileURL(createRequire(resolve(base, 'noop.js')).resolve(spec)).href;
  } catch {
    return spec;
  }
}

/** A config given with -c must be a regular file (a pipe or device could be read for ever). */
function notRegular(path: string): void {
  let info;
  try {
    info = statSync(path);
  } catch {
    return; // the loader says what is wrong
  }
  if (!info.isFile()) throw new ConfigError(path, info.isDirectory() ? 'is a folder, not a config file' : 'is not a regular file, so it was not read');
}
