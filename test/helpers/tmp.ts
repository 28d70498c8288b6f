import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Temporary folders made by this test file, removed after its last test. One hook, registered
 * as the file is loaded: an afterAll registered inside a running test never runs, which left
 * a folder behind for each tmpTree called in a test.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty temporary folder, removed after the test file. */
export function tmpDir(prefix = 'plainlint-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary folder with the given files; removed after the test file. */
export function tmpTree(files: Record<string, string | Buffer>): string {
  const root = tmpDir();
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

export const LONG_SENTENCE =
  'If you find you cannot make your appointment for any reason at all, please let the practice know as soon as you possibly can, by phone or online, so that the appointment can be offered to another patient who really needs it and is waiting to be seen.';
