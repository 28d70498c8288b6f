#!/usr/bin/env node
// Write dist/spell/en-gb.bin, the spell table (rules/lib/spell-table.ts), for `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { spellTableBytes } from './lib/spell-table.mjs';

const out = new URL('../dist/spell/en-gb.bin', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, await spellTableBytes());
