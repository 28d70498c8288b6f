/**
 * Apply fixes to a text: sorted by position, never overlapping (the first of two overlapping
 * fixes wins; the other waits for the next pass). Only the flagged ranges change, so line
 * endings and everything else in the text stay exactly as they were.
 */
import type { Fix } from '../types.js';

export interface Applied {
  text: string;
  /** Fixes applied. */
  applied: number;
  /** Fixes left out because they overlapped another, or pointed outside the text. */
  skipped: number;
}

export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const valid: Fix[] = [];
  let skipped = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) skipped++;
    else valid.push(fix);
  }
  valid.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);

  const parts: string[] = [];
  let last = 0;
  let lastWasInsert = false;
  let applied = 0;
  let previous: Fix | undefined;
  for (const fix of valid) {
    const [start, end] = fix.range;
    // The same fix reported twice (two rules agreeing) is applied once.
    if (previous && previous.range[0] === start && previous.range[1] === end && previous.text === fix.text) continue;
    // Overlaps the previous fix, or a second insert at the same point: leave it for the next pass.
    if (start < last || (start === last && start === end && lastWasInsert && applied > 0)) {
      skipped++;
      continue;
    }
    parts.push(text.slice(last, start), fix.text);
    last = end;
    lastWasInsert = start === end;
    applied++;
    previous = fix;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), applied, skipped };
}
