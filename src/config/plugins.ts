/**
 * Plugins: rule modules named in a config's "plugins". A plugin loads whether it is written as an
 * ES module or as CommonJS, whatever the nearest package.json says ("type": "module" or not):
 * writers' repositories are rarely set up for JavaScript, and a rule file should not need one.
 *
 * Accepted exports (default export, or the module itself): one rule, an array of rules, or
 * { rules: { id: rule } } / { rules: [rule] }. A rule is { meta: { id, description, severity, … }, check }.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../types.js';
import { ConfigError, firstLine } from './resolve.js';

const TYPESCRIPT = /\.[mc]?tsx?$/i;
/** Errors Node gives for an ES module in a CommonJS folder (no "type": "module"). */
const ESM_IN_CJS = /Cannot use import statement outside a module|Unexpected token 'export'|await is only valid in async functions and the top level bodies of modules/;
/** Errors Node gives for CommonJS in an ES module folder ("type": "module"). */
const CJS_IN_ESM = /(?:module|require|exports|__dirname|__filename) is not defined in ES module scope/;
const FORCE_MODULE = 'plainlint-format=module';

export async function loadPlugins(specs: string[], file: string): Promise<Rule[]> {
  const rules: Rule[] = [];
  for (const spec of specs) {
    const shown = spec.replace(/^file:\/\//, '');
    let mod: unknown;
    try {
      mod = await importPlugin(spec);
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(file, `the rule module "${shown}" ${error.message}`);
      throw new ConfigError(file, `cannot load the rule module "${shown}": ${firstLine(error)}`);
    }
    for (const candidate of rulesIn(mod)) {
      if (!isRule(candidate)) {
        throw new ConfigError(
          file,
          `"${shown}" is not a plainlint rule: it must export { meta: { id, description, severity, ... }, check(doc, context) }, an array of them, or { rules: { ... } }`,
        );
      }
      rules.push(candidate);
    }
  }
  return rules;
}

/** The rules a plugin module exports, in any of the accepted shapes. */
function rulesIn(mod: unknown): unknown[] {
  const record = mod as Record<string, unknown> | undefined;
  // import() of CommonJS puts module.exports on `default`; an ES module may export `default` or `rules`.
  const exported = record && typeof record === 'object' && 'default' in record ? record.default : mod;
  if (Array.isArray(exported)) return exported;
  if (exported && typeof exported === 'object' && 'rules' in exported) {
    const inner = (exported as { rules: Record<string, unknown> | unknown[] }).rules;
    return Array.isArray(inner) ? inner : Object.values(inner);
  }
  return [exported];
}

export function isRule(value: unknown): value is Rule {
  if (!value || typeof value !== 'object') return false;
  const r = value as Rule;
  return (
    typeof r.check === 'function' &&
    !!r.meta &&
    typeof r.meta.id === 'string' &&
    ['error', 'warning', 'suggestion'].includes(r.meta.severity) &&
    typeof r.meta.description === 'string'
  );
}

/**
 * Import a plugin (a file: URL or a package name). A file whose syntax does not match what its
 * package.json says is loaded the other way: an ES module as an ES module, CommonJS as CommonJS.
 * A TypeScript file gets a clear message, unless this Node can run TypeScript itself.
 */
async function importPlugin(spec: string): Promise<unknown> {
  const path = spec.startsWith('file:') ? fileURLToPath(spec) : undefined;
  if (path && TYPESCRIPT.test(extname(path)) && !(process.features as { typescript?: unknown }).typescript) {
    throw new ConfigError(
      path,
      'is written in TypeScript, which plainlint cannot load. Build it to JavaScript first (for example with tsc), and name the .js file in "plugins"',
    );
  }
  // Look first, rather than let Node fail and try again: Node's failed try prints a warning.
  const mismatch = path ? syntaxMismatch(path) : undefined;
  if (mismatch === 'module') return importAsModule(spec);
  if (mismatch === 'commonjs') return { default: await requireAsCommonJs(path!) };
  try {
    return await import(spec);
  } catch (error) {
    if (!path || !(error instanceof Error)) throw error;
    if (ESM_IN_CJS.test(error.message)) return importAsModule(spec);
    if (CJS_IN_ESM.test(error.message)) return { default: await requireAsCommonJs(path) };
    throw error;
  }
}

const ESM_SYNTAX = /^\s*(?:import\s*[\w{*'"]|export\s+(?:default\b|const\b|let\b|function\b|async\b|class\b|\{|\*))/m;
const CJS_SYNTAX = /\bmodule\.exports\b|\bexports\.\w+\s*=|\brequire\s*\(/;

/**
 * For a .js file: 'module' when it is written as an ES module in a CommonJS folder, 'commonjs'
 * when it is CommonJS in an ES module folder, undefined when Node will load it as it is written.
 */
function syntaxMismatch(path: string): 'module' | 'commonjs' | undefined {
  if (extname(path).toLowerCase() !== '.js') return undefined;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return undefined; // Node's own import gives the error
  }
  const esm = ESM_SYNTAX.test(source);
  const folderIsModule = packageType(dirname(path)) === 'module';
  if (esm && !folderIsModule) return 'module';
  if (!esm && folderIsModule && CJS_SYNTAX.test(source)) return 'commonjs';
  return undefined;
}

/** The "type" of the nearest package.json above a folder ("commonjs" when there is none). */
function packageType(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    try {
      const pkg = JSON.parse(readFileSync(join(at, 'package.json'), 'utf8')) as { type?: unknown };
      return pkg.type === 'module' ? 'module' : 'commonjs';
    } catch {
      // no package.json here (or not JSON): look further up
    }
    if (dirname(at) === at) return 'commonjs';
  }
}

let hooksRegistered: Promise<void> | undefined;

/**
 * An ES module in a folder whose package.json does not say "type": "module". A module loader hook
 * treats this file, and the files it imports by relative path, as ES modules (marked by a query).
 */
async function importAsModule(spec: string): Promise<unknown> {
  hooksRegistered ??= (async () => {
    const { register } = await import('node:module');
    const hooks = `
      const MARK = ${JSON.stringify(FORCE_MODULE)};
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        if (context.parentURL?.includes(MARK) && /^\\.{1,2}\\//.test(specifier) && result.url.startsWith('file:') && !result.url.includes('?')) {
          return { ...result, url: result.url + '?' + MARK };
        }
        return result;
      }
      export async function load(url, context, next) {
        if (url.startsWith('file:') && url.includes(MARK) && /\\.js\\?/.test(url)) return next(url, { ...context, format: 'module' });
        return next(url, context);
      }`;
    register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  })();
  await hooksRegistered;
  return import(`${spec}${spec.includes('?') ? '&' : '?'}${FORCE_MODULE}`);
}

/** CommonJS in a folder whose package.json says "type": "module": compile it as CommonJS. */
async function requireAsCommonJs(path: string): Promise<unknown> {
  const { default: Module } = (await import('node:module')) as unknown as {
    default: (new (id: string) => { filename: string; paths: string[]; exports: unknown; _compile(source: string, filename: string): void }) & {
      _nodeModulePaths(dir: string): string[];
    };
  };
  const mod = new Module(path);
  mod.filename = path;
  mod.paths = Module._nodeModulePaths(dirname(path));
  mod._compile(readFileSync(path, 'utf8'), path);
  return mod.exports;
}
