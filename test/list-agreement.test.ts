/**
 * scripts/list-agreement.mjs, the measure behind "level": "thorough" (rules/data/README.md): its
 * strength and its line for a weak entry, on made-up counts, and the audit judgements it reads.
 * test/data/audit/judged-findings.json must give each finding the verdict JUDGED.md gives it, and
 * every judged finding must quote the page's own words at its place.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditPages, entryKey, guideEntries, isWeak, loadEntries, MIN_EVIDENCE, strength } from '../scripts/list-agreement.mjs';
import { ROOT } from './helpers/cli.js';

const row = (counts: Partial<Record<'E' | 'Ac' | 'Wt' | 'R' | 'A' | 'W' | 'N', number>>) => ({ E: 0, Ac: 0, Wt: 0, R: 0, A: 0, W: 0, N: 0, ...counts });

describe('the strength of an entry', () => {
  it('is the share editors agreed with, with one agreed and one not added', () => {
    expect(strength(row({ E: 2, R: 2 }))).toEqual({ agreed: 4, evidence: 4, strength: 5 / 6 });
    expect(strength(row({ Ac: 2, A: 1, N: 1 })).strength).toBeCloseTo(1 / 6);
    expect(strength(row({})).strength).toBe(0.5);
  });

  it('calls an entry weak only with enough findings, most of them let pass, arguable, wrong or noise', () => {
    expect(isWeak(row({ Ac: 1, A: 1 }))).toBe(false); // 2 findings: not enough to judge
    expect(isWeak(row({ Ac: 2, A: 1 }))).toBe(true);
    expect(isWeak(row({ E: 1, Ac: 3 }))).toBe(true);
    expect(isWeak(row({ E: 2, Ac: 4 }))).toBe(false); // a third insisted on
    expect(isWeak(row({ R: 6, A: 3 }))).toBe(false);
    expect(MIN_EVIDENCE).toBe(3);
  });
});

describe('the entries it measures', () => {
  const rules = loadEntries();

  it('ties a finding to its list entry, and retext-simplify’s findings to simplify-keep.json', () => {
    expect(entryKey({ ruleId: 'jargon', data: { term: 'leverage' } }, rules)).toBe('jargon:leverage');
    expect(entryKey({ ruleId: 'simpler-words', data: { term: 'in-order-to', source: 'retext-simplify' } }, rules)).toBe('simpler-words:simplify-keep/in-order-to');
    expect(entryKey({ ruleId: 'sentence-length', data: {} }, rules)).toBeUndefined();
  });

  it('knows which entries a guide names, so it never marks them thorough', () => {
    const named = guideEntries();
    expect(named.has('jargon:deliver')).toBe(true);
    expect(named.has('jargon:joined-up')).toBe(false);
    for (const [id, rule] of rules) {
      for (const entry of rule.entries.values()) if (entry.level === 'thorough') expect(named.has(`${id}:${entry.id}`), `${id}:${entry.id}`).toBe(false);
    }
  });
});

describe('the audit judgements', () => {
  const audit = join(ROOT, 'test/data/audit');
  const judged = JSON.parse(readFileSync(join(audit, 'judged-findings.json'), 'utf8')).findings as Array<{ page: string; n: number; verdict: string; ruleId: string; term?: string; offset: number; endOffset: number; excerpt: string }>;
  const later = JSON.parse(readFileSync(join(audit, 'judged-new.json'), 'utf8')).findings as typeof judged;
  const md = readFileSync(join(audit, 'JUDGED.md'), 'utf8');

  it('give each finding the verdict JUDGED.md gives it', () => {
    const marks = new Map<string, string>();
    for (const m of md.matchAll(/^- \*\*(\d+)\*\* \(.*?\): (.*)$/gm)) {
      for (const t of m[2]!.split(' ').filter((t) => /^\d+[RWA]:/.test(t))) marks.set(`${m[1]}-${t.match(/^\d+/)![0]}`, t.match(/[RWA]/)![0]);
    }
    expect(judged).toHaveLength(marks.size);
    for (const j of judged) expect(j.verdict, `${j.page} ${j.n}`).toBe(marks.get(`${j.page.slice(0, 2)}-${j.n}`));
  });

  it('match the tally in JUDGED.md for the word lists', () => {
    const tally = (rule: string) => ['R', 'W', 'A'].map((v) => judged.filter((j) => j.ruleId === rule && j.verdict === v).length);
    expect(tally('simpler-words')).toEqual([191, 7, 9]);
    expect(tally('jargon')).toEqual([93, 8, 31]);
  });

  it('quote each word-list finding’s own words at its place, on a page in SOURCES.md', () => {
    const pages = new Set(auditPages().map((p) => p.name));
    expect(pages.size).toBe(86);
    for (const j of [...judged, ...later].filter((j) => j.term)) {
      expect(pages.has(j.page), j.page).toBe(true);
      const text = readFileSync(join(audit, j.page), 'utf8');
      expect(text.slice(j.offset, j.endOffset).replace(/\s+/g, ' '), `${j.page} ${j.term}`).toBe(j.excerpt.replace(/\s+/g, ' '));
    }
  });
});
