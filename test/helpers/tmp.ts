import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A temporary folder with the given files; removed after the test file. */
export function tmpTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'plainlint-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

export const LONG_SENTENCE =
  'If you are unable to attend your appointment for any reason at all, please let the practice know as soon as you possibly can, by phone or online, so that the appointment can be offered to another patient who really needs it and is waiting to be seen.';
