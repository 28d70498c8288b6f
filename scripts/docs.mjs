#!/usr/bin/env node
// Write the rules table into README.md from the rules' own descriptions: `npm run docs`.
// test/docs.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinRules } from '../dist/rules/index.js';
import { replaceSection, rulesTable } from '../dist/src/docs.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const intro =
  '## Rules\n\n' +
  'Each rule serves one of the principles of good communication. Run `plainlint rules` to list them ' +
  'with the settings in force, and `plainlint explain <rule>` to see what a rule finds, with examples.\n\n';
writeFileSync(path, replaceSection(readme, 'rules', intro + rulesTable(builtinRules)));
console.log('README.md rules table updated');
