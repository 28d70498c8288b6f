// Types for the parts of scripts/eval.mjs that test/eval.test.ts uses.
export interface LocateResult {
  start?: number;
  end?: number;
  error?: string;
}
export function locate(text: string, item: { quote: string; occurrence?: number }): LocateResult;
export function loadPart(part: string): unknown;
export function findingSpan(text: string, finding: unknown): unknown;
export function scoreDocument(doc: unknown, findings: unknown[]): unknown;
export function beforeRun<T extends { acceptable: { added?: string }[] }>(doc: T): T;
