#!/usr/bin/env node
// The plainlint command. Thin on purpose: everything lives in src/, built into dist/
// (dist/bundle is the fast single-file build; dist/src the plain one).
let cli;
try {
  cli = await import('../dist/bundle/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  cli = await import('../dist/src/cli.js');
}
process.exitCode = await cli.main(process.argv);
