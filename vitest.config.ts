import { defineConfig } from 'vitest/config';

/**
 * Two projects. `npm test` runs both (CI); `npm run test:fast` runs only the first, for the
 * edit loop (under 2 minutes on 2 cores).
 * - fast: the engine, config, rules, reporters and the library entry, in this process, with a
 *   few runs of the built command;
 * - e2e: the real clients, as they run (the built command on big or hostile files, the npm
 *   package, the checker page in Chromium, the Action and pre-commit workflows, Word files in
 *   LibreOffice), and the checks that a speed-up finds the same on the whole corpus.
 * A new test file goes in fast unless it runs a real client or takes more than a few seconds.
 */
const FAST = [
  'test/one-finding-a-word.test.ts',
  'test/api.test.ts',
  'test/capitals-group-reports.test.ts',
  'test/cli.test.ts',
  'test/config.test.ts',
  'test/disable.test.ts',
  'test/docs.test.ts',
  'test/docx-location.test.ts',
  'test/docx.test.ts',
  'test/eval-repeats.test.ts',
  'test/files.test.ts',
  'test/group.test.ts',
  'test/own-words.test.ts',
  'test/positions.test.ts',
  'test/reporters.test.ts',
  'test/rule-fixtures.test.ts',
  'test/rules*.test.ts',
  'test/testing.test.ts',
  'test/timing.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'fast', include: FAST } },
      { extends: true, test: { name: 'e2e', include: ['test/**/*.test.ts'], exclude: FAST } },
    ],
  },
});
