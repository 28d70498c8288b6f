import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_HEAP_MB, WORKER_URL, YOUNG_MB, adoptEarlyWorker } from '../src/engine/guard.js';

// bin/plainlint.js starts the guarded job's worker before the command loads (see guard.ts).
const holder = globalThis as { __plainlintEarlyWorker?: unknown };

function fakeEarly(overrides: Record<string, unknown> = {}) {
  const terminate = vi.fn(async () => 0);
  return {
    early: { worker: { terminate }, ready: Promise.resolve(), file: fileURLToPath(WORKER_URL), heapMb: FILE_HEAP_MB, youngMb: YOUNG_MB, ...overrides },
    terminate,
  };
}

describe('the worker started early by bin/plainlint.js', () => {
  afterEach(() => {
    delete holder.__plainlintEarlyWorker;
  });

  it('has the memory limits of every guarded job', () => {
    const bin = readFileSync(new URL('../bin/launch.cjs', import.meta.url), 'utf8');
    expect(Number(/const EARLY_HEAP_MB = (\d+);/.exec(bin)?.[1])).toBe(FILE_HEAP_MB);
    expect(Number(/const EARLY_YOUNG_MB = (\d+);/.exec(bin)?.[1])).toBe(YOUNG_MB);
  });

  it('is taken over once, when its entry and limits are the job’s', () => {
    const { early, terminate } = fakeEarly();
    holder.__plainlintEarlyWorker = early;
    expect(adoptEarlyWorker()).toBe(early);
    expect(adoptEarlyWorker()).toBeUndefined();
    expect(terminate).not.toHaveBeenCalled();
  });

  it('is stopped, not used, with other limits or another entry', () => {
    for (const overrides of [{ heapMb: FILE_HEAP_MB * 2 }, { youngMb: 1 }, { file: '/elsewhere/worker.cjs' }]) {
      const { early, terminate } = fakeEarly(overrides);
      holder.__plainlintEarlyWorker = early;
      expect(adoptEarlyWorker()).toBeUndefined();
      expect(terminate).toHaveBeenCalledOnce();
    }
  });

  it('is not there when nothing started one', () => {
    expect(adoptEarlyWorker()).toBeUndefined();
  });
});
