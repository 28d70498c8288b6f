/**
 * --fix under faults: the process is killed (SIGKILL) at random moments while it fixes a file.
 * The file must always be whole: either as it was, or as a completed pass left it, never cut
 * short. Every fixable short form is either still there or fixed; none is lost.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const PARAGRAPH = 'Some clinics, e.g. baby clinics, will move to Station Road. We will write to you.\n\n';

function runAndKill(cwd: string, file: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, file, '--fix'], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('--fix when the process is killed part way', () => {
  it('never leaves a cut-short file', async () => {
    const original = '# Clinic changes\n\n' + PARAGRAPH.repeat(400) + 'The end.\n';
    const total = original.split('e.g.').length - 1;
    const dir = tmpTree({ 'draft.md': original });
    const path = join(dir, 'draft.md');
    const delays = [30, 80, 150, 250, 400, 600, 900, 1300];
    for (const delay of delays) {
      writeFileSync(path, original);
      await runAndKill(dir, 'draft.md', delay);
      const after = readFileSync(path, 'utf8');
      expect(after.startsWith('# Clinic changes\n')).toBe(true);
      expect(after.endsWith('The end.\n')).toBe(true);
      const left = after.split('e.g.').length - 1;
      const fixed = after.split('for example').length - 1;
      expect(left + fixed).toBe(total);
    }
    // And left alone, it finishes the job.
    writeFileSync(path, original);
    await runAndKill(dir, 'draft.md', 60000);
    expect(readFileSync(path, 'utf8').includes('e.g.')).toBe(false);
  }, 120000);
});
