#!/usr/bin/env node
/**
 * Write rules/data/list.schema.json, the JSON schema of a word list, from the zod schema in
 * rules/lib/list-schema.ts (build first: this reads dist/). test/lists.test.ts fails when the
 * file is out of date.
 *
 *   npm run build   (runs it after tsc)
 *   node scripts/list-schema.mjs
 */
import { writeFileSync } from 'node:fs';
import { listJsonSchema } from '../dist/rules/lib/list-schema.js';

const path = new URL('../rules/data/list.schema.json', import.meta.url);
writeFileSync(path, JSON.stringify(listJsonSchema(), null, 2) + '\n');
