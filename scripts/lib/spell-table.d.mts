// Types for scripts/lib/spell-table.mjs, which test/bundle.test.ts uses.
export function spellTableBytes(): Promise<Uint8Array>;
