/**
 * Word lists (rules/data/lists/*.json and a user's own lists): the JSON schema and the index are
 * up to date, every built-in list passes the schema and the editors' rules for entries, and a
 * user's list named in the config works through the real command, or stops it with one line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { listFileSchema, listJsonSchema } from '../rules/lib/list-schema.js';
import { builtinRules } from '../rules/index.js';
import { ROOT, runBin } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const LISTS = join(ROOT, 'rules/data/lists');
const names = readdirSync(LISTS).filter((n) => n.endsWith('.json')).sort();
const lists = names.map((name) => [name, JSON.parse(readFileSync(join(LISTS, name), 'utf8'))] as const);
const schemaFile = JSON.parse(readFileSync(join(ROOT, 'rules/data/list.schema.json'), 'utf8'));

/** The editors' rules for a reason: short and plain, for a comms writer. */
function plainProblems(text: string): string[] {
  const out: string[] = [];
  if (/\be\.?g\.?(?=\s|,|$)/i.test(text)) out.push('uses "eg"');
  if (/\bi\.?e\.?(?=\s|,|$)/i.test(text)) out.push('uses "ie"');
  if (text.includes('&')) out.push('uses "&"');
  if (/\betc\b/i.test(text)) out.push('uses "etc"');
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words >= 30) out.push(`is ${words} words long (keep it under 30)`);
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  for (const s of sentences) if (s.split(/\s+/).length > 25) out.push('has a sentence over 25 words');
  if (sentences.length > 2) out.push(`has ${sentences.length} sentences (use one or two)`);
  return out;
}

describe('list files', () => {
  it('the JSON schema is made from rules/lib/list-schema.ts (run: npm run build)', () => {
    expect(schemaFile).toEqual(JSON.parse(JSON.stringify(listJsonSchema())));
  });

  it('the index imports every list file (run: npm run build)', () => {
    const index = readFileSync(join(LISTS, 'index.ts'), 'utf8');
    expect([...index.matchAll(/from '\.\/([^']+\.json)'/g)].map((m) => m[1])).toEqual(names);
  });

  it('every list file is a rule, named after its file', () => {
    for (const [name, list] of lists) {
      expect(name).toBe(`${list.id}.json`);
      expect(builtinRules.map((r) => r.meta.id)).toContain(list.id);
    }
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schemaFile);

  it('the schema turns away a wrong list', () => {
    expect(validate({ entries: [{ id: 'Leverage', match: 'leverage' }] })).toBe(false);
    expect(validate({ entries: [{ id: 'leverage', match: ['leverage'], alternative: ['use'] }] })).toBe(false);
    expect(validate({ entries: [{ id: 'leverage', match: ['leverage'], alternatives: ['use'] }] })).toBe(true);
  });

  describe.each(lists)('%s', (name, list) => {
    it('passes the JSON schema', () => {
      const ok = validate(list);
      expect(ok ? [] : ajv.errorsText(validate.errors).split(', ').slice(0, 5)).toEqual([]);
      expect(listFileSchema.safeParse(list).success).toBe(true);
    });

    it('has entries an editor can trust', () => {
      const problems: string[] = [];
      const ids = new Set<string>();
      const matches = new Map<string, string>();
      for (const e of list.entries) {
        const where = `${name} ${e.id}`;
        if (ids.has(e.id)) problems.push(`${where}: id is used twice`);
        ids.add(e.id);
        for (const m of e.match) {
          if (m !== m.trim() || /\s{2,}/.test(m)) problems.push(`${where}: "${m}" has stray spaces`);
          if (!e.caseSensitive && m !== m.toLowerCase()) problems.push(`${where}: "${m}" must be lower case (or set caseSensitive)`);
          const key = e.caseSensitive ? m : m.toLowerCase();
          if (matches.has(key)) problems.push(`${where}: "${m}" is also in ${matches.get(key)}`);
          matches.set(key, e.id);
        }
        if (!Array.isArray(e.alternatives)) problems.push(`${where}: no "alternatives" (use [] when there is none)`);
        if (!e.reason) problems.push(`${where}: no "reason"`);
        else for (const p of plainProblems(e.reason)) problems.push(`${where}: reason ${p}`);
        if (!/^https:\/\//.test(e.source ?? '')) problems.push(`${where}: "source" must be an https link`);
        if (e.fix && !e.alternatives?.length) problems.push(`${where}: "fix" is true but there is no alternative`);
        // A context is one set of neighbouring words, or a list of sets (any one may allow the match).
        for (const set of [e.context ?? {}].flat()) {
          for (const [k, v] of Object.entries(set)) {
            for (const s of v as string[]) if (s !== s.toLowerCase()) problems.push(`${where}: context.${k} "${s}" must be lower case`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

describe('the acronym glossary (rules/data/acronyms.json)', () => {
  it('lists each acronym once, with its expansion and an https source', () => {
    const glossary = JSON.parse(readFileSync(join(ROOT, 'rules/data/acronyms.json'), 'utf8'));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const e of glossary.entries) {
      if (seen.has(e.acronym)) problems.push(`${e.acronym} is listed twice`);
      seen.add(e.acronym);
      if (typeof e.expansion !== 'string' || !e.expansion.trim()) problems.push(`${e.acronym}: no expansion`);
      if (!/^https:\/\//.test(e.source ?? '')) problems.push(`${e.acronym}: "source" must be an https link`);
      for (const key of Object.keys(e)) if (!['acronym', 'expansion', 'source'].includes(key)) problems.push(`${e.acronym}: unknown key "${key}"`);
    }
    expect(problems).toEqual([]);
    expect(Array.isArray(glossary.wellKnown.nhs) && Array.isArray(glossary.wellKnown.govuk)).toBe(true);
  });
});

describe("a user's own list", () => {
  const yaml = [
    'id: our-words',
    'description: Words our trust has chosen.',
    'message: "We write {term} another way."',
    'entries:',
    '  - id: service-user',
    '    match: [service user, service users]',
    '    alternatives: [patient]',
    '    reason: Our readers call themselves patients.',
    '    source: https://example.org/style',
    '    fix: true',
    '  - id: going-live',
    '    match: [go live]',
    '    alternatives: [start]',
    '    context:',
    '      skipIfFollowedBy: [music]',
    '',
  ].join('\n');

  it('is a rule: found, with its message, severity from the config and a fix', () => {
    const dir = tmpTree({
      '.plainlintrc.json': JSON.stringify({ lists: ['./lists/our-words.yaml'], rules: { 'our-words': 'error' } }),
      'lists/our-words.yaml': yaml,
      'draft.md': 'Every service user can ask for a copy. The new clinic will go live in May. We go live music.\n',
    });
    const result = runBin(['--format', 'json', 'draft.md'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'our-words');
    expect(findings.map((f: { excerpt: string; severity: string; message: string }) => [f.excerpt, f.severity, f.message])).toEqual([
      ['service user', 'error', 'We write “service user” another way.'],
      ['go live', 'error', 'We write “go live” another way.'],
    ]);
    expect(findings[0].why).toBe('Our readers call themselves patients.');
    expect(findings[0].suggestions).toEqual(['patient']);
    expect(findings[0].fix).toEqual({ range: [6, 18], text: 'patient' });
  });

  it('takes its id from the file name, and can be turned off in a disable comment', () => {
    const dir = tmpTree({
      '.plainlintrc.json': JSON.stringify({ lists: ['our-terms.json'] }),
      'our-terms.json': JSON.stringify({ entries: [{ id: 'service-user', match: ['service user'], alternatives: ['patient'] }] }),
      'draft.md': 'Every service user can ask.\n\n<!-- plainlint-disable-next-line our-terms -->\nA service user may call.\n',
    });
    const result = runBin(['--format', 'json', 'draft.md'], { cwd: dir });
    const findings = JSON.parse(result.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'our-terms');
    expect(findings.map((f: { line: number; severity: string; message: string }) => [f.line, f.severity, f.message])).toEqual([
      [1, 'warning', '“service user” is on your organisation’s list of words to change.'],
    ]);
  });

  it.each([
    ['a wrong field', { entries: [{ id: 'x', match: ['x'], alternative: ['y'] }] }, /our-words\.json: entry 1 \("x"\): unknown key "alternative"( \(so 1 file was not checked\))?$/],
    ['a wrong type', { entries: [{ id: 'x', match: 'x' }] }, /our-words\.json: entry 1 \("x"\), "match": .*array/],
    ['a built-in id', { id: 'jargon', entries: [] }, /our-words\.json: the list's id "jargon" is the name of a built-in rule/],
  ])('with %s stops the run with one line naming the list (exit 2)', (_what, list, line) => {
    const dir = tmpTree({
      '.plainlintrc.json': JSON.stringify({ lists: ['our-words.json'] }),
      'our-words.json': JSON.stringify(list),
      'draft.md': 'Hello.\n',
    });
    const result = runBin(['draft.md'], { cwd: dir });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it('that is missing stops the run with one line (exit 2)', () => {
    const dir = tmpTree({ '.plainlintrc.json': JSON.stringify({ lists: ['./nope.yaml'] }), 'draft.md': 'Hello.\n' });
    const result = runBin(['draft.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/nope\.yaml: word list not found \(named in the config’s "lists"\)( \(so 1 file was not checked\))?$/);
  });
});
