// The markdown files under a folder, in a stable order (for the benchmarks).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function mdFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...mdFiles(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}
