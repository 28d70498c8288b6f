/**
 * Build the checker page: `npm run web` writes web/dist. Everything goes into one script
 * file, loaded with the page, so checking a draft never makes a request (it works offline),
 * and a Content-Security-Policy in the built page blocks any connection.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PAGE_CSP, singleFileCsp } from '../src/page-policy.js';

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

/** The single-file checker's name in web/dist. */
export const SINGLE_FILE = 'plainlint-checker.html';

/**
 * The build also writes one self-contained HTML file (web/dist/plainlint-checker.html): the
 * page's script and styles inside it, so it works opened from disk, emailed, or put on an
 * intranet. Its policy allows that one script by its hash and blocks every outside request.
 */
function singleFile(): Plugin {
  let outDir = '';
  return {
    name: 'plainlint:single-file',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const page = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>\n?/.exec(page);
      const style = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">\n?/.exec(page);
      if (!script) this.error('web/dist/index.html has no module script to inline: update plainlint:single-file in web/vite.config.ts');
      // "</script" inside the code would end the inline script early: "<\/script" means the same in JavaScript.
      const code = readFileSync(resolve(outDir, script[1]!), 'utf8').replace(/<\/(script)/gi, '<\\/$1');
      const css = style ? readFileSync(resolve(outDir, style[1]!), 'utf8') : '';
      const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
      let html = page
        .replace(script[0], '')
        .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(hash)}">`);
      if (style) html = html.replace(style[0], `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>\n`);
      if (/<(?:script|link)[^>]+(?:src|href)="(?!data:)/.test(html)) this.error(`${SINGLE_FILE} still loads another file`);
      // The script goes last in the body, as a module script runs after the page is parsed anyway.
      html = html.replace('</body>', () => `<script type="module">${code}</script>\n</body>`);
      writeFileSync(resolve(outDir, SINGLE_FILE), html);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [noNodeModules(), mammothInput(), bundleRuntimeJson(), pagePolicy(), singleFile()],
  // The check runs in a worker bundled into the page's script (web/src/client.ts).
  worker: {
    format: 'iife',
    plugins: () => [noNodeModules(), mammothInput(), bundleRuntimeJson()],
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
  resolve: {
    // The check runs in a Web Worker, which has no DOM: packages with a "worker" build use it.
    conditions: ['worker', 'module', 'browser', 'production'],
    // No dictionary and no spell table on the page (see the stubs).
    alias: [
      { find: /^dictionary-en-gb$/, replacement: fileURLToPath(new URL('./src/stub-dictionary.ts', import.meta.url)) },
      { find: /^\.\/spell-file\.js$/, replacement: fileURLToPath(new URL('./src/stub-spell-file.ts', import.meta.url)) },
    ],
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
