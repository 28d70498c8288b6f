import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { rulesTable } from '../src/docs.js';
import { ROOT, runBin } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every rule with its default severity and principle (run "npm run docs" to update)', () => {
    expect(readme).toContain(rulesTable(builtinRules));
  });

  it('passes plainlint itself', () => {
    const r = runBin(['README.md', 'docs', '--fail-on', 'warning']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No problems found');
    expect(r.code).toBe(0);
  });
});
