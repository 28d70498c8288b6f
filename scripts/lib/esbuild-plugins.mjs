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
