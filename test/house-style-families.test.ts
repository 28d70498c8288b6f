/**
 * house-style in families (rules/house-style/): each family can be turned off or given its own
 * severity as "house-style/<family>" in the config and in disable comments, through the real
 * command; the NHS and GOV.UK differences are options the presets set.
 */
import { describe, expect, it } from 'vitest';
import houseStyle from '../rules/house-style.js';
import { FAMILIES } from '../rules/house-style/index.js';
import { ConfigLoader } from '../src/config/load.js';
import { runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const DRAFT = 'The clinic is open 9.00am to 5pm, e.g. on 1st Jan.\n';

function run(config: unknown, draft = DRAFT) {
  const dir = tmpTree({ '.plainlintrc.json': JSON.stringify(config), 'draft.md': draft });
  const result = runBin(['--format', 'json', 'draft.md'], { cwd: dir });
  const findings = result.stdout
    ? (JSON.parse(result.stdout).files[0].findings as Array<{ ruleId: string; severity: string; excerpt: string; data: { check: string } }>)
    : [];
  return { ...result, house: findings.filter((f) => f.ruleId === 'house-style').map((f) => [f.data.check, f.severity, f.excerpt]) };
}

describe('house-style families', () => {
  it('cover every check once', () => {
    const checks = Object.values(FAMILIES).flat().sort();
    expect(new Set(checks).size).toBe(checks.length);
    expect(houseStyle.meta.families).toEqual(Object.keys(FAMILIES));
  });

  it('all run by default', () => {
    expect(run({}).house).toEqual([
      ['times', 'warning', '9.00am'],
      ['eg', 'warning', 'e.g.'],
      ['dates', 'warning', '1st Jan'],
    ]);
  });

  it('can be turned off, or given a severity, on their own', () => {
    const r = run({ rules: { 'house-style/times': 'off', 'house-style/dates': 'error' } });
    expect(r.stderr).toBe('');
    expect(r.house).toEqual([
      ['eg', 'warning', 'e.g.'],
      ['dates', 'error', '1st Jan'],
    ]);
  });

  it('can be the only part of house-style that runs', () => {
    expect(run({ rules: { 'house-style': 'off', 'house-style/short-forms': 'warning' } }).house).toEqual([['eg', 'warning', 'e.g.']]);
  });

  it('can be turned off in a disable comment', () => {
    const draft = `<!-- plainlint-disable-next-line house-style/times -->\n${DRAFT}`;
    expect(run({}, draft).house).toEqual([
      ['eg', 'warning', 'e.g.'],
      ['dates', 'warning', '1st Jan'],
    ]);
  });

  it('a family that does not exist is one line naming the config, exit 2', () => {
    const r = run({ rules: { 'house-style/time': 'off' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\.plainlintrc\.json: unknown rule "rules\.house-style\/time": did you mean "house-style\/times"\?/);
  });

  it('take no options of their own', () => {
    const r = run({ rules: { 'house-style/times': ['warning', { guide: 'govuk' }] } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"rules\.house-style\/times" takes only a severity/);
  });
});

describe('house-style: the presets carry the NHS and GOV.UK differences as options', () => {
  it.each([
    ['nhs', { guide: 'nhs', ordinals: 'numerals', startNumbers: 'numerals', relaxTables: false }],
    ['govuk', { guide: 'govuk', ordinals: 'words', startNumbers: 'words', relaxTables: true }],
  ])('%s', async (preset, options) => {
    const config = await new ConfigLoader({ preset }).resolveConfig({}, undefined);
    expect(config.rules.find((r) => r.rule.meta.id === 'house-style')!.options).toMatchObject(options);
  });

  it('a config can take one difference from the other style', () => {
    const draft = 'Book your 2nd dose. 10 people came.\n';
    expect(run({ extends: 'govuk' }, draft).house.map(([check]) => check)).toEqual(['ordinals', 'sentence-start-number']);
    expect(run({ extends: 'govuk', rules: { 'house-style': { ordinals: 'numerals' } } }, draft).house.map(([check]) => check)).toEqual([
      'sentence-start-number',
    ]);
  });
});
