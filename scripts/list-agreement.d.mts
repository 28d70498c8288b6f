// Types for the parts of scripts/list-agreement.mjs that test/list-agreement.test.ts uses.
export interface AgreementRow {
  E: number;
  Ac: number;
  Wt: number;
  R: number;
  A: number;
  W: number;
  N: number;
}
export const MIN_EVIDENCE: number;
export const WEAK_BELOW: number;
export function strength(row: AgreementRow): { agreed: number; evidence: number; strength: number };
export function isWeak(row: AgreementRow): boolean;
export function auditPages(): Array<{ name: string; preset: string }>;
export function guideEntries(): Set<string>;
export function entryKey(finding: { ruleId: string; data?: Record<string, unknown> }, rules: Map<string, unknown>): string | undefined;
export function loadEntries(): Map<string, { file: string; entries: Map<string, { id: string; level?: string }>; kept?: Map<string, { id: string }> }>;
