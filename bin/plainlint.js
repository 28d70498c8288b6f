#!/usr/bin/env node
// The plainlint command. Thin on purpose: everything lives in src/, built into dist/
// (dist/bundle is the fast single-file build; dist/src the plain one).
// An error outside any one file's check (a custom rule's timer, say): one plain line, exit code 2.
process.on('uncaughtException', (error) => {
  process.stderr.write(`plainlint: the check stopped because of an unexpected error: ${String(error?.message ?? error).split('\n')[0]}\n`);
  process.exit(2);
});
let cli;
try {
  cli = await import('../dist/bundle/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  cli = await import('../dist/src/cli.js');
}
process.exitCode = await cli.main(process.argv);
