/**
 * Hashes for `--cache` keys. node:crypto takes 6 to 9 ms to load, and a run without `--cache`
 * never needs it, so it loads on the first hash, not at start-up.
 */
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

export function hashHex(algorithm: 'sha1' | 'sha256', data: string | Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm).update(data).digest('hex');
}
