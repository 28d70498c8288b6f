/**
 * Coverage of the guides: every entry of GOV.UK's “Words to avoid” and every NHS A to Z or
 * GOV.UK A to Z entry that asks writers to avoid or replace a word has a row in
 * test/data/guides/coverage.json naming the list entry that covers it. For each row the entry
 * exists, it matches every word form the row names, it flags the row's made-up sentences, and it
 * leaves alone the sentences where the word has its plain meaning. So coverage cannot quietly drop.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { lintDocument } from '../src/engine/lint.js';
import { ROOT } from './helpers/cli.js';
import { oneRule } from './helpers/rule-config.js';

interface Row {
  guide: 'govuk' | 'nhs';
  section: string;
  entry: string;
  covered?: false;
  why?: string;
  rule?: string;
  ids?: string[];
  forms?: string[];
  flag?: string[];
  keep?: string[];
}

const table = JSON.parse(readFileSync(join(ROOT, 'test/data/guides/coverage.json'), 'utf8')) as { rows: Row[] };
const covered = table.rows.filter((r) => r.covered !== false);

/**
 * The headwords of GOV.UK's “Words to avoid” section, in the guide's order (its 31 words and 6
 * metaphors), from https://www.gov.uk/guidance/style-guide/a-to-z#words-to-avoid.
 */
const GOVUK_WORDS_TO_AVOID = [
  'agenda', 'advance', 'collaborate', 'combat', 'commit/pledge', 'counter', 'deliver', 'deploy', 'dialogue',
  'disincentivise', 'empower', 'facilitate', 'focus', 'foster', 'impact', 'incentivise', 'initiate', 'key', 'land',
  'leverage', 'liaise', 'overarching', 'progress', 'promote', 'robust', 'slim down', 'streamline', 'strengthening',
  'tackle', 'transform', 'utilise',
  'drive', 'drive out', 'going/moving forward', 'in order to', 'hub, portal or one-stop shop', 'ring fencing',
];

const rule = (id: string) => builtinRules.find((r) => r.meta.id === id);

/** The list file behind a list rule (house-style's checks are code, named by check). */
function entriesOf(id: string): Array<{ id: string; match?: string[] }> | undefined {
  const path = `rules/data/lists/${id}.json`;
  try {
    return (JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { entries: Array<{ id: string; match?: string[] }> }).entries;
  } catch {
    return undefined;
  }
}

/** The entry ids of the rule's findings in the text, in the guide's house style. */
async function termsFound(ruleId: string, text: string, preset: string): Promise<string[]> {
  const result = await lintDocument(parseMarkdown(text, 'draft.md'), oneRule(rule(ruleId)!, {}, { preset }));
  expect(result.ruleFailures).toEqual([]);
  return result.findings.map((f) => String((f.data as { term?: string; check?: string } | undefined)?.term ?? (f.data as { check?: string } | undefined)?.check));
}

describe('the coverage table', () => {
  it('has a row for every GOV.UK word to avoid, and each is covered', () => {
    const rows = table.rows.filter((r) => r.guide === 'govuk' && r.section === 'words to avoid');
    expect(rows.map((r) => r.entry)).toEqual(GOVUK_WORDS_TO_AVOID);
    expect(rows.filter((r) => r.covered === false)).toEqual([]);
  });

  it('says why for every entry it leaves to the writer', () => {
    for (const row of table.rows.filter((r) => r.covered === false)) expect(row.why, row.entry).toMatch(/\w{3}.*\.$/);
  });

  it('names a rule and list entries that exist, and the entries match every form named', () => {
    for (const row of covered) {
      const where = `${row.guide}: ${row.entry}`;
      expect(rule(row.rule!), where).toBeDefined();
      const entries = entriesOf(row.rule!);
      if (!entries) continue; // a rule with a list of its own (retext-simplify's phrases, spelling)
      const named = entries.filter((e) => row.ids!.includes(e.id));
      if (row.rule !== 'simpler-words' || row.ids!.some((id) => entries.some((e) => e.id === id))) {
        expect(named.map((e) => e.id).sort(), where).toEqual([...row.ids!].sort());
      }
      const forms = new Set(named.flatMap((e) => (e.match ?? []).map((m) => m.toLowerCase())));
      for (const form of row.forms ?? []) expect(forms.has(form), `${where}: the form “${form}”`).toBe(true);
    }
  });
});

describe.each(['govuk', 'nhs'] as const)('the %s guide’s entries', (guide) => {
  for (const row of covered.filter((r) => r.guide === guide)) {
    it(`${row.entry}: flags its uses and leaves its plain meanings alone`, async () => {
      for (const text of row.flag ?? []) {
        const found = await termsFound(row.rule!, text, guide);
        expect(found.some((t) => row.ids!.includes(t)), `${row.rule} should flag: ${text} (found ${found.join(', ') || 'nothing'})`).toBe(true);
      }
      for (const text of row.keep ?? []) {
        expect(await termsFound(row.rule!, text, guide), `${row.rule} should leave alone: ${text}`).toEqual([]);
      }
    });
  }
});
