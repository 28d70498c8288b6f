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

  it('the schema checks a sequence in a context as it is typed', () => {
    const withSteps = (...steps: unknown[]) => ({ entries: [{ id: 'following', match: ['following'], context: { onlyIfFollowedBy: ['surgery', { sequence: steps }] } }] });
    expect(validate(withSteps({ kind: 'determiner' }, { words: ['operation'], optional: true }))).toBe(true);
    expect(validate(withSteps({ kind: 'number' }))).toBe(true);
    expect(validate(withSteps())).toBe(false);
    expect(validate(withSteps({ kind: 'noun' }))).toBe(false);
    expect(validate(withSteps({ kind: 'determiner', words: ['operation'] }))).toBe(false);
    expect(validate(withSteps({ words: [] }))).toBe(false);
    expect(validate(withSteps({ word: ['operation'] }))).toBe(false);
    // The zod schema the command uses says the same.
    expect(listFileSchema.safeParse({ id: 'x', description: 'x', ...withSteps({ kind: 'determiner' }) }).success).toBe(true);
    expect(listFileSchema.safeParse({ id: 'x', description: 'x', ...withSteps({ kind: 'noun' }) }).success).toBe(false);
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
        // Each key holds words and phrases, or sequences whose steps hold words.
        for (const set of [e.context ?? {}].flat()) {
          for (const [k, v] of Object.entries(set)) {
            const words = (v as Array<string | { sequence: Array<{ words?: string[] }> }>).flatMap((p) => (typeof p === 'string' ? [p] : p.sequence.flatMap((step) => step.words ?? [])));
            for (const s of words) if (s !== s.toLowerCase()) problems.push(`${where}: context.${k} "${s}" must be lower case`);
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

  it('with a sequence, as docs/writing-rules.md shows it, works through the command', () => {
    const guide = readFileSync(join(ROOT, 'docs/writing-rules.md'), 'utf8');
    const example = [...guide.matchAll(/```yaml\n([^]*?)```/g)].map((m) => m[1]!).find((block) => block.includes('sequence:'))!;
    expect(example).toContain('kind: determiner');
    const dir = tmpTree({
      '.plainlintrc.json': JSON.stringify({ lists: ['./lists/our-words.yaml'] }),
      'lists/our-words.yaml': example,
      'draft.md': 'Rest following your operation.\n\nThank you for following the advice.\n\nWe met following the meeting.\n',
    });
    const result = runBin(['--format', 'json', 'draft.md'], { cwd: dir });
    expect(result.stderr).toBe('');
    const findings = JSON.parse(result.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'our-words');
    expect(findings.map((f: { line: number; excerpt: string; suggestions: string[] }) => [f.line, f.excerpt, f.suggestions])).toEqual([
      [1, 'following', ['after']],
      [5, 'following', ['after']],
    ]);
  });

  it('with a wrong step in a sequence stops the run with one line naming the entry (exit 2)', () => {
    const list = { entries: [{ id: 'following', match: ['following'], context: { onlyIfFollowedBy: [{ sequence: [{ kind: 'noun' }] }] } }] };
    const dir = tmpTree({ '.plainlintrc.json': JSON.stringify({ lists: ['our-words.json'] }), 'our-words.json': JSON.stringify(list), 'draft.md': 'Hello.\n' });
    const result = runBin(['draft.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    // The line names the step and what it may be, not just "context".
    expect(result.stderr).toMatch(/our-words\.json: entry 1 \("following"\), "context\.onlyIfFollowedBy\.0\.sequence\.0\.kind": must be "determiner" or "number"/);
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
