// esbuild plugins shared by scripts/bundle.mjs (dist/bundle) and scripts/prebuilt.mjs
// (prebuilt/plainlint.mjs), so both builds start as fast.
import { readFile } from 'node:fs/promises';

// Word lists are large: V8 reads JSON.parse('…') much faster than the same data as JavaScript.
export const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

// commander loads child_process (and with it net and dgram) as it starts, only to run
// subcommands kept in other files, which plainlint does not have. Load it when first used:
// about 5 ms off every run. The build stops if commander's code no longer looks as expected.
export const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!code.includes(eager)) throw new Error(`build: ${args.path} no longer loads child_process as expected`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: code.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * A CommonJS bundle as a script for V8's code cache (bin/launch.cjs loads it): ASCII only, and
 * one function expression that is compiled as it is.
 * - ASCII: esbuild leaves characters like ’ in regular expressions as they are, and one such
 *   character makes Node read the whole file as a two-byte string (slower to read and compile).
 *   \uXXXX means the same character in strings, templates and regular expressions.
 * - One function expression: wrapping the text at run time would make V8 copy all of it into one
 *   string again before compiling. Its arguments are CommonJS's, and `__plainlintImport`, the
 *   loader's import() (in a script with a code cache, import() itself does not work on Node 20).
 */
export function codeCacheScript(cjs) {
  // An odd run of backslashes escapes the character after it: \u00e9 there would change its meaning.
  if (/(?<!\\)(\\\\)*\\[^\x00-\x7f]/.test(cjs)) throw new Error('bundle: a backslash before a non-ASCII character; escaping it would change its meaning');
  const wrapped = `(function (exports, require, module, __filename, __dirname, __plainlintImport) {${cjs.replace(/\bimport\(/g, '__plainlintImport(')}\n})`;
  return wrapped.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// zod re-exports all of its 40-odd message languages (`z.locales`), and esbuild cannot leave out
// a namespace re-export: about 300 KB that each thread would read and compile. plainlint sets
// English itself (src/config/schema.ts imports zod/v4/locales/en.js), so the rest are left out.
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](core|mini)$/.test(args.resolveDir) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
