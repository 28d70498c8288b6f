#!/usr/bin/env node
/**
 * Write rules/data/list.schema.json, the JSON schema of a word list, from the zod schema in
 * rules/lib/list-schema.ts (build first: this reads dist/). test/lists.test.ts fails when the
 * file is out of date.
 *
 *   npm run build && node scripts/list-schema.mjs
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

export function listJsonSchema(listFileSchema) {
  const schema = z.toJSONSchema(listFileSchema);
  return {
    $schema: schema.$schema,
    title: 'plainlint word list',
    description: 'A list rule: words to look for, what to write instead and why. See rules/data/README.md.',
    ...schema,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { userListSchema } = await import('../dist/rules/lib/list-schema.js');
  const path = fileURLToPath(new URL('../rules/data/list.schema.json', import.meta.url));
  writeFileSync(path, JSON.stringify(listJsonSchema(userListSchema), null, 2) + '\n');
}
