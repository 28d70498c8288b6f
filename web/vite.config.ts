/**
 * Build the checker page: `npm run web` writes web/dist. Everything goes into one script
 * file, loaded with the page, so checking a draft never makes a request (it works offline),
 * and a Content-Security-Policy in the built page blocks any connection.
 */
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PAGE_CSP } from '../src/page-policy.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

/** The policy the built page carries: its own files only, and no connections at all. */
export { PAGE_CSP };

/** mammoth's browser build reads only `arrayBuffer`; plainlint's Word parser passes `buffer`. */
function mammothInput(): Plugin {
  return {
    name: 'plainlint:mammoth-input',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]mammoth[\\/]browser[\\/]unzip\.js$/.test(id)) return null;
      const changed = code.replace('if (options.arrayBuffer) {', 'if (options.arrayBuffer || options.buffer) {')
        .replace('zipfile.openArrayBuffer(options.arrayBuffer)', 'zipfile.openArrayBuffer(options.arrayBuffer || options.buffer)');
      if (changed === code) this.error('mammoth/browser/unzip.js has changed: update plainlint:mammoth-input in web/vite.config.ts');
      return { code: changed, map: null };
    },
  };
}

/** The core must not need Node: fail the build if any module imports one of Node's own. */
function noNodeModules(): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'plainlint:no-node-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('node:') || builtins.has(source)) {
        this.error(`${importer ?? 'the page'} imports "${source}", which only works in Node. The browser build cannot use it`);
      }
      return null;
    },
  };
}

/**
 * A rule may load a JSON file at run time with `import(new URL(name, import.meta.url).href)`.
 * In a browser that is a request after load: bundle the file instead (or an empty object
 * when it does not exist), so the page never asks the server for anything.
 */
function bundleRuntimeJson(): Plugin {
  const call =
    /import\(\s*(?:\/\*.*?\*\/\s*)?new URL\(\s*(?:(['"])([^'"]+\.json)\1|(\w+))\s*,\s*import\.meta\.url\s*\)\.href\s*(?:,\s*\{\s*with\s*:\s*\{[^}]*\}\s*\})?\s*\)/g;
  return {
    name: 'plainlint:bundle-runtime-json',
    enforce: 'pre',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.includes('node_modules')) return null;
      const changed = code.replace(call, (whole, _q: string, literal: string | undefined, name: string | undefined) => {
        const spec = literal ?? new RegExp(`const\\s+${name}\\s*=\\s*(['"])([^'"]+\\.json)\\1`).exec(code)?.[2];
        if (!spec) return whole;
        const file = resolve(dirname(id), spec);
        return existsSync(file) ? `import(${JSON.stringify(file)})` : 'Promise.resolve({ default: {} })';
      });
      return changed === code ? null : { code: changed, map: null };
    },
    writeBundle(_options, bundle) {
      // A file found from the script's own address would be fetched after load.
      const fromHere = /new URL\([^()]*,\s*import\.meta\.url\s*\)/;
      for (const chunk of Object.values(bundle)) {
        const found = chunk.type === 'chunk' ? fromHere.exec(chunk.code) : null;
        if (found) this.error(`${chunk.fileName} still loads a file at run time (${found[0]}): bundle it instead`);
      }
    },
  };
}

function pagePolicy(): Plugin {
  return {
    name: 'plainlint:page-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: PAGE_CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [noNodeModules(), mammothInput(), bundleRuntimeJson(), pagePolicy()],
  resolve: {
    alias: [{ find: /^dictionary-en-gb$/, replacement: fileURLToPath(new URL('./src/stub-dictionary.ts', import.meta.url)) }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      output: { inlineDynamicImports: true },
      onwarn(warning, warn) {
        // esbuild drops `with { type: 'json' }` from the TypeScript it hands on; the JSON still loads.
        if (/import attributes/i.test(warning.message)) return;
        warn(warning);
      },
    },
  },
  server: { fs: { allow: [repo] } },
});
