/**
 * `--shard i/n`: split the file list so n CI jobs each check a part. Each file goes to the
 * shard picked by a stable hash (FNV-1a) of its path relative to the working folder, so the
 * split is the same on every machine and does not shift when files are added elsewhere.
 */
import { relative, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface Shard {
  index: number; // 1-based
  count: number;
}

/** Most parts: more than this is surely a typing slip (a huge number checks no files at all). */
export const MAX_SHARDS = 10_000;

export function parseShard(value: string): Shard {
  const match = /^(\d{1,12})\/(\d{1,12})$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard needs a part and a number of parts, like --shard 2/4 (got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`);
  }
  if (count > MAX_SHARDS) {
    throw new UsageError(`--shard can split the files into at most ${MAX_SHARDS} parts (got more than that). Use fewer parts, like --shard 2/4`);
  }
  return { index, count };
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function inShard(file: string, shard: Shard, cwd: string): boolean {
  const key = relative(cwd, file).split(sep).join('/');
  return fnv1a(key) % shard.count === shard.index - 1;
}
