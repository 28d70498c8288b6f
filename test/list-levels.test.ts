/**
 * Entries marked "level": "thorough" (words editors often let pass, measured by
 * scripts/list-agreement.mjs) are checked only when the writer asks for a thorough check with the
 * rule option "level": "thorough". In a user's list, in the built-in lists, in the part of
 * simpler-words that comes from retext-simplify, in the schema and through the real command.
 * All text is made up.
 */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRule, testRule } from '../src/testing.js';
import { listRule, type ListFile } from '../rules/lib/list-rule.js';
import { describeListIssue, userListSchema } from '../rules/lib/list-schema.js';
import { builtinRules } from '../rules/index.js';
import keepData from '../rules/data/simplify-keep.json' with { type: 'json' };
import { ROOT, runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const THOROUGH = { level: 'thorough' };
const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!;

const ourWords: ListFile = {
  id: 'our-words',
  description: 'Words our trust has chosen.',
  message: 'We write {term} another way.',
  entries: [
    { id: 'synergy', match: ['synergy', 'synergies'], alternatives: ['working together'] },
    { id: 'in-due-course', level: 'thorough', match: ['in due course'], alternatives: ['later'] },
  ],
};

describe('a list with thorough entries', () => {
  const ours = listRule(ourWords);
  const text = 'The merger brings synergies. We will write to you in due course.';

  it('checks only the other entries by default', () =>
    testRule(ours, {
      valid: ['We will write to you in due course.', { text: 'We will write to you in due course.', options: { level: 'default' } }],
      invalid: [{ text, findings: [{ message: 'We write “synergies” another way.', line: 1, column: 19, excerpt: 'synergies' }] }],
    }));

  it('checks every entry when the rule option asks for a thorough check', () =>
    testRule(ours, {
      valid: [{ text: 'We will write to you soon.', options: THOROUGH }],
      invalid: [
        {
          text,
          options: THOROUGH,
          findings: [
            { message: 'We write “synergies” another way.', excerpt: 'synergies' },
            { message: 'We write “in due course” another way.', line: 1, column: 51, excerpt: 'in due course', suggestions: ['later'] },
          ],
        },
      ],
    }));

  it('says in its docs which words wait for a thorough check and how to ask for one', () => {
    expect(ours.meta.docs).toContain('A thorough check also looks for 1 word editors often let pass, “in due course”.');
    expect(ours.meta.docs).toContain('set "our-words": { "level": "thorough" } in the "rules" of your config');
    expect(ours.meta.defaultOptions).toEqual({ level: 'default' });
    expect(listRule({ ...ourWords, entries: [ourWords.entries[0]!] }).meta.docs).toBe(ourWords.description);
  });
});

describe('the built-in lists', () => {
  it('leave “joined-up” and “discharged from hospital” to a thorough check, and still flag “leverage”', () =>
    testRule(rule('jargon'), {
      valid: ['Joined-up care means fewer trips. You were discharged from hospital on Monday.'],
      invalid: [
        { text: 'We will leverage joined-up care.', findings: [{ excerpt: 'leverage' }] },
        { text: 'We will leverage joined-up care.', options: THOROUGH, findings: [{ excerpt: 'leverage' }, { excerpt: 'joined-up' }] },
        { text: 'You were discharged from hospital on Monday.', options: THOROUGH, findings: [{ excerpt: 'discharged from hospital' }] },
      ],
    }));

  it('flag “via” in the usual check in simpler-words (the tuning lists expect it), and in a thorough check too', () =>
    testRule(rule('simpler-words'), {
      valid: ['Send it by email.'],
      invalid: [
        { text: 'Send it via email.', findings: [{ excerpt: 'via', suggestions: ['through', 'by', 'using'] }] },
        { text: 'Send it via email.', options: THOROUGH, findings: [{ excerpt: 'via', suggestions: ['through', 'by', 'using'] }] },
      ],
    }));

  it('mark each thorough entry in its own file: the level is on entries, not on whole lists', () => {
    for (const name of ['jargon', 'simpler-words']) {
      const file = JSON.parse(readFileSync(join(ROOT, 'rules/data/lists', `${name}.json`), 'utf8')) as ListFile;
      const thorough = file.entries.filter((e) => e.level === 'thorough');
      expect(thorough.length).toBeGreaterThan(0);
      expect(thorough.length).toBeLessThan(file.entries.length / 10);
    }
  });
});

describe('retext-simplify’s kept entries in simpler-words', () => {
  it('follow the same level: a kept entry marked thorough waits for a thorough check', async () => {
    const entry = (keepData.entries as Array<{ id: string; level?: string }>).find((e) => e.id === 'in-order-to')!;
    const text = 'Bring your letter in order to check in.';
    const excerpts = async (options = {}) => (await runRule(rule('simpler-words'), text, { options })).findings.map((f) => f.excerpt);
    expect(await excerpts()).toEqual(['in order to']);
    entry.level = 'thorough';
    try {
      expect(await excerpts()).toEqual([]);
      expect(await excerpts(THOROUGH)).toEqual(['in order to']);
    } finally {
      delete entry.level;
    }
    expect(await excerpts()).toEqual(['in order to']);
  });
});

describe('the list schema', () => {
  const schemaFile = JSON.parse(readFileSync(join(ROOT, 'rules/data/list.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schemaFile);

  it('takes "level": "thorough" or "default" on an entry', () => {
    for (const level of ['thorough', 'default']) {
      const list = { entries: [{ id: 'synergy', match: ['synergy'], level }] };
      expect(validate(list)).toBe(true);
      expect(userListSchema.safeParse(list).success).toBe(true);
    }
  });

  it('turns away a level that is a severity, naming the entry and the field', () => {
    const list = { entries: [{ id: 'synergy', match: ['synergy'], level: 'warning' }] };
    expect(validate(list)).toBe(false);
    const parsed = userListSchema.safeParse(list);
    expect(parsed.success).toBe(false);
    expect(describeListIssue(parsed.error!, list)).toBe('entry 1 ("synergy"), "level": must be "default" or "thorough"');
  });
});

describe('through the real command', () => {
  const draft = 'Our plan brings synergies. We will reply in due course.\n';
  const excerpts = (config: object) => {
    const dir = tmpTree({
      '.plainlintrc.json': JSON.stringify(config),
      'lists/our-words.yaml': 'entries:\n  - id: synergy\n    match: [synergies]\n  - id: in-due-course\n    level: thorough\n    match: [in due course]\n',
      'draft.md': draft,
    });
    const result = runBin(['--format', 'json', 'draft.md'], { cwd: dir });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'our-words').map((f: { excerpt: string }) => f.excerpt);
  };

  it('a user’s YAML list: thorough entries only with "level": "thorough" in the config', () => {
    expect(excerpts({ lists: ['./lists/our-words.yaml'] })).toEqual(['synergies']);
    expect(excerpts({ lists: ['./lists/our-words.yaml'], rules: { 'our-words': { level: 'thorough' } } })).toEqual(['synergies', 'in due course']);
    expect(excerpts({ lists: ['./lists/our-words.yaml'], rules: { 'our-words': ['error', { level: 'thorough' }] } })).toEqual(['synergies', 'in due course']);
  });
});
