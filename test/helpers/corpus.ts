/** The clean NHS corpus (test/data/corpus, a copy kept in the repository) and the markdown files in a folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const CORPUS = join(import.meta.dirname, '..', 'data', 'corpus', 'nhs-service-manual');

/** Every .md file under `dir`, sorted. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}

/** Every corpus page and markdown fixture: the real text that parser changes are checked on. */
export function corpusAndFixtures(): string[] {
  return [...markdownFiles(CORPUS), ...markdownFiles(join(import.meta.dirname, '..', '..', 'fixtures'))];
}

/** The path and text of each of them; checks there are over 200, so a missing corpus cannot pass quietly. */
export function corpusAndFixtureTexts(): Array<{ path: string; text: string }> {
  const files = corpusAndFixtures();
  expect(files.length).toBeGreaterThan(200);
  return files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}
