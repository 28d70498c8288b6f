/** plainlint's own version, from its package.json (one folder up from src/, two from dist/src/). */
import { readFileSync } from 'node:fs';

let cachedVersion: string | undefined;

export function version(): string {
  if (cachedVersion) return cachedVersion;
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'plainlint') return (cachedVersion = pkg.version);
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}
